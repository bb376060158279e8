"""The operator's softphone in the main window against SIPp peers: the panel dials and hangs
up, an incoming call pops up with the client from the database and is answered from the
pop-up, pauses are stored and told to the PBX, the SIP state shows in the status bar, and
Call back in the journal dials the selected number."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.calls.softphone_log import SoftphoneCall, SoftphoneLeg, log_call, open_call
from app.company_settings import (
    AUTO_CREATE_CLIENTS,
    CALL_SOURCE,
    CALL_SOURCE_SOFTPHONE,
    WRAP_UP_S,
    put_setting,
)
from app.config import load_settings
from app.database import Database
from app.dialing import dial_string
from app.softphone_settings import (
    COMPANY_WRAP_UP,
    MAX_VOLUME,
    SoftphoneSettingsError,
    load_softphone_settings,
)
from app.staff import presence
from app.staff.auth import CurrentUser, current_user
from app.staff.pauses import current_pause
from app.staff.presence import Report
from app.workplace import Workplace
from models import (
    MAX_PAUSE_NOTE_LENGTH,
    Call,
    CallParticipant,
    CallSource,
    Client,
    Employee,
    Pause,
    PauseReason,
    Phone,
    PresenceState,
    Role,
)
from softphone.audio import MemoryAudioDevice
from softphone.state import CallRecord, CallState, Direction, EndedBy
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import account, wait_until
from tests.support.ui_support import user_with_role
from ui.journal.form import JournalForm
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.softphone.popup import IncomingPopup
from ui.softphone.session import SoftphoneSession

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.seed(calls=400, clients=50, qt_settings=True),
]


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """This module's GUI tests run on SQLite only."""
    return sqlite_db


@pytest.fixture
def operator(db: Database) -> CurrentUser:
    return user_with_role(db, Role.OPERATOR)


@pytest.fixture
def window(qtbot: QtBot, db: Database, operator: CurrentUser) -> Iterator[MainWindow]:
    win = MainWindow(db, operator, "test database", audio_device=MemoryAudioDevice())
    qtbot.addWidget(win)
    win.resize(1300, 760)
    win.show()
    yield win
    win.softphone.shutdown()


def pump(softphone: SoftphoneSession, condition: object, timeout: float = 10.0) -> object:
    return wait_until(softphone.phone, condition, timeout)  # type: ignore[arg-type]


def finished(softphone: SoftphoneSession, peer: SippPeer, timeout: float = 15.0) -> None:
    pump(softphone, lambda: not peer.running(), timeout)
    assert peer.wait(5) == 0, peer.errors()


def test_panel_dials_a_pasted_number_hangs_up_and_writes_the_journal(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, db: Database
) -> None:
    with db.transaction() as session:
        put_setting(session, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
    peer = SippPeer("uas_answer.xml", tmp_path).start()
    try:
        softphone = window.softphone
        notices: list[str] = []
        softphone.notice.connect(notices.append)
        assert softphone.start(account(peer.port, register=False))
        panel = window.softphone_panel
        QApplication.clipboard().setText("+7 (916) 123-45-67")
        panel.number.setFocus()
        panel.number.paste()
        assert panel.number.text() == "+79161234567"
        QTest.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)
        pump(softphone, lambda: any(v.state is CallState.CONNECTED for v in softphone.calls()))
        assert panel.call_list.topLevelItemCount() == 1
        item = panel.call_list.topLevelItem(0)
        assert item is not None and "+7 916 123-45-67" in item.text(0)
        assert panel.hold_button.isEnabled() and panel.hangup_button.isEnabled()
        QTest.mouseClick(panel.hangup_button, Qt.MouseButton.LeftButton)
        finished(softphone, peer)
        pump(softphone, lambda: not softphone.calls())
        qtbot.waitUntil(lambda: _softphone_calls(db) == 1 or bool(notices), timeout=5000)
        assert not notices
        assert "INVITE sip:+79161234567@127.0.0.1" in peer.messages()
    finally:
        peer.stop()


def _softphone_calls(db: Database) -> int:
    with db.transaction() as session:
        return len(
            session.scalars(select(Call.id).where(Call.source == CallSource.SOFTPHONE.value)).all()
        )


def test_incoming_call_pops_up_with_the_client_and_is_answered_from_the_popup(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, db: Database, operator: CurrentUser
) -> None:
    with db.transaction() as session:
        # A client the operator has talked with: the pop-up's last calls are their own only.
        number, name = session.execute(
            select(Phone.number, Client.display_name)
            .join(Client, Client.id == Phone.client_id)
            .join(Call, Call.external_number == Phone.number)
            .join(CallParticipant, CallParticipant.call_id == Call.id)
            .where(CallParticipant.employee_id == operator.id)
            .order_by(Phone.id)
            .limit(1)
        ).one()
    softphone = window.softphone
    assert softphone.start(account(free_udp_port(), register=False))
    peer = SippPeer(
        "uac_invite.xml",
        tmp_path,
        remote=softphone.phone.local_address(),
        variables={"caller": number},
    ).start()
    try:
        try:
            popup = pump(softphone, lambda: next(iter(window.call_alerts.popups.values()), None))
        except AssertionError:
            raise AssertionError(peer.errors() + peer.messages()[-3000:]) from None
        assert isinstance(popup, IncomingPopup)
        assert popup.isVisible()
        assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
        pump(softphone, lambda: popup.info is not None)
        assert popup.name.text() == name, (popup.info, number)
        assert popup.card_button.isEnabled() and popup.recent.isVisible()
        print(
            f"pop-up: lookup {softphone.last_lookup_ms:.1f} ms, "
            f"name shown {softphone.last_popup_ms:.1f} ms after the INVITE signal"
        )
        QTest.mouseClick(popup.answer_button, Qt.MouseButton.LeftButton)
        pump(softphone, lambda: any(v.state is CallState.CONNECTED for v in softphone.calls()))
        assert not window.call_alerts.popups
        panel = window.softphone_panel
        item = panel.call_list.topLevelItem(0)
        assert item is not None and name in item.text(0)
        panel.hang_up()
        finished(softphone, peer)
        messages = peer.messages()
        assert "SIP/2.0 180" in messages and "SIP/2.0 200" in messages and "ACK" in messages
    finally:
        peer.stop()


def test_pause_is_stored_and_told_to_the_pbx_by_feature_codes(
    tmp_path: Path, window: MainWindow, db: Database, operator: CurrentUser
) -> None:
    peer = SippPeer("uas_answer.xml", tmp_path, calls=2).start()
    try:
        softphone = window.softphone
        softphone.settings = replace(softphone.settings, pause_code="*46", unpause_code="*47")
        assert softphone.start(account(peer.port, register=False))
        pause = window.pause_control
        assert not pause.paused
        pause.start_pause(PauseReason.LUNCH)
        assert pause.saving and not pause.paused  # paused once stored, not before
        assert "saving" in pause.text()
        pump(softphone, lambda: pause.paused and not pause.saving)
        with db.transaction() as session:
            stored = current_pause(session, operator.id)
        assert stored is not None and stored.reason is PauseReason.LUNCH
        assert "Lunch" in pause.text() or "Обед" in pause.text()
        assert softphone.calls() == []  # the feature code call is silent
        pump(softphone, lambda: "INVITE sip:*46@" in peer.messages())
        pump(softphone, lambda: not softphone.phone.calls(), 10)
        pause.end_pause()
        pump(softphone, lambda: not pause.paused and not pause.saving)
        with db.transaction() as session:
            assert current_pause(session, operator.id) is None
            ended = session.scalars(select(Pause).where(Pause.id == stored.id)).one()
            assert ended.ended_at is not None
        finished(softphone, peer)
        assert "INVITE sip:*47@" in peer.messages()
        assert _softphone_calls(db) == 0
    finally:
        peer.stop()


def test_a_refused_pause_leaves_the_operator_ready_and_says_why_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, db: Database, operator: CurrentUser
) -> None:
    pause = window.pause_control
    qtbot.waitUntil(lambda: pause._loaded, timeout=10_000)
    pause.start_pause(PauseReason.OTHER, "a note far too long " * 20)
    assert pause.saving
    qtbot.waitUntil(lambda: not pause.saving, timeout=10_000)
    assert not pause.paused and pause.property("saving") is False
    message = window.statusBar().currentMessage()
    assert str(MAX_PAUSE_NOTE_LENGTH) in message and "far too long" not in message
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    with db.transaction() as session:
        assert current_pause(session, operator.id) is None  # nothing written


def _answered_record() -> CallRecord:
    now = clock.now()  # the suite's clock, as the pause control reads it
    return CallRecord(
        id=99,
        direction=Direction.IN,
        number="+79161234567",
        name="",
        started_at=now - timedelta(seconds=30),
        answered_at=now - timedelta(seconds=25),
        ended_at=now,
        status_code=200,
        reason="OK",
        ended_by=EndedBy.THEM,
    )


def test_wrap_up_pause_ends_by_itself_unless_another_pause_was_chosen(
    qtbot: QtBot, window: MainWindow, db: Database, operator: CurrentUser
) -> None:
    softphone = window.softphone
    softphone.settings = replace(softphone.settings, wrap_up_seconds=1)
    pause = window.pause_control
    softphone.call_finished.emit(_answered_record())
    qtbot.waitUntil(lambda: pause.current is not None, timeout=10_000)
    assert pause.current is not None and pause.current.reason is PauseReason.WRAP_UP
    qtbot.waitUntil(lambda: not pause.paused, timeout=10_000)
    with db.transaction() as session:
        assert current_pause(session, operator.id) is None

    softphone.call_finished.emit(_answered_record())
    qtbot.waitUntil(lambda: pause.paused, timeout=10_000)
    # started after the wrap-up timer and due after it: once it fired, the wrap-up's second
    # is over however late the event loop ran (Qt fires due timers in order)
    past: list[bool] = []
    QTimer.singleShot(1000 + 100, lambda: past.append(True))
    pause.start_pause(PauseReason.BREAK)
    qtbot.waitUntil(lambda: bool(past) and not pause.saving, timeout=10_000)
    still = pause.current
    assert still is not None and still.reason.value == PauseReason.BREAK.value
    with db.transaction() as session:
        open_pause = current_pause(session, operator.id)
    assert open_pause is not None and open_pause.reason is PauseReason.BREAK


def test_volume_sliders_are_heard_at_once_and_kept(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.softphone_panel
    session = window.softphone
    assert panel.volume_sliders["mic"].value() == 100  # a new workstation: as the device gives
    panel.volume_sliders["mic"].setValue(40)
    panel.volume_sliders["speaker"].setValue(150)
    assert session.bridge._volumes == (0.4, 1.5)  # at once, on the conference bridge
    qtbot.waitUntil(
        lambda: load_softphone_settings(load_settings()).mic_volume == 40, timeout=10_000
    )
    stored = load_softphone_settings(load_settings())
    assert (stored.mic_volume, stored.speaker_volume) == (40, 150)
    with pytest.raises(SoftphoneSettingsError):
        replace(stored, speaker_volume=MAX_VOLUME + 1).validated()


def test_a_workstation_as_the_company_takes_the_administrators_wrap_up(
    qtbot: QtBot, window: MainWindow, db: Database, operator: CurrentUser
) -> None:
    softphone = window.softphone
    softphone.settings = replace(softphone.settings, wrap_up_seconds=COMPANY_WRAP_UP)
    pause = window.pause_control
    with db.transaction() as session:
        put_setting(session, WRAP_UP_S, 0)  # the company: none
    softphone.call_finished.emit(_answered_record())
    qtbot.waitUntil(lambda: pause._wrap_up_task is None, timeout=10_000)
    assert pause.current is None
    with db.transaction() as session:
        put_setting(session, WRAP_UP_S, 1)  # the company: a second
    softphone.call_finished.emit(_answered_record())
    qtbot.waitUntil(lambda: pause.current is not None, timeout=10_000)
    assert pause.current is not None and pause.current.reason is PauseReason.WRAP_UP
    qtbot.waitUntil(lambda: not pause.paused, timeout=10_000)  # over by itself


@pytest.mark.parametrize(
    ("password", "expected"), [("s3cret", "SIP 301: registered"), ("bad", "403")]
)
def test_registration_state_in_the_status_bar(
    tmp_path: Path, window: MainWindow, password: str, expected: str
) -> None:
    registrar = SippPeer("register.xml", tmp_path, variables={"expires": "300"}).start()
    try:
        softphone = window.softphone
        softphone.start(account(registrar.port, password=password))
        pump(softphone, lambda: expected in window.softphone_label.text())
        if password == "bad":
            assert "check the password" in window.softphone_label.text()
            assert not window.softphone_panel.call_button.isEnabled()
        else:
            assert window.softphone_panel.call_button.isEnabled()
        softphone.shutdown()
        assert registrar.wait(10) == 0, registrar.errors()
    finally:
        registrar.stop()


def test_call_back_from_the_journal_dials_the_selected_number(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, db: Database, operator: CurrentUser
) -> None:
    form = window.open_form(
        "journal_today", "journal", lambda: JournalForm(Workplace(db, operator))
    )
    assert isinstance(form, JournalForm)
    assert not form.call_back_action.isEnabled()
    assert form.call_back_action.toolTip()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    position, row = next(
        (i, r)
        for i, r in ((i, form.model.row_at(i)) for i in range(form.model.rowCount()))
        if r is not None and r.number.startswith("+7")
    )
    peer = SippPeer("uas_answer.xml", tmp_path).start()
    try:
        softphone = window.softphone
        assert softphone.start(account(peer.port, register=False))
        index = form.model.index(position, 0)
        form.table.setCurrentIndex(index)
        assert form.call_back_action.isEnabled()
        form.call_back_action.trigger()
        pump(softphone, lambda: any(v.state is CallState.CONNECTED for v in softphone.calls()))
        assert f"INVITE sip:{row.number}@127.0.0.1" in peer.messages()
        window.softphone_panel.hang_up()
        finished(softphone, peer)
    finally:
        peer.stop()


@pytest.mark.parametrize("transferred_by_colleague", [False, True])
def test_an_incoming_call_is_written_once_even_when_a_colleague_transferred_it(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    db: Database,
    operator: CurrentUser,
    transferred_by_colleague: bool,
) -> None:
    """A caller a colleague transferred (Referred-By: their extension) is in the journal
    already, written by the colleague's CallDesk: this operator's leg joins that call (one
    call, a part each, one transfer), it is not written again as a call of its own."""
    number = "+79161234567"
    with db.transaction() as session:
        put_setting(session, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
        other = session.scalars(
            select(Employee)
            .where(Employee.extension.is_not(None), Employee.id != operator.id)
            .limit(1)
        ).one()
        colleague = current_user(other)
    referrer = colleague.extension if transferred_by_colleague else "999"  # 999: nobody's
    assert referrer
    opened = None
    if transferred_by_colleague:
        # The colleague's CallDesk wrote the call when it answered, and sees this operator
        # online (its heartbeat): it leaves this operator's leg to this CallDesk.
        now = clock.now()
        with db.engine.begin() as conn:
            presence.report(conn, operator.id, "here", Report(PresenceState.READY, now))
        answered = SoftphoneCall(
            direction="in",
            number=number,
            started_at=now - timedelta(seconds=30),
            answered_at=now - timedelta(seconds=28),
            ended_at=None,
            disposition="answered",
        )
        with db.transaction() as session:
            opened = open_call(session, answered, colleague)
        assert opened is not None
    softphone = window.softphone
    assert softphone.start(account(free_udp_port(), register=False))
    peer = SippPeer(
        "uac_transferred.xml",
        tmp_path,
        remote=softphone.phone.local_address(),
        variables={"caller": number, "referrer": str(referrer)},
    ).start()
    try:
        popup = pump(softphone, lambda: next(iter(window.call_alerts.popups.values()), None))
        assert isinstance(popup, IncomingPopup)
        assert popup.view.referred_by == referrer
        assert f"transferred by {referrer}" in popup.title.text()
        # The journal write is handed to the session's database worker when the call ends,
        # before call_finished is emitted: once that was seen and the worker is idle, the
        # write is decided (and done)
        finished_calls: list[CallRecord] = []
        softphone.call_finished.connect(finished_calls.append)
        QTest.mouseClick(popup.answer_button, Qt.MouseButton.LeftButton)
        finished(softphone, peer)  # the caller talks, then hangs up
        pump(softphone, lambda: finished_calls and softphone.database.idle)
        assert not softphone.calls()
        assert _softphone_calls(db) == 1
    finally:
        peer.stop()
    if opened is None:
        return
    transfer = SoftphoneLeg(
        colleague.extension or "",
        answered.started_at,
        answered.answered_at,
        finished_calls[0].started_at,
        colleague.id,
    )
    handed = SoftphoneLeg(
        operator.extension or "",
        finished_calls[0].started_at,
        finished_calls[0].started_at,
        finished_calls[0].started_at,
        handed_over=True,
    )
    done = replace(
        answered,
        ended_at=finished_calls[0].started_at,
        hangup_by="employee",
        legs=[transfer, handed],
    )
    with db.transaction() as session:  # the colleague's leg ends (after ours: any order)
        assert log_call(session, done, colleague, opened=opened) == opened
        call = session.get(Call, opened)
        assert call is not None
        parts = sorted((p.employee_id, p.answered_at is not None) for p in call.parts)
        assert parts == sorted([(colleague.id, True), (operator.id, True)])
        assert (call.transfer_count, call.employee_id) == (1, colleague.id)
        assert call.ended_at == max(p.ended_at for p in call.parts if p.ended_at is not None)


def test_unknown_caller_gets_a_card_while_it_rings_when_the_company_wants_it(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, db: Database
) -> None:
    with db.transaction() as session:
        put_setting(session, AUTO_CREATE_CLIENTS, True)
    number = "+79991234567"  # nobody's number in the seeded database
    softphone = window.softphone
    assert softphone.start(account(free_udp_port(), register=False))
    peer = SippPeer(
        "uac_rejected.xml",
        tmp_path,
        remote=softphone.phone.local_address(),
        variables={"caller": number},
    ).start()
    try:
        popup = pump(softphone, lambda: next(iter(window.call_alerts.popups.values()), None))
        assert isinstance(popup, IncomingPopup)
        pump(softphone, lambda: popup.info is not None and popup.info.known)
        assert popup.info is not None and popup.name.text() == "+7 999 123-45-67"
        assert popup.card_button.isEnabled()
        with db.transaction() as session:
            owner = session.scalars(select(Phone.client_id).where(Phone.number == number)).one()
        assert owner == popup.info.client_id
        QTest.mouseClick(popup.reject_button, Qt.MouseButton.LeftButton)
        finished(softphone, peer)
        pump(softphone, lambda: not softphone.calls())
        assert softphone.missed == 0  # rejected by the operator: not a missed call
    finally:
        peer.stop()


def test_the_client_card_calls_the_selected_phone(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, db: Database
) -> None:
    with db.transaction() as session:
        client_id = session.scalars(
            select(Phone.client_id).where(Phone.client_id.is_not(None)).limit(1)
        ).one()
    card = window.open_client_card(client_id)
    assert not card.call_button.isEnabled()  # type: ignore[attr-defined]
    peer = SippPeer("uas_answer.xml", tmp_path).start()
    try:
        softphone = window.softphone
        assert softphone.start(account(peer.port, register=False))
        qtbot.waitUntil(lambda: card.call_button.isEnabled(), timeout=5000)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: card.phones.rowCount() > 0, timeout=10_000)  # type: ignore[attr-defined]
        card.phones.setCurrentCell(0, 0)  # type: ignore[attr-defined]
        shown = card.phones.item(0, 0).text()  # type: ignore[attr-defined]
        QTest.mouseClick(card.call_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        pump(softphone, lambda: any(v.state is CallState.CONNECTED for v in softphone.calls()))
        assert f"INVITE sip:{dial_string(shown)}@127.0.0.1" in peer.messages()
        window.softphone_panel.hang_up()
        finished(softphone, peer)
    finally:
        peer.stop()


def test_a_caller_who_gives_up_is_a_missed_call_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    softphone = window.softphone
    assert softphone.start(account(free_udp_port(), register=False))
    assert not window.missed_label.isVisible()
    # Connected after the session: runs right after it handled the INVITE. Polling for the
    # pop-up instead could miss it on a loaded machine (the caller gives up 300 ms after 180).
    popped: list[bool] = []
    softphone.phone.incoming_call.connect(
        lambda v: popped.append(v.id in window.call_alerts.popups)
    )
    peer = SippPeer(
        "uac_cancel.xml",
        tmp_path,
        remote=softphone.phone.local_address(),
        variables={"caller": "+79161234567"},
    ).start()
    try:
        pump(softphone, lambda: bool(popped))
        assert popped == [True]  # it popped up
        finished(softphone, peer)  # it rang, then the caller hung up (CANCEL)
        pump(softphone, lambda: not window.call_alerts.popups and softphone.missed == 1)
    finally:
        peer.stop()
    assert window.missed_label.isVisible() and "1" in window.missed_label.text()
    QTest.mouseClick(window.missed_label, Qt.MouseButton.LeftButton)
    journal = window.open_section(window.SECTION_JOURNAL)
    assert isinstance(journal, JournalForm)
    assert journal.toggles["missed"].isChecked() and journal.toggles["my_calls"].isChecked()
    assert softphone.missed == 0 and not window.missed_label.isVisible()


@pytest.mark.parametrize(("password", "ok"), [("s3cret", True), ("wrong", False)])
def test_settings_test_registration_button_shows_the_pbx_answer(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, password: str, ok: bool
) -> None:
    registrar = SippPeer("register.xml", tmp_path, variables={"expires": "300"}).start()
    dialog = SettingsDialog(window, audio_device=MemoryAudioDevice())
    qtbot.addWidget(dialog)
    try:
        page = dialog.softphone
        page.set_probe(window.softphone.test_registration)
        page.registrar.setText("127.0.0.1")
        page.port.setValue(registrar.port)
        page.user.setText("301")
        page.password.setText(password)
        QTest.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        assert not page.test_button.isEnabled()
        qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
        text = page.test_result.text()
        assert text.startswith("Registered: 200") if ok else "403 Forbidden" in text, text
        qtbot.waitUntil(lambda: not registrar.running(), timeout=10_000)
        assert registrar.wait(1) == 0, registrar.errors()
        assert window.softphone.phone.config is None  # the working account was not touched
    finally:
        registrar.stop()
