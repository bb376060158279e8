"""What the task board shows: the tasks a user may see, as plain values, and a cheap stamp.

A user sees the tasks assigned to or created by them; supervisors and administrators see all.
The query layer enforces it (every read here takes the user).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.staff.auth import CurrentUser
from models import Employee, Task, TaskStatus

ACTIVE = (TaskStatus.NEW.value, TaskStatus.IN_PROGRESS.value)
COLUMNS = (TaskStatus.NEW, TaskStatus.IN_PROGRESS, TaskStatus.READY, TaskStatus.CLOSED)


@dataclass(frozen=True)
class TaskCard:
    """One task as the board, the calendar and the report show it."""

    id: int
    title: str
    description: str
    status: TaskStatus
    priority: str
    due_at: datetime | None
    assignee_id: int
    assignee: str
    author_id: int
    author: str
    created_at: datetime
    closed_at: datetime | None
    hours_spent: float | None
    version: int

    def overdue(self, now: datetime) -> bool:
        """Past its due time and not yet done."""
        return (
            self.due_at is not None
            and self.due_at < now
            and self.status in (TaskStatus.NEW, TaskStatus.IN_PROGRESS)
        )


def visible(who: CurrentUser) -> ColumnElement[bool]:
    """The rows of ``tasks`` this user may see."""
    if who.sees_all_calls:
        return true()
    return or_(Task.assignee_id == who.id, Task.author_id == who.id)


def _cards(who: CurrentUser) -> Any:
    return _cards_query().where(visible(who))


def _cards_query() -> Any:
    """Every task as a card's columns (the caller narrows it)."""
    assignee = aliased(Employee)
    author = aliased(Employee)
    return (
        select(
            Task.id,
            Task.title,
            Task.description,
            Task.status,
            Task.priority,
            Task.due_at,
            Task.assignee_id,
            assignee.full_name,
            Task.author_id,
            author.full_name,
            Task.created_at,
            Task.closed_at,
            Task.hours_spent,
            Task.version,
        )
        .join(assignee, assignee.id == Task.assignee_id)
        .join(author, author.id == Task.author_id)
    )


def _card(row: Any) -> TaskCard:
    return TaskCard(
        id=row[0],
        title=row[1],
        description=row[2],
        status=TaskStatus(row[3]),
        priority=row[4],
        due_at=row[5],
        assignee_id=row[6],
        assignee=row[7],
        author_id=row[8],
        author=row[9],
        created_at=row[10],
        closed_at=row[11],
        hours_spent=row[12],
        version=row[13],
    )


def read_board(
    conn: Connection | Session,
    who: CurrentUser,
    assignee_id: int | None = None,
    closed_since: datetime | None = None,
) -> list[TaskCard]:
    """The visible tasks, nearest due first (no due date last); ``assignee_id`` narrows to one
    person; closed tasks only since ``closed_since`` when given (the board hides old ones)."""
    query = _cards(who)
    if assignee_id is not None:
        query = query.where(Task.assignee_id == assignee_id)
    if closed_since is not None:
        query = query.where(
            or_(Task.status != TaskStatus.CLOSED.value, Task.closed_at >= closed_since)
        )
    query = query.order_by(Task.due_at.is_(None), Task.due_at, Task.id)
    return [_card(row) for row in conn.execute(query)]


def read_card(conn: Connection | Session, who: CurrentUser, task_id: int) -> TaskCard | None:
    row = conn.execute(_cards(who).where(Task.id == task_id)).first()
    return None if row is None else _card(row)


def my_active_count(conn: Connection | Session, who: CurrentUser) -> int:
    """Tasks assigned to ``who`` that are new or in progress (the section's counter)."""
    return int(
        conn.scalar(
            select(func.count())
            .select_from(Task)
            .where(and_(Task.assignee_id == who.id, Task.status.in_(ACTIVE)))
        )
        or 0
    )


Stamp = tuple[int, int, int]


def board_stamp(conn: Connection | Session, who: CurrentUser) -> Stamp:
    """Changes when a visible task is added, changed (its version grows) or deleted."""
    row = conn.execute(
        select(
            func.count(),
            func.coalesce(func.max(Task.id), 0),
            func.coalesce(func.sum(Task.version), 0),
        ).where(visible(who))
    ).one()
    return int(row[0]), int(row[1]), int(row[2])
