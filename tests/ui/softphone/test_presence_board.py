"""The operators board end to end: a real softphone (pjsua2) takes a call from SIPp, its
PresenceReporter writes ready → ringing → talking → ready → offline, and a supervisor's
BoardWatch, summary label and board form show each within a couple of polls — SQLite and
MariaDB."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from app import clock
from app.config import WorkstationSettings
from app.database import Database
from app.staff.auth import CurrentUser
from app.staff.presence import BoardRow
from models import Client, Phone, PresenceState, Role
from softphone.audio import MemoryAudioDevice
from softphone.state import CallState, CallView, Direction
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import account, wait_until
from tests.support.ui_support import seed_small, user_with_role
from ui.board import BoardForm, BoardModel, BoardWatch, board_summary
from ui.softphone.presence import PresenceReporter, state_of
from ui.softphone.session import SoftphoneSession

pytestmark = pytest.mark.usefixtures("qapp")

T = datetime(2026, 11, 20, 10, 0)


def view(
    key: int, state: CallState, direction: Direction = Direction.IN, **more: object
) -> CallView:
    return CallView(key, direction, f"+7999000000{key}", "", state, T, **more)  # type: ignore[arg-type]


def test_the_state_of_a_softphone_from_its_calls() -> None:
    names = {1: "OOO Romashka"}.get
    assert state_of([], lambda k: names(k) or "", T).state is PresenceState.READY
    talking = view(1, CallState.CONNECTED, answered_at=T.replace(minute=1))
    report = state_of([talking], lambda k: names(k) or "", T.replace(minute=5))
    assert (report.state, report.since, report.peer, report.peer_name) == (
        PresenceState.TALKING,
        T.replace(minute=1),  # since the answer, not since it began ringing
        "+79990000001",
        "OOO Romashka",
    )
    # A second call rings while she talks: the board says ringing (it needs her).
    ringing = view(2, CallState.INCOMING)
    assert state_of([talking, ringing], lambda k: "", T).state is PresenceState.RINGING
    # Consulting a colleague: the caller is on hold, the consultation is the live call.
    held = view(1, CallState.CONNECTED, answered_at=T, on_hold=True)
    consult = view(3, CallState.CALLING, Direction.OUT, consult_for=1)
    assert state_of([held, consult], lambda k: "", T).peer == "+79990000003"


@pytest.fixture
def db(engine: Engine) -> Iterator[Database]:
    seed_small(engine, calls=50, clients=10)
    yield Database(engine)


def _row(watch: BoardWatch, who: CurrentUser) -> BoardRow | None:
    return next((r for r in watch.rows if r.employee_id == who.id), None)


def test_the_board_follows_a_real_softphone_through_a_call(tmp_path: Path, db: Database) -> None:
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        number, name = s.execute(
            select(Phone.number, Client.display_name)
            .join(Client, Client.id == Phone.client_id)
            .where(Phone.contact_id.is_(None))
            .order_by(Phone.id)
            .limit(1)
        ).one()
    session = SoftphoneSession(
        db, operator, WorkstationSettings(), audio_device=MemoryAudioDevice()
    )
    assert session.start(account(free_udp_port(), register=False))
    reporter = PresenceReporter(session, operator.id, clock.now, place="desk-7")
    watch = BoardWatch(db, clock.now, poll_ms=100)
    form = BoardForm(watch, clock.now)
    peer: SippPeer | None = None
    try:
        reporter.start()
        watch.start()

        def shows(state: str, peer_name: str = "") -> bool:
            row = _row(watch, operator)
            return row is not None and row.state == state and row.peer_name == peer_name

        wait_until(session.phone, lambda: shows("ready"), 20)
        assert _row(watch, operator).place == "desk-7"  # type: ignore[union-attr]
        assert board_summary(watch.rows).startswith("Operators: ready 1 · talking 0")
        peer = SippPeer(
            "uac_invite.xml",
            tmp_path,
            remote=session.phone.local_address(),
            variables={"caller": number},
        ).start()
        wait_until(session.phone, lambda: shows("ringing", name), 20)
        key = next(v.id for v in session.calls())
        session.answer(key)
        wait_until(session.phone, lambda: shows("talking", name), 20)
        row = next(
            r for r in range(form.model.rowCount()) if form.model.rows[r].employee_id == operator.id
        )
        assert form.model.text(form.model.rows[row], BoardModel.STATE) == "Talking"
        assert form.model.text(form.model.rows[row], BoardModel.PEER) == name
        session.phone.hangup(key)
        wait_until(session.phone, lambda: not peer.running(), 20)
        assert peer.wait(5) == 0, peer.errors()
        wait_until(session.phone, lambda: shows("ready"), 20)
        session.shutdown()  # closing: the reporter writes offline before the engine goes
        wait_until(session.phone, lambda: shows("offline"), 20)
    finally:
        if peer is not None:
            peer.stop()
        watch.stop()
        reporter.stop()
        session.shutdown()
        form.deleteLater()
