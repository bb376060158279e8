"""Benchmark of the incoming-call pop-up's lookup (app.clients.caller_id.identify) at scale.

    python -m tests.benchmarks.caller_id --db sqlite:///big.db --phones 1000000
    python -m tests.benchmarks.caller_id --start-mariadb --phones 1000000 --calls 1000000

Seeds the database (the demo generator: clients with phones and contact persons, then
calls) until it holds at least the asked phones and calls, then times ``identify()`` for
random client numbers, contact-person numbers, unknown numbers that called before, numbers
never seen and extensions, over a few hundred lookups each on one open connection (as the
pop-up's worker has it), with a ``SELECT 1`` round trip as the baseline of the same run.
Prints JSON: p50/p95/max in ms per kind. Figures, not assertions.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, select, text

from app.clients.caller_id import identify
from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, bulk_insert, commit, seed
from app.phones import display, reversed_digits
from models import Call, Client, Employee, Phone
from tests.benchmarks.harness import benchmark_database, benchmark_parser, emit, summary

# The demo directory has about 2.1 phones per client (own numbers and contact persons').
PHONES_PER_CLIENT = 2.1
# Mobile codes the demo generator never uses: extra phones and never-seen numbers.
EXTRA_PREFIX = "+7953"
NEVER_SEEN_PREFIX = "+7958"


def timed_each(fn: Callable[[str], Any], inputs: list[str]) -> list[float]:
    times = []
    for value in inputs:
        start = time.perf_counter()
        fn(value)
        times.append((time.perf_counter() - start) * 1000)
    return times


def counts(engine: Engine) -> tuple[int, int]:
    with engine.connect() as conn:
        phones = int(conn.scalar(select(func.count()).select_from(Phone)) or 0)
        calls = int(conn.scalar(select(func.count()).select_from(Call)) or 0)
    return phones, calls


def ensure_data(engine: Engine, phones: int, calls: int) -> dict[str, Any]:
    migrate(engine)
    have_phones, have_calls = counts(engine)
    info: dict[str, Any] = {"phones_before": have_phones, "calls_before": have_calls}
    if have_phones == 0 or have_calls < calls:
        start = time.perf_counter()
        report = seed(
            engine,
            SeedPlan(
                calls=max(0, calls - have_calls),
                clients=int(phones / PHONES_PER_CLIENT) + 1,
                employees=60,
                days=180,
                seed=7,
            ),
            progress=lambda what, done, total: print(
                f"{what} {done}/{total}", file=sys.stderr, flush=True
            ),
        )
        info["seed_seconds"] = round(time.perf_counter() - start, 1)
        info["seeded"] = {"clients": report.clients, "phones": report.phones, "calls": report.calls}
    have_phones, _ = counts(engine)
    if have_phones < phones:
        start = time.perf_counter()
        info["extra_phones"] = add_phones(engine, phones - have_phones)
        info["extra_phones_seconds"] = round(time.perf_counter() - start, 1)
    if engine.dialect.name in ("mysql", "mariadb"):
        with engine.connect() as conn:
            for table in ("calls", "phones", "clients", "contacts", "employees"):
                conn.exec_driver_sql(f"ANALYZE TABLE {table}").all()
    return info


def add_phones(engine: Engine, count: int) -> int:
    """The fast path to a phone count: more numbers for existing clients, in bulk."""
    rng = random.Random(count)
    created = datetime(2026, 1, 1)
    with engine.connect() as conn:
        max_client = int(conn.scalar(select(func.max(Client.id))) or 0)
        first = int(
            conn.scalar(select(func.count()).where(Phone.number.like(EXTRA_PREFIX + "%"))) or 0
        )
        rows = []
        for i in range(first, first + count):
            number = f"{EXTRA_PREFIX}{i:07d}"
            rows.append(
                {
                    "number": number,
                    "digits_reversed": reversed_digits(number),
                    "client_id": rng.randint(1, max_client),
                    "contact_id": None,
                    "created_at": created,
                    "created_by_id": None,
                }
            )
        bulk_insert(conn, Phone.__table__, rows)
        commit(conn)
    return count


def sample_numbers(conn: Connection, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Random inputs of each kind, written the way they come (E.164 or national form)."""
    max_phone = int(conn.scalar(select(func.max(Phone.id))) or 0)
    client_numbers: list[str] = []
    contact_numbers: list[str] = []
    while len(client_numbers) < n or len(contact_numbers) < n:
        ids = [rng.randint(1, max_phone) for _ in range(200)]
        for number, contact_id in conn.execute(
            select(Phone.number, Phone.contact_id).where(Phone.id.in_(ids))
        ):
            target = contact_numbers if contact_id is not None else client_numbers
            if len(target) < n:
                # Half as the PBX sends them, half as an operator pastes them.
                target.append(number if rng.random() < 0.5 else display(number))
    max_call = int(conn.scalar(select(func.max(Call.id))) or 0)
    unknown: list[str] = []
    while len(unknown) < n and max_call:
        ids = [rng.randint(1, max_call) for _ in range(500)]
        unknown.extend(
            conn.scalars(
                select(Call.external_number).where(
                    Call.id.in_(ids), Call.number_known.is_(False), Call.direction != "internal"
                )
            )
        )
    never = [f"{NEVER_SEEN_PREFIX}{rng.randrange(10**7):07d}" for _ in range(n)]
    extensions = [e for e in conn.scalars(select(Employee.extension)) if e]
    return {
        "client_number": client_numbers,
        "contact_number": contact_numbers,
        "unknown_number_with_calls": unknown[:n],
        "never_seen_number": never,
        "extension": [rng.choice(extensions) for _ in range(n)],
    }


def run(engine: Engine, lookups: int) -> dict[str, Any]:
    rng = random.Random(11)
    results: dict[str, Any] = {}
    with engine.connect() as conn:
        inputs = sample_numbers(conn, rng, lookups)
        results["baseline_select_1"] = summary(
            timed_each(lambda _v: conn.execute(text("SELECT 1")).scalar(), ["x"] * lookups),
            digits=3,
        )
        found: dict[str, int] = {}
        for kind, numbers in inputs.items():
            infos = [identify(conn, v) for v in numbers[:20]]  # warm-up, as the app's first call
            del infos
            times = timed_each(lambda v: identify(conn, v), numbers)
            results[kind] = summary(times, digits=3)
            sample = [identify(conn, v) for v in numbers[:50]]
            found[kind] = sum(1 for i in sample if i.known)
            results[kind]["known_in_first_50"] = found[kind]
            results[kind]["avg_recent_calls"] = round(
                sum(len(i.recent_calls) for i in sample) / max(1, len(sample)), 2
            )
            print(kind, json.dumps(results[kind]), file=sys.stderr, flush=True)
    # A cold connection: what the very first pop-up after start-up costs.
    cold: list[float] = []
    for number in inputs["client_number"][:20]:
        start = time.perf_counter()
        with engine.connect() as conn:
            identify(conn, number)
        cold.append((time.perf_counter() - start) * 1000)
        engine.dispose()
    results["client_number_new_connection"] = summary(cold, digits=3)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--phones", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_bench") as url:
        engine = make_engine(url)
        info = ensure_data(engine, args.phones, args.calls)
        info["phones"], info["calls"] = counts(engine)
        with engine.connect() as conn:
            info["clients"] = int(conn.scalar(select(func.count()).select_from(Client)) or 0)
        info["dialect"] = engine.dialect.name
        info["lookups_per_kind"] = args.lookups
        results = run(engine, args.lookups)
        worst = max(v["p95_ms"] for k, v in results.items() if k not in ("baseline_select_1",))
        emit(
            {
                "setup": info,
                "identify": results,
                "worst_p95_ms": worst,
                "target_ms": 100,
                "note": "identify() is the whole lookup (normalize, owner, last 3 calls "
                "with employee names); the pop-up shows the number before it returns",
            },
            args.out,
        )
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
