"""A column header's value filter, for any table: the header draws a drop-down mark on every
section (a funnel on filtered ones) and a click opens a pop-up with a search box, the
column's values to tick (with how many rows hold each), optional A-Z / Z-A, Apply and Reset.

The pop-up does not read data itself: its owner lists the values (off the GUI thread) when
:attr:`ValueFilterPopup.search_changed` asks, and hands them to :meth:`show_values`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import icons

SEARCH_DEBOUNCE_MS = 250
MARK_SIZE = 14
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class FilterChoice:
    """What Apply hands back: the ticked values, else the typed text ("contains")."""

    values: tuple[str, ...]
    text: str = ""


class FilterHeader(QHeaderView):
    """A horizontal header with a drop-down mark on each section, a funnel where filtered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.filtered: set[int] = set()
        self.setSectionsClickable(True)
        self.setHighlightSections(False)

    def set_filtered(self, sections: set[int]) -> None:
        self.filtered = set(sections)
        self.viewport().update()

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        return QSize(size.width() + MARK_SIZE + 6, size.height())

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        style = self.style()
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical_index
        painter.save()
        style.drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        model = self.model()
        text = str(model.headerData(logical_index, self.orientation()) or "") if model else ""
        label = QRect(rect.adjusted(4, 0, -(MARK_SIZE + 8), 0))
        option.rect = label
        option.text = self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, label.width()
        )
        option.textAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        style.drawControl(QStyle.ControlElement.CE_HeaderLabel, option, painter, self)
        painter.restore()
        name = "filter" if logical_index in self.filtered else "chevron-down"
        mark = QRect(
            rect.right() - MARK_SIZE - 3,
            rect.center().y() - MARK_SIZE // 2,
            MARK_SIZE,
            MARK_SIZE,
        )
        icons.icon(name).paint(painter, mark)


class ValueFilterPopup(QFrame):
    """The pop-up of one column's filter; emits :attr:`applied` with a :class:`FilterChoice`,
    :attr:`reset_requested` or :attr:`sort_requested` (True: Z to A) and closes."""

    applied = Signal(object)
    reset_requested = Signal()
    sort_requested = Signal(bool)
    search_changed = Signal(str)  # debounced: list the values matching this text

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        sortable: bool = False,
        contains: bool = True,
        searchable: bool = True,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("value_filter_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._contains = contains
        self._chosen: set[str] = set()
        self.title = QLabel(title)
        self.title.setObjectName("value_filter_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        self.sort_ascending = QPushButton(self.tr("Sort A to Z"))
        self.sort_descending = QPushButton(self.tr("Sort Z to A"))
        if sortable:
            sort_row = QHBoxLayout()
            for button, descending in ((self.sort_ascending, False), (self.sort_descending, True)):
                button.clicked.connect(lambda _c=False, d=descending: self._sort(d))
                sort_row.addWidget(button)
            layout.addLayout(sort_row)
        self.search = QLineEdit()
        self.search.setObjectName("value_filter_search")
        self.search.setPlaceholderText(self.tr("Search values"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setVisible(searchable)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply)
        layout.addWidget(self.search)
        self.all_shown = QCheckBox(self.tr("Select all shown"))
        self.all_shown.clicked.connect(self._tick_all)
        layout.addWidget(self.all_shown)
        self.values = QTreeWidget()
        self.values.setObjectName("value_filter_values")
        self.values.setColumnCount(2)
        self.values.setHeaderHidden(True)
        self.values.setRootIsDecorated(False)
        self.values.setUniformRowHeights(True)
        self.values.setIndentation(0)
        # Room around each tick box: at the table's tight row height the boxes touched.
        self.values.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.values.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.values.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.values.header().setStretchLastSection(False)
        self.values.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.values.itemChanged.connect(self._item_changed)
        layout.addWidget(self.values, 1)
        self.note = QLabel(self.tr("Loading values…"))
        self.note.setObjectName("value_filter_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)
        self.resize(320, 400)

    # -- the owner ------------------------------------------------------------------------

    def set_chosen(self, values: Sequence[str], text: str = "") -> None:
        """The column's current filter: these values ticked, or this "contains" text."""
        self._chosen = set(values)
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)

    def show_values(self, values: Sequence[tuple[str, str, int | None]], more: bool) -> None:
        """(value, text, count or None) in order; ``more``: the list was cut, type to narrow.
        Ticked values stay ticked (and listed) whatever the search shows."""
        self.values.blockSignals(True)
        self.values.clear()
        listed = {v[0] for v in values}
        kept = [(v, v, None) for v in sorted(self._chosen - listed)]
        for value, text, count in [*kept, *values]:
            item = QTreeWidgetItem(
                [text or self.tr("(empty)"), "" if count is None else str(count)]
            )
            item.setData(0, VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if value in self._chosen else Qt.CheckState.Unchecked
            item.setCheckState(0, checked)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not text:
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            self.values.addTopLevelItem(item)
        self.values.blockSignals(False)
        self.values.scrollToTop()
        self._sync_all()
        if more:
            note = self.tr("More values than listed: type to narrow the list.")
        elif not values and not kept:
            note = self.tr("No values.")
        elif self._contains:
            note = self.tr("Tick values, or type a part of the text and Apply with none ticked.")
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def show_failure(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def popup_below(self, anchor: QPoint) -> None:
        """Show at ``anchor`` (global), inside the screen, with the search box focused."""
        screen = self.screen().availableGeometry() if self.screen() else None
        pos = QPoint(anchor)
        if screen is not None:
            pos.setX(max(screen.left(), min(pos.x(), screen.right() - self.width())))
            pos.setY(max(screen.top(), min(pos.y(), screen.bottom() - self.height())))
        self.move(pos)
        self.show()
        (self.search if self.search.isVisible() else self.values).setFocus()
        self.search_changed.emit(self.search.text())

    # -- the user -------------------------------------------------------------------------

    def chosen(self) -> tuple[str, ...]:
        return tuple(sorted(self._chosen))

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.values.topLevelItem(i) for i in range(self.values.topLevelItemCount()))
        return [item for item in found if item is not None]

    def item_values(self) -> list[str]:
        return [str(item.data(0, VALUE_ROLE)) for item in self._items()]

    def item_texts(self) -> list[tuple[str, str]]:
        """(value, count) as shown."""
        return [(item.text(0), item.text(1)) for item in self._items()]

    def tick(self, value: str, on: bool = True) -> None:
        for item in self._items():
            if item.data(0, VALUE_ROLE) == value:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def apply(self) -> None:
        text = self.search.text().strip() if self._contains and not self._chosen else ""
        self.applied.emit(FilterChoice(self.chosen(), text))
        self.close()

    def reset(self) -> None:
        self._chosen.clear()
        self.reset_requested.emit()
        self.close()

    def _sort(self, descending: bool) -> None:
        self.sort_requested.emit(descending)
        self.close()

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        value = str(item.data(0, VALUE_ROLE))
        if item.checkState(0) == Qt.CheckState.Checked:
            self._chosen.add(value)
        else:
            self._chosen.discard(value)
        self._sync_all()

    def _tick_all(self, on: bool) -> None:
        for item in self._items():
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _sync_all(self) -> None:
        items = self._items()
        count = len(items)
        ticked = sum(item.checkState(0) == Qt.CheckState.Checked for item in items)
        self.all_shown.blockSignals(True)
        self.all_shown.setChecked(bool(count) and ticked == count)
        self.all_shown.blockSignals(False)
        self.all_shown.setEnabled(bool(count))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply()
            return
        super().keyPressEvent(event)
