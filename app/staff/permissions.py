"""Who may do what: role and permission flags, and each employee's access to card fields.

Field access is resolved here, once, and every query over clients (card, table, search,
history, export, import) asks for it: a hidden field never leaves the query layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.clients.fields import FieldDef, field_defs
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.staff.groups import employee_field_access
from models import Employee, FieldAccess, Role


class PermissionDenied(UserFacingError, PermissionError):
    """The user may not do this; the message says who may."""


@dataclass(frozen=True)
class Permissions:
    reports: bool
    create_clients: bool
    admin: bool
    delete_clients: bool
    tasks: bool = False


@dataclass(frozen=True)
class VisibleField:
    """A field the user may see, with whether they may change it."""

    field: FieldDef
    access: FieldAccess

    @property
    def editable(self) -> bool:
        return self.access is FieldAccess.EDIT


def permissions(conn: Connection | Session, who: CurrentUser) -> Permissions:
    row = conn.execute(
        select(
            Employee.role,
            Employee.can_reports,
            Employee.can_create_clients,
            Employee.can_admin,
            Employee.can_tasks,
        ).where(Employee.id == who.id, Employee.active.is_(True))
    ).first()
    if row is None:
        return Permissions(False, False, False, False)
    role = Role(row[0])
    admin = role is Role.ADMIN or bool(row[3])
    return Permissions(
        reports=admin or role is Role.SUPERVISOR or bool(row[1]),
        create_clients=admin or bool(row[2]),
        admin=admin,
        delete_clients=admin or role is Role.SUPERVISOR,
        tasks=admin or bool(row[4]),
    )


def require_admin(conn: Connection | Session, who: CurrentUser) -> None:
    if not permissions(conn, who).admin:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "app", "Only an administrator may change users, groups and card fields."
            ),
        )


def require_create_clients(conn: Connection | Session, who: CurrentUser) -> None:
    if not permissions(conn, who).create_clients:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not create clients. Ask an administrator."),
        )


def require_import(conn: Connection | Session, who: CurrentUser) -> None:
    """Importing clients in bulk is an administrator's right (the administration
    permission), as in the CRM our users come from."""
    if not permissions(conn, who).admin:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "Only an administrator may import clients."),
        )


def require_tasks(conn: Connection | Session, who: CurrentUser) -> None:
    if not permissions(conn, who).tasks:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not work with tasks. Ask an administrator."),
        )


def visible_fields(conn: Connection | Session, who: CurrentUser) -> list[VisibleField]:
    """The custom fields this user may see, in card order; hidden ones are left out.

    An administrator edits every field; anyone else gets, per field, the widest access of
    their groups (edit > view > hidden), and no field at all in no group.
    """
    fields = field_defs(conn)
    if permissions(conn, who).admin:
        return [VisibleField(f, FieldAccess.EDIT) for f in fields]
    access = employee_field_access(conn, who.id, [f.id for f in fields])
    return [VisibleField(f, access[f.id]) for f in fields if access[f.id] is not FieldAccess.HIDDEN]
