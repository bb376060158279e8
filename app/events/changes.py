"""Writing events: create, edit, complete, reopen — each in the caller's one transaction.

An edit names the version it started from; when someone else saved the event meanwhile the
write is refused with :class:`EventConflict` naming what is there now, nothing is
overwritten. Who may do what: the creator and the assignee edit and complete an event;
supervisors and administrators any event. Only the creator (the initiator) makes linked
events from an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from app.events.calendar import EventEntry, read_event
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from models import MAX_EVENT_DESCRIPTION_LENGTH, Employee, Event

_events = cast(Table, Event.__table__)


@dataclass(frozen=True)
class EventDraft:
    """What the event form says."""

    description: str
    starts_at: datetime
    assignee_id: int
    client_id: int | None = None
    remind_minutes: int | None = 15
    call_id: int | None = None


class EventConflict(UserFacingError):
    """Someone else changed the event since it was opened."""

    def __init__(self, current: EventEntry | None) -> None:
        if current is None:
            super().__init__(QT_TRANSLATE_NOOP("app", "The event has been deleted meanwhile"))
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Someone else changed the event meanwhile: {description} ({time}, {assignee}). "
                    "Open it again and make your change",
                ),
                description=current.description,
                time=current.starts_at.strftime("%d.%m.%Y %H:%M"),
                assignee=current.assignee,
            )
        self.current = current


def _check(session: Session, draft: EventDraft) -> None:
    text = draft.description.strip()
    if not text:
        raise UserFacingError(QT_TRANSLATE_NOOP("app", "Describe the event"))
    if len(text) > MAX_EVENT_DESCRIPTION_LENGTH:
        raise UserFacingError(
            QT_TRANSLATE_NOOP("app", "The description is longer than {limit} characters"),
            limit=MAX_EVENT_DESCRIPTION_LENGTH,
        )
    if draft.remind_minutes is not None and draft.remind_minutes < 0:
        raise UserFacingError(QT_TRANSLATE_NOOP("app", "A reminder cannot come after the event"))
    active = session.execute(
        select(Employee.active).where(Employee.id == draft.assignee_id)
    ).scalar()
    if not active:
        raise UserFacingError(QT_TRANSLATE_NOOP("app", "Choose an active employee to assign"))


def _remind_at(draft: EventDraft) -> datetime | None:
    if draft.remind_minutes is None:
        return None
    return draft.starts_at - timedelta(minutes=draft.remind_minutes)


def create_event(
    session: Session,
    who: CurrentUser,
    draft: EventDraft,
    now: datetime,
    linked_to: EventEntry | None = None,
) -> int:
    """A new event by ``who``; ``linked_to``: made with "New linked event" from that one."""
    _check(session, draft)
    root = None
    if linked_to is not None:
        if linked_to.created_by_id != who.id:
            raise UserFacingError(
                QT_TRANSLATE_NOOP(
                    "app", "Only the one who created an event makes events linked to it"
                )
            )
        root = linked_to.link_root_id or linked_to.id
    moment = now.replace(microsecond=0)
    remind_at = _remind_at(draft)
    result = session.execute(
        _events.insert().values(
            description=draft.description.strip(),
            starts_at=draft.starts_at.replace(second=0, microsecond=0),
            created_at=moment,
            created_by_id=who.id,
            assignee_id=draft.assignee_id,
            client_id=draft.client_id,
            call_id=draft.call_id,
            remind_minutes=draft.remind_minutes,
            remind_at=remind_at,
            reminder_done_at=None,
            link_root_id=root,
            updated_at=moment,
            version=1,
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[attr-defined]


def may_edit(who: CurrentUser, entry: EventEntry) -> bool:
    return who.sees_all_calls or who.id in (entry.created_by_id, entry.assignee_id)


def _write(
    session: Session, who: CurrentUser, entry: EventEntry, now: datetime, **values: object
) -> None:
    if not may_edit(who, entry):
        raise UserFacingError(QT_TRANSLATE_NOOP("app", "You may not change this event"))
    result = session.execute(
        update(_events)
        .where(_events.c.id == entry.id, _events.c.version == entry.version)
        .values(updated_at=now.replace(microsecond=0), version=_events.c.version + 1, **values)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise EventConflict(read_event(session, who, entry.id))


def update_event(
    session: Session, who: CurrentUser, entry: EventEntry, draft: EventDraft, now: datetime
) -> None:
    """Save the form's ``draft`` over ``entry`` as it was opened (its version)."""
    _check(session, draft)
    values: dict[str, object] = {
        "description": draft.description.strip(),
        "starts_at": draft.starts_at.replace(second=0, microsecond=0),
        "assignee_id": draft.assignee_id,
        "client_id": draft.client_id,
    }
    remind_at = _remind_at(draft)
    if (
        draft.remind_minutes != entry.remind_minutes
        or draft.starts_at != entry.starts_at
        or draft.assignee_id != entry.assignee_id
    ):
        # A new time, reminder or assignee is a new reminder: it rings again.
        values.update(
            remind_minutes=draft.remind_minutes, remind_at=remind_at, reminder_done_at=None
        )
    _write(session, who, entry, now, **values)


def may_reschedule(who: CurrentUser, entry: EventEntry) -> bool:
    """Dragging an event to another time: an open event its editor may change."""
    return not entry.completed and may_edit(who, entry)


def reschedule_event(
    session: Session, who: CurrentUser, entry: EventEntry, starts_at: datetime, now: datetime
) -> None:
    """Move ``entry`` (as it was read: its version) to ``starts_at``; its reminder moves with
    it (the same minutes before, ringing again). A completed event stays where it was done."""
    if entry.completed:
        raise UserFacingError(QT_TRANSLATE_NOOP("app", "A completed event cannot be moved"))
    moment = starts_at.replace(second=0, microsecond=0)
    values: dict[str, object] = {"starts_at": moment}
    if entry.remind_minutes is not None:
        values.update(
            remind_at=moment - timedelta(minutes=entry.remind_minutes), reminder_done_at=None
        )
    _write(session, who, entry, now, **values)


def may_delete(who: CurrentUser, entry: EventEntry) -> bool:
    return who.sees_all_calls or who.id == entry.created_by_id


def delete_event(session: Session, who: CurrentUser, entry: EventEntry) -> None:
    """Remove the event as it was opened (its version): the creator, a supervisor or an
    administrator. Events linked to it stay, still linked to each other."""
    if not may_delete(who, entry):
        raise UserFacingError(
            QT_TRANSLATE_NOOP("app", "Only the one who created an event deletes it")
        )
    result = session.execute(
        _events.delete().where(_events.c.id == entry.id, _events.c.version == entry.version)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise EventConflict(read_event(session, who, entry.id))


def complete_event(session: Session, who: CurrentUser, entry: EventEntry, now: datetime) -> None:
    """Mark the event done at ``now`` (it stops reminding)."""
    moment = now.replace(microsecond=0)
    _write(
        session,
        who,
        entry,
        now,
        completed_at=moment,
        completed_by_id=who.id,
        reminder_done_at=moment,
    )


def reopen_event(session: Session, who: CurrentUser, entry: EventEntry, now: datetime) -> None:
    """Undo "complete" (the reminder stays done)."""
    _write(session, who, entry, now, completed_at=None, completed_by_id=None)
