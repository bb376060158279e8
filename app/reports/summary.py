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
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    Table,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy import (
    cast as sql_cast,
)
from sqlalchemy.dialects.mysql import insert as mysql_insert
from sqlalchemy.orm import Session

from app.company_settings import SERVICE_LEVEL_S, SHORT_ABANDON_S, get_setting
from models import (
    Call,
    CallParticipant,
    CallStatus,
    CallSummary,
    DaySummary,
    Disposition,
    EmployeeDaySummary,
    EmployeeMonthSummary,
    HourSummary,
    ParticipantDaySummary,
    ParticipantMonthSummary,
    ParticipantSummary,
    TeamDaySummary,
    TeamDayTotal,
    TeamHourSummary,
    TeamMonthSummary,
    TrafficMonthSummary,
)

WAIT_BOUNDS = (15, 30, 45, 60, 75, 90)  # bucket i holds waits up to WAIT_BOUNDS[i]; 91+ last

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallParticipant.__table__)
_summary = cast(Table, CallSummary.__table__)
_people = cast(Table, ParticipantSummary.__table__)
_hours = cast(Table, HourSummary.__table__)
_days = cast(Table, DaySummary.__table__)
_team = cast(Table, TeamDaySummary.__table__)
_team_hours = cast(Table, TeamHourSummary.__table__)
_team_totals = cast(Table, TeamDayTotal.__table__)
_traffic = cast(Table, TrafficMonthSummary.__table__)
_team_months = cast(Table, TeamMonthSummary.__table__)
_emp_days = cast(Table, EmployeeDaySummary.__table__)
_emp_months = cast(Table, EmployeeMonthSummary.__table__)
_part_days = cast(Table, ParticipantDaySummary.__table__)
_part_months = cast(Table, ParticipantMonthSummary.__table__)
ROLLUPS = (
    _team_hours,
    _team_totals,
    _traffic,
    _team_months,
    _emp_days,
    _emp_months,
    _part_days,
    _part_months,
)
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
    for table in (_summary, _people, _hours, _days, _team, *ROLLUPS):
        conn.execute(delete(table))
    if first is None:
        return 0
    sl, short = thresholds(conn)
    start = hour_of(first)
    end = hour_of(last) + _HOUR
    while start < end:
        step = min(start + _REBUILD_STEP, end)
        _replace(conn, start, step, sl, short, deleted=True, rollups=False)
        start = step
    roll_everything(conn)
    return int(conn.scalar(select(func.count()).select_from(_calls)) or 0)


def _replace(
    conn: Conn,
    start: datetime,
    end: datetime,
    sl: int,
    short: int,
    *,
    deleted: bool = False,
    rollups: bool = True,
) -> None:
    incremental = rollups and not deleted
    before = _rollup_sums(conn, start, end) if incremental else []
    if not deleted:
        for table in (_summary, _people, _hours):
            conn.execute(delete(table).where(table.c.hour_start >= start, table.c.hour_start < end))
    dialect = _dialect(conn)
    c = _calls.c
    hour, day, hod, weekday = _time_parts(dialect, c.started_at)
    # A call still going is shown live in the journal, never counted: it is counted once
    # it ends (the writer that finishes it refreshes its hour).
    period = and_(
        c.started_at >= start, c.started_at < end, c.status != CallStatus.IN_PROGRESS.value
    )
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
    if incremental:
        _apply_deltas(conn, before, _rollup_sums(conn, start, end))
        return
    _roll_days(conn, start.date(), (end - timedelta(microseconds=1)).date(), rollups=rollups)


_DAY_MEASURES = [c.name for c in _days.columns if c.name not in ("id", "day", "weekday",
    "employee_id", "direction", "status", "queue", "did", "max_wait_s")]  # fmt: skip


def roll_days(conn: Conn, first: date, last: date, *, rollups: bool = True) -> None:
    """Rewrite the day rollups of ``first`` .. ``last`` from their hours (for a bulk writer
    that wrote ``report_call_hours`` itself, such as the demo seeder); without ``rollups``
    only ``report_call_days`` and ``report_team_days`` (the writer then calls
    :func:`roll_everything` once it is done)."""
    _roll_days(conn, first, last, rollups=rollups)


def _roll_days(conn: Conn, first: date, last: date, *, rollups: bool = True) -> None:
    """Rewrite ``report_call_days`` for ``first`` .. ``last`` from their hours, and what is
    rolled up from them."""
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
    if rollups:
        _roll_finer(conn, first, last)
        _roll_months(conn, first, last)


def roll_everything(conn: Conn) -> None:
    """Rewrite every coarser rollup (team hours, employee and participant days, months)
    from the hourly and daily summaries (after a bulk load, or the upgrade that added them)."""
    for table in ROLLUPS:
        conn.execute(delete(table))
    first, last = conn.execute(select(func.min(_days.c.day), func.max(_days.c.day))).one()
    if first is None:
        return
    first, last = _as_date(first), _as_date(last)
    _roll_finer(conn, first, last, deleted=True)
    _roll_months(conn, first, last, deleted=True)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _sums(source: Table, measures: Iterable[str]) -> list[Any]:
    return [(func.max if m == "max_wait_s" else func.sum)(source.c[m]).label(m) for m in measures]


_MEASURE_NAMES = [*_DAY_MEASURES, "max_wait_s"]


def _roll(
    conn: Conn,
    target: Table,
    source: Table,
    keys: list[Any],
    where: list[Any],
    measures: list[str],
) -> None:
    query = select(*keys, *_sums(source, measures)).where(*where).group_by(*keys)
    conn.execute(insert(target).from_select([c.name for c in query.selected_columns], query))


def _roll_finer(conn: Conn, first: date, last: date, *, deleted: bool = False) -> None:
    """Team hours, employee days and participant days of ``first`` .. ``last``."""
    if not deleted:
        for table in (_team_hours, _team_totals, _emp_days, _part_days):
            conn.execute(delete(table).where(table.c.day >= first, table.c.day <= last))
    s, d, p = _summary.c, _days.c, _people.c
    _roll(
        conn,
        _team_hours,
        _summary,
        [s.hour_start, s.day, s.hour_of_day, s.weekday, s.direction, s.status],
        [s.day >= first, s.day <= last],
        _MEASURE_NAMES,
    )
    h = _team_hours.c
    _roll(
        conn,
        _team_totals,
        _team_hours,
        [h.day, h.weekday, h.direction, h.status],
        [h.day >= first, h.day <= last],
        _MEASURE_NAMES,
    )
    _roll(
        conn,
        _emp_days,
        _days,
        [d.day, d.weekday, d.employee_id, d.direction, d.status],
        [d.day >= first, d.day <= last],
        _MEASURE_NAMES,
    )
    _roll(
        conn,
        _part_days,
        _people,
        [p.day, p.weekday, p.employee_id, p.direction, p.status],
        [p.day >= first, p.day <= last],
        ["calls"],
    )


def _month_start(conn: Conn, column: Any) -> Any:
    """SQL for the first day of the month of a date column."""
    if _dialect(conn) == "sqlite":
        return func.date(column, "start of month")
    return sql_cast(func.date_format(column, "%Y-%m-01"), Date)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _roll_months(conn: Conn, first: date, last: date, *, deleted: bool = False) -> None:
    """The month rollups of the months holding ``first`` .. ``last``, from their days."""
    lo, hi = first.replace(day=1), _next_month(last)  # [lo, hi) whole months
    if not deleted:
        for table in (_team_months, _emp_months, _traffic, _part_months):
            conn.execute(delete(table).where(table.c.month >= lo, table.c.month < hi))
    t, e, h, p = _team.c, _emp_days.c, _team_hours.c, _part_days.c

    def month(column: Any) -> Any:
        return _month_start(conn, column).label("month")

    _roll(
        conn,
        _team_months,
        _team,
        [month(t.day), t.direction, t.status, t.queue, t.did],
        [t.day >= lo, t.day < hi],
        _MEASURE_NAMES,
    )
    _roll(
        conn,
        _emp_months,
        _emp_days,
        [month(e.day), e.employee_id, e.direction, e.status],
        [e.day >= lo, e.day < hi],
        _MEASURE_NAMES,
    )
    _roll(
        conn,
        _traffic,
        _team_hours,
        [month(h.day), h.weekday, h.hour_of_day, h.direction, h.status],
        [h.day >= lo, h.day < hi],
        _MEASURE_NAMES,
    )
    _roll(
        conn,
        _part_months,
        _part_days,
        [month(p.day), p.employee_id, p.direction, p.status],
        [p.day >= lo, p.day < hi],
        ["calls"],
    )


@dataclass(frozen=True)
class _Rollup:
    """A day- or month-level summary kept by the difference a write made to its hours."""

    table: Table
    period: str  # its time column: "hour_start", "day" or "month"
    source: Table  # the hourly summary it adds up
    keys: tuple[str, ...]  # its other key columns (the same names in the source)
    measures: tuple[str, ...]
    finer: Table  # where a max wait that may have gone down is looked up again


_M = tuple(_MEASURE_NAMES)
_DELTAS = (
    _Rollup(_days, "day", _summary,
            ("weekday", "employee_id", "direction", "status", "queue", "did"), _M, _summary),
    _Rollup(_team, "day", _summary,
            ("weekday", "direction", "status", "queue", "did"), _M, _days),
    _Rollup(_team_hours, "hour_start", _summary,
            ("day", "hour_of_day", "weekday", "direction", "status"), _M, _summary),
    _Rollup(_team_totals, "day", _summary,
            ("weekday", "direction", "status"), _M, _team_hours),
    _Rollup(_emp_days, "day", _summary,
            ("weekday", "employee_id", "direction", "status"), _M, _days),
    _Rollup(_part_days, "day", _people,
            ("weekday", "employee_id", "direction", "status"), ("calls",), _people),
    _Rollup(_team_months, "month", _summary,
            ("direction", "status", "queue", "did"), _M, _team),
    _Rollup(_emp_months, "month", _summary,
            ("employee_id", "direction", "status"), _M, _emp_days),
    _Rollup(_traffic, "month", _summary,
            ("weekday", "hour_of_day", "direction", "status"), _M, _team_hours),
    _Rollup(_part_months, "month", _people,
            ("employee_id", "direction", "status"), ("calls",), _part_days),
)  # fmt: skip
Sums = dict[tuple[Any, ...], list[int]]  # (period, *keys) -> measures (max wait: the max)


def _normal(period: str, value: Any) -> Any:
    if period == "hour_start":
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return _as_date(value)


def _hours_between(table: Table) -> Any:
    cols = [c for c in table.columns if c.name != "id"]
    return select(*cols).where(
        table.c.hour_start >= bindparam("start"), table.c.hour_start < bindparam("end")
    )


_HOURS_OF = {_summary: _hours_between(_summary), _people: _hours_between(_people)}


def _rollup_sums(conn: Conn, start: datetime, end: datetime) -> list[Sums]:
    """What the hours ``start`` .. ``end`` add to each rollup's rows: their hourly rows read
    once and added up here, per rollup."""
    fetched = {}
    for table, query in _HOURS_OF.items():
        names = [c.name for c in query.selected_columns]
        rows = conn.execute(query, {"start": start, "end": end}).all()
        fetched[table] = (names, rows)
    out = []
    for r in _DELTAS:
        names, rows = fetched[r.source]
        at = {n: i for i, n in enumerate(names)}
        when = at["day" if r.period == "month" else r.period]
        keys = [at[k] for k in r.keys]
        measures = [at[m] for m in r.measures]
        top = r.measures.index("max_wait_s") if "max_wait_s" in r.measures else -1
        sums: Sums = {}
        for row in rows:
            period = _normal(r.period if r.period != "month" else "day", row[when])
            if r.period == "month":
                period = period.replace(day=1)
            key = (period, *[row[i] for i in keys])
            values = [int(row[i]) for i in measures]
            slot = sums.get(key)
            if slot is None:
                sums[key] = values
                continue
            for j, v in enumerate(values):
                slot[j] = max(slot[j], v) if j == top else slot[j] + v
        out.append(sums)
    return out


def _apply_deltas(conn: Conn, before: list[Sums], after: list[Sums]) -> None:
    """Bring the day- and month-level summaries up to date by what the rewritten hours
    changed: a call's write touches a few of their rows instead of re-adding whole days and
    months. A max wait that may have gone down is looked up again in a finer table."""
    for r, old, new in zip(_DELTAS, before, after, strict=True):
        changed = [k for k in old.keys() | new.keys() if old.get(k) != new.get(k)]
        if changed:
            _apply(conn, r, changed, old, new)


# Key columns whose values narrow the read of a rollup's existing rows (few distinct values
# each: the month heat map's weekday and hour would otherwise read all of a month's rows for
# every 200 keys).
_NARROWING = ("employee_id", "direction", "status", "weekday", "hour_of_day")


def _apply(conn: Conn, r: _Rollup, changed: list[tuple[Any, ...]], old: Sums, new: Sums) -> None:
    table, measures = r.table, r.measures
    width = len(measures)
    names = (r.period, *r.keys)
    existing: dict[tuple[Any, ...], list[int]] = {}
    for i in range(0, len(changed), 200):
        part = changed[i : i + 200]
        query = select(
            *[table.c[k] for k in names], *[table.c[m] for m in measures]
        ).where(
            table.c[r.period].in_(sorted({k[0] for k in part})),
            *[table.c[k].in_(sorted({key[j + 1] for key in part})) for j, k in enumerate(r.keys)
              if k in _NARROWING],
        )  # fmt: skip
        for row in conn.execute(query):
            key = (_normal(r.period, row[0]), *row[1 : len(names)])
            existing[key] = [int(v) for v in row[len(names) :]]
    top = measures.index("max_wait_s") if "max_wait_s" in measures else -1
    zero = [0] * width
    updates, inserts, gone, remax = [], [], [], []
    for k in changed:
        o, n = old.get(k, zero), new.get(k, zero)
        found = existing.get(k)
        if found is None:
            values = list(n)
        else:
            values = [v + b - a for v, a, b in zip(found, o, n, strict=True)]
            if top >= 0:
                values[top] = max(found[top], n[top])
                if n[top] < o[top]:
                    remax.append(k)
        where = {f"k_{name}": v for name, v in zip(names, k, strict=True)}
        if values[0] <= 0:  # calls: none of the key's calls left in the period
            if found is not None:
                gone.append(where)
            continue
        record = dict(zip(measures, values, strict=True))
        if found is None:
            inserts.append({**dict(zip(names, k, strict=True)), **record})
        else:
            updates.append({**where, **record})
    match = [table.c[name] == bindparam(f"k_{name}") for name in names]
    if gone:
        conn.execute(delete(table).where(*match), gone)
    if updates:
        _update_rows(conn, table, names, measures, updates)
    if inserts:
        conn.execute(insert(table), inserts)
    for k in remax:
        _remax(conn, r, k)


def _update_rows(
    conn: Conn,
    table: Table,
    names: tuple[str, ...],
    measures: tuple[str, ...],
    updates: list[dict[str, Any]],
) -> None:
    """Set the measures of existing rows (``k_<name>`` keys in ``updates``)."""
    if _dialect(conn) in ("mysql", "mariadb") and _keyed_by(table, names):
        # Rows just read in this transaction, by their whole primary key: one multi-row
        # upsert that only ever updates, instead of a round trip per row (thousands a batch
        # for the collector).
        upsert = mysql_insert(table)
        upsert = upsert.on_duplicate_key_update({m: upsert.inserted[m] for m in measures})
        conn.execute(
            upsert,
            [{**{n: u[f"k_{n}"] for n in names}, **{m: u[m] for m in measures}} for u in updates],
        )
        return
    match = [table.c[name] == bindparam(f"k_{name}") for name in names]
    stmt = update(table).where(*match).values({m: bindparam(m) for m in measures})
    conn.execute(stmt, updates)


def _keyed_by(table: Table, names: Iterable[str]) -> bool:
    """Whether ``table``'s primary key is made of ``names`` only (no surrogate id)."""
    key = {c.name for c in table.primary_key.columns}
    return bool(key) and key <= set(names)


def _remax(conn: Conn, r: _Rollup, key: tuple[Any, ...]) -> None:
    """The max wait of one row, from the finer table's rows of its period."""
    period, *values = key
    f = r.finer.c
    if r.period == "month":
        when = [f.day >= period, f.day < _next_month(period)]
    else:
        when = [f[r.period] == period]
    match = [f[k] == v for k, v in zip(r.keys, values, strict=True) if k in f]
    top = conn.scalar(select(func.max(f.max_wait_s)).where(*when, *match))
    if top is None:
        return  # the row is gone
    t = r.table.c
    conn.execute(
        update(r.table)
        .where(t[r.period] == period, *[t[k] == v for k, v in zip(r.keys, values, strict=True)])
        .values(max_wait_s=top)
    )


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
