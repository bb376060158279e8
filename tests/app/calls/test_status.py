"""The status rule of DESIGN.md §4: the Python function and the SQL expression agree on a
real database, and both say what the design's table says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, Table, delete, insert, select

from app.calls.facts import CallFacts
from app.calls.status import (
    MISSED_STATUS_VALUES,
    call_status,
    needs_attention,
    needs_attention_sql,
    status_sql,
)
from models import Call, CallStatus, Direction, Disposition
from tests.conftest import BACKENDS, migrated_database

CALLS: Table = Call.__table__  # type: ignore[assignment]


@pytest.fixture(scope="module", params=BACKENDS)
def status_engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """One migrated database per backend for the whole module: examples clear the table."""
    with migrated_database(request, request.param) as engine:
        yield engine


def _row(facts: CallFacts) -> dict[str, Any]:
    return {
        "started_at": facts.started_at,
        "direction": facts.direction,
        "disposition": facts.disposition,
        "status": "",
        "number_known": facts.number_known,
        "resolved_at": facts.resolved_at,
        "dismissed_at": facts.dismissed_at,
        "ended_at": None if facts.in_progress else facts.started_at + timedelta(minutes=3),
        "external_number": "+79161234567",
    }


def evaluate_in_database(engine: Engine, facts: list[CallFacts]) -> list[tuple[str, Any]]:
    """(status, needs attention) as the database computes them, in the order given."""
    with engine.begin() as conn:
        conn.execute(delete(CALLS))
        ids = []
        for f in facts:
            result = conn.execute(insert(CALLS).values(_row(f)))
            assert result.inserted_primary_key is not None
            ids.append(result.inserted_primary_key[0])
        rows = dict(
            (row[0], (row[1], row[2]))
            for row in conn.execute(
                select(CALLS.c.id, status_sql(CALLS), needs_attention_sql(CALLS))
            )
        )
    return [rows[i] for i in ids]


# -- property: the two forms agree ------------------------------------------------------

WHOLE_SECONDS = st.integers(min_value=0, max_value=86399).map(lambda s: timedelta(seconds=s))
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def call_facts(draw: st.DrawFn) -> CallFacts:
    # The schema stores whole seconds (DATETIME); the app writes whole seconds.
    started = datetime.combine(draw(DAYS), time()) + draw(WHOLE_SECONDS)
    day_start = datetime.combine(started.date(), time())
    kind = draw(st.sampled_from(["none", "same day", "earlier in day", "later day", "earlier"]))
    resolved: datetime | None
    if kind == "none":
        resolved = None
    elif kind == "same day":
        resolved = started + timedelta(seconds=draw(st.integers(0, 86399)))
        resolved = min(resolved, day_start + timedelta(seconds=86399))
    elif kind == "earlier in day":
        resolved = day_start + timedelta(
            seconds=draw(st.integers(0, started.hour * 3600 + started.minute * 60))
        )
    elif kind == "later day":
        resolved = day_start + timedelta(days=draw(st.integers(1, 40))) + draw(WHOLE_SECONDS)
    else:
        resolved = day_start - timedelta(days=draw(st.integers(1, 3))) + draw(WHOLE_SECONDS)
    dismissed = draw(
        st.none() | st.integers(1, 7 * 86400).map(lambda s: started + timedelta(seconds=s))
    )
    return CallFacts(
        direction=draw(st.sampled_from([d.value for d in Direction])),
        disposition=draw(st.sampled_from([d.value for d in Disposition])),
        number_known=draw(st.booleans()),
        started_at=started,
        resolved_at=resolved,
        dismissed_at=dismissed,
        in_progress=draw(st.integers(0, 9)) == 0,  # a call still going now and then
    )


@settings(
    max_examples=60,
    deadline=None,
    # The autouse workstation fixture (tmp dirs, keyring) is harmless to share.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(batch=st.lists(call_facts(), min_size=1, max_size=25))
def test_sql_and_python_agree(status_engine: Engine, batch: list[CallFacts]) -> None:
    in_db = evaluate_in_database(status_engine, batch)
    for facts, (sql_status, sql_attention) in zip(batch, in_db, strict=True):
        assert sql_status == call_status(facts).value, facts
        assert sql_attention is not None, facts  # NULL would silently drop a row in a filter
        assert bool(sql_attention) == needs_attention(facts), facts


# -- examples straight from the design's table ------------------------------------------

DAY = datetime(2026, 11, 20)  # a Friday
AT_10 = DAY.replace(hour=10, minute=5)


def facts(
    direction: Direction,
    disposition: Disposition,
    *,
    known: bool = False,
    resolved_at: datetime | None = None,
    dismissed_at: datetime | None = None,
    in_progress: bool = False,
) -> CallFacts:
    return CallFacts(
        direction=direction.value,
        disposition=disposition.value,
        number_known=known,
        started_at=AT_10,
        resolved_at=resolved_at,
        dismissed_at=dismissed_at,
        in_progress=in_progress,
    )


IN, OUT = Direction.INCOMING, Direction.OUTGOING
ANSWERED, NO_ANSWER, BUSY, FAILED = (
    Disposition.ANSWERED,
    Disposition.NO_ANSWER,
    Disposition.BUSY,
    Disposition.FAILED,
)
REJECTED, CANCELLED, CONGESTION = (
    Disposition.REJECTED,
    Disposition.CANCELLED,
    Disposition.CONGESTION,
)
INTERNAL = Direction.INTERNAL
# (case, facts, expected status, expected "needs attention")
DESIGN_TABLE = [
    ("incoming answered", facts(IN, ANSWERED), CallStatus.ACCEPTED, False),
    ("incoming answered, client", facts(IN, ANSWERED, known=True), CallStatus.ACCEPTED, False),
    ("outgoing answered", facts(OUT, ANSWERED, known=True), CallStatus.REACHED, False),
    ("missed client", facts(IN, NO_ANSWER, known=True), CallStatus.NO_ANSWER, True),
    (
        "missed client, called back same day",
        facts(IN, NO_ANSWER, known=True, resolved_at=DAY.replace(hour=16)),
        CallStatus.NO_ANSWER,
        False,
    ),
    ("missed unknown number", facts(IN, NO_ANSWER), CallStatus.LOST, True),
    ("busy line, unknown number", facts(IN, BUSY), CallStatus.LOST, True),
    (
        "unknown, called back same evening",
        facts(IN, NO_ANSWER, resolved_at=DAY.replace(hour=18, minute=30)),
        CallStatus.NO_ANSWER,
        False,
    ),
    (
        "unknown, answered at 23:59:59 that day",
        facts(IN, NO_ANSWER, resolved_at=DAY.replace(hour=23, minute=59, second=59)),
        CallStatus.NO_ANSWER,
        False,
    ),
    (
        "unknown, answered only next morning",
        facts(IN, NO_ANSWER, resolved_at=DAY + timedelta(days=1, hours=9)),
        CallStatus.LOST,
        True,
    ),
    (
        "unknown, answered at midnight",
        facts(IN, NO_ANSWER, resolved_at=DAY + timedelta(days=1)),
        CallStatus.LOST,
        True,
    ),
    (
        "lost but mark removed",
        facts(IN, NO_ANSWER, dismissed_at=DAY.replace(hour=12)),
        CallStatus.LOST,
        False,
    ),
    (
        "missed client, mark removed",
        facts(IN, NO_ANSWER, known=True, dismissed_at=DAY.replace(hour=12)),
        CallStatus.NO_ANSWER,
        False,
    ),
    # Issue 15: a 408/480 no-answer is not "cancelled"; only our employee giving up is.
    ("outgoing not answered", facts(OUT, NO_ANSWER), CallStatus.UNANSWERED, False),
    (
        "outgoing to a client, no answer",
        facts(OUT, NO_ANSWER, known=True),
        CallStatus.UNANSWERED,
        False,
    ),
    ("outgoing, employee gave up", facts(OUT, CANCELLED), CallStatus.CANCELLED, False),
    ("outgoing busy", facts(OUT, BUSY, known=True), CallStatus.BUSY, False),
    ("outgoing failed", facts(OUT, FAILED), CallStatus.FAILED, False),
    ("outgoing, no free channels", facts(OUT, CONGESTION), CallStatus.NO_CHANNELS, False),
    ("outgoing, callee declined", facts(OUT, REJECTED), CallStatus.REJECTED, False),
    # Incoming: "lost" keeps its meaning whatever made the call end; otherwise how it ended.
    ("client rejected by the operator", facts(IN, REJECTED, known=True), CallStatus.REJECTED, True),
    ("unknown rejected by the operator", facts(IN, REJECTED), CallStatus.LOST, True),
    (
        "unknown rejected, called back same day",
        facts(IN, REJECTED, resolved_at=DAY.replace(hour=11)),
        CallStatus.REJECTED,
        False,
    ),
    ("client, busy line", facts(IN, BUSY, known=True), CallStatus.BUSY, True),
    ("client, no free channels", facts(IN, CONGESTION, known=True), CallStatus.NO_CHANNELS, True),
    ("client, network failed", facts(IN, FAILED, known=True), CallStatus.FAILED, True),
    ("client gave up", facts(IN, CANCELLED, known=True), CallStatus.NO_ANSWER, True),
    ("internal, rejected", facts(INTERNAL, REJECTED), CallStatus.REJECTED, False),
    ("internal, nobody answered", facts(INTERNAL, NO_ANSWER), CallStatus.NO_ANSWER, False),
    # A call still going: in progress, never a missed one yet.
    ("incoming being talked", facts(IN, ANSWERED, in_progress=True), CallStatus.IN_PROGRESS, False),
    (
        "outgoing being talked",
        facts(OUT, ANSWERED, in_progress=True),
        CallStatus.IN_PROGRESS,
        False,
    ),
    (
        "unknown, still ringing",
        facts(IN, NO_ANSWER, in_progress=True),
        CallStatus.IN_PROGRESS,
        False,
    ),
]


def test_missed_statuses_are_the_incoming_unanswered_ones() -> None:
    """The reports' and journal's "missed" (a set of statuses) is exactly "incoming and
    not answered" (the dispositions), whatever the number and the callbacks."""
    for disposition in Disposition:
        for known in (False, True):
            status = call_status(facts(IN, disposition, known=known))  # finished calls
            missed = status.value in MISSED_STATUS_VALUES
            assert missed is (disposition != ANSWERED), (disposition, known)


@pytest.mark.parametrize(
    ("case", "call", "status", "attention"), DESIGN_TABLE, ids=[c[0] for c in DESIGN_TABLE]
)
def test_design_table_in_python(
    case: str, call: CallFacts, status: CallStatus, attention: bool
) -> None:
    assert call_status(call) is status
    assert needs_attention(call) is attention


def test_design_table_in_sql(status_engine: Engine) -> None:
    in_db = evaluate_in_database(status_engine, [c[1] for c in DESIGN_TABLE])
    for (case, _, status, attention), (sql_status, sql_attention) in zip(
        DESIGN_TABLE, in_db, strict=True
    ):
        assert (sql_status, bool(sql_attention)) == (status.value, attention), case
