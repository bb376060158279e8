"""Seeding speed: ``calldesk seed``'s generator writing N calls (with the report summaries).

    python -m tests.benchmarks.seed --start-mariadb --calls 1000000 --out FILE
    python -m tests.benchmarks.seed --db sqlite:////tmp/seed.db --calls 1000000 --out FILE

Migrates an empty database, seeds ``--calls`` calls over ``--days`` days (clients as
``calldesk seed`` picks them) and prints the wall time, calls per second and the time spent
in the summary refreshes (app.reports.summary.refresh_period, called once per
app.demo.seed.SUMMARY_CHUNK calls). Prints JSON (no assertions).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from app.database import make_engine, migrate
from app.demo import seed as seeder
from app.reports import summary
from tests.benchmarks.harness import benchmark_database, benchmark_parser, dialect_of, emit

NOW = datetime(2026, 12, 1, 18, 0)


def main(argv: list[str] | None = None) -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_seed") as url:
        engine = make_engine(url)
        migrate(engine)
        refresh = summary.refresh_period
        spent = [0.0]

        def timed_refresh(conn: Any, start: datetime, end: datetime) -> None:
            began = time.perf_counter()
            refresh(conn, start, end)
            spent[0] += time.perf_counter() - began

        setattr(seeder, "refresh_period", timed_refresh)  # noqa: B010  seed.py's own name
        plan = seeder.SeedPlan(
            calls=args.calls, clients=max(3_000, args.calls // 30), days=args.days, now=NOW
        )
        began = time.perf_counter()
        report = seeder.seed(engine, plan)
        elapsed = time.perf_counter() - began
        figures = {
            "benchmark": "seed",
            "backend": dialect_of(engine),
            "calls": report.calls,
            "parts": report.parts,
            "days": args.days,
            "summary_chunk": seeder.SUMMARY_CHUNK,
            "seconds": round(elapsed, 1),
            "calls_per_second": round(report.calls / elapsed) if elapsed else 0,
            "summary_refresh_seconds": round(spent[0], 1),
        }
        engine.dispose()
    emit(figures, args.out)


if __name__ == "__main__":
    main()
