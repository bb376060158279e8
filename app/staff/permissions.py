"""Who may do what: role and permission flags, and each employee's access to card fields.

Field access is resolved here, once, and every query over clients (card, table, search,
history, export, import) asks for it: a hidden field never leaves the query layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from app.clients.fields import FieldDef, field_defs
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.staff.groups import employee_field_access
from models import (
    ROLE_PRESETS,
    CallPart,
    CallParticipant,
    Employee,
    FieldAccess,
    Role,
)


class PermissionDenied(UserFacingError, PermissionError):
    """The user may not do this; the message says who may."""


@dataclass(frozen=True)
class Permissions:
    """What an employee may do: their own toggles (the role only fills them as a preset)."""

    reports: bool = False
    create_clients: bool = False  # create and edit client cards
    admin: bool = False
    delete_clients: bool = False
    tasks: bool = False
    import_clients: bool = False
    all_calls: bool = False  # otherwise only the calls the employee took part in
    export: bool = False  # journal, clients and reports to Excel / CSV
    listen: bool = False  # play recordings (of the calls the employee may see)
    download: bool = False  # save recordings to files

    @classmethod
    def preset(cls, role: Role) -> Permissions:
        return cls(**dict.fromkeys(ROLE_PRESETS[role], True))

    @property
    def any(self) -> bool:
        return any(getattr(self, name) for name in PERMISSION_NAMES)


# The order of the administrator's editor and of the guide's table.
PERMISSION_NAMES: tuple[str, ...] = (
    "reports",
    "create_clients",
    "delete_clients",
    "import_clients",
    "admin",
    "tasks",
    "all_calls",
    "export",
    "listen",
    "download",
)
# The employees column of each permission.
PERMISSION_COLUMNS: dict[str, str] = {
    "reports": "can_reports",
    "create_clients": "can_create_clients",
    "delete_clients": "can_delete_clients",
    "import_clients": "can_import",
    "admin": "can_admin",
    "tasks": "can_tasks",
    "all_calls": "can_see_all_calls",
    "export": "can_export",
    "listen": "can_listen",
    "download": "can_download",
}


@dataclass(frozen=True)
class VisibleField:
    """A field the user may see, with whether they may change it."""

    field: FieldDef
    access: FieldAccess

    @property
    def editable(self) -> bool:
        return self.access is FieldAccess.EDIT


def permissions(conn: Connection | Session, who: CurrentUser) -> Permissions:
    """The user's permissions as stored now (a deactivated user has none)."""
    columns = [getattr(Employee, PERMISSION_COLUMNS[name]) for name in PERMISSION_NAMES]
    row = conn.execute(
        select(*columns).where(Employee.id == who.id, Employee.active.is_(True))
    ).first()
    if row is None:
        return Permissions()
    return Permissions(**{name: bool(v) for name, v in zip(PERMISSION_NAMES, row, strict=True)})


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


def require_edit_clients(conn: Connection | Session, who: CurrentUser) -> None:
    """Changing a card is part of the "create and edit clients" permission."""
    if not permissions(conn, who).create_clients:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "app", "You may only view client cards, not change them. Ask an administrator."
            ),
        )


def require_delete_clients(conn: Connection | Session, who: CurrentUser) -> None:
    if not permissions(conn, who).delete_clients:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not delete clients. Ask an administrator."),
        )


def require_import(conn: Connection | Session, who: CurrentUser) -> None:
    """Importing clients in bulk is its own permission (an administrator's by default)."""
    if not permissions(conn, who).import_clients:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not import clients. Ask an administrator."),
        )


def require_tasks(conn: Connection | Session, who: CurrentUser) -> None:
    if not permissions(conn, who).tasks:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not work with tasks. Ask an administrator."),
        )


def require_reports(conn: Connection | Session, who: CurrentUser) -> None:
    if not permissions(conn, who).reports:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not see reports. Ask an administrator."),
        )


def require_export(conn: Connection | Session, who: CurrentUser) -> None:
    if not permissions(conn, who).export:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not export to Excel. Ask an administrator."),
        )


def require_recording(
    conn: Connection | Session,
    who: CurrentUser,
    call_id: int,
    ref: str | None,
    *,
    download: bool = False,
) -> None:
    """Playing (or, with ``download``, saving) the recording ``ref`` of call ``call_id``:
    the user needs the permission, the recording must be one of that call's parts (a
    reference is not a key to other calls' recordings) and the call one the user may see."""
    allowed = permissions(conn, who)
    if not (allowed.download if download else allowed.listen):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "You may not download recordings. Ask an administrator.")
            if download
            else QT_TRANSLATE_NOOP(
                "app", "You may not listen to recordings. Ask an administrator."
            ),
        )
    parts = cast(Table, CallPart.__table__).c
    found = conn.execute(
        select(parts.id).where(parts.call_id == call_id, parts.recording_ref == ref).limit(1)
    ).first()
    if found is None or not ref:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "The recording does not belong to this call."),
        )
    if allowed.all_calls:
        return
    took_part = conn.execute(
        select(CallParticipant.call_id)
        .where(CallParticipant.call_id == call_id, CallParticipant.employee_id == who.id)
        .limit(1)
    ).first()
    if took_part is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "The recording is not of one of your calls."),
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
