"""Calls the PBX split (a phone's own attended transfer) joined by a shared channel name:
the joining rules, and a consult already written as a call of its own folded in later."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector.chains import ChainJoiner
from app.calls.collector.legs import Leg
from models import CallStatus, CollectedLeg, CollectorWatermark
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import insert_rows
from tests.support.collector_support import pbx_databases
from tests.support.mariadb_server import MariaDBServer

T0 = datetime(2026, 11, 20, 10, 0)


def leg(linkedid: str, at: datetime, channel: str, dstchannel: str, duration: int = 60) -> Leg:
    return Leg(
        calldate=at,
        duration=duration,
        billsec=duration,
        disposition="ANSWERED",
        src="",
        dst="",
        dcontext="",
        channel=channel,
        dstchannel=dstchannel,
        lastapp="Dial",
        lastdata="",
        uniqueid=f"{linkedid}-{channel}",
        linkedid=linkedid,
        sequence=1,
    )


def test_calls_sharing_a_channel_while_up_are_one_and_the_first_keeps_its_id() -> None:
    joiner = ChainJoiner()
    customer = leg("A", T0, "PJSIP/trunk-01", "PJSIP/101-02", 90)
    consult = leg("B", T0 + timedelta(seconds=40), "PJSIP/101-03", "PJSIP/102-04", 30)
    joining = leg("A", T0 + timedelta(seconds=70), "PJSIP/trunk-01", "PJSIP/102-04", 60)
    legs, joined = joiner.join([consult, customer])
    assert joined == {} and {x.linkedid for x in legs} == {"A", "B"}
    legs, joined = joiner.join([joining])
    assert joined == {} and legs[0].linkedid == "A"
    # A later batch re-reading the consult relabels it (and says so every time).
    legs, joined = joiner.join([consult])
    assert joined == {"B": "A"} and legs[0].linkedid == "A"
    assert joiner.join([consult])[1] == {"B": "A"}


def test_a_channel_name_repeated_after_a_restart_joins_nothing() -> None:
    joiner = ChainJoiner()
    first = leg("A", T0, "PJSIP/trunk-01", "PJSIP/101-02", 60)
    hours_later = leg("C", T0 + timedelta(hours=3), "PJSIP/trunk-01", "PJSIP/103-09", 60)
    legs, joined = joiner.join([first, hours_later])
    assert joined == {} and [x.linkedid for x in legs] == ["A", "C"]


def test_local_plumbing_channels_never_join() -> None:
    joiner = ChainJoiner()
    a = leg("A", T0, "PJSIP/trunk-01", "Local/101@from-queue-05;1")
    b = leg("B", T0 + timedelta(seconds=5), "Local/101@from-queue-05;1", "PJSIP/trunk-07")
    assert joiner.join([a, b])[1] == {}


def test_forgetting_the_past_keeps_the_joins_of_recent_calls() -> None:
    joiner = ChainJoiner()
    old = leg("O", T0 - timedelta(hours=5), "PJSIP/trunk-00", "PJSIP/101-00")
    customer = leg("A", T0, "PJSIP/trunk-01", "PJSIP/102-04", 120)
    consult = leg("B", T0 + timedelta(seconds=30), "PJSIP/101-03", "PJSIP/102-04", 30)
    joiner.join([old, customer, consult])
    joiner.forget_before(T0 - timedelta(hours=1))
    assert joiner.root("B") == "A"
    assert joiner.join([consult])[1] == {"B": "A"}
    assert "O" not in joiner._started  # the old call is gone from memory


@pytest.mark.mariadb
def test_a_consult_written_alone_is_folded_into_the_call_it_joined(
    mariadb_server: MariaDBServer,
) -> None:
    at = NOW - timedelta(minutes=30)
    with clock.using(clock.FixedClock(NOW)), pbx_databases(mariadb_server) as pbx:
        caller, consult, joining = pbx.cdr.phone_attended_transfer(at, "+79161239876", "101", "102")
        pbx.cdr.rows[:] = [r for r in pbx.cdr.rows if r not in joining]
        pbx.flush()
        first = pbx.collect()
        assert first.calls_new == 2  # the consult looks like an internal call for now
        assert pbx.call(consult).direction == "internal"
        insert_rows(pbx.cdr_engine, joining)
        second = pbx.collect()
        calls = pbx.calls()
        assert [c.pbx_id for c in calls] == [f"main:{caller}"]
        call = calls[0]
        assert second.calls_rebuilt == 1
        assert call.status == CallStatus.ACCEPTED and call.transfer_count == 1
        assert [p.extension for p in call.parts] == ["101", "102", "102"]
        assert call.talk_seconds == 120
        with Session(pbx.engine) as session:
            linked = session.execute(
                select(CollectedLeg.linkedid, func.count()).group_by(CollectedLeg.linkedid)
            ).all()
        assert linked == [(caller, 3)]
        # Read again from scratch by a new collector: still one call, three legs.
        with Session(pbx.engine) as session, session.begin():
            session.execute(delete(CollectorWatermark))
        again = pbx.collect()
        assert (again.calls_new, again.calls_rebuilt) == (0, 0)
        assert [c.id for c in pbx.calls()] == [call.id]
