"""The SIP account goes with the employee: set by an administrator, one SIP user per PBX,
conflicts detected, the workstation's old account taken over by its operator, the password
kept per employee and PBX in the keyring (SQLite and MariaDB)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.config import WorkstationSettings, get_secret
from app.database import Database
from app.softphone_settings import (
    SoftphoneSettings,
    load_softphone_settings,
    store_softphone_settings,
)
from app.staff.admin import UserEdit
from app.staff.auth import CurrentUser, current_user
from app.staff.permissions import PermissionDenied
from app.staff.sip_account import (
    SipAccount,
    SipAccountError,
    adopt_sip_account,
    adopt_workstation_password,
    create_user_with_sip,
    known_sip_password,
    remember_sip_password,
    set_sip_account,
    sip_account_of,
    sip_secret_key,
    update_user_with_sip,
)
from models import Employee, EmployeeSipAccount, Role
from tests.conftest import MemoryKeyring
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=20, clients=5, days=1, seed=3)

PBX = SipAccount(registrar=" pbx.example.com ", user="301", auth_user="", transport="udp")


def _operators(db: Database) -> list[CurrentUser]:
    with db.transaction() as s:
        rows = s.scalars(
            select(Employee).where(Employee.role == Role.OPERATOR.value).order_by(Employee.id)
        ).all()
        return [current_user(e) for e in rows[:2]]


def test_an_administrator_sets_an_employees_account_and_it_follows_them(db: Database) -> None:
    admin = user_with_role(db, Role.ADMIN)
    first, second = _operators(db)
    with db.transaction() as s:
        assert sip_account_of(s, first.id) is None
        stored = set_sip_account(s, admin, first.id, PBX, 0)
    assert stored is not None and stored.registrar == "pbx.example.com" and stored.version == 1
    with db.transaction() as s:
        assert sip_account_of(s, first.id) == stored
        # One SIP user on one PBX belongs to one employee.
        with pytest.raises(SipAccountError, match=r"301@pbx\.example\.com already belongs to"):
            set_sip_account(s, admin, second.id, PBX, 0)
        # A dialog opened before the change is refused, not overwritten.
        with pytest.raises(SipAccountError, match="changed this SIP account meanwhile"):
            set_sip_account(s, admin, first.id, SipAccount("pbx.example.com", "302"), 0)
        with pytest.raises(SipAccountError, match="PBX address"):
            set_sip_account(s, admin, first.id, SipAccount("", "302"), 1)
        with pytest.raises(SipAccountError, match="not a valid SIP user"):
            set_sip_account(s, admin, first.id, SipAccount("pbx", "3 01"), 1)
    with db.transaction() as s:
        moved = set_sip_account(s, admin, first.id, SipAccount("pbx.example.com", "302"), 1)
        assert moved is not None and moved.version == 2 and moved.user == "302"
        # 301 is free again: the second operator takes it.
        assert set_sip_account(s, admin, second.id, PBX, 0) is not None
    with db.transaction() as s:
        assert set_sip_account(s, admin, first.id, None, 2) is None
        assert sip_account_of(s, first.id) is None
        assert s.scalar(select(EmployeeSipAccount.sip_user)) == "301"


def test_only_an_administrator_sets_accounts(db: Database) -> None:
    operator, colleague = _operators(db)
    supervisor = user_with_role(db, Role.SUPERVISOR)
    for who in (operator, supervisor):
        with db.transaction() as s, pytest.raises(PermissionDenied):
            set_sip_account(s, who, colleague.id, PBX, 0)
    with db.transaction() as s:
        assert s.scalar(select(EmployeeSipAccount.employee_id)) is None


def test_the_user_and_their_account_are_stored_together_or_not_at_all(db: Database) -> None:
    admin = user_with_role(db, Role.ADMIN)
    edit = UserEdit(login="newbie", full_name="New Operator")
    with pytest.raises(SipAccountError):
        db.write(lambda s: create_user_with_sip(s, admin, edit, "secret1", SipAccount("pbx", "")))
    with db.transaction() as s:
        assert s.scalar(select(Employee.id).where(Employee.login == "newbie")) is None
    user_id = db.write(lambda s: create_user_with_sip(s, admin, edit, "secret1", PBX))
    renamed = UserEdit(login="newbie", full_name="Renamed Operator")
    with pytest.raises(SipAccountError, match="meanwhile"):  # stale version: nothing changes
        db.write(lambda s: update_user_with_sip(s, admin, user_id, renamed, PBX, 0))
    with db.transaction() as s:
        employee = s.get(Employee, user_id)
        assert employee is not None and employee.full_name == "New Operator"
    db.write(lambda s: update_user_with_sip(s, admin, user_id, renamed, None, 1))
    with db.transaction() as s:
        assert sip_account_of(s, user_id) is None
        employee = s.get(Employee, user_id)
        assert employee is not None and employee.full_name == "Renamed Operator"


def test_an_operator_takes_over_the_workstations_account_with_its_password(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    admin = user_with_role(db, Role.ADMIN)
    operator, colleague = _operators(db)
    ws = WorkstationSettings()
    store_softphone_settings(
        ws, SoftphoneSettings(registrar="pbx.example.com", user="301", mic_volume=70), "s3cret"
    )
    legacy = load_softphone_settings(ws)
    account = SipAccount.from_settings(legacy)
    stored = db.write(lambda s: adopt_sip_account(s, operator, account))
    adopt_workstation_password(ws, operator.login, stored)
    with db.transaction() as s:
        assert sip_account_of(s, operator.id) == stored
    assert known_sip_password(operator.login, stored) == "s3cret"
    assert get_secret(legacy.secret_key()) is None  # moved, not copied
    left = load_softphone_settings(ws)
    assert not left.configured and left.mic_volume == 70  # the workstation keeps its own things
    assert list(memory_keyring.secrets) == [("CallDesk", sip_secret_key(operator.login, stored))]
    # Taken only once, and never a colleague's.
    with pytest.raises(SipAccountError, match="meanwhile"):
        db.write(lambda s: adopt_sip_account(s, operator, SipAccount("pbx.example.com", "399")))
    with pytest.raises(SipAccountError, match="already belongs to"):
        db.write(lambda s: adopt_sip_account(s, colleague, account))
    with db.transaction() as s:
        assert sip_account_of(s, colleague.id) is None
        set_sip_account(s, admin, colleague.id, SipAccount("pbx.example.com", "302"), 0)


def test_each_employee_has_their_own_password_on_a_shared_computer(
    memory_keyring: MemoryKeyring,
) -> None:
    mine, theirs = SipAccount("pbx", "301"), SipAccount("pbx", "302")
    remember_sip_password("ivanov", mine, "one")
    remember_sip_password("petrov", theirs, "two")
    assert known_sip_password("ivanov", mine) == "one"
    assert known_sip_password("petrov", theirs) == "two"
    assert known_sip_password("ivanov", SipAccount("pbx2", "301")) is None  # another PBX
    assert known_sip_password("petrov", mine) is None  # another employee
    assert sip_secret_key("Ivanov", mine) == "sip:ivanov/301@pbx:5060"
    assert "one" not in str(memory_keyring.secrets.keys())
