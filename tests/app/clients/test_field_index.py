"""The index of card field values (app.clients.field_index) on SQLite and MariaDB: after
every way a card's values are written (the demo seed, a card created and edited, an import,
a field retyped or deleted, a list item removed, a card deleted) the index holds exactly what
the cards' JSON says; and a value filter through it still matches exactly (a value longer
than the indexed beginning, two spellings MariaDB's collation takes as one)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clients import column_filters, field_index
from app.clients.card import delete_client, load_card, new_card, save_card
from app.clients.column_filters import field_column
from app.clients.directory import ClientFilter
from app.clients.importing import check_rows, guess_mapping, import_rows, read_table
from app.database import Database
from app.staff import admin, lists
from models import Client, ClientField, ClientFieldValue, FieldType, Role, ValueListItem
from tests.app.clients.test_directory import all_rows
from tests.support.ui_support import NOW, user_with_role

pytestmark = pytest.mark.seed(calls=40, clients=30, days=2, seed=17)

Row = tuple[int, int, str]  # (field, client, value)


def held(db: Database) -> list[Row]:
    """The index as it is."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(ClientFieldValue.field_id, ClientFieldValue.client_id, ClientFieldValue.value)
        )
        return sorted((r[0], r[1], r[2]) for r in rows)


def wanted(db: Database) -> list[Row]:
    """The index the cards' JSON calls for: every (field, client, value) of a non-number
    field, one per item of a list-valued one, long values by their first 191 characters."""
    with db.engine.connect() as conn:
        types = dict(conn.execute(select(ClientField.id, ClientField.field_type)).all())
        rows: set[Row] = set()
        for client_id, custom in conn.execute(select(Client.id, Client.custom_fields)):
            for key, value in (custom or {}).items():
                if types.get(int(key)) in (None, FieldType.NUMBER.value):
                    continue
                for item in value if isinstance(value, list) else [value]:
                    rows.add((int(key), client_id, str(item)[:191]))
        return sorted(rows)


def check(db: Database, step: str) -> None:
    assert held(db) == wanted(db), step


def test_every_write_of_card_values_keeps_the_index(db: Database, tmp_path: Path) -> None:
    me = user_with_role(db, Role.ADMIN)
    check(db, "the demo seed")
    with db.transaction() as s:
        city = admin.save_field(s, me, None, admin.FieldEdit("Город", FieldType.TEXT))
        tags = admin.save_field(
            s, me, None, admin.FieldEdit("Метки", FieldType.MULTI_SELECT, items=("опт", "VIP"))
        )
        margin = admin.save_field(s, me, None, admin.FieldEdit("Маржа", FieldType.NUMBER))
        card = new_card(s, me)
        edited = replace(
            card,
            display_name="Индекс полей",
            custom={city: "Анадырь", tags: ["опт", "VIP"], margin: 12},
        )
        client_id = save_card(s, card, edited, me, now=NOW)
    check(db, "a card created")
    assert (city, client_id, "Анадырь") in held(db)
    assert not any(f == margin for f, _c, _v in held(db))  # numbers are not indexed

    with db.transaction() as s:
        card = load_card(s, client_id, me)
        save_card(s, card, replace(card, custom={**card.custom, city: "Тверь"}), me, now=NOW)
    check(db, "a card edited")
    by_city = ClientFilter(values=((field_column(city), ("Анадырь",)),))
    assert all_rows(db, by_city, me) == []  # the old value finds nothing any more

    path = tmp_path / "clients.csv"
    path.write_text("Наименование;Город\nИмпорт Один;Кострома\nИмпорт Два;Кострома\n")
    table = read_table(path)
    with db.engine.connect() as conn:
        checked = check_rows(conn, table, guess_mapping(table.headers, {city: "Город"}), me)
    with db.transaction() as s:
        import_rows(s, checked, me, only_valid=False, now=NOW)
    check(db, "an import")
    imported = all_rows(db, ClientFilter(values=((field_column(city), ("Кострома",)),)), me)
    assert len(imported) == 2

    with db.transaction() as s:  # the number field becomes text: its values are indexed now
        admin.save_field(s, me, margin, admin.FieldEdit("Маржа", FieldType.TEXT))
    check(db, "a number field retyped as text")
    by_margin = ClientFilter(values=((field_column(margin), ("12",)),))
    assert all_rows(db, by_margin, me) == [client_id]

    with db.transaction() as s:
        list_id = lists.save_list(
            s, me, None, "Статусы", [lists.ItemEdit("Новый"), lists.ItemEdit("Закрыт")]
        )
        status = admin.save_field(
            s, me, None, admin.FieldEdit("Статус", FieldType.LIST, list_id=list_id)
        )
        items = dict(
            s.execute(
                select(ValueListItem.name, ValueListItem.id).where(ValueListItem.list_id == list_id)
            ).all()
        )
        card = load_card(s, client_id, me)
        custom = {**card.custom, status: items["Закрыт"]}
        save_card(s, card, replace(card, custom=custom), me, now=NOW)
    check(db, "a list field set")
    assert (status, client_id, str(items["Закрыт"])) in held(db)
    with db.transaction() as s:  # the item goes, and the cards' values with it
        lists.save_list(
            s, me, list_id, "Статусы", [lists.ItemEdit("Новый", id=items["Новый"])], confirmed=1
        )
    check(db, "a list item removed")

    with db.transaction() as s:
        admin.delete_field(s, me, tags, confirmed=1)
    check(db, "a field deleted")
    with db.transaction() as s:
        delete_client(s, client_id, me)
    check(db, "a card deleted")
    with db.transaction() as s:
        assert field_index.rebuild(s) == len(wanted(db))
    check(db, "rebuilt")


def test_a_filter_through_the_index_finds_what_reading_every_card_finds(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two cards sharing a long value's first 191 characters, and two spellings MariaDB's
    case-insensitive collation takes as one: the index narrows, the cards' JSON decides, so
    every filter keeps the same clients as reading every card (as before the index)."""
    me = user_with_role(db, Role.ADMIN)
    head = "Улица " + "очень длинная " * 20
    values = [head + "дом 1", head + "дом 2", "Орёл", "орёл", "Орел"]
    with db.transaction() as s:
        note = admin.save_field(s, me, None, admin.FieldEdit("Адрес", FieldType.TEXT))
        saved = []
        for n, value in enumerate(values):
            card = new_card(s, me)
            edited = replace(card, display_name=f"Точность {n}", custom={note: value})
            saved.append(save_card(s, card, edited, me, now=NOW))
    check(db, "long and look-alike values")
    picks = [(v,) for v in values] + [("Орёл", "Орел"), (head,), ("",)]
    for picked in picks:
        flt = ClientFilter(values=((field_column(note), picked),))
        found = all_rows(db, flt, me)
        monkeypatch.setattr(column_filters, "FEW", 1)  # as if common: names walked in order
        assert found == all_rows(db, flt, me), picked
        monkeypatch.setattr(column_filters, "USE_VALUE_INDEX", False)
        assert found == all_rows(db, flt, me), picked
        monkeypatch.setattr(column_filters, "USE_VALUE_INDEX", True)
        monkeypatch.setattr(column_filters, "FEW", 3000)
    long_one = ClientFilter(values=((field_column(note), (values[1],)),))
    assert all_rows(db, long_one, me) == [saved[1]]  # not its twin of the same beginning
    assert all_rows(db, ClientFilter(values=((field_column(note), (head,)),)), me) == []
    exact = ClientFilter(values=((field_column(note), ("Орёл",)),))
    if db.engine.dialect.name == "sqlite":
        assert all_rows(db, exact, me) == [saved[2]]
    else:  # MariaDB's collation takes case and ё/е as one, as the column's value list does
        assert sorted(all_rows(db, exact, me)) == sorted(saved[2:])
