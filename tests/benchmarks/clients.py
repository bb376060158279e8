"""Benchmark of the client directory: import N clients, then time searches and pages.

    python -m tests.benchmarks.clients --db sqlite:///tmp/bench.db [--clients 50000]
    python -m tests.benchmarks.clients --start-mariadb [--clients 50000]

Imports synthetic clients through app.clients.importing (timed: the import figure), then times
the first page of the directory for typical searches (name, contact, number suffix, full
number, a custom-field filter) and the capped count. Prints JSON p50/p95 in ms.
Figures, not assertions: this is a script, not a timed test.
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from sqlalchemy import Engine, func, select

from app.clients.directory import ClientFilter, count_capped, fetch_page
from app.clients.importing import CONTACT, NAME, PHONE, SourceTable, check_rows, import_rows
from app.database import Database, make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.staff.auth import current_user
from models import Client, ClientField, Employee, EmployeeGroup, GroupMembership, Role
from tests.benchmarks.harness import benchmark_database, benchmark_parser, emit, summary
from tests.benchmarks.harness import timed as harness_timed

WORDS = ["Альфа", "Вектор", "Гранит", "Дельта", "Орион", "Сириус", "Титан", "Урал", "Юпитер"]
SURNAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Соколов", "Орлов"]


def ensure_clients(engine: Engine, wanted: int) -> dict[str, Any]:
    migrate(engine)
    db = Database(engine)
    with engine.connect() as conn:
        have = int(conn.scalar(select(func.count()).select_from(Client)) or 0)
    if have == 0:
        seed(engine, SeedPlan(calls=100, clients=10, days=1, seed=3))
        have = 10
    with db.transaction() as s:
        if s.scalar(select(ClientField.id).where(ClientField.title == "Город")) is None:
            s.add(ClientField(title="Город", field_type="text", in_table=True))
        # Operators see custom fields through a group (in none, none): one that edits all.
        group = s.scalar(select(EmployeeGroup).where(EmployeeGroup.name == "All fields"))
        if group is None:
            group = EmployeeGroup(name="All fields")
            s.add(group)
            s.flush()
            operators = s.scalars(select(Employee.id).where(Employee.role == Role.OPERATOR.value))
            s.add_all(GroupMembership(employee_id=e, group_id=group.id) for e in operators)
        employee = s.scalars(select(Employee).where(Employee.role == Role.ADMIN.value)).first()
        assert employee is not None
        who = current_user(employee)
    info: dict[str, Any] = {"clients_before": have}
    rng = random.Random(7)
    while have < wanted:
        n = min(10_000, wanted - have)
        rows = [
            [
                f"ООО «{rng.choice(WORDS)} {have + i}»",
                f"+7 9{rng.randint(10, 99)} {have + i:07d}",
                f"{rng.choice(SURNAMES)} {have + i}",
            ]
            for i in range(n)
        ]
        started = time.perf_counter()
        with engine.connect() as conn:
            check = check_rows(
                conn, SourceTable(["a", "b", "c"], rows), [NAME, PHONE, CONTACT], who
            )
        with db.transaction() as s:
            import_rows(s, check, who, only_valid=True)
        info.setdefault("import_10k_rows_s", []).append(round(time.perf_counter() - started, 2))
        have += n
    return info


def timed(fn: Any, repeats: int) -> dict[str, float]:
    return summary(harness_timed(fn, repeats), digits=1)


def run(engine: Engine, repeats: int) -> dict[str, Any]:
    with engine.connect() as conn:
        employee = conn.execute(
            select(Employee).where(Employee.role == Role.OPERATOR.value).limit(1)
        ).first()
        assert employee is not None
        who = current_user(employee)  # type: ignore[arg-type]
        field_id = conn.scalar(select(ClientField.id).where(ClientField.title == "Город"))
    searches = {
        "first_page": ClientFilter(),
        "name_word": ClientFilter(search="сириус"),
        "contact_surname": ClientFilter(search="Орлов 12"),
        "number_suffix": ClientFilter(search="4567"),
        "full_number": ClientFilter(search="+7 912 0012345"),
        "custom_field_filter": ClientFilter(custom=((int(field_id or 0), "казань"),)),
    }
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        for name, flt in searches.items():
            out[name] = timed(lambda f=flt: fetch_page(conn, f, who, None, 200), repeats)
            conn.rollback()
        out["count_capped"] = timed(
            lambda: count_capped(conn, ClientFilter(search="сириус"), who), repeats
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_clients_bench") as url:
        engine = make_engine(url)
        info = ensure_clients(engine, args.clients)
        with engine.connect() as conn:
            info["clients"] = int(conn.scalar(select(func.count()).select_from(Client)) or 0)
        info["dialect"] = engine.dialect.name
        emit({"setup": info, "searches": run(engine, args.repeats)}, args.out)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
