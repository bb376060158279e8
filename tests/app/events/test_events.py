"""Events on both databases: who sees what, conflicts, linked events, reminders on time,
across two workstations, and after the app was closed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from sqlalchemy import Engine

from app import clock
from app.clock import FixedClock
from app.database import Database, make_engine
from app.events import (
    ALL_EMPLOYEES,
    EventConflict,
    EventDraft,
    EventEntry,
    EventScope,
    active_count,
    client_events,
    complete_event,
    create_event,
    delete_event,
    dismiss_reminder,
    due_reminders,
    events_stamp,
    linked_events,
    read_event,
    read_events,
    snooze_reminder,
    update_event,
)
from app.messages import UserFacingError
from app.reports import Breakdown, ReportParams, run_report
from app.reports.export import write_xlsx
from app.staff.auth import CurrentUser
from models import Role
from tests.app.events.support import client, person

NOON = datetime(2026, 11, 20, 12, 0)
NOV = (date(2026, 11, 1), date(2026, 12, 1))


@pytest.fixture
def db(engine: Engine) -> Database:
    return Database(engine)


def _create(
    db: Database,
    who: CurrentUser,
    draft: EventDraft,
    now: datetime = NOON,
    linked_to: EventEntry | None = None,
) -> int:
    with db.transaction() as s:
        return create_event(s, who, draft, now, linked_to=linked_to)


def test_operators_see_their_own_supervisors_anyones(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    boss = person(db, "boss", "Boss", Role.SUPERVISOR)
    mine = _create(db, anna, EventDraft("Call Romashka", NOON + timedelta(hours=1), anna.id))
    given = _create(db, anna, EventDraft("Send the contract", NOON, pavel.id))
    his = _create(db, pavel, EventDraft("Pavel's own", NOON, pavel.id))
    with db.transaction() as s:

        def ids(who: CurrentUser, emp: int) -> list[int]:
            return [e.id for e in read_events(s, who, EventScope(emp), *NOV)]

        assert ids(anna, anna.id) == [given, mine]  # created by her or assigned to her
        assert ids(pavel, pavel.id) == [given, his]
        # an operator asking for everybody's or a colleague's events still gets their own
        assert ids(pavel, ALL_EMPLOYEES) == [given, his]
        assert ids(pavel, anna.id) == [given, his]
        assert sorted(ids(boss, ALL_EMPLOYEES)) == sorted([mine, given, his])
        assert ids(boss, anna.id) == [given, mine]
        assert read_event(s, pavel, mine) is None
        assert read_event(s, boss, mine) is not None
        # the period is half-open
        assert read_events(s, anna, EventScope(anna.id), date(2026, 11, 21), NOV[1]) == []


def test_two_editors_conflict_instead_of_overwriting(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    event_id = _create(db, anna, EventDraft("Call back", NOON, pavel.id))
    with db.transaction() as s:
        opened_by_anna = read_event(s, anna, event_id)
        opened_by_pavel = read_event(s, pavel, event_id)
    assert opened_by_anna and opened_by_pavel
    with db.transaction() as s:
        update_event(s, pavel, opened_by_pavel, EventDraft("Call back at 15", NOON, pavel.id), NOON)
    with pytest.raises(EventConflict) as caught, db.transaction() as s:
        update_event(s, anna, opened_by_anna, EventDraft("Anna's text", NOON, pavel.id), NOON)
    assert caught.value.current is not None
    assert caught.value.current.description == "Call back at 15"
    with db.transaction() as s:
        now = read_event(s, anna, event_id)
    assert now is not None and now.description == "Call back at 15" and now.version == 2


def test_complete_records_when_and_strangers_may_not(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    event_id = _create(db, anna, EventDraft("Meet", NOON, anna.id))
    with db.transaction() as s:
        entry = read_event(s, anna, event_id)
        assert entry is not None
        with pytest.raises(UserFacingError):
            complete_event(s, pavel, entry, NOON)
    with db.transaction() as s:
        assert active_count(s, anna) == 1
        complete_event(s, anna, entry, NOON + timedelta(minutes=5, microseconds=7))
    with db.transaction() as s:
        done = read_event(s, anna, event_id)
        assert done is not None and done.completed_at == NOON + timedelta(minutes=5)
        assert done.completed_by == "Anna"
        assert active_count(s, anna) == 0


def test_linked_events_list_each_other_and_only_the_initiator_links(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    romashka = client(db, "Romashka")
    first = _create(db, anna, EventDraft("Offer", NOON, pavel.id, romashka))
    with db.transaction() as s:
        entry = read_event(s, anna, first)
    assert entry is not None
    second = _create(
        db, anna, EventDraft("Follow up", NOON + timedelta(days=1), anna.id), linked_to=entry
    )
    with db.transaction() as s:
        followup = read_event(s, anna, second)
        assert followup is not None
        third = create_event(
            s,
            anna,
            EventDraft("Close", NOON + timedelta(days=2), anna.id),
            NOON,
            linked_to=followup,
        )
        with pytest.raises(UserFacingError):
            create_event(s, pavel, EventDraft("Mine", NOON, pavel.id), NOON, linked_to=entry)
    with db.transaction() as s:
        assert [e.id for e in linked_events(s, anna, entry)] == [second, third]
        assert [e.id for e in linked_events(s, anna, followup)] == [first, third]
        assert [e.id for e in client_events(s, anna, romashka)] == [first]
        assert [e.client for e in client_events(s, pavel, romashka)] == ["Romashka"]


def test_reminder_is_due_at_its_minute_and_not_before(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    event_id = _create(
        db, anna, EventDraft("Call", NOON + timedelta(hours=1), anna.id, remind_minutes=15)
    )
    _create(
        db,
        anna,
        EventDraft("No reminder", NOON + timedelta(minutes=1), anna.id, remind_minutes=None),
    )
    with db.transaction() as s:
        assert due_reminders(s, anna, NOON + timedelta(minutes=44, seconds=59)) == []
        due = due_reminders(s, anna, NOON + timedelta(minutes=45))
        assert [r.event_id for r in due] == [event_id]
        assert not due[0].overdue(NOON + timedelta(minutes=45))
    with db.transaction() as s:
        snooze_reminder(s, anna, event_id, NOON + timedelta(minutes=45), 5)
    with db.transaction() as s:
        assert due_reminders(s, anna, NOON + timedelta(minutes=49)) == []
        assert len(due_reminders(s, anna, NOON + timedelta(minutes=50))) == 1
    # moving the event makes a dismissed reminder ring again at the new time
    with db.transaction() as s:
        dismiss_reminder(s, anna, event_id, NOON + timedelta(minutes=50))
    with db.transaction() as s:
        assert due_reminders(s, anna, NOON + timedelta(hours=3)) == []
        entry = read_event(s, anna, event_id)
        assert entry is not None
        update_event(
            s,
            anna,
            entry,
            EventDraft("Call", NOON + timedelta(hours=5), anna.id, remind_minutes=15),
            NOON,
        )
    with db.transaction() as s:
        assert due_reminders(s, anna, NOON + timedelta(hours=4, minutes=44)) == []
        assert len(due_reminders(s, anna, NOON + timedelta(hours=4, minutes=45))) == 1


def test_missed_while_closed_is_shown_later_as_overdue(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    _create(db, anna, EventDraft("Call", NOON + timedelta(hours=1), anna.id, remind_minutes=10))
    with db.transaction() as s:  # the next morning
        due = due_reminders(s, anna, NOON + timedelta(days=1))
    assert len(due) == 1 and due[0].overdue(NOON + timedelta(days=1))


def test_reminders_across_two_workstations(db: Database, db_url: str) -> None:
    """Created on one workstation, due on the other; dismissed on one, gone on both."""
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    second = Database(make_engine(db_url))
    try:
        with second.transaction() as s:
            before = events_stamp(s, anna, EventScope(anna.id))
        event_id = _create(
            db,
            pavel,
            EventDraft("For Anna", NOON + timedelta(minutes=30), anna.id, remind_minutes=30),
        )
        with second.transaction() as s:
            assert events_stamp(s, anna, EventScope(anna.id)) != before
            assert [r.event_id for r in due_reminders(s, anna, NOON)] == [event_id]
        with db.transaction() as s:
            assert [r.event_id for r in due_reminders(s, anna, NOON)] == [event_id]
        with second.transaction() as s:
            assert dismiss_reminder(s, anna, event_id, NOON)
        with db.transaction() as s:
            assert due_reminders(s, anna, NOON + timedelta(minutes=1)) == []
            assert not dismiss_reminder(s, anna, event_id, NOON)
            assert due_reminders(s, pavel, NOON) == []  # reminders go to the assignee
    finally:
        second.dispose()


def test_bad_input_is_told(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    with pytest.raises(UserFacingError):
        _create(db, anna, EventDraft("   ", NOON, anna.id))
    with pytest.raises(UserFacingError):
        _create(db, anna, EventDraft("x" * 1001, NOON, anna.id))
    with db.transaction() as s:
        assert read_events(s, anna, EventScope(anna.id), *NOV) == []


def test_events_report_by_creator_and_assignee_with_xlsx(db: Database, tmp_path: Path) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    boris = person(db, "boris", "Boris")
    done = _create(db, anna, EventDraft("Done on time", NOON, pavel.id))
    _create(db, anna, EventDraft("Overdue", NOON - timedelta(days=1), pavel.id))
    _create(db, pavel, EventDraft("Open", NOON + timedelta(days=2), pavel.id))
    _create(db, boris, EventDraft("Boris alone", NOON, boris.id))
    _create(db, anna, EventDraft("Next month", datetime(2026, 12, 2, 9), anna.id))
    with db.transaction() as s:
        entry = read_event(s, anna, done)
        assert entry is not None
        complete_event(s, pavel, entry, NOON - timedelta(minutes=5))
    params = ReportParams(date(2026, 11, 1), date(2026, 11, 30), breakdown=Breakdown.NONE)
    with clock.using(FixedClock(NOON + timedelta(hours=1))) as moment:
        result = run_report(db.engine, "events", params, clock=moment)
        rows = {(r["created_by"], r["assignee"]): r for r in result.rows}
        assert set(rows) == {("Anna", "Pavel"), ("Pavel", "Pavel"), ("Boris", "Boris")}
        anna_pavel = rows[("Anna", "Pavel")]
        assert (anna_pavel["events"], anna_pavel["completed"], anna_pavel["on_time"]) == (2, 1, 1)
        assert (anna_pavel["overdue"], anna_pavel["open"]) == (1, 0)
        assert rows[("Pavel", "Pavel")]["open"] == 1
        assert result.total["events"] == 4
        only_boris = run_report(
            db.engine, "events", replace(params, operator_ids=(boris.id,)), clock=moment
        )
    assert [r["created_by"] for r in only_boris.rows] == ["Boris"]
    path = write_xlsx(result, tmp_path / "events.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    texts = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {"Anna", "Pavel", "Boris"} <= texts


def test_delete_by_creator_or_supervisor_with_version_check(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    boss = person(db, "boss", "Boss", Role.SUPERVISOR)
    first = _create(db, anna, EventDraft("Mine", NOON, pavel.id))
    second = _create(db, pavel, EventDraft("His", NOON, pavel.id))
    with db.transaction() as s:
        mine = read_event(s, pavel, first)
        his = read_event(s, boss, second)
    assert mine is not None and his is not None
    with pytest.raises(UserFacingError), db.transaction() as s:
        delete_event(s, pavel, mine)  # the assignee, not the creator
    with db.transaction() as s:
        update_event(s, anna, mine, EventDraft("Mine, changed", NOON, anna.id), NOON)
    with pytest.raises(EventConflict), db.transaction() as s:
        delete_event(s, anna, mine)  # opened before the change: not deleted blindly
    with db.transaction() as s:
        fresh = read_event(s, anna, first)
        assert fresh is not None
        delete_event(s, anna, fresh)
        delete_event(s, boss, his)
    with db.transaction() as s:
        assert read_events(s, boss, EventScope(ALL_EMPLOYEES), *NOV) == []


def test_a_new_assignee_gets_the_reminder_again(db: Database) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    event_id = _create(db, anna, EventDraft("Call", NOON, anna.id, remind_minutes=0))
    with db.transaction() as s:
        dismiss_reminder(s, anna, event_id, NOON)
        entry = read_event(s, anna, event_id)
    assert entry is not None
    with db.transaction() as s:
        update_event(s, anna, entry, EventDraft("Call", NOON, pavel.id, remind_minutes=0), NOON)
    with db.transaction() as s:
        assert [r.event_id for r in due_reminders(s, pavel, NOON)] == [event_id]
