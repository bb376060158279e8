"""The Events section: "my events" by month, week or day, arrows through time, today, a new
event; supervisors choose an employee or everybody. The period is read off the GUI thread
and again whenever the window's :class:`~ui.events.watch.EventWatch` sees a change. An event
dragged to another day or hour is rescheduled (:func:`app.events.reschedule_event`: its
reminder moves with it; a change made meanwhile by someone else is reported, not
overwritten), then the period is read again."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QVBoxLayout, QWidget
from sqlalchemy import Connection

from app.events import ALL_EMPLOYEES, EventEntry, EventScope, read_events, reschedule_event
from app.events.calendar import employees
from app.messages import UserFacingError
from app.workplace import Workplace
from ui import icons
from ui.database_runner import DatabaseRunner, is_connection_lost
from ui.events.calendar import CalendarMode, CalendarView, qdate, visible_range
from ui.events.watch import EventWatch
from ui.messages import user_text
from ui.style import set_role

log = logging.getLogger(__name__)


class EventsForm(QWidget):
    """Asks the window to open events (``event_requested``) and to create them
    (``new_event_requested(date, datetime or None)``)."""

    event_requested = Signal(int)
    new_event_requested = Signal(object)
    events_read = Signal()

    def __init__(self, workplace: Workplace, watch: EventWatch) -> None:
        super().__init__()
        self.workplace = workplace
        self.user = workplace.user
        self.watch = watch
        self.setWindowTitle(self.tr("Events"))
        self.mode = CalendarMode.MONTH
        self.anchor = workplace.today()
        self.events: list[EventEntry] = []
        self.reads = 0
        self._generation = 0
        self._runner = DatabaseRunner(workplace.db.engine, "events-calendar", self)
        self._build()
        watch.events_changed.connect(self.refresh)
        self.refresh()

    def help_topic(self) -> str:
        return "events"

    def _action(self, text: str, shortcut: str, name: str, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({native})")
        self.toolbar.addAction(action)
        return action

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.new_action = self._action(self.tr("New event"), "Ins", "new_event", "event-add")
        self.new_action.triggered.connect(lambda: self.new_event_requested.emit(None))
        self.toolbar.addSeparator()
        self.previous_action = self._action("◀", "Alt+Left", "previous")
        self.previous_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.today_action = self._action(self.tr("Today"), "Alt+Home", "today")
        self.today_action.triggered.connect(self.go_today)
        self.next_action = self._action("▶", "Alt+Right", "next")
        self.next_action.setToolTip(self.tr("Forward (Alt+Right)"))
        self.next_action.triggered.connect(lambda: self.step(1))
        self.toolbar.addSeparator()
        group = QActionGroup(self)
        self.month_action = self._action(self.tr("Month"), "Ctrl+Shift+M", "month")
        self.week_action = self._action(self.tr("Week"), "Ctrl+Shift+W", "week")
        self.day_action = self._action(self.tr("Day"), "Ctrl+Shift+D", "day")
        self.mode_actions = {
            CalendarMode.MONTH: self.month_action,
            CalendarMode.WEEK: self.week_action,
            CalendarMode.DAY: self.day_action,
        }
        for mode, action in self.mode_actions.items():
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, m=mode: self.set_mode(m))
        self.month_action.setChecked(True)
        self.refresh_action = self._action(self.tr("Refresh"), "F5", "refresh", "refresh")
        self.refresh_action.triggered.connect(self.refresh)
        self.toolbar.addSeparator()
        self.employee = QComboBox()
        self.employee.setObjectName("employee")
        self.employee.addItem(self.tr("My events"), self.user.id)
        if self.user.sees_all_calls:
            self.employee.addItem(self.tr("All employees"), ALL_EMPLOYEES)
            with self.workplace.db.transaction() as s:
                for employee_id, name in employees(s):
                    if employee_id != self.user.id:
                        self.employee.addItem(name, employee_id)
        self.employee.setVisible(self.user.sees_all_calls)
        self.employee.currentIndexChanged.connect(lambda _i: self.refresh())
        self.toolbar.addWidget(self.employee)
        self.period_label = QLabel()
        self.period_label.setObjectName("period_label")
        set_role(self.period_label, "heading")
        self.period_label.setContentsMargins(12, 0, 0, 0)
        self.toolbar.addWidget(self.period_label)
        self.message = QLabel()
        self.message.setObjectName("events_message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        self._read_problem = False  # the message says a read failed (the next read clears it)
        layout.addWidget(self.message)
        self.calendar = CalendarView()
        self.calendar.viewer_id = self.user.id
        self.calendar.user = self.user
        self.calendar.event_activated.connect(self.event_requested)
        self.calendar.day_activated.connect(self.new_event_requested)
        self.calendar.event_moved.connect(self.move_event)
        layout.addWidget(self.calendar, 1)

    # -- moving in time -------------------------------------------------------------------

    def set_mode(self, mode: CalendarMode) -> None:
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        self.refresh()

    def step(self, steps: int) -> None:
        if self.mode is CalendarMode.DAY:
            self.anchor += timedelta(days=steps)
        elif self.mode is CalendarMode.WEEK:
            self.anchor += timedelta(days=7 * steps)
        else:
            month = self.anchor.year * 12 + self.anchor.month - 1 + steps
            self.anchor = date(month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.workplace.today()
        self.refresh()

    def scope(self) -> EventScope:
        return EventScope(int(self.employee.currentData()))

    def period_text(self) -> str:
        locale = QLocale()
        if self.mode is CalendarMode.MONTH:
            return (
                locale.standaloneMonthName(self.anchor.month).capitalize() + f" {self.anchor.year}"
            )
        if self.mode is CalendarMode.DAY:
            return locale.toString(qdate(self.anchor), "dddd, d MMMM yyyy").capitalize()
        start, end = visible_range(self.mode, self.anchor)
        last = end - timedelta(days=1)
        first = locale.toString(qdate(start), "d MMMM")
        return f"{first} – {locale.toString(qdate(last), 'd MMMM yyyy')}"

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        now = self.workplace.now()
        self.calendar.show_period(self.mode, self.anchor, now.date(), now)
        self.period_label.setText(self.period_text())
        self._generation += 1
        generation = self._generation
        user, scope = self.user, self.scope()
        start, end = visible_range(self.mode, self.anchor)

        def work(conn: Connection) -> list[EventEntry]:
            return read_events(conn, user, scope, start, end)

        self._runner.run(
            work,
            lambda events: self._read(generation, events),
            self._read_failed,
            stale=lambda: generation != self._generation,
        )

    def _read(self, generation: int, events: list[EventEntry]) -> None:
        if generation != self._generation:
            return
        if self._read_problem:
            self.message.hide()
            self._read_problem = False
        self.events = events
        self.calendar.set_events(events)
        self.reads += 1
        self.events_read.emit()

    # -- rescheduling ---------------------------------------------------------------------

    def move_event(self, event_id: int, target: date) -> bool:
        """Reschedule the event to ``target``: a day (the time of day kept) or a moment (a
        ``datetime``). True when written; otherwise the reason is shown above the calendar."""
        entry = next((e for e in self.events if e.id == event_id), None)
        if entry is None:
            return False
        if isinstance(target, datetime):
            starts_at = target
        else:
            starts_at = datetime.combine(target, entry.starts_at.time())
        if starts_at == entry.starts_at:
            return False
        user, now = self.user, self.workplace.now()
        try:
            self.workplace.db.write(lambda s: reschedule_event(s, user, entry, starts_at, now))
        except UserFacingError as e:  # a conflict, a completed event, not theirs
            self._failed(e)
            self.refresh()
            return False
        except Exception as e:
            log.exception("moving event %s failed", event_id)
            if not is_connection_lost(e):
                self._failed(e)
            return False
        self.message.hide()
        self.watch.poll()  # the counter and the reminders follow at once
        self.refresh()
        return True

    def _read_failed(self, error: BaseException) -> None:
        self._failed(error)
        self._read_problem = True

    def _failed(self, error: BaseException) -> None:
        self._read_problem = False
        self.message.setText(user_text(error))
        self.message.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.stop()
        super().closeEvent(event)
