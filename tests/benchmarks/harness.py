"""What every benchmark repeats: the database to run on, timing, percentiles, the JSON out.

    parser = benchmark_parser(__doc__)             # --db URL | --start-mariadb, --out FILE
    parser.add_argument("--calls", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_bench") as url:
        figures = {...}
    emit(figures, args.out)

A benchmark prints figures (JSON), never asserts on time: see README's "Benchmarks".
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

# Enough for a seeded 10M-call table and its indexes to stay in memory, as on a real server.
MARIADB_BUFFER_POOL = 3 * 1024**3


def benchmark_parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser with the options every database benchmark takes."""
    parser = argparse.ArgumentParser(
        description=(doc or "").splitlines()[0] if doc else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", help="database URL (mysql+pymysql://... or sqlite:///...)")
    parser.add_argument("--start-mariadb", action="store_true", help="start a throwaway MariaDB")
    parser.add_argument("--out", type=Path, help="also write the JSON figures to this file")
    return parser


@contextmanager
def benchmark_database(args: argparse.Namespace, name: str) -> Iterator[str]:
    """The URL of the database to measure: ``--db``, or a database on a throwaway MariaDB
    (``--start-mariadb``, stopped afterwards) with a buffer pool large enough for the data."""
    if not args.db and not args.start_mariadb:
        raise SystemExit("give --db URL or --start-mariadb")
    if not args.start_mariadb:
        yield args.db
        return
    from tests.support.mariadb_server import MariaDBServer

    server = MariaDBServer.from_environment()
    try:
        url = server.create_database(name)
        from app.database import make_engine

        engine = make_engine(url)
        with engine.connect() as conn:
            conn.exec_driver_sql(f"SET GLOBAL innodb_buffer_pool_size = {MARIADB_BUFFER_POOL}")
        engine.dispose()
        yield url
    finally:
        server.stop()


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0 < q < 1: 0.95 is p95) of ``values``, interpolated between the
    samples (``statistics.quantiles``' inclusive method)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    cut = min(max(round(q * 100), 1), 99)
    return statistics.quantiles(ordered, n=100, method="inclusive")[cut - 1]


def timed(fn: Callable[[], Any], repeats: int) -> list[float]:
    """Milliseconds of each of ``repeats`` calls of ``fn``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float], digits: int = 2) -> dict[str, float]:
    """p50 / p95 / max in ms and the number of samples."""
    return {
        "p50_ms": round(percentile(times, 0.5), digits),
        "p95_ms": round(percentile(times, 0.95), digits),
        "max_ms": round(max(times), digits),
        "n": len(times),
    }


def dialect_of(engine: Engine) -> str:
    return engine.dialect.name


def emit(figures: dict[str, Any], out: Path | None = None) -> None:
    """Print the figures as JSON, and write them to ``out`` too when given."""
    text = json.dumps(figures, indent=2, ensure_ascii=False)
    print(text, flush=True)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
