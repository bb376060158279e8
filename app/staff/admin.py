"""Administration: users, their permissions and groups, groups' field access, card fields.

Every function checks that the acting user is an administrator (in the query layer, not
only by hiding the section) and works in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import clock
from app.callbacks.settings import CallbackSettings
from app.callbacks.settings import write_settings as write_callback_settings
from app.clients.fields import FieldDef, field_defs
from app.company_settings import WRAP_UP_S, put_setting
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.reports.run import ReportSettings, set_report_settings
from app.softphone_settings import MAX_WRAP_UP_SECONDS
from app.staff.auth import CurrentUser, hash_password
from app.staff.groups import GroupsChanged, memberships, set_groups
from app.staff.permissions import require_admin
from models import (
    ClientField,
    Employee,
    EmployeeGroup,
    FieldAccess,
    FieldType,
    GroupFieldAccess,
    Role,
)

MIN_PASSWORD = 6


class AdminError(UserFacingError, ValueError):
    """The change cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    position: str
    role: Role
    extension: str | None
    active: bool
    group_ids: tuple[int, ...]  # none: no custom fields (unless an administrator)
    can_reports: bool
    can_create_clients: bool
    can_admin: bool
    can_tasks: bool = True


@dataclass(frozen=True)
class UserEdit:
    login: str
    full_name: str
    position: str = ""
    role: Role = Role.OPERATOR
    extension: str | None = None
    group_ids: tuple[int, ...] = ()
    can_reports: bool = False
    can_create_clients: bool = True
    can_admin: bool = False
    active: bool = True
    can_tasks: bool = True
    # The groups the administrator was shown (None: a new user): someone else's change to
    # them since is a conflict (app.staff.groups.set_groups).
    groups_seen: tuple[int, ...] | None = None


def _info(e: Employee, group_ids: tuple[int, ...]) -> UserInfo:
    return UserInfo(
        e.id,
        e.login,
        e.full_name,
        e.position,
        Role(e.role),
        e.extension,
        e.active,
        group_ids,
        e.can_reports,
        e.can_create_clients,
        e.can_admin,
        e.can_tasks,
    )


def list_users(session: Session, who: CurrentUser) -> list[UserInfo]:
    require_admin(session, who)
    groups = memberships(session)
    return [
        _info(e, groups.get(e.id, ()))
        for e in session.scalars(select(Employee).order_by(Employee.full_name))
    ]


def _check_user(session: Session, edit: UserEdit, user_id: int | None) -> UserEdit:
    login = edit.login.strip()
    name = " ".join(edit.full_name.split())
    if not login:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "Enter the login."),
        )
    if not name:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "Enter the employee's full name."),
        )
    extension = (edit.extension or "").strip() or None
    if extension is not None and not extension.isdigit():
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The extension «{extension}» must be digits only."),
            extension=extension,
        )
    same_login = session.scalar(
        select(Employee.id).where(func.lower(Employee.login) == login.lower())
    )
    if same_login is not None and same_login != user_id:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The login «{login}» is already taken."),
            login=login,
        )
    if extension is not None:
        owner = session.scalar(
            select(Employee.full_name).where(
                Employee.extension == extension, Employee.id != (user_id or 0)
            )
        )
        if owner is not None:
            raise AdminError(
                QT_TRANSLATE_NOOP("app", "The extension {extension} already belongs to {owner}."),
                extension=extension,
                owner=owner,
            )
    return UserEdit(
        login,
        name,
        " ".join(edit.position.split()),
        Role(edit.role),
        extension,
        tuple(sorted(set(edit.group_ids))),
        edit.can_reports,
        edit.can_create_clients,
        edit.can_admin,
        edit.active,
        edit.can_tasks,
        edit.groups_seen,
    )


def _apply(e: Employee, edit: UserEdit) -> None:
    e.login = edit.login
    e.full_name = edit.full_name
    e.position = edit.position
    e.role = edit.role.value
    e.extension = edit.extension
    e.can_reports = edit.can_reports
    e.can_create_clients = edit.can_create_clients
    e.can_admin = edit.can_admin
    e.can_tasks = edit.can_tasks
    e.active = edit.active


def create_user(session: Session, who: CurrentUser, edit: UserEdit, password: str) -> int:
    require_admin(session, who)
    edit = _check_user(session, edit, None)
    _check_password(password)
    employee = Employee(
        password_hash=hash_password(password), created_at=clock.now().replace(microsecond=0)
    )
    _apply(employee, edit)
    session.add(employee)
    session.flush()
    set_groups(session, employee.id, edit.group_ids)
    return employee.id


def update_user(session: Session, who: CurrentUser, user_id: int, edit: UserEdit) -> None:
    require_admin(session, who)
    employee = session.get(Employee, user_id)
    if employee is None:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The user no longer exists."),
        )
    edit = _check_user(session, edit, user_id)
    if user_id == who.id and (
        not edit.active or (edit.role is not Role.ADMIN and not edit.can_admin)
    ):
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "You cannot take administration away from yourself."),
        )
    _apply(employee, edit)
    session.flush()
    set_groups(session, user_id, edit.group_ids, edit.groups_seen)


def deactivate_user(session: Session, who: CurrentUser, user_id: int) -> None:
    require_admin(session, who)
    if user_id == who.id:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "You cannot deactivate yourself."),
        )
    employee = session.get(Employee, user_id)
    if employee is None:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The user no longer exists."),
        )
    employee.active = False
    session.flush()


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The password must have at least {count} characters."),
            count=MIN_PASSWORD,
        )


def reset_password(session: Session, who: CurrentUser, user_id: int, password: str) -> None:
    require_admin(session, who)
    _check_password(password)
    employee = session.get(Employee, user_id)
    if employee is None:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The user no longer exists."),
        )
    employee.password_hash = hash_password(password)
    session.flush()


# -- groups -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    access: dict[int, FieldAccess]  # field id -> access; missing: edit
    members: tuple[int, ...] = ()  # employee ids


def _access_rows(
    session: Session, group_id: int | None = None
) -> dict[int, dict[int, FieldAccess]]:
    stmt = select(GroupFieldAccess.group_id, GroupFieldAccess.field_id, GroupFieldAccess.access)
    if group_id is not None:
        stmt = stmt.where(GroupFieldAccess.group_id == group_id)
    access: dict[int, dict[int, FieldAccess]] = {}
    for gid, field_id, value in session.execute(stmt):
        access.setdefault(gid, {})[field_id] = FieldAccess(value)
    return access


def list_groups(session: Session, who: CurrentUser) -> list[GroupInfo]:
    require_admin(session, who)
    access = _access_rows(session)
    members: dict[int, list[int]] = {}
    for employee_id, group_ids in memberships(session).items():
        for group_id in group_ids:
            members.setdefault(group_id, []).append(employee_id)
    return [
        GroupInfo(g.id, g.name, access.get(g.id, {}), tuple(members.get(g.id, ())))
        for g in session.scalars(select(EmployeeGroup).order_by(EmployeeGroup.name))
    ]


def _group_name(session: Session, name: str, group_id: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "Enter the group's name."),
        )
    same = session.scalar(select(EmployeeGroup.id).where(EmployeeGroup.name == name))
    if same is not None and same != group_id:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "A group «{name}» already exists."),
            name=name,
        )
    return name


def save_group(
    session: Session,
    who: CurrentUser,
    group_id: int | None,
    name: str,
    access: dict[int, FieldAccess],
    seen: GroupInfo | None = None,
) -> int:
    """Create or rename a group and set its access to every field.

    ``seen``: the group as the administrator was shown it; when someone changed its name or
    access since, nothing is written and :class:`~app.staff.groups.GroupsChanged` says so.
    """
    require_admin(session, who)
    name = _group_name(session, name, group_id)
    if group_id is None:
        group = EmployeeGroup(name=name)
        session.add(group)
    else:
        found = session.get(EmployeeGroup, group_id, with_for_update=True)
        if found is None:
            raise AdminError(
                QT_TRANSLATE_NOOP("app", "The group no longer exists."),
            )
        if seen is not None and _changed_since(session, found, seen):
            raise GroupsChanged(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Another administrator changed the group «{name}» meanwhile: "
                    "its current access is shown, make your changes again.",
                ),
                name=found.name,
            )
        group = found
        group.name = name
    session.flush()
    session.execute(delete(GroupFieldAccess).where(GroupFieldAccess.group_id == group.id))
    known = {f.id for f in field_defs(session)}
    session.add_all(
        GroupFieldAccess(group_id=group.id, field_id=fid, access=FieldAccess(level).value)
        for fid, level in access.items()
        if fid in known and FieldAccess(level) is not FieldAccess.EDIT
    )
    session.flush()
    return group.id


def _changed_since(session: Session, group: EmployeeGroup, seen: GroupInfo) -> bool:
    def narrowed(access: dict[int, FieldAccess]) -> dict[int, FieldAccess]:
        return {f: a for f, a in access.items() if a is not FieldAccess.EDIT}

    stored = _access_rows(session, group.id).get(group.id, {})
    return group.name != seen.name or narrowed(stored) != narrowed(seen.access)


def delete_group(session: Session, who: CurrentUser, group_id: int) -> None:
    """Its members lose the access it gave; in no group left, they see no custom field."""
    require_admin(session, who)
    session.execute(delete(EmployeeGroup).where(EmployeeGroup.id == group_id))


# -- card fields ------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldEdit:
    title: str
    field_type: FieldType = FieldType.TEXT
    required: bool = False
    sort_order: int = 0
    group_title: str = ""
    in_table: bool = False
    items: Sequence[str] = ()


def list_fields(session: Session, who: CurrentUser) -> list[FieldDef]:
    require_admin(session, who)
    return field_defs(session)


def save_field(session: Session, who: CurrentUser, field_id: int | None, edit: FieldEdit) -> int:
    require_admin(session, who)
    title = " ".join(edit.title.split())
    if not title:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "Enter the field's title."),
        )
    if len(title) > 100:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The field's title is too long (at most 100 characters)."),
        )
    same = session.scalar(select(ClientField.id).where(ClientField.title == title))
    if same is not None and same != field_id:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "A field «{title}» already exists."),
            title=title,
        )
    kind = FieldType(edit.field_type)
    items = list(dict.fromkeys(i.strip() for i in edit.items if i.strip()))
    if kind in (FieldType.DROPDOWN, FieldType.MULTI_SELECT, FieldType.CHECKBOXES) and not items:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The field «{title}» needs at least one list item."),
            title=title,
        )
    if field_id is None:
        found = ClientField()
        session.add(found)
    else:
        existing = session.get(ClientField, field_id)
        if existing is None:
            raise AdminError(
                QT_TRANSLATE_NOOP("app", "The field no longer exists."),
            )
        found = existing
    found.title = title
    found.field_type = kind.value
    found.required = edit.required
    found.sort_order = edit.sort_order
    found.group_title = " ".join(edit.group_title.split())
    found.in_table = edit.in_table
    found.items = (
        items if kind in (FieldType.DROPDOWN, FieldType.MULTI_SELECT, FieldType.CHECKBOXES) else []
    )
    session.flush()
    return found.id


def delete_field(session: Session, who: CurrentUser, field_id: int) -> None:
    """The definition goes; values stay in the cards' JSON (harmless, and restorable)."""
    require_admin(session, who)
    session.execute(delete(ClientField).where(ClientField.id == field_id))


def set_company_setting(session: Session, who: CurrentUser, key: str, value: object) -> None:
    require_admin(session, who)
    put_setting(session, key, value)


def set_wrap_up_default(session: Session, who: CurrentUser, seconds: int) -> None:
    """The wrap-up pause after a call for every operator whose workstation says "as the
    company" (0: none)."""
    require_admin(session, who)
    if not 0 <= seconds <= MAX_WRAP_UP_SECONDS:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The wrap-up pause lasts 0 to {limit} seconds."),
            limit=MAX_WRAP_UP_SECONDS,
        )
    put_setting(session, WRAP_UP_S, seconds)


def save_work_settings(
    session: Session,
    who: CurrentUser,
    callbacks: CallbackSettings,
    reports: ReportSettings,
) -> None:
    """The working day, time zone, callback target and report thresholds, in one
    transaction: every value is checked before anything is written."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    require_admin(session, who)
    zone = reports.time_zone.strip()
    if zone:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise AdminError(
                QT_TRANSLATE_NOOP(
                    "app", "Unknown time zone {zone}: use a name like Europe/Moscow or UTC."
                ),
                zone=zone,
            ) from None
    write_callback_settings(session, callbacks)
    set_report_settings(session.connection(), replace(reports, time_zone=zone))
