"""The softphone's calls in the journal (both databases): only when it is the call source,
with the status by the rule, the client at call time, transfer parts, callback links; a
call that does not make sense writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.callbacks.worklist import read_worklist
from app.calls.joining import ABANDONED_AFTER, close_abandoned, close_stale
from app.calls.softphone_log import (
    SoftphoneCall,
    SoftphoneLeg,
    SoftphoneLogError,
    log_call,
    open_call,
)
from app.clients.numbers import owner_of
from app.company_settings import CALL_SOURCE, put_setting
from app.database import Database
from app.journal.query import JournalFilter, JournalRow, fetch_page
from app.staff import presence
from app.staff.auth import CurrentUser
from app.staff.presence import Report
from models import (
    Call,
    CallPart,
    CallParticipant,
    CallSource,
    CallStatus,
    CallSummary,
    Client,
    Phone,
    PresenceState,
    Role,
)
from tests.support.ui_support import user_with_role

DAY = datetime(2026, 11, 21, 0, 0)  # the day after the seeded calls
T = DAY + timedelta(hours=10)
LATER = DAY + timedelta(days=1)
UNKNOWN = "+79031112299"


pytestmark = pytest.mark.seed(calls=100, clients=20, employees=10, days=2, seed=11)


@pytest.fixture
def db(db: Database) -> Database:
    """The seeded database with the softphones as the call source."""
    database = db
    with database.transaction() as s:
        put_setting(s, CALL_SOURCE, "softphone")
        assert owner_of(s, UNKNOWN) is None
    return database


@pytest.fixture
def me(db: Database) -> CurrentUser:
    return user_with_role(db, Role.OPERATOR)


@pytest.fixture
def boss(db: Database) -> CurrentUser:
    return user_with_role(db, Role.SUPERVISOR)


def _journal(
    db: Database, viewer: CurrentUser, lost: bool = False, my_calls: bool = False
) -> list[JournalRow]:
    flt = JournalFilter(
        period_start=DAY, period_end=LATER, show_internal=True, lost=lost, my_calls=my_calls
    )
    with db.engine.connect() as conn:
        return fetch_page(conn, flt, viewer)


def _log(db: Database, call: SoftphoneCall, who: CurrentUser) -> int | None:
    with db.transaction() as s:
        moment = call.ended_at or call.started_at
        return log_call(s, call, who, now=moment + timedelta(seconds=1))


def _counts(db: Database) -> tuple[int, int, int]:
    with db.engine.connect() as conn:
        return tuple(  # type: ignore[return-value]
            conn.scalar(select(func.count()).select_from(t))
            for t in (Call, CallPart, CallParticipant)
        )


def _client_phone(db: Database) -> tuple[str, int, str, int | None]:
    with db.engine.connect() as conn:
        number, client_id, name, responsible = conn.execute(
            select(Phone.number, Client.id, Client.display_name, Client.responsible_id)
            .join(Client, Client.id == Phone.client_id)
            .where(Phone.contact_id.is_(None))
            .order_by(Phone.id)
            .limit(1)
        ).one()
    return number, client_id, name, responsible


def _outgoing(number: str, start: datetime, outcome: str = "answered") -> SoftphoneCall:
    answered = outcome == "answered"
    return SoftphoneCall(
        direction="out",
        number=number,
        started_at=start,
        answered_at=start + timedelta(seconds=7) if answered else None,
        ended_at=start + timedelta(seconds=67 if answered else 20),
        hangup_by="employee",
        disposition=outcome,
    )


def test_nothing_is_logged_when_the_pbx_is_the_source(db: Database, me: CurrentUser) -> None:
    with db.transaction() as s:
        put_setting(s, CALL_SOURCE, "pbx")
    before = _counts(db)
    assert _log(db, _outgoing(UNKNOWN, T), me) is None
    assert _counts(db) == before


def test_outgoing_call_to_a_client_shows_in_the_journal(db: Database, me: CurrentUser) -> None:
    number, client_id, name, responsible = _client_phone(db)
    national = "8 (" + number[2:5] + ") " + number[5:8] + "-" + number[8:10] + "-" + number[10:]
    call_id = _log(db, _outgoing(national, T + timedelta(microseconds=250_000)), me)
    assert call_id is not None
    [row] = _journal(db, me)
    assert row.id == call_id
    assert (row.status, row.direction, row.number) == (CallStatus.REACHED, "out", number)
    assert (row.client_id, row.client_name, row.number_known) == (client_id, name, True)
    assert row.responsible_id == responsible
    assert (row.started_at, row.wait_seconds, row.talk_seconds) == (T, 7, 60)
    assert (row.employee_id, row.hangup_by, row.transfer_count) == (me.id, "employee", 0)
    assert row.participant_names == (me.full_name,)
    with db.engine.connect() as conn:
        call = conn.execute(select(Call.source, Call.pbx_id).where(Call.id == call_id)).one()
        parts = conn.execute(
            select(
                CallPart.seq, CallPart.employee_id, CallPart.extension, CallPart.talk_seconds
            ).where(CallPart.call_id == call_id)
        ).all()
    assert tuple(call) == (CallSource.SOFTPHONE.value, None)
    assert [tuple(p) for p in parts] == [(1, me.id, me.extension, 60)]


def test_a_call_answered_within_its_first_second_is_logged(db: Database, me: CurrentUser) -> None:
    """Times carry fractions until they are stored: rounding only the answer would put it
    before the (unrounded) start and refuse the call."""
    start = T + timedelta(microseconds=600_000)
    call = SoftphoneCall(
        direction="out",
        number=UNKNOWN,
        started_at=start,
        answered_at=start + timedelta(microseconds=300_000),
        ended_at=start + timedelta(seconds=30),
        hangup_by="employee",
        disposition="answered",
    )
    call_id = _log(db, call, me)
    assert call_id is not None
    [row] = _journal(db, me)
    assert (row.id, row.started_at, row.wait_seconds, row.talk_seconds) == (call_id, T, 0, 30)


@pytest.mark.parametrize(
    ("direction", "outcome", "status"),
    [
        ("out", "busy", CallStatus.BUSY),
        ("out", "failed", CallStatus.FAILED),
        ("out", "cancelled", CallStatus.CANCELLED),
        ("out", "no_answer", CallStatus.UNANSWERED),  # not "cancelled" (issue 15)
        ("out", "no_channels", CallStatus.NO_CHANNELS),
        ("out", "rejected", CallStatus.REJECTED),
        ("in", "cancelled", CallStatus.LOST),  # the caller gave up: missed, unknown number
        ("in", "rejected", CallStatus.LOST),  # lost whatever made it end
        ("in", "answered", CallStatus.ACCEPTED),
    ],
)
def test_status_follows_the_rule(
    db: Database, me: CurrentUser, direction: str, outcome: str, status: CallStatus
) -> None:
    call = _outgoing(UNKNOWN, T, outcome)
    call.direction = direction
    call_id = _log(db, call, me)
    [row] = _journal(db, me)
    assert (row.id, row.status, row.first_contact) == (call_id, status, True)


def test_a_callback_resolves_the_missed_call(db: Database, me: CurrentUser) -> None:
    missed = SoftphoneCall(
        direction="in",
        number=UNKNOWN,
        started_at=T,
        ended_at=T + timedelta(seconds=25),
        disposition="cancelled",
        hangup_by="client",
    )
    missed_id = _log(db, missed, me)
    [row] = _journal(db, me, lost=True)
    assert (row.id, row.status, row.needs_attention) == (missed_id, CallStatus.LOST, True)

    # A failed attempt resolves nothing; the answered callback the same day does.
    _log(db, _outgoing(UNKNOWN, T + timedelta(hours=1), "busy"), me)
    assert [r.id for r in _journal(db, me, lost=True)] == [missed_id]
    callback = _outgoing(UNKNOWN, T + timedelta(hours=2))
    callback_id = _log(db, callback, me)
    assert missed_id is not None and callback_id is not None
    assert _journal(db, me, lost=True) == []
    rows = {r.id: r for r in _journal(db, me)}
    assert set(rows) == {missed_id, callback_id, callback_id - 1}
    assert rows[missed_id].status == CallStatus.NO_ANSWER
    assert rows[missed_id].resolved_by_call_id == callback_id
    assert rows[missed_id].resolved_at == callback.answered_at
    assert rows[missed_id].resolved_by_name == me.full_name
    assert not rows[missed_id].needs_attention
    assert rows[callback_id].status == CallStatus.REACHED


def test_a_callback_the_next_day_leaves_the_call_lost(db: Database, me: CurrentUser) -> None:
    missed_id = _log(
        db,
        SoftphoneCall("in", UNKNOWN, T, T + timedelta(seconds=9), "no_answer"),
        me,
    )
    callback_id = _log(db, _outgoing(UNKNOWN, LATER + timedelta(hours=9)), me)
    assert _journal(db, me, lost=True)[0].id == missed_id
    with db.engine.connect() as conn:
        row = conn.execute(
            select(Call.status, Call.resolved_by_call_id).where(Call.id == missed_id)
        ).one()
    assert tuple(row) == (CallStatus.LOST.value, callback_id)


def test_transfer_legs_become_parts_and_participants(
    db: Database, me: CurrentUser, boss: CurrentUser
) -> None:
    number, client_id, _, _ = _client_phone(db)
    assert boss.extension
    call = SoftphoneCall(
        direction="in",
        number=number,
        started_at=T,
        answered_at=T + timedelta(seconds=5),
        ended_at=T + timedelta(seconds=185),
        disposition="answered",
        hangup_by="client",
        legs=[
            SoftphoneLeg(
                me.extension or "", T, T + timedelta(seconds=5), T + timedelta(seconds=65)
            ),
            SoftphoneLeg(
                boss.extension,
                T + timedelta(seconds=65),
                T + timedelta(seconds=70),
                T + timedelta(seconds=185),
            ),
        ],
    )
    call_id = _log(db, call, me)
    [row] = _journal(db, me)
    assert (row.id, row.status, row.transfer_count, row.client_id) == (
        call_id,
        CallStatus.ACCEPTED,
        1,
        client_id,
    )
    assert (row.wait_seconds, row.talk_seconds) == (5, 180)
    assert row.participant_names == (me.full_name, boss.full_name)
    with db.engine.connect() as conn:
        parts = conn.execute(
            select(CallPart.seq, CallPart.employee_id, CallPart.talk_seconds, CallPart.disposition)
            .where(CallPart.call_id == call_id)
            .order_by(CallPart.seq)
        ).all()
    assert [tuple(p) for p in parts] == [
        (1, me.id, 60, "answered"),
        (2, boss.id, 115, "answered"),
    ]
    # The transfer target finds the call among "my calls".
    assert [r.id for r in _journal(db, boss, my_calls=True)] == [call_id]


def test_an_extension_makes_an_internal_call(
    db: Database, me: CurrentUser, boss: CurrentUser
) -> None:
    assert boss.extension
    call_id = _log(db, _outgoing(boss.extension, T), me)
    [row] = _journal(db, me)
    assert (row.id, row.direction, row.number, row.status) == (
        call_id,
        "internal",
        boss.extension,
        CallStatus.ACCEPTED,
    )
    assert row.client_id is None and not row.first_contact
    assert row.participant_names == (me.full_name, boss.full_name)
    assert [r.id for r in _journal(db, boss, my_calls=True)] == [call_id]
    # The colleague's softphone received it: the placing side logged it already.
    received = _outgoing(me.extension or "", T)
    received.direction = "in"
    before = _counts(db)
    assert _log(db, received, boss) is None
    assert _counts(db) == before


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"ended_at": T - timedelta(seconds=1)}, "ends .* before it starts"),
        ({"number": "позвони мне"}, "not a phone number"),
        ({"number": "+7 12"}, "not a valid phone number"),
        ({"number": ""}, "empty"),
        ({"disposition": "hung"}, "'hung' is not a valid outcome"),
        ({"direction": "sideways"}, "'sideways' is not a valid direction"),
        ({"hangup_by": "cat"}, "'cat' is not a valid hang-up side"),
        ({"answered_at": None}, "needs the time it was answered"),
        ({"answered_at": T - timedelta(seconds=1)}, "answered .* outside"),
        (
            {
                "started_at": LATER + timedelta(hours=1),
                "answered_at": LATER + timedelta(hours=1),
                "ended_at": LATER + timedelta(hours=2),
            },
            "in the future",
        ),
        (
            {"legs": [SoftphoneLeg("101", T, None, T - timedelta(seconds=3))]},
            "ends .* before it starts",
        ),
    ],
)
def test_a_call_that_makes_no_sense_writes_nothing(
    db: Database, me: CurrentUser, change: dict[str, object], error: str
) -> None:
    call = _outgoing(UNKNOWN, T)
    for name, value in change.items():
        setattr(call, name, value)
    before = _counts(db)
    with pytest.raises(SoftphoneLogError, match=error), db.transaction() as s:
        log_call(s, call, me, now=LATER)
    assert _counts(db) == before
    assert _journal(db, me) == []


def _ring(start: datetime, outcome: str, end: datetime | None, answered: bool) -> SoftphoneCall:
    return SoftphoneCall(
        direction="in",
        number=UNKNOWN,
        started_at=start,
        answered_at=start + timedelta(seconds=4) if answered else None,
        ended_at=end,
        hangup_by="client",
        disposition=outcome,
    )


@pytest.mark.parametrize("rung_first", [True, False])
def test_legs_of_one_caller_at_the_same_time_are_one_call(
    db: Database, me: CurrentUser, boss: CurrentUser, rung_first: bool
) -> None:
    """A ring group: my phone rang, the colleague (here the supervisor's softphone)
    answered; whichever CallDesk writes first, the journal gets one call."""
    rung = _ring(T, "answered_elsewhere", T + timedelta(seconds=5), answered=False)
    live = _ring(T + timedelta(seconds=1), "answered", None, answered=True)
    with db.transaction() as s:
        if rung_first:
            first = log_call(s, rung, me, now=T + timedelta(seconds=6))
        opened = open_call(s, live, boss, now=T + timedelta(seconds=6))
        if not rung_first:
            first = log_call(s, rung, me, now=T + timedelta(seconds=6))
    assert first == opened
    with db.engine.connect() as conn:
        live_call = conn.execute(select(Call).where(Call.id == opened)).one()
    assert live_call.ended_at is None and live_call.employee_id == boss.id
    done = replace(live, ended_at=T + timedelta(seconds=65))
    with db.transaction() as s:
        assert log_call(s, done, boss, now=T + timedelta(seconds=66), opened=opened) == opened
    with db.transaction() as s:
        call = s.get(Call, opened)
        assert call is not None
        parts = sorted((p.employee_id, p.disposition, p.talk_seconds) for p in call.parts)
        people = set(
            s.scalars(select(CallParticipant.employee_id).where(CallParticipant.call_id == opened))
        )
        assert (call.status, call.employee_id, call.hangup_by) == (
            CallStatus.ACCEPTED.value,
            boss.id,
            "client",
        )
        assert (call.started_at, call.ended_at, call.talk_seconds) == (
            T,
            T + timedelta(seconds=65),
            60,
        )
        assert call.wait_seconds == 5
        assert parts == sorted([(boss.id, "answered", 60), (me.id, "no_answer", 0)])
        assert people == {me.id, boss.id}
        assert (
            s.scalar(select(func.count()).select_from(Call).where(Call.external_number == UNKNOWN))
            == 1
        )


def test_a_later_call_of_the_same_caller_is_a_call_of_its_own(
    db: Database, me: CurrentUser, boss: CurrentUser
) -> None:
    with db.transaction() as s:
        first = log_call(
            s,
            _ring(T, "cancelled", T + timedelta(seconds=9), False),
            me,
            now=T + timedelta(minutes=1),
        )
        second = log_call(
            s,
            _ring(T + timedelta(minutes=3), "answered", T + timedelta(minutes=4), True),
            boss,
            now=T + timedelta(minutes=5),
        )
        again = log_call(
            s,
            _ring(T + timedelta(minutes=6), "cancelled", T + timedelta(minutes=7), False),
            me,
            now=T + timedelta(minutes=8),
        )
    assert len({first, second, again}) == 3


def test_a_call_left_open_by_a_crashed_softphone_is_ended_when_it_starts_again(
    db: Database, me: CurrentUser
) -> None:
    live = _ring(T, "answered", None, answered=True)
    with db.transaction() as s:
        opened = open_call(s, live, me, now=T + timedelta(seconds=6))
        assert opened is not None
    with db.transaction() as s:
        assert close_abandoned(s, me.id) == [opened]
    with db.transaction() as s:
        call = s.get(Call, opened)
        assert call is not None
        assert (call.ended_at, call.talk_seconds, call.status) == (
            T + timedelta(seconds=4),
            0,
            CallStatus.ACCEPTED.value,
        )
        assert [p.ended_at for p in call.parts] == [T + timedelta(seconds=4)]
        assert close_abandoned(s, me.id) == []  # nothing left open


def _counted(db: Database) -> int:
    """Calls the report summaries count on the test's day."""
    with db.engine.connect() as conn:
        return int(
            conn.scalar(
                select(func.coalesce(func.sum(CallSummary.calls), 0)).where(
                    CallSummary.hour_start >= DAY, CallSummary.hour_start < LATER
                )
            )
            or 0
        )


def test_a_call_being_talked_is_in_progress_live_and_never_counted_until_it_ends(
    db: Database, me: CurrentUser
) -> None:
    """Issue 15: the journal shows a call still going as "in progress"; reports count it
    once it ends, with its final status."""
    live = _ring(T, "answered", None, answered=True)
    with db.transaction() as s:
        opened = open_call(s, live, me, now=T + timedelta(seconds=6))
    assert opened is not None
    [row] = _journal(db, me)
    assert (row.id, row.status, row.needs_attention) == (opened, CallStatus.IN_PROGRESS, False)
    assert _counted(db) == 0
    done = replace(live, ended_at=T + timedelta(seconds=64))
    with db.transaction() as s:
        assert log_call(s, done, me, now=T + timedelta(seconds=65), opened=opened) == opened
    [row] = _journal(db, me)
    assert (row.id, row.status, row.talk_seconds) == (opened, CallStatus.ACCEPTED, 60)
    assert _counted(db) == 1


def _online(db: Database, who: CurrentUser, at: datetime) -> None:
    """``who``'s softphone reports itself (its heartbeat on the operators board)."""
    with db.engine.begin() as conn:
        presence.report(conn, who.id, "desk", Report(PresenceState.READY, at), now=at)


def _handed_over(me: CurrentUser, boss: CurrentUser, direction: str = "in") -> SoftphoneCall:
    """My call, transferred to the boss 60 s after my answer; my leg ends at the hand-over,
    the boss's leg as I saw it (the target accepted, its end unknown here)."""
    assert boss.extension
    moment = T + timedelta(seconds=65)
    return SoftphoneCall(
        direction=direction,
        number=UNKNOWN,
        started_at=T,
        answered_at=T + timedelta(seconds=5),
        ended_at=moment + timedelta(seconds=1),
        disposition="answered",
        hangup_by="employee",
        legs=[
            SoftphoneLeg(me.extension or "", T, T + timedelta(seconds=5), moment, me.id),
            SoftphoneLeg(boss.extension, moment, moment, moment, handed_over=True),
        ],
    )


def _parts_of(db: Database, call_id: int) -> list[tuple[int | None, int, bool]]:
    with db.engine.connect() as conn:
        return [
            (p.employee_id, p.talk_seconds, p.ended_at is not None)
            for p in conn.execute(
                select(CallPart).where(CallPart.call_id == call_id).order_by(CallPart.seq)
            )
        ]


@pytest.mark.parametrize("direction", ["in", "out"])
def test_a_transfer_target_with_calldesk_writes_its_own_leg_with_its_real_talk(
    db: Database, me: CurrentUser, boss: CurrentUser, direction: str
) -> None:
    """Issue 15: the target's CallDesk is online, so mine leaves the target's leg out; the
    target's leg joins my call (whatever its direction) with its own talk time."""
    live = replace(_handed_over(me, boss, direction), ended_at=None, legs=[], hangup_by=None)
    with db.transaction() as s:
        opened = open_call(s, live, me, now=T + timedelta(seconds=6))
    assert opened is not None
    _online(db, boss, T + timedelta(seconds=60))
    with db.transaction() as s:
        done = _handed_over(me, boss, direction)
        assert log_call(s, done, me, now=T + timedelta(seconds=67), opened=opened) == opened
    assert _parts_of(db, opened) == [(me.id, 60, True)]
    target = SoftphoneCall(
        direction="in",
        number=UNKNOWN,
        started_at=T + timedelta(seconds=64),
        answered_at=T + timedelta(seconds=66),
        ended_at=T + timedelta(seconds=306),
        disposition="answered",
        hangup_by="client",
        transferred=True,
    )
    with db.transaction() as s:
        assert log_call(s, target, boss, now=T + timedelta(seconds=307)) == opened
    assert _parts_of(db, opened) == [(me.id, 60, True), (boss.id, 240, True)]
    with db.engine.connect() as conn:
        call = conn.execute(select(Call).where(Call.id == opened)).one()
    assert (call.transfer_count, call.employee_id, call.talk_seconds) == (1, me.id, 301)
    assert (call.status, call.hangup_by, call.direction) == (
        CallStatus.REACHED if direction == "out" else CallStatus.ACCEPTED,
        "client",
        direction,
    )


def test_a_transfer_target_without_calldesk_gets_the_leg_as_seen_by_the_transferrer(
    db: Database, me: CurrentUser, boss: CurrentUser
) -> None:
    """No heartbeat from the target's softphone (a desk phone): my CallDesk writes the
    target's leg as it saw it, so the transfer is counted."""
    call_id = _log(db, _handed_over(me, boss), me)
    assert call_id is not None
    assert _parts_of(db, call_id) == [(me.id, 60, True), (boss.id, 0, True)]
    with db.engine.connect() as conn:
        assert conn.scalar(select(Call.transfer_count).where(Call.id == call_id)) == 1


def test_a_leg_that_rang_then_was_answered_is_one_part_in_progress(
    db: Database, me: CurrentUser
) -> None:
    ringing = _ring(T, "no_answer", None, answered=False)
    with db.transaction() as s:
        opened = open_call(s, ringing, me, now=T + timedelta(seconds=1))
    assert opened is not None
    assert _parts_of(db, opened) == [(me.id, 0, False)]
    [row] = _journal(db, me)
    assert (row.status, row.needs_attention) == (CallStatus.IN_PROGRESS, False)
    with db.engine.connect() as conn:  # still ringing: nobody has to call it back yet
        items = read_worklist(conn, T + timedelta(seconds=2)).items
        assert [i for i in items if i.number == UNKNOWN] == []
    answered = _ring(T, "answered", None, answered=True)
    with db.transaction() as s:
        assert open_call(s, answered, me, now=T + timedelta(seconds=5), opened=opened) == opened
    with db.engine.connect() as conn:
        call = conn.execute(select(Call).where(Call.id == opened)).one()
    assert (call.status, call.answered_at) == (CallStatus.IN_PROGRESS, T + timedelta(seconds=4))
    assert _parts_of(db, opened) == [(me.id, 0, False)]


def test_an_outgoing_call_dialled_then_busy_ends_busy(db: Database, me: CurrentUser) -> None:
    dialled = replace(_outgoing(UNKNOWN, T, "no_answer"), ended_at=None)
    with db.transaction() as s:
        opened = open_call(s, dialled, me, now=T + timedelta(seconds=1))
    assert opened is not None
    [row] = _journal(db, me)
    assert row.status == CallStatus.IN_PROGRESS
    with db.transaction() as s:
        busy = _outgoing(UNKNOWN, T, "busy")
        assert log_call(s, busy, me, now=T + timedelta(seconds=30), opened=opened) == opened
    [row] = _journal(db, me)
    assert (row.id, row.status) == (opened, CallStatus.BUSY)


def test_calls_left_open_by_a_silent_softphone_are_ended_by_another(
    db: Database, me: CurrentUser, boss: CurrentUser
) -> None:
    """Issue 15: a crashed softphone leaves its call in progress; once its heartbeat is
    minutes old, any running softphone ends it (not its own calls, not a live one's)."""
    with db.transaction() as s:
        mine = open_call(s, _ring(T, "answered", None, answered=True), me, now=T)
        bosses = open_call(
            s, replace(_ring(T, "answered", None, True), number="+79031112200"), boss, now=T
        )
    assert mine is not None and bosses is not None
    later = T + ABANDONED_AFTER + timedelta(seconds=30)
    _online(db, boss, later - timedelta(seconds=10))
    with db.transaction() as s:
        assert close_stale(s, T + timedelta(seconds=30)) == []  # fresh legs: maybe slow
        assert close_stale(s, later, alive=boss.id) == [mine]
        assert close_stale(s, later) == []  # the boss's softphone is alive
    assert _parts_of(db, mine) == [(me.id, 0, True)]
    assert _parts_of(db, bosses) == [(boss.id, 0, False)]
    with db.engine.connect() as conn:
        status = conn.scalar(select(Call.status).where(Call.id == mine))
    assert status == CallStatus.ACCEPTED
    # The crashed softphone came back after all and finishes its leg: no second part.
    done = _ring(T, "answered", T + timedelta(seconds=64), answered=True)
    with db.transaction() as s:
        assert log_call(s, done, me, now=later, opened=mine) == mine
    assert _parts_of(db, mine) == [(me.id, 60, True)]
