"""Every journal query shape is an index range scan in display order on MariaDB (DESIGN.md §6).

A module-scoped database gets enough calls for the optimizer to see a realistic table, and
``ANALYZE TABLE`` fresh statistics; then ``EXPLAIN`` of each statement the journal runs must
show an index on calls / call_participants accessed by range/ref, and no filesort, no
temporary table and no full scan anywhere.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select

from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.journal.query import (
    JournalFilter,
    newer_statement,
    newest_call_id,
    page_statements,
    resolve_search,
)
from app.journal.search import number_suffix_statement
from app.phones import phone_digits
from app.staff.auth import CurrentUser
from models import Call, Client, Employee, Role
from tests.support.mariadb_server import MariaDBServer

pytestmark = [pytest.mark.mariadb, pytest.mark.slow]

NOW = datetime(2026, 11, 20, 16, 0)
BASE = JournalFilter(period_start=datetime(2026, 10, 21), period_end=datetime(2026, 11, 21))
DRIVING_TABLES = {"calls", "call_participants"}
GOOD_ACCESS = {"range", "ref", "eq_ref", "const"}


@pytest.fixture(scope="module")
def big(mariadb_server: MariaDBServer) -> Iterator[Engine]:
    name = f"calldesk_explain_{secrets.token_hex(4)}"
    engine = make_engine(mariadb_server.create_database(name))
    try:
        migrate(engine)
        seed(engine, SeedPlan(calls=60_000, clients=3_000, employees=30, days=60, now=NOW))
        with engine.connect() as conn:
            for table in ("calls", "call_participants", "phones", "clients", "employees"):
                conn.exec_driver_sql(f"ANALYZE TABLE {table}").all()
        yield engine
    finally:
        engine.dispose()
        mariadb_server.drop_database(name)


def explain(conn: Connection, stmt: Any) -> list[dict[str, Any]]:
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    result = conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params)
    return [dict(row._mapping) for row in result]


def assert_index_plan(plan: list[dict[str, Any]], shape: str) -> None:
    described = "\n".join(
        f"{r['id']} {r['select_type']} {r['table']} {r['type']} {r['key']} {r['Extra']}"
        for r in plan
    )
    driver = plan[0]
    assert driver["table"] in DRIVING_TABLES, f"{shape}: driven by {driver['table']}\n{described}"
    assert driver["type"] in ("range", "ref"), f"{shape}: driver not a range scan\n{described}"
    assert driver["key"], f"{shape}: no index\n{described}"
    for row in plan:
        extra = row["Extra"] or ""
        assert "filesort" not in extra, f"{shape}: filesort\n{described}"
        assert "temporary" not in extra, f"{shape}: temporary table\n{described}"
        if row["table"] and not str(row["table"]).startswith("<"):
            assert row["type"] in GOOD_ACCESS, f"{shape}: {row['type']} access\n{described}"
            assert row["key"], f"{shape}: {row['table']} read without an index\n{described}"


def viewer(conn: Connection, role: Role) -> CurrentUser:
    emp = conn.execute(
        select(Employee).where(Employee.role == role.value).order_by(Employee.id)
    ).first()
    assert emp is not None
    return CurrentUser(emp.id, emp.login, emp.full_name, emp.position, role, emp.extension)


def shapes(conn: Connection) -> dict[str, tuple[JournalFilter, CurrentUser]]:
    sup = viewer(conn, Role.SUPERVISOR)
    op = viewer(conn, Role.OPERATOR)
    number = conn.scalar(select(Call.external_number).where(Call.direction == "in").limit(1))
    client = conn.scalar(select(Client.display_name).where(Client.id == 42))
    assert number and client
    return {
        "default": (BASE, sup),
        "incoming": (replace(BASE, incoming=True), sup),
        "outgoing": (replace(BASE, outgoing=True), sup),
        "missed": (replace(BASE, missed=True), sup),
        "lost": (replace(BASE, lost=True), sup),
        "show_internal": (replace(BASE, show_internal=True), sup),
        "incoming_internal": (replace(BASE, incoming=True, show_internal=True), sup),
        "first_contacts": (replace(BASE, first_contacts=True), sup),
        "unregistered": (replace(BASE, unregistered=True), sup),
        "my_calls": (replace(BASE, my_calls=True), sup),
        "oldest_first": (replace(BASE, oldest_first=True), sup),
        "oldest_first_missed": (replace(BASE, oldest_first=True, missed=True), sup),
        "oldest_first_operator": (replace(BASE, oldest_first=True), op),
        "operator": (BASE, op),
        "operator_missed": (replace(BASE, missed=True), op),
        "phone": (replace(BASE, search=number[-4:]), sup),
        "phone_operator": (replace(BASE, search=number[-4:]), op),
        "client": (replace(BASE, search=client), sup),
        "employee": (replace(BASE, search=op.full_name), sup),
        "client_operator": (replace(BASE, search=client), op),
        # Issue 15's status filter: one status index range per chosen status.
        "status_rejected": (replace(BASE, statuses=frozenset({"rejected"})), sup),
        "statuses_outgoing": (
            replace(BASE, outgoing=True, statuses=frozenset({"cancelled", "unanswered"})),
            sup,
        ),
        "status_operator": (replace(BASE, statuses=frozenset({"rejected"})), op),
    }


@pytest.mark.parametrize("from_end", [False, True], ids=["from_top", "from_end"])
@pytest.mark.parametrize("after", [None, (datetime(2026, 11, 10, 12, 0), 10**9)])
def test_every_page_query_is_an_index_range_scan_without_filesort(
    big: Engine, after: tuple[datetime, int] | None, from_end: bool
) -> None:
    """Pages read from the top and from the end (a jump to the end: the reverse order and
    the mirrored seek) are range scans of the same indexes."""
    with big.connect() as conn:
        for shape, (flt, user) in shapes(conn).items():
            match = resolve_search(conn, flt)
            if match is not None:
                assert not match.empty, shape
            stmts = page_statements(flt, user, after, 200, search=match, from_end=from_end)
            assert stmts, shape
            for stmt in stmts:
                assert_index_plan(explain(conn, stmt), shape)


def test_the_new_calls_poll_is_a_primary_key_range(big: Engine) -> None:
    with big.connect() as conn:
        top = newest_call_id(conn)
        for shape, (flt, user) in shapes(conn).items():
            match = resolve_search(conn, flt)
            plan = explain(conn, newer_statement(flt, user, top - 50, top, search=match))
            assert plan[0]["table"] == "calls" and plan[0]["key"] == "PRIMARY", shape
            assert plan[0]["type"] == "range", shape
            assert_index_plan(plan, f"newer {shape}")


def test_the_phone_suffix_lookup_reads_the_reversed_digits_index(big: Engine) -> None:
    with big.connect() as conn:
        number = conn.scalar(select(Call.external_number).where(Call.direction == "in").limit(1))
        assert number
        stmt = number_suffix_statement(phone_digits(number[-4:]))
        plan = explain(conn, stmt)
    assert plan[0]["key"] == "ix_calls_number_reversed" and plan[0]["type"] == "range"
    assert "filesort" not in (plan[0]["Extra"] or "")
