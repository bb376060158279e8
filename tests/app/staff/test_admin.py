"""Administration on SQLite and MariaDB: admin-only everywhere, users, groups, fields."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients.card import load_card
from app.company_settings import AUTO_CREATE_CLIENTS, WRAP_UP_S, get_setting
from app.database import Database
from app.softphone_settings import COMPANY_WRAP_UP, MAX_WRAP_UP_SECONDS, wrap_up_for
from app.staff import admin
from app.staff.auth import CurrentUser, LoginFailed, authenticate
from app.staff.permissions import PermissionDenied, permissions, visible_fields
from models import Client, FieldAccess, FieldType, Role
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=50, clients=10, days=2, seed=3)


def admin_commands(w: CurrentUser) -> list[Callable[[Session], object]]:
    return [
        lambda s: admin.list_users(s, w),
        lambda s: admin.create_user(s, w, admin.UserEdit("x", "X"), "secret1"),
        lambda s: admin.reset_password(s, w, w.id, "secret1"),
        lambda s: admin.save_group(s, w, None, "G", {}),
        lambda s: admin.save_field(s, w, None, admin.FieldEdit("F")),
        lambda s: admin.set_company_setting(s, w, AUTO_CREATE_CLIENTS, True),
        lambda s: admin.set_wrap_up_default(s, w, 30),
        lambda s: admin.set_read_replica(s, w, ""),
    ]


def test_only_an_administrator_may_administer(db: Database) -> None:
    for role in (Role.OPERATOR, Role.SUPERVISOR, Role.ACCOUNTANT):
        who = user_with_role(db, role)
        for call in admin_commands(who):
            with db.transaction() as s, pytest.raises(PermissionDenied):
                call(s)
    # The can_admin permission makes an operator an administrator.
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        info = next(u for u in admin.list_users(s, me) if u.id == operator.id)
        admin.update_user(
            s,
            me,
            operator.id,
            admin.UserEdit(info.login, info.full_name, can_admin=True, can_reports=True),
        )
    with db.transaction() as s:
        assert permissions(s, operator).admin
        admin.list_users(s, operator)


def test_users_create_edit_reset_password_deactivate(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        new_id = admin.create_user(
            s,
            me,
            admin.UserEdit("petrova", "Петрова Анна", "Оператор", Role.OPERATOR, "377"),
            "first-pass",
        )
    with db.transaction() as s:
        with pytest.raises(admin.AdminError, match="already taken"):
            admin.create_user(s, me, admin.UserEdit("PETROVA", "Дубль"), "secret12")
        with pytest.raises(admin.AdminError, match="extension 377 already belongs to Петрова"):
            admin.create_user(s, me, admin.UserEdit("other", "Другой", extension="377"), "secret12")
        with pytest.raises(admin.AdminError, match="at least"):
            admin.reset_password(s, me, new_id, "123")
        with pytest.raises(admin.AdminError, match="yourself"):
            admin.deactivate_user(s, me, me.id)
    with db.transaction() as s:
        assert authenticate(s, "petrova", "first-pass").extension == "377"
        admin.update_user(
            s,
            me,
            new_id,
            admin.UserEdit("petrova", "Петрова А. В.", "Старший оператор", Role.SUPERVISOR, "378"),
        )
        admin.reset_password(s, me, new_id, "second-pass")
    with db.transaction() as s:
        user = authenticate(s, "petrova", "second-pass")
        assert (user.full_name, user.role, user.extension) == (
            "Петрова А. В.",
            Role.SUPERVISOR,
            "378",
        )
        admin.deactivate_user(s, me, new_id)
    with db.transaction() as s, pytest.raises(LoginFailed, match="deactivated"):
        authenticate(s, "petrova", "second-pass")


def test_groups_and_fields_shape_what_members_see(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        with pytest.raises(admin.AdminError, match="needs at least one list item"):
            admin.save_field(s, me, None, admin.FieldEdit("Segment", FieldType.DROPDOWN))
        seg = admin.save_field(
            s, me, None, admin.FieldEdit("Segment", FieldType.DROPDOWN, items=["A", " B ", "A", ""])
        )
        secret = admin.save_field(
            s, me, None, admin.FieldEdit("Secret", FieldType.TEXT, sort_order=5)
        )
        group = admin.save_group(
            s, me, None, "Sales", {seg: FieldAccess.VIEW, secret: FieldAccess.HIDDEN}
        )
        info = next(u for u in admin.list_users(s, me) if u.id == operator.id)
        admin.update_user(
            s, me, operator.id, admin.UserEdit(info.login, info.full_name, group_ids=(group,))
        )
    with db.transaction() as s:
        assert [f.items for f in admin.list_fields(s, me) if f.id == seg] == [("A", "B")]
        assert {v.field.title: v.access for v in visible_fields(s, operator)} == {
            "Segment": FieldAccess.VIEW
        }
        client_id = s.scalar(select(Client.id).limit(1))
        assert client_id is not None
        assert [v.field.title for v in load_card(s, client_id, operator).fields] == ["Segment"]
        admin.save_group(s, me, group, "Sales", {seg: FieldAccess.EDIT})
        assert admin.list_groups(s, me)[0].access == {}
        with pytest.raises(admin.AdminError, match="already exists"):
            admin.save_group(s, me, None, "Sales", {})
        admin.set_company_setting(s, me, AUTO_CREATE_CLIENTS, True)
    with db.transaction() as s:
        assert {v.field.title for v in visible_fields(s, operator)} == {"Segment", "Secret"}
        assert get_setting(s, AUTO_CREATE_CLIENTS) is True
        admin.delete_group(s, me, group)
        admin.delete_field(s, me, secret)
    with db.transaction() as s:
        # Their only group gone, the operator sees no custom field at all; the admin all.
        assert visible_fields(s, operator) == []
        assert [v.field.title for v in visible_fields(s, me)] == ["Segment"]
        assert next(u for u in admin.list_users(s, me) if u.id == operator.id).group_ids == ()


def test_the_company_wrap_up_pause_and_a_workstation_that_sets_its_own(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        assert wrap_up_for(COMPANY_WRAP_UP, get_setting(s, WRAP_UP_S)) == 0  # none stored
        admin.set_wrap_up_default(s, me, 45)
    with db.transaction() as s:
        company = get_setting(s, WRAP_UP_S)
    assert wrap_up_for(COMPANY_WRAP_UP, company) == 45  # "as the company"
    assert wrap_up_for(0, company) == 0  # this workstation: none
    assert wrap_up_for(20, company) == 20  # this workstation: its own
    for bad in (-1, MAX_WRAP_UP_SECONDS + 1):
        with db.transaction() as s, pytest.raises(admin.AdminError, match="wrap-up"):
            admin.set_wrap_up_default(s, me, bad)
    with db.transaction() as s:
        assert get_setting(s, WRAP_UP_S) == 45  # a refused value changed nothing
    assert wrap_up_for(COMPANY_WRAP_UP, "45") == 0  # a value of a wrong type: none


def test_the_read_replica_setting_is_checked_before_it_is_stored(db: Database) -> None:
    from app.replica import READ_REPLICA, ReplicaSettingError

    me = user_with_role(db, Role.ADMIN)
    mysql = db.dialect != "sqlite"
    with db.transaction() as s:
        if mysql:
            assert admin.set_read_replica(s, me, " replica-1:3307 ") == "replica-1:3307"
        else:  # SQLite has no replicas: refused in words
            with pytest.raises(ReplicaSettingError, match="MySQL or MariaDB"):
                admin.set_read_replica(s, me, "replica-1:3307")
    refusal = "host:port" if mysql else "MySQL or MariaDB"
    with db.transaction() as s, pytest.raises(ReplicaSettingError, match=refusal):
        admin.set_read_replica(s, me, "replica-1:port")
    with db.transaction() as s:
        assert (get_setting(s, READ_REPLICA) or "") == ("replica-1:3307" if mysql else "")
        admin.set_read_replica(s, me, "")
    with db.transaction() as s:
        assert not get_setting(s, READ_REPLICA)
