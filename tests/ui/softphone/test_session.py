"""The softphone session without any widget, and the incoming pop-up driven only by the
session's signals: SIPp calls in, the session rings, identifies the caller from the
database, answers, and writes the call to the journal; the pop-up follows the same signals
and asks for a card or a new client by its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, put_setting
from app.config import WorkstationSettings
from app.database import Database, make_engine, migrate
from app.staff.auth import CurrentUser
from models import Call, CallSource, Client, Phone, Role
from softphone.audio import MemoryAudioDevice
from softphone.state import CallRecord, CallState, CallView, Direction
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import account, wait_until
from tests.support.ui_support import seed_small, user_with_role
from ui.softphone.alerts import CallAlerts
from ui.softphone.popup import IncomingPopup
from ui.softphone.session import SoftphoneSession

pytestmark = pytest.mark.usefixtures("qapp")
UNKNOWN = "+79991234567"  # nobody's number in the seeded database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    engine: Engine = make_engine(f"sqlite:///{tmp_path / 'session.db'}")
    migrate(engine)
    seed_small(engine, calls=200, clients=30)
    database = Database(engine)
    yield database
    database.dispose()


@pytest.fixture
def operator(db: Database) -> CurrentUser:
    return user_with_role(db, Role.OPERATOR)


@pytest.fixture
def session(db: Database, operator: CurrentUser) -> Iterator[SoftphoneSession]:
    phone = SoftphoneSession(db, operator, WorkstationSettings(), audio_device=MemoryAudioDevice())
    assert phone.start(account(free_udp_port(), register=False))
    yield phone
    phone.shutdown()


def a_client_number(db: Database) -> tuple[str, int, str]:
    """The first phone of a client in the fixture: number, client id, client name."""
    with db.transaction() as s:
        number, client_id, name = s.execute(
            select(Phone.number, Client.id, Client.display_name)
            .join(Client, Client.id == Phone.client_id)
            .where(Phone.contact_id.is_(None))
            .order_by(Phone.id)
            .limit(1)
        ).one()
    return number, client_id, name


def made_widgets(before: list[Any]) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if w not in before]


def pump(session: SoftphoneSession, condition: Any, timeout: float = 10.0) -> Any:
    return wait_until(session.phone, condition, timeout)


def call_in(tmp_path: Path, session: SoftphoneSession, scenario: str, number: str) -> SippPeer:
    return SippPeer(
        scenario, tmp_path, remote=session.phone.local_address(), variables={"caller": number}
    ).start()


def test_the_session_takes_an_incoming_call_and_writes_it_without_any_widget(
    tmp_path: Path, db: Database, operator: CurrentUser, session: SoftphoneSession
) -> None:
    with db.transaction() as s:
        put_setting(s, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
    number, client_id, name = a_client_number(db)
    widgets_before = QApplication.topLevelWidgets()
    events: list[tuple[str, Any]] = []
    session.ringing.connect(lambda view: events.append(("ringing", view)))
    session.caller_identified.connect(lambda key, info: events.append(("identified", info)))
    session.ringing_ended.connect(lambda key: events.append(("ringing_ended", key)))
    session.call_finished.connect(lambda record: events.append(("finished", record)))
    logged: list[int] = []
    session.call_logged.connect(logged.append)
    peer = call_in(tmp_path, session, "uac_invite.xml", number)
    try:
        view: CallView = pump(
            session, lambda: next((e[1] for e in events if e[0] == "ringing"), None)
        )
        assert (view.direction, view.number, view.state) == (
            Direction.IN,
            number,
            CallState.INCOMING,
        )
        info = pump(session, lambda: next((e[1] for e in events if e[0] == "identified"), None))
        assert (info.client_id, info.client_name) == (client_id, name)
        assert session.caller(view.id) == info
        assert made_widgets(widgets_before) == []  # the session made no widget
        session.answer(view.id)
        assert ("ringing_ended", view.id) in events
        pump(session, lambda: session.calls() and session.calls()[0].state is CallState.CONNECTED)
        session.phone.hangup(view.id)
        pump(session, lambda: not peer.running(), 15)
        assert peer.wait(5) == 0, peer.errors()
        pump(session, lambda: logged)
    finally:
        peer.stop()
    kinds = [kind for kind, _ in events]
    assert kinds == ["ringing", "identified", "ringing_ended", "finished"]
    record: CallRecord = events[-1][1]
    assert record.id == view.id and record.answered_at is not None
    with db.transaction() as s:
        call = s.get(Call, logged[0])
        assert call is not None
        assert (call.source, call.direction, call.external_number) == (
            CallSource.SOFTPHONE.value,
            "in",
            number,
        )
        assert (call.client_id, call.employee_id) == (client_id, operator.id)
        assert call.answered_at is not None and call.hangup_by == "employee"
    assert session.missed == 0 and session.database.idle
    assert made_widgets(widgets_before) == []


def test_a_caller_who_gives_up_is_a_missed_call_of_the_session(
    tmp_path: Path, db: Database, session: SoftphoneSession
) -> None:
    rang: list[int] = []
    ended: list[int] = []
    missed: list[tuple[CallRecord, Any]] = []
    counts: list[int] = []
    session.ringing.connect(lambda view: rang.append(view.id))
    session.ringing_ended.connect(ended.append)
    session.missed_call.connect(lambda record, caller: missed.append((record, caller)))
    session.missed_changed.connect(counts.append)
    peer = call_in(tmp_path, session, "uac_cancel.xml", UNKNOWN)
    try:
        pump(session, lambda: missed, 15)
        pump(session, lambda: not peer.running(), 15)
        assert peer.wait(5) == 0, peer.errors()
    finally:
        peer.stop()
    assert len(rang) == 1 and ended == rang
    record, _caller = missed[0]
    assert (record.id, record.number, record.answered_at) == (rang[0], UNKNOWN, None)
    assert counts == [1] and session.missed == 1
    session.clear_missed()
    assert counts == [1, 0] and session.missed == 0


@pytest.mark.parametrize("known", [True, False])
def test_the_popup_follows_the_session_and_asks_for_a_card_or_a_new_client(
    qtbot: QtBot, tmp_path: Path, db: Database, session: SoftphoneSession, known: bool
) -> None:
    number, client_id, name = a_client_number(db) if known else (UNKNOWN, 0, "")
    alerts = CallAlerts(session)
    cards: list[int] = []
    new_clients: list[str] = []
    alerts.card_requested.connect(cards.append)
    alerts.new_client_requested.connect(new_clients.append)
    peer = call_in(tmp_path, session, "uac_rejected.xml", number)
    try:
        popup = pump(session, lambda: next(iter(alerts.popups.values()), None))
        assert isinstance(popup, IncomingPopup) and popup.isVisible()
        pump(session, lambda: popup.info is not None)
        if known:
            assert popup.name.text() == name
            assert popup.card_button.text() in ("Open card", "Открыть карточку")
        else:
            assert popup.name.text() in ("Unknown number", "Неизвестный номер")
        assert popup.card_button.isEnabled()
        QTest.mouseClick(popup.card_button, Qt.MouseButton.LeftButton)
        assert (cards, new_clients) == (([client_id], []) if known else ([], [number]))
        QTest.mouseClick(popup.reject_button, Qt.MouseButton.LeftButton)
        pump(session, lambda: not peer.running(), 15)
        assert peer.wait(5) == 0, peer.errors()  # the caller got our 486
        pump(session, lambda: not alerts.popups and not session.calls())
    finally:
        peer.stop()
    assert session.missed == 0  # rejected by the operator: not a missed call
