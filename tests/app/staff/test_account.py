"""My account: one's own name and password, on SQLite and MariaDB."""

from __future__ import annotations

import pytest

from app.database import Database
from app.staff.account import AccountError, change_own_password, rename_self
from app.staff.auth import LoginFailed, authenticate
from models import Employee, Role
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=20, clients=5, days=1, seed=3)


def _set_password(db: Database, employee_id: int, password: str) -> None:
    from app.staff.auth import hash_password

    with db.transaction() as s:
        employee = s.get(Employee, employee_id)
        assert employee is not None
        employee.password_hash = hash_password(password)


def test_an_operator_changes_their_own_password_knowing_the_current_one(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    _set_password(db, me.id, "old-secret")
    for current, new, why in (
        ("wrong-one", "new-secret", "current password"),
        ("old-secret", "short", "at least 6"),
        ("old-secret", "old-secret", "same as the current"),
    ):
        with db.transaction() as s, pytest.raises(AccountError, match=why):
            change_own_password(s, me, current, new)
    with db.transaction() as s:  # refused: the old one still works
        assert authenticate(s, me.login, "old-secret").id == me.id
        change_own_password(s, me, "old-secret", "new-secret")
    with db.transaction() as s:
        assert authenticate(s, me.login, "new-secret").id == me.id
        with pytest.raises(LoginFailed):
            authenticate(s, me.login, "old-secret")


def test_an_employee_renames_themselves(db: Database) -> None:
    me = user_with_role(db, Role.SUPERVISOR)
    with db.transaction() as s:
        assert rename_self(s, me, "  Ivanova   Anna  Petrovna ") == "Ivanova Anna Petrovna"
    with db.transaction() as s:
        employee = s.get(Employee, me.id)
        assert employee is not None and employee.full_name == "Ivanova Anna Petrovna"
        for bad, why in (("   ", "full name"), ("x" * 201, "longer than 200")):
            with pytest.raises(AccountError, match=why):
                rename_self(s, me, bad)
    with db.transaction() as s:
        employee = s.get(Employee, me.id)
        assert employee is not None and employee.full_name == "Ivanova Anna Petrovna"


def test_an_account_switched_off_meanwhile_cannot_be_changed(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        employee = s.get(Employee, me.id)
        assert employee is not None
        employee.active = False
    with db.transaction() as s, pytest.raises(AccountError, match="no longer exists or is off"):
        rename_self(s, me, "New Name")
