"""The database goes away at the moment a recording starts playing (issue 18): the access is
kept on the workstation, the one "no connection" monitor takes over, and when the server is
back the side panel writes the access by itself — once, with the time the user listened.
The fault is real: the test's own MariaDB is halted just as the access log's write begins
(the player had checked the recording with the database a moment before), then resumed."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from app import clock
from app.config import data_dir
from app.database import Database, make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.workplace import Workplace
from models import CallPart, RecordingAccess, Role
from tests.support.mariadb_server import MariaDBServer
from tests.support.ui_support import NOW, user_with_role
from tests.ui.test_player import VLC_TEST_ARGS
from ui.application import configure_settings
from ui.call_panel.panel import CallPanel
from ui.database_runner import connection_monitor

pytestmark = pytest.mark.mariadb


@pytest.fixture
def server(fault_server: MariaDBServer) -> MariaDBServer:
    """The suite's server for fault tests (tests/conftest.py): this module halts, freezes
    and resumes it."""
    return fault_server


@pytest.fixture
def outage_db(server: MariaDBServer, tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    name = f"access_ui_{secrets.token_hex(5)}"
    url = server.create_database(name)
    recordings = tmp_path / "recordings"
    setup = make_engine(url)
    migrate(setup)
    seed(setup, SeedPlan(calls=60, clients=10, days=2, seed=21, now=NOW, recordings_dir=recordings))
    setup.dispose()
    configure_settings()
    db = Database(make_engine(url, interactive=True))
    try:
        yield db, recordings
    finally:
        db.dispose()
        if server._process is None:  # a test that failed while the server was halted
            server.resume()
        server.drop_database(name)


class HaltOnAccessWrite:
    """Halts the server when the access log's write sends its first statement."""

    def __init__(self, db: Database, server: MariaDBServer) -> None:
        self.db, self.server = db, server
        self.done = threading.Event()
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "recording_access.access_key" in statement and not self.done.is_set():
            self.done.set()
            self.server.halt()

    def close(self) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._seen)


def _count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(RecordingAccess)) or 0)


def test_an_access_while_the_server_goes_away_is_written_when_it_is_back(
    qtbot: QtBot, server: MariaDBServer, outage_db: tuple[Database, Path]
) -> None:
    db, recordings = outage_db
    me = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        call_id = conn.scalar(
            select(CallPart.call_id)
            .where(CallPart.recording_ref.is_not(None))
            .order_by(CallPart.call_id)
            .limit(1)
        )
    assert call_id is not None
    panel = CallPanel(Workplace(db, me, str(recordings), "RU"), VLC_TEST_ARGS)
    qtbot.addWidget(panel)
    queue = panel.access_log.queue.path
    assert queue.parent == data_dir() / "recording-access" and queue.name.endswith(
        f"-{me.id}.jsonl"
    )
    fault = HaltOnAccessWrite(db, server)
    monitor = connection_monitor()
    try:
        panel.show()
        with qtbot.waitSignal(panel.details_shown, timeout=10_000):
            panel.show_call(call_id)
        listened_from = clock.now().replace(microsecond=0)
        panel.player.play_part(0)
        qtbot.waitUntil(lambda: fault.done.is_set() and panel.access_writes == 0, timeout=30_000)
        listened_to = clock.now()
        assert queue.exists() and len(panel.access_log.queue.pending()) == 1
        assert monitor.is_lost  # one monitor says "no connection, retrying"
        kept = panel.access_log.queue.pending()[0]

        server.resume()
        qtbot.waitUntil(lambda: not monitor.is_lost, timeout=60_000)
        qtbot.waitUntil(lambda: not queue.exists() and panel.access_writes == 0, timeout=30_000)
        with db.engine.connect() as conn:
            rows = conn.execute(
                select(
                    RecordingAccess.access_key,
                    RecordingAccess.accessed_at,
                    RecordingAccess.employee_id,
                    RecordingAccess.call_id,
                    RecordingAccess.action,
                )
            ).all()
        assert [tuple(r) for r in rows] == [(kept.key, kept.accessed_at, me.id, call_id, "listen")]
        assert listened_from <= kept.accessed_at <= listened_to
        assert _count(db) == 1
    finally:
        fault.close()
        panel.release()
        monitor.shutdown()
