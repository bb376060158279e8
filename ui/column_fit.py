"""Column widths from what a few rows in memory say: each column as wide as its header and
its data need (up to a cap), the elastic ones shrunk in proportion when the sum does not fit.
For paged tables, where ``resizeColumnsToContents`` would read every row."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

SAMPLE_ROWS = 100
CELL_PADDING = 12


def header_padding(header: QHeaderView, sorted_by: bool) -> int:
    """The pixels of a header section that its title cannot use: what the style (and the
    style sheet's padding) keeps for margins, and the sort arrow in the sorted section."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, 1000, max(header.height(), 24))
    option.orientation = Qt.Orientation.Horizontal
    if sorted_by:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    padding = 1000 - label.width()
    if sorted_by:
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
        if arrow.intersects(label):  # a style that draws the arrow over the title's room
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            padding += arrow.width() + margin
    return padding


def content_widths(
    view: QTableView, columns: Iterable[int], caps: dict[int, int], rows: int = SAMPLE_ROWS
) -> dict[int, int]:
    """Header and data widths of ``columns`` over the first ``rows`` rows of the view."""
    model = view.model()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    count = min(rows, model.rowCount())
    widths = {}
    for col in columns:
        texts = (model.index(r, col).data(Qt.ItemDataRole.DisplayRole) for r in range(count))
        data = max((metrics.horizontalAdvance(str(t)) for t in texts if t), default=0)
        need = header.sectionSizeHint(col)
        widths[col] = max(need, min(data + CELL_PADDING, caps.get(col, 400)))
    return widths


def shrink(widths: dict[int, int], floors: dict[int, int], available: int) -> dict[int, int]:
    """``widths`` made to fit ``available`` by taking from the columns in ``floors`` (down
    to their floor), each in proportion to what it has above it."""
    total = sum(widths.values())
    slack = sum(max(0, widths[c] - f) for c, f in floors.items() if c in widths)
    give = min(slack, total - available)
    if give <= 0:
        return dict(widths)
    fitted = dict(widths)
    for col, floor in floors.items():
        if col in fitted and fitted[col] > floor:
            cut = -(-(fitted[col] - floor) * give // slack)
            fitted[col] = max(floor, fitted[col] - cut)
    return fitted
