"""Transfers between two real softphones (two processes: pjsua is one library per process)
on one database, both databases, with SIPp as the caller: the journal holds one call for
the caller, a part per operator with each one's real talk time, and the transfer count.

The colleague's CallDesk (tests.support.softphone_peer) answers the caller and transfers
it blind to this test's operator; SIPp, being the caller, follows the REFER with a second
process calling this operator with ``Referred-By`` (one SIPp call is one Call-ID). This
operator talks on for a while after the colleague left, then hangs up.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import clock
from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, put_setting
from app.config import WorkstationSettings
from app.database import Database, make_engine, migrate
from models import Call, CallPart, CallParticipant, CallStatus
from softphone.audio import MemoryAudioDevice
from softphone.state import CallState
from tests.support.colleague import Colleague, operators
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import account, wait_until
from tests.support.ui_support import seed_small
from ui.softphone.presence import PresenceReporter
from ui.softphone.session import SoftphoneSession

pytestmark = pytest.mark.usefixtures("qapp")
CALLER = "+79991234567"  # nobody's number in the seeded database
SLOW = 60.0  # a loaded shared machine: two pjsua processes, SIPp and database writes
TALK_AFTER = timedelta(seconds=3)  # this operator talks on this long after the hand-over


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    engine = make_engine(db_url)
    migrate(engine)
    seed_small(engine, calls=40, clients=10)
    database = Database(engine)
    with database.transaction() as s:
        put_setting(s, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
    yield database
    database.dispose()


def calls_from(db: Database) -> list[Call]:
    with db.transaction() as s:
        calls = list(s.scalars(select(Call).where(Call.external_number == CALLER)))
        for call in calls:
            s.expunge(call)
        return calls


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


def test_a_blind_transfer_is_one_call_with_each_operators_real_talk_time(
    tmp_path: Path, db: Database, db_url: str
) -> None:
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
    phone = session.phone

    def mine() -> Any:
        return next((v for v in session.calls() if v.state is CallState.CONNECTED), None)

    try:
        address = wait_until(phone, lambda: colleague.said("address"), SLOW)
        peers.append(
            SippPeer(
                "uac_blind_transfer.xml",
                tmp_path / "to-colleague",
                remote=address,
                variables={"caller": CALLER},
            ).start()
        )
        wait_until(phone, lambda: colleague.said("answered") is not None, SLOW)
        # Answered by the colleague: in the journal at once, in progress.
        live = wait_until(
            phone, lambda: [c for c in calls_from(db) if c.answered_at is not None], SLOW
        )
        assert [c.status for c in live] == [CallStatus.IN_PROGRESS.value]
        colleague.tell(f"transfer {me.extension}")
        peers.append(
            SippPeer(
                "uac_transferred_talks.xml",
                tmp_path / "to-me",
                remote=phone.local_address(),
                variables={"caller": CALLER, "referrer": first.extension},
            ).start()
        )
        view = wait_until(phone, mine, SLOW)
        assert view.referred_by == first.extension
        wait_until(phone, lambda: colleague.said("transferred") == 200, SLOW)
        wait_until(phone, lambda: colleague.said("ended") is not None, SLOW)
        wait_until(phone, lambda: not peers[0].running(), SLOW)
        assert peers[0].wait(5) == 0, peers[0].errors()

        def handed_over() -> Any:
            calls = calls_from(db)
            if len(calls) != 1:
                return None
            parts = parts_of(db, calls[0].id)
            theirs = [p for p in parts if p.employee_id == first.id and p.ended_at is not None]
            ours = [p for p in parts if p.employee_id == me.id and p.answered_at is not None]
            return calls[0] if theirs and ours else None

        # The colleague left; the caller talks with this operator: still in progress.
        call = wait_until(phone, handed_over, SLOW)
        assert call.status == CallStatus.IN_PROGRESS.value and call.ended_at is None
        left = next(p for p in parts_of(db, call.id) if p.employee_id == first.id).ended_at
        assert left is not None
        wait_until(phone, lambda: clock.now() >= left + TALK_AFTER, SLOW)
        phone.hangup(view.id)
        wait_until(phone, lambda: not peers[1].running(), SLOW)
        assert peers[1].wait(5) == 0, peers[1].errors()
        wait_until(phone, lambda: [c for c in calls_from(db) if c.ended_at is not None], SLOW)
        colleague.tell("quit")
        wait_until(phone, lambda: colleague.said("missed") is not None, SLOW)
        wait_until(phone, lambda: session.database.idle, SLOW)
    finally:
        presence.stop()
        for peer in peers:
            peer.stop()
        colleague.stop()
        session.shutdown()

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
