"""End / Home and the scroll bar's ends for a table over a :class:`ui.paged_table.PagedTableModel`.

A keyset list cannot skip ahead, so going to its end must not walk there page by page:
End and Ctrl+End (or dragging the scroll bar to its bottom while more pages exist) make the
model jump to the end — one query for the last page — and Home / Ctrl+Home (or dragging
to the top) jump back. In tail mode the pages above are read as the view nears its top,
inserted there without moving what the user looks at.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractSlider, QTableView

from ui.paged_table import PagedTableModel

_KEYS = {Qt.Key.Key_End: "end", Qt.Key.Key_Home: "start"}


class PagedNavigation(QObject):
    """Binds a table view to its paged model's jumps; owned by (and lives as long as) the view."""

    def __init__(self, view: QTableView, model: PagedTableModel[Any]) -> None:
        # The view is read back as parent(): holding it here would make a reference cycle, and
        # a garbage collection could then delete the view inside one of its own events.
        super().__init__(view)
        self.model = model
        self._select: str | None = None  # "end" / "start": move the current row there when shown
        view.installEventFilter(self)
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.actionTriggered.connect(self._bar_action)
        model.end_loaded.connect(self._end_shown)
        model.first_page_loaded.connect(self._start_shown)
        model.earlier_rows_inserted.connect(self._earlier_inserted)

    @property
    def view(self) -> QTableView:
        return cast(QTableView, self.parent())

    # -- commands -------------------------------------------------------------------------

    def go_to_end(self, select: bool = True) -> None:
        """Show the last rows (the current row on the last one when ``select``)."""
        if not self.model.at_end and self.model.jump_to_end():
            self._select = "end" if select else None
            return
        self._end_shown(select)

    def go_to_start(self, select: bool = True) -> None:
        """Show the first rows (the current row on the first one when ``select``)."""
        if not self.model.at_start and self.model.jump_to_head():
            self._select = "start" if select else None
            return
        self._start_shown(select)

    # -- events ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            where = _KEYS.get(Qt.Key(event.key()))
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if where and modifiers in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ControlModifier,
            ):
                # Both End and Ctrl+End: the journal is a list, its "end" is the last row.
                (self.go_to_end if where == "end" else self.go_to_start)()
                return True
        return super().eventFilter(watched, event)

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if bar.isSliderDown() and bar.maximum() > bar.minimum():
            if value == bar.maximum() and not self.model.at_end:
                self.go_to_end(select=False)
                return
            if value == bar.minimum() and not self.model.at_start:
                self.go_to_start(select=False)
                return
        self._load_earlier_if_near_top()

    def _bar_action(self, action: int) -> None:
        # The scroll bar's own "Bottom" / "Top" (its context menu, Ctrl+End on the bar).
        if action == QAbstractSlider.SliderAction.SliderToMaximum.value:
            self.go_to_end(select=False)
        elif action == QAbstractSlider.SliderAction.SliderToMinimum.value:
            self.go_to_start(select=False)

    def _end_shown(self, select: bool | None = None) -> None:
        if select is None:
            select, self._select = self._select == "end", None
        last = self.model.rowCount() - 1
        if select and last >= 0:
            column = max(self.view.currentIndex().column(), 0)
            self.view.setCurrentIndex(self.model.index(last, column))
        self.view.scrollToBottom()
        self._load_earlier_if_near_top()

    def _start_shown(self, select: bool | None = None) -> None:
        if select is None:
            if self._select != "start":
                return  # the first page of a new query: the view shows it as it is
            select, self._select = True, None
        if select and self.model.rowCount():
            column = max(self.view.currentIndex().column(), 0)
            self.view.setCurrentIndex(self.model.index(0, column))
        self.view.scrollToTop()

    def _earlier_inserted(self, count: int) -> None:
        # Rows went in above what the user looks at: scroll down by their height so it stays.
        # The view updates the bar's range later (a delayed layout): grow it now, or the new
        # value would be cut to the old maximum.
        bar = self.view.verticalScrollBar()
        if self.view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            step = count
        else:
            step = self.view.verticalHeader().sectionPosition(count)
        bar.setMaximum(max(bar.maximum(), bar.value() + step))
        bar.setValue(bar.value() + step)
        self._load_earlier_if_near_top()

    def _load_earlier_if_near_top(self) -> None:
        if not self.model.from_end or self.model.at_start:
            return
        bar = self.view.verticalScrollBar()
        if bar.value() - bar.minimum() < max(bar.pageStep(), 1):
            self.model.fetch_earlier()
