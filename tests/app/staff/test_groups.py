"""Employee groups on SQLite and MariaDB: an employee in several groups gets the widest access
per field, in none no custom field at all (card, table, filter, history, export, import),
administrators every field; memberships are written with the user in one write, and another
administrator's change meanwhile is a conflict, not an overwrite."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.clients.card import load_card, new_card, save_card
from app.clients.directory import ClientFilter, fetch_page, iter_rows, table_fields
from app.clients.export import CLIENT_COLUMNS, export_clients
from app.clients.history import card_history
from app.clients.importing import NAME, check_rows, read_table
from app.database import Database
from app.staff import admin
from app.staff.auth import CurrentUser
from app.staff.groups import GroupsChanged, groups_of, widest
from app.staff.permissions import PermissionDenied, visible_fields
from models import Client, ClientField, Employee, FieldAccess, GroupMembership, Role
from tests.support.ui_support import NOW, user_with_role

pytestmark = pytest.mark.seed(calls=100, clients=30, days=3, seed=5)

H, V, E = FieldAccess.HIDDEN, FieldAccess.VIEW, FieldAccess.EDIT


def test_widest_access_wins() -> None:
    assert widest([H, V, H]) is V
    assert widest([V, E, H]) is E
    assert widest([H]) is H
    assert widest([]) is H  # in no group: nothing


def _fields(db: Database) -> dict[str, int]:
    """Four table fields: city, segment, margin, passport."""
    with db.transaction() as s:
        fields = {
            key: ClientField(title=title, field_type=kind, in_table=True, sort_order=order)
            for order, (key, title, kind) in enumerate(
                [
                    ("city", "Город", "text"),
                    ("segment", "Сегмент", "text"),
                    ("margin", "Маржа", "number"),
                    ("passport", "Паспорт", "text"),
                ]
            )
        }
        s.add_all(fields.values())
        s.flush()
        return {k: f.id for k, f in fields.items()}


def _groups(db: Database, me: CurrentUser, f: dict[str, int]) -> dict[str, int]:
    """Three groups with mixed access; no row for a field means edit."""
    city, segment, margin, passport = f["city"], f["segment"], f["margin"], f["passport"]
    with db.transaction() as s:
        return {
            "sales": admin.save_group(
                s, me, None, "Продажи", {city: V, segment: H, margin: H, passport: H}
            ),
            "logistics": admin.save_group(
                s, me, None, "Логистика", {segment: V, margin: H, passport: H}
            ),
            "finance": admin.save_group(
                s, me, None, "Финансы", {city: H, segment: H, margin: V, passport: H}
            ),
        }


def _put_in(db: Database, me: CurrentUser, who: CurrentUser, *group_ids: int) -> None:
    with db.transaction() as s:
        info = next(u for u in admin.list_users(s, me) if u.id == who.id)
        admin.update_user(
            s,
            me,
            who.id,
            admin.UserEdit(
                info.login, info.full_name, role=info.role, group_ids=group_ids,
                groups_seen=info.group_ids,
            ),
        )  # fmt: skip


def _member_of(db: Database, employee_id: int) -> tuple[int, ...]:
    with db.engine.connect() as conn:
        return groups_of(conn, employee_id)


def _access(db: Database, who: CurrentUser) -> dict[int, FieldAccess]:
    with db.engine.connect() as conn:
        return {v.field.id: v.access for v in visible_fields(conn, who)}


def _fill_first_client(db: Database, me: CurrentUser, f: dict[str, int]) -> int:
    with db.engine.connect() as conn:
        client_id = conn.scalar(select(Client.id).order_by(Client.display_name, Client.id))
    assert client_id is not None
    with db.transaction() as s:
        card = load_card(s, client_id, me)
        values = {f["city"]: "Тверь", f["segment"]: "Опт", f["margin"]: "12", f["passport"]: "45"}
        save_card(s, card, card.__class__(**{**card.__dict__, "custom": values}), me, now=NOW)
    return client_id


def test_several_groups_give_the_widest_access_per_field(db: Database, tmp_path: Path) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    f = _fields(db)
    g = _groups(db, me, f)
    city, segment, margin, passport = f["city"], f["segment"], f["margin"], f["passport"]
    client_id = _fill_first_client(db, me, f)

    with db.transaction() as s:  # exporting is a permission of its own (not an operator's)
        s.execute(update(Employee).where(Employee.id == operator.id).values(can_export=True))
    _put_in(db, me, operator, g["sales"])
    assert _access(db, operator) == {city: V}
    _put_in(db, me, operator, g["sales"], g["finance"])
    assert _access(db, operator) == {city: V, margin: V}
    _put_in(db, me, operator, g["sales"], g["logistics"], g["finance"])
    # city: view, edit, hidden -> edit; segment: hidden, view, hidden -> view; margin: view;
    # passport hidden in all three.
    assert _access(db, operator) == {city: E, segment: V, margin: V}
    assert _access(db, me) == dict.fromkeys((city, segment, margin, passport), E)

    with db.engine.connect() as conn:
        assert [v.field.id for v in table_fields(conn, operator)] == [city, segment, margin]
        row = next(r for r in fetch_page(conn, ClientFilter(), operator) if r.id == client_id)
        assert row.custom == {city: "Тверь", segment: "Опт", margin: "12"}
        card = load_card(conn, client_id, operator)
        assert card.custom == {city: "Тверь", segment: "Опт", margin: 12}
        assert {h.field for h in card_history(conn, client_id, operator)} >= {
            f"field:{city}",
            f"field:{margin}",
        }
        assert f"field:{passport}" not in {h.field for h in card_history(conn, client_id, operator)}
        found = iter_rows(conn, ClientFilter(custom=((segment, "опт"),)), operator)
        assert [r.id for r in found] == [client_id]
        with pytest.raises(PermissionDenied):
            fetch_page(conn, ClientFilter(custom=((passport, "45"),)), operator)
        export_clients(conn, ClientFilter(), operator, tmp_path / "view.csv", "csv")
        with (tmp_path / "view.csv").open(encoding="utf-8-sig", newline="") as fh:
            exported = list(csv.reader(fh, delimiter=";"))
        assert exported[0][len(CLIENT_COLUMNS) :] == ["Город", "Сегмент", "Маржа"]
        assert not any(cell == "45" for row in exported for cell in row[len(CLIENT_COLUMNS) :])
    # The widest access is what a save may change: city yes, segment (view) no.
    with db.transaction() as s:
        card = load_card(s, client_id, operator)
        changed = {**card.custom, segment: "Розница"}
        with pytest.raises(PermissionDenied, match="Сегмент"):
            save_card(s, card, card.__class__(**{**card.__dict__, "custom": changed}), operator)
    with db.transaction() as s:
        card = load_card(s, client_id, operator)
        changed = {**card.custom, city: "Псков"}
        save_card(s, card, card.__class__(**{**card.__dict__, "custom": changed}), operator)
    with db.engine.connect() as conn:
        stored = conn.scalar(select(Client.custom_fields).where(Client.id == client_id))
    assert stored == {str(city): "Псков", str(segment): "Опт", str(margin): 12, str(passport): "45"}


def test_in_no_group_no_custom_field_anywhere(db: Database, tmp_path: Path) -> None:
    me = user_with_role(db, Role.ADMIN)
    nobody = user_with_role(db, Role.SUPERVISOR)
    f = _fields(db)
    _groups(db, me, f)
    client_id = _fill_first_client(db, me, f)
    with db.engine.connect() as conn:
        assert conn.scalar(
            select(func.count()).where(GroupMembership.employee_id == nobody.id)
        ) == 0  # fmt: skip
        assert visible_fields(conn, nobody) == [] and table_fields(conn, nobody) == []
        assert all(r.custom == {} for r in fetch_page(conn, ClientFilter(), nobody))
        card = load_card(conn, client_id, nobody)
        assert (card.custom, card.fields) == ({}, ())
        assert not any(h.field.startswith("field:") for h in card_history(conn, client_id, nobody))
        with pytest.raises(PermissionDenied):
            fetch_page(conn, ClientFilter(custom=((f["city"], "Тверь"),)), nobody)
        # Export: the built-in columns only, no value of a custom field in the file.
        path = tmp_path / "clients.csv"
        export_clients(conn, ClientFilter(), nobody, path, "csv")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert rows[0] == list(CLIENT_COLUMNS.values())
        assert not any("Тверь" in cell for row in rows for cell in row)
        # Import: mapping a column to a card field is refused.
        source = tmp_path / "in.csv"
        source.write_text("name,city\nНовый,Омск\n", encoding="utf-8")
        with pytest.raises(PermissionDenied):
            check_rows(conn, read_table(source), [NAME, f"field:{f['city']}"], nobody)
        assert check_rows(conn, read_table(source), [NAME, ""], nobody).valid_count == 1
    # A card written with a value for a field they may not see is refused, new or old.
    with db.transaction() as s:
        card = load_card(s, client_id, nobody)
        sneaky = card.__class__(**{**card.__dict__, "custom": {f["city"]: "Омск"}})
        with pytest.raises(PermissionDenied):
            save_card(s, card, sneaky, nobody)
        blank = new_card(s, nobody)
        named = {"display_name": "ООО Скрытое", "custom": {f["passport"]: "1"}}
        with pytest.raises(PermissionDenied):
            save_card(s, blank, blank.__class__(**{**blank.__dict__, **named}), nobody)
    # Saving what they see keeps the values they do not.
    with db.transaction() as s:
        card = load_card(s, client_id, nobody)
        save_card(s, card, card.__class__(**{**card.__dict__, "email": "x@example.ru"}), nobody)
    with db.engine.connect() as conn:
        stored = conn.scalar(select(Client.custom_fields).where(Client.id == client_id))
    assert stored is not None and stored[str(f["passport"])] == "45"


def test_memberships_are_written_with_the_user_and_conflicts_are_caught(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    f = _fields(db)
    g = _groups(db, me, f)
    _put_in(db, me, operator, g["sales"], g["finance"])
    with db.transaction() as s:
        info = next(u for u in admin.list_users(s, me) if u.id == operator.id)
        assert info.group_ids == tuple(sorted((g["sales"], g["finance"])))
        members = {gr.name: gr.members for gr in admin.list_groups(s, me)}
        assert operator.id in members["Продажи"] and operator.id in members["Финансы"]
        assert operator.id not in members["Логистика"]
    # Another administrator moves the operator to logistics while this one edits.
    _put_in(db, me, operator, g["logistics"])
    stale = admin.UserEdit(
        info.login, info.full_name, position="Старший", role=info.role,
        group_ids=(g["sales"],), groups_seen=info.group_ids,
    )  # fmt: skip
    with pytest.raises(GroupsChanged, match=info.full_name):
        db.write(lambda s: admin.update_user(s, me, operator.id, stale))
    with db.engine.connect() as conn:
        assert conn.scalar(select(Employee.position).where(Employee.id == operator.id)) != "Старший"
    assert _member_of(db, operator.id) == (g["logistics"],)
    # Choosing what the other one chose is no conflict; a group deleted meanwhile is refused.
    same = admin.UserEdit(
        info.login, info.full_name, role=info.role, group_ids=(g["logistics"],),
        groups_seen=info.group_ids,
    )  # fmt: skip
    db.write(lambda s: admin.update_user(s, me, operator.id, same))
    with db.transaction() as s:
        admin.delete_group(s, me, g["finance"])
    gone = admin.UserEdit(
        info.login, info.full_name, role=info.role, group_ids=(g["finance"],),
        groups_seen=(g["logistics"],),
    )  # fmt: skip
    with pytest.raises(GroupsChanged, match="no longer exists"):
        db.write(lambda s: admin.update_user(s, me, operator.id, gone))
    # A new user gets their groups in the same write.
    with db.transaction() as s:
        new_id = admin.create_user(
            s,
            me,
            admin.UserEdit("petrova", "Петрова Анна", group_ids=(g["sales"], g["logistics"])),
            "secret1",
        )
    assert _member_of(db, new_id) == tuple(sorted((g["sales"], g["logistics"])))
    # Deleting a group takes its memberships with it (the foreign key cascades).
    with db.transaction() as s:
        admin.delete_group(s, me, g["logistics"])
    assert _member_of(db, new_id) == (g["sales"],)


def test_a_group_changed_by_another_administrator_is_a_conflict(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    f = _fields(db)
    g = _groups(db, me, f)
    with db.transaction() as s:
        seen = next(gr for gr in admin.list_groups(s, me) if gr.id == g["sales"])
    with db.transaction() as s:  # the other administrator opens the city to sales
        admin.save_group(s, me, g["sales"], "Продажи", {**seen.access, f["city"]: E}, seen)
    with pytest.raises(GroupsChanged, match="Продажи"):
        db.write(
            lambda s: admin.save_group(
                s, me, g["sales"], "Продажи", {**seen.access, f["margin"]: V}, seen
            )
        )
    with db.transaction() as s:
        now = next(gr for gr in admin.list_groups(s, me) if gr.id == g["sales"])
    assert f["city"] not in now.access and now.access[f["margin"]] is H
    # Saved against what is stored now, it goes through.
    with db.transaction() as s:
        admin.save_group(s, me, g["sales"], "Продажи", {**now.access, f["margin"]: V}, now)
        assert (
            next(gr for gr in admin.list_groups(s, me) if gr.id == g["sales"]).access[f["margin"]]
            is V
        )
