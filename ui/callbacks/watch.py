"""One reader of the callback worklist for the whole window.

Every :data:`POLL_MS` it asks the database off the GUI thread, on its own
:class:`~ui.database_runner.DatabaseRunner`, for the worklist's stamp
(:func:`app.callbacks.worklist.worklist_stamp`: a new call, a claim taken or given back) and
reads the whole worklist (:func:`app.callbacks.read_worklist`) only when the stamp changed,
or :data:`FULL_READ_S` after the last full read (changes made in place). So a claim or a
closing call of a colleague shows within seconds everywhere, at the price of two small
reads while nothing happens. Between reads a one-second tick only recomputes what the clock
changes (countdowns, the overdue count); it does not touch the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Connection

from app.callbacks import Worklist, read_worklist
from app.callbacks.worklist import Stamp, worklist_stamp
from app.clock import Clock
from app.database import Database
from ui.database_runner import DatabaseRunner

T = TypeVar("T")
POLL_MS = 5000
FULL_READ_S = 60
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
        self.poll_timer.timeout.connect(self.poll)
        self._stamp: Stamp | None = None
        self._read_at: datetime | None = None
        self.full_reads = 0  # how often the whole worklist was read (tests, diagnostics)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.poll_timer.start()
        self.tick_timer.start()
        self.refresh()

    def poll(self) -> None:
        """Read the whole worklist if its stamp changed or the last full read is old."""
        worklist, stamp, read_at = self.worklist, self._stamp, self._read_at
        moment = self.clock.now()
        if (
            worklist is None
            or stamp is None
            or read_at is None
            or self._reading
            or abs((moment - read_at).total_seconds()) >= FULL_READ_S
        ):
            self.refresh()
            return
        since = worklist.settings.window_start(moment)

        def changed(conn: Connection) -> bool:
            return worklist_stamp(conn, since, moment) != stamp

        self._runner.run(changed, lambda differs: self.refresh() if differs else None)

    def refresh(self) -> None:
        """Read now (a read already running is followed by one more)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        moment = self.clock.now()

        def work(conn: Connection) -> tuple[Stamp, Worklist]:
            worklist = read_worklist(conn, moment)
            since = worklist.settings.window_start(moment)
            return worklist_stamp(conn, since, moment), worklist

        self._runner.run(work, self._read, self._read_failed)

    def run(self, work: Callable[[Connection], T], done: Callable[[T], None]) -> None:
        """Another read on the worklist's connection (an item's path)."""
        self._runner.run(work, done)

    @property
    def busy(self) -> bool:
        """A read is running or waiting to deliver."""
        return self._reading or not self._runner.idle

    def _read(self, outcome: tuple[Stamp, Worklist]) -> None:
        self._finish()
        self._stamp, worklist = outcome
        self._read_at = worklist.read_at
        self.full_reads += 1
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
