"""One reader of the task board for the whole window (like the callback worklist's watch).

Every :data:`POLL_MS` it asks, off the GUI thread, for the board's stamp (a count, the newest
id and the sum of versions of the tasks the user sees) and reads the board in full only when
the stamp changed. ``count_changed`` carries "my active tasks" for the section's title.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Connection

from app.clock import Clock
from app.database import Database
from app.staff.auth import CurrentUser
from app.tasks import TaskCard, board_stamp, my_active_count, read_board
from app.tasks.board import Stamp
from ui.database_runner import DatabaseRunner

POLL_MS = 5000


class TaskWatch(QObject):
    updated = Signal(object)  # list[TaskCard]
    count_changed = Signal(int)
    failed = Signal(str)

    def __init__(
        self, db: Database, user: CurrentUser, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.clock = clock
        self.cards: list[TaskCard] | None = None
        self.count = 0
        self.full_reads = 0
        self._stamp: Stamp | None = None
        self._reading = False
        self._again = False
        self._runner = DatabaseRunner(db.engine, "task-board", self)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll_timer.start()
        self.refresh()

    def poll(self) -> None:
        stamp, user = self._stamp, self.user
        if stamp is None or self._reading:
            self.refresh()
            return

        def changed(conn: Connection) -> bool:
            return board_stamp(conn, user) != stamp

        self._runner.run(changed, lambda differs: self.refresh() if differs else None)

    def refresh(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        user = self.user

        def work(conn: Connection) -> tuple[Stamp, list[TaskCard], int]:
            return board_stamp(conn, user), read_board(conn, user), my_active_count(conn, user)

        self._runner.run(work, self._read, self._failed)

    @property
    def busy(self) -> bool:
        return self._reading or not self._runner.idle

    def _read(self, outcome: tuple[Stamp, list[TaskCard], int]) -> None:
        self._finish()
        self._stamp, self.cards, count = outcome
        self.full_reads += 1
        self.updated.emit(self.cards)
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(str(error))

    def _finish(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()

    def stop(self) -> None:
        self.poll_timer.stop()
        self._runner.stop()
