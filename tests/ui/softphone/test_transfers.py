"""Transfers between two real softphones (two processes: pjsua is one library per process)
on one database, both databases, with SIPp as the caller: the journal holds one call for
the caller, a part per operator with each one's real talk time, and the transfer count.

The colleague's CallDesk (tests.support.softphone_peer) answers the caller and transfers
it to this test's operator, blind or after a consultation; SIPp, being the caller, follows
the REFER with a second process calling this operator (one SIPp call is one Call-ID): with
``Referred-By`` after a blind transfer, with ``Replaces`` (the consultation's dialog, read
off the REFER) after an attended one. This operator talks on for a while after the
colleague left, then hangs up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from app import clock
from app.config import WorkstationSettings
from app.database import Database
from app.staff.auth import CurrentUser
from models import Call, CallPart, CallParticipant, CallStatus
from softphone.audio import MemoryAudioDevice
from softphone.state import CallState, CallView
from tests.support.colleague import Colleague, operators
from tests.support.sipp import SippPeer, free_udp_port, rendered_scenario
from tests.support.softphone_support import (
    account,
    calls_with_number,
    softphone_source_database,
    wait_until,
)
from ui.softphone.presence import PresenceReporter
from ui.softphone.session import SoftphoneSession

pytestmark = pytest.mark.usefixtures("qapp")
CALLER = "+79991234567"  # nobody's number in the seeded database
SLOW = 60.0  # a loaded shared machine: two pjsua processes, SIPp and database writes
TALK_AFTER = timedelta(seconds=3)  # this operator talks on this long after the hand-over


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    yield from softphone_source_database(db_url)


def calls_from(db: Database) -> list[Call]:
    return calls_with_number(db, CALLER)


def parts_of(db: Database, call_id: int) -> list[CallPart]:
    with db.transaction() as s:
        parts = list(
            s.scalars(select(CallPart).where(CallPart.call_id == call_id).order_by(CallPart.seq))
        )
        for part in parts:
            s.expunge(part)
        return parts


def people_of(db: Database, call_id: int) -> set[int]:
    with db.transaction() as s:
        return set(
            s.scalars(select(CallParticipant.employee_id).where(CallParticipant.call_id == call_id))
        )


@dataclass
class Desks:
    """The colleague's CallDesk (in its process) and this operator's (in the test's)."""

    db: Database
    session: SoftphoneSession
    colleague: Colleague
    first: CurrentUser  # the colleague, who answers and transfers
    me: CurrentUser  # the transfer target
    address: str  # where the colleague's softphone listens
    peers: list[SippPeer]


@pytest.fixture
def desks(db: Database, db_url: str) -> Iterator[Desks]:
    first, me = operators(db)
    assert first.extension and me.extension
    session = SoftphoneSession(db, me, WorkstationSettings(), audio_device=MemoryAudioDevice())
    assert session.start(account(free_udp_port(), register=False))
    # This operator's CallDesk is online (its heartbeat on the operators board): the
    # colleague's CallDesk leaves this operator's leg to it.
    presence = PresenceReporter(session, me.id, clock.now, place="target")
    presence.start()
    session.ringing.connect(lambda view: session.answer(view.id))
    colleague = Colleague(db_url, first.id)
    peers: list[SippPeer] = []
    try:
        address = wait_until(session.phone, lambda: colleague.said("address"), SLOW)
        yield Desks(db, session, colleague, first, me, address, peers)
    finally:
        presence.stop()
        for peer in peers:
            peer.stop()
        colleague.stop()
        session.shutdown()


def talking_with(session: SoftphoneSession, number: str) -> CallView | None:
    """This operator's call with ``number`` once it is up and not on hold."""
    return next(
        (
            v
            for v in session.calls()
            if v.state is CallState.CONNECTED and v.number == number and not v.on_hold
        ),
        None,
    )


def answered_by_the_colleague(d: Desks, tmp_path: Path, scenario: str) -> SippPeer:
    """The client calls the colleague, who answers: in the journal at once, in progress."""
    caller = SippPeer(
        scenario,
        tmp_path / "to-colleague",
        remote=d.address,
        variables={"caller": CALLER},
        extra=["-trace_logs"],
    ).start()
    d.peers.append(caller)
    phone = d.session.phone
    wait_until(phone, lambda: d.colleague.said("answered") is not None, SLOW)
    live = wait_until(
        phone, lambda: [c for c in calls_from(d.db) if c.answered_at is not None], SLOW
    )
    assert [c.status for c in live] == [CallStatus.IN_PROGRESS.value]
    return caller


def talk_on_then_check_the_journal(d: Desks, caller: SippPeer, mine: SippPeer) -> None:
    """The colleague has handed the client over: its leg ends, ours goes on (the call in
    progress) for :data:`TALK_AFTER`, then we hang up; the journal holds one call, a part
    each with each one's own talk time, one transfer."""
    db, phone, first, me = d.db, d.session.phone, d.first, d.me
    view = wait_until(phone, lambda: talking_with(d.session, CALLER), SLOW)
    wait_until(phone, lambda: d.colleague.said("transferred") == 200, SLOW)
    wait_until(phone, lambda: not caller.running(), SLOW)
    assert caller.wait(5) == 0, caller.errors()

    def handed_over() -> Any:
        calls = calls_from(db)
        if len(calls) != 1:
            return None
        parts = parts_of(db, calls[0].id)
        theirs = [p for p in parts if p.employee_id == first.id and p.ended_at is not None]
        ours = [p for p in parts if p.employee_id == me.id and p.answered_at is not None]
        return calls[0] if theirs and ours else None

    call = wait_until(phone, handed_over, SLOW)
    assert call.status == CallStatus.IN_PROGRESS.value and call.ended_at is None
    left = next(p for p in parts_of(db, call.id) if p.employee_id == first.id).ended_at
    assert left is not None
    answered = view.answered_at
    assert answered is not None
    # On after both the hand-over and our answer (which a loaded machine may delay).
    wait_until(phone, lambda: clock.now() >= max(left, answered) + TALK_AFTER, SLOW)
    phone.hangup(view.id)
    wait_until(phone, lambda: not mine.running(), SLOW)
    assert mine.wait(5) == 0, mine.errors()
    wait_until(phone, lambda: [c for c in calls_from(db) if c.ended_at is not None], SLOW)
    d.colleague.tell("quit")
    wait_until(phone, lambda: d.colleague.said("missed") is not None, SLOW)
    wait_until(phone, lambda: d.session.database.idle, SLOW)

    calls = calls_from(db)
    assert len(calls) == 1, [(c.id, c.employee_id, c.status) for c in calls]
    call = calls[0]
    parts = parts_of(db, call.id)
    assert [p.employee_id for p in parts] == [first.id, me.id]
    theirs, ours = parts
    assert call.status == CallStatus.ACCEPTED.value
    assert call.transfer_count == 1 and call.employee_id == first.id
    assert theirs.answered_at is not None and theirs.ended_at is not None
    assert ours.answered_at is not None and ours.ended_at is not None
    # Each operator's own talk: the colleague's up to the hand-over, ours until we hung up.
    assert theirs.talk_seconds == int((theirs.ended_at - theirs.answered_at).total_seconds())
    assert ours.talk_seconds == int((ours.ended_at - ours.answered_at).total_seconds())
    assert ours.ended_at >= theirs.ended_at + TALK_AFTER
    assert ours.talk_seconds >= TALK_AFTER.total_seconds()
    assert call.ended_at == ours.ended_at and call.answered_at == theirs.answered_at
    assert call.talk_seconds == int((call.ended_at - call.answered_at).total_seconds())
    assert call.hangup_by == "employee"
    assert people_of(db, call.id) == {first.id, me.id}


def test_a_blind_transfer_is_one_call_with_each_operators_real_talk_time(
    tmp_path: Path, desks: Desks
) -> None:
    d = desks
    caller = answered_by_the_colleague(d, tmp_path, "uac_blind_transfer.xml")
    d.colleague.tell(f"transfer {d.me.extension}")
    mine = SippPeer(
        "uac_transferred_talks.xml",
        tmp_path / "to-me",
        remote=d.session.phone.local_address(),
        variables={"caller": CALLER, "referrer": d.first.extension or ""},
    ).start()
    d.peers.append(mine)
    view = wait_until(d.session.phone, lambda: talking_with(d.session, CALLER), SLOW)
    assert view.referred_by == d.first.extension
    talk_on_then_check_the_journal(d, caller, mine)


def refer_to(caller: SippPeer) -> str:
    """The Refer-To the client's SIPp logged (-trace_logs), '' before the REFER came."""
    for log in caller.workdir.glob("*_logs.log"):
        for line in log.read_text(errors="replace").splitlines():
            if line.startswith("refer-to: "):
                return line.removeprefix("refer-to: ")
    return ""


def test_an_attended_transfer_is_one_call_with_each_operators_real_talk_time(
    tmp_path: Path, desks: Desks
) -> None:
    d = desks
    phone = d.session.phone
    caller = answered_by_the_colleague(d, tmp_path, "uac_attended_transfer.xml")
    d.colleague.tell(f"consult sip:{d.me.extension}@{phone.local_address()}")
    # The consultation rings here from the colleague's extension: answered, never a call
    # of the journal of its own.
    consult = wait_until(phone, lambda: next(iter(d.session.calls()), None), SLOW)
    wait_until(phone, lambda: phone.call(consult.id).state is CallState.CONNECTED, SLOW)
    d.colleague.tell("complete")
    found = wait_until(phone, lambda: refer_to(caller), SLOW)
    # "Replaces=<call-id>%3Bto-tag%3D…%3Bfrom-tag%3D…>": the client's INVITE replaces it.
    replaces = unquote(found.removeprefix("Replaces=").split(">", 1)[0].split("&", 1)[0])
    mine = SippPeer(
        rendered_scenario("uac_replaces.xml", tmp_path / "scenario", replaces=replaces),
        tmp_path / "to-me",
        remote=phone.local_address(),
        variables={"caller": CALLER},
    ).start()
    d.peers.append(mine)
    view = wait_until(phone, lambda: talking_with(d.session, CALLER), SLOW)
    assert view.referred_by == consult.number  # the colleague whose consultation it replaced
    talk_on_then_check_the_journal(d, caller, mine)
