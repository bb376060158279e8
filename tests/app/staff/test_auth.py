"""Login against the employees table on both databases; only argon2 hashes are stored."""

from __future__ import annotations

from datetime import datetime
from functools import cache

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.staff.auth import LoginFailed, authenticate, hash_password, verify_password
from models import Employee, Role

PASSWORD = "Лето2026!пароль"
OTHER_PASSWORD = "correct horse battery staple"


@cache
def password_hash() -> str:
    """One hash for the module: argon2 is slow on purpose (~0.3 s)."""
    return hash_password(PASSWORD)


def _add_employee(
    engine: Engine,
    login: str,
    password_hash: str,
    *,
    active: bool = True,
    role: Role = Role.OPERATOR,
    extension: str | None = None,
) -> int:
    with Session(engine) as s:
        employee = Employee(
            login=login,
            full_name="Кузнецов Иван Петрович",
            position="Менеджер по продажам",
            role=role.value,
            extension=extension,
            password_hash=password_hash,
            active=active,
            created_at=datetime(2026, 1, 10, 9, 0, 0),
        )
        s.add(employee)
        s.commit()
        return employee.id


def _stored_hash(engine: Engine, login: str) -> str:
    with engine.connect() as conn:
        value = conn.execute(
            text("SELECT password_hash FROM employees WHERE login = :login"), {"login": login}
        ).scalar_one()
    assert isinstance(value, str)
    return value


def test_login_with_the_right_password(engine: Engine) -> None:
    emp_id = _add_employee(
        engine, "kuznetsov", password_hash(), role=Role.SUPERVISOR, extension="305"
    )
    with Session(engine) as s:
        user = authenticate(s, "  kuznetsov ", PASSWORD)
    assert user.id == emp_id
    assert user.login == "kuznetsov"
    assert user.full_name == "Кузнецов Иван Петрович"
    assert user.role is Role.SUPERVISOR
    assert user.extension == "305"
    assert user.sees_all_calls and not user.is_admin


def test_operator_sees_only_own_calls(engine: Engine) -> None:
    _add_employee(engine, "operator1", password_hash())
    with Session(engine) as s:
        user = authenticate(s, "operator1", PASSWORD)
    assert user.role is Role.OPERATOR
    assert not user.sees_all_calls


@pytest.mark.parametrize(
    ("login", "password"),
    [
        ("kuznetsov", OTHER_PASSWORD),
        ("nobody", PASSWORD),
    ],
    ids=["wrong-password", "unknown-login"],
)
def test_login_fails(engine: Engine, login: str, password: str) -> None:
    _add_employee(engine, "kuznetsov", password_hash())
    with Session(engine) as s, pytest.raises(LoginFailed) as caught:
        authenticate(s, login, password)
    # The same words for a wrong password and an unknown login: nothing to probe logins with.
    assert str(caught.value) == "Wrong login or password."


def test_inactive_account_cannot_log_in(engine: Engine) -> None:
    _add_employee(engine, "fired", password_hash(), active=False)
    with Session(engine) as s, pytest.raises(LoginFailed, match="deactivated"):
        authenticate(s, "fired", PASSWORD)


def test_inactive_account_with_wrong_password_does_not_reveal_itself(engine: Engine) -> None:
    _add_employee(engine, "fired", password_hash(), active=False)
    with Session(engine) as s, pytest.raises(LoginFailed, match="Wrong login or password"):
        authenticate(s, "fired", OTHER_PASSWORD)


@pytest.mark.parametrize(("login", "password"), [("", PASSWORD), ("kuznetsov", ""), ("  ", "x")])
def test_empty_login_or_password(login: str, password: str) -> None:
    with Session() as s, pytest.raises(LoginFailed, match="Enter your login and password"):
        authenticate(s, login, password)


def test_only_an_argon2_hash_is_stored(engine: Engine) -> None:
    _add_employee(engine, "a", password_hash())
    _add_employee(engine, "b", hash_password(PASSWORD))
    stored_a = _stored_hash(engine, "a")
    stored_b = _stored_hash(engine, "b")
    for stored in (stored_a, stored_b):
        assert stored.startswith("$argon2id$")
        assert stored != PASSWORD
        assert PASSWORD not in stored
        assert PASSWORD.encode().hex() not in stored
    assert stored_a != stored_b  # salted
    assert verify_password(stored_b, PASSWORD)


def test_weak_hash_is_upgraded_at_login(engine: Engine) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    _add_employee(engine, "old", weak)
    with Session(engine) as s:
        authenticate(s, "old", PASSWORD)
        s.commit()
    stored = _stored_hash(engine, "old")
    assert stored != weak
    assert stored.startswith("$argon2id$")
    assert not PasswordHasher().check_needs_rehash(stored)
    assert verify_password(stored, PASSWORD)


def test_a_near_miss_password_does_not_verify() -> None:
    stored = password_hash()
    assert verify_password(stored, PASSWORD)
    assert not verify_password(stored, PASSWORD.upper())
    assert not verify_password(stored, PASSWORD + " ")
    assert not verify_password(stored, PASSWORD[:-1])


def test_empty_password_cannot_be_set() -> None:
    with pytest.raises(ValueError, match="empty"):
        hash_password("")


def test_garbage_hash_never_verifies() -> None:
    assert not verify_password("not-a-hash", PASSWORD)
    assert not verify_password(PASSWORD, PASSWORD)
