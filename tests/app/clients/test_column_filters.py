"""The client table's header value filters, on SQLite and MariaDB: the values a column
lists (with counts), filters applied in SQL and combined with the search and each other,
sorting Z to A, hidden fields never listed nor filterable, and the last filter and named
views kept per employee."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, update

from app.clients import field_index
from app.clients.card import ContactEntry, PhoneEntry, new_card, save_card
from app.clients.column_filters import (
    CONTACTS,
    EMAIL,
    KIND,
    NAME,
    PHONES,
    RESPONSIBLE,
    field_column,
)
from app.clients.column_values import column_values
from app.clients.directory import ClientFilter, count_capped, fetch_page_before
from app.clients.views import (
    ViewError,
    delete_view,
    keep_last_filter,
    last_filter,
    list_views,
    save_view,
)
from app.database import Database
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied
from models import Client, Employee, Role
from tests.app.clients.test_directory import add_fields, all_rows, sales_operator
from tests.support.ui_support import NOW, user_with_role

pytestmark = pytest.mark.seed(calls=200, clients=60, days=5, seed=11)


def set_values(db: Database, values: dict[int, dict[str, Any]]) -> None:
    with db.transaction() as s:
        for client_id, custom in values.items():
            s.execute(update(Client).where(Client.id == client_id).values(custom_fields=custom))
        field_index.refresh(s, values)  # as every write of a card's values does


def client_ids(db: Database) -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.scalars(select(Client.id).order_by(Client.display_name, Client.id)))


def expected(db: Database, where: object) -> list[int]:
    with db.engine.connect() as conn:
        return list(
            conn.scalars(
                select(Client.id).where(where).order_by(Client.display_name, Client.id)  # type: ignore[arg-type]
            )
        )


def test_values_listed_with_counts_applied_and_combined(db: Database) -> None:
    ids = add_fields(db)
    me = user_with_role(db, Role.ADMIN)
    clients = client_ids(db)
    kazan, tver = clients[:5], clients[5:8]
    set_values(
        db,
        {c: {str(ids["city"]): "Казань", str(ids["segment"]): "A"} for c in kazan}
        | {c: {str(ids["city"]): "Тверь", str(ids["margin"]): 12.5} for c in tver},
    )
    city = field_column(ids["city"])
    with db.engine.connect() as conn:
        listed = column_values(conn, ClientFilter(), me, city)
        counts = {v.value: v.count for v in listed.values}
        assert counts["Казань"] == 5 and counts["Тверь"] == 3
        assert counts[""] == len(clients) - 8  # the empty value first, counted
        assert listed.values[0].value == ""
        # Typed text narrows the list.
        assert [v.value for v in column_values(conn, ClientFilter(), me, city, "каз").values] == [
            "Казань"
        ]
        margin = column_values(conn, ClientFilter(), me, field_column(ids["margin"]))
        assert [(v.value, v.text, v.count) for v in margin.values if v.value] == [
            ("12.5", "12.5", 3)
        ]
        kinds = {v.value: v.count for v in column_values(conn, ClientFilter(), me, KIND).values}
        assert sum(n or 0 for n in kinds.values()) == len(clients)
        managers = column_values(conn, ClientFilter(), me, RESPONSIBLE).values
        assert sum(v.count or 0 for v in managers) == len(clients)
        # The other columns' filters narrow a column's list; its own does not.
        in_kazan = ClientFilter(values=((city, ("Казань",)),))
        assert {v.value for v in column_values(conn, in_kazan, me, city).values} >= {
            "Казань",
            "Тверь",
        }
        segments = column_values(conn, in_kazan, me, field_column(ids["segment"])).values
        assert {v.value: v.count for v in segments}["A"] == 5
    assert all_rows(db, ClientFilter(values=((city, ("Казань", "Тверь")),)), me) == [
        c for c in clients if c in kazan + tver
    ]
    segment = field_column(ids["segment"])
    assert all_rows(db, ClientFilter(values=((segment, ("A",)), (city, ("Тверь",)))), me) == []
    empty_city = all_rows(db, ClientFilter(values=((city, ("",)),)), me)
    assert set(empty_city) == set(clients) - set(kazan + tver)
    margin_col = field_column(ids["margin"])
    assert all_rows(db, ClientFilter(values=((margin_col, ("12.5",)),)), me) == tver
    # With the search: both must hold.
    with db.engine.connect() as conn:
        name = conn.scalar(select(Client.display_name).where(Client.id == kazan[0]))
    assert name is not None
    found = all_rows(db, ClientFilter(search=name, values=((city, ("Казань",)),)), me)
    assert kazan[0] in found and set(found) <= set(kazan)
    with db.engine.connect() as conn:
        assert count_capped(conn, ClientFilter(values=((city, ("Казань",)),)), me) == (5, False)


def test_built_in_and_manager_filters(db: Database) -> None:
    me = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        manager = conn.scalar(
            select(Client.responsible_id).where(Client.responsible_id.is_not(None)).limit(1)
        )
        managers = column_values(conn, ClientFilter(), me, RESPONSIBLE).values
        names = {r[0]: r[1] for r in conn.execute(select(Employee.id, Employee.full_name))}
    assert manager is not None
    shown = {v.value: v for v in managers}
    assert shown[str(manager)].text == names[manager]
    assert all_rows(db, ClientFilter(values=((RESPONSIBLE, (str(manager),)),)), me) == expected(
        db, Client.responsible_id == manager
    )
    if "" in shown:
        assert all_rows(db, ClientFilter(values=((RESPONSIBLE, ("",)),)), me) == expected(
            db, Client.responsible_id.is_(None)
        )
    assert all_rows(db, ClientFilter(values=((KIND, ("person",)),)), me) == expected(
        db, Client.kind == "person"
    )
    with db.transaction() as s:  # a client with two numbers and a contact person
        card = new_card(s, me)
        edited = replace(
            card,
            display_name="Ромашка фильтр",
            email="romashka@example.ru",
            phones=(PhoneEntry("+7 903 111-22-33"), PhoneEntry("+7 903 111-22-44", -1)),
            contacts=(ContactEntry(-1, "Лютикова Анна", ""),),
        )
        saved = save_card(s, card, edited, me, now=NOW)
    with db.engine.connect() as conn:
        phones = column_values(conn, ClientFilter(), me, PHONES, "2244").values
        assert [v.value for v in phones] == ["+79031112244"]
        contacts = column_values(conn, ClientFilter(), me, CONTACTS, "лютик").values
        assert [(v.value, v.count) for v in contacts] == [("Лютикова Анна", 1)]
        emails = column_values(conn, ClientFilter(), me, EMAIL, "ROMASHKA").values
        assert [v.value for v in emails] == ["romashka@example.ru"]
        assert [
            v.value for v in column_values(conn, ClientFilter(), me, NAME, "фильтр").values
        ] == ["Ромашка фильтр"]
    for column, value in (
        (PHONES, "+79031112244"),
        (CONTACTS, "Лютикова Анна"),
        (EMAIL, "romashka@example.ru"),
        (NAME, "Ромашка фильтр"),
    ):
        assert all_rows(db, ClientFilter(values=((column, (value,)),)), me) == [saved], column


def test_descending_pages_and_pages_from_the_end(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    ascending = all_rows(db, ClientFilter(), me)
    assert all_rows(db, ClientFilter(descending=True), me) == ascending[::-1]
    with db.engine.connect() as conn:
        last = fetch_page_before(conn, ClientFilter(descending=True), me, None, 5)
    assert [r.id for r in last] == ascending[:5][::-1]


def test_hidden_fields_are_never_listed_nor_filtered(db: Database) -> None:
    ids = add_fields(db)
    me = sales_operator(db, ids)  # margin hidden for "Sales"
    margin = field_column(ids["margin"])
    with db.engine.connect() as conn, pytest.raises(PermissionDenied):
        column_values(conn, ClientFilter(), me, margin)
    with pytest.raises(PermissionDenied):
        all_rows(db, ClientFilter(values=((margin, ("12.5",)),)), me)
    # Nor through another column's list: its filters are checked as well.
    with db.engine.connect() as conn, pytest.raises(PermissionDenied):
        column_values(conn, ClientFilter(values=((margin, ("1",)),)), me, KIND)


def views_of(db: Database, me: CurrentUser) -> list[str]:
    with db.engine.connect() as conn:
        return [v.name for v in list_views(conn, me)]


def test_last_filter_and_views_persist_per_user(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    other = user_with_role(db, Role.SUPERVISOR)
    flt = ClientFilter(
        search="ООО", values=((KIND, ("company",)), (field_column(7), ("", "x"))), descending=True
    )
    db.write(lambda s: keep_last_filter(s, me, flt))
    with db.engine.connect() as conn:
        assert last_filter(conn, me) == flt
        assert last_filter(conn, other) == ClientFilter()
    db.write(lambda s: save_view(s, me, "  Мои  компании ", flt))
    db.write(lambda s: save_view(s, me, "Все", ClientFilter()))
    db.write(lambda s: save_view(s, me, "мои компании", ClientFilter(search="x")))  # replaces
    with db.engine.connect() as conn:
        views = list_views(conn, me)
        assert [(v.name, v.filter) for v in views] == [
            ("Все", ClientFilter()),
            ("мои компании", ClientFilter(search="x")),
        ]
        assert list_views(conn, other) == []
    with pytest.raises(ViewError):
        db.write(lambda s: save_view(s, me, "   ", flt))
    assert db.write(lambda s: delete_view(s, me, "Все"))
    assert not db.write(lambda s: delete_view(s, me, "Все"))
    assert views_of(db, me) == ["мои компании"]


def test_junk_stored_filters_read_as_empty_parts() -> None:
    assert ClientFilter.from_json(None) == ClientFilter()
    assert ClientFilter.from_json(
        {"kind": "robot", "values": [["nope", ["a"]], ["kind", ["person", 5]], ["kind", ["x"]]]}
    ) == ClientFilter(values=(("kind", ("person", "5")),))
    flt = ClientFilter(custom=((3, "a"),), values=(("email", ("a@b.c",)),), responsible_id=4)
    assert ClientFilter.from_json(flt.to_json()) == flt
