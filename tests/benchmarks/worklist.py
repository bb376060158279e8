"""The callback worklist's read (what every workstation does every 5 s) on a seeded database.

    python -m tests.benchmarks.worklist --db sqlite:////tmp/w.db --calls 200000 --days 30
    python -m tests.benchmarks.worklist --start-mariadb --calls 200000 --days 30 --out FILE

Seeds ``--calls`` calls over ``--days`` days (skipped when the database already has calls),
then times ``app.callbacks.read_worklist`` at the end of the seeded day (``--repeats`` times)
and the stamp a workstation asks every 5 s instead while nothing changes
(``worklist_stamp``), against a baseline in the same run: the bare read of that day's missed
incoming calls (the first of the worklist's queries). Prints JSON (no assertions).
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import func, select

from app.callbacks import read_worklist
from app.callbacks.worklist import worklist_stamp
from app.database import make_engine, migrate
from app.demo import seed as seeder
from models import Call, Direction, Disposition
from tests.benchmarks.harness import benchmark_database, benchmark_parser, emit, summary, timed

NOW = datetime(2026, 12, 1, 17, 30)


def main(argv: list[str] | None = None) -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--calls", type=int, default=200_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_worklist") as url:
        engine = make_engine(url)
        migrate(engine)
        with engine.connect() as conn:
            existing = conn.scalar(select(func.count()).select_from(Call)) or 0
        if not existing:
            plan = seeder.SeedPlan(
                calls=args.calls, clients=max(3_000, args.calls // 30), days=args.days, now=NOW
            )
            seeder.seed(engine, plan)
        day_start = datetime.combine(NOW.date(), time(0, 0))
        with engine.connect() as conn:
            worklist = read_worklist(conn, NOW)
            today = conn.scalar(
                select(func.count()).select_from(Call).where(Call.started_at >= day_start)
            )

            def bare() -> None:
                conn.execute(
                    select(Call.id, Call.external_number, Call.started_at).where(
                        Call.direction == Direction.INCOMING.value,
                        Call.started_at >= day_start,
                        Call.started_at <= NOW,
                        Call.disposition != Disposition.ANSWERED.value,
                    )
                ).all()

            # Alternated, so both see the same machine load.
            base_times: list[float] = []
            worklist_times: list[float] = []
            stamp_times: list[float] = []
            for _ in range(args.repeats):
                base_times += timed(bare, 1)
                worklist_times += timed(lambda: read_worklist(conn, NOW), 1)
                stamp_times += timed(lambda: worklist_stamp(conn, day_start, NOW), 1)
        figures = {
            "benchmark": "worklist",
            "backend": engine.dialect.name,
            "calls": existing or args.calls,
            "calls_that_day": today,
            "items": len(worklist.items),
            "open_items": len(worklist.open_items),
            "read_worklist": summary(worklist_times),
            "worklist_stamp": summary(stamp_times),
            "baseline_missed_today_query": summary(base_times),
        }
        engine.dispose()
    emit(figures, args.out)


if __name__ == "__main__":
    main()
