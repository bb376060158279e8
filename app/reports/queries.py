"""The reports' queries: every figure from the summaries (app/reports/summary.py), except
the lists that are lists of calls (lost calls, the paged detail, repeat callers), which
read ``calls`` by index range over the period.

Definitions (issue 14, and the user guide):

* offered = the selected calls (call types; default incoming and outgoing, as the journal);
  incoming / outgoing / internal = those of each direction.
* answered = incoming calls answered ("accepted"); missed = incoming with one of the
  journal's statuses of a call nobody answered (app.calls.status.MISSED_STATUSES: "no
  answer", "lost", "rejected", "busy", "unreachable", "no free channels"); lost = status
  "lost"; called back = missed calls a later
  answered contact resolved (``resolved_by_call_id``).
* answer % = answered / incoming; abandon % = lost / incoming;
  service level % = answered within N s / (answered + missed with wait >= M s);
  ASA = average wait of answered incoming calls; max wait over incoming calls.
* talk = talk seconds of every selected call; handled = answered incoming + reached
  outgoing + answered internal; average talk = talk / handled;
  AHT = (talk + wrap-up pauses) / handled.
* A call is counted once, at its start, under its main employee (who answered or made
  it). "Missed while on duty" counts a missed call once for every operator it rang.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Table,
    and_,
    case,
    false,
    func,
    null,
    or_,
    select,
)
from sqlalchemy import cast as sql_cast

from app.calls.status import MISSED_STATUS_VALUES
from app.reports.params import Breakdown, CallType, ReportParams
from app.reports.result import Column, ColumnKind
from app.sql_time import earlier, later, seconds_between
from models import (
    Call,
    CallStatus,
    CallSummary,
    Client,
    ClientHistory,
    DaySummary,
    Direction,
    Employee,
    EmployeeDaySummary,
    EmployeeMonthSummary,
    HourSummary,
    ParticipantDaySummary,
    ParticipantMonthSummary,
    ParticipantSummary,
    Pause,
    PauseReason,
    TeamDaySummary,
    TeamDayTotal,
    TeamHourSummary,
    TeamMonthSummary,
    TrafficMonthSummary,
)

_sum = cast(Table, CallSummary.__table__)
_days = cast(Table, DaySummary.__table__)
_team = cast(Table, TeamDaySummary.__table__)
_people = cast(Table, ParticipantSummary.__table__)
_team_hours = cast(Table, TeamHourSummary.__table__)
_team_totals = cast(Table, TeamDayTotal.__table__)
_traffic = cast(Table, TrafficMonthSummary.__table__)
_team_months = cast(Table, TeamMonthSummary.__table__)
_emp_days = cast(Table, EmployeeDaySummary.__table__)
_emp_months = cast(Table, EmployeeMonthSummary.__table__)
_part_days = cast(Table, ParticipantDaySummary.__table__)
_part_months = cast(Table, ParticipantMonthSummary.__table__)
_hours = cast(Table, HourSummary.__table__)
_calls = cast(Table, Call.__table__)
_pauses = cast(Table, Pause.__table__)
_employees = cast(Table, Employee.__table__)
_clients = cast(Table, Client.__table__)
_history = cast(Table, ClientHistory.__table__)

IN, OUT, INTERNAL = Direction.INCOMING.value, Direction.OUTGOING.value, Direction.INTERNAL.value
ACCEPTED, REACHED = CallStatus.ACCEPTED.value, CallStatus.REACHED.value
NO_ANSWER, LOST = CallStatus.NO_ANSWER.value, CallStatus.LOST.value
MISSED = MISSED_STATUS_VALUES  # no answer, lost, rejected, busy, unreachable, no channels
MEASURES = (
    "calls", "wait_s", "talk_s", "within_sl", "over_short", "called_back", "callbacks",
    "transferred", "hang_client", "hang_employee", "hang_system",
    "w0", "w1", "w2", "w3", "w4", "w5", "w6",
)  # fmt: skip
WAIT_LABELS = ("0-15", "16-30", "31-45", "46-60", "61-75", "76-90", "91+")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def C(key: str, title: str, kind: ColumnKind, drillable: bool = False) -> Column:
    return Column(key, title, kind, drillable)


CALL_CENTER_COLUMNS = [
    C("period", "Period", ColumnKind.TEXT),
    C("offered", "Offered", ColumnKind.COUNT, True),
    C("incoming", "Incoming", ColumnKind.COUNT, True),
    C("outgoing", "Outgoing", ColumnKind.COUNT, True),
    C("internal", "Internal", ColumnKind.COUNT, True),
    C("answered", "Answered", ColumnKind.COUNT, True),
    C("missed", "Missed", ColumnKind.COUNT, True),
    C("lost", "Lost", ColumnKind.COUNT, True),
    C("called_back", "Called back", ColumnKind.COUNT, True),
    C("answer_pct", "Answer %", ColumnKind.PERCENT),
    C("abandon_pct", "Abandon %", ColumnKind.PERCENT),
    C("service_level_pct", "Service level %", ColumnKind.PERCENT),
    C("asa_s", "Average speed of answer", ColumnKind.SECONDS),
    C("max_wait_s", "Max wait", ColumnKind.SECONDS),
    C("talk_s", "Total talk", ColumnKind.SECONDS),
    C("avg_talk_s", "Average talk", ColumnKind.SECONDS),
    C("aht_s", "Average handle time", ColumnKind.SECONDS),
]


# -- filters --------------------------------------------------------------------------


def period_bounds(params: ReportParams) -> tuple[datetime, datetime]:
    return (
        datetime.combine(params.date_from, time.min),
        datetime.combine(params.date_to + timedelta(days=1), time.min),
    )


def kind_condition(table: Any, types: Sequence[CallType]) -> ColumnElement[bool]:
    """The call types as a condition on a table with ``direction`` and ``status``."""
    chosen = set(types) or {CallType.INCOMING, CallType.OUTGOING}
    conds: list[ColumnElement[bool]] = []
    if CallType.INCOMING in chosen:
        conds.append(table.c.direction == IN)
    elif CallType.MISSED in chosen:
        conds.append(and_(table.c.direction == IN, table.c.status.in_(sorted(MISSED))))
    if CallType.OUTGOING in chosen:
        conds.append(table.c.direction == OUT)
    if CallType.INTERNAL in chosen:
        conds.append(table.c.direction == INTERNAL)
    return or_(false(), *conds)


def summary_filter(
    table: Any, params: ReportParams, first: date | None = None, last: date | None = None
) -> list[Any]:
    """The report's filters on a summary table, over the days ``first`` .. ``last`` (the
    report's period by default; whole months on a table by month)."""
    first = params.date_from if first is None else first
    last = params.date_to if last is None else last
    when = table.c.day if "day" in table.c else table.c.month
    conds = [when >= first, when <= last]
    if "direction" in table.c and "status" in table.c:
        conds.append(kind_condition(table, params.call_types))
    if params.operator_ids and "employee_id" in table.c:
        conds.append(table.c.employee_id.in_(sorted(params.operator_ids)))
    if params.queues:
        conds.append(table.c.queue.in_(sorted(params.queues)))
    if params.dids:
        conds.append(table.c.did.in_(sorted(params.dids)))
    return conds


def calls_filter(params: ReportParams) -> list[Any]:
    start, end = period_bounds(params)
    c = _calls.c
    conds = [
        c.started_at >= start,
        c.started_at < end,
        c.status != CallStatus.IN_PROGRESS.value,  # counted once it ends, like the summaries
        kind_condition(_calls, params.call_types),
    ]
    if params.operator_ids:
        conds.append(c.employee_id.in_(sorted(params.operator_ids)))
    if params.queues:
        conds.append(c.queue.in_(sorted(params.queues)))
    if params.dids:
        conds.append(c.did.in_(sorted(params.dids)))
    return conds


# -- periods --------------------------------------------------------------------------


def period_key(breakdown: Breakdown, value: Any) -> Any:
    """The row key of a summary bucket (a day, an hour start, a weekday, an hour)."""
    if breakdown in (Breakdown.WEEKDAY, Breakdown.HOUR_OF_DAY):
        return int(value)
    if breakdown is Breakdown.HOUR:
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    if breakdown is Breakdown.DAY:
        return day
    if breakdown is Breakdown.WEEK:
        return day - timedelta(days=day.weekday())
    if breakdown is Breakdown.MONTH:
        return day.replace(day=1)
    if breakdown is Breakdown.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if breakdown is Breakdown.YEAR:
        return date(day.year, 1, 1)
    return None


def period_range(breakdown: Breakdown, key: Any, params: ReportParams) -> tuple[datetime, datetime]:
    """The local times ``[start, end)`` of a row key, clipped to the report's period."""
    lo, hi = period_bounds(params)
    if key is None or breakdown in (Breakdown.NONE, Breakdown.WEEKDAY, Breakdown.HOUR_OF_DAY):
        return lo, hi
    if breakdown is Breakdown.HOUR:
        return max(lo, key), min(hi, key + timedelta(hours=1))
    start = datetime.combine(key, time.min)
    if breakdown is Breakdown.DAY:
        end = start + timedelta(days=1)
    elif breakdown is Breakdown.WEEK:
        end = start + timedelta(days=7)
    elif breakdown is Breakdown.MONTH:
        end = _add_months(start, 1)
    elif breakdown is Breakdown.QUARTER:
        end = _add_months(start, 3)
    else:
        end = start.replace(year=start.year + 1)
    return max(lo, start), min(hi, end)


def _add_months(moment: datetime, months: int) -> datetime:
    total = moment.month - 1 + months
    return moment.replace(year=moment.year + total // 12, month=total % 12 + 1)


def period_label(breakdown: Breakdown, key: Any) -> str:
    if key is None:
        return "Total"
    if breakdown is Breakdown.WEEKDAY:
        return WEEKDAYS[key]
    if breakdown is Breakdown.HOUR_OF_DAY:
        return f"{key:02d}:00"
    if breakdown is Breakdown.HOUR:
        return f"{key:%Y-%m-%d %H:00}"
    if breakdown is Breakdown.WEEK:
        return f"{key:%Y-%m-%d} (week {key.isocalendar()[1]})"
    if breakdown is Breakdown.MONTH:
        return f"{key:%Y-%m}"
    if breakdown is Breakdown.QUARTER:
        return f"{key.year} Q{(key.month - 1) // 3 + 1}"
    if breakdown is Breakdown.YEAR:
        return str(key.year)
    return f"{key:%Y-%m-%d}"


def bucket_column(table: Any, breakdown: Breakdown) -> Any:
    if breakdown is Breakdown.HOUR:
        return table.c.hour_start
    if breakdown is Breakdown.WEEKDAY:
        return table.c.weekday
    if breakdown is Breakdown.HOUR_OF_DAY:
        return table.c.hour_of_day
    return table.c.day if "day" in table.c else table.c.month


# -- figures ---------------------------------------------------------------------------

Cell = dict[tuple[str, str], list[int]]  # (direction, status) -> MEASURES' sums, then max wait
_AT = {m: i for i, m in enumerate((*MEASURES, "max_wait_s"))}
_MAX = len(MEASURES)


def _add(cell: Cell, direction: str, status: str, values: Sequence[Any]) -> None:
    """Add ``values`` (the MEASURES' sums, then the max wait) to a cell's slot."""
    slot = cell.get((direction, status))
    if slot is None:
        cell[(direction, status)] = list(map(int, values))  # sums of NOT NULL columns
        return
    top = max(slot[_MAX], int(values[_MAX]))
    slot[:] = [a + int(b) for a, b in zip(slot, values, strict=True)]
    slot[_MAX] = top


def _total(cell: Cell, measure: str, direction: str | None = None, statuses: Any = None) -> int:
    i = _AT[measure]
    return sum(
        v[i]
        for (d, s), v in cell.items()
        if (direction is None or d == direction) and (statuses is None or s in statuses)
    )


def _pct(part: float, whole: float) -> float | None:
    return None if not whole else 100.0 * part / whole


def _avg(part: float, whole: float) -> float | None:
    return None if not whole else part / whole


class Grain(enum.Enum):
    """What a report's rows need of a summary row's time."""

    HOUR = "hour"  # the hour itself (hour breakdown)
    HOUR_OF_WEEK = "hour_of_week"  # weekday and hour of day (hour of day, the heat map)
    WEEKDAY = "weekday"
    DAY = "day"  # the day (day and week breakdowns)
    MONTH = "month"  # a month, quarter, year or the whole period

    @classmethod
    def of(cls, breakdown: Breakdown) -> Grain:
        return {
            Breakdown.HOUR: cls.HOUR,
            Breakdown.HOUR_OF_DAY: cls.HOUR_OF_WEEK,
            Breakdown.WEEKDAY: cls.WEEKDAY,
            Breakdown.DAY: cls.DAY,
            Breakdown.WEEK: cls.DAY,
        }.get(breakdown, cls.MONTH)


@dataclass(frozen=True)
class Slice:
    """Part of a report's period read from one summary table: days, or whole months."""

    table: Table
    first: date
    last: date


Days = tuple[date, date]


def whole_months(first: date, last: date) -> tuple[Days | None, list[Days]]:
    """The whole calendar months within ``first`` .. ``last`` (first days of the first and
    last of them) and the days before and after them."""
    lo = first if first.day == 1 else _month_after(first)
    after_last = last + timedelta(days=1)
    hi = after_last.replace(day=1)  # the first day not in a whole month
    if lo >= hi:
        return None, [(first, last)]
    edges = []
    if first < lo:
        edges.append((first, lo - timedelta(days=1)))
    if hi <= last:
        edges.append((hi, last))
    return (lo, hi - timedelta(days=1)), edges


def _month_after(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def slices(params: ReportParams, grain: Grain, *, per_employee: bool = False) -> list[Slice]:
    """The summary tables that serve a report at ``grain``: the coarsest that can (a month
    rollup for the whole months of the period, days or hours for the rest), and the finer
    ones with queue and DID when the report is filtered by them."""
    by_line = bool(params.queues or params.dids)
    per_employee = per_employee or bool(params.operator_ids)
    if grain in (Grain.HOUR, Grain.HOUR_OF_WEEK):
        fine = _sum if per_employee or by_line else _team_hours
    elif per_employee:
        fine = _days if by_line else _emp_days
    else:
        fine = _team if by_line else _team_totals
    months: Table | None = None
    if grain is Grain.MONTH:
        months = _team_months if not per_employee else None if by_line else _emp_months
    elif grain in (Grain.HOUR_OF_WEEK, Grain.WEEKDAY) and not (per_employee or by_line):
        months = _traffic
    if months is None:
        return [Slice(fine, params.date_from, params.date_to)]
    whole, edges = whole_months(params.date_from, params.date_to)
    out = [Slice(fine, a, b) for a, b in edges]
    if whole is not None:
        out.append(Slice(months, *whole))
    return out


def participant_slices(params: ReportParams, grain: Grain) -> list[Slice]:
    """As :func:`slices` for the participants' summaries (missed while on duty)."""
    by_line = bool(params.queues or params.dids)
    if by_line or grain in (Grain.HOUR, Grain.HOUR_OF_WEEK):
        return [Slice(_people, params.date_from, params.date_to)]
    if grain is not Grain.MONTH:
        return [Slice(_part_days, params.date_from, params.date_to)]
    whole, edges = whole_months(params.date_from, params.date_to)
    out = [Slice(_part_days, a, b) for a, b in edges]
    if whole is not None:
        out.append(Slice(_part_months, *whole))
    return out


Group = Callable[[Table], Sequence[Any]]


def summary_cells(
    conn: Connection,
    params: ReportParams,
    group: Group,
    fold: Any,
    grain: Grain,
    *,
    per_employee: bool = False,
    measures: Iterable[str] = MEASURES,
) -> dict[Any, Cell]:
    """Summary rows grouped by ``group(table)`` + direction + status, folded by
    ``fold(row)``, from the tables :func:`slices` picks. Only ``measures`` are added up
    (the others read 0): fewer sums make a faster query."""
    wanted = set(measures)
    at = [i for i, m in enumerate(MEASURES) if m in wanted]  # where each read sum goes
    cells: dict[Any, Cell] = {}
    for part in slices(params, grain, per_employee=per_employee):
        t = part.table
        # Whole numbers (MariaDB's SUM is a DECIMAL, slow to read and to add up).
        cols = [sql_cast(func.sum(t.c[MEASURES[i]]), Integer) for i in at]
        keys = group(t)
        query = (
            select(*keys, t.c.direction, t.c.status, *cols,
                   func.max(t.c.max_wait_s).label("max_wait_s"))
            .where(*summary_filter(t, params, part.first, part.last))
            .group_by(*keys, t.c.direction, t.c.status)
        )  # fmt: skip
        if conn.dialect.name != "sqlite":
            query = query.order_by(null())  # MariaDB: no sort for the GROUP BY
        first = len(keys) + 2  # the measures follow the keys, direction and status
        width = len(MEASURES) + 1
        for row in conn.execute(query):
            values = [0] * width
            for j, i in enumerate(at, first):
                values[i] = row[j]
            values[-1] = row[-1]
            _add(cells.setdefault(fold(row), {}), row.direction, row.status, values)
    return cells


# The call-center figures' parts, each added up by the database per bucket (a row per
# bucket, not one per direction and status): what figures_of() turns into the figures.
PARTS = (
    "offered", "incoming", "outgoing", "internal", "answered", "missed", "lost", "abandoned",
    "handled", "talk_s", "max_wait_s", "called_back", "within_sl", "wait_s", "reached",
    "callbacks",
)  # fmt: skip
_P = {name: i for i, name in enumerate(PARTS)}
Parts = list[int]


def _parts_sql(t: Any, wanted: Iterable[str]) -> list[Any]:
    """The SQL of the ``wanted`` parts (in PARTS' order); each is a conditional sum, which
    costs the database per row, so a report asks only for what it shows."""
    chosen = set(wanted)
    return [sql for name, sql in zip(PARTS, _all_parts_sql(t), strict=True) if name in chosen]


def _all_parts_sql(t: Any) -> list[Any]:
    d, st = t.c.direction, t.c.status
    incoming = d == IN
    answered = and_(incoming, st == ACCEPTED)
    missed = and_(incoming, st.in_(sorted(MISSED)))

    def total(cond: Any, column: Any) -> Any:
        return sql_cast(func.sum(case((cond, column), else_=0)), Integer)

    return [
        sql_cast(func.sum(t.c.calls), Integer),
        total(incoming, t.c.calls),
        total(d == OUT, t.c.calls),
        total(d == INTERNAL, t.c.calls),
        total(answered, t.c.calls),
        total(missed, t.c.calls),
        total(and_(incoming, st == LOST), t.c.calls),
        total(missed, t.c.over_short),
        total(st.in_([ACCEPTED, REACHED]), t.c.calls),
        sql_cast(func.sum(t.c.talk_s), Integer),
        func.max(case((incoming, t.c.max_wait_s), else_=0)),
        total(missed, t.c.called_back),
        total(answered, t.c.within_sl),
        total(answered, t.c.wait_s),
        total(and_(d == OUT, st == REACHED), t.c.calls),
        sql_cast(func.sum(t.c.callbacks), Integer),
    ]


def add_parts(into: Parts, more: Sequence[Any]) -> None:
    top = _P["max_wait_s"]
    for i, v in enumerate(more):
        into[i] = max(into[i], int(v or 0)) if i == top else into[i] + int(v or 0)


def summary_parts(
    conn: Connection,
    params: ReportParams,
    group: Group,
    fold: Any,
    grain: Grain,
    *,
    per_employee: bool = False,
    parts: Iterable[str] = PARTS,
) -> dict[Any, Parts]:
    """The figures' parts grouped by ``group(table)``, folded by ``fold(row)``, from the
    tables :func:`slices` picks; only ``parts`` are summed (the others stay 0)."""
    at = [i for i, name in enumerate(PARTS) if name in set(parts)]
    width = len(PARTS)
    out: dict[Any, Parts] = {}
    for part in slices(params, grain, per_employee=per_employee):
        t = part.table
        keys = list(group(t))
        query = (
            select(*keys, *_parts_sql(t, parts))
            .where(*summary_filter(t, params, part.first, part.last))
            .group_by(*keys)
        )
        if keys and conn.dialect.name != "sqlite":
            query = query.order_by(null())  # MariaDB: no sort for the GROUP BY
        first = len(keys)
        for row in conn.execute(query):
            values = [0] * width
            for j, i in enumerate(at, first):
                values[i] = row[j]
            add_parts(out.setdefault(fold(row), [0] * width), values)
    return out


def merge_parts(many: Iterable[Parts]) -> Parts:
    out = [0] * len(PARTS)
    for v in many:
        add_parts(out, v)
    return out


def figures_of(v: Parts, wrap_up_s: int = 0) -> dict[str, Any]:
    """The call-center figures (see the definitions above) from their parts."""
    f = dict(zip(PARTS, v, strict=True))
    incoming, answered, handled, talk = f["incoming"], f["answered"], f["handled"], f["talk_s"]
    return {
        "offered": f["offered"],
        "incoming": incoming,
        "outgoing": f["outgoing"],
        "internal": f["internal"],
        "answered": answered,
        "missed": f["missed"],
        "lost": f["lost"],
        "called_back": f["called_back"],
        "answer_pct": _pct(answered, incoming),
        "abandon_pct": _pct(f["lost"], incoming),
        "service_level_pct": _pct(f["within_sl"], answered + f["abandoned"]),
        "asa_s": _avg(f["wait_s"], answered),
        "max_wait_s": f["max_wait_s"] if incoming else None,
        "talk_s": talk,
        "avg_talk_s": _avg(talk, handled),
        "aht_s": _avg(talk + wrap_up_s, handled),
        "handled": handled,
        "reached": f["reached"],
        "callbacks": f["callbacks"],
    }


def moment_buckets(dialect: str, moment: Any, breakdown: Breakdown) -> list[Any]:
    """SQL expressions that group moments finely enough for ``breakdown`` (and no finer):
    year and month, the date, or the date and hour; none for the whole period."""
    if breakdown is Breakdown.NONE:
        return []
    if breakdown in (Breakdown.MONTH, Breakdown.QUARTER, Breakdown.YEAR):
        if dialect == "sqlite":
            return [func.strftime("%Y-%m-01", moment)]
        return [func.date_format(moment, "%Y-%m-01")]
    day = func.date(moment)
    if breakdown in (Breakdown.HOUR, Breakdown.HOUR_OF_DAY):
        hour = (
            sql_cast(func.strftime("%H", moment), Integer)
            if dialect == "sqlite"
            else func.hour(moment)
        )
        return [day, hour]
    return [day]


def bucket_start(values: Sequence[Any], fallback: datetime) -> datetime:
    """The first moment of a bucket from :func:`moment_buckets`' values."""
    if not values:
        return fallback
    day = values[0] if isinstance(values[0], date) else date.fromisoformat(str(values[0]))
    hour = int(values[1]) if len(values) > 1 else 0
    return datetime.combine(day, time(hour))


def pause_seconds(
    conn: Connection, params: ReportParams, reasons: Sequence[str] | None = None
) -> list[tuple[int, str, datetime, int]]:
    """(employee, reason, bucket start, seconds within the period) of the pauses in the
    period, summed by the database per bucket of the breakdown (a pause counts in the
    bucket it started in, or at the period's start when it began before it); a pause in
    progress has no duration yet."""
    start, end = period_bounds(params)
    dialect = conn.dialect.name
    p = _pauses.c
    began = later(dialect, p.started_at, start)
    buckets = moment_buckets(dialect, began, params.breakdown)
    seconds = func.sum(seconds_between(dialect, began, earlier(dialect, p.ended_at, end)))
    query = (
        select(p.employee_id, p.reason, seconds, *buckets)
        .where(p.started_at < end, p.ended_at > start)
        .group_by(p.employee_id, p.reason, *buckets)
    )
    if reasons is not None:
        query = query.where(p.reason.in_(list(reasons)))
    if params.operator_ids:
        query = query.where(p.employee_id.in_(sorted(params.operator_ids)))
    return [
        (int(r[0]), str(r[1]), bucket_start(r[3:], start), int(r[2] or 0))
        for r in conn.execute(query)
    ]


def wrap_up_by(conn: Connection, params: ReportParams, key: Any) -> dict[Any, int]:
    out: dict[Any, int] = {}
    for emp, _, began, seconds in pause_seconds(conn, params, [PauseReason.WRAP_UP.value]):
        k = key(emp, began)
        out[k] = out.get(k, 0) + seconds
    return out


def employee_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    e = _employees.c
    return {
        int(r.id): str(r.full_name or r.login)
        for r in conn.execute(select(e.id, e.full_name, e.login).where(e.id.in_(wanted)))
    }


def participant_missed(
    conn: Connection, params: ReportParams, group: Group, grain: Grain
) -> list[Any]:
    """Missed incoming calls per employee they rang (the participants' summaries)."""
    rows: list[Any] = []
    for part in participant_slices(params, grain):
        t = part.table
        keys = group(t)
        query = (
            select(t.c.employee_id, *keys, func.sum(t.c.calls).label("calls"))
            .where(
                *summary_filter(t, params, part.first, part.last),
                t.c.direction == IN,
                t.c.status.in_(sorted(MISSED)),
            )
            .group_by(t.c.employee_id, *keys)
        )
        rows += conn.execute(query)
    return rows


def peaks(conn: Connection, params: ReportParams) -> dict[tuple[int, int], int]:
    """The peak of calls at once per (weekday, hour of day) over the period."""
    h = _hours.c
    weekday: Any
    hour: Any
    if conn.dialect.name == "sqlite":
        weekday = (sql_cast(func.strftime("%w", h.hour_start), Integer) + 6) % 7
        hour = sql_cast(func.strftime("%H", h.hour_start), Integer)
    else:
        weekday, hour = func.weekday(h.hour_start), func.hour(h.hour_start)
    query = (
        select(weekday, hour, func.max(h.peak_concurrent))
        .where(h.day >= params.date_from, h.day <= params.date_to)
        .group_by(weekday, hour)
    )
    return {(int(w), int(hr)): int(n) for w, hr, n in conn.execute(query)}
