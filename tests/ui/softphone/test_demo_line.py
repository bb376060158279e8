"""The demo line (issue 17): the real SIP process of ``calldesk demo`` and the operator's
real softphone session on the demo database. A demo client calls, the pop-up knows who it
is, the operator answers and hears the client, and the call is in the journal with the
line's recording; a call the operator places is answered, recorded and logged; the line
never runs for another database and leaves no process behind."""

from __future__ import annotations

import os
import random
import wave
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.cli import demo_paths
from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, get_setting
from app.config import WorkstationSettings
from app.database import Database, make_engine, migrate
from app.demo.line import DemoCaller, NotTheDemo, is_demo_database
from app.staff.auth import CurrentUser
from models import Call, CallPart, CallSource, Role
from softphone.audio import MemoryAudioDevice
from softphone.state import CallState, CallView, Direction
from tests.support.ui_support import seed_small, user_with_role
from ui.callbacks.form import CallbackForm
from ui.main_window import MainWindow
from ui.softphone.demo_line import DemoLine
from ui.softphone.session import SoftphoneSession
from ui.startup import start_demo_line

pytestmark = pytest.mark.usefixtures("qapp")
WAIT_MS = 20_000  # a loaded 2-core machine: starting a Python process with pjsua2 takes a while
NEVER_MS = 3_600_000  # the minute's demo call never fires within a test
VOICE = 2000  # samples of the client's voice (1/8 s at 16 kHz) heard before hanging up


@pytest.fixture
def demo_db() -> Iterator[Database]:
    """A small demo database where ``calldesk demo`` keeps it (the test's own data dir)."""
    paths = demo_paths()
    paths.directory.mkdir(parents=True, exist_ok=True)
    engine = make_engine(paths.url)
    migrate(engine)
    seed_small(engine, calls=100, clients=20)
    database = Database(engine)
    yield database
    database.dispose()


@pytest.fixture
def operator(demo_db: Database) -> CurrentUser:
    return user_with_role(demo_db, Role.OPERATOR)


@pytest.fixture
def device() -> MemoryAudioDevice:
    return MemoryAudioDevice()


@pytest.fixture
def session(
    demo_db: Database, operator: CurrentUser, device: MemoryAudioDevice
) -> Iterator[SoftphoneSession]:
    phone = SoftphoneSession(demo_db, operator, WorkstationSettings(), audio_device=device)
    yield phone
    phone.shutdown()


@pytest.fixture
def line(session: SoftphoneSession, tmp_path: Path, qtbot: QtBot) -> Iterator[DemoLine]:
    demo = DemoLine(
        session,
        tmp_path / "recordings",
        interval_ms=NEVER_MS,
        answer_after_ms=300,
        rng=random.Random(7),
    )
    demo.start()
    qtbot.waitUntil(lambda: bool(demo.address) and session.can_call, timeout=WAIT_MS)
    yield demo
    session.shutdown()  # first: its BYEs need the line
    demo.stop()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def voice_heard(device: MemoryAudioDevice) -> int:
    """How many samples of the operator's speaker were not near silence."""
    values = array("h")
    samples = device.played()[1]
    values.frombytes(samples[: len(samples) // 2 * 2])
    return sum(1 for v in values if abs(v) > 1000)


def recording_of(db: Database, call_id: int) -> str | None:
    with db.transaction() as s:
        return s.scalars(
            select(CallPart.recording_ref)
            .where(CallPart.call_id == call_id, CallPart.recording_ref.is_not(None))
            .limit(1)
        ).first()


def assert_recorded(recordings: Path, ref: str | None) -> None:
    assert ref is not None and ref.startswith("demo-line/")
    with wave.open(str(recordings / ref)) as w:
        assert w.getnframes() > 0


def test_a_demo_client_calls_the_operator_who_answers_hears_them_and_finds_the_call_in_journal(
    qtbot: QtBot,
    demo_db: Database,
    operator: CurrentUser,
    session: SoftphoneSession,
    line: DemoLine,
    device: MemoryAudioDevice,
    tmp_path: Path,
) -> None:
    with demo_db.transaction() as s:  # the demo's softphone writes the journal
        assert get_setting(s, CALL_SOURCE) == CALL_SOURCE_SOFTPHONE
    callers: list[DemoCaller] = []
    ringing: list[CallView] = []
    identified: list[Any] = []
    logged: list[int] = []
    attached: list[int] = []
    line.caller_dialling.connect(callers.append)
    session.ringing.connect(ringing.append)
    session.caller_identified.connect(lambda _key, info: identified.append(info))
    session.call_logged.connect(logged.append)
    line.recording_attached.connect(attached.append)

    assert line.simulate_call()
    qtbot.waitUntil(lambda: bool(ringing), timeout=WAIT_MS)
    caller, view = callers[0], ringing[0]
    assert (view.direction, view.number, view.state) == (
        Direction.IN,
        caller.number,
        CallState.INCOMING,
    )
    qtbot.waitUntil(lambda: bool(identified), timeout=WAIT_MS)
    assert (identified[0].client_id, identified[0].client_name) == (caller.client_id, caller.name)

    session.answer(view.id)
    qtbot.waitUntil(
        lambda: any(
            v.id == view.id and v.state is CallState.CONNECTED and v.has_audio
            for v in session.calls()
        ),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: voice_heard(device) > VOICE, timeout=WAIT_MS)  # the client speaks
    session.phone.hangup(view.id)
    qtbot.waitUntil(lambda: bool(logged) and bool(attached), timeout=WAIT_MS)

    assert attached == logged
    with demo_db.transaction() as s:
        call = s.get(Call, logged[0])
        assert call is not None
        assert (call.source, call.direction, call.external_number, call.client_id) == (
            CallSource.SOFTPHONE.value,
            "in",
            caller.number,
            caller.client_id,
        )
        assert call.answered_at is not None and call.employee_id == operator.id
    assert_recorded(tmp_path / "recordings", recording_of(demo_db, logged[0]))


def test_a_call_the_operator_places_is_answered_by_the_demo_line_recorded_and_logged(
    qtbot: QtBot,
    demo_db: Database,
    session: SoftphoneSession,
    line: DemoLine,
    device: MemoryAudioDevice,
    tmp_path: Path,
) -> None:
    logged: list[int] = []
    attached: list[int] = []
    session.call_logged.connect(logged.append)
    line.recording_attached.connect(attached.append)
    number = "+79161234567"
    key = session.dial("8 916 123-45-67")  # as an operator types it; the dial rules clean it
    qtbot.waitUntil(
        lambda: any(v.id == key and v.state is CallState.CONNECTED for v in session.calls()),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: voice_heard(device) > VOICE, timeout=WAIT_MS)  # "Hello?"
    session.phone.hangup(key)
    qtbot.waitUntil(lambda: bool(logged) and bool(attached), timeout=WAIT_MS)
    with demo_db.transaction() as s:
        call = s.get(Call, logged[0])
        assert call is not None
        assert (call.direction, call.external_number, call.source) == (
            "out",
            number,
            CallSource.SOFTPHONE.value,
        )
        assert call.answered_at is not None and call.status == "reached"
    assert_recorded(tmp_path / "recordings", recording_of(demo_db, logged[0]))


def test_the_demo_line_never_starts_for_another_database(
    tmp_path: Path, operator: CurrentUser
) -> None:
    other = make_engine(f"sqlite:///{tmp_path / 'company.db'}")
    migrate(other)
    db = Database(other)
    phone = SoftphoneSession(db, operator, WorkstationSettings(), audio_device=MemoryAudioDevice())
    demo = DemoLine(phone, tmp_path / "recordings", interval_ms=NEVER_MS)
    try:
        with pytest.raises(NotTheDemo):
            demo.start()
        assert (demo.running, demo.pid) == (False, 0)
        with db.transaction() as s:
            assert get_setting(s, CALL_SOURCE) != CALL_SOURCE_SOFTPHONE
    finally:
        phone.shutdown()
        db.dispose()
    assert is_demo_database(make_url(demo_paths().url))
    assert not is_demo_database(make_url("mysql+pymysql://calldesk@db.example/calldesk"))
    assert not is_demo_database(make_url(f"sqlite:///{tmp_path / 'company.db'}"))


def test_the_demo_window_rings_with_a_demo_client_and_stops_its_line_when_closed(
    qtbot: QtBot, demo_db: Database, operator: CurrentUser, tmp_path: Path
) -> None:
    window = MainWindow(
        demo_db, operator, "Demo database", WorkstationSettings(), MemoryAudioDevice()
    )
    qtbot.addWidget(window)
    window.show()
    demo = start_demo_line(window)  # as calldesk demo does: its recordings by the demo's
    assert demo.recordings == demo_paths().recordings
    button = window.softphone_panel.findChild(QToolButton, "demo_call_action_button")
    assert button is not None
    assert not window.demo_call_action.isEnabled()  # until the line listens
    qtbot.waitUntil(window.demo_call_action.isEnabled, timeout=WAIT_MS)
    assert window.softphone_dock.isVisible() and button.isVisible() and button.isEnabled()
    callers: list[DemoCaller] = []
    demo.caller_dialling.connect(callers.append)
    window.demo_call_action.trigger()
    qtbot.waitUntil(lambda: bool(window.call_alerts.popups), timeout=WAIT_MS)
    popup = next(iter(window.call_alerts.popups.values()))
    qtbot.waitUntil(lambda: popup.name.text() == callers[0].name, timeout=WAIT_MS)
    pid = demo.pid
    assert pid and alive(pid)
    window.close()
    assert not demo.running and not alive(pid)


def test_call_back_from_the_worklist_reaches_the_demo_client_and_closes_their_line(
    qtbot: QtBot, demo_db: Database, operator: CurrentUser, tmp_path: Path
) -> None:
    device = MemoryAudioDevice()
    window = MainWindow(demo_db, operator, "Demo database", WorkstationSettings(), device)
    qtbot.addWidget(window)
    demo = DemoLine(
        window.softphone,
        tmp_path / "recordings",
        window,
        interval_ms=NEVER_MS,
        answer_after_ms=300,
    )
    window.attach_demo_line(demo)
    window.show()
    demo.start()
    qtbot.waitUntil(window.demo_call_action.isEnabled, timeout=WAIT_MS)
    form = window.open_section(MainWindow.SECTION_CALLBACKS)
    assert isinstance(form, CallbackForm)
    qtbot.waitUntil(lambda: any(i.is_open for i in form.model.items), timeout=WAIT_MS)
    number = next(i.number for i in form.model.items if i.is_open)
    assert form.select_number(number)
    qtbot.waitUntil(form.call_back_action.isEnabled, timeout=WAIT_MS)  # disabled without a line
    logged: list[int] = []
    attached: list[int] = []
    window.softphone.call_logged.connect(logged.append)
    demo.recording_attached.connect(attached.append)

    form.call_back_action.trigger()
    qtbot.waitUntil(
        lambda: any(v.state is CallState.CONNECTED for v in window.softphone.calls()),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: voice_heard(device) > VOICE, timeout=WAIT_MS)
    window.softphone_panel.hang_up()
    qtbot.waitUntil(lambda: bool(logged) and bool(attached), timeout=WAIT_MS)
    with demo_db.transaction() as s:
        call = s.get(Call, logged[0])
        assert call is not None
        assert (call.direction, call.external_number, call.status) == ("out", number, "reached")
    assert_recorded(tmp_path / "recordings", recording_of(demo_db, logged[0]))
    qtbot.waitUntil(  # the call back reached the caller: their line in the worklist is closed
        lambda: not any(i.is_open and i.number == number for i in form.model.items),
        timeout=WAIT_MS,
    )
    window.close()
    assert not demo.running


def test_a_demo_client_calls_by_itself_but_not_while_the_operator_is_on_a_call(
    qtbot: QtBot, session: SoftphoneSession, tmp_path: Path
) -> None:
    demo = DemoLine(session, tmp_path / "recordings", interval_ms=200, rng=random.Random(3))
    calling: list[dict[str, Any]] = []
    demo.message_received.connect(lambda m: calling.append(m) if "calling" in m else None)
    ticks: list[int] = []
    demo._timer.timeout.connect(lambda: ticks.append(1))
    demo.start()
    try:
        ringing: list[CallView] = []
        session.ringing.connect(ringing.append)
        qtbot.waitUntil(lambda: bool(ringing), timeout=WAIT_MS)  # nobody pressed anything
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= seen + 3, timeout=WAIT_MS)
        assert len(calling) == 1  # the interval passed thrice, the call still rings: no other
    finally:
        session.shutdown()
        demo.stop()


def test_the_journal_row_of_a_call_answered_here_shows_it_finished_without_a_refresh(
    qtbot: QtBot, demo_db: Database, operator: CurrentUser
) -> None:
    """The row comes in while the call is talked (written when answered, no talk time yet);
    when the call ends the journal reads that row again, so the operator sees it finished
    without F5."""
    window = MainWindow(
        demo_db, operator, "Demo database", WorkstationSettings(), MemoryAudioDevice()
    )
    qtbot.addWidget(window)
    window.show()
    start_demo_line(window)
    qtbot.waitUntil(window.demo_call_action.isEnabled, timeout=WAIT_MS)
    journal = window.form(MainWindow.SECTION_JOURNAL)
    model = journal.model  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    phone = window.softphone
    ringing: list[CallView] = []
    logged: list[int] = []
    phone.ringing.connect(ringing.append)
    phone.call_logged.connect(logged.append)
    window.demo_call_action.trigger()
    qtbot.waitUntil(lambda: bool(ringing), timeout=WAIT_MS)
    view = ringing[0]
    phone.answer(view.id)
    qtbot.waitUntil(
        lambda: any(v.id == view.id and v.state is CallState.CONNECTED for v in phone.calls()),
        timeout=WAIT_MS,
    )

    def talking() -> Any:
        rows = (model.row_at(i) for i in range(min(model.rowCount(), 50)))
        return next((r for r in rows if r and r.number == view.number and r.ended_at is None), None)

    model.poll_newer()  # as the journal's timer does
    qtbot.waitUntil(lambda: talking() is not None, timeout=WAIT_MS)
    call_id = talking().id
    assert talking().talk_seconds == 0  # the row as written when answered
    qtbot.wait(1200)  # a second of talk
    phone.phone.hangup(view.id)
    qtbot.waitUntil(lambda: call_id in logged, timeout=WAIT_MS)

    def row() -> Any:
        rows = (model.row_at(i) for i in range(min(model.rowCount(), 50)))
        return next((r for r in rows if r and r.id == call_id), None)

    qtbot.waitUntil(lambda: row() is not None and row().ended_at is not None, timeout=WAIT_MS)
    assert row().talk_seconds >= 1
    window.close()
