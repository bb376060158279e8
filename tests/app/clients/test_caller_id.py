"""Caller identification for the incoming-call pop-up (both databases): client, contact,
responsible manager and the last calls as the journal has them; unknown numbers,
extensions and junk; on MariaDB every statement it runs reads by index."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, event, select

from app.clients.caller_id import RECENT_CALLS, CallerInfo, identify
from app.clients.numbers import NewClient, create_client
from app.database import Database
from app.journal.query import JournalFilter, fetch_page
from app.staff.auth import CurrentUser
from models import Call, Client, ContactPerson, Employee, Phone, Role
from tests.support.ui_support import NOW, user_with_role

pytestmark = pytest.mark.seed(calls=1500, clients=60, employees=10, days=20, seed=21)


@pytest.fixture
def db(db: Database) -> Database:
    """The seeded database, its statistics fresh for the planner."""
    with db.engine.connect() as conn:
        if conn.dialect.name in ("mysql", "mariadb"):
            for table in ("calls", "phones", "clients", "contacts", "employees"):
                conn.exec_driver_sql(f"ANALYZE TABLE {table}").all()
    return db


def _expected_calls(conn: Connection, *where: Any) -> list[tuple[int, datetime, str, str]]:
    rows = conn.execute(
        select(Call.id, Call.started_at, Call.direction, Call.status)
        .where(*where)
        .order_by(Call.started_at.desc(), Call.id.desc())
        .limit(RECENT_CALLS)
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _shown(info: CallerInfo) -> list[tuple[int, datetime, str, str]]:
    return [(c.id, c.started_at, c.direction, c.status) for c in info.recent_calls]


def _busiest_client_number(conn: Connection, with_contact: bool) -> str:
    contact = Phone.contact_id.is_not(None) if with_contact else Phone.contact_id.is_(None)
    numbers = conn.execute(select(Phone.number).where(contact).order_by(Phone.id)).scalars()
    for number in numbers:
        if len(_expected_calls(conn, Call.external_number == number)) == RECENT_CALLS:
            return number
    raise AssertionError("no client number with enough calls")


def test_a_client_number_names_the_client_and_its_last_calls(db: Database) -> None:
    with db.engine.connect() as conn:
        number = _busiest_client_number(conn, with_contact=False)
        client = conn.execute(
            select(Client.id, Client.display_name, Client.kind, Employee.full_name)
            .join(Phone, Phone.client_id == Client.id)
            .join(Employee, Employee.id == Client.responsible_id)
            .where(Phone.number == number)
        ).one()
        # Typed the way operators do: 8, brackets, dashes.
        info = identify(conn, f"8 ({number[2:5]}) {number[5:8]}-{number[8:10]}-{number[10:]}")
        expected = _expected_calls(conn, Call.client_id == client.id)
    assert (info.number, info.valid, info.known, info.is_extension) == (number, True, True, False)
    assert info.display_number.startswith("+7 ")
    assert (info.client_id, info.client_name, info.client_kind) == tuple(client[:3])
    assert info.responsible_name == client.full_name
    assert info.contact_name is None and info.employee_id is None
    assert _shown(info) == expected
    # The same statuses and employees the journal shows for those calls.
    start = min(c.started_at for c in info.recent_calls)
    flt = JournalFilter(period_start=start, period_end=NOW + timedelta(days=1))
    viewer = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        journal = {r.id: r for r in fetch_page(conn, flt, viewer, limit=1000)}
    for call in info.recent_calls:
        row = journal[call.id]
        assert (call.status, call.employee_name, call.number) == (
            row.status,
            row.employee_name,
            row.number,
        )


def test_a_contact_person_number_names_the_contact(db: Database) -> None:
    with db.engine.connect() as conn:
        number = _busiest_client_number(conn, with_contact=True)
        contact = conn.execute(
            select(ContactPerson.id, ContactPerson.full_name, ContactPerson.position)
            .join(Phone, Phone.contact_id == ContactPerson.id)
            .where(Phone.number == number)
        ).one()
        info = identify(conn, number)
    assert (info.contact_id, info.contact_name, info.contact_position) == tuple(contact)
    assert info.client_kind == "company" and info.client_name


def test_an_unknown_number_shows_its_own_calls(db: Database) -> None:
    with db.engine.connect() as conn:
        number = conn.scalar(
            select(Call.external_number)
            .where(Call.number_known.is_(False), Call.direction == "in")
            .order_by(Call.id)
            .limit(1)
        )
        assert number
        info = identify(conn, number)
        expected = _expected_calls(conn, Call.external_number == number)
        never = identify(conn, "+7 916 000-00-01")
    assert (info.number, info.known, info.client_id, info.responsible_name) == (
        number,
        False,
        None,
        None,
    )
    assert info.recent_calls and _shown(info) == expected
    assert (never.number, never.known, never.recent_calls) == ("+79160000001", False, ())


def test_a_number_registered_later_keeps_its_earlier_calls(db: Database) -> None:
    with db.engine.connect() as conn:
        number = conn.scalar(
            select(Call.external_number)
            .where(Call.number_known.is_(False), Call.direction == "in")
            .order_by(Call.id.desc())
            .limit(1)
        )
        assert number
        before = _expected_calls(conn, Call.external_number == number)
    me: CurrentUser = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        reg = create_client(s, number, NewClient(name="ООО «Новый»"), me, now=NOW)
    with db.engine.connect() as conn:
        info = identify(conn, number)
    assert (info.client_id, info.client_name) == (reg.client_id, "ООО «Новый»")
    assert info.responsible_name == me.full_name  # the creator is responsible
    assert _shown(info) == before


def test_an_extension_names_the_employee(db: Database) -> None:
    with db.engine.connect() as conn:
        emp = conn.execute(
            select(Employee.id, Employee.full_name, Employee.extension)
            .where(Employee.extension.is_not(None))
            .order_by(Employee.id.desc())
        ).first()
        assert emp is not None and emp.extension
        info = identify(conn, f" {emp.extension} ")
        expected = _expected_calls(conn, Call.external_number == emp.extension)
        nobody = identify(conn, "999")
    assert (info.number, info.is_extension, info.employee_id, info.employee_name) == (
        emp.extension,
        True,
        emp.id,
        emp.full_name,
    )
    assert info.known and info.client_id is None
    assert _shown(info) == expected
    assert (nobody.employee_id, nobody.known, nobody.recent_calls) == (None, False, ())


@pytest.mark.parametrize("text", ["Anonymous", "", "+7 12", "unknown@pbx"])
def test_what_is_not_a_number_is_shown_as_it_came(db: Database, text: str) -> None:
    with db.engine.connect() as conn:
        info = identify(conn, text)
    assert (info.number, info.valid, info.known, info.recent_calls) == (
        text.strip(),
        False,
        False,
        (),
    )


@pytest.fixture
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.mark.mariadb
def test_every_lookup_reads_by_index_on_mariadb(
    db: Database, statements: list[tuple[str, Any]]
) -> None:
    if db.engine.dialect.name not in ("mysql", "mariadb"):
        pytest.skip("EXPLAIN plans are checked on MariaDB")
    with db.engine.connect() as conn:
        client_number = _busiest_client_number(conn, with_contact=True)
        extension = conn.scalar(select(Employee.extension).where(Employee.extension.is_not(None)))
        statements.clear()
        identify(conn, client_number)
        identify(conn, "+79160000001")
        identify(conn, str(extension))
        assert len(statements) == 2 + 2 + 2  # two round trips per lookup
        for sql, params in list(statements):
            plan = [dict(r._mapping) for r in conn.exec_driver_sql("EXPLAIN " + sql, params)]
            described = "\n".join(
                f"{r['select_type']} {r['table']} {r['type']} {r['key']} {r['Extra']}" for r in plan
            )
            for row in plan:
                table = str(row["table"] or "")
                extra = row["Extra"] or ""
                if table.startswith("<") or "no matching" in extra.lower() or not table:
                    continue  # the merged 3-row results, or nothing to read at all
                assert row["type"] in ("const", "eq_ref", "ref", "range"), described
                assert row["key"], described
                assert "filesort" not in extra and "temporary" not in extra, described
