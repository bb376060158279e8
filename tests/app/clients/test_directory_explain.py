"""The client table's query shapes on MariaDB: read in display order through an index.

A module-scoped database gets thousands of clients with contacts and numbers and fresh
statistics; then ``EXPLAIN`` of each page statement must show the clients read through
``ix_clients_display_name`` in ``(display_name, id)`` order (InnoDB appends the primary key
to a secondary index) with no filesort and no temporary table — except the number search,
which starts from the few owners the reversed-digits index finds and sorts only those.
``ANALYZE`` proves the unfiltered pages stop after one page of rows.

A "contains" search (name, contact person, custom field) has no index to seek: the clients
are walked in index order until the page is full, and the contact names are matched once
by a scan of ``contacts`` (materialized); these shapes assert exactly that, nothing worse.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, insert, select

from app.clients import column_filters
from app.clients.directory import (
    KIND_INDEX,
    RESPONSIBLE_INDEX,
    ClientFilter,
    Key,
    detail_statements,
    page_statement,
)
from app.database import make_engine
from app.staff.auth import CurrentUser, current_user
from models import Client, ClientField, ClientFieldValue, Employee, Role, ValueList, ValueListItem
from tests.benchmarks.clients import ensure_clients, ensure_filter_data
from tests.support.mariadb_server import MariaDBServer

pytestmark = [pytest.mark.mariadb, pytest.mark.slow]

CLIENTS = 8_000
PAGE = 200
DISPLAY_INDEX = "ix_clients_display_name"
GOOD_ACCESS = {"range", "ref", "eq_ref", "const"}


@pytest.fixture(scope="module")
def big(mariadb_server: MariaDBServer) -> Iterator[Engine]:
    name = f"calldesk_clients_explain_{secrets.token_hex(4)}"
    engine = make_engine(mariadb_server.create_database(name))
    try:
        ensure_clients(engine, CLIENTS)  # migrates, seeds the demo, imports the rest
        ensure_filter_data(engine)  # cities (one in a thousand "Анадырь") and managers
        with engine.connect() as conn:
            for table in ("clients", "contacts", "phones", "employees"):
                conn.exec_driver_sql(f"ANALYZE TABLE {table}").all()
        yield engine
    finally:
        engine.dispose()
        mariadb_server.drop_database(name)


def _compiled(conn: Connection, stmt: Any) -> tuple[str, Any]:
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    return str(compiled), compiled.params


def explain(conn: Connection, stmt: Any) -> list[dict[str, Any]]:
    sql, params = _compiled(conn, stmt)
    return [dict(r._mapping) for r in conn.exec_driver_sql("EXPLAIN " + sql, params)]


def rows_read(conn: Connection, stmt: Any, table: str) -> float:
    """Rows the executed statement really read from ``table`` (ANALYZE FORMAT=JSON)."""
    sql, params = _compiled(conn, stmt)
    doc = json.loads(conn.exec_driver_sql("ANALYZE FORMAT=JSON " + sql, params).scalar_one())
    found: list[float] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("table_name") == table and "r_rows" in node:
                found.append(float(node["r_rows"]) * float(node.get("r_loops", 1)))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    assert found, f"{table} not in the plan"
    return sum(found)


def described(plan: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{r['id']} {r['select_type']} {r['table']} {r['type']} {r['key']} {r['rows']} {r['Extra']}"
        for r in plan
    )


def assert_display_order(plan: list[dict[str, Any]], shape: str, scanned: set[str]) -> None:
    """Clients drive the plan through the display-order index; no sort, no temp table.

    ``scanned``: tables a "contains" match may read whole (once, materialized).
    """
    text = f"{shape}\n{described(plan)}"
    driver = plan[0]
    assert driver["table"] == "clients", text
    assert driver["key"] == DISPLAY_INDEX and driver["type"] in ("index", "range"), text
    for row in plan:
        extra = row["Extra"] or ""
        assert "filesort" not in extra and "temporary" not in extra, text
        if row is driver or str(row["table"]).startswith("<"):
            continue
        if row["table"] in scanned and row["select_type"] == "MATERIALIZED":
            continue
        assert row["type"] in GOOD_ACCESS and row["key"], text


@pytest.fixture(scope="module")
def viewer(big: Engine) -> CurrentUser:
    with big.connect() as conn:
        emp = conn.execute(
            select(Employee).where(Employee.role == Role.OPERATOR.value).order_by(Employee.id)
        ).first()
    assert emp is not None
    return current_user(emp)  # type: ignore[arg-type]


def middle(conn: Connection) -> Key:
    row = conn.execute(
        select(Client.display_name, Client.id)
        .order_by(Client.display_name, Client.id)
        .offset(CLIENTS // 2)
        .limit(1)
    ).one()
    return (row[0], row[1])


@pytest.mark.parametrize("from_end", [False, True], ids=["from_top", "from_end"])
@pytest.mark.parametrize("page", ["first", "next"])
def test_unfiltered_pages_read_one_page_of_the_display_index(
    big: Engine, viewer: CurrentUser, page: str, from_end: bool
) -> None:
    """From the top and, for End, from the end (backwards on the same index)."""
    with big.connect() as conn:
        after = None if page == "first" else middle(conn)
        stmt = page_statement(conn, ClientFilter(), viewer, after, PAGE, from_end=from_end)
        plan = explain(conn, stmt)
        assert_display_order(plan, page, set())
        assert plan[0]["type"] == ("index" if after is None else "range"), described(plan)
        # Read backwards, MariaDB positions on the cursor row itself and skips it: one more.
        assert rows_read(conn, stmt, "clients") <= PAGE + (1 if from_end and after else 0)


@pytest.mark.parametrize("after", [False, True])
@pytest.mark.parametrize("shape", ["name", "contact_search", "contact_filter", "custom_field"])
def test_contains_searches_walk_the_display_index(
    big: Engine, viewer: CurrentUser, shape: str, after: bool
) -> None:
    with big.connect() as conn:
        field_id = conn.scalar(select(ClientField.id).where(ClientField.title == "Город"))
        assert field_id is not None
        flt = {
            "name": ClientFilter(search="сириус"),
            "contact_search": ClientFilter(search="Орлов 12"),
            "contact_filter": ClientFilter(contact="Орлов 12"),
            "custom_field": ClientFilter(custom=((field_id, "казань"),)),
        }[shape]
        stmt = page_statement(conn, flt, viewer, middle(conn) if after else None, PAGE)
        assert_display_order(explain(conn, stmt), shape, {"contacts"})


@pytest.mark.parametrize("search", ["4567", "+7 912 0001234"])
def test_number_search_starts_from_the_reversed_digits_index(
    big: Engine, viewer: CurrentUser, search: str
) -> None:
    with big.connect() as conn:
        plan = explain(conn, page_statement(conn, ClientFilter(search=search), viewer, None, PAGE))
    text = described(plan)
    by_table = {r["table"]: r for r in plan}
    phones = by_table["phones"]
    assert phones["type"] == "range" and phones["key"] == "ix_phones_digits_reversed", text
    assert by_table["clients"]["type"] == "eq_ref" and by_table["clients"]["key"] == "PRIMARY"
    for row in plan:
        if "filesort" in (row["Extra"] or ""):
            # Sorting is fine here and only here: the few owners of the matching numbers.
            assert str(row["table"]).startswith("<subquery"), text
        if not str(row["table"]).startswith("<"):
            assert row["type"] in GOOD_ACCESS and row["key"], text


def test_numbers_and_contacts_of_a_page_are_index_ranges_without_a_sort(big: Engine) -> None:
    with big.connect() as conn:
        ids = list(conn.scalars(select(Client.id).order_by(Client.display_name).limit(PAGE)))
        for stmt in detail_statements(ids):
            plan = explain(conn, stmt)
            assert len(plan) == 1 and plan[0]["type"] == "range", described(plan)
            assert plan[0]["key"] in ("ix_phones_client_id", "ix_contacts_client_id")
            assert "filesort" not in (plan[0]["Extra"] or ""), described(plan)


@pytest.mark.parametrize("descending", [False, True], ids=["a_to_z", "z_to_a"])
@pytest.mark.parametrize("column", ["responsible", "kind"])
def test_a_picked_manager_or_kind_walks_its_own_index_in_display_order(
    big: Engine, viewer: CurrentUser, column: str, descending: bool
) -> None:
    """A header filter on one responsible manager or one kind reads (value, name) in order:
    a page of rows, never the names of every other manager's clients, never a sort."""
    with big.connect() as conn:
        manager = conn.scalar(
            select(Client.responsible_id)
            .where(Client.responsible_id.is_not(None))
            .group_by(Client.responsible_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        value = str(manager) if column == "responsible" else "company"
        flt = ClientFilter(values=((column, (value,)),), descending=descending)
        stmt = page_statement(conn, flt, viewer, None, PAGE)
        plan = explain(conn, stmt)
        text = described(plan)
        index = {"responsible": RESPONSIBLE_INDEX, "kind": KIND_INDEX}[column]
        assert plan[0]["table"] == "clients" and plan[0]["key"] == index, text
        assert plan[0]["type"] in ("ref", "range"), text
        assert not any("filesort" in (r["Extra"] or "") for r in plan), text
        assert rows_read(conn, stmt, "clients") <= PAGE, text
        # A custom-field value too common to fetch its cards by key walks the display order.
        field_id = conn.scalar(select(ClientField.id).where(ClientField.title == "Город"))
        city = ClientFilter(values=((f"field:{field_id}", ("Казань",)),), descending=descending)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(column_filters, "FEW", PAGE)
            stmt = page_statement(conn, city, viewer, None, PAGE)
        assert_display_order(explain(conn, stmt), "city", set())
        assert len(conn.execute(stmt).all()) == PAGE


def test_the_default_view_hiding_closed_clients_still_walks_the_display_index(
    big: Engine, viewer: CurrentUser
) -> None:
    """A status list with a hiding item, every 20th client "Closed" (in a transaction rolled
    back afterwards): the default view's pages still walk the display index in order, no
    sort, and read one page of rows plus the few hidden ones they skip."""
    with big.connect() as conn, conn.begin() as outer:
        list_id = conn.execute(insert(ValueList).values(name="Статусы", version=1)).lastrowid
        closed = conn.execute(
            insert(ValueListItem).values(list_id=list_id, name="Закрыт", sort_order=0, hides=True)
        ).lastrowid
        field_id = conn.execute(
            insert(ClientField).values(
                title="Статус", field_type="list", list_id=list_id, code="status", items=[]
            )
        ).lastrowid
        conn.exec_driver_sql(
            "UPDATE clients SET custom_fields = JSON_SET(COALESCE(custom_fields, '{}'),"
            f" '$.\"{field_id}\"', {closed}) WHERE MOD(id, 20) = 0"
        )
        for after in (None, middle(conn)):
            stmt = page_statement(conn, ClientFilter(), viewer, after, PAGE)
            plan = explain(conn, stmt)
            assert_display_order(plan, "default view", set())
            assert rows_read(conn, stmt, "clients") <= PAGE * 1.1, described(plan)
            rows = conn.execute(stmt).all()
            assert len(rows) == PAGE and all(r.id % 20 for r in rows)
        outer.rollback()


def test_a_rare_custom_field_value_reads_only_its_few_cards(
    big: Engine, viewer: CurrentUser
) -> None:
    """The rarest city of the cards: the page reads its few clients by key (found through
    the value index), not every name in display order."""
    with big.connect() as conn:
        field_id = conn.scalar(select(ClientField.id).where(ClientField.title == "Город"))
        value, holders = conn.execute(
            select(ClientFieldValue.value, func.count())
            .where(ClientFieldValue.field_id == field_id)
            .group_by(ClientFieldValue.value)
            .order_by(func.count(), ClientFieldValue.value)
            .limit(1)
        ).one()
        assert value == "Анадырь" and holders <= CLIENTS / 1000 + 1
        flt = ClientFilter(values=((f"field:{field_id}", (value,)),))
        stmt = page_statement(conn, flt, viewer, None, PAGE)
        plan = explain(conn, stmt)
        text = described(plan)
        assert plan[0]["table"] == "clients" and plan[0]["key"] == "PRIMARY", text
        assert plan[0]["type"] == "range", text
        assert rows_read(conn, stmt, "clients") <= holders, text
        assert len(conn.execute(stmt).all()) == min(holders, PAGE)
