"""Benchmark: FreePBX ``cdr`` rows -> CallDesk journal through ``calldesk collect`` (MariaDB).

    python -m tests.benchmarks.collector --start-mariadb --rows 1000000 \
        --out docs/benchmarks/collector-1m-mariadb.json

Fills a FreePBX-shaped ``cdr`` table with a realistic mix of the collector's scenarios
(answered and missed incoming calls, queues with three members rung, ring groups nobody
answered, outgoing calls, attended transfers — about two rows per call) spread over the
past days, then runs the real CLI (``python -m ui.main collect``) in a subprocess until it
has caught up: CDR rows per second and the process's peak RSS. Then follow mode: the CLI
runs with ``--follow --poll 1`` while calls are written to the PBX table one at a time as
they end, and each call's lag (row written -> call in the journal) is measured.
Prints JSON figures; not a timed test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text

from app import clock
from app.database import make_engine, migrate
from models import Call, CallPart
from tests.benchmarks.harness import emit, percentile
from tests.support.collector_fixtures import (
    CLIENT_NUMBER,
    Cdr,
    create_cdr_table,
    insert_rows,
    seed_directory,
)

ROOT = Path(__file__).resolve().parents[2]


def one_call(cdr: Cdr, rng: random.Random, at: datetime, i: int) -> str:
    number = CLIENT_NUMBER if rng.random() < 0.05 else f"+7916{rng.randrange(10**7):07d}"
    kind = rng.random()
    if kind < 0.30:
        return cdr.incoming(at, number, f"10{rng.randint(1, 4)}")
    if kind < 0.45:
        return cdr.queue(at, number, ["101", "102", "103"], rng.choice(["101", "102", "103"]))
    if kind < 0.55:
        return cdr.ring_group(at, number, ["101", "102"], None)
    if kind < 0.80:
        status = rng.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"])
        return cdr.outgoing(at, "103", number, status, talk=40 if status == "ANSWERED" else 0)
    if kind < 0.88:
        return cdr.attended_transfer(at, number, "101", "104")
    return cdr.incoming(at, number, "102", talk=0)


def fill(cdr_engine: Engine, rows: int, end: datetime, days: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    cdr = Cdr()
    seconds = days * 86400
    start = end - timedelta(days=days)
    written = calls = 0
    t0 = time.perf_counter()
    while written < rows:
        # Calls spread evenly over the period by rows (a call has 1-4 rows).
        offset = int(seconds * (written + len(cdr.rows)) / rows)
        one_call(cdr, rng, start + timedelta(seconds=offset), calls)
        calls += 1
        if len(cdr.rows) >= 20_000 or written + len(cdr.rows) >= rows:
            batch = cdr.rows[: rows - written]
            insert_rows(cdr_engine, batch)
            written += len(batch)
            cdr.rows.clear()
            print(f"  cdr rows: {written:,}/{rows:,}", file=sys.stderr, flush=True)
    return {
        "rows": written,
        "calls": calls,
        "days": days,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def collect_command(url: str, cdr_url: str, *options: str) -> list[str]:
    return [sys.executable, "-m", "ui.main", "collect", "--db", url, "--cdr", cdr_url, *options]


# What a collector wrote, as one hash: every call's facts in pbx_id order (times as seconds
# after the first call: the cdr rows are made relative to "now", so two runs on the same
# rows compare), the call it was resolved by (its pbx_id), its parts and participants.
_CALL_FACTS = """
SELECT c.pbx_id, TIMESTAMPDIFF(SECOND, f.t0, c.started_at),
       TIMESTAMPDIFF(SECOND, f.t0, c.answered_at), TIMESTAMPDIFF(SECOND, f.t0, c.ended_at),
       c.direction, c.disposition, c.status, c.external_number, c.number_reversed,
       c.client_id, c.contact_id, c.number_known, c.employee_id, c.responsible_id,
       c.wait_seconds, c.talk_seconds, c.hangup_by, c.transfer_count, c.source,
       r.pbx_id, TIMESTAMPDIFF(SECOND, f.t0, c.resolved_at),
       (SELECT GROUP_CONCAT(CONCAT_WS('/', p.seq, p.employee_id, p.extension,
               TIMESTAMPDIFF(SECOND, f.t0, p.started_at),
               TIMESTAMPDIFF(SECOND, f.t0, p.answered_at),
               TIMESTAMPDIFF(SECOND, f.t0, p.ended_at), p.disposition, p.talk_seconds,
               p.recording_ref) ORDER BY p.seq SEPARATOR '|')
        FROM call_parts p WHERE p.call_id = c.id),
       (SELECT GROUP_CONCAT(cp.employee_id ORDER BY cp.employee_id)
        FROM call_participants cp WHERE cp.call_id = c.id)
FROM calls c
CROSS JOIN (SELECT MIN(started_at) AS t0 FROM calls) f
LEFT JOIN calls r ON r.id = c.resolved_by_call_id
ORDER BY c.pbx_id
"""


def written_data(engine: Engine) -> dict[str, Any]:
    """Row counts and the hash of the calls' facts (see _CALL_FACTS)."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        counts = {
            "calls": conn.scalar(select(func.count()).select_from(Call)),
            "parts": conn.scalar(select(func.count()).select_from(CallPart)),
            "collected_legs": conn.scalar(text("SELECT COUNT(*) FROM collected_legs")),
            "report_call_hours": conn.scalar(text("SELECT COUNT(*) FROM report_call_hours")),
        }
        conn.exec_driver_sql("SET SESSION group_concat_max_len = 65536")
        # Streamed: this process stays small, or the next collector it starts (forked from
        # it) would count its pages in its peak RSS.
        streamed = conn.execution_options(stream_results=True).exec_driver_sql(_CALL_FACTS)
        for row in streamed:
            digest.update(repr(tuple(row)).encode())
        hours = conn.exec_driver_sql(
            "SELECT SUM(calls), SUM(wait_s), SUM(talk_s), SUM(within_sl), SUM(called_back), "
            "SUM(callbacks), SUM(transferred) FROM report_call_hours"
        ).one()
    return {
        **counts,
        "calls_sha256": digest.hexdigest()[:16],
        "report_totals": list(map(int, hours)),
    }


def process_cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of a running process (Linux /proc), e.g. mariadbd."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def catch_up(
    url: str,
    cdr_url: str,
    rows: int,
    batch_rows: int,
    server_pid: int | None = None,
    code: Path = ROOT,
) -> dict[str, Any]:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    server_before = process_cpu_seconds(server_pid)
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    done = subprocess.run(
        collect_command(url, cdr_url, "--batch-rows", str(batch_rows)),
        cwd=code,  # ``python -m ui.main`` imports the collector of this checkout
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - t0
    server_after = process_cpu_seconds(server_pid)
    load_after = os.getloadavg()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kb = usage.ru_maxrss
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    if done.returncode != 0:
        raise SystemExit(done.stderr[-4000:])
    return {
        "seconds": round(elapsed, 1),
        "rows_per_second": round(rows / elapsed),
        "peak_rss_mb": round(max(peak_kb, before) / 1024, 1),
        "collector_cpu_seconds": round(cpu, 1),
        # The one MariaDB server holds both the PBX's cdr (read) and CallDesk's database.
        "mariadbd_cpu_seconds": round(server_after - server_before, 1)
        if server_after is not None and server_before is not None
        else None,
        "load_average_1min_before_after": [round(load_before[0], 2), round(load_after[0], 2)],
        "summary": done.stdout.strip().splitlines()[-1],
        "batch_rows": batch_rows,
    }


def follow_lag(
    engine: Engine, cdr_engine: Engine, url: str, cdr_url: str, calls: int, poll: float
) -> dict[str, Any]:
    process = subprocess.Popen(
        collect_command(url, cdr_url, "--follow", "--poll", str(poll)),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rng = random.Random(7)
    cdr = Cdr(_n=10**8)
    pending: dict[str, float] = {}
    lags: list[float] = []
    lock = threading.Lock()
    stop = threading.Event()

    def watch() -> None:
        with engine.connect() as conn:
            while not stop.is_set() or pending:
                with lock:
                    wanted = list(pending)
                if wanted:
                    seen = conn.scalars(
                        select(Call.pbx_id).where(Call.pbx_id.in_([f"main:{w}" for w in wanted]))
                    ).all()
                    now = time.monotonic()
                    with lock:
                        for pbx_id in seen:
                            lags.append(now - pending.pop(str(pbx_id).split(":", 1)[1]))
                conn.commit()
                time.sleep(0.05)
                if stop.is_set() and time.monotonic() > deadline:
                    return

    deadline = float("inf")
    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        time.sleep(3)  # the collector is up and caught up
        for i in range(calls):
            talk = rng.randint(5, 60)
            # A row is written when its leg ends: calldate = now - duration.
            at = clock.now().replace(microsecond=0) - timedelta(seconds=talk + 8)
            linkedid = one_call(cdr, rng, at, i)
            with lock:
                insert_rows(cdr_engine, cdr.rows)
                pending[linkedid] = time.monotonic()
            cdr.rows.clear()
            time.sleep(rng.uniform(0.1, 0.5))
    finally:
        deadline = time.monotonic() + 30
        stop.set()
        watcher.join()
        os.kill(process.pid, signal.SIGTERM)  # our own child, by its pid
        process.wait(60)
    return {
        "calls": calls,
        "seen": len(lags),
        "poll_seconds": poll,
        "lag_p50_s": round(percentile(lags, 0.5), 2) if lags else None,
        "lag_p95_s": round(percentile(lags, 0.95), 2) if lags else None,
        "lag_max_s": round(max(lags), 2) if lags else None,
    }


def _commit(code: Path = ROOT) -> str | None:
    """The commit measured (``+changes`` when app/ differs from it)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=code, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "app"], cwd=code)
    except OSError:
        return None
    return (head + ("+changes" if dirty.returncode else "")) or None


def _baseline(path: Path, commit: str | None) -> dict[str, Any]:
    earlier = json.loads(path.read_text())
    caught = earlier.get("catch_up", {})
    kept = {
        k: caught.get(k)
        for k in ("rows_per_second", "peak_rss_mb", "collector_cpu_seconds", "seconds")
    }
    kept["follow_lag_p95_s"] = earlier.get("follow", {}).get("lag_p95_s")
    kept["commit"] = commit or earlier.get("commit")
    kept["conditions"] = earlier.get("conditions")
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--start-mariadb", action="store_true")
    parser.add_argument("--db", help="CallDesk database URL (empty)")
    parser.add_argument("--cdr-db", help="PBX database URL (empty)")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--batch-rows", type=int, default=5000)
    parser.add_argument("--follow-calls", type=int, default=60)
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--baseline",
        type=Path,
        help="an earlier result (e.g. the --out file itself): its catch-up figures are kept "
        "under 'baseline'",
    )
    parser.add_argument(
        "--baseline-commit", help="the commit that earlier result (or --baseline-code) measured"
    )
    parser.add_argument(
        "--baseline-code",
        type=Path,
        metavar="DIR",
        help="another checkout (e.g. a git worktree of main): its collector catches up on the "
        "same cdr rows into a second database first, in the same session; its figures go "
        "under 'baseline' and the data both wrote is compared",
    )
    args = parser.parse_args(argv)
    baseline = _baseline(args.baseline, args.baseline_commit) if args.baseline else None
    server = None
    base_db = None
    base_run: dict[str, Any] | None = None
    if args.start_mariadb:
        from tests.support.mariadb_server import MariaDBServer

        server = MariaDBServer.from_environment()
        args.db = server.create_database("calldesk_bench")
        args.cdr_db = server.create_database("asteriskcdrdb_bench")
        if args.baseline_code:
            base_db = server.create_database("calldesk_bench_base")
    if args.baseline_code and not base_db:
        parser.error("--baseline-code needs --start-mariadb")
    if not (args.db and args.cdr_db):
        parser.error("--db and --cdr-db, or --start-mariadb")
    try:
        engine, cdr_engine = make_engine(args.db), make_engine(args.cdr_db)
        directory_from = clock.now() - timedelta(days=args.days + 30)
        migrate(engine)
        seed_directory(engine, directory_from)
        create_cdr_table(cdr_engine)
        end = clock.now().replace(microsecond=0) - timedelta(hours=3)
        filled = fill(cdr_engine, args.rows, end, args.days, seed=1)
        pid = server._process.pid if server is not None and server._process else None
        if base_db is not None:
            base_engine = make_engine(base_db)
            migrate(base_engine)
            seed_directory(base_engine, directory_from)
            base = catch_up(
                base_db, args.cdr_db, filled["rows"], args.batch_rows, pid, args.baseline_code
            )
            base["commit"] = args.baseline_commit or _commit(args.baseline_code)
            base["written"] = written_data(base_engine)
            base_engine.dispose()
            assert server is not None
            server.drop_database("calldesk_bench_base")  # the buffer pool as for one run
            base_run = base
        caught = catch_up(args.db, args.cdr_db, filled["rows"], args.batch_rows, pid)
        written = written_data(engine)
        if base_run is not None:
            # Every figure of the data equal: the same calls, parts, links and summaries.
            written["same_as_baseline"] = written == base_run["written"]
        lag = follow_lag(engine, cdr_engine, args.db, args.cdr_db, args.follow_calls, 1.0)
        out = {
            "commit": _commit(),
            "machine": {"cpus": os.cpu_count()},
            "cdr": filled,
            "catch_up": caught,
            "written": written,
            "follow": lag,
        }
        if base_run is not None:
            out["baseline"] = base_run
        if baseline is not None:
            out["earlier_result" if base_run is not None else "baseline"] = baseline
        emit(out, args.out)
        engine.dispose()
        cdr_engine.dispose()
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
