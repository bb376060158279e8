"""Log out without restarting (issue 19, personal cabinet): My account's Log out ends the
window's session at once and destroys it; the next employee gets a window of their own (their
name, their journal columns, their calls) and their softphone registers with their own SIP
account against a SIPp registrar, the password asked once on this computer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import WorkstationSettings, save_settings
from app.database import Database
from app.softphone_settings import (
    SoftphoneSettings,
    load_softphone_settings,
    store_softphone_settings,
)
from app.staff.auth import CurrentUser, current_user, hash_password
from app.staff.pauses import current_pause
from app.staff.sip_account import SipAccount, set_sip_account, sip_account_of, sip_secret_key
from app.staff.user_settings import ColumnLayout, ColumnState, save_column_layout
from models import (
    CallParticipant,
    Employee,
    OperatorPresence,
    PauseReason,
    PresenceState,
    Role,
    WorkSession,
)
from softphone.state import RegistrationState
from tests.conftest import MemoryKeyring
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import PASSWORD
from tests.support.ui_support import user_with_role
from ui.journal.columns import COLUMNS, Col
from ui.journal.form import JournalForm
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.softphone.sip_password import SipPasswordDialog
from ui.splash import open_first_window
from ui.startup import Workstation

pytestmark = pytest.mark.seed(calls=400, clients=40, days=3, seed=5, qt_settings=True)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


def _operators(db: Database) -> tuple[CurrentUser, CurrentUser]:
    """Two operators with calls, each with the password "secret-<login>"."""
    with db.transaction() as s:
        rows = s.scalars(
            select(Employee).where(Employee.role == Role.OPERATOR.value).order_by(Employee.id)
        ).all()
        for e in rows:
            e.password_hash = hash_password(f"secret-{e.login}")
        a, b = rows[0], rows[1]
        return current_user(a), current_user(b)


@pytest.fixture
def workstation(qtbot: QtBot, db: Database) -> Iterator[Workstation]:
    splash = open_first_window("en")
    qtbot.addWidget(splash)
    station = Workstation(splash, demo=False)
    station.db = db
    yield station
    for window in (station.window, station.login_dialog):
        if window is not None and shiboken6.isValid(window):
            window.close()


def _log_in(qtbot: QtBot, station: Workstation, who: CurrentUser) -> MainWindow:
    dialog = station.login_dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    dialog.login.setText(who.login)
    dialog.password.setText(f"secret-{who.login}")
    with qtbot.waitSignal(station.main_window_shown, timeout=30_000) as shown:
        dialog.accept()
    window = shown.args[0]
    assert isinstance(window, MainWindow) and window.user.id == who.id
    return window


def _open_work_sessions(db: Database, employee_id: int) -> int:
    with db.transaction() as s:
        return len(
            s.scalars(
                select(WorkSession.id).where(
                    WorkSession.employee_id == employee_id, WorkSession.ended_at.is_(None)
                )
            ).all()
        )


def _presence(db: Database, employee_id: int) -> str | None:
    """What the operators board shows of the employee (None: never reported)."""
    with db.transaction() as s:
        row = s.get(OperatorPresence, employee_id)
        return row.state if row is not None else None


def _log_out(qtbot: QtBot, window: MainWindow) -> None:
    """Log out as the operator does it: My account, Log out."""
    account = window.open_account()
    assert account.log_out.text() == "Log out"
    account.log_out.click()
    assert not window.isVisible()


def test_log_out_and_in_as_another_operator_gives_their_own_window(
    qtbot: QtBot, db: Database, workstation: Workstation
) -> None:
    a, b = _operators(db)
    hidden = ColumnLayout(
        tuple(
            ColumnState(spec.key, visible=col is not Col.COMMENT) for col, spec in COLUMNS.items()
        )
    )
    db.write(lambda s: save_column_layout(s, b.id, hidden))
    first = workstation.show_main_window(a)
    journal_a = first.form(MainWindow.SECTION_JOURNAL)
    assert isinstance(journal_a, JournalForm)
    assert not journal_a.table.horizontalHeader().isSectionHidden(Col.COMMENT)
    phone_a = first.softphone
    assert a.full_name in first.user_label.toolTip()

    first.pause_control.start_pause(PauseReason.LUNCH)
    qtbot.waitUntil(lambda: first.pause_control.paused, timeout=10_000)

    _log_out(qtbot, first)
    with db.transaction() as s:
        assert current_pause(s, a.id) is None  # A's lunch ended with A's session
    assert phone_a._shut_down and not phone_a.phone.running  # at once, not at the next login
    # A's stretch of work ended with the log out (time logged in stops counting).
    qtbot.waitUntil(lambda: _open_work_sessions(db, a.id) == 0, timeout=10_000)
    second = _log_in(qtbot, workstation, b)
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=10_000)  # destroyed
    assert not shiboken6.isValid(phone_a)  # and its softphone with it
    assert workstation.window is second and second.isVisible()
    tip = second.user_label.toolTip()
    assert b.full_name in tip and a.full_name not in tip
    journal_b = second.form(MainWindow.SECTION_JOURNAL)
    assert isinstance(journal_b, JournalForm)
    assert journal_b.table.horizontalHeader().isSectionHidden(Col.COMMENT)  # B's columns
    qtbot.waitUntil(lambda: journal_b.model.rowCount() > 0, timeout=15_000)
    rows = [journal_b.model.row_at(r) for r in range(journal_b.model.rowCount())]
    shown = {row.id for row in rows if row is not None}
    assert shown
    with db.transaction() as s:
        theirs = set(
            s.scalars(select(CallParticipant.call_id).where(CallParticipant.employee_id == b.id))
        )
    assert shown <= theirs  # B's calls only


def _answer_password(qtbot: QtBot, window: MainWindow, password: str) -> None:
    qtbot.waitUntil(
        lambda: isinstance(window.softphone_start.question, SipPasswordDialog), timeout=10_000
    )
    dialog = window.softphone_start.question
    assert isinstance(dialog, SipPasswordDialog) and dialog.remember.isChecked()
    dialog.password.setText(password)
    dialog.accept()


def test_the_softphone_registers_with_the_employees_own_account(
    qtbot: QtBot,
    tmp_path: Path,
    db: Database,
    workstation: Workstation,
    memory_keyring: MemoryKeyring,
) -> None:
    """A at this desk: asked for the password once, registers as their own 301 on their PBX,
    unregisters at Log out; B (no account) gets no softphone; A again: no question."""
    a, b = _operators(db)
    admin = user_with_role(db, Role.ADMIN)
    registrar = SippPeer(
        "register.xml", tmp_path, calls=2, variables={"expires": "300"}, extra=("-aa",)
    ).start()
    try:
        mine = SipAccount(registrar="127.0.0.1", user="301", port=registrar.port)
        stored = db.write(lambda s: set_sip_account(s, admin, a.id, mine, 0))
        assert stored is not None
        first = workstation.show_main_window(a)
        assert first.softphone.password_needed
        _answer_password(qtbot, first, PASSWORD)
        qtbot.waitUntil(
            lambda: first.softphone.phone.registration.state is RegistrationState.REGISTERED,
            timeout=15_000,
        )
        assert first.softphone_label.text() == "SIP 301: registered"
        assert memory_keyring.secrets[("CallDesk", sip_secret_key(a.login, stored))] == PASSWORD
        qtbot.waitUntil(lambda: _presence(db, a.id) == PresenceState.READY.value, timeout=10_000)
        _log_out(qtbot, first)
        # Offline on the operators board at once, not when the heartbeat goes stale.
        qtbot.waitUntil(lambda: _presence(db, a.id) == PresenceState.OFFLINE.value)

        second = _log_in(qtbot, workstation, b)
        assert second.softphone.sip_account is None and second.softphone_start.question is None
        assert not second.softphone.phone.running
        assert "no SIP account" in second.softphone.unavailable_reason()
        _log_out(qtbot, second)

        third = _log_in(qtbot, workstation, a)
        assert third.softphone_start.question is None  # remembered on this computer
        qtbot.waitUntil(
            lambda: third.softphone.phone.registration.state is RegistrationState.REGISTERED,
            timeout=15_000,
        )
        third.close()
        assert registrar.wait(15) == 0, registrar.errors()
    finally:
        registrar.stop()


def test_the_workstations_own_account_is_offered_to_the_operator(
    qtbot: QtBot, db: Database, workstation: Workstation, memory_keyring: MemoryKeyring
) -> None:
    a, _b = _operators(db)
    port = free_udp_port()  # nobody answers there: registering is enough
    ws = WorkstationSettings()
    store_softphone_settings(
        ws,
        SoftphoneSettings(registrar="127.0.0.1", port=port, user="305", speaker_volume=60),
        "old-pass",
    )
    save_settings(ws)
    workstation.settings = ws
    window = workstation.show_main_window(a)
    qtbot.waitUntil(lambda: window.softphone_start.question is not None, timeout=10_000)
    box = window.softphone_start.question
    assert isinstance(box, QMessageBox) and box.objectName() == "adopt_sip_account"
    assert "305@127.0.0.1" in box.text()
    box.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: window.softphone.phone.running, timeout=10_000)
    with db.transaction() as s:
        account = sip_account_of(s, a.id)
    assert account is not None and (account.user, account.port) == ("305", port)
    assert window.softphone.known_password() == "old-pass"  # moved to the employee's entry
    assert list(memory_keyring.secrets) == [("CallDesk", sip_secret_key(a.login, account))]
    left = load_softphone_settings(ws)
    assert not left.configured and left.speaker_volume == 60  # the desk keeps its own things
    assert window.softphone.phone.config is not None
    assert window.softphone.phone.config.password == "old-pass"


def test_a_refused_password_question_is_asked_again_from_the_sip_state(
    qtbot: QtBot, db: Database, workstation: Workstation, memory_keyring: MemoryKeyring
) -> None:
    a, _b = _operators(db)
    admin = user_with_role(db, Role.ADMIN)
    mine = SipAccount(registrar="127.0.0.1", user="301", port=free_udp_port())
    db.write(lambda s: set_sip_account(s, admin, a.id, mine, 0))
    window = workstation.show_main_window(a)
    qtbot.waitUntil(lambda: window.softphone_start.question is not None, timeout=10_000)
    assert window.softphone_label.text() == "SIP 301: password needed"
    question = window.softphone_start.question
    assert isinstance(question, SipPasswordDialog)
    question.reject()
    assert window.softphone_start.question is None
    assert not window.softphone.phone.running  # no REGISTER with an empty password
    assert window.softphone_label.text() == "SIP 301: password needed"
    window.softphone_label.clicked()  # the operator clicks the SIP state
    again = window.softphone_start.question
    assert isinstance(again, SipPasswordDialog)
    again.remember.setChecked(False)  # this session only
    again.password.setText("typed")
    again.accept()
    qtbot.waitUntil(lambda: window.softphone.phone.running, timeout=10_000)
    assert window.softphone.phone.config is not None
    assert window.softphone.phone.config.password == "typed"
    assert memory_keyring.secrets == {}  # not remembered on this computer
