"""The logged-in user's stretch of work, for the operator KPI's "Time logged in".

One :class:`WorkSessionKeeper` per main window: it opens the stretch when the window opens,
gives a sign of life every :data:`app.staff.work_sessions.HEARTBEAT` from its own database
thread (never the GUI's), and ends the stretch when the window closes (log out, switch user,
quit). A database that is away only delays the signs of life (the connection monitor shows
it); a stretch that somebody ended meanwhile is opened anew at the next beat.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from PySide6.QtCore import QObject, QTimer
from sqlalchemy import Connection

from app import server_time
from app.database import Database
from app.staff import work_sessions
from ui.database_runner import DatabaseRunner

log = logging.getLogger(__name__)


def _committed(conn: Connection, result: Any) -> Any:
    conn.commit()
    return result


class WorkSessionKeeper(QObject):
    def __init__(
        self,
        db: Database,
        employee_id: int,
        parent: QObject | None = None,
        place: str | None = None,
        heartbeat_ms: int = int(work_sessions.HEARTBEAT.total_seconds() * 1000),
    ) -> None:
        super().__init__(parent)
        self.employee_id = employee_id
        self.place = place if place is not None else socket.gethostname()
        self.session_id: int | None = None  # as the GUI thread last heard of it
        # The id as the database thread knows it: jobs run there one at a time, in order, so
        # a close queued behind an open whose result has not reached the GUI still ends it.
        self._held: dict[str, int | None] = {"id": None}
        self._opening = False
        self._runner = DatabaseRunner(db.engine, "work-session", self)
        self._timer = QTimer(self)
        self._timer.setInterval(heartbeat_ms)
        self._timer.timeout.connect(self.beat)

    def start(self) -> None:
        self._open()
        self._timer.start()

    def _open(self) -> None:
        if self._opening:
            return
        self._opening = True
        emp, place, held = self.employee_id, self.place, self._held

        def work(conn: Connection) -> int:
            server_time.calibrate(conn)  # before the first time of record of this window
            session_id = int(_committed(conn, work_sessions.open_session(conn, emp, place)))
            held["id"] = session_id
            return session_id

        self._runner.run(work, self._opened, self._open_failed)

    def _opened(self, session_id: int) -> None:
        self._opening = False
        self.session_id = session_id

    def _open_failed(self, error: BaseException) -> None:
        self._opening = False  # the next beat tries again
        log.warning("the work session could not be opened: %s", error)

    def beat(self) -> None:
        """A sign of life (or the stretch opened, if it is not yet)."""
        session_id = self.session_id
        if session_id is None:
            self._open()
            return

        def work(conn: Connection) -> bool:
            server_time.calibrate(conn)  # a clock that drifts is set right again
            return bool(_committed(conn, work_sessions.touch_session(conn, session_id)))

        def done(alive: bool) -> None:
            if not alive and self.session_id == session_id:
                self.session_id = None
                self._open()

        self._runner.run(work, done, lambda e: log.info("no sign of life written: %s", e))

    def stop(self) -> None:
        """End the stretch and stop; waits (bounded) for the last write."""
        if not self._timer.isActive() and self.session_id is None and not self._opening:
            self._runner.stop()
            return
        self._timer.stop()

        held = self._held

        def work(conn: Connection) -> None:
            if held["id"] is not None:
                work_sessions.close_session(conn, held["id"])
                conn.commit()
                held["id"] = None

        self._runner.run(work, lambda _: None, lambda e: log.warning("not ended: %s", e))
        self._runner.stop()
        self.session_id = None
