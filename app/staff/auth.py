"""Employees log in with login and password; only argon2 hashes are stored."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from models import Employee, Role

_hasher = PasswordHasher()


class LoginFailed(UserFacingError):
    """Wrong login or password, or an inactive account; the message is safe to show."""


@dataclass(frozen=True)
class CurrentUser:
    """The logged-in employee, as a plain value the GUI can hold."""

    id: int
    login: str
    full_name: str
    position: str
    role: Role
    extension: str | None
    # The "see all calls" permission as read at login; None: what the role presets (a user
    # built without the database, as in tests of the queries).
    all_calls: bool | None = None

    @property
    def sees_all_calls(self) -> bool:
        """Every query over calls narrows to the user's own calls when this is False."""
        if self.all_calls is not None:
            return self.all_calls
        return self.role in (Role.ADMIN, Role.SUPERVISOR)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def hash_password(password: str) -> str:
    if not password:
        raise ValueError("A password must not be empty.")
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError, UnicodeEncodeError):
        # UnicodeEncodeError: a stored value that is not even ASCII (e.g. a plain password).
        return False


def current_user(employee: Employee) -> CurrentUser:
    return CurrentUser(
        id=employee.id,
        login=employee.login,
        full_name=employee.full_name,
        position=employee.position,
        role=Role(employee.role),
        extension=employee.extension,
        all_calls=bool(employee.can_see_all_calls),
    )


def authenticate(session: Session, login: str, password: str) -> CurrentUser:
    login = login.strip()
    if not login or not password:
        raise LoginFailed(QT_TRANSLATE_NOOP("app", "Enter your login and password."))
    employee = session.scalar(select(Employee).where(Employee.login == login))
    # Verify against a dummy hash for unknown logins so timing does not reveal them.
    stored = employee.password_hash if employee is not None else _dummy_hash()
    ok = verify_password(stored, password)
    if employee is None or not ok:
        raise LoginFailed(QT_TRANSLATE_NOOP("app", "Wrong login or password."))
    if not employee.active:
        raise LoginFailed(
            QT_TRANSLATE_NOOP("app", "This account is deactivated. Ask an administrator.")
        )
    if _hasher.check_needs_rehash(employee.password_hash):
        employee.password_hash = _hasher.hash(password)
    return current_user(employee)


@functools.cache
def _dummy_hash() -> str:
    """Hashed on first use, not at import: argon2 costs ~0.1 s of every start-up."""
    return _hasher.hash("calldesk-dummy-password")
