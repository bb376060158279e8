"""When employees were logged in: the stretches of work behind the KPI's "time logged in".

The main window opens a stretch at login (:func:`open_session`), moves its last sign of
life every :data:`HEARTBEAT` while it is open (:func:`touch_session`) and ends it when the
user logs out or closes the window (:func:`close_session`). A workstation that crashed or
lost its network leaves the stretch open; it counts up to its last sign of life, never to
"now". The collector adds the PBX's queue logins (app.calls.collector.login_store).

:func:`logged_in_pieces` answers the report: an employee's stretches from every source and
workstation are merged first (two windows at once, or CallDesk and a PBX login, count once),
clipped to the period, then cut at the report's bucket boundaries so that a night shift
counts on both days.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    Connection,
    CursorResult,
    Table,
    case,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from app import clock
from app.sql_time import earlier, later, seconds_between
from models import APP_SESSION_SOURCE, WorkSession

_sessions = cast(Table, WorkSession.__table__)

HEARTBEAT = timedelta(minutes=1)
MAX_PLACE_LENGTH = 64

Stretch = tuple[datetime, datetime]


def _now(now: datetime | None) -> datetime:
    return (now or clock.now()).replace(microsecond=0)


def open_session(
    session: Connection | Session, employee_id: int, place: str, now: datetime | None = None
) -> int:
    """A new stretch of work of ``employee_id`` at the workstation ``place``; its id."""
    at = _now(now)
    result = cast(
        CursorResult[Any],
        session.execute(
            insert(_sessions).values(
                employee_id=employee_id,
                source=APP_SESSION_SOURCE,
                place=(place.strip() or "?")[:MAX_PLACE_LENGTH],
                started_at=at,
                last_seen_at=at,
                ended_at=None,
            )
        ),
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def touch_session(conn: Connection | Session, session_id: int, now: datetime | None = None) -> bool:
    """The stretch is still going on (the caller commits); False when it was ended
    meanwhile (e.g. by an administrator's cleanup) or is gone."""
    result = cast(
        CursorResult[Any],
        conn.execute(
            update(_sessions)
            .where(_sessions.c.id == session_id, _sessions.c.ended_at.is_(None))
            .values(last_seen_at=_now(now))
        ),
    )
    return bool(result.rowcount)


def close_session(
    session: Connection | Session, session_id: int, now: datetime | None = None
) -> None:
    """The stretch ends now (a second call changes nothing)."""
    at = _now(now)
    session.execute(
        update(_sessions)
        .where(_sessions.c.id == session_id, _sessions.c.ended_at.is_(None))
        .values(ended_at=at, last_seen_at=at)
    )


def merged(stretches: Iterable[Stretch]) -> list[Stretch]:
    """The union of ``stretches`` as ordered, non-overlapping stretches (touching ones
    joined)."""
    out: list[Stretch] = []
    for begin, end in sorted(s for s in stretches if s[1] > s[0]):
        if out and begin <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
            continue
        out.append((begin, end))
    return out


def logged_in_stretches(
    conn: Connection, start: datetime, end: datetime, employee_ids: Iterable[int] = ()
) -> dict[int, list[Stretch]]:
    """Each employee's merged stretches of work within ``[start, end)``.

    A stretch still open ends at its last sign of life (``last_seen_at``).
    """
    c = _sessions.c
    last = func.coalesce(c.ended_at, c.last_seen_at)
    query = select(c.employee_id, c.started_at, last.label("ended")).where(
        c.started_at < end, or_(c.ended_at.is_(None), c.ended_at > start), last > start
    )
    wanted = sorted(set(employee_ids))
    if wanted:
        query = query.where(c.employee_id.in_(wanted))
    raw: dict[int, list[Stretch]] = {}
    for emp, began, ended in conn.execute(query):
        raw.setdefault(int(emp), []).append((max(began, start), min(ended, end)))
    return {emp: merged(stretches) for emp, stretches in raw.items()}


def logged_in_totals(
    conn: Connection, start: datetime, end: datetime, employee_ids: Iterable[int] = ()
) -> dict[int, int]:
    """Whole seconds each employee was logged in within ``[start, end)``, the union of
    their stretches summed by the database: every stretch is a +1 at its start and a -1 at
    its end; in time order, the time up to the next event counts while the running sum is
    above zero (a running ``SUM`` and ``LEAD``, which MariaDB computes in one pass, unlike a
    running ``MAX``)."""
    dialect = conn.dialect.name
    c = _sessions.c
    last = func.coalesce(c.ended_at, c.last_seen_at)
    wanted = sorted(set(employee_ids))
    if dialect == "sqlite":
        return _totals_in_python(conn, start, end, wanted)

    def events(moment: Any, step: int) -> Any:
        query = select(
            c.employee_id.label("emp"), moment.label("t"), literal(step).label("d")
        ).where(c.started_at < end, last > start)
        return query.where(c.employee_id.in_(wanted)) if wanted else query

    ev = union_all(
        events(later(dialect, c.started_at, start), 1), events(earlier(dialect, last, end), -1)
    ).subquery("ev")
    order = (ev.c.t, ev.c.d)  # an end before a start at the same moment
    w = select(
        ev.c.emp,
        ev.c.t,
        func.sum(ev.c.d).over(partition_by=ev.c.emp, order_by=order, rows=(None, 0)).label("n"),
        func.lead(ev.c.t).over(partition_by=ev.c.emp, order_by=order).label("nt"),
    ).subquery("w")
    covered = case((w.c.n > 0, seconds_between(dialect, w.c.t, w.c.nt)), else_=0)
    query = select(w.c.emp, func.sum(covered)).group_by(w.c.emp)
    return {int(emp): int(seconds or 0) for emp, seconds in conn.execute(query)}


def _totals_in_python(
    conn: Connection, start: datetime, end: datetime, wanted: list[int]
) -> dict[int, int]:
    """:func:`logged_in_totals` for SQLite, whose window functions over text times are
    slower than merging here: the rows come straight from the driver as the stored text
    (ISO, parsed by ``fromisoformat`` in C, not by SQLAlchemy's per-value processing)."""
    bounds = (end.isoformat(" ", "microseconds"), start.isoformat(" ", "microseconds"))
    sql = (
        "SELECT employee_id, started_at, coalesce(ended_at, last_seen_at) FROM work_sessions"
        " WHERE started_at < ? AND coalesce(ended_at, last_seen_at) > ?"
    )
    if wanted:
        sql += f" AND employee_id IN ({', '.join(str(int(e)) for e in wanted)})"
    raw: dict[int, list[Stretch]] = {}
    parse = datetime.fromisoformat
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        rows = cursor.execute(sql, bounds).fetchall()
    finally:
        cursor.close()
    for emp, began, ended in rows:
        raw.setdefault(emp, []).append((max(parse(began), start), min(parse(ended), end)))
    return {
        emp: sum(int((b - a).total_seconds()) for a, b in merged(stretches))
        for emp, stretches in raw.items()
    }


def next_hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def next_midnight(moment: datetime) -> datetime:
    return datetime.combine(moment.date() + timedelta(days=1), datetime.min.time())


def pieces(stretch: Stretch, boundary: Callable[[datetime], datetime]) -> Iterator[Stretch]:
    """``stretch`` cut where ``boundary`` (the next bucket's start after a moment) says."""
    begin, end = stretch
    while begin < end:
        cut = min(boundary(begin), end)
        yield begin, cut
        begin = cut


def logged_in_pieces(
    conn: Connection,
    start: datetime,
    end: datetime,
    employee_ids: Iterable[int] = (),
    boundary: Callable[[datetime], datetime] | None = None,
) -> list[tuple[int, datetime, int]]:
    """(employee, piece start, whole seconds) of the time each employee was logged in
    within ``[start, end)``, cut at ``boundary`` (None: one piece per merged stretch)."""
    out = []
    for emp, stretches in logged_in_stretches(conn, start, end, employee_ids).items():
        for stretch in stretches:
            parts = pieces(stretch, boundary) if boundary is not None else iter((stretch,))
            for begin, cut in parts:
                out.append((emp, begin, int((cut - begin).total_seconds())))
    return out
