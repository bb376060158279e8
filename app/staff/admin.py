"""Administration: users, their permissions and groups, groups' field access, card fields.

Every function checks that the acting user is an administrator (in the query layer, not
only by hiding the section) and works in the caller's transaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import clock
from app.callbacks.settings import CallbackSettings
from app.callbacks.settings import write_settings as write_callback_settings
from app.clients import field_index, field_values
from app.clients.fields import CHOICE_TYPES, FieldDef, ListChoice, field_defs
from app.company_settings import WRAP_UP_S, put_setting
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.replica import READ_REPLICA, replica_url
from app.reports.run import ReportSettings, set_report_settings
from app.softphone_settings import MAX_WRAP_UP_SECONDS
from app.staff.auth import CurrentUser, hash_password
from app.staff.groups import GroupsChanged, memberships, set_groups
from app.staff.permissions import PERMISSION_COLUMNS, require_admin
from models import (
    ROLE_PRESETS,
    ClientField,
    Employee,
    EmployeeGroup,
    FieldAccess,
    FieldType,
    GroupFieldAccess,
    Role,
    ValueList,
    ValueListItem,
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
    # None: the role's preset for a new employee, unchanged for an existing one unless the
    # role changes (then the new role's preset). The editor of all the permissions is
    # app.staff.rights.
    can_reports: bool | None = None
    can_create_clients: bool | None = None
    can_admin: bool | None = None
    active: bool = True
    can_tasks: bool | None = None
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
    role_changed = e.role != edit.role.value
    e.role = edit.role.value
    e.extension = edit.extension
    if role_changed:  # choosing a role fills its preset
        for name, column in PERMISSION_COLUMNS.items():
            setattr(e, column, name in ROLE_PRESETS[edit.role])
    given = {
        "can_reports": edit.can_reports,
        "can_create_clients": edit.can_create_clients,
        "can_admin": edit.can_admin,
        "can_tasks": edit.can_tasks,
    }
    for column, value in given.items():
        if value is not None:
            setattr(e, column, value)
    if role_changed or any(v is not None for v in given.values()):
        e.rights_version = (e.rights_version or 0) + 1
    e.active = edit.active


def create_user(session: Session, who: CurrentUser, edit: UserEdit, password: str) -> int:
    require_admin(session, who)
    edit = _check_user(session, edit, None)
    _check_password(password)
    employee = Employee(
        password_hash=hash_password(password),
        created_at=clock.now().replace(microsecond=0),
        role="",  # set by _apply, with its preset
        rights_version=0,
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
    if user_id == who.id and (not edit.active or not _keeps_admin(employee, edit)):
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "You cannot take administration away from yourself."),
        )
    _apply(employee, edit)
    session.flush()
    set_groups(session, user_id, edit.group_ids, edit.groups_seen)


def _keeps_admin(e: Employee, edit: UserEdit) -> bool:
    if edit.can_admin is not None:
        return edit.can_admin
    if e.role != edit.role.value:
        return "admin" in ROLE_PRESETS[edit.role]
    return bool(e.can_admin)


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
    code: str = ""  # "" : made from the title
    hint: str = ""
    tab_title: str = ""
    shown: bool = True
    list_id: int | None = None


CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}")
_LATIN_PAIRS = (
    "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t "
    "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=sch ъ=_ ы=y ь=_ э=e ю=yu я=ya і=i ї=yi є=ye ґ=g "
)
_LATIN = dict(pair.split("=") for pair in _LATIN_PAIRS.split())


def code_from_title(title: str) -> str:
    """A Latin key made from a title: «Дата договора» -> ``data_dogovora``."""
    latin = "".join(_LATIN.get(ch, ch) for ch in title.casefold())
    code = re.sub(r"[^a-z0-9]+", "_", latin).strip("_")
    if not code or not code[0].isalpha():
        code = f"field_{code}".rstrip("_")
    return code[:64]


def list_fields(session: Session, who: CurrentUser) -> list[FieldDef]:
    require_admin(session, who)
    return field_defs(session)


def _field_code(session: Session, field_id: int | None, edit: FieldEdit, title: str) -> str:
    code = edit.code.strip()
    taken = {
        c: i for i, c in session.execute(select(ClientField.id, ClientField.code)) if i != field_id
    }
    taken_codes = {c.casefold(): i for c, i in taken.items() if c}
    if not code:
        base = code_from_title(title)
        code, n = base, 2
        while code in taken_codes:
            code, n = f"{base[:60]}_{n}", n + 1
        return code
    if not CODE_PATTERN.fullmatch(code):
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "app",
                "The key «{code}» must start with a small Latin letter and hold only small "
                "Latin letters, digits and «_» (at most 64).",
            ),
            code=code,
        )
    if code.casefold() in taken_codes:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "Another field already has the key «{code}»."),
            code=code,
        )
    return code


def _field_title(session: Session, field_id: int | None, title: str) -> str:
    title = " ".join(title.split())
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
    return title


def _list_choices(session: Session, kind: FieldType, list_id: int | None, title: str) -> Any:
    if kind is not FieldType.LIST:
        return None, ()
    if list_id is None or session.get(ValueList, list_id) is None:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "Choose the list the field «{title}» picks from."),
            title=title,
        )
    items = session.execute(
        select(ValueListItem.id, ValueListItem.name, ValueListItem.hides)
        .where(ValueListItem.list_id == list_id)
        .order_by(ValueListItem.sort_order, ValueListItem.id)
    )
    return list_id, tuple(ListChoice(i, n, bool(h)) for i, n, h in items)


def save_field(
    session: Session,
    who: CurrentUser,
    field_id: int | None,
    edit: FieldEdit,
    confirmed: int | None = None,
) -> int:
    """Create or change a field. A change that would clear values (a new type, another
    list) raises :class:`WouldDropData` with the number of cards unless ``confirmed`` is
    that number; the values that survive are converted, all in the caller's transaction."""
    require_admin(session, who)
    title = _field_title(session, field_id, edit.title)
    code = _field_code(session, field_id, edit, title)
    kind = FieldType(edit.field_type)
    items = list(dict.fromkeys(i.strip() for i in edit.items if i.strip()))
    if kind in CHOICE_TYPES and not items:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The field «{title}» needs at least one list item."),
            title=title,
        )
    if len(edit.hint.strip()) > 200:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "The hint is too long (at most 200 characters)."),
        )
    list_id, choices = _list_choices(session, kind, edit.list_id, title)
    retyped = False
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
        before = next(f for f in field_defs(session) if f.id == field_id)
        retyped = before.field_type is not kind
        after = replace(
            before,
            field_type=kind,
            items=tuple(items) if kind in CHOICE_TYPES else (),
            list_id=list_id,
            choices=choices,
        )
        convert = field_values.converter(before, after)
        if convert is not None:
            rewrite = field_values.plan(session, field_id, convert)
            field_values.check_confirmed(rewrite, confirmed)
            field_values.apply(session, who, rewrite, before, after)
    found.title = title
    found.code = code
    found.field_type = kind.value
    found.required = edit.required
    found.sort_order = edit.sort_order
    found.group_title = " ".join(edit.group_title.split())
    found.tab_title = " ".join(edit.tab_title.split())[:100]
    found.hint = edit.hint.strip()
    found.shown = edit.shown
    found.in_table = edit.in_table
    found.list_id = list_id
    found.items = items if kind in CHOICE_TYPES else []
    session.flush()
    if retyped:
        field_index.refresh_field(session, found.id)  # indexed by the new type's rule
    return found.id


def delete_field(
    session: Session, who: CurrentUser, field_id: int, confirmed: int | None = None
) -> None:
    """The definition goes and the cards' values with it (:class:`WouldDropData` first,
    with the number of cards holding one, unless ``confirmed``)."""
    require_admin(session, who)
    before = next((f for f in field_defs(session) if f.id == field_id), None)
    if before is None:
        return
    rewrite = field_values.plan(session, field_id, lambda _v: None)
    field_values.check_confirmed(rewrite, confirmed)
    field_values.apply(session, who, rewrite, before, None)
    session.execute(delete(ClientField).where(ClientField.id == field_id))


def set_company_setting(session: Session, who: CurrentUser, key: str, value: object) -> None:
    require_admin(session, who)
    put_setting(session, key, value)


def set_read_replica(session: Session, who: CurrentUser, address: str) -> str:
    """The company's read replica (``host:port``; "" for none), checked against the
    database's own address; workstations use it from their next start (app.replica)."""
    require_admin(session, who)
    value = address.strip()
    replica_url(session.get_bind().engine.url, value)  # ReplicaSettingError: said as is
    put_setting(session, READ_REPLICA, value)
    return value


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
