"""The live operators board: what every operator is doing now.

Each CallDesk softphone reports its state (:func:`report`) when its calls change and as a
heartbeat every :data:`HEARTBEAT`; :func:`board` reads everyone's state for the supervisors.
A report older than :data:`STALE` counts as offline (a crashed or cut-off workstation needs no
clean-up). Pauses come from the open rows of ``pauses``, the app's Ready/Pause and the PBX's
own (the collector writes those), so an operator paused on the PBX shows as paused too.
A call outranks a pause: an operator on a call is shown talking even if a pause is open.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Connection, Table, and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from app import clock
from models import Employee, OperatorPresence, Pause, PresenceState, Role

HEARTBEAT = timedelta(seconds=5)
STALE = timedelta(seconds=20)  # four missed heartbeats: the workstation is gone
PAUSED = "paused"  # the board's state for an open pause (not a softphone state)

_presence = cast(Table, OperatorPresence.__table__)
_employees = cast(Table, Employee.__table__)
_pauses = cast(Table, Pause.__table__)

# How the board orders its rows: who needs attention first.
BOARD_ORDER = {
    PresenceState.RINGING.value: 0,
    PresenceState.TALKING.value: 1,
    PresenceState.READY.value: 2,
    PAUSED: 3,
    PresenceState.OFFLINE.value: 4,
}


@dataclass(frozen=True)
class Report:
    """What one softphone says about itself."""

    state: PresenceState
    since: datetime
    peer: str = ""
    peer_name: str = ""


@dataclass(frozen=True)
class BoardRow:
    employee_id: int
    name: str
    extension: str
    state: str  # a PresenceState value or PAUSED
    since: datetime | None  # None: never seen
    peer: str = ""
    peer_name: str = ""
    pause_reason: str = ""
    pause_note: str = ""
    place: str = ""

    def seconds(self, now: datetime) -> int | None:
        """How long the state has lasted at ``now`` (None when it began before we knew)."""
        if self.since is None:
            return None
        return max(0, int((now - self.since).total_seconds()))


def _second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


def report(
    conn: Connection, employee_id: int, place: str, what: Report, now: datetime | None = None
) -> None:
    """Write ``employee_id``'s state as this workstation (``place``) sees it, with a heartbeat.
    The caller commits."""
    values = {
        "place": place[:64],
        "state": what.state.value,
        "peer": what.peer[:64],
        "peer_name": what.peer_name[:255],
        "since": _second(what.since),
        "seen_at": _second(now or clock.now()),
    }
    where = _presence.c.employee_id == employee_id
    if conn.execute(update(_presence).where(where).values(**values)).rowcount:
        return
    try:
        with conn.begin_nested():
            conn.execute(insert(_presence).values(employee_id=employee_id, **values))
    except IntegrityError:  # the employee's other workstation wrote first
        conn.execute(update(_presence).where(where).values(**values))


def go_offline(conn: Connection, employee_id: int, place: str, now: datetime | None = None) -> None:
    """The softphone of this workstation stopped (logout, close): offline at once, unless the
    employee's state is another workstation's by now. The caller commits."""
    moment = _second(now or clock.now())
    conn.execute(
        update(_presence)
        .where(_presence.c.employee_id == employee_id, _presence.c.place == place[:64])
        .values(
            state=PresenceState.OFFLINE.value, peer="", peer_name="", since=moment, seen_at=moment
        )
    )


def board(conn: Connection, now: datetime | None = None) -> list[BoardRow]:
    """Every active operator and supervisor (and anyone whose softphone reported), most
    urgent first: ringing, talking, ready, paused, offline; by name within each."""
    moment = now or clock.now()
    fresh_after = moment - STALE
    p, e, pa = _presence.c, _employees.c, _pauses.c
    rows = conn.execute(
        select(
            e.id,
            e.full_name,
            e.extension,
            p.state,
            p.since,
            p.seen_at,
            p.peer,
            p.peer_name,
            p.place,
            pa.reason,
            pa.note,
            pa.started_at,
        )
        .select_from(_employees)
        .outerjoin(_presence, p.employee_id == e.id)
        .outerjoin(_pauses, and_(pa.employee_id == e.id, pa.ended_at.is_(None)))
        .where(
            e.active.is_(True),
            or_(e.role.in_([Role.OPERATOR.value, Role.SUPERVISOR.value]), p.state.is_not(None)),
        )
        .order_by(e.id, pa.started_at)
    )
    found: dict[int, BoardRow] = {}
    for r in rows:  # several open pauses (the app's and the PBX's): the latest one counts
        fresh = r.seen_at is not None and r.seen_at >= fresh_after
        state, since = PresenceState.OFFLINE.value, r.seen_at
        peer = peer_name = reason = note = ""
        if fresh and r.state in (PresenceState.RINGING.value, PresenceState.TALKING.value):
            state, since, peer, peer_name = r.state, r.since, r.peer, r.peer_name
        elif r.reason is not None:
            state, since, reason, note = PAUSED, r.started_at, r.reason, r.note or ""
        elif fresh and r.state == PresenceState.READY.value:
            state, since = r.state, r.since
        found[r.id] = BoardRow(
            r.id,
            r.full_name,
            r.extension or "",
            state,
            since,
            peer,
            peer_name,
            reason,
            note,
            r.place or "",
        )
    return sorted(
        found.values(), key=lambda row: (BOARD_ORDER[row.state], row.name, row.employee_id)
    )


def counts(rows: list[BoardRow]) -> Counter[str]:
    """How many operators are in each board state."""
    return Counter(row.state for row in rows)
