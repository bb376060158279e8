"""Column widths that fit the journal's width, measured on a sample page of calls.

Never ``ResizeToContents`` on the journal (it reads every row of the model): the widths come
from the rows already in memory (the first page), each column as wide as its header and
its data need, the elastic ones (names, comment) shrunk in proportion when the sum does
not fit the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView

from app.journal.query import JournalRow
from ui.column_fit import header_padding
from ui.journal.columns import COLUMNS, Col

SAMPLE_ROWS = 100
CELL_PADDING = 12  # the cell's margins and a little air
# The status badge's rounding, its inset in the cell and its icon (ui/journal/delegates.py).
BADGE_PADDING = 16 + 8 + 14 + 4
MARKS_WIDTH = 4 + 3 * 15 + 1  # the three marks side by side (ui/journal/delegates.py)
# Columns whose text may be elided (a tooltip or the side panel shows it whole): they give
# up width, down to their floor, when the table is narrow.
FLOORS: dict[Col, int] = {
    Col.CLIENT: 100,
    Col.EMPLOYEE: 105,  # "Кузнецова А. М." whole: short names, elided they say little
    Col.CALLBACK: 60,  # its header is wider: the header decides
    Col.COMMENT: 80,  # its header is wider: the header decides
    Col.POSITION: 90,
    Col.RESPONSIBLE: 90,
    Col.QUEUE_OUTCOME: 90,
}
CAPS: dict[Col, int] = {Col.CLIENT: 260, Col.CALLBACK: 320, Col.COMMENT: 320}


@dataclass(frozen=True)
class Fit:
    widths: dict[Col, int]
    needed: int  # the narrowest the columns can be: every header whole, elastic at floor


def header_width(header: QHeaderView, text: str, sorted_by: bool) -> int:
    """What a header section needs to show ``text`` whole (and the sort arrow)."""
    return QFontMetrics(header.font()).horizontalAdvance(text) + header_padding(header, sorted_by)


def fit_columns(
    header: QHeaderView,
    cell_font_metrics: QFontMetrics,
    columns: Sequence[Col],
    rows: Sequence[JournalRow],
    text: Callable[[JournalRow, Col], str],
    available: int,
) -> Fit:
    """Widths for the visible ``columns`` within ``available`` pixels if they can fit."""
    wanted: dict[Col, int] = {}
    floors: dict[Col, int] = {}
    for col in columns:
        title = header.model().headerData(col, header.orientation()) if header.model() else ""
        need = header_width(header, str(title or ""), header.sortIndicatorSection() == col)
        if col == Col.INDICATORS:
            data = MARKS_WIDTH
        else:
            padding = BADGE_PADDING if col == Col.STATUS else CELL_PADDING
            data = max(
                (cell_font_metrics.horizontalAdvance(text(row, col)) for row in rows), default=0
            )
            data = data + padding if data else 0
        wanted[col] = max(need, min(data, CAPS.get(col, COLUMNS[col].width)))
        floors[col] = min(wanted[col], max(need, FLOORS[col])) if col in FLOORS else wanted[col]
    total = sum(wanted.values())
    if total > available:
        slack = sum(wanted[c] - floors[c] for c in columns)
        give = min(slack, total - available)
        if slack:
            for col in columns:
                cut = -(-(wanted[col] - floors[col]) * give // slack)  # rounded up
                wanted[col] = max(floors[col], wanted[col] - cut)
    return Fit(wanted, sum(floors.values()))


def sample(rows: Callable[[int], JournalRow | None], count: int) -> list[JournalRow]:
    """The rows in memory among the first ``SAMPLE_ROWS``."""
    found = (rows(r) for r in range(min(count, SAMPLE_ROWS)))
    return [row for row in found if row is not None]
