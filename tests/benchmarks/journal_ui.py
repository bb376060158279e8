"""Benchmark of the journal as the GUI sees it (offscreen): filter change -> first rows in
the model, and memory while scrolling through every call of the period.

    python -m tests.benchmarks.journal_ui --start-mariadb --calls 1000000
    python -m tests.benchmarks.journal_ui --db URL [--calls N]

Prints JSON. The scroll is run twice on the same data: with CallDesk's page cache (pages
far from the view are evicted and read again from their keyset anchor) and, as the
baseline, with a cache that keeps every page (what a plain "fetchMore and append" model
does). Figures, not assertions: timed tests flake on shared machines.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from tests.benchmarks.harness import benchmark_database, benchmark_parser, emit, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.journal.filter import JournalFilter
from app.staff.auth import current_user
from models import Call, Employee, Role
from ui.journal import model as model_module
from ui.journal.loader import LoaderThread
from ui.journal.model import JournalModel


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait_for(signal: Any, timeout_ms: int = 60_000) -> bool:
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: Any) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return bool(fired)


def ensure_calls(engine: Engine, calls: int) -> int:
    migrate(engine)
    with engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(Call)) or 0
    if have < calls:
        started = time.perf_counter()
        seed(engine, SeedPlan(calls=calls - have, clients=max(3000, calls // 30), seed=have + 1))
        print(
            f"seeded {calls - have} calls in {time.perf_counter() - started:.0f} s", file=sys.stderr
        )
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Call)) or 0)


def period_of(engine: Engine) -> tuple[datetime, datetime]:
    with engine.connect() as conn:
        first, last = conn.execute(
            select(func.min(Call.started_at), func.max(Call.started_at))
        ).one()
    return first.replace(hour=0, minute=0, second=0), last + timedelta(seconds=1)


def filter_changes(
    model: JournalModel, start: datetime, end: datetime, repeat: int
) -> dict[str, dict[str, float]]:
    """ms from set_filter() to the first page in the model, per kind of filter."""
    last_week = end - timedelta(days=7)
    shapes: dict[str, JournalFilter] = {
        "open (last 7 days)": JournalFilter(last_week, end),
        "whole period": JournalFilter(start, end),
        "incoming": JournalFilter(last_week, end, incoming=True),
        "missed": JournalFilter(last_week, end, missed=True),
        "lost": JournalFilter(start, end, lost=True),
        "first contacts": JournalFilter(last_week, end, first_contacts=True),
        "unregistered": JournalFilter(last_week, end, unregistered=True),
        "internal shown": JournalFilter(last_week, end, show_internal=True),
        "my calls": JournalFilter(start, end, my_calls=True),
        "search phone suffix": JournalFilter(start, end, search="4567"),
        "search client name": JournalFilter(start, end, search="Ромашка"),
        "search employee name": JournalFilter(start, end, search="Иванов"),
    }
    figures: dict[str, dict[str, float]] = {}
    for name, flt in shapes.items():
        samples = []
        for _ in range(repeat):
            began = time.perf_counter()
            model.set_filter(flt)
            if not wait_for(model.first_page_loaded):
                raise RuntimeError(f"no rows for {name!r} within a minute")
            samples.append((time.perf_counter() - began) * 1000)
        figures[name] = {
            "p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(percentile(samples, 0.95), 1),
            "rows": model.rowCount(),
        }
    return figures


def scroll(model: JournalModel, flt: JournalFilter, max_rows: int) -> dict[str, Any]:
    """Walk the journal to its end like a user dragging down, touching the visible rows."""
    model.set_filter(flt)
    wait_for(model.first_page_loaded)
    rss_start = rss_mb()
    peak = rss_start
    samples: list[tuple[int, float]] = []
    began = time.perf_counter()
    pages = 0
    while not model.at_end and model.rowCount() < max_rows:
        before = model.rowCount()
        model.fetchMore()
        while model.rowCount() == before and not model.at_end:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        for row in range(max(0, model.rowCount() - 40), model.rowCount()):
            for col in (1, 3, 4, 6):
                model.index(row, col).data()
        pages += 1
        if pages % 100 == 0:
            current = rss_mb()
            peak = max(peak, current)
            samples.append((model.rowCount(), round(current, 1)))
    elapsed = time.perf_counter() - began
    peak = max(peak, rss_mb())
    return {
        "rows": model.rowCount(),
        "seconds": round(elapsed, 1),
        "rows_per_second": round(model.rowCount() / elapsed) if elapsed else None,
        "rss_start_mb": round(rss_start, 1),
        "rss_peak_mb": round(peak, 1),
        "rss_growth_mb": round(peak - rss_start, 1),
        "cached_pages_at_end": model.cached_pages,
        "rss_samples": samples[:: max(1, len(samples) // 10)],
    }


@contextmanager
def cache_limit(pages: int) -> Iterator[None]:
    saved = model_module.MAX_CACHED_PAGES
    model_module.MAX_CACHED_PAGES = pages
    try:
        yield
    finally:
        model_module.MAX_CACHED_PAGES = saved


def run(url: str, calls: int, repeat: int, max_rows: int) -> dict[str, Any]:
    engine = make_engine(url)
    total = ensure_calls(engine, calls)
    with Session(engine) as session:
        supervisor = session.scalars(
            select(Employee).where(Employee.role == Role.SUPERVISOR.value).limit(1)
        ).one()
        viewer = current_user(supervisor)
    start, end = period_of(engine)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    worker = LoaderThread(engine, viewer)
    result: dict[str, Any] = {"calls": total, "dialect": engine.dialect.name}
    try:
        model = JournalModel(worker.loader)
        result["filter_change_to_first_rows"] = filter_changes(model, start, end, repeat)
        whole = JournalFilter(start, end)
        result["scroll_calldesk_page_cache"] = scroll(JournalModel(worker.loader), whole, max_rows)
        with cache_limit(10**9):
            result["scroll_baseline_keep_all_pages"] = scroll(
                JournalModel(worker.loader), whole, max_rows
            )
    finally:
        worker.stop()
        engine.dispose()
    del app
    return result


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--max-rows", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    with benchmark_database(args, "bench_ui") as url:
        emit(run(url, args.calls, args.repeat, args.max_rows), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
