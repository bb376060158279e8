"""Task reminders: due for the assignee at ``remind_at`` until dismissed, like events'.

The state is in the database, per task (``tasks.reminder_done_at``), so dismissing on one
workstation stops the others, and a reminder due while the app was closed shows at the next
start. Closed tasks do not remind; a task without a due time counts as overdue
:data:`LATE_AFTER` after its reminder time (the app was probably closed then).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.orm import Session

from app.events.reminders import Reminder, ReminderKind
from app.staff.auth import CurrentUser
from models import Client, Task, TaskClient, TaskStatus

LATE_AFTER = timedelta(minutes=15)
_tasks = cast(Table, Task.__table__)


def due_task_reminders(
    conn: Connection | Session, who: CurrentUser, now: datetime
) -> list[Reminder]:
    """The reminders of the tasks assigned to ``who`` due at ``now``, earliest first."""
    t = _tasks.c
    first_client = (
        select(func.min(Client.display_name))
        .join(TaskClient, TaskClient.client_id == Client.id)
        .where(TaskClient.task_id == t.id)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(t.id, t.title, t.due_at, t.remind_at, first_client, t.version)
        .where(
            t.assignee_id == who.id,
            t.remind_at <= now,
            t.reminder_done_at.is_(None),
            t.status != TaskStatus.CLOSED.value,
        )
        .order_by(t.remind_at, t.id)
    )
    out = []
    for task_id, title, due_at, remind_at, client, version in rows:
        out.append(
            Reminder(
                int(task_id),
                str(title),
                due_at or remind_at,
                client or "",
                int(version),
                ReminderKind.TASK,
                due_at or remind_at + LATE_AFTER,
            )
        )
    return sorted(out, key=lambda r: (r.starts_at, r.item_id))


def dismiss_task_reminder(session: Session, who: CurrentUser, task_id: int, now: datetime) -> bool:
    """The reminder was seen: no workstation shows it again. False if it was already.

    Not a change of the task (no version bump): an editor's open form stays valid."""
    result = session.execute(
        update(_tasks)
        .where(
            _tasks.c.id == task_id,
            _tasks.c.assignee_id == who.id,
            _tasks.c.reminder_done_at.is_(None),
        )
        .values(reminder_done_at=now.replace(microsecond=0))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def snooze_task_reminder(
    session: Session, who: CurrentUser, task_id: int, now: datetime, minutes: int
) -> bool:
    """Remind again ``minutes`` from ``now``."""
    result = session.execute(
        update(_tasks)
        .where(_tasks.c.id == task_id, _tasks.c.assignee_id == who.id)
        .values(
            remind_at=(now + timedelta(minutes=minutes)).replace(microsecond=0),
            reminder_done_at=None,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
