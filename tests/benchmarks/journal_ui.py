"""Benchmark of the journal as the GUI sees it (offscreen): filter change -> first rows in
the model, memory while scrolling through every call of the period, and End pressed ->
the last rows of the period painted.

    python -m tests.benchmarks.journal_ui --start-mariadb --calls 1000000
    python -m tests.benchmarks.journal_ui --db URL [--calls N] [--parts end]

Prints JSON. The scroll is run twice on the same data: with CallDesk's page cache (pages
far from the view are evicted and read again from their keyset anchor) and, as the
baseline, with a cache that keeps every page (what a plain "fetchMore and append" model
does). The end jump (one query for the last page) has as its baseline, in the same run,
the old way to the end — walking there page by page — capped at ``--walk-pages`` pages and
extrapolated to the period. Figures, not assertions: timed tests flake on shared machines.
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

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.journal.filter import JournalFilter
from app.staff.auth import current_user
from models import Call, Employee, Role
from ui.journal import model as model_module
from ui.journal.columns import COLUMNS, needs
from ui.journal.form import ROW_HEIGHT
from ui.journal.loader import LoaderThread
from ui.journal.model import ROW_ROLE, JournalModel
from ui.paged_navigation import PagedNavigation


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


def wait_until(done: Any, signal: Any) -> None:
    """Wait (in an event loop, woken by ``signal``) until ``done()``; a minute at most."""
    deadline = time.perf_counter() + 60
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("nothing came within a minute")
        wait_for(signal, 1000)


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


def journal_view(model: JournalModel) -> QTableView:
    """The journal's table as the form sets it up (fixed rows, per-pixel scrolling), shown."""
    view = QTableView()
    view.setModel(model)
    view.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.resize(1400, 800)
    PagedNavigation(view, model)
    view.show()
    return view


def period_ends(engine: Engine, flt: JournalFilter) -> tuple[int, int]:
    """(calls the filter shows, id of the last one in display order), by plain queries:
    what the end of the journal must show (the default filter, or missed calls)."""
    shown = [
        Call.started_at >= flt.period_start,
        Call.started_at < flt.period_end,
        Call.direction != "internal",
    ]
    if flt.missed:
        shown += [Call.direction == "in", Call.disposition != "answered"]
    order = (Call.started_at, Call.id)
    if flt.oldest_first:
        order = (Call.started_at.desc(), Call.id.desc())  # type: ignore[assignment]
    with engine.connect() as conn:
        total = int(conn.scalar(select(func.count()).select_from(Call).where(*shown)) or 0)
        last = conn.scalar(select(Call.id).where(*shown).order_by(*order).limit(1))
    return total, int(last or 0)


def end_jumps(model: JournalModel, flt: JournalFilter, last_id: int, repeat: int) -> dict[str, Any]:
    """ms from End pressed (the first page of the period shown) to the last rows painted."""
    view = journal_view(model)
    asked: list[Any] = []
    fetch = model.fetch_page_before

    def counted(*args: Any) -> Any:
        asked.append(args[3])
        return fetch(*args)

    model.fetch_page_before = counted  # type: ignore[method-assign, assignment]
    samples: list[float] = []
    earlier: list[float] = []
    home: list[float] = []
    for _ in range(repeat):
        model.set_filter(flt)
        if not wait_for(model.first_page_loaded):
            raise RuntimeError("no first page within a minute")
        QApplication.processEvents()
        asked.clear()
        began = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_End)
        if not wait_for(model.end_loaded):
            raise RuntimeError("no last page within a minute")
        view.viewport().repaint()  # the tail rows painted (data() of every visible cell)
        samples.append((time.perf_counter() - began) * 1000)
        last = view.currentIndex().data(ROW_ROLE)
        if last is None or last.id != last_id or asked != [None]:
            raise RuntimeError(f"End showed {last!r} after pages {asked!r}")
        # One page up from the end (scrolling up past the tail's top).
        rows = model.rowCount()
        began = time.perf_counter()
        view.verticalScrollBar().setValue(0)
        wait_until(lambda r=rows: model.rowCount() > r, model.rowsInserted)
        view.viewport().repaint()
        earlier.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_Home)
        if not wait_for(model.first_page_loaded):
            raise RuntimeError("no first page after Home within a minute")
        view.viewport().repaint()
        home.append((time.perf_counter() - began) * 1000)
    view.close()

    def figures(values: list[float]) -> dict[str, float]:
        return {
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(percentile(values, 0.95), 1),
            "max_ms": round(max(values), 1),
        }

    return {
        "pages_queried_per_end": 1,
        "end_to_last_rows_painted": figures(samples),
        "end_then_one_page_up_painted": figures(earlier),
        "home_from_end_to_first_rows_painted": figures(home),
        "samples_ms": [round(v, 1) for v in samples],
    }


def walk_to_end(model: JournalModel, flt: JournalFilter, total: int, pages: int) -> dict[str, Any]:
    """The old way to the end: fetchMore page after page (capped), extrapolated."""
    model.set_filter(flt)
    wait_for(model.first_page_loaded)
    began = time.perf_counter()
    walked = 0
    while not model.at_end and walked < pages:
        before = model.rowCount()
        model.fetchMore()
        wait_until(lambda b=before: model.rowCount() > b or model.at_end, model.loading_changed)
        walked += 1
    elapsed = (time.perf_counter() - began) * 1000
    per_page = elapsed / max(walked, 1)
    return {
        "pages_walked": walked,
        "rows_reached": model.rowCount(),
        "reached_the_end": model.at_end,
        "ms": round(elapsed, 1),
        "ms_per_page": round(per_page, 2),
        "estimated_seconds_to_walk_the_period": round(total / model.page_size * per_page / 1000, 1),
    }


def tail_scroll_memory(model: JournalModel, flt: JournalFilter, pages: int) -> dict[str, Any]:
    """RSS while paging up from the end (tail mode keeps the same page cache)."""
    model.set_filter(flt)
    wait_for(model.first_page_loaded)
    model.jump_to_end()
    wait_for(model.end_loaded)
    rss_start = peak = rss_mb()
    began = time.perf_counter()
    for n in range(pages):
        if model.at_start:
            break
        rows = model.rowCount()
        model.fetch_earlier()
        wait_until(lambda r=rows: model.rowCount() > r or model.at_start, model.loading_changed)
        for row in range(min(40, model.rowCount())):
            for col in (1, 3, 4, 6):
                model.index(row, col).data()
        if n % 50 == 0:
            peak = max(peak, rss_mb())
    elapsed = time.perf_counter() - began
    peak = max(peak, rss_mb())
    return {
        "rows": model.rowCount(),
        "seconds": round(elapsed, 1),
        "rss_start_mb": round(rss_start, 1),
        "rss_peak_mb": round(peak, 1),
        "rss_growth_mb": round(peak - rss_start, 1),
        "cached_pages_at_end": model.cached_pages,
    }


def end_figures(
    engine: Engine, worker: LoaderThread, start: datetime, end: datetime, args: Any
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "what": (
            "jump: End pressed in a shown 1400x800 journal table (the first page in view) -> "
            "the period's last rows painted, the current row on the last call (checked), "
            "after exactly one page query (checked); then one page up (scroll bar to the "
            "top: the scroll's own paint, the page above read and painted) and Home. "
            "Baseline, same run: the old way to the end, fetchMore page after page from "
            "the top without painting, capped and extrapolated to the period."
        )
    }
    for name, flt in {
        "whole period, newest first": JournalFilter(start, end),
        "whole period, oldest first": JournalFilter(start, end, oldest_first=True),
        "whole period, missed": JournalFilter(start, end, missed=True),
    }.items():
        total, last = period_ends(engine, flt)
        result[name] = {
            "calls_in_period": total,
            "jump": end_jumps(JournalModel(worker.loader), flt, last, args.repeat),
            f"baseline_walk_capped_at_{args.walk_pages}_pages": walk_to_end(
                JournalModel(worker.loader), flt, total, args.walk_pages
            ),
        }
    result["tail_scroll_memory"] = tail_scroll_memory(
        JournalModel(worker.loader), JournalFilter(start, end), args.tail_pages
    )
    return result


@contextmanager
def cache_limit(pages: int) -> Iterator[None]:
    saved = model_module.MAX_CACHED_PAGES
    model_module.MAX_CACHED_PAGES = pages
    try:
        yield
    finally:
        model_module.MAX_CACHED_PAGES = saved


def run(url: str, calls: int, args: Any) -> dict[str, Any]:
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
    parts = set(args.parts.split(","))
    try:
        if "filters" in parts:
            model = JournalModel(worker.loader)
            model.extra = needs(col for col, spec in COLUMNS.items() if spec.visible)
            result["filter_change_to_first_rows"] = filter_changes(model, start, end, args.repeat)
            everything = JournalModel(worker.loader)  # every column shown: the baseline
            result["filter_change_to_first_rows_all_columns"] = filter_changes(
                everything, start, end, args.repeat
            )
        whole = JournalFilter(start, end)
        if "scroll" in parts:
            result["scroll_calldesk_page_cache"] = scroll(
                JournalModel(worker.loader), whole, args.max_rows
            )
            with cache_limit(10**9):
                result["scroll_baseline_keep_all_pages"] = scroll(
                    JournalModel(worker.loader), whole, args.max_rows
                )
        if "end" in parts:
            result["end_jump"] = end_figures(engine, worker, start, end, args)
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
    parser.add_argument(
        "--parts", default="filters,scroll,end", help="comma-separated: filters, scroll, end"
    )
    parser.add_argument(
        "--walk-pages", type=int, default=300, help="the end baseline walks at most this many"
    )
    parser.add_argument(
        "--tail-pages", type=int, default=500, help="pages read upwards from the end (memory)"
    )
    args = parser.parse_args(argv)
    with benchmark_database(args, "bench_ui") as url:
        emit(run(url, args.calls, args), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
