"""The database server goes away while the app is open (issue 18): stopped for an update, or
unreachable behind a firewall that drops packets. Each test does the fault for real on a
MariaDB of its own (the suite's shared server is not touched) and checks what the user gets:
one "no connection, retrying" in the status bar, a GUI thread that never waits on the
database, edits kept in their forms and saved once the server is back, and a journal that
refreshes by itself. Also during a pause (the operator's Ready / Pause chosen while the server
is away is saved once when it is back) and while a call rings (the pop-up shows the number,
says the name is unknown for now, and names the caller when the database is back).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, select

from app.database import Database, make_engine, migrate
from app.phones import display
from app.workplace import Workplace
from models import Call, Client, Pause, PauseReason, Phone, Role
from softphone.audio import MemoryAudioDevice
from tests.app.callbacks.support import missed
from tests.support.mariadb_server import MariaDBServer
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import account, wait_until
from tests.support.tcp_proxy import TcpProxy
from tests.support.ui_support import NOW, seed_small, user_with_role
from ui.application import configure_settings
from ui.clients.card import ClientCardForm
from ui.database_runner import connection_monitor
from ui.journal.form import JournalForm
from ui.journal.model import ROW_ROLE
from ui.main_window import MainWindow
from ui.softphone.popup import IncomingPopup

pytestmark = pytest.mark.mariadb

# The journal polls every few seconds; a lost server is noticed by the next poll.
NOTICED_MS = 30_000


@pytest.fixture
def server(fault_server: MariaDBServer) -> MariaDBServer:
    """The suite's server for fault tests (tests/conftest.py): this module halts, freezes
    and resumes it."""
    return fault_server


@pytest.fixture
def outage_db(server: MariaDBServer, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A small seeded database on the module's server; the desktop's engine (interactive:
    bounded reads), with the timeout a test asks for in its URL."""
    name = f"outage_{secrets.token_hex(5)}"
    url = server.create_database(name)
    query = getattr(request, "param", "")
    setup = make_engine(url)
    migrate(setup)
    seed_small(setup, calls=300, clients=40)
    setup.dispose()
    configure_settings()
    db = Database(make_engine(url + query, interactive=True))
    try:
        yield db
    finally:
        db.dispose()
        if server._process is None:  # a test that failed while the server was halted
            server.resume()
        server.thaw()
        server.drop_database(name)


class GuiThreadStatements:
    """Every statement the GUI thread sends: there must be none while the server is away."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.on_gui_thread: list[str] = []
        self.counting = False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.counting and threading.current_thread() is threading.main_thread():
            self.on_gui_thread.append(statement)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def _gui_keeps_running(qtbot: QtBot) -> None:
    """The event loop turns: zero-delay timers keep firing (a GUI blocked on a socket would
    not run them)."""
    from PySide6.QtCore import QTimer

    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        qtbot.waitUntil(lambda: len(ticks) >= 50, timeout=5_000)
    finally:
        timer.stop()


def test_the_journal_survives_a_server_restart_and_refreshes_by_itself(
    qtbot: QtBot, server: MariaDBServer, outage_db: Database
) -> None:
    window = MainWindow(outage_db, user_with_role(outage_db, Role.SUPERVISOR), "outage")
    qtbot.addWidget(window)
    window.show()
    journal = window.tabs.currentWidget()
    assert isinstance(journal, JournalForm)
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0, timeout=15_000)
    journal.poll_timer.setInterval(500)
    gui = GuiThreadStatements(outage_db.engine)
    label = window.connection_label
    try:
        gui.counting = True
        server.halt()
        qtbot.waitUntil(label.isVisible, timeout=NOTICED_MS)
        assert label.text() == "No connection to the database, retrying…"
        assert label.toolTip()  # what failed, for the administrator
        _gui_keeps_running(qtbot)
        # Three more polls fail while the server is away: still one message, no dialog.
        qtbot.wait(1_600)
        assert label.isVisible()
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert gui.on_gui_thread == []
        server.resume()
        with outage_db.transaction() as s:
            new_call = missed(s, "+79990001122", NOW + timedelta(minutes=1))
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=NOTICED_MS)

        def shows_new_call() -> bool:
            rows = (journal.model.index(r, 0).data(ROW_ROLE) for r in range(5))
            return any(row is not None and row.id == new_call for row in rows)

        qtbot.waitUntil(shows_new_call, timeout=NOTICED_MS)
        gui.counting = False
    finally:
        gui.close()
        window.close()


@pytest.mark.parametrize("outage_db", ["&read_timeout=2&write_timeout=2"], indirect=True)
def test_an_unreachable_server_is_noticed_within_the_read_timeout(
    qtbot: QtBot, server: MariaDBServer, outage_db: Database
) -> None:
    """Frozen (packets dropped, sockets open): without a read timeout the journal's thread
    would wait for ever and the window would never say anything."""
    window = MainWindow(outage_db, user_with_role(outage_db, Role.SUPERVISOR), "outage")
    qtbot.addWidget(window)
    window.show()
    journal = window.tabs.currentWidget()
    assert isinstance(journal, JournalForm)
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0, timeout=15_000)
    journal.poll_timer.setInterval(500)
    gui = GuiThreadStatements(outage_db.engine)
    label = window.connection_label
    try:
        gui.counting = True
        server.freeze()
        qtbot.waitUntil(label.isVisible, timeout=NOTICED_MS)
        _gui_keeps_running(qtbot)
        assert gui.on_gui_thread == []
        server.thaw()
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=NOTICED_MS)
        gui.counting = False
    finally:
        gui.close()
        window.close()


def test_a_comment_typed_during_the_outage_is_kept_and_saved_after(
    qtbot: QtBot, server: MariaDBServer, outage_db: Database
) -> None:
    form = JournalForm(
        Workplace(outage_db, user_with_role(outage_db, Role.SUPERVISOR)), poll_ms=60_000
    )
    qtbot.addWidget(form)
    form.resize(1400, 700)
    form.show()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=15_000)
    form.table.selectRow(0)
    call_id = form.model.index(0, 0).data(ROW_ROLE).id
    editor = form.panel.comment
    qtbot.waitUntil(
        lambda: editor.state is not None and editor.state.call_id == call_id, timeout=10_000
    )
    server.halt()
    editor.edit.setPlainText("Перезвонить после обеда")
    editor.save()
    qtbot.waitUntil(lambda: not editor._busy and editor.error.isVisible(), timeout=NOTICED_MS)
    assert "Your text is kept" in editor.error.text()
    assert editor.edit.toPlainText() == "Перезвонить после обеда"
    # ... and said once, in the main window's status bar
    qtbot.waitUntil(lambda: connection_monitor().is_lost, timeout=5_000)
    server.resume()
    editor.save()
    qtbot.waitUntil(
        lambda: editor.state is not None and editor.state.text == "Перезвонить после обеда",
        timeout=NOTICED_MS,
    )
    with outage_db.engine.connect() as conn:
        assert conn.scalar(select(Call.comment).where(Call.id == call_id)) == (
            "Перезвонить после обеда"
        )
    form.close()


def test_a_card_edited_during_the_outage_is_kept_and_saved_after(
    qtbot: QtBot, server: MariaDBServer, outage_db: Database
) -> None:
    with outage_db.engine.connect() as conn:
        client_id, version = conn.execute(
            select(Client.id, Client.version).order_by(Client.id).limit(1)
        ).one()
    card = ClientCardForm(
        Workplace(outage_db, user_with_role(outage_db, Role.SUPERVISOR)), client_id
    )
    qtbot.addWidget(card)
    card.resize(1000, 640)
    card.show()
    qtbot.waitUntil(lambda: card.original is not None, timeout=10_000)
    server.halt()
    card.name.setText("ООО Ромашка (после сбоя)")
    assert card.save() is False
    assert "Nothing was saved" in card.message.text()
    assert card.name.text() == "ООО Ромашка (после сбоя)"  # the edit is kept
    server.resume()
    assert card.save() is True
    with outage_db.engine.connect() as conn:
        name, saved_version = conn.execute(
            select(Client.display_name, Client.version).where(Client.id == client_id)
        ).one()
    assert name == "ООО Ромашка (после сбоя)"
    assert saved_version == version + 1  # written once
    card.close()


def _no_dialog() -> bool:
    return not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _stored_pauses(db: Database, employee_id: int) -> list[tuple[str, bool]]:
    """The employee's pauses in order: reason, and whether it is still open."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(Pause.reason, Pause.ended_at)
            .where(Pause.employee_id == employee_id)
            .order_by(Pause.id)
        )
        return [(reason, ended is None) for reason, ended in rows]


def _operator_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(
        db, user_with_role(db, Role.OPERATOR), "outage", audio_device=MemoryAudioDevice()
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    pause = window.pause_control
    qtbot.waitUntil(lambda: pause._loaded, timeout=15_000)
    return window


def test_a_pause_ended_and_one_started_while_the_server_is_stopped_are_saved_once_after(
    qtbot: QtBot, server: MariaDBServer, outage_db: Database
) -> None:
    window = _operator_window(qtbot, outage_db)
    pause = window.pause_control
    me = window.user.id
    pause.start_pause(PauseReason.LUNCH)
    qtbot.waitUntil(lambda: pause.paused and not pause.saving, timeout=15_000)
    label = window.connection_label
    gui = GuiThreadStatements(outage_db.engine)
    try:
        gui.counting = True
        server.halt()
        # On lunch while the server is away; then Ready is chosen.
        _gui_keeps_running(qtbot)
        pause.end_pause()
        qtbot.waitUntil(lambda: pause.waiting_for_database, timeout=NOTICED_MS)
        qtbot.waitUntil(label.isVisible, timeout=NOTICED_MS)
        assert label.text() == "No connection to the database, retrying…"
        assert pause.paused  # as stored: still on lunch, and it says Ready is not saved yet
        assert pause.text() == "Ready — not saved yet ▾"
        assert pause.property("saving") is True
        _gui_keeps_running(qtbot)
        assert _no_dialog()
        server.resume()
        qtbot.waitUntil(lambda: not pause.saving, timeout=NOTICED_MS)
        assert not pause.paused and pause.text() == "Ready ▾"
        gui.counting = False  # the test's own look at the table
        assert _stored_pauses(outage_db, me) == [("lunch", False)]
        gui.counting = True

        # Ready while the server is away; a break is chosen.
        server.halt()
        pause.start_pause(PauseReason.BREAK)
        qtbot.waitUntil(lambda: pause.waiting_for_database, timeout=NOTICED_MS)
        assert not pause.paused  # not paused until it is stored
        assert pause.text() == "Pause: Break — not saved yet ▾"
        _gui_keeps_running(qtbot)
        assert _no_dialog()
        server.resume()
        qtbot.waitUntil(lambda: pause.paused and not pause.saving, timeout=NOTICED_MS)
        assert pause.text().startswith("Pause: Break ")
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=NOTICED_MS)
        assert gui.on_gui_thread == []
        gui.counting = False
        assert _stored_pauses(outage_db, me) == [("lunch", False), ("break", True)]
    finally:
        gui.close()
        window.close()
        window.softphone.shutdown()


@pytest.mark.parametrize("outage_db", ["&read_timeout=2&write_timeout=2"], indirect=True)
def test_a_pause_started_while_the_server_does_not_answer_never_blocks_and_is_saved_once(
    qtbot: QtBot, server: MariaDBServer, outage_db: Database
) -> None:
    """Frozen (packets dropped): the write waits on its socket until the read timeout, on a
    pool thread; the GUI keeps running, the button says it is saving, then waiting."""
    window = _operator_window(qtbot, outage_db)
    pause = window.pause_control
    me = window.user.id
    gui = GuiThreadStatements(outage_db.engine)
    try:
        gui.counting = True
        server.freeze()
        pause.start_pause(PauseReason.TRAINING)
        assert pause.saving and not pause.paused
        assert pause.text() == "Pause: Training — saving… ▾"
        _gui_keeps_running(qtbot)  # while the write waits for an answer
        qtbot.waitUntil(lambda: pause.waiting_for_database, timeout=NOTICED_MS)
        qtbot.waitUntil(window.connection_label.isVisible, timeout=NOTICED_MS)
        assert not pause.paused
        assert _no_dialog()
        server.thaw()
        qtbot.waitUntil(lambda: pause.paused and not pause.saving, timeout=NOTICED_MS)
        qtbot.waitUntil(lambda: not window.connection_label.isVisible(), timeout=NOTICED_MS)
        # ... and Ready, chosen while it does not answer again
        server.freeze()
        pause.end_pause()
        assert pause.text() == "Ready — saving… ▾" and pause.paused
        _gui_keeps_running(qtbot)
        qtbot.waitUntil(lambda: pause.waiting_for_database, timeout=NOTICED_MS)
        assert pause.paused and _no_dialog()
        server.thaw()
        qtbot.waitUntil(lambda: not pause.paused and not pause.saving, timeout=NOTICED_MS)
        assert gui.on_gui_thread == []
        gui.counting = False
        assert _stored_pauses(outage_db, me) == [("training", False)]
    finally:
        gui.close()
        window.close()
        window.softphone.shutdown()


def test_a_call_ringing_while_the_server_is_stopped_pops_up_with_its_number(
    qtbot: QtBot, tmp_path: Path, server: MariaDBServer, outage_db: Database
) -> None:
    """The caller lookup cannot reach the database: the pop-up shows the number at once, says
    the name is unknown for now, and names the client once the database is back while it
    still rings. The GUI thread never waits on the database meanwhile."""
    with outage_db.engine.connect() as conn:
        number, name = conn.execute(
            select(Phone.number, Client.display_name)
            .join(Client, Client.id == Phone.client_id)
            .where(Phone.number.like("+7%"))
            .order_by(Phone.id)
            .limit(1)
        ).one()
    window = _operator_window(qtbot, outage_db)
    softphone = window.softphone
    assert softphone.start(account(free_udp_port(), register=False))
    gui = GuiThreadStatements(outage_db.engine)
    peer: SippPeer | None = None
    try:
        gui.counting = True
        server.halt()
        peer = SippPeer(
            "uac_invite.xml",
            tmp_path,
            remote=softphone.phone.local_address(),
            variables={"caller": number},
        ).start()

        def popup() -> IncomingPopup | None:
            return next(iter(window.call_alerts.popups.values()), None)

        try:
            shown = wait_until(softphone.phone, popup, 30)
        except AssertionError:
            raise AssertionError(peer.errors() + peer.messages()[-3000:]) from None
        assert isinstance(shown, IncomingPopup) and shown.isVisible()
        assert shown.number.text() == display(number)  # at once
        unknown = "Name unknown for now: no connection to the database"
        wait_until(softphone.phone, lambda: shown.name.text() == unknown, 30)
        assert shown.info is None
        wait_until(softphone.phone, window.connection_label.isVisible, 30)
        _gui_keeps_running(qtbot)
        assert _no_dialog()
        assert gui.on_gui_thread == []
        server.resume()
        wait_until(softphone.phone, lambda: shown.name.text() == name, 60)
        assert shown.card_button.isEnabled()
        gui.counting = False
        shown.reject()
    finally:
        if peer is not None:
            peer.stop()
        gui.close()
        window.close()
        softphone.shutdown()


def test_a_pause_whose_commit_answer_was_lost_is_sent_again_and_stored_once(
    qtbot: QtBot, outage_db: Database
) -> None:
    """The server commits the pause but its answer never reaches the workstation (the
    connection breaks right after COMMIT went out): the control says it is not saved yet,
    and sent again when the server answers, the request finds the pause it had opened."""
    proxy = TcpProxy(int(outage_db.engine.url.port or 3306))
    db = Database(make_engine(outage_db.engine.url.set(port=proxy.port), interactive=True))
    writer: dict[str, int] = {}  # the thread that inserts the pause
    armed = [True]

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO pauses"):
            writer["thread"] = threading.get_ident()

    def committing(_conn: Any) -> None:
        if armed[0] and writer.get("thread") == threading.get_ident():
            armed[0] = False
            proxy.lose_answers()  # COMMIT still reaches the server; its answer is lost

    event.listen(db.engine, "before_cursor_execute", seen)
    event.listen(db.engine, "commit", committing)
    window = _operator_window(qtbot, db)
    pause = window.pause_control
    me = window.user.id
    try:
        pause.start_pause(PauseReason.LUNCH)
        qtbot.waitUntil(lambda: pause.waiting_for_database, timeout=NOTICED_MS)
        assert not pause.paused and pause.text() == "Pause: Lunch — not saved yet ▾"
        # ... yet the server has it (read past the proxy)
        assert _stored_pauses(outage_db, me) == [("lunch", True)]
        assert _no_dialog()
        proxy.answer_again()
        qtbot.waitUntil(lambda: pause.paused and not pause.saving, timeout=NOTICED_MS)
        assert _stored_pauses(outage_db, me) == [("lunch", True)]  # one row, not two
        assert pause.current is not None and pause.current.reason is PauseReason.LUNCH
    finally:
        window.close()
        window.softphone.shutdown()
        proxy.answer_again()
        proxy.cut()
        db.dispose()
