"""The report summaries: kept current in the calls' own transactions, rebuildable.

Grain: the call's local start hour × main employee × direction × status × queue × DID
(``report_call_hours``), the same per participating employee (``report_participant_hours``)
and per hour the peak of calls at once (``report_hours``).

How they stay right: every writer, after writing or changing calls, calls
:func:`refresh_hours` with the start times it touched (or :func:`refresh_calls` with ids).
That re-aggregates those hours from ``calls`` (an index range scan over ``ix_calls_period``,
one hour at a time) and replaces their summary rows — so a status that changes later
(a callback link turns "lost" into "no answer", queue facts arriving after the call) takes
the old contribution out and puts the new one in, whatever changed. A call's start time
never changes, so its hour is stable.

Time zone: the schema stores naive local times of the company (app/clock.py). Buckets are
the local start hour, so a day, week, month... is a calendar period of the company's zone
on every DST change (a 23- or 25-hour day is one day). On the autumn change the repeated
local hour is one bucket holding both hours' calls; in spring the skipped hour has no
bucket. Nothing is converted, so nothing can be shifted by an hour.

Thresholds: the service-level (answered within N s) and short-abandon (M s) counts are
taken with the company settings at write time; changing a setting rebuilds the summaries
(app.reports.run.set_report_settings).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    select,
)
from sqlalchemy import (
    cast as sql_cast,
)
from sqlalchemy.orm import Session

from app.company_settings import SERVICE_LEVEL_S, SHORT_ABANDON_S, get_setting
from models import (
    Call,
    CallParticipant,
    CallSummary,
    DaySummary,
    Disposition,
    HourSummary,
    ParticipantSummary,
    TeamDaySummary,
)

WAIT_BOUNDS = (15, 30, 45, 60, 75, 90)  # bucket i holds waits up to WAIT_BOUNDS[i]; 91+ last

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallParticipant.__table__)
_summary = cast(Table, CallSummary.__table__)
_people = cast(Table, ParticipantSummary.__table__)
_hours = cast(Table, HourSummary.__table__)
_days = cast(Table, DaySummary.__table__)
_team = cast(Table, TeamDaySummary.__table__)
_HOUR = timedelta(hours=1)
_REBUILD_STEP = timedelta(days=31)
REBUILD_STEP = _REBUILD_STEP  # hours are re-aggregated this many at a time

Conn = Connection | Session


def _dialect(conn: Conn) -> str:
    if isinstance(conn, Session):
        return conn.get_bind().dialect.name
    return conn.dialect.name


def thresholds(conn: Conn) -> tuple[int, int]:
    """(service-level seconds, short-abandon seconds) from the company settings."""
    return int(get_setting(conn, SERVICE_LEVEL_S)), int(get_setting(conn, SHORT_ABANDON_S))


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def _time_parts(dialect: str, column: Any) -> tuple[Any, Any, Any, Any]:
    """SQL for (hour start, day, hour of day, weekday with 0 = Monday) of a local time."""
    if dialect == "sqlite":
        hour = func.strftime("%Y-%m-%d %H:00:00.000000", column)
        hod = sql_cast(func.strftime("%H", column), Integer)
        weekday = (sql_cast(func.strftime("%w", column), Integer) + 6) % 7
        return hour, func.date(column), hod, weekday
    hour = func.date_format(column, "%Y-%m-%d %H:00:00")
    return hour, func.date(column), func.hour(column), func.weekday(column)


def _flag(cond: ColumnElement[bool]) -> Any:
    return func.sum(case((cond, 1), else_=0))


def _ranges(moments: Iterable[datetime]) -> list[tuple[datetime, datetime]]:
    hours = sorted({hour_of(m) for m in moments})
    ranges: list[tuple[datetime, datetime]] = []
    for h in hours:
        if ranges and ranges[-1][1] == h:
            ranges[-1] = (ranges[-1][0], h + _HOUR)
        else:
            ranges.append((h, h + _HOUR))
    return ranges


def refresh_hours(conn: Conn, moments: Iterable[datetime]) -> None:
    """Recompute the summaries of the local hours holding ``moments`` (calls' start times)."""
    ranges = _ranges(moments)
    if not ranges:
        return
    sl, short = thresholds(conn)
    for start, end in ranges:
        while start < end:
            step = min(start + _REBUILD_STEP, end)
            _replace(conn, start, step, sl, short)
            start = step


def refresh_period(conn: Conn, start: datetime, end: datetime) -> None:
    """Recompute every hour from ``start``'s to ``end``'s (a bulk load such as the seeder)."""
    first, last = hour_of(start), hour_of(end) + _HOUR
    sl, short = thresholds(conn)
    while first < last:
        step = min(first + _REBUILD_STEP, last)
        _replace(conn, first, step, sl, short)
        first = step


def refresh_pbx_ids(conn: Conn, pbx_ids: Iterable[str]) -> None:
    """Recompute the hours of the calls with these ``calls.pbx_id`` values."""
    keys = sorted(set(pbx_ids))
    moments: list[datetime] = []
    for i in range(0, len(keys), 500):
        moments += conn.execute(
            select(_calls.c.started_at).where(_calls.c.pbx_id.in_(keys[i : i + 500]))
        ).scalars()
    refresh_hours(conn, moments)


def refresh_calls(conn: Conn, call_ids: Iterable[int]) -> None:
    """Recompute the hours of the calls ``call_ids`` (after an update of their facts)."""
    ids = sorted(set(call_ids))
    moments: list[datetime] = []
    for i in range(0, len(ids), 500):
        moments += conn.execute(
            select(_calls.c.started_at).where(_calls.c.id.in_(ids[i : i + 500]))
        ).scalars()
    refresh_hours(conn, moments)


def rebuild(conn: Conn) -> int:
    """Rebuild every summary from ``calls``; returns the number of calls counted."""
    first, last = conn.execute(
        select(func.min(_calls.c.started_at), func.max(_calls.c.started_at))
    ).one()
    for table in (_summary, _people, _hours, _days, _team):
        conn.execute(delete(table))
    if first is None:
        return 0
    sl, short = thresholds(conn)
    start = hour_of(first)
    end = hour_of(last) + _HOUR
    while start < end:
        step = min(start + _REBUILD_STEP, end)
        _replace(conn, start, step, sl, short, deleted=True)
        start = step
    return int(conn.scalar(select(func.count()).select_from(_calls)) or 0)


def _replace(
    conn: Conn, start: datetime, end: datetime, sl: int, short: int, *, deleted: bool = False
) -> None:
    if not deleted:
        for table in (_summary, _people, _hours):
            conn.execute(delete(table).where(table.c.hour_start >= start, table.c.hour_start < end))
    dialect = _dialect(conn)
    c = _calls.c
    hour, day, hod, weekday = _time_parts(dialect, c.started_at)
    period = and_(c.started_at >= start, c.started_at < end)
    grain = [
        hour.label("hour_start"),
        day.label("day"),
        hod.label("hour_of_day"),
        weekday.label("weekday"),
    ]
    keys = [
        func.coalesce(c.direction, "").label("direction"),
        c.status.label("status"),
        func.coalesce(c.queue, "").label("queue"),
        func.coalesce(c.did, "").label("did"),
    ]
    answered = c.disposition == Disposition.ANSWERED.value
    resolver = _calls.alias("resolved")
    waits = [
        _flag(c.wait_seconds <= WAIT_BOUNDS[0]).label("w0"),
        *[
            _flag(
                and_(c.wait_seconds > WAIT_BOUNDS[i - 1], c.wait_seconds <= WAIT_BOUNDS[i])
            ).label(f"w{i}")
            for i in range(1, len(WAIT_BOUNDS))
        ],
        _flag(c.wait_seconds > WAIT_BOUNDS[-1]).label("w6"),
    ]
    employee = func.coalesce(c.employee_id, 0).label("employee_id")
    measures = [
        func.count().label("calls"),
        func.coalesce(func.sum(c.wait_seconds), 0).label("wait_s"),
        func.coalesce(func.sum(c.talk_seconds), 0).label("talk_s"),
        func.coalesce(func.max(c.wait_seconds), 0).label("max_wait_s"),
        _flag(and_(answered, c.wait_seconds <= sl)).label("within_sl"),
        _flag(c.wait_seconds >= short).label("over_short"),
        _flag(c.resolved_by_call_id.is_not(None)).label("called_back"),
        _flag(exists(select(resolver.c.id).where(resolver.c.resolved_by_call_id == c.id))).label(
            "callbacks"
        ),
        _flag(c.transfer_count > 0).label("transferred"),
        _flag(c.hangup_by == "client").label("hang_client"),
        _flag(c.hangup_by == "employee").label("hang_employee"),
        _flag(c.hangup_by == "system").label("hang_system"),
        *waits,
    ]
    group = [hour, day, hod, weekday, c.employee_id, c.direction, c.status, c.queue, c.did]
    query = select(*grain, employee, *keys, *measures).where(period).group_by(*group)
    conn.execute(insert(_summary).from_select([col.name for col in query.selected_columns], query))
    people = (
        select(*grain, _parts.c.employee_id, *keys, func.count().label("calls"))
        .select_from(_parts.join(_calls, _calls.c.id == _parts.c.call_id))
        .where(period)
        .group_by(
            hour, day, hod, weekday, _parts.c.employee_id, c.direction, c.status, c.queue, c.did
        )
    )
    conn.execute(insert(_people).from_select([col.name for col in people.selected_columns], people))
    _peaks(conn, start, end)
    _roll_days(conn, start.date(), (end - timedelta(microseconds=1)).date())


_DAY_MEASURES = [c.name for c in _days.columns if c.name not in ("id", "day", "weekday",
    "employee_id", "direction", "status", "queue", "did", "max_wait_s")]  # fmt: skip


def roll_days(conn: Conn, first: date, last: date) -> None:
    """Rewrite the day rollups of ``first`` .. ``last`` from their hours (for a bulk writer
    that wrote ``report_call_hours`` itself, such as the demo seeder)."""
    _roll_days(conn, first, last)


def _roll_days(conn: Conn, first: date, last: date) -> None:
    """Rewrite ``report_call_days`` for ``first`` .. ``last`` from their hours."""
    s = _summary.c
    conn.execute(delete(_days).where(_days.c.day >= first, _days.c.day <= last))
    keys = [s.day, s.weekday, s.employee_id, s.direction, s.status, s.queue, s.did]
    query = (
        select(*keys, *[func.sum(s[m]).label(m) for m in _DAY_MEASURES],
               func.max(s.max_wait_s).label("max_wait_s"))
        .where(s.day >= first, s.day <= last)
        .group_by(*keys)
    )  # fmt: skip
    conn.execute(insert(_days).from_select([c.name for c in query.selected_columns], query))
    d = _days.c
    conn.execute(delete(_team).where(_team.c.day >= first, _team.c.day <= last))
    keys = [d.day, d.weekday, d.direction, d.status, d.queue, d.did]
    team = (
        select(*keys, *[func.sum(d[m]).label(m) for m in _DAY_MEASURES],
               func.max(d.max_wait_s).label("max_wait_s"))
        .where(d.day >= first, d.day <= last)
        .group_by(*keys)
    )  # fmt: skip
    conn.execute(insert(_team).from_select([c.name for c in team.selected_columns], team))


def _peaks(conn: Conn, start: datetime, end: datetime) -> None:
    """Peak of calls in progress at once, at the moments calls start in each hour."""
    c = _calls.c
    rows = conn.execute(
        select(c.started_at, c.ended_at, c.wait_seconds, c.talk_seconds)
        .where(c.started_at >= start - _HOUR, c.started_at < end)
        .order_by(c.started_at)
    ).all()
    events: list[tuple[datetime, int]] = []
    for started, ended, wait, talk in rows:
        finish = ended or started + timedelta(seconds=(wait or 0) + (talk or 0))
        events.append((started, 1))
        events.append((max(finish, started), -1))
    events.sort()  # by moment, then step: an end (-1) at the same second goes first
    active = 0
    peaks: dict[datetime, int] = {}
    for moment, step in events:
        active += step
        if step > 0 and start <= moment < end:
            h = hour_of(moment)
            peaks[h] = max(peaks.get(h, 0), active)
    if peaks:
        conn.execute(
            insert(_hours),
            [
                {"hour_start": h, "day": h.date(), "peak_concurrent": n}
                for h, n in sorted(peaks.items())
            ],
        )
