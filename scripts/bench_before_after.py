"""The journal benchmark before and after a change, alternating, on one MariaDB database.

    .venv/bin/python scripts/bench_before_after.py BEFORE_REV [--calls 300000] [--rounds 2]

Checks BEFORE_REV out into a temporary worktree, starts a throwaway MariaDB, seeds it once
(the first run), then runs ``python -m tests.benchmarks.journal --db URL`` from the old tree
and from this one in turn and prints each run's p95 per interaction as JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("--calls", default="300000")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from sqlalchemy import create_engine

    from tests.support.mariadb_server import MariaDBServer

    results: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "before"
        subprocess.run(
            ["git", "worktree", "add", "-q", "--detach", str(old), args.before],
            cwd=ROOT,
            check=True,
        )
        server = MariaDBServer.from_environment()
        try:
            url = server.create_database("bench_before_after")
            engine = create_engine(url)
            with engine.connect() as conn:
                conn.exec_driver_sql("SET GLOBAL innodb_buffer_pool_size = 3221225472")
            engine.dispose()
            for _ in range(args.rounds):
                for name, cwd in (("before", old), ("after", ROOT)):
                    done = subprocess.run(
                        [
                            sys.executable,
                            "-m",
                            "tests.benchmarks.journal",
                            "--db",
                            url,
                            "--calls",
                            args.calls,
                            "--repeats",
                            "20",
                            "--baseline-repeats",
                            "3",
                        ],
                        cwd=cwd,
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    data = json.loads(done.stdout[done.stdout.index("{") :])
                    results.setdefault(name, []).append(
                        {k: v["calldesk"]["p95_ms"] for k, v in data["interactions"].items()}
                    )
        finally:
            server.stop()
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
