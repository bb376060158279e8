"""Playing and downloading a recording in the side panel's real player (libVLC) writes one
row each to the recording access log, off the GUI thread, stamped with the app's clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app import clock
from app.database import Database
from app.workplace import Workplace
from models import CallPart, RecordingAccess, Role
from tests.support.ui_support import user_with_role
from tests.ui.test_player import VLC_TEST_ARGS
from ui.call_panel.panel import CallPanel

pytestmark = pytest.mark.seed(
    calls=60, clients=10, days=2, seed=21, recordings=True, qt_settings=True
)


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    return tmp_path / "recordings"


def _accesses(db: Database) -> list[tuple[int, int, int | None, str, str]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(
                RecordingAccess.employee_id,
                RecordingAccess.call_id,
                RecordingAccess.part_seq,
                RecordingAccess.recording_ref,
                RecordingAccess.action,
            ).order_by(RecordingAccess.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_playing_and_downloading_log_one_access_each(
    qtbot: QtBot, db: Database, recordings: Path, tmp_path: Path
) -> None:
    me = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        call_id = conn.scalar(
            select(CallPart.call_id)
            .where(CallPart.recording_ref.is_not(None))
            .group_by(CallPart.call_id)
            .having(func.count() == 1)
            .order_by(CallPart.call_id)
            .limit(1)
        )
        part = conn.execute(
            select(CallPart.seq, CallPart.recording_ref).where(
                CallPart.call_id == call_id, CallPart.recording_ref.is_not(None)
            )
        ).one()
    before = clock.now().replace(microsecond=0)
    assert call_id is not None
    panel = CallPanel(Workplace(db, me, str(recordings), "RU"), VLC_TEST_ARGS)
    qtbot.addWidget(panel)
    try:
        panel.show()
        with qtbot.waitSignal(panel.details_shown, timeout=10_000):
            panel.show_call(call_id)
        player = panel.player
        player.play_part(0)
        qtbot.waitUntil(lambda: player.engine.is_playing, timeout=10_000)
        qtbot.waitUntil(
            lambda: panel.access_writes == 0 and len(_accesses(db)) == 1, timeout=10_000
        )
        # Seeking, pausing and playing the same part again is the same listening.
        player.seek(1_000)
        player.toggle()
        player.toggle()
        player.play_part(0, 500)
        qtbot.waitUntil(lambda: player.engine.is_playing, timeout=10_000)
        player.stop()

        folder = tmp_path / "saved"
        player._ask_folder = lambda _parent: str(folder)
        player.download_current()
        qtbot.waitUntil(lambda: bool(player.downloaded_files), timeout=10_000)
        qtbot.waitUntil(
            lambda: panel.access_writes == 0 and len(_accesses(db)) == 2, timeout=10_000
        )
        qtbot.wait(300)  # nothing more arrives late
        assert _accesses(db) == [
            (me.id, call_id, part.seq, part.recording_ref, "listen"),
            (me.id, call_id, part.seq, part.recording_ref, "download"),
        ]
        with db.engine.connect() as conn:
            stamps = conn.scalars(select(RecordingAccess.accessed_at)).all()
        after = clock.now()
        assert all(before <= t <= after for t in stamps)

        # The same call opened again is a new listening.
        panel.show_call(None)
        with qtbot.waitSignal(panel.details_shown, timeout=10_000):
            panel.show_call(call_id)
        player.play_part(0)
        qtbot.waitUntil(
            lambda: panel.access_writes == 0 and len(_accesses(db)) == 3, timeout=10_000
        )
    finally:
        panel.release()
