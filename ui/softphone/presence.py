"""Tells the supervisors' operators board what this softphone is doing.

The state (ready, ringing, talking with whom) is worked out from the session's calls and
written from a database thread of its own when it changes, and again every
:data:`app.staff.presence.HEARTBEAT` as a sign of life; the softphone going away (logout,
close, no registration) writes "offline". Nothing here runs a query on the GUI thread.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from sqlalchemy import Connection

from app.staff import presence
from app.staff.presence import Report
from models import PresenceState
from softphone.state import CallState, CallView
from ui.softphone.session import SoftphoneSession, rings_here

log = logging.getLogger(__name__)

HEARTBEAT_MS = int(presence.HEARTBEAT.total_seconds() * 1000)


def state_of(calls: list[CallView], caller_name: Callable[[int], str], now: datetime) -> Report:
    """The board's state for the operator's ``calls``: a call ringing here first, then the
    call they are on (the one not on hold, else the first), else ready."""
    ringing = [v for v in calls if rings_here(v)]
    if ringing:
        view = ringing[0]
        return Report(PresenceState.RINGING, view.started_at, view.number, caller_name(view.id))
    live = [v for v in calls if v.active]
    if live:
        view = next((v for v in live if not v.on_hold), live[0])
        since = view.answered_at if view.state is CallState.CONNECTED else view.started_at
        name = caller_name(view.id) or view.name
        return Report(PresenceState.TALKING, since or now, view.number, name)
    return Report(PresenceState.READY, now)


class PresenceReporter(QObject):
    def __init__(
        self,
        session: SoftphoneSession,
        employee_id: int,
        now: Callable[[], datetime],
        parent: QObject | None = None,
        place: str | None = None,
        heartbeat_ms: int = HEARTBEAT_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.employee_id = employee_id
        self.place = place if place is not None else socket.gethostname()
        self._now = now
        self.reported: Report | None = None  # what was last sent (None: offline)
        self._online = False
        # The session's own database thread (one connection fewer per window); the session
        # lets its queued writes finish before it stops that thread.
        self._runner = session.database
        self._timer = QTimer(self)
        self._timer.setInterval(heartbeat_ms)
        self._timer.timeout.connect(self.beat)
        session.calls_changed.connect(self.update)
        session.caller_identified.connect(lambda _key, _info: self.update())
        session.availability_changed.connect(lambda _can, _why: self.update())
        session.closing.connect(self.stop)

    def start(self) -> None:
        self._timer.start()
        self.update()

    def _caller_name(self, key: int) -> str:
        info = self.session.caller(key)
        if info is None:
            return ""
        return info.client_name or info.contact_name or ""

    def current(self) -> Report | None:
        """What the board should show for this softphone now (None: offline)."""
        if not self.session.can_call:
            return None
        return state_of(self.session.calls(), self._caller_name, self._now())

    def update(self) -> None:
        """Write the state if it changed (the heartbeat writes it anyway)."""
        if not self._timer.isActive():
            return
        now = self.current()
        if now is None:
            if self._online:
                self._offline()
            return
        previous = self.reported
        if (
            previous is not None
            and self._online
            and (now.state, now.peer, now.peer_name)
            == (
                previous.state,
                previous.peer,
                previous.peer_name,
            )
        ):
            return
        self._write(now)

    def beat(self) -> None:
        """The sign of life: the same state, its start unchanged. Skipped while the session's
        database thread is still busy (a slow or lost database must not pile them up)."""
        if not self._runner.idle:
            return
        if self.reported is not None and self._online and self.session.can_call:
            self._write(self.reported)
        else:
            self.update()

    def _write(self, what: Report) -> None:
        self.reported, self._online = what, True
        emp, place, moment = self.employee_id, self.place, self._now()

        def work(conn: Connection) -> None:
            presence.report(conn, emp, place, what, now=moment)
            conn.commit()

        self._runner.run(work, lambda _: None, lambda e: log.info("presence not written: %s", e))

    def _offline(self) -> None:
        self.reported, self._online = None, False
        emp, place, moment = self.employee_id, self.place, self._now()

        def work(conn: Connection) -> None:
            presence.go_offline(conn, emp, place, now=moment)
            conn.commit()

        self._runner.run(work, lambda _: None, lambda e: log.info("presence not written: %s", e))

    def stop(self) -> None:
        """Offline, and stop (the session's shutdown waits, bounded, for the write)."""
        if self._timer.isActive():
            self._timer.stop()
            if self._online:
                self._offline()
