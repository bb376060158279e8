"""Benchmark of the client directory: import N clients, then time searches and pages.

    python -m tests.benchmarks.clients --db sqlite:///tmp/bench.db [--clients 50000]
    python -m tests.benchmarks.clients --start-mariadb [--clients 50000]

Imports synthetic clients through app.clients.importing (timed: the import figure), then times
the first page of the directory for typical searches (name, contact, number suffix, full
number, a custom-field filter) and the capped count, then the first page after a column
header's value filter (built-in column, custom field, responsible manager; common and rare
values, alone and with a search) and the listing of a column's values for its popup.
Prints JSON p50/p95 in ms.
``--closed-share 0.05`` (the default) gives every 20th client the status "Закрыт" of a list
whose item hides clients, so the default view's hiding condition is part of every page;
``--closed-share 0`` leaves statuses out (the figures before reusable lists existed).
Figures, not assertions: this is a script, not a timed test.
"""

from __future__ import annotations

import os
import random
import sys
import time
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from app.clients import column_filters as cf
from app.clients import field_index
from app.clients.column_filters import KIND, RESPONSIBLE, field_column
from app.clients.column_values import column_values
from app.clients.directory import ClientFilter, count_capped, count_hidden, fetch_page
from app.clients.importing import CONTACT, NAME, PHONE, SourceTable, check_rows, import_rows
from app.database import Database, make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.staff.auth import current_user
from models import (
    Client,
    ClientField,
    Employee,
    EmployeeGroup,
    GroupMembership,
    Role,
    ValueList,
    ValueListItem,
)
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


CITIES = ["Москва", "Казань", "Тверь", "Омск", "Тула", "Уфа", "Пермь", "Псков", "Самара", "Сочи"]
RARE_EVERY = 1000  # the rare city and the rare manager: one client in this many


def ensure_filter_data(engine: Engine) -> dict[str, Any]:
    """Give every client a city (ten of them, one in RARE_EVERY a rare one, "Анадырь") and a
    responsible manager (the operators in turn; one in RARE_EVERY the rare manager)."""
    db = Database(engine)
    with db.transaction() as s:
        field_id = s.scalar(select(ClientField.id).where(ClientField.title == "Город"))
        assert field_id is not None
        key = str(field_id)
        done = s.scalar(
            select(func.count())
            .select_from(Client)
            .where(Client.custom_fields[key].as_string() == "Анадырь")
        )
        operators = list(
            s.scalars(
                select(Employee.id)
                .where(Employee.role == Role.OPERATOR.value)
                .order_by(Employee.id)
            )
        )
        assert len(operators) >= 3
        rare_manager, managers = operators[0], operators[1:]
        if not done:
            started = time.perf_counter()
            for n, city in enumerate(CITIES):
                s.execute(
                    update(Client)
                    .where(Client.id % len(CITIES) == n)
                    .values(custom_fields=func.json_object(key, city))
                )
            s.execute(
                update(Client)
                .where(Client.id % RARE_EVERY == 7)
                .values(custom_fields=func.json_object(key, "Анадырь"))
            )
            for n, manager in enumerate(managers):
                s.execute(
                    update(Client)
                    .where(Client.id % len(managers) == n)
                    .values(responsible_id=manager)
                )
            s.execute(
                update(Client)
                .where(Client.id % RARE_EVERY == 3)
                .values(responsible_id=rare_manager)
            )
            setup_s = round(time.perf_counter() - started, 2)
        else:
            setup_s = 0.0
    started = time.perf_counter()
    with db.transaction() as s:  # the values were written around the app
        index_rows = field_index.rebuild(s)
    return {
        "field_index_rows": index_rows,
        "field_index_rebuild_s": round(time.perf_counter() - started, 2),
        "field_id": field_id,
        "manager": managers[1],
        "rare_manager": rare_manager,
        "managers": len(managers),
        "filter_data_s": setup_s,
    }


def ensure_statuses(engine: Engine, share: float) -> dict[str, Any]:
    """A "Статус" list field whose item "Закрыт" hides clients; every 1/share-th client
    holds it (one UPDATE; done once per database)."""
    if share <= 0:
        return {"closed_share": 0}
    every = max(2, round(1 / share))
    with engine.begin() as conn:
        if conn.scalar(select(ClientField.id).where(ClientField.code == "status")) is None:
            list_id = conn.execute(insert(ValueList).values(name="Статусы", version=1)).lastrowid
            closed = conn.execute(
                insert(ValueListItem).values(
                    list_id=list_id, name="Закрыт", sort_order=0, hides=True
                )
            ).lastrowid
            field_id = conn.execute(
                insert(ClientField).values(
                    title="Статус", field_type="list", list_id=list_id, code="status", items=[]
                )
            ).lastrowid
            values = conn.execute(
                select(Client.id, Client.custom_fields).where(Client.id % every == 0)
            ).all()
            for client_id, custom in values:
                conn.execute(
                    update(Client)
                    .where(Client.id == client_id)
                    .values(custom_fields={**(custom or {}), str(field_id): closed})
                )
    return {"closed_share": round(1 / every, 3)}


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
        out["first_page_show_hidden"] = timed(
            lambda: fetch_page(conn, ClientFilter(show_hidden=True), who, None, 200), repeats
        )
        out["count_hidden"] = timed(lambda: count_hidden(conn, ClientFilter(), who), repeats)
    return out


def run_filters(engine: Engine, data: dict[str, Any], repeats: int) -> dict[str, Any]:
    """The first page (200 rows) after a header value filter, and a popup's value list."""
    with engine.connect() as conn:
        employee = conn.execute(
            select(Employee).where(Employee.role == Role.OPERATOR.value).limit(1)
        ).first()
        assert employee is not None
        who = current_user(employee)  # type: ignore[arg-type]
    city = field_column(int(data["field_id"]))
    manager, rare = str(data["manager"]), str(data["rare_manager"])
    filters = {
        "kind_company": ClientFilter(values=((KIND, ("company",)),)),
        "kind_person_rare": ClientFilter(values=((KIND, ("person",)),)),
        "city_common": ClientFilter(values=((city, ("Казань",)),)),
        "city_two_values": ClientFilter(values=((city, ("Казань", "Тверь")),)),
        "city_rare": ClientFilter(values=((city, ("Анадырь",)),)),
        "manager_common": ClientFilter(values=((RESPONSIBLE, (manager,)),)),
        "manager_rare": ClientFilter(values=((RESPONSIBLE, (rare,)),)),
        "city_and_manager": ClientFilter(values=((city, ("Казань",)), (RESPONSIBLE, (manager,)))),
        "city_with_search": ClientFilter(search="сириус", values=((city, ("Казань",)),)),
        "manager_z_to_a": ClientFilter(values=((RESPONSIBLE, (manager,)),), descending=True),
    }
    pages: dict[str, Any] = {}
    lists: dict[str, Any] = {}
    # The baseline in the same run: the city filters reading every card's JSON, as before
    # the value index (app.clients.field_index).
    baseline = {f"{name}_json_scan": flt for name, flt in filters.items() if "city" in name}
    with engine.connect() as conn:
        for name, flt in (*filters.items(), *baseline.items()):
            cf.USE_VALUE_INDEX = name not in baseline
            try:
                rows = fetch_page(conn, flt, who, None, 200)
                pages[name] = {
                    "rows": len(rows),
                    **timed(lambda f=flt: fetch_page(conn, f, who, None, 200), repeats),
                }
            finally:
                cf.USE_VALUE_INDEX = True
            conn.rollback()
        for name, column, flt in (
            ("kind", KIND, ClientFilter()),
            ("manager", RESPONSIBLE, ClientFilter()),
            ("city", city, ClientFilter()),
            ("city_under_manager", city, filters["manager_common"]),
        ):
            lists[name] = timed(lambda c=column, f=flt: column_values(conn, f, who, c), repeats)
            conn.rollback()
    return {"first_page": pages, "popup_values": lists}


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--closed-share", type=float, default=0.05)
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_clients_bench") as url:
        engine = make_engine(url)
        info = ensure_clients(engine, args.clients)
        info.update(ensure_statuses(engine, args.closed_share))
        with engine.connect() as conn:
            info["clients"] = int(conn.scalar(select(func.count()).select_from(Client)) or 0)
        info["dialect"] = engine.dialect.name
        data = ensure_filter_data(engine)
        info.update(data)
        # The machine is shared: its load says how much the figures are worth.
        info["load_average_before"] = [round(x, 1) for x in os.getloadavg()]
        searches = run(engine, args.repeats)
        filters = run_filters(engine, data, args.repeats)
        info["load_average_after"] = [round(x, 1) for x in os.getloadavg()]
        emit({"setup": info, "searches": searches, "column_filters": filters}, args.out)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
