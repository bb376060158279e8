"""Moving an event to another time (the calendar's drag and drop) on both databases: the
reminder moves with it and rings again, a change made meanwhile by someone else is a
conflict, completed events and other people's events stay where they are."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from app.database import Database
from app.events import (
    EventConflict,
    EventDraft,
    complete_event,
    create_event,
    due_reminders,
    read_event,
    reschedule_event,
    update_event,
)
from app.events.changes import may_reschedule
from app.messages import UserFacingError
from models import Event
from tests.app.events.support import person

NOON = datetime(2026, 11, 20, 12, 0)


@pytest.fixture
def db(engine: Engine) -> Database:
    return Database(engine)


def _remind_at(db: Database, event_id: int) -> tuple[datetime | None, datetime | None]:
    with db.transaction() as s:
        row = s.execute(
            select(Event.remind_at, Event.reminder_done_at).where(Event.id == event_id)
        ).one()
        return row[0], row[1]


def test_the_reminder_moves_with_the_event_and_rings_again(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    with db.transaction() as s:
        event_id = create_event(s, anna, EventDraft("Call back", NOON, anna.id, None, 30), NOON)
    assert _remind_at(db, event_id) == (NOON - timedelta(minutes=30), None)
    with db.transaction() as s:
        assert due_reminders(s, anna, NOON)  # it rang at 11:30 ...
    later = datetime(2026, 11, 23, 15, 45, 31)
    with db.transaction() as s:
        entry = read_event(s, anna, event_id)
        assert entry is not None
        reschedule_event(s, anna, entry, later, NOON)
    with db.transaction() as s:
        moved = read_event(s, anna, event_id)
        assert due_reminders(s, anna, NOON) == []  # ... and now waits for the new time
    assert moved is not None
    assert moved.starts_at == datetime(2026, 11, 23, 15, 45)
    assert moved.version == 2 and moved.remind_minutes == 30
    assert _remind_at(db, event_id) == (datetime(2026, 11, 23, 15, 15), None)


def test_an_event_without_a_reminder_gets_none(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    with db.transaction() as s:
        event_id = create_event(s, anna, EventDraft("Quiet", NOON, anna.id, None, None), NOON)
        entry = read_event(s, anna, event_id)
        assert entry is not None
        reschedule_event(s, anna, entry, NOON + timedelta(days=1), NOON)
    assert _remind_at(db, event_id) == (None, None)


def test_a_move_over_someone_elses_change_is_a_conflict(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    with db.transaction() as s:
        event_id = create_event(s, anna, EventDraft("Call back", NOON, pavel.id), NOON)
        shown_to_anna = read_event(s, anna, event_id)
        opened_by_pavel = read_event(s, pavel, event_id)
    assert shown_to_anna and opened_by_pavel
    with db.transaction() as s:
        update_event(s, pavel, opened_by_pavel, EventDraft("Call at 15", NOON, pavel.id), NOON)
    with pytest.raises(EventConflict) as caught, db.transaction() as s:
        reschedule_event(s, anna, shown_to_anna, NOON + timedelta(days=2), NOON)
    assert caught.value.current is not None
    assert caught.value.current.description == "Call at 15"
    with db.transaction() as s:
        now = read_event(s, anna, event_id)
    assert now is not None and now.starts_at == NOON and now.version == 2


def test_completed_and_foreign_events_are_not_moved(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    with db.transaction() as s:
        done_id = create_event(s, anna, EventDraft("Done", NOON, anna.id), NOON)
        entry = read_event(s, anna, done_id)
        assert entry is not None
        complete_event(s, anna, entry, NOON)
        theirs_id = create_event(s, pavel, EventDraft("Pavel's", NOON, pavel.id), NOON)
    with db.transaction() as s:
        done = read_event(s, anna, done_id)
        theirs = read_event(s, pavel, theirs_id)
    assert done is not None and theirs is not None
    assert not may_reschedule(anna, done) and not may_reschedule(anna, theirs)
    assert may_reschedule(pavel, theirs)
    with pytest.raises(UserFacingError, match="completed"), db.transaction() as s:
        reschedule_event(s, anna, done, NOON + timedelta(days=1), NOON)
    with pytest.raises(UserFacingError, match="may not"), db.transaction() as s:
        reschedule_event(s, anna, theirs, NOON + timedelta(days=1), NOON)
    with db.transaction() as s:
        for event_id in (done_id, theirs_id):
            row = read_event(s, pavel if event_id == theirs_id else anna, event_id)
            assert row is not None and row.starts_at == NOON
