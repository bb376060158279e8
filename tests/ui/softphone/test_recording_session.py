"""The operator's session records its calls when the company says so (both databases): a
real call to SIPp's RTP echo, a tone burst into the in-memory microphone, and after the
hang-up the journal's part of the operator has a reference the player's archive resolves
to a WAV file in the recordings folder holding the burst twice (the microphone, then the
call's side); the pop-up and the dock say calls are recorded; off, nothing is recorded."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import clock
from app.company_settings import (
    CALL_SOURCE,
    CALL_SOURCE_SOFTPHONE,
    RECORD_SOFTPHONE_CALLS,
    put_setting,
)
from app.config import WorkstationSettings
from app.database import Database
from app.recordings import RecordingArchive
from app.staff import admin
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied
from models import CallPart, Role
from softphone.audio import MemoryAudioDevice
from softphone.state import CallState, CallView, Direction
from tests.support.audio_call import RATE, tone_burst, tone_onsets
from tests.support.sipp import SIPP, SippPeer, free_rtp_port
from tests.support.softphone_support import account, wait_until
from tests.support.ui_support import user_with_role
from ui.softphone.panel import SoftphonePanel
from ui.softphone.popup import IncomingPopup
from ui.softphone.session import SoftphoneSession

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.seed(calls=10, clients=5, employees=10, days=1, seed=3),
    pytest.mark.skipif(SIPP is None, reason="sipp (sip-tester) is not installed"),
]


@pytest.fixture
def operator(db: Database) -> CurrentUser:
    return user_with_role(db, Role.OPERATOR)


@pytest.fixture
def echo(tmp_path: Path) -> Iterator[SippPeer]:
    extra = ["-mi", "127.0.0.1", "-mp", str(free_rtp_port()), "-rtp_echo"]
    peer = SippPeer("uas", tmp_path / "sipp", extra=extra).start()
    yield peer
    peer.stop()


def session_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: Database, who: CurrentUser, on: bool
) -> tuple[SoftphoneSession, MemoryAudioDevice, Path]:
    admin_user = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        put_setting(s, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
        admin.set_company_setting(s, admin_user, RECORD_SOFTPHONE_CALLS, on)
    monkeypatch.setenv("CALLDESK_DATA_DIR", str(tmp_path / "data"))
    store = tmp_path / "store"
    store.mkdir()
    device = MemoryAudioDevice()
    session = SoftphoneSession(
        db, who, WorkstationSettings(recordings_base=str(store)), audio_device=device
    )
    return session, device, store


def talk_to_echo(session: SoftphoneSession, device: MemoryAudioDevice, peer: SippPeer) -> None:
    """Dial the echo, put one short burst into the microphone, hang up after it came back."""
    assert session.start(account(peer.port, register=False))
    key = session.dial("302")
    wait_until(session.phone, lambda: session.phone.call(key).state is CallState.CONNECTED)
    wait_until(session.phone, lambda: session.phone.call(key).has_audio)
    assert session.bridge.wait_idle()
    start = session.bridge.stats().frames_requested
    device.feed(tone_burst(RATE, 20))
    wait_until(session.phone, lambda: session.bridge.stats().frames_requested > start + 50, 60)
    session.phone.hangup(key)
    wait_until(session.phone, lambda: not session.calls())


def last_part_id(db: Database) -> int:
    with db.transaction() as s:
        return int(s.scalar(select(func.max(CallPart.id))) or 0)


def operator_part(db: Database, who: CurrentUser, after: int) -> CallPart | None:
    """The operator's part of a call written after part ``after`` (the seeded ones)."""
    with db.transaction() as s:
        part = s.scalars(
            select(CallPart)
            .where(CallPart.employee_id == who.id, CallPart.id > after)
            .order_by(CallPart.id.desc())
        ).first()
        if part is not None:
            s.expunge(part)
        return part


def test_a_recorded_call_reaches_the_store_and_its_part(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    operator: CurrentUser,
    echo: SippPeer,
) -> None:
    with db.transaction() as s, pytest.raises(PermissionDenied):
        admin.set_company_setting(s, operator, RECORD_SOFTPHONE_CALLS, True)
    session, device, store = session_for(tmp_path, monkeypatch, db, operator, on=True)
    panel = SoftphonePanel(session)
    try:
        assert session.start(account(echo.port, register=False))
        wait_until(session.phone, lambda: session.recording, 15)  # read off the GUI thread
        assert session.phone.recording
        assert not panel.recorded.isHidden() and "recorded" in panel.recorded.text()
        view = CallView(1, Direction.IN, "+79991234567", "", CallState.INCOMING, clock.now())
        popup = IncomingPopup(session, view)
        assert not popup.recorded.isHidden() and popup.recorded.text().endswith("recorded")
        popup.close()
        seeded = last_part_id(db)
        talk_to_echo(session, device, echo)

        def referenced() -> CallPart | None:
            part = operator_part(db, operator, seeded)
            return part if part is not None and part.recording_ref else None

        part = wait_until(session.phone, referenced, 30)
    finally:
        panel.deleteLater()
        session.shutdown()
    ref = str(part.recording_ref)
    assert ref.startswith(f"{part.started_at:%Y/%m/%d}/") and ref.endswith(".wav")
    location = RecordingArchive(str(store)).locate(ref)
    assert location.path is not None and location.path.is_file()
    assert RecordingArchive(str(store)).check(location) > 44
    with wave.open(str(location.path), "rb") as w:
        samples = w.readframes(w.getnframes())
        rate = w.getframerate()
    onsets, _ = tone_onsets(samples, rate)
    assert len(onsets) == 2, onsets  # our microphone, then the echo from the call
    assert not list(session.spool.directory.glob("*.wav"))  # nothing left in the spool


def test_recording_off_records_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    operator: CurrentUser,
    echo: SippPeer,
) -> None:
    session, device, store = session_for(tmp_path, monkeypatch, db, operator, on=False)
    panel = SoftphonePanel(session)
    seeded = last_part_id(db)
    try:
        talk_to_echo(session, device, echo)
        part = wait_until(session.phone, lambda: operator_part(db, operator, seeded), 15)
        assert panel.recorded.isHidden()
    finally:
        panel.deleteLater()
        session.shutdown()
    assert part.recording_ref is None
    assert not session.phone.recording
    assert not session.spool.directory.exists()
    assert not any(store.iterdir())
