"""The client card plays the recordings of the client's calls (real libVLC, dummy audio)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from app.database import Database
from app.demo.seed import SeedPlan, seed
from app.workplace import Workplace
from models import Call, CallPart, Role
from tests.support.ui_support import NOW, user_with_role
from tests.ui.test_player import VLC_TEST_ARGS
from ui.application import configure_settings
from ui.clients.card import ClientCardForm


def test_card_calls_tab_plays_a_recording(qtbot: QtBot, engine: Engine, tmp_path: Path) -> None:
    recordings = tmp_path / "recordings"
    seed(
        engine,
        SeedPlan(calls=600, clients=30, days=30, now=NOW, seed=5, recordings_dir=recordings),
    )
    configure_settings()
    db = Database(engine)
    with engine.connect() as conn:
        call_id, client_id = conn.execute(
            select(Call.id, Call.client_id)
            .join(CallPart, CallPart.call_id == Call.id)
            .where(Call.client_id.is_not(None), CallPart.recording_ref.is_not(None))
            .order_by(Call.id)
            .limit(1)
        ).one()
    card = ClientCardForm(
        Workplace(db, user_with_role(db, Role.SUPERVISOR), recordings_base=str(recordings)),
        client_id,
        vlc_args=VLC_TEST_ARGS,
    )
    qtbot.addWidget(card)
    card.show()
    calls_tab = next(i for i in range(card.tabs.count()) if card.tabs.tabText(i) == "Calls")
    card.tabs.setCurrentIndex(calls_tab)
    qtbot.waitUntil(lambda: card.calls_table.rowCount() > 0, timeout=10_000)
    row = next(i for i, c in enumerate(card._call_rows) if c.id == call_id)
    recording = card.calls_table.item(row, 5)
    assert recording is not None and recording.text() == "♪"
    card.calls_table.setCurrentCell(row, 0)
    qtbot.waitUntil(lambda: bool(card.player.recorded), timeout=10_000)
    assert card.player.call_id == call_id
    card.player.play()
    qtbot.waitUntil(lambda: card.player.engine.position_ms() > 300, timeout=15_000)

    no_recording = next((i for i, c in enumerate(card._call_rows) if not c.has_recording), None)
    if no_recording is not None:
        card.calls_table.setCurrentCell(no_recording, 0)
        assert not card.player.recorded
    card.close()
