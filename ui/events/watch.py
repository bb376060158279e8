"""One watcher of the logged-in user's events for the whole window.

Every :data:`POLL_MS` it asks the database, off the GUI thread on its own
:class:`~ui.database_runner.DatabaseRunner`, three cheap things: the events' stamp
(:func:`app.events.events_stamp`), the reminders due now (of events and, for those who work
with tasks, of the tasks assigned to them) and the number of active events.
The calendar reads its month in full only when the stamp changed (``events_changed``), so an
event added on another workstation shows within seconds; reminders created elsewhere pop up
here on time; one dismissed elsewhere disappears.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Connection

from app.clock import Clock
from app.database import Database
from app.events import (
    ALL_EMPLOYEES,
    EventScope,
    Reminder,
    active_count,
    due_reminders,
    events_stamp,
)
from app.staff.auth import CurrentUser
from app.tasks.reminders import due_task_reminders
from ui.database_runner import DatabaseRunner

POLL_MS = 5000


class EventWatch(QObject):
    """``reminders_changed(list[Reminder])`` when the due reminders change,
    ``count_changed(int)`` for the active events, ``events_changed()`` when the stamp moves."""

    reminders_changed = Signal(object)
    count_changed = Signal(int)
    events_changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        clock: Clock,
        parent: QObject | None = None,
        with_tasks: bool = False,
    ) -> None:
        super().__init__(parent)
        self.with_tasks = with_tasks  # the tasks' reminders too (the "tasks" permission)
        self.db = db
        self.user = user
        self.clock = clock
        self.reminders: list[Reminder] = []
        self.count = -1
        self.polls = 0  # finished polls (tests wait for the next one)
        self._stamp: Any = None
        self._reading = False
        self._runner = DatabaseRunner(db.engine, "events-watch", self)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        if self._reading:
            return
        self._reading = True
        user, moment, tasks = self.user, self.clock.now(), self.with_tasks
        scope = EventScope(ALL_EMPLOYEES if user.sees_all_calls else user.id)

        def work(conn: Connection) -> tuple[Any, list[Reminder], int]:
            reminders = due_reminders(conn, user, moment)
            if tasks:
                reminders += due_task_reminders(conn, user, moment)
                reminders.sort(key=lambda r: (r.starts_at, r.kind, r.item_id))
            return events_stamp(conn, user, scope), reminders, active_count(conn, user)

        self._runner.run(work, self._read, self._failed)

    def _read(self, outcome: tuple[Any, list[Reminder], int]) -> None:
        self._reading = False
        stamp, reminders, count = outcome
        if self._stamp is not None and stamp != self._stamp:
            self.events_changed.emit()
        self._stamp = stamp
        if reminders != self.reminders:
            self.reminders = reminders
            self.reminders_changed.emit(reminders)
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)
        self.polls += 1

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        self.polls += 1
        self.failed.emit(str(error))

    def stop(self) -> None:
        self.timer.stop()
        self._runner.stop()
