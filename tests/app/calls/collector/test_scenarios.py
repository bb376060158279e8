"""The collector on a real FreePBX ``cdr`` table (MariaDB): one scenario per kind of call,
each checked as the journal shows it, then the whole table collected again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector.run import Summary
from models import Call, CallStatus, CollectedLeg, CollectorWatermark
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import CLIENT_NUMBER, CONTACT_NUMBER
from tests.support.collector_support import Pbx, pbx_databases
from tests.support.mariadb_server import MariaDBServer

pytestmark = pytest.mark.mariadb

DAY = NOW.replace(hour=9, minute=0)
UNKNOWN = "+79161234567"


@dataclass
class World:
    pbx: Pbx
    calls: dict[str, str]  # scenario -> linkedid
    summary: Summary


@pytest.fixture(scope="module")
def world(mariadb_server: MariaDBServer) -> Iterator[World]:
    with clock.using(clock.FixedClock(NOW)), pbx_databases(mariadb_server) as pbx:
        c = pbx.cdr
        t = iter(DAY + timedelta(minutes=7 * i) for i in range(100))
        calls = {
            "incoming": c.incoming(next(t), UNKNOWN, "101", ring=8, talk=60, recording=True),
            "lost": c.incoming(next(t), "+79161230001", "102", ring=20, talk=0),
            "no_answer_client": c.incoming(next(t), CLIENT_NUMBER, "101", ring=15, talk=0),
            "contact": c.incoming(next(t), CONTACT_NUMBER, "103", talk=30),
            "missed_then": c.incoming(next(t), "+79161230002", "102", ring=25, talk=0),
            "callback": c.outgoing(next(t), "102", "89161230002", "ANSWERED", talk=45),
            "reached": c.outgoing(next(t), "101", "+74957654321", "ANSWERED", ring=7, talk=33),
            "unanswered": c.outgoing(next(t), "101", "+74957654322", "NO ANSWER", ring=30),
            "busy": c.outgoing(next(t), "103", "+74957654323", "BUSY", ring=2),
            "failed": c.outgoing(next(t), "103", "+74957654324", "FAILED", ring=1),
            "congestion": c.outgoing(next(t), "103", "+74957654325", "CONGESTION", ring=0),
            "cancelled": c.outgoing(next(t), "101", "+74957654326", "CANCEL", ring=9),
            "in_busy": c.incoming(next(t), CLIENT_NUMBER, "102", talk=0, unanswered="BUSY"),
            "in_congestion": c.incoming(
                next(t), CLIENT_NUMBER, "102", ring=0, talk=0, unanswered="CONGESTION"
            ),
            "in_busy_unknown": c.incoming(
                next(t), "+79161230010", "102", talk=0, unanswered="BUSY"
            ),
            "internal": c.internal(next(t), "101", "103", talk=30),
            "ring_group": c.ring_group(next(t), "+79161230003", ["101", "102", "103"], "102"),
            "queue": c.queue(
                next(t), "+79161230004", ["101", "102", "103"], "103", wait=40, recording=True
            ),
            "blind": c.blind_transfer(next(t), "+79161230005", "101", "102", talk1=30, talk2=50),
            "attended": c.attended_transfer(next(t), "+79161230006", "101", "102"),
            "attended_by_phone": c.phone_attended_transfer(next(t), "+79161230009", "101", "102")[
                0
            ],
            "ivr": c.ivr_hangup(next(t), "+79161230007"),
            "voicemail": c.voicemail(next(t), "+79161230008", "104"),
        }
        pbx.flush()
        summary = pbx.collect()
        yield World(pbx, calls, summary)


def _call(world: World, name: str) -> Call:
    return world.pbx.call(world.calls[name])


def test_one_call_per_logical_call(world: World) -> None:
    calls = world.pbx.calls()
    assert len(calls) == len(world.calls)
    assert {c.pbx_id for c in calls} == {f"main:{lid}" for lid in world.calls.values()}
    assert world.summary.calls_new == len(world.calls)
    assert world.summary.skipped == 0


def test_incoming_answered(world: World) -> None:
    call = _call(world, "incoming")
    assert (call.direction, call.disposition, call.status) == ("in", "answered", "accepted")
    assert call.external_number == UNKNOWN
    assert call.started_at == DAY
    assert call.answered_at == DAY + timedelta(seconds=8)
    assert (call.wait_seconds, call.talk_seconds, call.transfer_count) == (8, 60, 0)
    assert call.employee_id == world.pbx.ids["101"]
    assert not call.number_known and call.client_id is None
    assert call.source == "pbx"
    [part] = call.parts
    assert part.extension == "101" and part.employee_id == world.pbx.ids["101"]
    assert part.recording_ref is not None
    assert part.recording_ref.startswith("2026/11/20/in-101-")
    assert world.pbx.participants(call.id) == {world.pbx.ids["101"]}


def test_missed_from_unknown_number_is_lost(world: World) -> None:
    call = _call(world, "lost")
    assert (call.direction, call.disposition, call.status) == ("in", "no_answer", "lost")
    assert call.answered_at is None and call.wait_seconds == 20 and call.talk_seconds == 0
    assert call.employee_id == world.pbx.ids["102"]
    assert [p.disposition for p in call.parts] == ["no_answer"]


def test_missed_from_client_is_no_answer_with_client_and_manager(world: World) -> None:
    call = _call(world, "no_answer_client")
    assert call.status == CallStatus.NO_ANSWER
    assert call.number_known and call.client_id == world.pbx.ids["client"]
    assert call.responsible_id == world.pbx.ids["104"]
    assert call.contact_id is None


def test_contact_person_number_links_the_contact(world: World) -> None:
    call = _call(world, "contact")
    assert call.status == CallStatus.ACCEPTED
    assert (call.client_id, call.contact_id) == (world.pbx.ids["client"], world.pbx.ids["contact"])


def test_missed_then_called_back_is_resolved(world: World) -> None:
    missed, callback = _call(world, "missed_then"), _call(world, "callback")
    assert callback.external_number == "+79161230002"  # dialled as 8916..., stored in E.164
    assert callback.status == CallStatus.REACHED
    assert missed.resolved_by_call_id == callback.id
    assert missed.resolved_at == callback.answered_at
    assert missed.status == CallStatus.NO_ANSWER  # not lost: called back the same day


@pytest.mark.parametrize(
    ("name", "disposition", "status", "talk"),
    [
        ("reached", "answered", "reached", 33),
        ("unanswered", "no_answer", "unanswered", 0),  # not "cancelled" (issue 15)
        ("busy", "busy", "busy", 0),
        ("failed", "failed", "failed", 0),
        ("congestion", "congestion", "no_channels", 0),
        ("cancelled", "cancelled", "cancelled", 0),
    ],
)
def test_outgoing(world: World, name: str, disposition: str, status: str, talk: int) -> None:
    call = _call(world, name)
    assert (call.direction, call.disposition, call.status) == ("out", disposition, status)
    assert call.talk_seconds == talk
    assert call.employee_id is not None
    assert len(call.parts) == 1 and call.parts[0].employee_id == call.employee_id


@pytest.mark.parametrize(
    ("name", "disposition", "status"),
    [
        ("in_busy", "busy", "busy"),
        ("in_congestion", "congestion", "no_channels"),
        ("in_busy_unknown", "busy", "lost"),  # lost whatever made it end
    ],
)
def test_incoming_nobody_answered_says_how_it_ended(
    world: World, name: str, disposition: str, status: str
) -> None:
    call = _call(world, name)
    assert (call.direction, call.disposition, call.status) == ("in", disposition, status)


def test_internal(world: World) -> None:
    call = _call(world, "internal")
    assert (call.direction, call.status, call.external_number) == ("internal", "accepted", "103")
    assert call.employee_id == world.pbx.ids["101"]
    ids = world.pbx.ids
    assert world.pbx.participants(call.id) == {ids["101"], ids["103"]}


def test_ring_group_members_were_rung_not_missed(world: World) -> None:
    call = _call(world, "ring_group")
    assert call.status == CallStatus.ACCEPTED and call.employee_id == world.pbx.ids["102"]
    assert [(p.extension, p.disposition) for p in call.parts] == [
        ("101", "no_answer"),
        ("102", "answered"),
        ("103", "no_answer"),
    ]
    assert call.transfer_count == 0 and call.talk_seconds == 90 and call.wait_seconds == 12


def test_queue_three_members_rung_one_answers(world: World) -> None:
    call = _call(world, "queue")
    assert call.status == CallStatus.ACCEPTED and call.employee_id == world.pbx.ids["103"]
    # The Local/...;2 half of the answering member is no part of its own.
    assert [(p.extension, p.disposition) for p in call.parts] == [
        ("101", "no_answer"),
        ("102", "no_answer"),
        ("103", "answered"),
    ]
    assert (call.wait_seconds, call.talk_seconds) == (40, 120)
    # The queue's one recording file is on one part only.
    assert [p.recording_ref is not None for p in call.parts].count(True) == 1


def test_blind_transfer(world: World) -> None:
    call = _call(world, "blind")
    assert call.status == CallStatus.ACCEPTED and call.transfer_count == 1
    assert call.talk_seconds == 80 and call.employee_id == world.pbx.ids["101"]
    assert [p.extension for p in call.parts] == ["101", "102"]
    refs = [p.recording_ref for p in call.parts]
    assert all(refs) and len(set(refs)) == 2  # a recording per part
    ids = world.pbx.ids
    assert world.pbx.participants(call.id) == {ids["101"], ids["102"]}


def test_attended_transfer_three_rows_one_call(world: World) -> None:
    call = _call(world, "attended")
    assert call.status == CallStatus.ACCEPTED and call.transfer_count == 1
    # The customer talked 60 s to 101 (while 101 consulted, the customer was on hold in the
    # same leg) and 60 s to 102; the consult leg 101 -> 102 is not the customer's talk.
    assert call.talk_seconds == 120
    assert [p.extension for p in call.parts] == ["101", "102", "102"]


def test_attended_transfer_by_the_phone_is_one_call_too(world: World) -> None:
    """The consult has its own linkedid (SIP REFER with Replaces): joined by the channel
    the colleague's phone shares with the caller's call, not a call of its own."""
    call = _call(world, "attended_by_phone")
    assert call.status == CallStatus.ACCEPTED and call.transfer_count == 1
    assert call.talk_seconds == 120
    assert [p.extension for p in call.parts] == ["101", "102", "102"]


def test_ivr_hang_up_is_not_accepted(world: World) -> None:
    call = _call(world, "ivr")
    assert (call.direction, call.disposition, call.status) == ("in", "no_answer", "lost")
    assert call.parts == [] and call.employee_id is None


def test_voicemail_is_not_accepted(world: World) -> None:
    call = _call(world, "voicemail")
    assert (call.disposition, call.status) == ("no_answer", "lost")
    assert call.employee_id == world.pbx.ids["104"]
    assert [(p.extension, p.disposition) for p in call.parts] == [("104", "no_answer")]


def test_rerun_changes_nothing(world: World) -> None:
    before = [(c.id, c.status, c.resolved_by_call_id, len(c.parts)) for c in world.pbx.calls()]
    parts = world.pbx.part_count()
    with clock.using(clock.FixedClock(NOW + timedelta(minutes=1))):
        again = world.pbx.collect()
        # Even with the watermark gone the whole table is read again and nothing doubles.
        with Session(world.pbx.engine) as session, session.begin():
            session.execute(delete(CollectorWatermark))
        from_scratch = world.pbx.collect()
    assert (again.calls_new, again.calls_rebuilt) == (0, 0)
    assert from_scratch.rows > 0
    assert (from_scratch.calls_new, from_scratch.calls_rebuilt) == (0, 0)
    after = [(c.id, c.status, c.resolved_by_call_id, len(c.parts)) for c in world.pbx.calls()]
    assert after == before and world.pbx.part_count() == parts
    with Session(world.pbx.engine) as session:
        legs = session.scalar(select(func.count()).select_from(CollectedLeg))
    assert legs == from_scratch.rows


def test_times_are_whole_seconds(world: World) -> None:
    for call in world.pbx.calls():
        assert isinstance(call.started_at, datetime) and call.started_at.microsecond == 0
