"""The calendar: a month (six weeks from Monday, each day a list of its events by time), or a
week or a day by the hour (:mod:`ui.events.day_view`). Today is framed, completed events
are struck through, overdue ones red. Enter or a double click on an event opens it; on a
day's empty space (an hour of the week or day), creates one there. An event the user may
change is dragged to another day of the month (keeping its time) or to another day and hour
of the week or day: ``event_moved`` asks the form to reschedule it; nothing moves until the
database agrees."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from html import escape

from PySide6.QtCore import QDate, QLocale, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.events import EventEntry, week_start
from app.events.changes import may_reschedule
from app.staff.auth import CurrentUser
from ui.call_vocabulary import short_name
from ui.events.day_view import DayView, event_mime, parse_mime
from ui.style import set_role

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor("#c62828")
DONE = QColor("#808080")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarMode(StrEnum):
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


def visible_range(mode: CalendarMode, anchor: date) -> tuple[date, date]:
    """The first day shown and the day after the last."""
    if mode is CalendarMode.DAY:
        return anchor, anchor + timedelta(days=1)
    if mode is CalendarMode.WEEK:
        start = week_start(anchor)
        return start, start + timedelta(days=7)
    start = week_start(anchor.replace(day=1))
    return start, start + timedelta(days=42)


class DayList(QListWidget):
    """A day's events; a double click on its empty space asks for a new event that day.
    Its events are dragged out (those the user may move) and other days' events dropped in:
    ``event_dropped(event_id)``."""

    empty_double_clicked = Signal()
    event_dropped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)  # the day is the target, not a place in its list

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.itemAt(event.position().toPoint()) is None:
            self.empty_double_clicked.emit()
            return
        super().mouseDoubleClickEvent(event)

    def mimeTypes(self) -> list[str]:
        return [event_mime(0).formats()[0]]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        if not items:
            return QMimeData()
        return event_mime(int(items[0].data(EVENT_ID_ROLE)))

    def _own(self, data: QMimeData) -> bool:
        parsed = parse_mime(data)
        return parsed is not None and any(
            self.item(row).data(EVENT_ID_ROLE) == parsed[0] for row in range(self.count())
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if parse_mime(event.mimeData()) is None or self._own(event.mimeData()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        parsed = parse_mime(event.mimeData())
        if parsed is None or self._own(event.mimeData()):
            event.ignore()
            return
        # accepted as a copy: the source list keeps its item until the calendar is read again
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.event_dropped.emit(parsed[0])


class DayCell(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_cell")
        self.day = date.min
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("day_title")
        header.addWidget(self.title)
        header.addStretch(1)
        self.more = QLabel()  # "+3 more" when the day's events do not fit (month view)
        self.more.setObjectName("day_more")
        set_role(self.more, "muted")
        self.more.hide()
        header.addWidget(self.more)
        layout.addLayout(header)
        self.events = DayList()
        self.events.setObjectName("day_events")
        self.events.setWordWrap(True)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Scrolled by the wheel or the keys; a bar would eat a narrow month cell.
        self.events.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.events, 1)

    def hidden_count(self) -> int:
        """How many events are below the visible part of the list."""
        events = self.events
        if events.count() == 0:
            return 0
        bottom = events.viewport().height()
        return sum(
            1
            for row in range(events.count())
            if events.visualItemRect(events.item(row)).bottom() > bottom
        )

    def update_more(self) -> None:
        hidden = self.hidden_count()
        self.more.setText(self.tr("+{count} more").format(count=hidden))
        self.more.setVisible(hidden > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.update_more)

    def set_day(self, day: date, title: str, role: str | None) -> None:
        self.day = day
        self.title.setText(title)
        set_role(self, role)
        set_role(self.title, role)


class CalendarView(QWidget):
    """``event_activated(id)``; ``day_activated(date or datetime)`` asks for a new event that
    day (at that hour); ``event_moved(id, date or datetime)``: an event was dragged to another
    day (keeping its time) or to that moment."""

    event_activated = Signal(int)
    day_activated = Signal(object)
    event_moved = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.mode = CalendarMode.MONTH
        self.anchor = date(2000, 1, 1)
        self.today = date(2000, 1, 1)
        self.now = datetime(2000, 1, 1)
        self.viewer_id = 0  # whose calendar: their own name is not repeated under events
        self.user: CurrentUser | None = None  # who may drag what (None: nothing is dragged)
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.days_page = QWidget()
        self.stack.addWidget(self.days_page)
        self.day_view = DayView()
        self.stack.addWidget(self.day_view)
        timeline = self.day_view.timeline
        timeline.event_activated.connect(self.event_activated)
        timeline.hour_activated.connect(self.day_activated)
        timeline.event_dropped.connect(self.event_moved)
        self.grid = QGridLayout(self.days_page)
        self.grid.setSpacing(0)
        self.grid.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.headers: list[QLabel] = []
        for column in range(7):
            name = locale.standaloneDayName(column + 1, QLocale.FormatType.ShortFormat)
            header = QLabel(name.capitalize())
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_role(header, "strong")
            self.headers.append(header)
            self.grid.addWidget(header, 0, column)
        self.cells: list[DayCell] = []
        for index in range(42):
            cell = DayCell()
            cell.events.itemActivated.connect(
                lambda item: self.event_activated.emit(int(item.data(EVENT_ID_ROLE)))
            )
            cell.events.empty_double_clicked.connect(lambda c=cell: self.day_activated.emit(c.day))
            cell.events.event_dropped.connect(
                lambda event_id, c=cell: self.event_moved.emit(event_id, c.day)
            )
            self.cells.append(cell)
            self.grid.addWidget(cell, 1 + index // 7, index % 7)
        for column in range(7):
            self.grid.setColumnStretch(column, 1)

    def show_period(self, mode: CalendarMode, anchor: date, today: date, now: datetime) -> None:
        self.mode, self.anchor, self.today, self.now = mode, anchor, today, now
        start, end = visible_range(mode, anchor)
        by_hour = mode is not CalendarMode.MONTH
        opened = by_hour and self.stack.currentWidget() is not self.day_view
        self.stack.setCurrentWidget(self.day_view if by_hour else self.days_page)
        if by_hour:
            shown = [start + timedelta(days=i) for i in range((end - start).days)]
            moved = self.day_view.timeline.days != shown
            self.day_view.show_days(shown, today)
            self._show_days([])
            if opened or moved:
                self.day_view.scroll_to_start()
            return
        days = (end - start).days
        locale = QLocale()
        for index, cell in enumerate(self.cells):
            visible = index < days
            cell.setVisible(visible)
            if not visible:
                continue
            day = start + timedelta(days=index)
            if day.day == 1:
                title = locale.toString(qdate(day), "d MMM")
            else:
                title = str(day.day)
            role = None
            if day == today:
                role = "today"
            elif mode is CalendarMode.MONTH and day.month != anchor.month:
                role = "other-month"
            cell.set_day(day, title, role)
            cell.events.clear()
        for row in range(1, 7):
            self.grid.setRowStretch(row, 1 if row * 7 <= days else 0)

    def movable(self, entry: EventEntry) -> bool:
        return self.user is not None and may_reschedule(self.user, entry)

    def _role(self, entry: EventEntry) -> str | None:
        if entry.completed:
            return "done"
        return "overdue" if entry.overdue(self.now) else None

    def _block_text(self, entry: EventEntry) -> str:
        assignee = short_name(entry.assignee) if entry.assignee_id != self.viewer_id else ""
        details = " · ".join(x for x in (entry.client, assignee) if x)
        first = f"{entry.starts_at.strftime('%H:%M')} {entry.description}"
        return f"{first}\n{details}" if details else first

    def _show_days(self, events: list[EventEntry]) -> None:
        start, end = visible_range(self.mode, self.anchor)
        days = [start + timedelta(days=i) for i in range((end - start).days)]
        self.day_view.timeline.set_events(
            days, self.now, events, self._block_text, self._role, self.movable
        )

    def set_events(self, events: list[EventEntry]) -> None:
        if self.mode is not CalendarMode.MONTH:
            self._show_days(events)
            return
        start, end = visible_range(self.mode, self.anchor)
        for cell in self.cells:
            cell.events.clear()
        for entry in events:
            day = entry.starts_at.date()
            if not start <= day < end:
                continue
            cell = self.cells[(day - start).days]
            cell.events.addItem(self._item(entry))
        for cell in self.cells:
            QTimer.singleShot(0, cell.update_more)

    def _item(self, entry: EventEntry) -> QListWidgetItem:
        time = entry.starts_at.strftime("%H:%M")
        text = f"{time} {entry.description}"
        if entry.assignee_id != self.viewer_id:
            text = f"{text} ({short_name(entry.assignee)})"
        item = QListWidgetItem(text)
        item.setData(EVENT_ID_ROLE, entry.id)
        if not self.movable(entry):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        tip = [f"<b>{escape(entry.starts_at.strftime('%d.%m.%Y %H:%M'))}</b>"]
        tip.append(escape(entry.description))
        if entry.client:
            tip.append(escape(entry.client))
        tip.append(escape(f"{entry.created_by} → {entry.assignee}"))
        item.setToolTip("<br>".join(tip))
        if entry.completed:
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
            item.setForeground(QBrush(DONE))
        elif entry.overdue(self.now):
            item.setForeground(QBrush(OVERDUE))
        return item

    def cell_of(self, day: date) -> DayCell | None:
        for cell in self.cells:
            if cell.isVisible() and cell.day == day:
                return cell
        return None

    def item_point(self, event_id: int) -> tuple[DayCell, QPoint] | None:
        """Where an event is on screen (tests click there)."""
        for cell in self.cells:
            for row in range(cell.events.count()):
                item = cell.events.item(row)
                if item.data(EVENT_ID_ROLE) == event_id:
                    return cell, cell.events.visualItemRect(item).center()
        return None
