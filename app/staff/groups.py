"""Employee groups: who belongs to which, and the access to card fields the groups give.

An employee may be in several groups; per field the widest access of their groups wins
(edit > view > hidden; a group without a row for a field gives edit). An employee in no
group sees no custom field at all. Administrators see everything: the caller decides that
(:func:`app.staff.permissions.visible_fields`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from models import Employee, EmployeeGroup, FieldAccess, GroupFieldAccess, GroupMembership

_RANK = {FieldAccess.HIDDEN: 0, FieldAccess.VIEW: 1, FieldAccess.EDIT: 2}


class GroupsChanged(UserFacingError, ValueError):
    """Another administrator changed the memberships or the group since they were read."""


def widest(levels: Iterable[FieldAccess]) -> FieldAccess:
    """The widest of ``levels`` (edit > view > hidden); hidden when there are none."""
    return max(levels, key=_RANK.__getitem__, default=FieldAccess.HIDDEN)


def groups_of(conn: Connection | Session, employee_id: int) -> tuple[int, ...]:
    """The ids of the employee's groups, ascending."""
    return tuple(
        conn.scalars(
            select(GroupMembership.group_id)
            .where(GroupMembership.employee_id == employee_id)
            .order_by(GroupMembership.group_id)
        )
    )


def memberships(conn: Connection | Session) -> dict[int, tuple[int, ...]]:
    """Every employee's groups: employee id -> group ids, ascending (employees in none absent)."""
    result: dict[int, list[int]] = {}
    for employee_id, group_id in conn.execute(
        select(GroupMembership.employee_id, GroupMembership.group_id).order_by(
            GroupMembership.employee_id, GroupMembership.group_id
        )
    ):
        result.setdefault(employee_id, []).append(group_id)
    return {e: tuple(g) for e, g in result.items()}


def employee_field_access(
    conn: Connection | Session, employee_id: int, field_ids: Sequence[int]
) -> dict[int, FieldAccess]:
    """Per field, the access the employee's groups give (not counting administration).

    One query: the employee's groups with their access rows (a group without any: one row
    of NULLs, so that it still counts and gives edit everywhere)."""
    groups: set[int] = set()
    explicit: dict[tuple[int, int], FieldAccess] = {}
    for group_id, field_id, value in conn.execute(
        select(GroupMembership.group_id, GroupFieldAccess.field_id, GroupFieldAccess.access)
        .select_from(GroupMembership)
        .outerjoin(GroupFieldAccess, GroupFieldAccess.group_id == GroupMembership.group_id)
        .where(GroupMembership.employee_id == employee_id)
    ):
        groups.add(group_id)
        if field_id is not None:
            explicit[(group_id, field_id)] = FieldAccess(value)
    if not groups:
        return dict.fromkeys(field_ids, FieldAccess.HIDDEN)
    return {
        field_id: widest(explicit.get((g, field_id), FieldAccess.EDIT) for g in groups)
        for field_id in field_ids
    }


def set_groups(
    session: Session,
    employee_id: int,
    group_ids: Iterable[int],
    seen: Sequence[int] | None = None,
) -> None:
    """Make ``group_ids`` the employee's groups, in the caller's transaction.

    ``seen``: the groups the administrator was shown; when someone changed them since (and
    not to the same choice), nothing is written and :class:`GroupsChanged` says so.
    """
    wanted = set(group_ids)
    # The employee's row is the lock two administrators saving the same person queue on.
    name = session.scalar(
        select(Employee.full_name).where(Employee.id == employee_id).with_for_update()
    )
    current = set(groups_of(session, employee_id))
    if seen is not None and current != set(seen) and current != wanted:
        raise GroupsChanged(
            QT_TRANSLATE_NOOP(
                "app",
                "Another administrator changed the groups of {name} meanwhile: "
                "the current ones are shown, choose again.",
            ),
            name=name or "",
        )
    if wanted:
        known = set(session.scalars(select(EmployeeGroup.id).where(EmployeeGroup.id.in_(wanted))))
        if wanted - known:
            raise GroupsChanged(QT_TRANSLATE_NOOP("app", "The group no longer exists."))
    if current - wanted:
        session.execute(
            delete(GroupMembership).where(
                GroupMembership.employee_id == employee_id,
                GroupMembership.group_id.in_(current - wanted),
            )
        )
    if wanted - current:
        session.execute(
            insert(GroupMembership),
            [{"employee_id": employee_id, "group_id": g} for g in sorted(wanted - current)],
        )
