"""A ring group with two real softphones (two processes: pjsua is one library per process)
on one database, both databases: a colleague answers, the PBX cancels the other phone with
or without an RFC 3326 Reason; the cancelled one counts no missed call (so no tray message)
and the journal holds one call for the caller, the answered leg and the rung one as parts.
A caller who gives up with nobody answering stays a missed call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.config import WorkstationSettings
from app.database import Database
from app.staff.auth import CurrentUser
from models import Call, CallPart, CallParticipant, CallStatus
from softphone.audio import MemoryAudioDevice
from softphone.state import CallRecord
from tests.support.colleague import Colleague, operators
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import (
    account,
    calls_with_number,
    softphone_source_database,
    wait_until,
)
from ui.softphone.session import SoftphoneSession

pytestmark = pytest.mark.usefixtures("qapp")
CALLER = "+79991234567"  # nobody's number in the seeded database


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    yield from softphone_source_database(db_url)


# Waits wait for a condition: on a loaded shared machine a second process with pjsua2, SIPp
# and MariaDB writes can take far longer than on a quiet one, and a passing run never waits.
SLOW = 60.0


@pytest.fixture
def me_and_colleague(
    db: Database, db_url: str
) -> Iterator[tuple[SoftphoneSession, Colleague, CurrentUser, CurrentUser]]:
    colleague_user, me = operators(db)
    session = SoftphoneSession(db, me, WorkstationSettings(), audio_device=MemoryAudioDevice())
    assert session.start(account(free_udp_port(), register=False))
    colleague = Colleague(db_url, colleague_user.id)
    try:
        yield session, colleague, me, colleague_user
    finally:
        colleague.stop()
        session.shutdown()


def calls_from(db: Database, number: str) -> list[Call]:
    return calls_with_number(db, number)


def parts_and_people(db: Database, call_id: int) -> tuple[list[tuple[Any, ...]], set[int]]:
    with db.transaction() as s:
        parts = [
            (p.employee_id, p.answered_at is not None, p.disposition, p.talk_seconds)
            for p in s.scalars(select(CallPart).where(CallPart.call_id == call_id))
        ]
        people = set(
            s.scalars(select(CallParticipant.employee_id).where(CallParticipant.call_id == call_id))
        )
    return parts, people


def ring(tmp_path: Path, name: str, scenario: str, address: str) -> SippPeer:
    return SippPeer(scenario, tmp_path / name, remote=address, variables={"caller": CALLER}).start()


@pytest.mark.parametrize("with_reason", [False, True], ids=["no_reason", "reason"])
def test_a_ring_group_call_answered_by_a_colleague_is_one_call_and_no_missed_call(
    tmp_path: Path,
    db: Database,
    me_and_colleague: tuple[SoftphoneSession, Colleague, CurrentUser, CurrentUser],
    with_reason: bool,
) -> None:
    session, colleague, me, other = me_and_colleague
    missed: list[CallRecord] = []
    elsewhere: list[CallRecord] = []
    session.missed_call.connect(lambda record, _caller: missed.append(record))
    session.answered_elsewhere.connect(elsewhere.append)
    address = wait_until(session.phone, lambda: colleague.said("address"), SLOW)
    peers: list[SippPeer] = []
    try:
        if with_reason:
            # The PBX's CANCEL says why: known at once, even before the colleague's
            # answer is in the journal (here it is written after our rung leg).
            peers.append(
                ring(tmp_path, "me", "uac_cancel_elsewhere.xml", session.phone.local_address())
            )
            wait_until(session.phone, lambda: elsewhere, SLOW)
            peers.append(ring(tmp_path, "colleague", "uac_invite.xml", address))
            wait_until(session.phone, lambda: colleague.said("answered") is not None, SLOW)
            wait_until(
                session.phone,
                lambda: any(c.answered_at for c in calls_from(db, CALLER)),
                SLOW,
            )
        else:
            # No Reason: the colleague answered first (the PBX cancels the others then),
            # and the journal says so when our rung leg is written.
            peers.append(ring(tmp_path, "colleague", "uac_invite.xml", address))
            wait_until(
                session.phone,
                lambda: any(c.answered_at for c in calls_from(db, CALLER)),
                SLOW,
            )
            peers.append(ring(tmp_path, "me", "uac_cancel.xml", session.phone.local_address()))
            wait_until(session.phone, lambda: elsewhere, SLOW)
        colleague.tell("hangup")
        wait_until(session.phone, lambda: colleague.said("ended") is not None, SLOW)
        for peer in peers:
            wait_until(session.phone, lambda p=peer: not p.running(), SLOW)  # type: ignore[misc]
            assert peer.wait(5) == 0, peer.errors()
        colleague.tell("quit")
        wait_until(session.phone, lambda: colleague.said("missed") is not None, SLOW)
        assert colleague.said("missed") == 0  # the colleague answered: nothing missed there
        wait_until(session.phone, lambda: session.database.idle, SLOW)
    finally:
        for peer in peers:
            peer.stop()
    assert session.missed == 0 and missed == []  # no "Missed: N", no tray message
    assert len(elsewhere) == 1 and elsewhere[0].answered_at is None
    calls = calls_from(db, CALLER)
    assert len(calls) == 1, [(c.id, c.employee_id, c.status) for c in calls]
    call = calls[0]
    assert call.status == CallStatus.ACCEPTED.value
    assert call.employee_id == other.id and call.ended_at is not None
    assert call.answered_at is not None and call.hangup_by == "employee"
    parts, people = parts_and_people(db, call.id)
    answered = [p for p in parts if p[1]]
    rung = [p for p in parts if not p[1]]
    assert [p[0] for p in answered] == [other.id]
    assert [(p[0], p[2], p[3]) for p in rung] == [(me.id, "no_answer", 0)]
    assert call.talk_seconds == answered[0][3]
    assert people == {me.id, other.id}


def test_a_caller_who_gives_up_with_nobody_answering_is_missed_once_written(
    tmp_path: Path, db: Database
) -> None:
    me = operators(db)[1]
    session = SoftphoneSession(db, me, WorkstationSettings(), audio_device=MemoryAudioDevice())
    assert session.start(account(free_udp_port(), register=False))
    missed: list[CallRecord] = []
    elsewhere: list[CallRecord] = []
    session.missed_call.connect(lambda record, _caller: missed.append(record))
    session.answered_elsewhere.connect(elsewhere.append)
    peer = ring(tmp_path, "me", "uac_cancel.xml", session.phone.local_address())
    try:
        wait_until(session.phone, lambda: missed, SLOW)  # after the grace for a late answer
        assert peer.wait(10) == 0, peer.errors()
    finally:
        peer.stop()
        session.shutdown()
    assert session.missed == 1 and elsewhere == []
    calls = calls_from(db, CALLER)
    assert [(c.status, c.employee_id) for c in calls] == [(CallStatus.LOST.value, me.id)]
