"""Reusable lists and list-backed card fields on SQLite and MariaDB: the lists' rules, item
ids on cards (a rename shows everywhere), the default view hiding "closed" clients, the
field attributes (key, hint, tab, shown) and the warning before a change drops values."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select

from app.clients.card import load_card, new_card, save_card
from app.clients.directory import ClientFilter, count_capped, count_hidden, fetch_page, iter_rows
from app.clients.field_values import WouldDropData
from app.clients.fields import FieldValueError, clean_value, field_defs, value_text
from app.clients.importing import SourceTable, check_rows, guess_mapping, import_rows
from app.database import Database
from app.staff import admin, lists
from app.staff.auth import CurrentUser
from app.staff.lists import ItemEdit
from app.staff.permissions import PermissionDenied
from models import Client, ClientHistory, FieldType, Role, ValueListItem
from tests.support.ui_support import NOW, user_with_role, with_every_field

pytestmark = pytest.mark.seed(calls=50, clients=30, days=2, seed=5)

STATUSES = [
    ItemEdit("New"),
    ItemEdit("Working"),
    ItemEdit("Closed", hides=True),
    ItemEdit("Not our client", hides=True),
]


def make_status_field(db: Database, me: CurrentUser) -> tuple[int, int, dict[str, int]]:
    """A "Status" list and a card field picking from it: (list id, field id, item ids)."""
    with db.transaction() as s:
        list_id = lists.save_list(s, me, None, " Client  statuses ", STATUSES)
        field_id = admin.save_field(
            s,
            me,
            None,
            admin.FieldEdit(
                "Status", FieldType.LIST, list_id=list_id, in_table=True, hint="Where we are"
            ),
        )
        items = {i.name: i.id for i in s.scalars(select(ValueListItem))}
    return list_id, field_id, items


def set_status(db: Database, me: CurrentUser, client_id: int, field_id: int, value: Any) -> None:
    with db.transaction() as s:
        card = load_card(s, client_id, me)
        custom = dict(card.custom)
        custom[field_id] = value
        edited = replace(card, custom=custom)
        save_card(s, card, edited, me, now=NOW)


def client_ids(db: Database) -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.scalars(select(Client.id).order_by(Client.display_name, Client.id)))


def stored(db: Database, client_id: int, field_id: int) -> Any:
    with db.engine.connect() as conn:
        values = conn.scalar(select(Client.custom_fields).where(Client.id == client_id))
    return (values or {}).get(str(field_id))


def test_lists_are_checked_and_only_an_administrator_changes_them(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        lists.save_list(s, operator, None, "Statuses", STATUSES)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        lists.list_lists(s, operator)
    bad: list[tuple[str, list[ItemEdit], str]] = [
        ("  ", STATUSES, "Enter the list's name"),
        ("Statuses", [], "at least one item"),
        ("Statuses", [ItemEdit("A"), ItemEdit(" ")], "needs a name"),
        ("Statuses", [ItemEdit("Open"), ItemEdit("open ")], "twice"),
        ("x" * 101, STATUSES, "too long"),
    ]
    for name, items, message in bad:
        with pytest.raises(admin.AdminError, match=message), db.transaction() as s:
            lists.save_list(s, me, None, name, items)
    list_id, _field_id, _items = make_status_field(db, me)
    with db.transaction() as s:
        (info,) = lists.list_lists(s, me)
        assert info.name == "Client statuses" and info.fields == ("Status",)
        assert [(c.name, c.hides) for c in info.items] == [(i.name, i.hides) for i in STATUSES]
        with pytest.raises(admin.AdminError, match="already exists"):
            lists.save_list(s, me, None, "Client statuses", STATUSES)
        with pytest.raises(admin.AdminError, match="used by the fields «Status»"):
            lists.delete_list(s, me, list_id)
    # Two administrators: the second save of the same version is refused.
    with db.transaction() as s:
        lists.save_list(s, me, list_id, "Statuses", list(edits_of(s, me)), info.version)
    with pytest.raises(admin.AdminError, match="Someone else changed"), db.transaction() as s:
        lists.save_list(s, me, list_id, "Statuses 2", list(edits_of(s, me)), info.version)
    # A list no field uses goes, with its items.
    with db.transaction() as s:
        spare = lists.save_list(s, me, None, "Spare", [ItemEdit("One")])
    with db.transaction() as s:
        lists.delete_list(s, me, spare)
        assert [i.name for i in lists.list_lists(s, me)] == ["Statuses"]
        assert s.scalar(select(func.count()).select_from(ValueListItem)) == len(STATUSES)


def edits_of(s: Any, me: CurrentUser) -> list[ItemEdit]:
    (info,) = [i for i in lists.list_lists(s, me) if i.fields]
    return [ItemEdit(c.name, c.hides, c.id) for c in info.items]


def test_a_card_stores_the_item_id_and_a_rename_shows_on_every_card(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    list_id, field_id, items = make_status_field(db, me)
    first, second = client_ids(db)[:2]
    set_status(db, me, first, field_id, items["Working"])
    set_status(db, me, second, field_id, "working")  # a typed name finds the item
    assert stored(db, first, field_id) == stored(db, second, field_id) == items["Working"]
    with db.transaction() as s:
        (field,) = [f for f in field_defs(s) if f.id == field_id]
        assert field.hint == "Where we are" and field.code == "status"
        assert value_text(field, items["Working"]) == "Working"
        with pytest.raises(FieldValueError, match="is not an item of «Status»"):
            clean_value(field, "Archived")
        with pytest.raises(FieldValueError):
            clean_value(field, 999_999)
        info = lists.list_lists(s, me)[0]
        renamed = [
            ItemEdit("In progress" if c.name == "Working" else c.name, c.hides, c.id)
            for c in info.items
        ]
        # Swapping two names is fine too (names are unique per list).
        renamed[0], renamed[1] = (
            ItemEdit(renamed[1].name, False, renamed[0].id),
            ItemEdit(renamed[0].name, False, renamed[1].id),
        )
        lists.save_list(s, me, list_id, info.name, renamed, info.version)
    with db.engine.connect() as conn:
        rows = fetch_page(conn, ClientFilter(show_hidden=True), me, None, 500)
        shown = {r.id: r.custom[field_id] for r in rows}
    assert shown[first] == shown[second] == "New"  # the item "Working" is now called "New"
    assert stored(db, first, field_id) == items["Working"]  # the card itself did not change
    with db.transaction() as s:
        card = load_card(s, first, me)
        assert card.custom[field_id] == items["Working"]


def test_the_default_view_hides_closed_clients_and_the_toggle_shows_them(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with_every_field(db, operator)  # in no group an employee sees no card field (0017)
    _list_id, field_id, items = make_status_field(db, me)
    ids = client_ids(db)
    with db.engine.connect() as conn:
        assert count_hidden(conn, ClientFilter(), operator) == (0, False)
    closed, lost, working = ids[0], ids[3], ids[5]
    set_status(db, me, closed, field_id, items["Closed"])
    set_status(db, me, lost, field_id, items["Not our client"])
    set_status(db, me, working, field_id, items["Working"])
    with db.engine.connect() as conn:
        default = [r.id for r in fetch_page(conn, ClientFilter(), operator, None, 500)]
        everyone = [r.id for r in fetch_page(conn, ClientFilter(show_hidden=True), me, None, 500)]
        assert everyone == ids
        assert default == [i for i in ids if i not in (closed, lost)]
        assert count_capped(conn, ClientFilter(), operator) == (len(ids) - 2, False)
        assert count_hidden(conn, ClientFilter(), operator) == (2, False)
        assert count_hidden(conn, ClientFilter(show_hidden=True), operator) == (2, False)
        # Search still works, within what the view shows.
        name = conn.scalar(select(Client.display_name).where(Client.id == closed))
        assert name is not None
        found = fetch_page(conn, ClientFilter(search=name), operator, None, 50)
        assert closed not in [r.id for r in found]
        found = fetch_page(conn, ClientFilter(search=name, show_hidden=True), operator, None, 50)
        assert closed in [r.id for r in found]
        assert count_hidden(conn, ClientFilter(search=name), operator)[0] >= 1
        # "Field contains" on a list field matches its items' names.
        by_status = ClientFilter(custom=((field_id, "WORK"),), show_hidden=True)
        assert [r.id for r in fetch_page(conn, by_status, operator, None, 50)] == [working]
        by_status = ClientFilter(custom=((field_id, "o"),), show_hidden=True)  # Closed, Not our…
        assert {r.id for r in fetch_page(conn, by_status, operator, None, 50)} == {
            closed,
            lost,
            working,
        }
        nothing = ClientFilter(custom=((field_id, "zzz"),), show_hidden=True)
        assert fetch_page(conn, nothing, operator, None, 50) == []
        # The export follows the view.
        exported = [r.id for r in iter_rows(conn, ClientFilter(), operator, page_size=7)]
        assert exported == default
    # Marking "Working" as hiding too: one more hidden client, no card rewritten.
    with db.transaction() as s:
        info = lists.list_lists(s, me)[0]
        edits = [ItemEdit(c.name, c.hides or c.name == "Working", c.id) for c in info.items]
        lists.save_list(s, me, info.id, info.name, edits, info.version)
    with db.engine.connect() as conn:
        assert count_hidden(conn, ClientFilter(), operator) == (3, False)


def test_removing_an_item_in_use_warns_with_the_number_of_cards_then_clears_them(
    db: Database,
) -> None:
    me = user_with_role(db, Role.ADMIN)
    list_id, field_id, items = make_status_field(db, me)
    ids = client_ids(db)
    for client_id in ids[:3]:
        set_status(db, me, client_id, field_id, items["Closed"])
    set_status(db, me, ids[3], field_id, items["New"])
    with db.engine.connect() as conn:
        versions = dict(conn.execute(select(Client.id, Client.version)).all())
    with db.transaction() as s:
        info = lists.list_lists(s, me)[0]
    without_closed = [ItemEdit(c.name, c.hides, c.id) for c in info.items if c.name != "Closed"]
    with pytest.raises(WouldDropData) as asked, db.transaction() as s:
        lists.save_list(s, me, list_id, info.name, without_closed, info.version)
    assert asked.value.cards == 3
    assert "3 cards" in str(asked.value)
    # A stale confirmation (another number) asks again; nothing was written meanwhile.
    with pytest.raises(WouldDropData), db.transaction() as s:
        lists.save_list(s, me, list_id, info.name, without_closed, info.version, confirmed=2)
    assert stored(db, ids[0], field_id) == items["Closed"]
    with db.transaction() as s:
        lists.save_list(s, me, list_id, info.name, without_closed, info.version, confirmed=3)
    assert [stored(db, i, field_id) for i in ids[:4]] == [None, None, None, items["New"]]
    with db.engine.connect() as conn:
        after = dict(conn.execute(select(Client.id, Client.version)).all())
        history = conn.execute(
            select(ClientHistory.client_id, ClientHistory.old_value, ClientHistory.new_value)
            .where(ClientHistory.field == f"field:{field_id}", ClientHistory.new_value.is_(None))
            .order_by(ClientHistory.client_id)
        ).all()
    assert [after[i] - versions[i] for i in ids[:4]] == [1, 1, 1, 0]  # open cards conflict
    assert sorted(h.client_id for h in history) == sorted(ids[:3])
    assert {h.old_value for h in history} == {"Closed"}


def test_a_type_change_converts_what_it_can_and_asks_before_dropping_the_rest(
    db: Database,
) -> None:
    me = user_with_role(db, Role.ADMIN)
    ids = client_ids(db)
    with db.transaction() as s:
        field_id = admin.save_field(s, me, None, admin.FieldEdit("Дата договора"))
        (field,) = [f for f in field_defs(s) if f.id == field_id]
        assert field.code == "data_dogovora"  # made from the title
    for client_id, value in zip(ids, ["12", "3,5", "soon", "7"], strict=False):
        set_status(db, me, client_id, field_id, value)
    number = admin.FieldEdit("Дата договора", FieldType.NUMBER, code="data_dogovora")
    with pytest.raises(WouldDropData) as asked, db.transaction() as s:
        admin.save_field(s, me, field_id, number)
    assert asked.value.cards == 1
    with db.transaction() as s:
        assert field_defs(s)[-1].field_type is FieldType.TEXT  # nothing changed
        admin.save_field(s, me, field_id, number, confirmed=1)
    assert [stored(db, i, field_id) for i in ids[:4]] == [12, 3.5, None, 7]
    # Text -> list: values matching an item's name become that item.
    _list_id, status_id, items = make_status_field(db, me)
    for client_id, value in zip(ids, ["Closed", "nonsense"], strict=False):
        with db.transaction() as s:
            admin.save_field(s, me, status_id, admin.FieldEdit("Status", code="status"))
        set_status(db, me, client_id, status_id, value)
    with db.transaction() as s:
        status_list = lists.list_lists(s, me)[0].id
        admin.save_field(
            s,
            me,
            status_id,
            admin.FieldEdit("Status", FieldType.LIST, code="status", list_id=status_list),
            confirmed=1,
        )
    assert stored(db, ids[0], status_id) == items["Closed"]
    assert stored(db, ids[1], status_id) is None


def test_deleting_a_field_in_use_warns_and_takes_its_values(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    _list_id, field_id, items = make_status_field(db, me)
    ids = client_ids(db)
    set_status(db, me, ids[0], field_id, items["New"])
    set_status(db, me, ids[1], field_id, items["Closed"])
    with pytest.raises(WouldDropData, match="2 cards"), db.transaction() as s:
        admin.delete_field(s, me, field_id)
    with db.transaction() as s:
        admin.delete_field(s, me, field_id, confirmed=2)
        assert [f.id for f in field_defs(s) if f.id == field_id] == []
    assert stored(db, ids[0], field_id) is None and stored(db, ids[1], field_id) is None
    # An empty field goes without a question.
    with db.transaction() as s:
        empty = admin.save_field(s, me, None, admin.FieldEdit("Empty"))
    with db.transaction() as s:
        admin.delete_field(s, me, empty)


def test_field_keys_hints_tabs_and_hidden_fields(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        inn = admin.save_field(
            s,
            me,
            None,
            admin.FieldEdit(
                "ИНН", code="inn", hint="10 or 12 digits", tab_title=" Requisites ", shown=False
            ),
        )
        for code, message in (
            ("INN", "must start with a small Latin letter"),
            ("1inn", "must start with a small Latin letter"),
            ("inn-2", "must start with a small Latin letter"),
            ("inn", "already has the key «inn»"),
        ):
            with pytest.raises(admin.AdminError, match=message):
                admin.save_field(s, me, None, admin.FieldEdit("Other", code=code))
        with pytest.raises(admin.AdminError, match="Choose the list"):
            admin.save_field(s, me, None, admin.FieldEdit("Kind", FieldType.LIST))
        # Titles that make the same key get a suffix.
        twin = admin.save_field(s, me, None, admin.FieldEdit("inn"))
        defs = {f.id: f for f in field_defs(s)}
    assert (defs[inn].code, defs[inn].hint, defs[inn].tab_title, defs[inn].shown) == (
        "inn",
        "10 or 12 digits",
        "Requisites",
        False,
    )
    assert defs[twin].code == "inn_2"
    # Import matches a column headed with the key.
    assert guess_mapping(["Название", "INN", ""], {inn: "ИНН"}, {inn: "inn"}) == [
        "name",
        f"field:{inn}",
        "",
    ]
    # A field not shown on the card still keeps its value through a save of the card.
    client_id = client_ids(db)[0]
    set_status(db, me, client_id, inn, "7701234567")
    with db.transaction() as s:
        card = load_card(s, client_id, me)
        save_card(s, card, replace(card, email="a@b.ru"), me, now=NOW)
    assert stored(db, client_id, inn) == "7701234567"


def test_a_new_card_accepts_a_list_item(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    _list_id, field_id, items = make_status_field(db, me)
    with db.transaction() as s:
        card = new_card(s, me)
        edited = replace(card, display_name="ООО «Новый»", custom={field_id: "closed"})
        client_id = save_card(s, card, edited, me, now=NOW)
    assert stored(db, client_id, field_id) == items["Closed"]


def test_import_matches_the_key_column_and_item_names_then_export_shows_names(
    db: Database,
) -> None:
    me = user_with_role(db, Role.ADMIN)
    _list_id, field_id, items = make_status_field(db, me)
    headers = ["Наименование", "Телефон", "STATUS"]
    rows = [
        ["ООО «Список 1»", "+7 915 100-00-01", "closed"],
        ["ООО «Список 2»", "+7 915 100-00-02", "Working"],
        ["ООО «Список 3»", "+7 915 100-00-03", "Archived"],
    ]
    mapping = guess_mapping(headers, {field_id: "Status"}, {field_id: "status"})
    assert mapping == ["name", "phone", f"field:{field_id}"]
    with db.engine.connect() as conn:
        check = check_rows(conn, SourceTable(headers, rows), mapping, me)
    assert check.valid_count == 2
    (bad,) = check.invalid
    assert "«Archived» is not an item of «Status»" in " ".join(bad.errors)
    with db.transaction() as s:
        import_rows(s, check, me, only_valid=True)
    with db.engine.connect() as conn:
        imported: dict[str, Any] = dict(
            conn.execute(
                select(Client.display_name, Client.custom_fields).where(
                    Client.display_name.like("ООО «Список%")
                )
            ).all()
        )
        assert imported["ООО «Список 1»"] == {str(field_id): items["Closed"]}
        assert imported["ООО «Список 2»"] == {str(field_id): items["Working"]}
        shown = {
            r.display_name: r.custom[field_id]
            for r in iter_rows(conn, ClientFilter(search="Список", show_hidden=True), me)
        }
    assert shown == {"ООО «Список 1»": "Closed", "ООО «Список 2»": "Working"}
