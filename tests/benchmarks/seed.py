"""Seeding speed: ``calldesk seed``'s generator writing N calls (with the report summaries).

    python -m tests.benchmarks.seed --start-mariadb --calls 1000000 --out FILE
    python -m tests.benchmarks.seed --db sqlite:////tmp/seed.db --calls 1000000 --out FILE

Migrates an empty database, seeds ``--calls`` calls over ``--days`` days (clients as
``calldesk seed`` picks them) and prints the wall time, calls per second and the time spent
writing the summaries (once per app.demo.seed.SUMMARY_CHUNK calls: counted in Python
into an empty journal, else app.reports.summary.refresh_period). Prints JSON (no
assertions).
"""

from __future__ import annotations

import time
from datetime import datetime

from app.database import make_engine, migrate
from app.demo import seed as seeder
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
            "summary_refresh_seconds": round(report.summary_seconds, 1),
            "index_build_seconds": round(report.index_seconds, 1),
        }
        engine.dispose()
    emit(figures, args.out)


if __name__ == "__main__":
    main()
