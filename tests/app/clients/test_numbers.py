"""Registering unknown numbers: new client, number to a client or contact, races (both DBs)."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, func, insert, select, text

from app.clients.numbers import (
    NewClient,
    NumberTaken,
    RegistrationError,
    assign_number,
    create_client,
    owner_of,
    registrable_number,
    search_clients,
)
from app.database import Database, make_engine
from app.demo.seed import SeedPlan, seed
from app.journal.query import JournalFilter, fetch_page
from app.staff.auth import CurrentUser
from models import Call, Client, ClientHistory, ClientKind, ContactPerson, Phone, Role
from tests.support.ui_support import NOW, user_with_role

NEW_NUMBER = "+79031112233"


pytestmark = pytest.mark.seed(calls=200, clients=30, days=3, seed=9)


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.engine.connect() as conn:
        return tuple(  # type: ignore[return-value]
            conn.scalar(select(func.count()).select_from(t))
            for t in (Client, ContactPerson, Phone, ClientHistory)
        )


def test_numbers_are_normalized_and_extensions_refused() -> None:
    assert registrable_number("8 (903) 111-22-33") == NEW_NUMBER
    assert registrable_number("+7 903 111 22 33") == NEW_NUMBER
    with pytest.raises(RegistrationError, match="internal extension"):
        registrable_number("301")
    with pytest.raises(RegistrationError, match="not a"):
        registrable_number("12345678")
    assert registrable_number("030 1234567", "DE") == "+49301234567"


def test_create_client_with_contact_writes_history_and_journal_shows_it(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.engine.connect() as conn:
        call_id = conn.scalar(
            select(Call.id).where(Call.number_known.is_(False), Call.direction == "in").limit(1)
        )
        number = conn.scalar(select(Call.external_number).where(Call.id == call_id))
    assert call_id is not None and number
    with db.transaction() as s:
        done = create_client(
            s,
            number,
            NewClient("ООО «Вектор»", ClientKind.COMPANY, "Петров Петр", "директор"),
            me,
            now=NOW,
        )
    assert done.created_client and done.contact_name == "Петров Петр"
    with db.engine.connect() as conn:
        client = conn.execute(select(Client).where(Client.id == done.client_id)).one()
        assert client.responsible_id == me.id and client.kind == "company"
        phone = conn.execute(select(Phone).where(Phone.number == number)).one()
        assert phone.contact_id == done.contact_id and phone.created_by_id == me.id
        history = conn.execute(
            select(ClientHistory.field, ClientHistory.new_value, ClientHistory.employee_id)
            .where(ClientHistory.client_id == done.client_id)
            .order_by(ClientHistory.id)
        ).all()
        assert [h.field for h in history] == ["created", "contact", "phone"]
        assert all(h.employee_id == me.id for h in history)
        started = conn.scalar(select(Call.started_at).where(Call.id == call_id))
        assert started is not None
        flt = JournalFilter(
            period_start=started - timedelta(days=1),
            period_end=started + timedelta(days=1),
            search=number,
        )
        rows = fetch_page(conn, flt, user_with_role(db, Role.SUPERVISOR))
        row = next(r for r in rows if r.id == call_id)
        assert row.client_name == "ООО «Вектор»" and not row.number_known
        assert conn.scalar(select(Call.number_known).where(Call.id == call_id)) is False


def test_assign_to_client_and_to_contact(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.engine.connect() as conn:
        contact = conn.execute(select(ContactPerson.id, ContactPerson.client_id).limit(1)).one()
        version = conn.scalar(select(Client.version).where(Client.id == contact.client_id))
    with db.transaction() as s:
        first = assign_number(s, "+7 903 111-22-33", contact.client_id, me, now=NOW)
    with db.transaction() as s:
        second = assign_number(s, "89034445566", contact.client_id, me, contact.id, now=NOW)
    assert first.contact_id is None and second.contact_id == contact.id
    with db.engine.connect() as conn:
        assert conn.scalar(select(Client.version).where(Client.id == contact.client_id)) == (
            (version or 0) + 2
        )
        numbers = set(
            conn.scalars(select(Phone.number).where(Phone.client_id == contact.client_id))
        )
        assert {NEW_NUMBER, "+79034445566"} <= numbers
    other_contact = None
    with db.engine.connect() as conn:
        other_contact = conn.scalar(
            select(ContactPerson.id).where(ContactPerson.client_id != contact.client_id)
        )
    before = _counts(db)
    with pytest.raises(RegistrationError, match="contact person"), db.transaction() as s:
        assign_number(s, "+79035556677", contact.client_id, me, other_contact, now=NOW)
    assert _counts(db) == before


def test_taken_number_says_who_owns_it_and_nothing_is_written(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    boss = user_with_role(db, Role.SUPERVISOR)
    with db.transaction() as s:
        assign_number(s, NEW_NUMBER, 1, boss, now=datetime(2026, 11, 20, 10, 42))
    before = _counts(db)
    with pytest.raises(NumberTaken) as err, db.transaction() as s:
        create_client(s, "8 903 111 22 33", NewClient("Другой"), me, now=NOW)
    assert err.value.by_name == boss.full_name and err.value.client_id == 1
    assert "10:42" in str(err.value) and boss.full_name in str(err.value)
    assert _counts(db) == before
    with pytest.raises(RegistrationError, match="Enter the client name"), db.transaction() as s:
        create_client(s, "+79030000001", NewClient("   "), me, now=NOW)
    assert _counts(db) == before


def test_search_clients_by_name_and_number(db: Database) -> None:
    with db.engine.connect() as conn:
        client_id, name = conn.execute(select(Client.id, Client.display_name).limit(1)).one()
        number = conn.scalar(select(Phone.number).where(Phone.client_id == client_id))
        assert number is not None
        word = name.replace("«", " ").replace("»", " ").split()[-1]
        by_name = search_clients(conn, word.lower())
        by_suffix = search_clients(conn, number[-6:])
        by_full = search_clients(conn, "8" + number[2:] if number.startswith("+7") else number)
        assert search_clients(conn, "") == []
        assert search_clients(conn, "%_") == []
    assert client_id in [c.id for c in by_name]
    assert client_id in [c.id for c in by_suffix]
    assert client_id in [c.id for c in by_full]
    found = next(c for c in by_suffix if c.id == client_id)
    assert number in found.numbers


def test_search_clients_by_a_formatted_or_partial_number(db: Database) -> None:
    """Spaces, brackets and dashes are no part of a number; digits from its middle ("499 3"
    of +74993292265) find it when no number ends with them."""
    with db.engine.connect() as conn:
        client_id, number = conn.execute(
            select(Phone.client_id, Phone.number)
            .where(Phone.number.startswith("+7"), Phone.client_id.is_not(None))
            .order_by(Phone.id)
            .limit(1)
        ).one()
        assert len(number) == 12
        n = number[2:]  # the ten digits after +7, e.g. 4993292265
        middle = f"{n[0:3]} {n[3]}"  # "499 3"
        assert not any(p.endswith(n[0:4]) for p in conn.scalars(select(Phone.number)))
        spelled = f"8 ({n[0:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}"  # "8 (499) 329-22-65"
        tail = f"{n[3:6]}-{n[6:8]}-{n[8:]}"  # "329-22-65"
        found = {
            query: [c.id for c in search_clients(conn, query)] for query in (middle, spelled, tail)
        }
    assert all(client_id in ids for ids in found.values()), found


def _register_in_thread(url: str, user: CurrentUser, out: dict[str, object]) -> None:
    engine = make_engine(url)
    db = Database(engine)
    try:
        with db.transaction() as s:
            out["second"] = create_client(s, NEW_NUMBER, NewClient("Лютик"), user, now=NOW)
    except Exception as e:
        out["second"] = e
    finally:
        engine.dispose()


def _waiting_phone_inserts(engine: Engine) -> int:
    """Statements blocked on inserting a phone (the unique number held by another transaction)."""
    with engine.connect() as conn:
        return int(
            conn.scalar(
                text(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                    "WHERE info LIKE 'INSERT INTO phones%'"
                )
            )
            or 0
        )


@pytest.mark.mariadb
def test_two_operators_register_the_same_number_at_once(mariadb_url: str) -> None:
    """Both see the number free; the first commits while the second waits on the unique key."""
    from app.database import migrate

    engine = make_engine(mariadb_url)
    migrate(engine)
    seed(engine, SeedPlan(calls=50, clients=10, days=2, now=NOW, seed=4))
    db = Database(engine)
    alice = user_with_role(db, Role.OPERATOR)
    bob = user_with_role(db, Role.SUPERVISOR)
    before = _counts(db)
    out: dict[str, object] = {}
    with db.transaction() as first:
        won = create_client(
            first, NEW_NUMBER, NewClient("Ромашка"), alice, now=datetime(2026, 11, 20, 10, 42)
        )
        second = threading.Thread(target=_register_in_thread, args=(mariadb_url, bob, out))
        second.start()
        deadline = time.monotonic() + 10
        while _waiting_phone_inserts(engine) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _waiting_phone_inserts(engine) == 1, (out, "the second is not waiting")
        time.sleep(0.2)
    second.join(30)
    lost = out["second"]
    assert isinstance(lost, NumberTaken), lost
    assert lost.client_name == "Ромашка" and lost.by_name == alice.full_name
    assert "«Ромашка»" in str(lost) and alice.full_name in str(lost) and "10:42" in str(lost)
    after = _counts(db)
    # One client, one phone, two history rows (created, phone): nothing from the loser.
    assert after == (before[0] + 1, before[1], before[2] + 1, before[3] + 2)
    with engine.connect() as conn:
        owner = owner_of(conn, NEW_NUMBER)
        assert (
            conn.scalar(
                select(func.count()).select_from(Client).where(Client.display_name == "Лютик")
            )
            == 0
        )
    assert owner is not None and owner.client_id == won.client_id
    engine.dispose()


def test_search_clients_by_a_word_s_start_then_inside_words(db: Database) -> None:
    """The picker of "assign to an existing client" finds names as the journal does: by the
    start of any word (MariaDB: the FULLTEXT index), inside a word only failing that."""
    names = ["Квазибор Ольга", "Ольга Квазиборова", "Суперквазибор и К", "ООО «Квазибор-7»"]
    with db.engine.begin() as conn:
        conn.execute(
            insert(Client),
            [
                {"display_name": n, "kind": "company", "custom_fields": {}, "created_at": NOW,
                 "updated_at": NOW}
                for n in names
            ],
        )  # fmt: skip
    with db.engine.connect() as conn:

        def found(query: str) -> list[str]:
            return [c.name for c in search_clients(conn, query)]

        by_word = found("квазибор")  # the name starting with it first, in name order
        assert by_word[0] == names[0] and sorted(by_word[1:]) == sorted([names[1], names[3]])
        assert found("перквази") == ["Суперквазибор и К"]
        assert found("Квазибор-7") == ["ООО «Квазибор-7»"]
