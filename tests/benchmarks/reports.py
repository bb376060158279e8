"""Reports on a year of calls: the summaries against the raw GROUP BY over calls.

    python -m tests.benchmarks.reports --db sqlite:////tmp/reports.db --calls 1000000 --out FILE
    python -m tests.benchmarks.reports --start-mariadb --calls 1000000 --out FILE

Seeds the calls with the demo seeder (which keeps the report summaries in its transactions)
over 365 days, and a year of working days (logins and pauses, app.demo.shifts), then times,
on the year: the call-center report by month and by day, the operator KPI summary, the
traffic heat map, the detail report's first page and the waits (all through
app.reports.run_report); the lists of calls (lost calls' first page over a month and a
year, repeat callers over a month); as the baseline the same figures as a raw GROUP BY over
``calls`` in the same run; what a writer's refresh of one hour costs; and
``rebuild-summaries``. Prints JSON (no assertions), with the load average before and after.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, cast, func, select

from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.demo.shifts import seed_shifts
from app.reports import Breakdown, ReportParams, run_report
from app.reports.run import detail_rows
from app.reports.summary import rebuild, refresh_hours
from models import Call, CallParticipant, CallSummary, WorkSession
from tests.benchmarks.harness import (
    benchmark_database,
    benchmark_parser,
    dialect_of,
    emit,
    summary,
    timed,
)

NOW = datetime(2026, 12, 1, 18, 0)


def _raw_queries(dialect: str, start: datetime, end: datetime) -> dict[str, Any]:
    c = Call.__table__.c
    period = (c.started_at >= start, c.started_at < end)
    hour: Any
    weekday: Any
    if dialect == "sqlite":
        hour = cast(func.strftime("%H", c.started_at), Integer)
        weekday = cast(func.strftime("%w", c.started_at), Integer)
    else:
        hour, weekday = func.hour(c.started_at), func.weekday(c.started_at)
    measures = (
        func.count(),
        func.sum(c.wait_seconds),
        func.sum(c.talk_seconds),
        func.max(c.wait_seconds),
    )
    p = CallParticipant.__table__.c
    return {
        "call_center_by_day": select(func.date(c.started_at), c.direction, c.status, *measures)
        .where(*period)
        .group_by(func.date(c.started_at), c.direction, c.status),
        "kpi_summary": select(c.employee_id, c.direction, c.status, *measures)
        .where(*period)
        .group_by(c.employee_id, c.direction, c.status),
        "kpi_missed_on_duty": select(p.employee_id, func.count())
        .select_from(CallParticipant.__table__.join(Call.__table__, Call.id == p.call_id))
        .where(*period, c.direction == "in", c.status.in_(["no_answer", "lost"]))
        .group_by(p.employee_id),
        "traffic": select(weekday, hour, c.direction, c.status, *measures)
        .where(*period)
        .group_by(weekday, hour, c.direction, c.status),
    }


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--raw-repeats", type=int, default=3)
    parser.add_argument(
        "--skip-rebuild", action="store_true", help="no rebuild-summaries (about 17 min at 10M)"
    )
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_reports") as url:
        engine = make_engine(url)
        migrate(engine)
        info: dict[str, Any] = {"dialect": dialect_of(engine), "calls": args.calls}
        with engine.connect() as conn:
            have = int(conn.scalar(select(func.count()).select_from(Call.__table__)) or 0)
        if have < args.calls:
            started = time.perf_counter()
            seed(
                engine,
                SeedPlan(
                    calls=args.calls - have,
                    clients=max(3000, args.calls // 33),
                    employees=60,
                    days=365,
                    seed=7,
                    now=NOW,
                ),
            )
            info["seed_seconds_with_summaries"] = round(time.perf_counter() - started, 1)
        with engine.begin() as conn:
            # The KPI's time logged in and pauses read these: a year of working days.
            if not conn.scalar(select(func.count()).select_from(WorkSession.__table__)):
                shifts, pauses = seed_shifts(conn, NOW, 365, seed=7)
                info["work_sessions_added"], info["pauses_added"] = shifts, pauses
        with engine.connect() as conn:
            info["seeded_calls"] = int(
                conn.scalar(select(func.count()).select_from(Call.__table__)) or 0
            )
            info["summary_rows"] = int(
                conn.scalar(select(func.count()).select_from(CallSummary.__table__)) or 0
            )
        first, last = NOW.date() - timedelta(days=364), NOW.date()
        year = ReportParams(first, last, breakdown=Breakdown.MONTH)
        by_day = ReportParams(first, last, breakdown=Breakdown.DAY)
        kpi = ReportParams(first, last, breakdown=Breakdown.NONE)
        month = ReportParams(last - timedelta(days=30), last, breakdown=Breakdown.DAY)
        figures: dict[str, Any] = {"info": info, "period": [first.isoformat(), last.isoformat()]}
        info["load_average_1min_before"] = round(os.getloadavg()[0], 2)
        with engine.connect() as conn:
            cases: dict[str, Callable[[], Any]] = {
                "call_center_year_by_month": lambda: run_report(conn, "call-center", year),
                "call_center_year_by_day": lambda: run_report(conn, "call-center", by_day),
                "kpi_summary_year": lambda: run_report(conn, "operators", kpi),
                "traffic_heat_map_year": lambda: run_report(conn, "traffic", year),
                "detail_first_page_year": lambda: run_report(conn, "detail", by_day),
                "detail_first_page_rows_only": lambda: detail_rows(conn, by_day, None),
                "waits_year": lambda: run_report(conn, "waits", year),
                # Lists of calls (not from the summaries), over a month and a year.
                "lost_calls_month_first_page": lambda: run_report(conn, "lost-calls", month),
                "lost_calls_year_first_page": lambda: run_report(conn, "lost-calls", by_day),
                "repeat_callers_month": lambda: run_report(conn, "repeat-callers", month),
            }
            for name, fn in cases.items():
                fn()  # warm the caches once, as a supervisor's second look would
                figures[name] = summary(timed(fn, args.repeats))
            start = datetime.combine(first, datetime.min.time())
            raw = _raw_queries(info["dialect"], start, start + timedelta(days=365))
            for name, query in raw.items():

                def raw_query(q: Any = query) -> None:
                    conn.execute(q).all()

                figures[f"raw_group_by_{name}"] = summary(timed(raw_query, args.raw_repeats))
        # What keeping the summaries costs a writer: the refresh a call's transaction does for
        # its hour (the hour, its day's rollups, its month's), rolled back.
        moment = NOW - timedelta(days=40)

        def refresh_one_hour() -> None:
            with engine.connect() as conn:
                tx = conn.begin()
                refresh_hours(conn, [moment])
                tx.rollback()

        refresh_one_hour()
        figures["refresh_one_hour"] = summary(timed(refresh_one_hour, args.repeats))
        if not args.skip_rebuild:
            started = time.perf_counter()
            with engine.begin() as conn:
                rebuild(conn)
            figures["rebuild_summaries_seconds"] = round(time.perf_counter() - started, 1)
        info["load_average_1min_after"] = round(os.getloadavg()[0], 2)
        engine.dispose()
    emit(figures, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
