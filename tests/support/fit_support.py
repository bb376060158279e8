"""Finds texts that do not fit their widgets: labels, buttons, check boxes, group box titles,
tab texts, header sections and placeholders, measured with the widget's own font."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionHeader,
    QTabBar,
    QTableView,
    QTableWidget,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _button_text(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)  # mnemonics are not drawn


def _name(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__}#{widget.objectName()}"
        if widget.objectName()
        else type(widget).__name__
    )


def _label(label: QLabel) -> str | None:
    text = _plain(label.text())
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    fm = QFontMetrics(label.font())
    room = label.contentsRect().width() - 2 * label.margin() - max(0, label.indent())
    if label.wordWrap():
        longest = max((fm.horizontalAdvance(w) for w in text.split()), default=0)
        if longest > room + SLACK:
            return f"a word is {longest} px wide in {room} px"
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wraps to {need} px high in {label.height()} px"
        return None
    wide = max(fm.horizontalAdvance(line) for line in text.splitlines())
    return f"needs {wide} px, has {room}" if wide > room + SLACK else None


def _button(button: QAbstractButton) -> str | None:
    text = _button_text(button.text())
    if not text.strip():
        return None
    style = button.style()
    fm = QFontMetrics(button.font())
    wide = max(fm.horizontalAdvance(line) for line in text.splitlines())
    if isinstance(button, (QCheckBox, QRadioButton)):
        metric = (
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        )
        wide += style.pixelMetric(metric, None, button) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button
        )
    else:
        if isinstance(button, QToolButton) and button.toolButtonStyle() == (
            Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            return None
        if not button.icon().isNull() and not (
            isinstance(button, QToolButton)
            and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
        ):
            wide += button.iconSize().width() + 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            wide += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        wide += 4  # the frame, at the least
    room = button.contentsRect().width()
    return f"needs {wide} px, has {room}" if wide > room + SLACK else None


def _group(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    wide = QFontMetrics(box.font()).horizontalAdvance(_button_text(box.title())) + 8
    if box.isCheckable():
        wide += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 4
    return f"needs {wide} px, has {box.width()}" if wide > box.width() + SLACK else None


def _tabs(bar: QTabBar) -> list[tuple[str, str]]:
    found = []
    fm = QFontMetrics(bar.font())
    for i in range(bar.count()):
        if not bar.isTabVisible(i) or not bar.tabText(i):
            continue
        wide = fm.horizontalAdvance(_button_text(bar.tabText(i))) + 8
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            extra = bar.tabButton(i, side)
            if extra is not None and extra.isVisibleTo(bar):
                wide += extra.width()
        if not bar.tabIcon(i).isNull():
            wide += bar.iconSize().width() + 4
        room = bar.tabRect(i).width()
        if wide > room + SLACK:
            found.append((f"tab {bar.tabText(i)!r}", f"needs {wide} px, has {room}"))
    return found


def header_needs(header: QHeaderView, section: int, text: str) -> int:
    """The section's width at which the style's title rect holds ``text`` (Qt's own rect for
    this section, with its sort arrow, under the application's style and style sheet)."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, header.sectionSize(section), max(header.height(), 24))
    option.orientation = Qt.Orientation.Horizontal
    option.section = section
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    wide = max(QFontMetrics(header.font()).horizontalAdvance(t) for t in text.splitlines())
    return wide + option.rect.width() - label.width()


def _header(header: QHeaderView) -> list[tuple[str, str]]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text.strip():
            continue
        wide, room = header_needs(header, section, text), header.sectionSize(section)
        if wide > room + SLACK:
            found.append((f"column {text!r}", f"needs {wide} px, has {room}"))
    return found


def cell_truncations(view: QTableView, skip: set[int], rows: int = 30) -> list[tuple[str, str]]:
    """Cells of the first ``rows`` rows whose text is wider than their column."""
    model = view.model()
    if model is None:
        return []
    metrics = QFontMetrics(view.font())
    found = []
    for col in range(model.columnCount()):
        if col in skip or view.isColumnHidden(col) or view.columnWidth(col) <= 0:
            continue
        for row in range(min(rows, model.rowCount())):
            text = str(model.index(row, col).data(Qt.ItemDataRole.DisplayRole) or "")
            wide = max((metrics.horizontalAdvance(t) for t in text.splitlines()), default=0)
            if wide + 8 > view.columnWidth(col) + SLACK:
                head = model.headerData(col, Qt.Orientation.Horizontal)
                found.append(
                    (
                        f"cell {text!r} in {head!r}",
                        f"needs {wide + 8} px, has {view.columnWidth(col)}",
                    )
                )
                break
    return found


def _placeholder(edit: QLineEdit) -> str | None:
    if edit.text() or not edit.placeholderText():
        return None
    wide = QFontMetrics(edit.font()).horizontalAdvance(edit.placeholderText()) + 8
    if edit.isClearButtonEnabled():
        wide += 20
    room = edit.contentsRect().width()
    return f"placeholder needs {wide} px, has {room}" if wide > room + SLACK else None


def truncations(
    root: QWidget,
    where: str,
    allowed: dict[str, str] | None = None,
    cells: dict[str, set[int]] | None = None,
) -> list[str]:
    """Every text under ``root`` (shown) that its widget cuts; ``allowed``: object names of
    widgets that elide by design, each with the reason; the cells of every QTableWidget and
    of the views named in ``cells`` (minus the columns given there, elided by design)."""
    allowed = allowed or {}
    cells = cells or {}
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.objectName() in allowed or widget.width() <= 0:
            continue
        problems: list[tuple[str, str]] = []
        if isinstance(widget, QLabel):
            problem = _label(widget)
            if problem:
                problems.append((repr(widget.text()[:60]), problem))
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
            if problem:
                problems.append((repr(widget.text()), problem))
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
            if problem:
                problems.append((repr(widget.title()), problem))
        elif isinstance(widget, QTabBar):
            problems += _tabs(widget)
        elif isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            problems += _header(widget)
        if isinstance(widget, QTableWidget) or (
            isinstance(widget, QTableView) and widget.objectName() in cells
        ):
            problems += cell_truncations(widget, cells.get(widget.objectName(), set()))
        if isinstance(widget, QLineEdit):
            problem = _placeholder(widget)
            if problem:
                problems.append((repr(widget.placeholderText()), problem))
        found += [f"{where}: {_name(widget)} {what}: {why}" for what, why in problems]
    return found
