"""The call-facts record's one constructor reads every shape a stored call comes in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, Table, insert, select

from app.calls.facts import CallFacts, CallSummary
from app.clients.caller_id import RecentCall
from app.clients.history import ClientCall
from app.journal.rows import JournalRow
from models import Call

CALLS: Table = Call.__table__  # type: ignore[assignment]
STARTED = datetime(2026, 3, 2, 9, 30)
RESOLVED = datetime(2026, 3, 2, 11, 0)


def test_a_call_being_written_has_no_resolution_yet() -> None:
    facts = CallFacts.from_row(
        {"direction": "in", "disposition": "no_answer", "number_known": 0, "started_at": STARTED}
    )
    assert facts == CallFacts("in", "no_answer", False, STARTED, None, None)


def test_a_mapping_with_every_column() -> None:
    row = {
        "direction": "out",
        "disposition": "busy",
        "number_known": 1,
        "started_at": STARTED,
        "resolved_at": RESOLVED,
        "dismissed_at": None,
        "comment": "ignored",
    }
    assert CallFacts.from_row(row) == CallFacts("out", "busy", True, STARTED, RESOLVED, None)


def test_a_result_row_and_its_mapping_give_the_same_facts(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(CALLS).values(
                started_at=STARTED,
                direction="in",
                disposition="no_answer",
                status="lost",
                external_number="+74951234567",
                number_known=False,
                dismissed_at=RESOLVED,
                ended_at=STARTED,
            )
        )
        row = conn.execute(select(CALLS)).one()
    expected = CallFacts("in", "no_answer", False, STARTED, None, RESOLVED)
    assert CallFacts.from_row(row) == expected
    assert CallFacts.from_row(row._mapping) == expected


def test_a_row_without_an_end_is_in_progress_one_without_the_column_is_not() -> None:
    """Issue 15: a stored call with no end is still going; a row that does not carry
    ``ended_at`` at all (a missed call being resolved) says nothing about it."""
    row = {"direction": "in", "disposition": "answered", "number_known": 1, "started_at": STARTED}
    assert CallFacts.from_row({**row, "ended_at": None}).in_progress
    assert not CallFacts.from_row({**row, "ended_at": STARTED}).in_progress
    assert not CallFacts.from_row(row).in_progress


def test_the_lists_of_calls_share_one_summary() -> None:
    assert RecentCall is CallSummary
    assert issubclass(ClientCall, CallSummary)
    assert issubclass(JournalRow, CallSummary)
