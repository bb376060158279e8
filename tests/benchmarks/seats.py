"""How many workstations one MariaDB serves (issue 18): simulated desktops against one server.

    python -m tests.benchmarks.seats --workstations 300 --seconds 60 --calls 200000 --out FILE

Starts a MariaDB, seeds ``--calls`` calls, then runs ``--workstations`` simulated desktops
for ``--seconds``, spread over ``--processes`` processes, each desktop on a connection of its
own doing what an open CallDesk window does: the journal's poll for new calls every 3 s, the
callback worklist's stamp every 5 s, a first page of a filter (today, missed, my calls,
a phone ending) every 15 s and a client card every 30 s, with jittered starts. The baseline
in the same run is one desktop alone for ``--baseline-seconds``. Prints JSON: p50/p95 of each
action under load and alone, the server's CPU seconds (from /proc of its process) per
second and per workstation, and the load average. No assertions.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import threading
import time
from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.callbacks.worklist import worklist_stamp
from app.clients.card import load_card
from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.journal.filter import PeriodPreset
from app.journal.query import JournalFilter, newest_call_id, prepare
from app.staff.auth import current_user
from models import Client, Employee
from tests.benchmarks.harness import benchmark_parser, emit, summary

NOW = datetime(2026, 12, 1, 17, 30)
EVERY_S = {"poll_journal": 3.0, "poll_worklist": 5.0, "first_page": 15.0, "open_card": 30.0}


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _desktop(
    url: str, index: int, stop_at: float, seconds: float, out: dict[str, list[float]]
) -> None:
    rng = random.Random(index)
    engine = make_engine(url, pool_size=1, max_overflow=0)
    with Session(engine) as session:
        staff = session.scalars(select(Employee).order_by(Employee.id)).all()
        viewer = current_user(staff[index % len(staff)])
    with engine.connect() as conn:
        client_ids = list(conn.scalars(select(Client.id).limit(5000)))
        today = JournalFilter.for_preset(PeriodPreset.TODAY, NOW.date())
        filters = [
            today,
            replace(today, missed=True),
            replace(today, my_calls=True),
            replace(today, search=f"{rng.randrange(100):02d}"),
        ]
        journal = prepare(conn, today, viewer)
        newest = newest_call_id(conn)
        conn.rollback()
        start_at = stop_at - seconds  # every desktop of every process starts together
        due = {action: start_at + rng.uniform(0, every) for action, every in EVERY_S.items()}
        while True:
            action, at = min(due.items(), key=lambda item: item[1])
            if at >= stop_at:
                break
            time.sleep(max(0.0, at - time.monotonic()))
            began = time.perf_counter()
            if action == "poll_journal":
                newest = journal.newer(conn, newest, 500).watermark
            elif action == "poll_worklist":
                worklist_stamp(conn, NOW - timedelta(hours=10), NOW)
            elif action == "first_page":
                prepare(conn, rng.choice(filters), viewer).page(conn, None, 100)
            else:
                load_card(conn, rng.choice(client_ids), viewer)
            conn.rollback()
            out[action].append((time.perf_counter() - began) * 1000)
            due[action] = at + EVERY_S[action]
    engine.dispose()


def _process(url: str, first: int, count: int, stop_at: float, seconds: float, queue: Any) -> None:
    clock.set_clock(clock.FixedClock(NOW))  # the seeded day, for every desktop of the process
    out: dict[str, list[float]] = defaultdict(list)
    threads = [
        threading.Thread(target=_desktop, args=(url, first + i, stop_at, seconds, out), daemon=True)
        for i in range(count)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put(dict(out))


def run(
    url: str, workstations: int, processes: int, seconds: float, server_pid: int
) -> tuple[dict[str, list[float]], float]:
    """The latencies of each action, and the server's CPU seconds over the ``seconds``."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    stop_at = time.monotonic() + 20 + seconds  # spawned processes start in a few seconds
    per = -(-workstations // processes)
    started = []
    for p in range(processes):
        count = min(per, workstations - p * per)
        if count <= 0:
            break
        proc = ctx.Process(target=_process, args=(url, p * per, count, stop_at, seconds, queue))
        proc.start()
        started.append(proc)
    time.sleep(max(0.0, stop_at - seconds - time.monotonic()))
    cpu_before = _cpu_seconds(server_pid)
    time.sleep(max(0.0, stop_at - time.monotonic()))
    server_cpu = _cpu_seconds(server_pid) - cpu_before
    merged: dict[str, list[float]] = defaultdict(list)
    for _ in started:
        for action, times in queue.get(timeout=seconds + 300).items():
            merged[action].extend(times)
    for proc in started:
        proc.join(timeout=60)
    return merged, server_cpu


def main(argv: list[str] | None = None) -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--workstations", type=int, default=300)
    parser.add_argument("--processes", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--baseline-seconds", type=float, default=30.0)
    parser.add_argument("--calls", type=int, default=200_000)
    args = parser.parse_args(argv)
    from tests.support.mariadb_server import MariaDBServer

    server = MariaDBServer()
    server.start()
    try:
        url = server.create_database("seats")
        engine = make_engine(url)
        migrate(engine)
        seed(engine, SeedPlan(calls=args.calls, clients=args.calls // 10, days=30, now=NOW, seed=5))
        with engine.connect() as conn:
            clients = conn.scalar(select(func.count()).select_from(Client))
        engine.dispose()
        assert server._process is not None
        pid = server._process.pid
        baseline, _cpu = run(url, 1, 1, args.baseline_seconds, pid)
        load, server_cpu = run(url, args.workstations, args.processes, args.seconds, pid)
        emit(
            {
                "benchmark": "seats",
                "workstations": args.workstations,
                "processes": args.processes,
                "seconds": args.seconds,
                "calls": args.calls,
                "clients": clients,
                "cores": os.cpu_count(),
                "load_average_1m_after": os.getloadavg()[0],
                "server_cpu_s": round(server_cpu, 1),
                "server_cpu_per_s": round(server_cpu / args.seconds, 2),
                "server_cpu_ms_per_workstation_per_s": round(
                    server_cpu / args.seconds / args.workstations * 1000, 2
                ),
                "actions": {a: summary(t) for a, t in sorted(load.items())},
                "baseline_one_workstation": {a: summary(t) for a, t in sorted(baseline.items())},
                "note": "clients and server share this machine's cores",
            },
            args.out,
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
