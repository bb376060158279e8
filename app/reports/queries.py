"""The reports' queries: every figure from the summaries (app/reports/summary.py), except
the lists that are lists of calls (lost calls, the paged detail, repeat callers), which
read ``calls`` by index range over the period.

Definitions (issue 14, and the user guide):

* offered = the selected calls (call types; default incoming and outgoing, as the journal);
  incoming / outgoing / internal = those of each direction.
* answered = incoming calls answered ("accepted"); missed = incoming with the journal's
  status "no answer" or "lost"; lost = status "lost"; called back = missed calls a later
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

import statistics
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Table, and_, false, func, or_, select

from app.reports.params import Breakdown, CallType, ReportParams
from app.reports.result import Column, ColumnKind
from models import (
    Call,
    CallStatus,
    CallSummary,
    Client,
    ClientHistory,
    DaySummary,
    Direction,
    Employee,
    HourSummary,
    ParticipantSummary,
    Pause,
    PauseReason,
    TeamDaySummary,
)

_sum = cast(Table, CallSummary.__table__)
_days = cast(Table, DaySummary.__table__)
_team = cast(Table, TeamDaySummary.__table__)
_people = cast(Table, ParticipantSummary.__table__)
_hours = cast(Table, HourSummary.__table__)
_calls = cast(Table, Call.__table__)
_pauses = cast(Table, Pause.__table__)
_employees = cast(Table, Employee.__table__)
_clients = cast(Table, Client.__table__)
_history = cast(Table, ClientHistory.__table__)

IN, OUT, INTERNAL = Direction.INCOMING.value, Direction.OUTGOING.value, Direction.INTERNAL.value
ACCEPTED, REACHED = CallStatus.ACCEPTED.value, CallStatus.REACHED.value
NO_ANSWER, LOST = CallStatus.NO_ANSWER.value, CallStatus.LOST.value
MISSED = frozenset({NO_ANSWER, LOST})
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


def summary_filter(table: Any, params: ReportParams, *, by_employee: bool = True) -> list[Any]:
    conds = [
        table.c.day >= params.date_from,
        table.c.day <= params.date_to,
        kind_condition(table, params.call_types),
    ]
    if params.operator_ids and by_employee and "employee_id" in table.c:
        conds.append(table.c.employee_id.in_(sorted(params.operator_ids)))
    if params.queues:
        conds.append(table.c.queue.in_(sorted(params.queues)))
    if params.dids:
        conds.append(table.c.did.in_(sorted(params.dids)))
    return conds


def calls_filter(params: ReportParams) -> list[Any]:
    start, end = period_bounds(params)
    c = _calls.c
    conds = [c.started_at >= start, c.started_at < end, kind_condition(_calls, params.call_types)]
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
    return table.c.day


# -- figures ---------------------------------------------------------------------------

Cell = dict[tuple[str, str], dict[str, int]]  # (direction, status) -> measure sums


def _add(cell: Cell, direction: str, status: str, values: dict[str, int]) -> None:
    slot = cell.setdefault((direction, status), {m: 0 for m in (*MEASURES, "max_wait_s")})
    for m in MEASURES:
        slot[m] += int(values[m] or 0)
    slot["max_wait_s"] = max(slot["max_wait_s"], int(values["max_wait_s"] or 0))


def _total(cell: Cell, measure: str, direction: str | None = None, statuses: Any = None) -> int:
    return sum(
        v[measure]
        for (d, s), v in cell.items()
        if (direction is None or d == direction) and (statuses is None or s in statuses)
    )


def _pct(part: float, whole: float) -> float | None:
    return None if not whole else 100.0 * part / whole


def _avg(part: float, whole: float) -> float | None:
    return None if not whole else part / whole


def figures(cell: Cell, wrap_up_s: int = 0) -> dict[str, Any]:
    incoming = _total(cell, "calls", IN)
    answered = _total(cell, "calls", IN, {ACCEPTED})
    missed = _total(cell, "calls", IN, MISSED)
    lost = _total(cell, "calls", IN, {LOST})
    abandoned = _total(cell, "over_short", IN, MISSED)
    handled = _total(cell, "calls", None, {ACCEPTED, REACHED})
    talk = _total(cell, "talk_s")
    max_wait = max((v["max_wait_s"] for (d, _), v in cell.items() if d == IN), default=0)
    return {
        "offered": _total(cell, "calls"),
        "incoming": incoming,
        "outgoing": _total(cell, "calls", OUT),
        "internal": _total(cell, "calls", INTERNAL),
        "answered": answered,
        "missed": missed,
        "lost": lost,
        "called_back": _total(cell, "called_back", IN, MISSED),
        "answer_pct": _pct(answered, incoming),
        "abandon_pct": _pct(lost, incoming),
        "service_level_pct": _pct(_total(cell, "within_sl", IN, {ACCEPTED}), answered + abandoned),
        "asa_s": _avg(_total(cell, "wait_s", IN, {ACCEPTED}), answered),
        "max_wait_s": max_wait if incoming else None,
        "talk_s": talk,
        "avg_talk_s": _avg(talk, handled),
        "aht_s": _avg(talk + wrap_up_s, handled),
        "handled": handled,
        "reached": _total(cell, "calls", OUT, {REACHED}),
        "callbacks": _total(cell, "callbacks"),
    }


def table_for(breakdown: Breakdown, params: ReportParams | None = None) -> Table:
    """The hourly rows when the breakdown needs hours; else the daily rollup, or the team's
    (no employee) when the report is not per operator nor filtered by one."""
    if breakdown in (Breakdown.HOUR, Breakdown.HOUR_OF_DAY):
        return _sum
    if params is not None and not params.operator_ids:
        return _team
    return _days


def summary_cells(
    conn: Connection, params: ReportParams, group: Sequence[Any], fold: Any, table: Table = _days
) -> dict[Any, Cell]:
    """Summary rows grouped by ``group`` + direction + status, folded by ``fold(row)``."""
    t = table
    cols = [func.sum(t.c[m]).label(m) for m in MEASURES]
    query = (
        select(*group, t.c.direction, t.c.status, *cols,
               func.max(t.c.max_wait_s).label("max_wait_s"))
        .where(*summary_filter(t, params))
        .group_by(*group, t.c.direction, t.c.status)
    )  # fmt: skip
    cells: dict[Any, Cell] = {}
    for row in conn.execute(query):
        m = row._mapping
        _add(cells.setdefault(fold(row), {}), row.direction, row.status, dict(m))
    return cells


def merge(cells: Iterable[Cell]) -> Cell:
    out: Cell = {}
    for cell in cells:
        for (d, s), v in cell.items():
            _add(out, d, s, v)
    return out


def pause_seconds(
    conn: Connection, params: ReportParams, reasons: Sequence[str] | None = None
) -> list[tuple[int, str, datetime, int]]:
    """(employee, reason, start, seconds within the period) of the pauses in the period."""
    start, end = period_bounds(params)
    p = _pauses.c
    query = select(p.employee_id, p.reason, p.started_at, p.ended_at).where(
        p.started_at < end, or_(p.ended_at.is_(None), p.ended_at > start)
    )
    if reasons is not None:
        query = query.where(p.reason.in_(list(reasons)))
    if params.operator_ids:
        query = query.where(p.employee_id.in_(sorted(params.operator_ids)))
    out = []
    for emp, reason, began, ended in conn.execute(query):
        if ended is None:
            continue  # a pause in progress has no duration yet
        seconds = int((min(ended, end) - max(began, start)).total_seconds())
        out.append((int(emp), str(reason), max(began, start), max(seconds, 0)))
    return out


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


def participant_missed(conn: Connection, params: ReportParams, group: Sequence[Any]) -> list[Any]:
    """Missed incoming calls per employee they rang (report_participant_hours)."""
    conds = summary_filter(_people, params)
    query = (
        select(_people.c.employee_id, *group, func.sum(_people.c.calls).label("calls"))
        .where(*conds, _people.c.direction == IN, _people.c.status.in_(sorted(MISSED)))
        .group_by(_people.c.employee_id, *group)
    )
    return list(conn.execute(query))


def peaks(conn: Connection, params: ReportParams) -> list[tuple[datetime, int]]:
    h = _hours.c
    return [
        (r.hour_start, int(r.peak_concurrent))
        for r in conn.execute(
            select(h.hour_start, h.peak_concurrent).where(
                h.day >= params.date_from, h.day <= params.date_to
            )
        )
    ]


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None
