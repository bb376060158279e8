"""Uploads and downloads of the files panel run in the background, on both databases: the
progress only grows, the event loop keeps turning (a timer ticks) while a many-chunk file
goes through, Cancel keeps nothing (no row, no chunk, no file in the store, no partial
download), a round trip is byte-identical, a file over the limit is refused at once, and a
database lost in the middle is said in words and keeps nothing."""

from __future__ import annotations

import hashlib
import os
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, make_url, select

from app.company_settings import FILE_SIZE_LIMIT_MB, FILE_STORE_DIR, put_setting
from app.database import Database, make_engine, migrate
from app.workplace import Workplace
from models import CHUNK_BYTES, FileChunk, FileOwner, StoredFile
from tests.app.tasks.test_tasks import person
from tests.support.mariadb_server import MariaDBServer
from tests.support.tcp_proxy import TcpProxy
from ui.database_runner import connection_monitor
from ui.files.panel import FilesPanel
from ui.files.transfer import FileTransfer

CLIENT = 7
WAIT_MS = 60_000


def panel_of(qtbot: QtBot, db: Database) -> FilesPanel:
    panel = FilesPanel(Workplace(db, person(db, "anna")), FileOwner.CLIENT, CLIENT)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    return panel


def finish(qtbot: QtBot, panel: FilesPanel, transfer: FileTransfer | None) -> None:
    assert transfer is not None
    qtbot.waitUntil(lambda: panel.transfer is None, timeout=WAIT_MS)


def upload_and_wait(qtbot: QtBot, panel: FilesPanel, path: Path) -> int:
    """Attach ``path`` through the panel and wait until it is in the list; its id."""
    finish(qtbot, panel, panel.upload_path(path))
    named = [f.id for f in panel.files if f.name == path.name]
    assert named, panel.message.text()
    return named[0]


def counts(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        files = s.scalar(select(func.count()).select_from(StoredFile))
        chunks = s.scalar(select(func.count()).select_from(FileChunk))
    return int(files or 0), int(chunks or 0)


def test_a_big_upload_keeps_the_window_alive_and_comes_back_identical(
    qtbot: QtBot, engine: Engine, tmp_path: Path
) -> None:
    db = Database(engine)
    panel = panel_of(qtbot, db)
    source = tmp_path / "Прайс.bin"
    data = os.urandom(32 * CHUNK_BYTES + 333)
    source.write_bytes(data)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(len(ticks)))
    timer.start()
    seen: list[tuple[int, int]] = []
    transfer = panel.upload_path(source)
    assert transfer is not None
    ticks_then: list[int] = []  # the timer's ticks when each chunk was reported

    def progressed(done: int, total: int) -> None:
        seen.append((done, total))
        ticks_then.append(len(ticks))

    transfer.progressed.connect(progressed)
    assert panel.transfer_bar.isVisible() and not panel.upload_action.isEnabled()
    assert panel.upload_path(source) is None  # one at a time
    finish(qtbot, panel, transfer)
    timer.stop()
    # the GUI thread kept processing events while the chunks went through
    assert ticks_then[-1] > ticks_then[0]
    assert seen and seen[-1] == (len(data), len(data))
    done = [d for d, _t in seen]
    assert done == sorted(set(done))  # strictly growing
    assert all(t == len(data) for _d, t in seen)
    assert not panel.transfer_bar.isVisible() and panel.upload_action.isEnabled()
    assert [f.name for f in panel.files] == ["Прайс.bin"] and panel.table.rowCount() == 1
    assert panel.files[0].sha256 == hashlib.sha256(data).hexdigest()

    back = tmp_path / "back.bin"
    saved: list[Path] = []
    downloaded: list[int] = []
    transfer = panel.save_file(panel.files[0].id, back, saved.append)
    assert transfer is not None
    transfer.progressed.connect(lambda done, _total: downloaded.append(done))
    finish(qtbot, panel, transfer)
    assert saved == [back] and back.read_bytes() == data
    assert downloaded == sorted(set(downloaded)) and downloaded[-1] == len(data)


def test_cancel_keeps_nothing_of_an_upload_or_a_download(
    qtbot: QtBot, engine: Engine, tmp_path: Path
) -> None:
    db = Database(engine)
    store = tmp_path / "store"
    panel = panel_of(qtbot, db)
    source = tmp_path / "scan.bin"
    source.write_bytes(os.urandom(40 * CHUNK_BYTES))
    for where in ("", str(store)):
        db.write(partial(put_setting, key=FILE_STORE_DIR, value=where))
        transfer = panel.upload_path(source)
        assert transfer is not None
        transfer.progressed.connect(lambda _d, _t: panel.transfer_bar.cancel_button.click())
        finish(qtbot, panel, transfer)
        assert transfer.cancelled and panel.files == [] and counts(db) == (0, 0)
        assert "nothing" in panel.message.text()
        assert not store.exists() or [p for p in store.rglob("*") if p.is_file()] == []

    db.write(lambda s: put_setting(s, FILE_STORE_DIR, ""))
    file_id = upload_and_wait(qtbot, panel, source)
    folder = tmp_path / "downloads"
    folder.mkdir()
    saved: list[Path] = []
    transfer = panel.save_file(file_id, folder / "scan.bin", saved.append)
    assert transfer is not None
    transfer.progressed.connect(lambda _d, _t: panel.cancel_transfer())
    finish(qtbot, panel, transfer)
    assert saved == [] and list(folder.iterdir()) == []  # no partial file left


def test_a_file_over_the_limit_is_refused_before_it_is_sent(
    qtbot: QtBot, engine: Engine, tmp_path: Path
) -> None:
    db = Database(engine)
    db.write(lambda s: put_setting(s, FILE_SIZE_LIMIT_MB, 1))
    panel = panel_of(qtbot, db)
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * (3 * CHUNK_BYTES))
    progressed: list[int] = []
    transfer = panel.upload_path(source)
    assert transfer is not None
    transfer.progressed.connect(lambda done, _t: progressed.append(done))
    finish(qtbot, panel, transfer)
    assert progressed == [] and counts(db) == (0, 0)
    assert panel.message.isVisible() and "1 MB" in panel.message.text()
    assert panel.message.property("role") == "error"


@pytest.mark.mariadb
def test_a_database_lost_mid_upload_is_said_and_keeps_nothing(
    qtbot: QtBot, mariadb_server: MariaDBServer, tmp_path: Path
) -> None:
    url = make_url(mariadb_server.create_database())
    direct = make_engine(url)
    migrate(direct)
    proxy = TcpProxy(int(url.port or 3306))
    engine = make_engine(url.set(host="127.0.0.1", port=proxy.port).render_as_string(False))
    monitor = connection_monitor()
    try:
        panel = panel_of(qtbot, Database(engine))
        source = tmp_path / "scan.bin"
        source.write_bytes(os.urandom(40 * CHUNK_BYTES))
        transfer = panel.upload_path(source)
        assert transfer is not None
        transfer.progressed.connect(lambda _d, _t: proxy.cut())  # the network goes away
        finish(qtbot, panel, transfer)
        assert panel.message.property("role") == "error"
        assert f"127.0.0.1:{proxy.port}" in panel.message.text()  # where, in words
        assert monitor.is_lost  # the window's banner says it too
        assert counts(Database(direct)) == (0, 0)  # the transaction went with the connection
    finally:
        monitor.shutdown()
        proxy.cut()
        engine.dispose()
        direct.dispose()
