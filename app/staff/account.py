"""The employee's own account ("My account"): their name and their password, changed by
themselves without an administrator. The password change asks for the current password, so a
workstation left logged in does not let a passer-by take the account over."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.admin import MIN_PASSWORD
from app.staff.auth import CurrentUser, hash_password, verify_password
from models import Employee

MAX_NAME = 200  # employees.full_name


class AccountError(UserFacingError, ValueError):
    """A change of one's own account that was refused; the message says why."""


def _employee(session: Session, who: CurrentUser) -> Employee:
    employee = session.get(Employee, who.id, with_for_update=True)
    if employee is None or not employee.active:
        raise AccountError(QT_TRANSLATE_NOOP("app", "Your account no longer exists or is off."))
    return employee


def rename_self(session: Session, who: CurrentUser, full_name: str) -> str:
    """Change one's own full name (spaces tidied); returns it as stored."""
    name = " ".join(full_name.split())
    if not name:
        raise AccountError(QT_TRANSLATE_NOOP("app", "Enter your full name."))
    if len(name) > MAX_NAME:
        raise AccountError(
            QT_TRANSLATE_NOOP("app", "The name is longer than {count} characters."),
            count=MAX_NAME,
        )
    _employee(session, who).full_name = name
    session.flush()
    return name


def change_own_password(session: Session, who: CurrentUser, current: str, new: str) -> None:
    """Replace one's own password; the current one must be given and right."""
    employee = _employee(session, who)
    if not verify_password(employee.password_hash, current):
        raise AccountError(QT_TRANSLATE_NOOP("app", "The current password is not right."))
    if len(new) < MIN_PASSWORD:
        raise AccountError(
            QT_TRANSLATE_NOOP("app", "The password must have at least {count} characters."),
            count=MIN_PASSWORD,
        )
    if new == current:
        raise AccountError(
            QT_TRANSLATE_NOOP("app", "The new password is the same as the current one.")
        )
    employee.password_hash = hash_password(new)
    session.flush()
