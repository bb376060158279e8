"""The Events section: "my events" by month or week, arrows through time, today, a new
event; supervisors choose an employee or everybody. The period is read off the GUI thread
and again whenever the window's :class:`~ui.events.watch.EventWatch` sees a change."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QVBoxLayout, QWidget
from sqlalchemy import Connection

from app.events import ALL_EMPLOYEES, EventEntry, EventScope, read_events
from app.events.calendar import employees
from app.workplace import Workplace
from ui import icons
from ui.database_runner import DatabaseRunner
from ui.events.calendar import CalendarMode, CalendarView, qdate, visible_range
from ui.events.watch import EventWatch
from ui.messages import user_text
from ui.style import set_role


class EventsForm(QWidget):
    """Asks the window to open events (``event_requested``) and to create them
    (``new_event_requested(date or None)``)."""

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
        for action, mode in (
            (self.month_action, CalendarMode.MONTH),
            (self.week_action, CalendarMode.WEEK),
        ):
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
        set_role(self.message, "error")
        self.message.hide()
        layout.addWidget(self.message)
        self.calendar = CalendarView()
        self.calendar.viewer_id = self.user.id
        self.calendar.event_activated.connect(self.event_requested)
        self.calendar.day_activated.connect(self.new_event_requested)
        layout.addWidget(self.calendar, 1)

    # -- moving in time -------------------------------------------------------------------

    def set_mode(self, mode: CalendarMode) -> None:
        self.mode = mode
        (self.month_action if mode is CalendarMode.MONTH else self.week_action).setChecked(True)
        self.refresh()

    def step(self, steps: int) -> None:
        if self.mode is CalendarMode.WEEK:
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
            self._failed,
            stale=lambda: generation != self._generation,
        )

    def _read(self, generation: int, events: list[EventEntry]) -> None:
        if generation != self._generation:
            return
        self.message.hide()
        self.events = events
        self.calendar.set_events(events)
        self.reads += 1
        self.events_read.emit()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_text(error))
        self.message.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.stop()
        super().closeEvent(event)
