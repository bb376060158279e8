"""The worklist on both backends: collapse, countdown, closing by each kind of contact."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from app.callbacks import read_worklist
from app.callbacks.path import closed_text, explain_item
from app.callbacks.settings import CALLBACK_TARGET, END_OF_DAY, WORKING_HOURS
from app.callbacks.worklist import read_paths
from app.company_settings import put_setting
from app.database import Database
from models import Direction
from tests.app.callbacks.support import at, client, contact, missed, staff

NUMBER = "+79161110001"
OTHER = "+79161110002"


def test_repeated_attempts_collapse_newest_on_top(engine: Engine) -> None:
    db = Database(engine)
    ivanova, _petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"), wait=20, rang=((ivanova.id, 15),))
        missed(s, NUMBER, at("10:07"), wait=40)
        missed(s, NUMBER, at("10:20"), wait=25)
        missed(s, OTHER, at("10:10"), wait=10)
    with db.transaction() as s:
        items = read_worklist(s, at("10:30")).items
    assert [i.number for i in items] == [NUMBER, OTHER]
    first = items[0]
    assert first.attempt_count == 3
    assert (first.first_at, first.last_at) == (at("10:00"), at("10:20"))
    assert first.total_wait_seconds == 85
    assert first.is_open and items[1].is_open


def test_countdown_to_target_and_overdue(engine: Engine) -> None:
    db = Database(engine)
    staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
        missed(s, OTHER, at("10:25"))
    with db.transaction() as s:
        worklist = read_worklist(s, at("10:40"))  # the default target: 30 minutes
    by_number = {i.number: i for i in worklist.items}
    assert by_number[NUMBER].remaining(at("10:40")) == timedelta(minutes=-10)
    assert by_number[NUMBER].overdue(at("10:40"))
    assert by_number[OTHER].remaining(at("10:40")) == timedelta(minutes=15)
    assert worklist.overdue_count(at("10:40")) == 1
    assert worklist.overdue_count(at("10:56")) == 2


def test_end_of_working_day_target(engine: Engine) -> None:
    db = Database(engine)
    staff(db)
    with db.transaction() as s:
        put_setting(s, CALLBACK_TARGET, END_OF_DAY)
        put_setting(s, WORKING_HOURS, "09:00-17:30")
        missed(s, NUMBER, at("16:00"))
    with db.transaction() as s:
        (item,) = read_worklist(s, at("16:10")).items
    assert item.deadline == at("17:30")
    assert not item.overdue(at("17:29")) and item.overdue(at("17:30"))


def test_answered_call_back_closes_and_says_by_whom(engine: Engine) -> None:
    db = Database(engine)
    ivanova, _petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
        missed(s, NUMBER, at("10:05"))
        contact(s, NUMBER, at("10:31"), ivanova.id)  # answered at 10:31:05
    with db.transaction() as s:
        (item,) = read_worklist(s, at("11:00")).items
    assert not item.is_open and item.minutes_to_close == 31
    assert str(closed_text(item)) == "closed by Ivanova Anna after 31 min"
    assert item.remaining(at("11:00")) is None and not item.overdue(at("11:00"))


def test_answered_incoming_call_from_the_number_closes(engine: Engine) -> None:
    db = Database(engine)
    _ivanova, petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
        contact(s, NUMBER, at("10:12"), petrov.id, direction=Direction.INCOMING)
    with db.transaction() as s:
        (item,) = read_worklist(s, at("11:00")).items
    assert item.closed_by is not None and item.closed_by.employee_name == "Petrov Pavel"


def test_another_number_of_the_same_client_closes(engine: Engine) -> None:
    db = Database(engine)
    ivanova, _ = staff(db)
    with db.transaction() as s:
        romashka = client(s, "Romashka", NUMBER, OTHER)
        missed(s, NUMBER, at("10:00"), client_id=romashka)
        contact(s, OTHER, at("10:20"), ivanova.id, client_id=romashka)
    with db.transaction() as s:
        (item,) = read_worklist(s, at("11:00")).items
    assert item.client_name == "Romashka"
    assert not item.is_open and item.minutes_to_close == 20


def test_number_registered_after_the_call_is_the_clients(engine: Engine) -> None:
    """A lost call from an unknown number whose owner is known today: a call with the
    client's other number closes it."""
    db = Database(engine)
    ivanova, _ = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))  # unknown at call time
        romashka = client(s, "Romashka", NUMBER, OTHER)
        contact(s, OTHER, at("10:40"), ivanova.id, client_id=romashka)
    with db.transaction() as s:
        (item,) = read_worklist(s, at("11:00")).items
    assert item.client_name == "Romashka" and not item.is_open


def test_unanswered_call_back_is_counted_and_leaves_it_open(engine: Engine) -> None:
    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
        contact(s, NUMBER, at("10:10"), ivanova.id, answered=False)
        contact(s, NUMBER, at("10:20"), petrov.id, answered=False)
    with db.transaction() as s:
        (item,) = read_worklist(s, at("10:30")).items
    assert item.is_open and len(item.callback_attempts) == 2


def test_an_attempt_after_the_close_opens_a_new_item(engine: Engine) -> None:
    db = Database(engine)
    ivanova, _ = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
        contact(s, NUMBER, at("10:10"), ivanova.id)
        missed(s, NUMBER, at("12:00"))
    with db.transaction() as s:
        items = read_worklist(s, at("12:05")).items
    assert [(i.is_open, i.first_at) for i in items] == [(True, at("12:00")), (False, at("10:00"))]


def test_other_clients_calls_and_yesterday_do_not_count(engine: Engine) -> None:
    db = Database(engine)
    ivanova, _ = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00") - timedelta(days=1))  # outside the same-day window
        missed(s, NUMBER, at("10:00"))
        contact(s, OTHER, at("10:05"), ivanova.id)  # another caller altogether
    with db.transaction() as s:
        (item,) = read_worklist(s, at("10:30")).items
    assert item.attempt_count == 1 and item.is_open


def test_path_in_words(engine: Engine) -> None:
    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        call = missed(s, NUMBER, at("10:00"), wait=45, rang=((ivanova.id, 20), (petrov.id, 15)))
        contact(s, NUMBER, at("10:10"), petrov.id, answered=False)
    with db.transaction() as s:
        (item,) = read_worklist(s, at("10:30")).items
        paths = read_paths(s, [call])
    words = [str(m) for m in explain_item(item, paths)]
    assert words == [
        "10:00: called, waited 45 s",
        "rang Ivanova Anna for 20 s, no answer",
        "rang Petrov Pavel for 15 s, no answer",
        "the caller hung up",
        "10:10: Petrov Pavel called back, no answer",
        "Still open: nobody has talked to the caller",
    ]
