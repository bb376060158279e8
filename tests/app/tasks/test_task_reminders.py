"""Task reminders on both databases: due at their minute for the assignee only, never for a
closed task, dismissed on one workstation and gone on the other, overdue after the app was
closed, due again after a new time or a new assignee. The clock is a fixed moment."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine

from app.database import Database, make_engine
from app.events import ReminderKind
from app.staff.auth import CurrentUser
from app.tasks import (
    TaskDraft,
    create_task,
    dismiss_task_reminder,
    due_task_reminders,
    move_task,
    read_task,
    snooze_task_reminder,
    update_task,
)
from app.tasks.reminders import LATE_AFTER
from models import TaskStatus
from tests.app.tasks.test_tasks import person

NOW = datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def db(engine: Engine) -> Database:
    return Database(engine)


def _task(db: Database, who: CurrentUser, draft: TaskDraft) -> int:
    return db.write(lambda s: create_task(s, who, draft, NOW))


def _due(db: Database, who: CurrentUser, at: datetime) -> list[int]:
    with db.transaction() as s:
        return [r.item_id for r in due_task_reminders(s, who, at)]


def test_due_at_its_minute_for_the_assignee_only(db: Database) -> None:
    anna, boris = person(db, "anna"), person(db, "boris")
    at = NOW + timedelta(hours=2)
    task = _task(
        db, boris, TaskDraft("Call Romashka", anna.id, due_at=at + timedelta(hours=1), remind_at=at)
    )
    _task(db, anna, TaskDraft("No reminder", anna.id, due_at=at))
    assert _due(db, anna, at - timedelta(seconds=1)) == []
    assert _due(db, anna, at) == [task]
    assert _due(db, boris, at) == []  # the author is not reminded: the assignee is
    with db.transaction() as s:
        (reminder,) = due_task_reminders(s, anna, at)
    assert reminder.kind is ReminderKind.TASK
    assert (reminder.description, reminder.starts_at) == ("Call Romashka", at + timedelta(hours=1))
    assert not reminder.overdue(at)  # due in an hour
    # snoozed for 10 minutes: silent for 9:59, due again at 10
    with db.transaction() as s:
        assert snooze_task_reminder(s, anna, task, at, 10)
    assert _due(db, anna, at + timedelta(minutes=9, seconds=59)) == []
    assert _due(db, anna, at + timedelta(minutes=10)) == [task]


def test_closed_tasks_do_not_remind(db: Database) -> None:
    anna = person(db, "anna")
    task = _task(db, anna, TaskDraft("Send the offer", anna.id, remind_at=NOW))
    assert _due(db, anna, NOW) == [task]
    db.write(lambda s: move_task(s, anna, task, 1, TaskStatus.READY, NOW, 1.0))
    assert _due(db, anna, NOW) == [task]  # ready is not closed yet
    db.write(lambda s: move_task(s, anna, task, 2, TaskStatus.CLOSED, NOW, 1.5))
    assert _due(db, anna, NOW + timedelta(minutes=1)) == []


def test_due_while_the_app_was_closed_shows_as_overdue(db: Database) -> None:
    anna = person(db, "anna")
    with_due = _task(
        db, anna, TaskDraft("Contract", anna.id, due_at=NOW + timedelta(hours=1), remind_at=NOW)
    )
    without_due = _task(db, anna, TaskDraft("Call back", anna.id, remind_at=NOW))
    next_day = NOW + timedelta(days=1)
    with db.transaction() as s:
        due = {r.item_id: r for r in due_task_reminders(s, anna, next_day)}
    assert set(due) == {with_due, without_due}
    assert due[with_due].overdue(next_day) and due[without_due].overdue(next_day)
    # without a due time: overdue only LATE_AFTER past the reminder's time
    with db.transaction() as s:
        (first, _second) = due_task_reminders(s, anna, NOW)
    assert first.item_id == without_due  # starts_at: the reminder's time, before the due one
    assert not first.overdue(NOW + LATE_AFTER)
    assert first.overdue(NOW + LATE_AFTER + timedelta(seconds=1))


def test_dismissed_on_one_workstation_stops_on_the_other(db: Database, db_url: str) -> None:
    anna, boris = person(db, "anna"), person(db, "boris")
    second = Database(make_engine(db_url))
    try:
        task = _task(db, boris, TaskDraft("For Anna", anna.id, remind_at=NOW))
        assert _due(second, anna, NOW) == [task]
        assert _due(db, anna, NOW) == [task]
        with second.transaction() as s:
            assert not dismiss_task_reminder(s, boris, task, NOW)  # not his reminder
            assert dismiss_task_reminder(s, anna, task, NOW)
        assert _due(db, anna, NOW + timedelta(minutes=1)) == []
        with db.transaction() as s:
            assert not dismiss_task_reminder(s, anna, task, NOW)  # already dismissed
            # dismissing is not an edit: an open form of the task still saves
            assert read_task(s, anna, task).version == 1
    finally:
        second.dispose()


def test_a_new_time_or_assignee_rings_again(db: Database) -> None:
    anna, boris = person(db, "anna"), person(db, "boris")
    task = _task(db, anna, TaskDraft("Visit", anna.id, remind_at=NOW))
    with db.transaction() as s:
        dismiss_task_reminder(s, anna, task, NOW)
    assert _due(db, anna, NOW) == []
    later = NOW + timedelta(hours=1)
    db.write(
        lambda s: update_task(s, anna, task, 1, TaskDraft("Visit", anna.id, remind_at=later), NOW)
    )
    assert _due(db, anna, later) == [task]
    with db.transaction() as s:
        dismiss_task_reminder(s, anna, task, later)
    # an edit that keeps the time and the assignee leaves it dismissed
    db.write(
        lambda s: update_task(
            s, anna, task, 2, TaskDraft("Visit them", anna.id, remind_at=later), NOW
        )
    )
    assert _due(db, anna, later) == []
    db.write(
        lambda s: update_task(
            s, anna, task, 3, TaskDraft("Visit them", boris.id, remind_at=later), NOW
        )
    )
    assert _due(db, boris, later) == [task]


def test_reassigning_is_a_versioned_write_that_rings_for_the_new_assignee(db: Database) -> None:
    from app.tasks import TaskConflict, TaskError, reassign_task

    anna, boris = person(db, "anna"), person(db, "boris")
    task = _task(db, anna, TaskDraft("Visit", anna.id, remind_at=NOW))
    with db.transaction() as s:
        dismiss_task_reminder(s, anna, task, NOW)
    version = db.write(lambda s: reassign_task(s, anna, task, 1, boris.id, NOW))
    assert version == 2 and _due(db, boris, NOW) == [task]
    with pytest.raises(TaskConflict):  # a board that still shows version 1
        db.write(lambda s: reassign_task(s, anna, task, 1, anna.id, NOW))
    with pytest.raises(TaskError):  # Ready needs the hours
        db.write(lambda s: reassign_task(s, anna, task, 2, anna.id, NOW, TaskStatus.READY))
    db.write(lambda s: reassign_task(s, anna, task, 2, anna.id, NOW, TaskStatus.READY, 1.5))
    with db.transaction() as s:
        details = read_task(s, anna, task)
    assert (details.draft.assignee_id, details.status, details.hours_spent) == (
        anna.id,
        TaskStatus.READY,
        1.5,
    )
    assert sorted(h.field for h in details.history[-3:]) == ["assignee_id", "hours_spent", "status"]
