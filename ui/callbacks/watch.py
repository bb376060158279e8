"""One reader of the callback worklist for the whole window.

The worklist (:func:`app.callbacks.read_worklist`) is read off the GUI thread every
:data:`POLL_MS` on its own :class:`~ui.database_runner.DatabaseRunner`, so a claim or a
closing call of a colleague shows within seconds everywhere. Between reads a one-second
tick only recomputes what the clock changes (countdowns, the overdue count); it does not
touch the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Connection

from app.callbacks import Worklist, read_worklist
from app.clock import Clock
from app.database import Database
from ui.database_runner import DatabaseRunner

T = TypeVar("T")
POLL_MS = 5000
TICK_MS = 1000


class WorklistWatch(QObject):
    """``updated(worklist)`` after each read; ``counts_changed(open, overdue)`` when either
    number changes (a read or the clock)."""

    updated = Signal(object)
    counts_changed = Signal(int, int)
    failed = Signal(str)

    def __init__(self, db: Database, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.worklist: Worklist | None = None
        self.counts = (0, 0)
        self._runner = DatabaseRunner(db.engine, "callback-worklist", self)
        self._reading = False
        self._again = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.refresh)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.poll_timer.start()
        self.tick_timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read now (a read already running is followed by one more)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        moment = self.clock.now()

        def work(conn: Connection) -> Worklist:
            return read_worklist(conn, moment)

        self._runner.run(work, self._read, self._read_failed)

    def run(self, work: Callable[[Connection], T], done: Callable[[T], None]) -> None:
        """Another read on the worklist's connection (an item's path)."""
        self._runner.run(work, done)

    @property
    def busy(self) -> bool:
        """A read is running or waiting to deliver."""
        return self._reading or not self._runner.idle

    def _read(self, worklist: Worklist) -> None:
        self._finish()
        self.worklist = worklist
        self.updated.emit(worklist)
        self._tick()

    def _read_failed(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(str(error))

    def _finish(self) -> None:
        self._reading = False
        if self._again:  # asked for while reading: the data may be older than the ask
            self._again = False
            self.refresh()

    def _tick(self) -> None:
        if self.worklist is None:
            return
        now = self.clock.now()
        counts = (len(self.worklist.open_items), self.worklist.overdue_count(now))
        if counts != self.counts:
            self.counts = counts
            self.counts_changed.emit(*counts)

    def stop(self) -> None:
        self.poll_timer.stop()
        self.tick_timer.stop()
        self._runner.stop()
