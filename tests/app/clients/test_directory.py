"""The client directory and card on SQLite and MariaDB: paging, search, field access,
history, concurrent edits, required fields, delete, calls and auto-created cards."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.clients.card import (
    CardConflict,
    CardError,
    ContactEntry,
    PhoneEntry,
    delete_client,
    load_card,
    merge,
    new_card,
    save_card,
)
from app.clients.directory import (
    ClientFilter,
    count_capped,
    fetch_page,
    fetch_page_before,
    iter_rows,
    row_key,
    table_fields,
)
from app.clients.history import card_history, client_calls
from app.clients.numbers import NumberTaken
from app.company_settings import AUTO_CREATE_CLIENTS, card_for_unknown_incoming, put_setting
from app.database import Database
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied
from models import (
    Call,
    Client,
    ClientField,
    ClientHistory,
    EmployeeGroup,
    FieldAccess,
    FieldType,
    GroupFieldAccess,
    GroupMembership,
    Phone,
    Role,
)
from tests.support.ui_support import NOW, user_with_role, with_every_field

pytestmark = pytest.mark.seed(calls=300, clients=60, days=5, seed=11)


def add_fields(db: Database) -> dict[str, int]:
    """Three fields: an editable text, a view-only dropdown, a hidden number (for "Sales")."""
    with db.transaction() as s:
        fields = {
            "city": ClientField(title="City", field_type="text", in_table=True, sort_order=1),
            "segment": ClientField(
                title="Segment",
                field_type=FieldType.DROPDOWN.value,
                items=["A", "B", "C"],
                in_table=True,
                sort_order=2,
            ),
            "margin": ClientField(title="Margin", field_type="number", in_table=True, sort_order=3),
        }
        s.add_all(fields.values())
        s.flush()
        return {k: f.id for k, f in fields.items()}


def sales_operator(db: Database, ids: dict[str, int]) -> CurrentUser:
    me = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        group = EmployeeGroup(name="Sales")
        s.add(group)
        s.flush()
        s.add_all(
            [
                GroupFieldAccess(group_id=group.id, field_id=ids["segment"], access="view"),
                GroupFieldAccess(group_id=group.id, field_id=ids["margin"], access="hidden"),
            ]
        )
        s.add(GroupMembership(employee_id=me.id, group_id=group.id))
    return me


def all_rows(db: Database, flt: ClientFilter, who: CurrentUser, page: int = 7) -> list[int]:
    ids: list[int] = []
    after = None
    with db.engine.connect() as conn:
        while True:
            rows = fetch_page(conn, flt, who, after, page)
            ids += [r.id for r in rows]
            if len(rows) < page:
                return ids
            after = row_key(rows[-1])


def test_keyset_pages_cover_every_client_once_in_name_order(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    ids = all_rows(db, ClientFilter(), me)
    with db.engine.connect() as conn:
        expected = list(conn.scalars(select(Client.id).order_by(Client.display_name, Client.id)))
        assert count_capped(conn, ClientFilter(), me) == (len(expected), False)
        assert count_capped(conn, ClientFilter(), me, cap=10) == (10, True)
    assert ids == expected


def test_pages_read_from_the_end_join_up_to_the_same_list(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:  # names tied across a page boundary: the seek's id part
        for _ in range(9):
            save_card(s, *twin(new_card(s, me)), me, now=NOW)
    for flt in (ClientFilter(), ClientFilter(search="ООО")):
        expected = all_rows(db, flt, me)
        pages: list[list[int]] = []
        before = None
        with db.engine.connect() as conn:
            while True:
                rows = fetch_page_before(conn, flt, me, before, 7)
                pages.insert(0, [r.id for r in rows])
                if len(rows) < 7:
                    break
                before = row_key(rows[0])
        assert [i for p in pages for i in p] == expected, flt


def twin(card: Any) -> tuple[Any, Any]:
    return card, card.__class__(**{**card.__dict__, "display_name": "ООО «Близнецы»"})


def test_search_by_name_any_case_number_suffix_and_contact(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        card = new_card(s, me)
        edited = card.__class__(
            **{
                **card.__dict__,
                "display_name": "ООО «Ромашка-Тест»",
                "phones": (PhoneEntry("8 (903) 777-66-55", -1),),
                "contacts": (ContactEntry(-1, "Жукова Ирина", "бухгалтер"),),
            }
        )
        client_id = save_card(s, card, edited, me, now=NOW)
    for text in ("ромашка-тест", "РОМАШКА", "76655", "+7 903 777-66-55", "жукова"):
        assert client_id in all_rows(db, ClientFilter(search=text), me), text
    assert client_id not in all_rows(db, ClientFilter(search="nothing like it"), me)
    assert client_id in all_rows(db, ClientFilter(number="6655", contact="ирина"), me)
    assert client_id not in all_rows(db, ClientFilter(number="6655", kind="person"), me)


def test_hidden_field_never_leaves_the_query_layer(db: Database) -> None:
    ids = add_fields(db)
    me = sales_operator(db, ids)
    admin = user_with_role(db, Role.ADMIN)
    with db.engine.connect() as conn:
        client_id = conn.scalar(select(Client.id).order_by(Client.display_name).limit(1))
    assert client_id is not None
    with db.transaction() as s:
        card = load_card(s, client_id, admin)
        edited = card.__class__(
            **{
                **card.__dict__,
                "custom": {ids["city"]: "Тверь", ids["segment"]: "B", ids["margin"]: "12,5"},
            }
        )
        save_card(s, card, edited, admin, now=NOW)
    with db.engine.connect() as conn:
        assert [v.field.title for v in table_fields(conn, me)] == ["City", "Segment"]
        row = fetch_page(conn, ClientFilter(), me, None, 1)[0]
        assert row.custom == {ids["city"]: "Тверь", ids["segment"]: "B"}
        assert fetch_page(conn, ClientFilter(), admin, None, 1)[0].custom[ids["margin"]] == "12.5"
        with pytest.raises(PermissionDenied):
            fetch_page(conn, ClientFilter(custom=((ids["margin"], "12"),)), me)
        assert [
            r.id for r in iter_rows(conn, ClientFilter(custom=((ids["city"], "твер"),)), me)
        ] == [client_id]
        assert all(ids["margin"] not in r.custom for r in iter_rows(conn, ClientFilter(), me))
        card = load_card(conn, client_id, me)
        assert ids["margin"] not in card.custom
        assert {v.field.id: v.access for v in card.fields} == {
            ids["city"]: FieldAccess.EDIT,
            ids["segment"]: FieldAccess.VIEW,
        }
        assert not any(
            h.field == f"field:{ids['margin']}" for h in card_history(conn, client_id, me)
        )
        assert any(
            h.field == f"field:{ids['margin']}" for h in card_history(conn, client_id, admin)
        )
    # A view-only field cannot be changed; a save keeps the hidden value.
    with db.transaction() as s:
        card = load_card(s, client_id, me)
        bad = card.__class__(**{**card.__dict__, "custom": {**card.custom, ids["segment"]: "C"}})
        with pytest.raises(PermissionDenied, match="Segment"):
            save_card(s, card, bad, me)
    with db.transaction() as s:
        card = load_card(s, client_id, me)
        ok = card.__class__(**{**card.__dict__, "custom": {**card.custom, ids["city"]: "Псков"}})
        save_card(s, card, ok, me)
    with db.engine.connect() as conn:
        stored = conn.scalar(select(Client.custom_fields).where(Client.id == client_id))
    assert stored == {str(ids["city"]): "Псков", str(ids["segment"]): "B", str(ids["margin"]): 12.5}


def test_every_change_is_in_the_history(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with_every_field(db, me)
    ids = add_fields(db)
    with db.transaction() as s:
        card = new_card(s, me)
        created = card.__class__(
            **{
                **card.__dict__,
                "display_name": "ИП Сидоров",
                "kind": "person",
                "phones": (PhoneEntry("+79035550011"),),
                "custom": {ids["city"]: "Омск"},
            }
        )
        client_id = save_card(s, card, created, me, now=NOW)
    with db.transaction() as s:
        card = load_card(s, client_id, me)
        assert card.phones == (PhoneEntry("+79035550011", None),)
        edited = card.__class__(
            **{
                **card.__dict__,
                "display_name": "ИП Сидоров А. А.",
                "email": "sidorov@example.ru",
                "phones": (PhoneEntry("+79035550022"),),
                "contacts": (ContactEntry(-1, "Сидоров Антон"),),
                "custom": {ids["city"]: "Томск", ids["segment"]: "A"},
            }
        )
        save_card(s, card, edited, me, now=NOW)
    with db.engine.connect() as conn:
        history = card_history(conn, client_id, me)
    seen = {(h.field, h.old_value, h.new_value) for h in history}
    assert {
        ("created", None, "ИП Сидоров"),
        ("phone", None, "+79035550011"),
        (f"field:{ids['city']}", None, "Омск"),
        ("name", "ИП Сидоров", "ИП Сидоров А. А."),
        ("email", None, "sidorov@example.ru"),
        ("phone", "+79035550011", None),
        ("phone", None, "+79035550022"),
        ("contact", None, "Сидоров Антон"),
        (f"field:{ids['city']}", "Омск", "Томск"),
        (f"field:{ids['segment']}", None, "A"),
    } <= seen
    assert {h.employee_name for h in history} == {me.full_name}
    assert all(h.changed_at == NOW.replace(microsecond=0) for h in history)
    city = next(h for h in history if h.field == f"field:{ids['city']}")
    assert city.field_title == "City"


def test_two_people_editing_one_card_conflict_and_merge(db: Database) -> None:
    alice = user_with_role(db, Role.OPERATOR)
    bob = user_with_role(db, Role.SUPERVISOR)
    with_every_field(db, alice, bob)
    ids = add_fields(db)
    with db.engine.connect() as conn:
        client_id = conn.scalar(select(Client.id).limit(1))
    assert client_id is not None
    # Both open the card in their own sessions.
    with db.engine.connect() as conn:
        alice_card = load_card(conn, client_id, alice)
    with db.engine.connect() as conn:
        bob_card = load_card(conn, client_id, bob)
    with db.transaction() as s:
        save_card(
            s,
            alice_card,
            alice_card.__class__(**{**alice_card.__dict__, "email": "alice@example.ru"}),
            alice,
        )
    bob_edit = bob_card.__class__(
        **{**bob_card.__dict__, "display_name": "Переименован", "custom": {ids["city"]: "Уфа"}}
    )
    with db.transaction() as s, pytest.raises(CardConflict) as caught:
        save_card(s, bob_card, bob_edit, bob)
    conflict = caught.value
    assert [(c.field, c.new) for c in conflict.theirs] == [("email", "alice@example.ru")]
    assert {c.field for c in conflict.mine} == {"name", f"field:{ids['city']}"}
    assert not conflict.overlapping
    merged = merge(bob_card, bob_edit, conflict.current)
    with db.transaction() as s:
        save_card(s, conflict.current, merged, bob)
    with db.engine.connect() as conn:
        final = load_card(conn, client_id, bob)
    assert (final.display_name, final.email, final.custom) == (
        "Переименован",
        "alice@example.ru",
        {ids["city"]: "Уфа"},
    )
    assert final.version == alice_card.version + 2


def test_required_fields_and_bad_values_have_clear_messages(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with_every_field(db, me)
    with db.transaction() as s:
        s.add(ClientField(title="INN", field_type="text", required=True))
        s.add(ClientField(title="Since", field_type="date"))
    with db.transaction() as s:
        card = new_card(s, me)
        since = next(v.field.id for v in card.fields if v.field.title == "Since")
        inn = next(v.field.id for v in card.fields if v.field.title == "INN")
        named = card.__class__(**{**card.__dict__, "display_name": "ООО Тест"})
        with pytest.raises(CardError, match="Enter the client's name"):
            save_card(s, card, card, me)
        with pytest.raises(CardError, match="Fill in the required field «INN»"):
            save_card(s, card, named, me)
        with pytest.raises(CardError, match="«Since» needs a date"):
            save_card(
                s,
                card,
                named.__class__(**{**named.__dict__, "custom": {inn: "1", since: "32.13.2026"}}),
                me,
            )
        with pytest.raises(CardError, match="not an e-mail"):
            save_card(
                s,
                card,
                named.__class__(**{**named.__dict__, "email": "a@", "custom": {inn: "1"}}),
                me,
            )
        client_id = save_card(
            s,
            card,
            named.__class__(**{**named.__dict__, "custom": {inn: "7701", since: "01.02.2026"}}),
            me,
        )
    with db.engine.connect() as conn:
        assert load_card(conn, client_id, me).custom == {
            inn: "7701",
            since: date(2026, 2, 1).isoformat(),
        }


def test_a_number_of_another_client_is_refused(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.engine.connect() as conn:
        taken = conn.scalar(select(Phone.number).limit(1))
    with db.transaction() as s:
        card = new_card(s, me)
        edited = card.__class__(
            **{**card.__dict__, "display_name": "Дубль", "phones": (PhoneEntry(str(taken)),)}
        )
        with pytest.raises(NumberTaken):
            save_card(s, card, edited, me)


def test_delete_is_for_supervisors_and_calls_keep_their_history(db: Database) -> None:
    with db.engine.connect() as conn:
        client_id, calls = conn.execute(
            select(Call.client_id, func.count())
            .where(Call.client_id.is_not(None))
            .group_by(Call.client_id)
            .limit(1)
        ).one()
    assert client_id is not None
    with db.transaction() as s, pytest.raises(PermissionDenied):
        delete_client(s, client_id, user_with_role(db, Role.OPERATOR))
    with db.transaction() as s:
        delete_client(s, client_id, user_with_role(db, Role.SUPERVISOR))
    with db.engine.connect() as conn:
        assert (
            conn.scalar(select(func.count()).select_from(Client).where(Client.id == client_id)) == 0
        )
        assert (
            conn.scalar(select(func.count()).select_from(Phone).where(Phone.client_id == client_id))
            == 0
        )
        assert (
            conn.scalar(
                select(func.count())
                .select_from(ClientHistory)
                .where(ClientHistory.client_id == client_id)
            )
            == 0
        )
        orphaned = conn.scalar(
            select(func.count()).select_from(Call).where(Call.client_id.is_(None))
        )
    assert orphaned is not None and orphaned >= calls


def test_client_calls_with_totals_and_operator_scope(db: Database) -> None:
    boss = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        client_id = conn.scalar(
            select(Call.client_id)
            .where(Call.client_id.is_not(None))
            .group_by(Call.client_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        assert client_id is not None
        result = client_calls(conn, client_id, boss)
        assert result.rows
        assert result.made == sum(r.direction == "out" for r in result.rows)
        assert result.taken + result.missed == sum(r.direction == "in" for r in result.rows)
        times = [r.started_at for r in result.rows]
        assert times == sorted(times, reverse=True)
        operator = user_with_role(db, Role.OPERATOR)
        mine = client_calls(conn, client_id, operator)
        assert len(mine.rows) <= len(result.rows)


def test_unknown_incoming_number_gets_a_card_only_when_switched_on(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        assert card_for_unknown_incoming(s, "+79035550099", me) is None
    with db.transaction() as s:
        put_setting(s, AUTO_CREATE_CLIENTS, True)
    with db.transaction() as s:
        made = card_for_unknown_incoming(s, "+79035550099", me, now=NOW)
        assert made is not None and made.created_client
        assert card_for_unknown_incoming(s, "+79035550099", me) is None  # has an owner now
        assert card_for_unknown_incoming(s, "301", me) is None
    with db.engine.connect() as conn:
        assert (
            conn.scalar(select(Client.display_name).where(Client.id == made.client_id))
            == "+7 903 555-00-99"
        )
