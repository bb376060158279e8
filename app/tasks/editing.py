"""Creating and changing tasks: one transaction per action, a conflict instead of an overwrite.

Every change goes through ``UPDATE ... WHERE version = :seen``: when a colleague saved the
task since it was read, nothing is written and :class:`TaskConflict` names who. Each changed
field leaves a row in ``task_history``; moving to Ready or Closed needs the hours spent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.staff.permissions import require_tasks
from app.tasks.board import visible
from models import (
    Client,
    Employee,
    Task,
    TaskClient,
    TaskComment,
    TaskHistory,
    TaskPriority,
    TaskStatus,
)

NEEDS_HOURS = (TaskStatus.READY, TaskStatus.CLOSED)
MAX_TITLE = 255


class TaskConflict(UserFacingError):
    """Someone saved the task after it was opened here."""

    def __init__(self, who: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "app", "{employee} changed this task meanwhile. Reopen it to see their changes."
            ),
            employee=who,
        )


class TaskError(UserFacingError):
    """A task cannot be saved as it is (no title, no hours...)."""


@dataclass(frozen=True)
class TaskDraft:
    title: str
    assignee_id: int
    description: str = ""
    priority: TaskPriority = TaskPriority.NORMAL
    due_at: datetime | None = None
    remind_at: datetime | None = None
    client_ids: tuple[int, ...] = ()
    client_filter: dict[str, Any] | None = None


@dataclass(frozen=True)
class TaskComments:
    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class TaskChange:
    at: datetime
    author: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class TaskDetails:
    id: int
    draft: TaskDraft
    status: TaskStatus
    version: int
    author: str
    hours_spent: float | None
    clients: tuple[tuple[int, str], ...] = ()
    comments: tuple[TaskComments, ...] = field(default=())
    history: tuple[TaskChange, ...] = field(default=())


def _checked(draft: TaskDraft) -> TaskDraft:
    title = " ".join(draft.title.split())
    if not title:
        raise TaskError(QT_TRANSLATE_NOOP("app", "Enter the task's title."))
    if len(title) > MAX_TITLE:
        raise TaskError(
            QT_TRANSLATE_NOOP("app", "The title is longer than {limit} characters."),
            limit=MAX_TITLE,
        )
    return TaskDraft(
        title,
        draft.assignee_id,
        draft.description.strip(),
        TaskPriority(draft.priority),
        draft.due_at,
        draft.remind_at,
        tuple(dict.fromkeys(draft.client_ids)),
        draft.client_filter or None,
    )


def _values(draft: TaskDraft) -> dict[str, Any]:
    return {
        "title": draft.title,
        "description": draft.description,
        "priority": draft.priority.value,
        "due_at": draft.due_at,
        "remind_at": draft.remind_at,
        "assignee_id": draft.assignee_id,
        "client_filter": draft.client_filter,
    }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def create_task(session: Session, who: CurrentUser, draft: TaskDraft, now: datetime) -> int:
    require_tasks(session, who)
    draft = _checked(draft)
    moment = now.replace(microsecond=0)
    task = Task(
        **_values(draft),
        status=TaskStatus.NEW.value,
        author_id=who.id,
        created_at=moment,
        updated_at=moment,
        version=1,
    )
    session.add(task)
    session.flush()
    task_id = task.id
    _set_clients(session, int(task_id), draft.client_ids)
    session.add(
        TaskHistory(
            task_id=task_id,
            employee_id=who.id,
            changed_at=moment,
            field="created",
            new_value=draft.title,
        )
    )
    session.flush()
    return int(task_id)


def _set_clients(session: Session, task_id: int, client_ids: tuple[int, ...]) -> None:
    session.execute(delete(TaskClient).where(TaskClient.task_id == task_id))
    if client_ids:
        session.execute(
            insert(TaskClient), [{"task_id": task_id, "client_id": c} for c in client_ids]
        )


def _current(session: Session, who: CurrentUser, task_id: int) -> Task:
    require_tasks(session, who)
    task = session.scalar(select(Task).where(Task.id == task_id, visible(who)))
    if task is None:
        raise TaskError(QT_TRANSLATE_NOOP("app", "The task no longer exists or is not yours."))
    return task


def _write(
    session: Session,
    who: CurrentUser,
    task: Task,
    seen_version: int,
    values: dict[str, Any],
    now: datetime,
) -> int:
    """Write ``values`` if nobody saved the task since ``seen_version``; the new version."""
    old = {name: getattr(task, name) for name in values}
    moment = now.replace(microsecond=0)
    done = session.execute(
        update(Task)
        .where(Task.id == task.id, Task.version == seen_version)
        .values(**values, updated_at=moment, version=seen_version + 1)
        .execution_options(synchronize_session=False)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        last = session.scalar(
            select(Employee.full_name)
            .join(TaskHistory, TaskHistory.employee_id == Employee.id)
            .where(TaskHistory.task_id == task.id)
            .order_by(TaskHistory.id.desc())
            .limit(1)
        )
        raise TaskConflict(last or "?")
    for name, before in old.items():
        after = values[name]
        if before != after:
            session.add(
                TaskHistory(
                    task_id=task.id,
                    employee_id=who.id,
                    changed_at=moment,
                    field=name,
                    old_value=_text(before),
                    new_value=_text(after),
                )
            )
    session.flush()
    session.expire(task)
    return seen_version + 1


def update_task(
    session: Session,
    who: CurrentUser,
    task_id: int,
    seen_version: int,
    draft: TaskDraft,
    now: datetime,
) -> int:
    """Save the form; the task's new version."""
    task = _current(session, who, task_id)
    draft = _checked(draft)
    rings_again = (task.remind_at, task.assignee_id) != (draft.remind_at, draft.assignee_id)
    version = _write(session, who, task, seen_version, _values(draft), now)
    if rings_again:  # a new reminder time or a new assignee: the reminder is due again
        session.execute(
            update(Task)
            .where(Task.id == task_id)
            .values(reminder_done_at=None)
            .execution_options(synchronize_session=False)
        )
    before = set(session.scalars(select(TaskClient.client_id).where(TaskClient.task_id == task_id)))
    if before != set(draft.client_ids):
        _set_clients(session, task_id, draft.client_ids)
        session.add(
            TaskHistory(
                task_id=task_id,
                employee_id=who.id,
                changed_at=now.replace(microsecond=0),
                field="clients",
                old_value=", ".join(map(str, sorted(before))),
                new_value=", ".join(map(str, sorted(draft.client_ids))),
            )
        )
    return version


def move_task(
    session: Session,
    who: CurrentUser,
    task_id: int,
    seen_version: int,
    status: TaskStatus,
    now: datetime,
    hours: float | None = None,
) -> int:
    """Move a task to another column; Ready and Closed need the hours spent."""
    task = _current(session, who, task_id)
    values: dict[str, Any] = {"status": TaskStatus(status).value}
    if status in NEEDS_HOURS:
        if hours is None or hours < 0:
            raise TaskError(QT_TRANSLATE_NOOP("app", "Enter the hours spent on the task."))
        values["hours_spent"] = round(float(hours), 2)
    values["closed_at"] = now.replace(microsecond=0) if status is TaskStatus.CLOSED else None
    return _write(session, who, task, seen_version, values, now)


def reassign_task(
    session: Session,
    who: CurrentUser,
    task_id: int,
    seen_version: int,
    assignee_id: int,
    now: datetime,
    status: TaskStatus | None = None,
    hours: float | None = None,
) -> int:
    """Give a task to ``assignee_id`` (a card dropped on another lane of the board), moving
    it to ``status`` in the same write when given; the reminder rings for the new assignee."""
    task = _current(session, who, task_id)
    exists = session.scalar(
        select(Employee.id).where(Employee.id == assignee_id, Employee.active.is_(True))
    )
    if exists is None:
        raise TaskError(QT_TRANSLATE_NOOP("app", "The assignee is no longer an active employee."))
    values: dict[str, Any] = {"assignee_id": assignee_id}
    if status is not None and TaskStatus(status).value != task.status:
        if status in NEEDS_HOURS:
            if hours is None or hours < 0:
                raise TaskError(QT_TRANSLATE_NOOP("app", "Enter the hours spent on the task."))
            values["hours_spent"] = round(float(hours), 2)
        values["status"] = TaskStatus(status).value
        values["closed_at"] = now.replace(microsecond=0) if status is TaskStatus.CLOSED else None
    changed = assignee_id != task.assignee_id
    version = _write(session, who, task, seen_version, values, now)
    if changed:
        session.execute(
            update(Task)
            .where(Task.id == task_id)
            .values(reminder_done_at=None)
            .execution_options(synchronize_session=False)
        )
    return version


def add_comment(session: Session, who: CurrentUser, task_id: int, text: str, now: datetime) -> None:
    _current(session, who, task_id)
    text = text.strip()
    if not text:
        raise TaskError(QT_TRANSLATE_NOOP("app", "The comment is empty."))
    session.add(
        TaskComment(
            task_id=task_id, employee_id=who.id, created_at=now.replace(microsecond=0), text=text
        )
    )
    session.flush()


def read_task(session: Session, who: CurrentUser, task_id: int) -> TaskDetails:
    task = _current(session, who, task_id)
    names: dict[int, str] = {
        r[0]: r[1] for r in session.execute(select(Employee.id, Employee.full_name))
    }
    clients = tuple(
        (r[0], r[1])
        for r in session.execute(
            select(Client.id, Client.display_name)
            .join(TaskClient, TaskClient.client_id == Client.id)
            .where(TaskClient.task_id == task_id)
            .order_by(Client.display_name)
        )
    )
    comments = tuple(
        TaskComments(c.created_at, names.get(c.employee_id or 0, ""), c.text)
        for c in session.scalars(
            select(TaskComment).where(TaskComment.task_id == task_id).order_by(TaskComment.id)
        )
    )
    history = tuple(
        TaskChange(
            h.changed_at, names.get(h.employee_id or 0, ""), h.field, h.old_value, h.new_value
        )
        for h in session.scalars(
            select(TaskHistory).where(TaskHistory.task_id == task_id).order_by(TaskHistory.id)
        )
    )
    draft = TaskDraft(
        task.title,
        task.assignee_id,
        task.description,
        TaskPriority(task.priority),
        task.due_at,
        task.remind_at,
        tuple(c[0] for c in clients),
        task.client_filter,
    )
    return TaskDetails(
        task.id,
        draft,
        TaskStatus(task.status),
        task.version,
        names.get(task.author_id, ""),
        task.hours_spent,
        clients,
        comments,
        history,
    )


def assignees(session: Session) -> list[tuple[int, str]]:
    """Active employees who may have tasks, by name."""
    return [
        (r[0], r[1])
        for r in session.execute(
            select(Employee.id, Employee.full_name)
            .where(Employee.active.is_(True))
            .order_by(Employee.full_name)
        )
    ]
