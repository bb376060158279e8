"""Many desktops writing at once (issue 18): writers registering numbers, pausing and
commenting for ``--seconds`` against one database, each on an engine of its own.

    python -m tests.benchmarks.write_load --start-mariadb --writers 50 --seconds 60 --out FILE

The baseline in the same run is one writer alone on a database of its own for
``--baseline-seconds``. Prints JSON: writes done, refused (with the distinct messages) and
failed (must be 0), writes per second, each write's latency, and the verification of the
database against what every writer was told (must be empty). No assertions.
"""

from __future__ import annotations

import time
from collections import Counter

from tests.benchmarks.harness import benchmark_database, benchmark_parser, emit, summary
from tests.support.write_load import Outcomes, prepare, run_load, verify


def _figures(out: Outcomes, seconds: float, problems: list[str]) -> dict[str, object]:
    return {
        **out.counts(),
        "writes_per_s": round((len(out.done) + len(out.refused)) / seconds, 1),
        "latency": summary([t * 1000 for t in out.latencies]),
        "refusals_by_class": dict(Counter(c for _, _, _, c in out.refused)),
        "refusal_examples": sorted({c: m for _, _, m, c in out.refused}.values()),
        "failures": [f for _, f in out.failed[:10]],
        "verification_problems": problems[:20],
    }


def main(argv: list[str] | None = None) -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--writers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--baseline-seconds", type=float, default=15.0)
    args = parser.parse_args(argv)
    with benchmark_database(args, "write_load") as url:
        base_url = url.replace("/write_load", "/write_load_baseline")
        if args.start_mariadb:
            from sqlalchemy import text

            from app.database import make_engine

            admin = make_engine(url)
            with admin.begin() as conn:
                conn.execute(text("CREATE DATABASE write_load_baseline CHARACTER SET utf8mb4"))
            admin.dispose()
        baseline_setup = prepare(base_url, 1)
        baseline = run_load(baseline_setup, args.baseline_seconds)
        setup = prepare(url, args.writers)
        began = time.monotonic()
        out = run_load(setup, args.seconds)
        elapsed = time.monotonic() - began
        emit(
            {
                "benchmark": "write_load",
                "writers": args.writers,
                "seconds": round(elapsed, 1),
                "load": _figures(out, elapsed, verify(setup, out)),
                "baseline_one_writer": _figures(
                    baseline, args.baseline_seconds, verify(baseline_setup, baseline)
                ),
            },
            args.out,
        )


if __name__ == "__main__":
    main()
