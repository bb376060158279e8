"""The calendar's day and week by the hour: hours down the side, a column a day, the events
placed by their time (side by side when they come close), a red line at "now" on today. A
double click on an hour asks for a new event at that hour, on an event opens it (Enter
too); an event dragged to another hour or day is rescheduled to where its top lands, by
quarters of an hour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QByteArray, QDate, QLocale, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from app.events import EventEntry
from ui.style import set_role

MIME = "application/x-calldesk-event"
HOUR_HEIGHT = 48
GUTTER = 58  # the hours' column
SNAP_MINUTES = 15
BLOCK_MINUTES = 60  # an event has a moment, not a length: it is drawn an hour tall
FIRST_HOUR_SHOWN = 8  # the working day is in view when the day opens
NOW_COLOR = QColor("#c62828")


def event_mime(event_id: int, grab_y: int = 0) -> QMimeData:
    """What a dragged event carries: its id (and where on the block it was taken)."""
    data = QMimeData()
    data.setData(MIME, QByteArray(f"{event_id}:{grab_y}".encode()))
    return data


def parse_mime(data: QMimeData) -> tuple[int, int] | None:
    """(event id, grab offset) of a dragged event, or None for anything else."""
    if not data.hasFormat(MIME):
        return None
    try:
        event_id, grab_y = bytes(data.data(MIME).data()).decode().split(":")
        return int(event_id), int(grab_y)
    except ValueError:
        return None


class EventBlock(QFrame):
    """One event on the day; dragged when ``movable``."""

    activated = Signal(int)

    def __init__(self, entry: EventEntry, text: str, movable: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("event_block")
        self.entry = entry
        self.movable = movable
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 1, 4, 1)
        layout.setSpacing(0)
        self.text = text  # whole; the label shows each line elided to the block's width
        self.label = QLabel(text)
        self.label.setObjectName("event_block_text")
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setMinimumWidth(1)  # the block decides its width, not the text
        layout.addWidget(self.label)
        self._pressed: QPoint | None = None
        if movable:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = QFontMetrics(self.label.font())
        room = self.contentsRect().width() - 8  # the layout's margins
        lines = self.text.splitlines()
        clock = self.entry.starts_at.strftime("%H:%M")
        if metrics.horizontalAdvance(clock + " …") > room:
            lines = [clock]  # a narrow block (many at one time): the time at least, whole
        self.label.setText(
            "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
            self.setFocus()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._pressed
        if (
            start is None
            or not self.movable
            or not event.buttons() & Qt.MouseButton.LeftButton
            or (event.position().toPoint() - start).manhattanLength()
            < QApplication.startDragDistance()
        ):
            super().mouseMoveEvent(event)
            return
        self._pressed = None
        drag = QDrag(self)
        drag.setMimeData(event_mime(self.entry.id, start.y()))
        drag.setPixmap(self.grab())
        drag.setHotSpot(start)
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.entry.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.entry.id)
            return
        super().keyPressEvent(event)


def _lanes(entries: list[EventEntry]) -> dict[int, tuple[int, int]]:
    """Event id -> (lane, lanes in its group): events less than an hour apart sit side by
    side, each group of such events as wide as the day."""
    placed: dict[int, tuple[int, int]] = {}
    group: list[tuple[int, int]] = []  # (event id, lane)
    lane_ends: list[datetime] = []
    group_end = datetime.min

    def close_group() -> None:
        for event_id, lane in group:
            placed[event_id] = (lane, len(lane_ends))

    for entry in sorted(entries, key=lambda e: (e.starts_at, e.id)):
        start = entry.starts_at
        end = start + timedelta(minutes=BLOCK_MINUTES)
        if group and start >= group_end:
            close_group()
            group, lane_ends = [], []
        group_end = max(group_end, end) if group else end
        lane = next((i for i, e in enumerate(lane_ends) if e <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        group.append((entry.id, lane))
    close_group()
    return placed


class DayTimeline(QWidget):
    """The hours and the events of one day or of a week (a column a day); see the module
    text."""

    event_activated = Signal(int)
    hour_activated = Signal(object)  # datetime: a new event at that hour
    event_dropped = Signal(int, object)  # event id, new datetime

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_timeline")
        self.setAcceptDrops(True)
        self.setMinimumHeight(24 * HOUR_HEIGHT + 1)
        self.days = [date(2000, 1, 1)]
        self.now: datetime | None = None  # drawn as a line when it is on a day shown
        self.blocks: list[EventBlock] = []
        self._drop_at: datetime | None = None  # where a dragged event would land

    @property
    def day(self) -> date:
        """The first day shown."""
        return self.days[0]

    # -- geometry ----------------------------------------------------------------------------

    def column_width(self) -> float:
        return max(1.0, (self.width() - GUTTER) / len(self.days))

    def column_left(self, day: date) -> int:
        return GUTTER + round(self.days.index(day) * self.column_width())

    def day_at(self, x: int) -> date:
        column = int((x - GUTTER) // self.column_width())
        return self.days[max(0, min(len(self.days) - 1, column))]

    def y_of(self, moment: datetime) -> int:
        minutes = moment.hour * 60 + moment.minute
        return minutes * HOUR_HEIGHT // 60

    def point_at(self, moment: datetime) -> QPoint:
        """Where ``moment`` is on the timeline, in the middle of its day's column."""
        x = self.column_left(moment.date()) + round(self.column_width() / 2)
        return QPoint(x, self.y_of(moment))

    def moment_at(self, x: int, y: int) -> datetime:
        """The time at (``x``, ``y``), down to a quarter of an hour, within its day."""
        minutes = round(y * 60 / HOUR_HEIGHT / SNAP_MINUTES) * SNAP_MINUTES
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, minutes))
        return datetime.combine(self.day_at(x), time()) + timedelta(minutes=minutes)

    def hour_at(self, x: int, y: int) -> datetime:
        hour = max(0, min(23, y // HOUR_HEIGHT))
        return datetime.combine(self.day_at(x), time(hour))

    # -- contents ----------------------------------------------------------------------------

    def set_events(
        self,
        days: list[date],
        now: datetime | None,
        entries: list[EventEntry],
        text: Callable[[EventEntry], str],
        role: Callable[[EventEntry], str | None],
        movable: Callable[[EventEntry], bool],
    ) -> None:
        self.days = days
        self.now = now if now is not None and now.date() in days else None
        for block in self.blocks:
            block.deleteLater()
        self.blocks = []
        for entry in entries:
            if entry.starts_at.date() not in days:
                continue
            block = EventBlock(entry, text(entry), movable(entry), self)
            block.setToolTip(text(entry))
            set_role(block, role(entry))
            block.activated.connect(self.event_activated)
            self.blocks.append(block)
            block.show()
        self._place()
        self.update()

    def block_of(self, event_id: int) -> EventBlock | None:
        return next((b for b in self.blocks if b.entry.id == event_id), None)

    def _place(self) -> None:
        width = self.column_width() - 4
        for day in self.days:
            blocks = [b for b in self.blocks if b.entry.starts_at.date() == day]
            lanes = _lanes([b.entry for b in blocks])
            left = self.column_left(day) + 2
            for block in blocks:
                lane, count = lanes[block.entry.id]
                lane_width = width / max(1, count)
                top = self.y_of(block.entry.starts_at)
                height = min(BLOCK_MINUTES * HOUR_HEIGHT // 60, 24 * HOUR_HEIGHT - top) - 2
                x = left + round(lane * lane_width)
                block.setGeometry(QRect(x, top + 1, max(8, round(lane_width) - 2), height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.now is not None and len(self.days) > 1:  # today's column, as in the month
            left = self.column_left(self.now.date())
            today = QRect(left, 0, round(self.column_width()), self.height())
            painter.fillRect(today, palette.color(QPalette.ColorRole.AlternateBase))
        grid = palette.color(QPalette.ColorRole.Mid)
        faint = QPen(grid)
        faint.setStyle(Qt.PenStyle.DotLine)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            painter.setPen(grid)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(faint)
            painter.drawLine(GUTTER, y + HOUR_HEIGHT // 2, self.width(), y + HOUR_HEIGHT // 2)
            painter.setPen(text)
            painter.drawText(
                QRect(0, y + 2, GUTTER - 8, HOUR_HEIGHT // 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{hour:02d}:00",
            )
        painter.setPen(grid)
        for day in self.days:
            x = self.column_left(day)
            painter.drawLine(x, 0, x, self.height())
        if self._drop_at is not None:
            y = self.y_of(self._drop_at)
            left = self.column_left(self._drop_at.date())
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(QRect(left + 1, y, round(self.column_width()), 3), highlight)
            painter.setPen(highlight)
            painter.drawText(
                QRect(left + 4, y + 4, 80, 20),
                Qt.AlignmentFlag.AlignLeft,
                self._drop_at.strftime("%H:%M"),
            )
        if self.now is not None:
            y = self.y_of(self.now)
            left = self.column_left(self.now.date())
            pen = QPen(NOW_COLOR)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(left - 4, y, left + round(self.column_width()), y)
            painter.setBrush(NOW_COLOR)
            painter.drawEllipse(QPoint(left, y), 4, 4)
        painter.end()

    # -- mouse and drops ---------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        self.hour_activated.emit(self.hour_at(point.x(), point.y()))

    def _landing(self, event: QDragMoveEvent | QDropEvent) -> tuple[int, datetime] | None:
        parsed = parse_mime(event.mimeData())
        if parsed is None:
            return None
        event_id, grab_y = parsed
        point = event.position().toPoint()
        return event_id, self.moment_at(point.x(), point.y() - grab_y)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        landing = self._landing(event)
        if landing is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if landing[1] != self._drop_at:
            self._drop_at = landing[1]
            self.update()

    def dragLeaveEvent(self, event: object) -> None:
        self._drop_at = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        landing = self._landing(event)
        self._drop_at = None
        self.update()
        if landing is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.event_dropped.emit(*landing)


class DayHeader(QWidget):
    """The names of the timeline's days above its columns (a week); today in bold."""

    def __init__(self, timeline: DayTimeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_header")
        self.timeline = timeline
        self.today: date | None = None
        self.setFixedHeight(QFontMetrics(self.font()).height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        locale = QLocale()
        timeline = self.timeline
        for day in timeline.days:
            rect = QRect(
                timeline.column_left(day), 0, round(timeline.column_width()), self.height()
            )
            font = self.font()
            font.setBold(day == self.today)
            painter.setFont(font)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            title = locale.toString(QDate(day.year, day.month, day.day), "ddd d MMMM")
            metrics = QFontMetrics(font)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - 4),
            )
        painter.end()


class DayView(QWidget):
    """The timeline in a scroll area under its days' names, opened at the working day (or
    at "now")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.timeline = DayTimeline()
        self.header = DayHeader(self.timeline)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.timeline)
        layout.addWidget(self.header)
        layout.addWidget(self.area, 1)

    def show_days(self, days: list[date], today: date) -> None:
        self.header.today = today
        self.header.setVisible(len(days) > 1)
        self.header.update()

    def verticalScrollBar(self) -> QScrollBar:
        return self.area.verticalScrollBar()

    def scroll_to_start(self) -> None:
        """The working morning in view, or the hour before "now" when it is later."""
        hour = FIRST_HOUR_SHOWN
        if self.timeline.now is not None:
            hour = min(max(hour, self.timeline.now.hour - 1), 23)
        self.verticalScrollBar().setValue(hour * HOUR_HEIGHT)
