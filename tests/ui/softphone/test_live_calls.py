"""Calls in progress from the softphone, both databases, real pjsua2 against SIPp: a call is
in the journal "in progress" from the moment it rings here or is dialled (not only once an
incoming one is answered), takes its final status when it ends, and a call left in progress
by a softphone that crashed is ended by any softphone still running."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import clock
from app.config import WorkstationSettings
from app.database import Database
from app.staff.auth import CurrentUser
from models import Call, CallPart, CallStatus, Client, Phone, Role
from softphone.audio import MemoryAudioDevice
from softphone.state import CallState
from tests.support.colleague import Colleague, operators
from tests.support.sipp import SippPeer, free_udp_port, rendered_scenario
from tests.support.softphone_support import (
    account,
    calls_with_number,
    softphone_source_database,
    wait_until,
)
from tests.support.ui_support import user_with_role
from ui.softphone.session import SoftphoneSession

pytestmark = pytest.mark.usefixtures("qapp")
NUMBER = "+79991234567"  # nobody's number in the seeded database
SLOW = 60.0  # a loaded shared machine: waits end when their condition holds


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    yield from softphone_source_database(db_url)


@pytest.fixture
def me(db: Database) -> CurrentUser:
    return user_with_role(db, Role.OPERATOR)


def calls_with(db: Database, number: str) -> list[Call]:
    return calls_with_number(db, number)


def one_call(db: Database, number: str, **wanted: Any) -> Call | None:
    """The number's one call once it has every ``wanted`` attribute value (None yet)."""
    calls = calls_with(db, number)
    if len(calls) == 1 and all(getattr(calls[0], k) == v for k, v in wanted.items()):
        return calls[0]
    return None


@dataclass(frozen=True)
class Dialled:
    scenario: str
    code: str = ""
    reason: str = ""
    answered: bool = False
    rings_until_we_hang_up: bool = False


OUTGOING = {
    "we give up while it rings": (
        Dialled("uas_ring_cancelled.xml", rings_until_we_hang_up=True),
        CallStatus.CANCELLED,
    ),
    "answered, we hang up": (Dialled("uas_answer.xml", answered=True), CallStatus.REACHED),
    "busy": (Dialled("uas_refuse.xml", "486", "Busy Here"), CallStatus.BUSY),
}


@pytest.mark.parametrize(("case", "final"), OUTGOING.values(), ids=OUTGOING.keys())
def test_an_outgoing_call_is_in_progress_while_dialled_and_talked_then_final(
    tmp_path: Path, db: Database, me: CurrentUser, case: Dialled, final: CallStatus
) -> None:
    scenario = (
        rendered_scenario(case.scenario, tmp_path, code=case.code, reason=case.reason)
        if case.code
        else case.scenario
    )
    peer = SippPeer(scenario, tmp_path / "uas").start()
    session = SoftphoneSession(db, me, WorkstationSettings(), audio_device=MemoryAudioDevice())
    try:
        assert session.start(account(peer.port, register=False))
        phone = session.phone
        key = session.dial(NUMBER)
        if case.rings_until_we_hang_up:
            wait_until(phone, lambda: phone.call(key).state is CallState.RINGING, SLOW)
            live = wait_until(phone, lambda: one_call(db, NUMBER), SLOW)
            assert (live.status, live.direction, live.answered_at, live.ended_at) == (
                CallStatus.IN_PROGRESS.value,
                "out",
                None,
                None,
            )
            assert live.employee_id == me.id
            phone.hangup(key)
        if case.answered:
            live = wait_until(
                phone, lambda: [c for c in calls_with(db, NUMBER) if c.answered_at], SLOW
            )[0]
            assert (live.status, live.ended_at) == (CallStatus.IN_PROGRESS.value, None)
            assert phone.call(key).state is CallState.CONNECTED  # still talking
            phone.hangup(key)
        wait_until(phone, lambda: not peer.running(), SLOW)
        assert peer.wait(5) == 0, peer.errors()
        done = wait_until(phone, lambda: one_call(db, NUMBER, status=final.value), SLOW)
    finally:
        peer.stop()
        session.shutdown()
    assert done.ended_at is not None and done.employee_id == me.id
    assert (done.answered_at is not None) is case.answered
    with db.transaction() as s:
        parts = s.scalars(select(CallPart).where(CallPart.call_id == done.id)).all()
        assert [(p.employee_id, p.ended_at is not None) for p in parts] == [(me.id, True)]


def a_client_number(db: Database) -> str:
    with db.transaction() as s:
        return str(
            s.scalars(
                select(Phone.number)
                .join(Client, Client.id == Phone.client_id)
                .order_by(Phone.id)
                .limit(1)
            ).one()
        )


def test_an_incoming_call_is_in_progress_while_it_rings_then_rejected(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    number = a_client_number(db)
    session = SoftphoneSession(db, me, WorkstationSettings(), audio_device=MemoryAudioDevice())
    assert session.start(account(free_udp_port(), register=False))
    phone = session.phone
    peer = SippPeer(
        "uac_rejected.xml",
        tmp_path / "uac",
        remote=phone.local_address(),
        variables={"caller": number},
    ).start()
    try:
        view = wait_until(phone, lambda: next(iter(session.calls()), None), SLOW)
        live = wait_until(phone, lambda: one_call(db, number), SLOW)
        assert (live.status, live.direction, live.answered_at) == (
            CallStatus.IN_PROGRESS.value,
            "in",
            None,
        )
        assert phone.call(view.id).state is CallState.INCOMING  # it still rings here
        session.reject(view.id)
        wait_until(phone, lambda: not peer.running(), SLOW)
        assert peer.wait(5) == 0, peer.errors()
        done = wait_until(
            phone, lambda: one_call(db, number, status=CallStatus.REJECTED.value), SLOW
        )
    finally:
        peer.stop()
        session.shutdown()
    assert done.ended_at is not None and done.answered_at is None


def test_a_call_left_in_progress_by_a_crashed_softphone_is_ended_by_a_running_one(
    tmp_path: Path, db: Database, db_url: str
) -> None:
    crashing, me = operators(db)
    session = SoftphoneSession(db, me, WorkstationSettings(), audio_device=MemoryAudioDevice())
    assert session.start(account(free_udp_port(), register=False))
    colleague = Colleague(db_url, crashing.id)
    peer: SippPeer | None = None
    phone = session.phone
    try:
        address = wait_until(phone, lambda: colleague.said("address"), SLOW)
        peer = SippPeer(
            "uac_invite.xml", tmp_path / "uac", remote=address, variables={"caller": NUMBER}
        ).start()
        wait_until(phone, lambda: colleague.said("answered") is not None, SLOW)
        live = wait_until(
            phone, lambda: [c for c in calls_with(db, NUMBER) if c.answered_at], SLOW
        )[0]
        assert live.status == CallStatus.IN_PROGRESS.value
        colleague.stop()  # killed mid-call: its CallDesk never finishes the call
        wait_until(phone, lambda: session.database.idle, SLOW)
        session.close_silent_calls()  # a fresh leg: its softphone may just be slow
        wait_until(phone, lambda: session.database.idle, SLOW)
        assert one_call(db, NUMBER, status=CallStatus.IN_PROGRESS.value) is not None
        # Minutes later, no heartbeat from that softphone: the running one ends the call.
        with clock.using(clock.ShiftedClock(clock.now() + timedelta(minutes=3))):
            session.close_silent_calls()
            wait_until(phone, lambda: session.database.idle, SLOW)
        ended = one_call(db, NUMBER, status=CallStatus.ACCEPTED.value)
    finally:
        if peer is not None:
            peer.stop()
        colleague.stop()
        session.shutdown()
    assert ended is not None, [(c.status, c.ended_at) for c in calls_with(db, NUMBER)]
    assert ended.ended_at == ended.answered_at and ended.talk_seconds == 0
    assert ended.employee_id == crashing.id
