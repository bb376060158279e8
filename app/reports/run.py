"""Running a report by name (the entry point of the UI and the CLI), drill-down and paging."""

from __future__ import annotations

import statistics
import time as _time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app import clock as app_clock
from app.clock import Clock
from app.company_settings import REPORT_TIME_ZONE, SERVICE_LEVEL_S, SHORT_ABANDON_S, get_setting
from app.events.report import events_report
from app.messages import QT_TRANSLATE_NOOP
from app.replica import ReadReplica
from app.reports import queries as q
from app.reports.drill import CallSelection
from app.reports.params import Breakdown, CallType, ReportError, ReportParams
from app.reports.result import ColumnKind, ReportHeader, ReportResult
from app.reports.summary import WAIT_BOUNDS, rebuild
from app.sql_time import seconds_between
from app.staff import work_sessions
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied, permissions, require_reports
from models import CompanySetting

REPORTS: dict[str, str] = {
    "call-center": "Call center",
    "lost-calls": "Lost calls and callbacks",
    "operators": "Operator KPI",
    "detail": "Call detail",
    "traffic": "Traffic distribution",
    "waits": "Wait times and disconnection causes",
    "clients": "Client cards",
    "repeat-callers": "Repeat callers",
    "events": "Events",
    "tasks": "Tasks",
    "recording-access": "Recording access",
}

C = q.C
K = ColumnKind


@dataclass(frozen=True)
class ReportSettings:
    service_level_s: int = 20
    short_abandon_s: int = 5
    time_zone: str = ""  # "" = the machine's local zone, named in the header


def report_settings(conn: Connection | Session) -> ReportSettings:
    return ReportSettings(
        service_level_s=int(get_setting(conn, SERVICE_LEVEL_S)),
        short_abandon_s=int(get_setting(conn, SHORT_ABANDON_S)),
        time_zone=str(get_setting(conn, REPORT_TIME_ZONE) or ""),
    )


def set_report_settings(conn: Connection, settings: ReportSettings) -> None:
    """Store the settings (the caller checks the writer is an administrator); changed
    thresholds rebuild the summaries in the same transaction."""
    if settings.service_level_s < 0 or settings.short_abandon_s < 0:
        raise ReportError(QT_TRANSLATE_NOOP("app", "Thresholds are seconds, 0 or more."))
    old = report_settings(conn)
    table = cast(Table, CompanySetting.__table__)
    for key, value in (
        (SERVICE_LEVEL_S, settings.service_level_s),
        (SHORT_ABANDON_S, settings.short_abandon_s),
        (REPORT_TIME_ZONE, settings.time_zone),
    ):
        if conn.scalar(select(func.count()).select_from(table).where(table.c.key == key)):
            conn.execute(table.update().where(table.c.key == key).values(value=value))
        else:
            conn.execute(table.insert().values(key=key, value=value))
    if (old.service_level_s, old.short_abandon_s) != (
        settings.service_level_s,
        settings.short_abandon_s,
    ):
        rebuild(conn)


def _zone_name(setting: str) -> str:
    if setting:
        return setting
    return _time.tzname[_time.daylight and _time.localtime().tm_isdst > 0] or "local"


# Where a report reads: an engine, a connection, or the company's read replica (app.replica).
Source = Engine | Connection | ReadReplica


@contextmanager
def _connection(engine: Source) -> Iterator[Connection]:
    if isinstance(engine, Connection):
        yield engine
    else:
        with engine.connect() as conn:
            yield conn


def run_report(
    engine: Source,
    name: str,
    params: ReportParams,
    *,
    settings: ReportSettings | None = None,
    clock: Clock | None = None,
    viewer: CurrentUser | None = None,
) -> ReportResult:
    """Run report ``name`` (a key of :data:`REPORTS`); raises ReportError on bad params.

    With a ``viewer`` (the app; the command line runs as the database's owner) the report
    needs the reports permission, and one without "see all calls" covers only the viewer's
    own calls: the reports that are not per operator are refused to them.
    """
    runner = _RUNNERS.get(name)
    if runner is None:
        raise ReportError(
            QT_TRANSLATE_NOOP("app", "There is no report {name}; the reports are: {names}."),
            name=name,
            names=", ".join(REPORTS),
        )
    params.validate()
    with _connection(engine) as conn:
        if viewer is not None:
            params = scoped_params(conn, viewer, name, params)
        current = settings or report_settings(conn)
        header = ReportHeader(
            params.date_from,
            params.date_to,
            _zone_name(current.time_zone),
            current.service_level_s,
            current.short_abandon_s,
        )
        now = (clock or app_clock.current()).now()
        result = runner(conn, params, header, now)
    return result


# The reports that can be narrowed to one operator's calls (or tasks and events).
OWN_CALLS_REPORTS = frozenset({"operators", "detail", "clients", "events", "tasks"})


def own_calls_only(conn: Connection | Session, viewer: CurrentUser) -> bool:
    """The viewer's reports cover only their own calls."""
    return not permissions(conn, viewer).all_calls


def scoped_params(
    conn: Connection | Session, viewer: CurrentUser, name: str, params: ReportParams
) -> ReportParams:
    """``params`` as the viewer may run them: refused without the reports permission,
    narrowed to the viewer without "see all calls"."""
    require_reports(conn, viewer)
    if not own_calls_only(conn, viewer):
        return params
    if name not in OWN_CALLS_REPORTS:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "app",
                "This report covers every operator's calls; you may see only your own. "
                "Ask an administrator for the permission to see all calls.",
            ),
        )
    return replace(params, operator_ids=(viewer.id,), viewer_id=viewer.id)


# -- call center -----------------------------------------------------------------------


def _call_center(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    b = p.breakdown
    periods = q.summary_parts(
        conn,
        p,
        lambda t: [q.bucket_column(t, b).label("bucket")],
        lambda r: q.period_key(b, r.bucket),
        q.Grain.of(b),
    )

    def wrap_key(_employee: int, began: datetime) -> Any:
        return _pause_key(b, began)

    wraps = q.wrap_up_by(conn, p, wrap_key)
    rows = []
    for key in sorted(k for k in periods if k is not None) if b is not Breakdown.NONE else []:
        rows.append(
            {
                "key": key,
                "period": q.period_label(b, key),
                **_public(q.figures_of(periods[key], wraps.get(key, 0))),
            }
        )
    if q.Grain.of(b) is q.Grain.MONTH:  # a few periods: add them up
        whole = q.merge_parts(periods.values())
    else:  # many: the whole period at the coarsest grain is faster
        whole = q.summary_parts(conn, p, lambda t: [], lambda r: None, q.Grain.MONTH).get(
            None, [0] * len(q.PARTS)
        )
    total = {
        "key": None,
        "period": "Total",
        **_public(q.figures_of(whole, sum(wraps.values()))),
    }
    return ReportResult("call-center", p, header, list(q.CALL_CENTER_COLUMNS), rows, total)


_PUBLIC = {c.key for c in q.CALL_CENTER_COLUMNS}


def _public(fig: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fig.items() if k in _PUBLIC}


# -- operators -------------------------------------------------------------------------

OPERATOR_COLUMNS = [
    C("operator", "Operator", K.TEXT),
    C("period", "Period", K.TEXT),
    C("incoming_taken", "Incoming taken", K.COUNT, True),
    C("outgoing_made", "Outgoing made", K.COUNT, True),
    C("outgoing_reached", "Outgoing reached", K.COUNT, True),
    C("missed_on_duty", "Missed while on duty", K.COUNT, True),
    C("talk_s", "Total talk", K.SECONDS),
    C("avg_talk_s", "Average talk", K.SECONDS),
    C("aht_s", "Average handle time", K.SECONDS),
    C("pause_s", "Pauses", K.SECONDS),
    C("logged_in_s", "Time logged in", K.SECONDS),
    C("callbacks_made", "Callbacks made", K.COUNT, True),
    C("team_share_pct", "Share of the team's calls", K.PERCENT),
]


def _operators(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    b = p.breakdown
    per_period = b is not Breakdown.NONE
    grain = q.Grain.of(b)

    def group(t: Table) -> list[Any]:
        emp = t.c.employee_id.label("emp")
        return [emp, q.bucket_column(t, b).label("bucket")] if per_period else [emp]

    def fold(r: Any) -> Any:
        return (int(r.emp), q.period_key(b, r.bucket) if per_period else None)

    shown = ("answered", "outgoing", "reached", "talk_s", "handled", "callbacks")
    cells = q.summary_parts(conn, p, group, fold, grain, per_employee=True, parts=shown)

    def pgroup(t: Table) -> list[Any]:
        return [q.bucket_column(t, b).label("bucket")] if per_period else []

    missed: dict[Any, int] = {}
    for r in q.participant_missed(conn, p, pgroup, grain):
        k = (int(r.employee_id), q.period_key(b, r.bucket) if per_period else None)
        missed[k] = missed.get(k, 0) + int(r.calls or 0)
    pauses: dict[Any, int] = {}
    wraps: dict[Any, int] = {}
    by_reason: dict[tuple[int, str], int] = {}
    for e, reason, began, seconds in q.pause_seconds(conn, p):
        k = (e, _pause_key(b, began) if per_period else None)
        pauses[k] = pauses.get(k, 0) + seconds
        by_reason[(e, reason)] = by_reason.get((e, reason), 0) + seconds
        if reason == "wrap_up":
            wraps[k] = wraps.get(k, 0) + seconds
    logged_in = _logged_in(conn, p)
    keys = {k for k in cells if k[0]} | {k for k in missed if k[0]}
    keys |= set(logged_in)  # logged in with no calls at all: that is a figure too
    team = sum(c[q.PARTS.index("handled")] for k, c in cells.items() if k[0])
    names = q.employee_names(conn, [k[0] for k in keys] + [e for e, _ in by_reason])
    rows = []
    for k in sorted(keys, key=lambda k: (names.get(k[0], ""), k[0], k[1] or 0)):
        f = q.figures_of(cells.get(k, [0] * len(q.PARTS)), wraps.get(k, 0))
        row = _op_row(k, names.get(k[0], str(k[0])), b, f, missed.get(k, 0), pauses.get(k, 0), team)
        row["logged_in_s"] = logged_in.get(k)
        rows.append(row)
    all_f = q.figures_of(q.merge_parts(c for k, c in cells.items() if k[0]), sum(wraps.values()))
    total = _op_row(None, "Total", b, all_f, sum(missed.values()), sum(pauses.values()), team)
    total["logged_in_s"] = sum(logged_in.values()) if logged_in else None
    section = [
        {"key": e, "operator": names.get(e, str(e)), "reason": r, "pause_s": s}
        for (e, r), s in sorted(by_reason.items())
    ]
    return ReportResult(
        "operators", p, header, list(OPERATOR_COLUMNS), rows, total, {"pauses": section}
    )


def _logged_in(conn: Connection, p: ReportParams) -> dict[Any, int]:
    """Seconds logged in per (employee, bucket) — only where known: an employee with no
    recorded stretch gets no figure (None in the row), not a zero."""
    b = p.breakdown
    per_period = b is not Breakdown.NONE
    start, end = q.period_bounds(p)
    if not per_period:  # the union summed by the database
        totals = work_sessions.logged_in_totals(conn, start, end, p.operator_ids)
        return {(emp, None): seconds for emp, seconds in totals.items()}
    hourly = b in (Breakdown.HOUR, Breakdown.HOUR_OF_DAY)
    boundary = work_sessions.next_hour if hourly else work_sessions.next_midnight
    out: dict[Any, int] = {}
    for emp, began, seconds in work_sessions.logged_in_pieces(
        conn, start, end, p.operator_ids, boundary
    ):
        k = (emp, _pause_key(b, began))
        out[k] = out.get(k, 0) + seconds
    return out


def _pause_key(b: Breakdown, began: datetime) -> Any:
    if b is Breakdown.WEEKDAY:
        return began.weekday()
    if b is Breakdown.HOUR_OF_DAY:
        return began.hour
    if b is Breakdown.HOUR:
        return began.replace(minute=0, second=0, microsecond=0)
    return q.period_key(b, began.date())


def _op_row(
    key: Any, name: str, b: Breakdown, f: dict[str, Any], missed: int, pause: int, team: int
) -> dict[str, Any]:
    return {
        "key": key if key is None or key[1] is not None else key[0],
        "operator": name,
        "period": q.period_label(b, key[1]) if key and key[1] is not None else "",
        "incoming_taken": f["answered"],
        "outgoing_made": f["outgoing"],
        "outgoing_reached": f["reached"],
        "missed_on_duty": missed,
        "talk_s": f["talk_s"],
        "avg_talk_s": f["avg_talk_s"],
        "aht_s": f["aht_s"],
        "pause_s": pause,
        "callbacks_made": f["callbacks"],
        "team_share_pct": q._pct(f["handled"], team),
    }


# -- traffic ---------------------------------------------------------------------------

TRAFFIC_COLUMNS = [
    C("weekday", "Day of week", K.TEXT),
    C("hour_of_day", "Hour", K.TEXT),
    C("offered", "Offered", K.COUNT, True),
    C("answered", "Answered", K.COUNT, True),
    C("lost", "Lost", K.COUNT, True),
    C("service_level_pct", "Service level %", K.PERCENT),
    C("peak_concurrent", "Peak concurrent calls", K.COUNT),
]


def _traffic(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    cells = q.summary_parts(
        conn,
        p,
        lambda t: [t.c.weekday, t.c.hour_of_day],
        lambda r: (int(r.weekday), int(r.hour_of_day)),
        q.Grain.HOUR_OF_WEEK,
        parts=("offered", "answered", "lost", "within_sl", "abandoned"),  # what a cell shows
    )
    peak = q.peaks(conn, p)
    rows = []
    for k in sorted(cells):
        f = q.figures_of(cells[k])
        rows.append(
            {
                "key": k,
                "weekday": q.WEEKDAYS[k[0]],
                "hour_of_day": f"{k[1]:02d}:00",
                "offered": f["offered"],
                "answered": f["answered"],
                "lost": f["lost"],
                "service_level_pct": f["service_level_pct"],
                "peak_concurrent": peak.get(k, 0),
            }
        )
    f = q.figures_of(q.merge_parts(cells.values()))
    total = {
        "key": None,
        "weekday": "Total",
        "hour_of_day": "",
        "offered": f["offered"],
        "answered": f["answered"],
        "lost": f["lost"],
        "service_level_pct": f["service_level_pct"],
        "peak_concurrent": max(peak.values(), default=0),
    }
    return ReportResult("traffic", p, header, list(TRAFFIC_COLUMNS), rows, total)


# -- waits -----------------------------------------------------------------------------

WAIT_COLUMNS = [
    C("bucket", "Wait, s", K.TEXT),
    C("answered", "Answered", K.COUNT, True),
    C("answered_cum_pct", "Answered, cumulative %", K.PERCENT),
    C("abandoned", "Abandoned", K.COUNT, True),
    C("abandoned_cum_pct", "Abandoned, cumulative %", K.PERCENT),
]
CAUSES = (
    ("client", "Caller"),
    ("employee", "Operator"),
    ("system", "Timeout or system"),
    ("transfer", "Transfer"),
)


# The statuses of calls nobody answered, per direction, in the order the report says them.
UNANSWERED_OUTCOMES = (
    (q.IN, ("no_answer", "lost", "rejected", "busy", "no_channels", "failed")),
    (q.OUT, ("unanswered", "cancelled", "busy", "rejected", "no_channels", "failed")),
)


def _waits(conn: Connection, p: ReportParams, header: ReportHeader, now: datetime) -> ReportResult:
    cells = q.summary_cells(
        conn, p, lambda t: [], lambda r: None, q.Grain.MONTH, measures=q.MEASURES
    )
    cell = cells.get(None, {})
    answered = [q._total(cell, f"w{i}", q.IN, {q.ACCEPTED}) for i in range(7)]
    abandoned = [q._total(cell, f"w{i}", q.IN, q.MISSED) for i in range(7)]
    rows = []
    ca = cb = 0
    for i, label in enumerate(q.WAIT_LABELS):
        ca += answered[i]
        cb += abandoned[i]
        rows.append(
            {
                "key": i,
                "bucket": label,
                "answered": answered[i],
                "answered_cum_pct": q._pct(ca, sum(answered)),
                "abandoned": abandoned[i],
                "abandoned_cum_pct": q._pct(cb, sum(abandoned)),
            }
        )
    total = {
        "key": None,
        "bucket": "Total",
        "answered": sum(answered),
        "answered_cum_pct": None,
        "abandoned": sum(abandoned),
        "abandoned_cum_pct": None,
    }
    measure = {
        "client": "hang_client",
        "employee": "hang_employee",
        "system": "hang_system",
        "transfer": "transferred",
    }
    causes = [
        {"key": k, "cause": title, "calls": q._total(cell, measure[k])} for k, title in CAUSES
    ]
    # How the calls nobody answered ended, by status (issue 15): rejected, busy, unreachable…
    outcomes = [
        {"key": f"{d}:{s}", "direction": d, "status": s, "calls": calls}
        for d, statuses in UNANSWERED_OUTCOMES
        for s in statuses
        if (calls := q._total(cell, "calls", d, {s}))
    ]
    sections = {"causes": causes, "outcomes": outcomes}
    return ReportResult("waits", p, header, list(WAIT_COLUMNS), rows, total, sections)


# -- lost calls ------------------------------------------------------------------------

LOST_COLUMNS = [
    C("started_at", "Call", K.DATETIME),
    C("number", "Number", K.TEXT),
    C("client", "Client", K.TEXT),
    C("did", "DID", K.TEXT),
    C("queue", "Queue", K.TEXT),
    C("wait_s", "Wait", K.SECONDS),
    C("status", "Status", K.TEXT),
    C("resolution", "Resolution", K.TEXT),
    C("resolved_at", "Resolved", K.DATETIME),
    C("resolved_by", "By", K.TEXT),
    C("time_to_callback_s", "Time to callback", K.SECONDS),
]


def _lost_calls(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    """The missed calls of the period, open ones first, newest first, a page at a time (as
    the detail); the totals, the funnel and the median over all of them, counted by the
    database (not from the rows of the page)."""
    lp = replace(p, call_types=(CallType.MISSED,))
    rows, more = lost_rows(conn, lp, None)
    c, by = q._calls.c, _resolver.c
    dialect = conn.dialect.name
    resolved = c.resolved_at.is_not(None)
    called_back = and_(resolved, by.direction == q.OUT)
    delay = _seconds_between(dialect, c.started_at, c.resolved_at)
    same_day = func.date(c.resolved_at) == func.date(c.started_at)
    figures = conn.execute(
        select(
            func.count(),
            _count(c.resolved_at.is_(None)),
            _count(called_back),
            _count(and_(resolved, or_(by.direction.is_(None), by.direction != q.OUT))),
            _count(and_(called_back, delay <= 15 * 60)),
            _count(and_(called_back, same_day)),
        )
        .select_from(_lost_from())
        .where(*q.calls_filter(lp))
    ).one()
    calls, still_open, back, through, within_15, on_the_day = (int(v or 0) for v in figures)
    total = {
        "key": None,
        "calls": calls,
        "open": still_open,
        "called_back": back,
        "got_through": through,
        "median_time_to_callback_s": _median_delay(conn, lp, back + through),
    }
    funnel = [
        {"key": "lost", "stage": "Missed", "calls": calls},
        {"key": "within_15_min", "stage": "Called back within 15 min", "calls": within_15},
        {"key": "same_day", "stage": "Called back the same day", "calls": on_the_day},
        {"key": "never", "stage": "Not called back", "calls": calls - back},
    ]
    return ReportResult(
        "lost-calls", p, header, list(LOST_COLUMNS), rows, total, {"funnel": funnel}, more
    )


_resolver = q._calls.alias("by_call")


def _lost_from() -> Any:
    return q._calls.outerjoin(_resolver, _resolver.c.id == q._calls.c.resolved_by_call_id)


def _count(cond: Any) -> Any:
    return func.sum(case((cond, 1), else_=0))


_seconds_between = seconds_between


def _median_delay(conn: Connection, lp: ReportParams, resolved: int) -> float | None:
    """The median time to callback of the resolved missed calls, by the database's sort."""
    if not resolved:
        return None
    c = q._calls.c
    delay = _seconds_between(conn.dialect.name, c.started_at, c.resolved_at)
    middle = conn.execute(
        select(delay)
        .where(*q.calls_filter(lp), c.resolved_at.is_not(None))
        .order_by(delay)
        .offset((resolved - 1) // 2)
        .limit(1 if resolved % 2 else 2)
    ).scalars()
    values = [int(v) for v in middle]
    return statistics.median(values) if values else None


def lost_rows(
    conn: Connection, lp: ReportParams, after: tuple[Any, ...] | None
) -> tuple[list[dict[str, Any]], tuple[Any, ...] | None]:
    """A page of missed calls: the open ones (newest first), then the resolved ones; and the
    keyset of the next page ((0 open | 1 resolved, started_at, id)), or None at the end."""
    c, by = q._calls.c, _resolver.c
    cl = q._clients.c
    columns = (
        c.id,
        c.started_at,
        c.external_number,
        c.did,
        c.queue,
        c.wait_seconds,
        c.status,
        c.resolved_at,
        by.direction.label("by_direction"),
        by.employee_id.label("by_emp"),
        cl.display_name.label("client"),
    )
    source = _lost_from().outerjoin(q._clients, cl.id == c.client_id)
    segment, t, i = after if after is not None else (0, None, None)
    found: list[Any] = []
    more: tuple[Any, ...] | None = None
    while segment <= 1:
        need = lp.page_size - len(found)
        query = (
            select(*columns)
            .select_from(source)
            .where(
                *q.calls_filter(lp),
                c.resolved_at.is_(None) if segment == 0 else c.resolved_at.is_not(None),
            )
            .order_by(c.started_at.desc(), c.id.desc())
            .limit(need + 1)
        )
        if t is not None:
            query = query.where(c.started_at <= t, or_(c.started_at < t, c.id < i))
        got = list(conn.execute(query))
        if len(got) > need:
            found += got[:need]
            last = found[-1] if need else None
            more = (segment, last.started_at, int(last.id)) if last else (segment, None, None)
            break
        found += got
        segment, t, i = segment + 1, None, None
    names = q.employee_names(conn, [r.by_emp for r in found if r.by_emp])
    rows = []
    for r in found:
        delay = None
        if r.resolved_at is None:
            resolution = "open"
        else:
            resolution = "called_back" if r.by_direction == q.OUT else "got_through"
            delay = max(0, int((r.resolved_at - r.started_at).total_seconds()))
        rows.append(
            {
                "key": int(r.id),
                "started_at": r.started_at,
                "number": r.external_number,
                "client": r.client or "",
                "did": r.did or "",
                "queue": r.queue or "",
                "wait_s": int(r.wait_seconds or 0),
                "status": r.status,
                "resolution": resolution,
                "resolved_at": r.resolved_at,
                "resolved_by": names.get(r.by_emp, "") if r.by_emp else "",
                "time_to_callback_s": delay,
            }
        )
    return rows, more


# -- detail ----------------------------------------------------------------------------

DETAIL_COLUMNS = [
    C("started_at", "Date", K.DATETIME),
    C("operator", "Operator", K.TEXT),
    C("client", "Client", K.TEXT),
    C("number", "Number", K.TEXT),
    C("direction", "Direction", K.TEXT),
    C("status", "Status", K.TEXT),
    C("wait_s", "Wait", K.SECONDS),
    C("talk_s", "Talk", K.SECONDS),
    C("transfer_count", "Transfers", K.COUNT),
]


def detail_rows(
    conn: Connection, p: ReportParams, after: tuple[datetime, int] | None
) -> tuple[list[dict[str, Any]], tuple[datetime, int] | None]:
    c = q._calls.c
    query = (
        select(
            c.id,
            c.started_at,
            c.employee_id,
            c.client_id,
            c.external_number,
            c.direction,
            c.status,
            c.wait_seconds,
            c.talk_seconds,
            c.transfer_count,
        )
        .where(*q.calls_filter(p))
        .order_by(c.started_at.desc(), c.id.desc())
        .limit(p.page_size + 1)
    )
    if after is not None:
        t, i = after
        query = query.where(c.started_at <= t, or_(c.started_at < t, c.id < i))
    found = list(conn.execute(query))
    more = len(found) > p.page_size
    found = found[: p.page_size]
    names = q.employee_names(conn, [r.employee_id for r in found if r.employee_id])
    client_ids = sorted({r.client_id for r in found if r.client_id})
    clients = (
        {
            int(r.id): str(r.display_name)
            for r in conn.execute(
                select(q._clients.c.id, q._clients.c.display_name).where(
                    q._clients.c.id.in_(client_ids)
                )
            )
        }
        if client_ids
        else {}
    )
    rows = [
        {
            "key": int(r.id),
            "started_at": r.started_at,
            "operator": names.get(r.employee_id, ""),
            "client": clients.get(r.client_id, ""),
            "client_id": r.client_id,
            "number": r.external_number,
            "direction": r.direction,
            "status": r.status,
            "wait_s": int(r.wait_seconds or 0),
            "talk_s": int(r.talk_seconds or 0),
            "transfer_count": int(r.transfer_count or 0),
        }
        for r in found
    ]
    last = (found[-1].started_at, int(found[-1].id)) if more and found else None
    return rows, last


def _detail(conn: Connection, p: ReportParams, header: ReportHeader, now: datetime) -> ReportResult:
    rows, last = detail_rows(conn, p, None)
    b = p.breakdown
    sums = _subtotal_sums(conn, p, q.Grain.of(b), lambda t: [q.bucket_column(t, b)])
    periods: dict[Any, list[int]] = {}
    for bucket, v in sums.items():  # days, months... folded into the breakdown's periods
        slot = periods.setdefault(q.period_key(b, bucket), [0] * 5)
        slot[:] = [x + y for x, y in zip(slot, v, strict=True)]
    subtotals = [
        {"key": key, "period": q.period_label(b, key), **_subtotal(periods[key])}
        for key in sorted(k for k in periods if k is not None)
    ]
    if q.Grain.of(b) is q.Grain.MONTH:  # a few periods: add them up
        whole = [sum(v[i] for v in sums.values()) for i in range(5)]
    else:  # many: the whole period at the coarsest grain is faster
        whole = _subtotal_sums(conn, p, q.Grain.MONTH, lambda t: []).get(None, [0] * 5)
    total = {"key": None, "period": "Total", **_subtotal(whole)}
    return ReportResult(
        "detail", p, header, list(DETAIL_COLUMNS), rows, total, {"subtotals": subtotals}, last
    )


def _subtotal_sums(
    conn: Connection, p: ReportParams, grain: q.Grain, group: q.Group
) -> dict[Any, list[int]]:
    """Per bucket: calls, handled, talk, answered incoming and their wait, added up by the
    database (a row per bucket rather than one per direction and status)."""
    out: dict[Any, list[int]] = {}
    for part in q.slices(p, grain):
        t = part.table
        answered = and_(t.c.direction == q.IN, t.c.status == q.ACCEPTED)
        handled = t.c.status.in_([q.ACCEPTED, q.REACHED])
        keys = list(group(t))
        query = (
            select(
                *keys,
                func.sum(t.c.calls),
                func.sum(case((handled, t.c.calls), else_=0)),
                func.sum(t.c.talk_s),
                func.sum(case((answered, t.c.calls), else_=0)),
                func.sum(case((answered, t.c.wait_s), else_=0)),
            )
            .where(*q.summary_filter(t, p, part.first, part.last))
            .group_by(*keys)
        )
        for row in conn.execute(query):
            key = row[0] if keys else None
            slot = out.setdefault(key, [0] * 5)
            for i, v in enumerate(row[len(keys) :]):
                slot[i] += int(v or 0)
    return out


def _subtotal(v: list[int]) -> dict[str, Any]:
    calls, handled, talk, answered, wait = v
    return {
        "calls": calls,
        "answered": handled,
        "talk_s": talk,
        "asa_s": wait / answered if answered else None,
    }


def detail_page(engine: Source, result: ReportResult, after: tuple[Any, ...]) -> ReportResult:
    """The next page of a paged report, detail or lost calls (``after`` =
    ``result.next_page``)."""
    with _connection(engine) as conn:
        if result.report == "lost-calls":
            lp = replace(result.params, call_types=(CallType.MISSED,))
            lost, more = lost_rows(conn, lp, after)
            return replace(result, rows=lost, next_page=more)
        rows, last = detail_rows(conn, result.params, cast(tuple[datetime, int], after))
    return replace(result, rows=rows, next_page=last)


def every_page(engine: Source, result: ReportResult) -> ReportResult:
    """``result`` with the rows of all its pages (for the command line's files)."""
    rows = list(result.rows)
    page = result
    while page.next_page is not None:
        page = detail_page(engine, page, page.next_page)
        rows += page.rows
    return replace(result, rows=rows, next_page=None)


# -- clients ---------------------------------------------------------------------------

CLIENT_COLUMNS = [
    C("period", "Period", K.TEXT),
    C("manager", "Manager", K.TEXT),
    C("created", "Cards created", K.COUNT),
    C("changed", "Cards changed", K.COUNT),
    C("changes", "Changes", K.COUNT),
]


def _clients(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    start, end = q.period_bounds(p)
    b = (
        p.breakdown
        if p.breakdown not in (Breakdown.WEEKDAY, Breakdown.HOUR_OF_DAY, Breakdown.HOUR)
        else Breakdown.DAY
    )
    cl, h = q._clients.c, q._history.c
    acc: dict[tuple[Any, int], dict[str, Any]] = {}

    def slot(day: datetime, emp: int | None) -> dict[str, Any]:
        k = (q.period_key(b, day.date()), int(emp or 0))
        return acc.setdefault(k, {"created": 0, "changed": set(), "changes": 0})

    created = select(cl.created_at, cl.responsible_id).where(
        cl.created_at >= start, cl.created_at < end
    )
    if p.operator_ids:
        created = created.where(cl.responsible_id.in_(sorted(p.operator_ids)))
    for at, emp in conn.execute(created):
        slot(at, emp)["created"] += 1
    changes = select(h.changed_at, h.employee_id, h.client_id).where(
        h.changed_at >= start, h.changed_at < end
    )
    if p.operator_ids:
        changes = changes.where(h.employee_id.in_(sorted(p.operator_ids)))
    for at, emp, client in conn.execute(changes):
        s = slot(at, emp)
        s["changes"] += 1
        s["changed"].add(client)
    names = q.employee_names(conn, [k[1] for k in acc])
    rows = [
        {
            "key": k,
            "period": q.period_label(b, k[0]) if b is not Breakdown.NONE else "",
            "manager": names.get(k[1], ""),
            "created": v["created"],
            "changed": len(v["changed"]),
            "changes": v["changes"],
        }
        for k, v in sorted(acc.items(), key=lambda kv: (kv[0][0] or 0, names.get(kv[0][1], "")))
    ]
    every = set().union(*(v["changed"] for v in acc.values())) if acc else set()
    total = {
        "key": None,
        "period": "Total",
        "manager": "",
        "created": sum(v["created"] for v in acc.values()),
        "changed": len(every),
        "changes": sum(v["changes"] for v in acc.values()),
    }
    return ReportResult("clients", p, header, list(CLIENT_COLUMNS), rows, total)


# -- repeat callers --------------------------------------------------------------------

REPEAT_COLUMNS = [
    C("number", "Number", K.TEXT),
    C("client", "Client", K.TEXT),
    C("calls", "Calls", K.COUNT, True),
    C("answered", "Answered", K.COUNT, True),
    C("missed", "Missed", K.COUNT, True),
    C("lost", "Lost", K.COUNT, True),
    C("first_call", "First call", K.DATETIME),
    C("last_call", "Last call", K.DATETIME),
]


def _repeat(conn: Connection, p: ReportParams, header: ReportHeader, now: datetime) -> ReportResult:
    c = q._calls.c
    ip = replace(p, call_types=(CallType.INCOMING,))
    conds = [*q.calls_filter(ip), c.external_number != ""]
    # One pass over the period's incoming calls in time order (the direction-and-period
    # index), grouped by number here: numbers are not in the summaries.
    by_number: dict[str, list[Any]] = {}
    for r in conn.execute(
        select(c.external_number, c.started_at, c.status, c.client_id)
        .where(*conds)
        .order_by(c.started_at, c.id)
    ):
        by_number.setdefault(r.external_number, []).append(r)
    window = timedelta(days=p.window_days)
    rows = []
    for number, calls in by_number.items():
        if len(calls) < p.min_calls:
            continue
        best: tuple[int, int] | None = None
        lo = 0
        for hi in range(len(calls)):
            while calls[hi].started_at - calls[lo].started_at >= window:
                lo += 1
            if hi - lo + 1 >= p.min_calls and (best is None or hi - lo > best[1] - best[0]):
                best = (lo, hi)
        if best is None:
            continue
        chosen = calls[best[0] : best[1] + 1]
        rows.append(
            {
                "key": number,
                "number": number,
                "client_id": chosen[-1].client_id,
                "calls": len(chosen),
                "answered": sum(1 for x in chosen if x.status == q.ACCEPTED),
                "missed": sum(1 for x in chosen if x.status in q.MISSED),
                "lost": sum(1 for x in chosen if x.status == q.LOST),
                "first_call": chosen[0].started_at,
                "last_call": chosen[-1].started_at,
            }
        )
    ids = sorted({r["client_id"] for r in rows if r["client_id"]})
    clients = (
        {
            int(r.id): str(r.display_name)
            for r in conn.execute(
                select(q._clients.c.id, q._clients.c.display_name).where(q._clients.c.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    for row in rows:
        row["client"] = clients.get(row.pop("client_id"), "")
    rows.sort(key=lambda r: (-r["calls"], r["number"]))
    total = {
        "key": None,
        "number": "Total",
        "client": "",
        **{k: sum(r[k] for r in rows) for k in ("calls", "answered", "missed", "lost")},
        "first_call": None,
        "last_call": None,
    }
    return ReportResult("repeat-callers", p, header, list(REPEAT_COLUMNS), rows, total)


def _tasks(conn: Connection, p: ReportParams, header: ReportHeader, now: datetime) -> ReportResult:
    # Imported here: app.tasks.report builds on this package (its params, results, queries).
    from app.tasks.report import tasks_report

    return tasks_report(conn, p, header, now)


def _recording_access(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    # Imported here: app.recordings_access builds on this package (params, results, queries).
    from app.recordings_access import access_report

    return access_report(conn, p, header, now)


_RUNNERS: dict[str, Callable[[Connection, ReportParams, ReportHeader, datetime], ReportResult]] = {
    "call-center": _call_center,
    "lost-calls": _lost_calls,
    "operators": _operators,
    "detail": _detail,
    "traffic": _traffic,
    "waits": _waits,
    "clients": _clients,
    "repeat-callers": _repeat,
    "events": events_report,
    "tasks": _tasks,
    "recording-access": _recording_access,
}


# -- drill-down ------------------------------------------------------------------------

_CC_KINDS: dict[str, dict[str, Any]] = {
    "offered": {},
    "incoming": {"directions": frozenset({q.IN})},
    "outgoing": {"directions": frozenset({q.OUT})},
    "internal": {"directions": frozenset({q.INTERNAL})},
    "answered": {"directions": frozenset({q.IN}), "statuses": frozenset({q.ACCEPTED})},
    "missed": {"directions": frozenset({q.IN}), "statuses": q.MISSED},
    "lost": {"directions": frozenset({q.IN}), "statuses": frozenset({q.LOST})},
    "called_back": {"directions": frozenset({q.IN}), "statuses": q.MISSED, "called_back": True},
}


def _base(result: ReportResult, start: datetime, end: datetime) -> CallSelection:
    p = result.params
    return CallSelection(
        period_start=start,
        period_end=end,
        employee_ids=frozenset(p.operator_ids),
        queues=frozenset(p.queues),
        dids=frozenset(p.dids),
    )


def _kinds(p: ReportParams) -> list[dict[str, Any]]:
    """The call types as selections (a union: one per type)."""
    types = set(p.call_types) or {CallType.INCOMING, CallType.OUTGOING}
    out = []
    if CallType.INCOMING in types:
        out.append({"directions": frozenset({q.IN})})
    elif CallType.MISSED in types:
        out.append({"directions": frozenset({q.IN}), "statuses": q.MISSED})
    if CallType.OUTGOING in types:
        out.append({"directions": frozenset({q.OUT})})
    if CallType.INTERNAL in types:
        out.append({"directions": frozenset({q.INTERNAL})})
    return out


def _narrow(p: ReportParams, wanted: dict[str, Any]) -> dict[str, Any]:
    """``wanted`` (directions / statuses) within the report's call types."""
    dirs: set[str] = set()
    statuses: set[str] | None = set()
    want_d = wanted.get("directions")
    want_s = wanted.get("statuses")
    for k in _kinds(p):
        d = k["directions"] if want_d is None else k["directions"] & want_d
        if not d:
            continue
        dirs |= d
        s = k.get("statuses")
        s = want_s if s is None else (s if want_s is None else s & want_s)
        if s is None:
            statuses = None
        elif statuses is not None:
            statuses |= s
    out = dict(wanted)
    out["directions"] = frozenset(dirs) or frozenset({"none"})
    if statuses:
        out["statuses"] = frozenset(statuses)
    else:
        out.pop("statuses", None)
    return out


def drill_down(result: ReportResult, row_key: Any, column_key: str) -> CallSelection:
    """The calls counted in ``result``'s cell (row ``row_key`` — None for the total — and a
    drillable column). Raises KeyError for a cell that does not count calls."""
    if not result.column(column_key).drillable:
        raise KeyError(column_key)
    p = result.params
    lo, hi = q.period_bounds(p)
    b = p.breakdown
    if result.report == "call-center":
        start, end = q.period_range(b, row_key, p)
        sel = _base(result, start, end)
        sel = _cyclic(sel, b, row_key)
        return replace(sel, **_narrow(p, _CC_KINDS[column_key]))
    if result.report == "traffic":
        sel = _base(result, lo, hi)
        if row_key is not None:
            sel = replace(
                sel, weekdays=frozenset({row_key[0]}), hours_of_day=frozenset({row_key[1]})
            )
        return replace(
            sel, **_narrow(p, _CC_KINDS[column_key if column_key != "offered" else "offered"])
        )
    if result.report == "waits":
        sel = _base(result, lo, hi)
        if row_key is not None:
            sel = replace(
                sel,
                wait_min=0 if row_key == 0 else WAIT_BOUNDS[row_key - 1] + 1,
                wait_max=None if row_key == len(WAIT_BOUNDS) else WAIT_BOUNDS[row_key],
            )
        kind = "answered" if column_key == "answered" else "missed"
        return replace(sel, **_narrow(p, _CC_KINDS[kind]))
    if result.report == "operators":
        emp, period = (
            (row_key if isinstance(row_key, tuple) else (row_key, None))
            if row_key is not None
            else (None, None)
        )
        start, end = q.period_range(b, period, p) if period is not None else (lo, hi)
        sel = _cyclic(_base(result, start, end), b, period)
        who = frozenset({emp}) if emp is not None else frozenset(p.operator_ids)
        if column_key == "missed_on_duty":
            return replace(
                sel, employee_ids=frozenset(), rang_ids=who, **_narrow(p, _CC_KINDS["missed"])
            )
        sel = replace(sel, employee_ids=who)
        if column_key == "incoming_taken":
            return replace(sel, **_narrow(p, _CC_KINDS["answered"]))
        if column_key == "outgoing_made":
            return replace(sel, **_narrow(p, _CC_KINDS["outgoing"]))
        if column_key == "outgoing_reached":
            return replace(
                sel,
                **_narrow(
                    p, {"directions": frozenset({q.OUT}), "statuses": frozenset({q.REACHED})}
                ),
            )
        raise KeyError(column_key)  # callbacks_made: the resolving calls (no column for it)
    if result.report == "repeat-callers" and row_key is not None:
        row = next(r for r in result.rows if r["key"] == row_key)
        sel = replace(
            _base(result, row["first_call"], row["last_call"] + timedelta(seconds=1)),
            number=row_key,
            directions=frozenset({q.IN}),
        )
        statuses = {
            "answered": frozenset({q.ACCEPTED}),
            "missed": q.MISSED,
            "lost": frozenset({q.LOST}),
        }
        return replace(sel, statuses=statuses.get(column_key, frozenset()))
    raise KeyError(column_key)


def _cyclic(sel: CallSelection, b: Breakdown, key: Any) -> CallSelection:
    if key is None:
        return sel
    if b is Breakdown.WEEKDAY:
        return replace(sel, weekdays=frozenset({key}))
    if b is Breakdown.HOUR_OF_DAY:
        return replace(sel, hours_of_day=frozenset({key}))
    return sel


def selection_page(
    engine: Source,
    selection: CallSelection,
    after: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Calls of ``selection`` newest first, ``limit`` after the keyset ``after``."""
    c = q._calls.c
    out: list[dict[str, Any]] = []
    cursor = after
    with _connection(engine) as conn:
        while len(out) < limit:
            query = (
                select(
                    c.id,
                    c.started_at,
                    c.direction,
                    c.status,
                    c.external_number,
                    c.client_id,
                    c.employee_id,
                    c.wait_seconds,
                    c.talk_seconds,
                    c.queue,
                    c.did,
                )
                .where(selection.where(q._calls))
                .order_by(c.started_at.desc(), c.id.desc())
                .limit(limit)
            )
            if cursor is not None:
                t, i = cursor
                query = query.where(and_(c.started_at <= t, or_(c.started_at < t, c.id < i)))
            found = list(conn.execute(query))
            for r in found:
                if selection.matches_hour(r.started_at) and len(out) < limit:
                    out.append(
                        {
                            "id": int(r.id),
                            "started_at": r.started_at,
                            "direction": r.direction,
                            "status": r.status,
                            "external_number": r.external_number,
                            "client_id": r.client_id,
                            "employee_id": r.employee_id,
                            "wait_s": int(r.wait_seconds or 0),
                            "talk_s": int(r.talk_seconds or 0),
                            "queue": r.queue,
                            "did": r.did,
                        }
                    )
            if len(found) < limit:
                break
            cursor = (found[-1].started_at, int(found[-1].id))
    return out
