"""Reminders: which are due for a user now, dismissing and snoozing them.

:class:`Reminder` is shared with the tasks' reminders (:mod:`app.tasks.reminders`): one
window lists both, ``kind`` says which one a reminder belongs to.

A reminder is due when its moment (``remind_at``) has come, the event is not completed and
nobody dismissed it (``reminder_done_at``). The state is in the database, per event, so the
same user's other workstation stops showing it once it is dismissed anywhere, and one the
app was closed for is shown at the next start (as overdue).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.orm import Session

from app.staff.auth import CurrentUser
from models import Client, Event

_events = cast(Table, Event.__table__)
_clients = cast(Table, Client.__table__)


class ReminderKind(enum.StrEnum):
    EVENT = "event"
    TASK = "task"


@dataclass(frozen=True)
class Reminder:
    """One due reminder: of an event (``item_id`` is the event's id) or of a task.

    ``starts_at`` is the moment shown: the event's time, the task's due time (its reminder
    time when it has none). ``late_at`` is when the reminder counts as overdue (None: at
    ``starts_at``)."""

    item_id: int
    description: str
    starts_at: datetime
    client: str
    version: int
    kind: ReminderKind = ReminderKind.EVENT
    late_at: datetime | None = None

    @property
    def event_id(self) -> int:
        return self.item_id

    @property
    def key(self) -> tuple[ReminderKind, int]:
        return self.kind, self.item_id

    def overdue(self, now: datetime) -> bool:
        """The event's time has passed (e.g. the app was closed at the reminder's time)."""
        return (self.late_at or self.starts_at) < now


def due_reminders(conn: Connection | Session, who: CurrentUser, now: datetime) -> list[Reminder]:
    """The reminders of ``who``'s events due at ``now``, the earliest event first."""
    e = _events.c
    rows = conn.execute(
        select(e.id, e.description, e.starts_at, _clients.c.display_name, e.version)
        .outerjoin(_clients, _clients.c.id == e.client_id)
        .where(
            e.assignee_id == who.id,
            e.remind_at <= now,
            e.reminder_done_at.is_(None),
            e.completed_at.is_(None),
        )
        .order_by(e.starts_at, e.id)
    )
    return [Reminder(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows]


def active_count(conn: Connection | Session, who: CurrentUser) -> int:
    """``who``'s events not completed yet (the number beside the section's name)."""
    return int(
        conn.execute(
            select(func.count()).where(
                _events.c.assignee_id == who.id, _events.c.completed_at.is_(None)
            )
        ).scalar()
        or 0
    )


def dismiss_reminder(session: Session, who: CurrentUser, event_id: int, now: datetime) -> bool:
    """The reminder was seen: no workstation shows it again. False if it was already."""
    result = session.execute(
        update(_events)
        .where(
            _events.c.id == event_id,
            _events.c.assignee_id == who.id,
            _events.c.reminder_done_at.is_(None),
        )
        .values(reminder_done_at=now.replace(microsecond=0))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def snooze_reminder(
    session: Session, who: CurrentUser, event_id: int, now: datetime, minutes: int
) -> bool:
    """Remind again ``minutes`` from ``now``."""
    result = session.execute(
        update(_events)
        .where(_events.c.id == event_id, _events.c.assignee_id == who.id)
        .values(
            remind_at=(now + timedelta(minutes=minutes)).replace(microsecond=0),
            reminder_done_at=None,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
