"""The administrator's editor of roles and permissions: every employee's role and toggles.

A role is a preset (models.ROLE_PRESETS); the toggles may then differ. Saving is one
transaction for all the rows changed; each row carries the ``rights_version`` it was read
with, so a second administrator's change in between is a conflict, not overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.staff.permissions import (
    PERMISSION_COLUMNS,
    PERMISSION_NAMES,
    Permissions,
    require_admin,
)
from models import Employee, Role


class RightsError(UserFacingError, ValueError):
    """The permissions cannot be saved as asked; the message says why."""


class RightsConflict(RightsError):
    """Another administrator changed an employee's permissions since they were read."""


@dataclass(frozen=True)
class EmployeeRights:
    """One row of the editor: who, their role and permissions, and the version read."""

    employee_id: int
    full_name: str
    login: str
    active: bool
    role: Role
    permissions: Permissions
    version: int


def _columns() -> list[object]:
    return [getattr(Employee, PERMISSION_COLUMNS[n]) for n in PERMISSION_NAMES]


def list_rights(session: Session, who: CurrentUser) -> list[EmployeeRights]:
    """Every employee (active first, by name) with their role and permissions."""
    require_admin(session, who)
    rows = session.execute(
        select(
            Employee.id,
            Employee.full_name,
            Employee.login,
            Employee.active,
            Employee.role,
            Employee.rights_version,
            *_columns(),
        ).order_by(Employee.active.desc(), Employee.full_name, Employee.id)
    )
    return [
        EmployeeRights(
            r[0],
            r[1],
            r[2],
            bool(r[3]),
            Role(r[4]),
            Permissions(**dict(zip(PERMISSION_NAMES, map(bool, r[6:]), strict=True))),
            int(r[5]),
        )
        for r in rows
    ]


def save_rights(session: Session, who: CurrentUser, changes: Sequence[EmployeeRights]) -> None:
    """Write the changed rows in the caller's transaction (all or none)."""
    require_admin(session, who)
    for row in changes:
        if row.employee_id == who.id and not row.permissions.admin:
            raise RightsError(
                QT_TRANSLATE_NOOP("app", "You cannot take administration away from yourself."),
            )
        values = {PERMISSION_COLUMNS[n]: getattr(row.permissions, n) for n in PERMISSION_NAMES}
        done = session.execute(
            update(Employee)
            .where(Employee.id == row.employee_id, Employee.rights_version == row.version)
            .values(role=row.role.value, rights_version=row.version + 1, **values)
            .execution_options(synchronize_session=False)
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise RightsConflict(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Another administrator has changed the permissions of {name} meanwhile. "
                    "The list is read again: make your change once more.",
                ),
                name=row.full_name,
            )
    admins = session.scalar(
        select(func.count())
        .select_from(Employee)
        .where(Employee.active.is_(True), Employee.can_admin.is_(True))
    )
    if not admins:
        raise RightsError(
            QT_TRANSLATE_NOOP("app", "At least one active employee must keep administration."),
        )
