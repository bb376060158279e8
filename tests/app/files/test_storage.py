"""Attached files: byte-identical round trips on SQLite and MariaDB, the size limit, the file
store, deletion, task visibility, and a 200 MB file with flat memory."""

from __future__ import annotations

import hashlib
import io
import os
import resource
import threading
import time
import tracemalloc
from datetime import datetime
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.company_settings import put_setting
from app.database import Database, make_engine, migrate
from app.files import (
    FILE_SIZE_LIMIT_MB,
    FILE_STORE_DIR,
    FileError,
    TransferCancelled,
    check_size,
    delete_file,
    list_files,
    read_chunks,
    save_to,
    upload,
)
from app.staff.auth import CurrentUser
from app.tasks import TaskDraft, create_task
from models import CHUNK_BYTES, FileChunk, FileOwner
from tests.app.tasks.test_tasks import person

NOW = datetime(2026, 11, 20, 10, 0)


class PatternStream:
    """``size`` bytes of a repeating pattern, read in pieces: a big file that is never in
    memory (neither here nor, the test proves, in the storage)."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.block = bytes(range(251)) * 4096  # ~1 MB, not aligned with the chunk size

    def read(self, n: int = -1, /) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        out = (self.block * (n // len(self.block) + 1))[:n]
        self.left -= n
        return out


def test_round_trip_is_byte_identical_and_delete_removes_it(engine: Engine, tmp_path: Path) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    data = os.urandom(3 * CHUNK_BYTES + 12345)  # several chunks and a short last one
    file_id = db.write(
        lambda s: upload(s, anna, FileOwner.CLIENT, 7, "offer.pdf", io.BytesIO(data), NOW)
    )
    with db.transaction() as s:
        files = list_files(s, anna, FileOwner.CLIENT, 7)
        assert [(f.name, f.size) for f in files] == [("offer.pdf", len(data))]
        assert files[0].sha256 == hashlib.sha256(data).hexdigest()
        assert save_to(s, anna, file_id, tmp_path / "back.pdf") == len(data)
        assert b"".join(read_chunks(s, anna, file_id)) == data
    assert (tmp_path / "back.pdf").read_bytes() == data
    db.write(lambda s: delete_file(s, anna, file_id))
    with db.transaction() as s:
        assert list_files(s, anna, FileOwner.CLIENT, 7) == []
        assert s.scalar(select(func.count()).select_from(FileChunk)) == 0


def test_the_size_limit_leaves_nothing_behind(engine: Engine) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    db.write(lambda s: put_setting(s, FILE_SIZE_LIMIT_MB, 2))
    with pytest.raises(FileError, match="larger than 2 MB"):
        db.write(
            lambda s: upload(s, anna, FileOwner.CLIENT, 1, "big.bin", PatternStream(3 << 20), NOW)
        )
    with db.transaction() as s:
        assert list_files(s, anna, FileOwner.CLIENT, 1) == []
        assert s.scalar(select(func.count()).select_from(FileChunk)) == 0


def test_a_configured_file_store_keeps_the_bytes_outside(engine: Engine, tmp_path: Path) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    store = tmp_path / "store"
    db.write(lambda s: put_setting(s, FILE_STORE_DIR, str(store)))
    data = os.urandom(CHUNK_BYTES + 1)
    file_id = db.write(
        lambda s: upload(s, anna, FileOwner.CLIENT, 1, "scan.png", io.BytesIO(data), NOW)
    )
    kept = [p for p in store.rglob("*") if p.is_file()]
    assert len(kept) == 1 and kept[0].read_bytes() == data
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(FileChunk)) == 0
        assert b"".join(read_chunks(s, anna, file_id)) == data
    db.write(lambda s: delete_file(s, anna, file_id))
    assert not kept[0].exists()


def test_files_of_a_task_follow_the_task_visibility(engine: Engine) -> None:
    db = Database(engine)
    anna, boris = person(db, "anna"), person(db, "boris")
    task = db.write(lambda s: create_task(s, anna, TaskDraft("Mine", anna.id), NOW))
    db.write(lambda s: upload(s, anna, FileOwner.TASK, task, "a.txt", io.BytesIO(b"hi"), NOW))
    with db.transaction() as s, pytest.raises(FileError):
        list_files(s, boris, FileOwner.TASK, task)
    with pytest.raises(FileError):
        db.write(lambda s: upload(s, boris, FileOwner.TASK, task, "b", io.BytesIO(b"x"), NOW))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    """The process's resident memory now (Linux), MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def _big_round_trip(db: Database, who: CurrentUser, size: int, target: Path) -> tuple[int, float]:
    """Upload and save back ``size`` bytes; (traced Python peak, the most the resident memory
    grew over its level before, MB, sampled every 10 ms by a thread)."""
    baseline = _rss_mb()
    highest = [baseline]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.01):
            highest[0] = max(highest[0], _rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    tracemalloc.start()
    try:
        stream = PatternStream(size)
        file_id = db.write(lambda s: upload(s, who, FileOwner.CLIENT, 1, "big.bin", stream, NOW))
        with db.transaction() as s:
            save_to(s, who, file_id, target)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        done.set()
        sampler.join()
    return peak, highest[0] - baseline


def test_a_200_mb_file_round_trips_with_flat_memory(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both databases: 200 chunks in one transaction, each sent and read back on its own."""
    engine = make_engine(db_url)
    migrate(engine)
    db = Database(engine)
    anna = person(db, "anna")
    db.write(lambda s: put_setting(s, FILE_SIZE_LIMIT_MB, 256))
    size = 200 * 1024 * 1024
    target = tmp_path / "big.bin"
    started = time.monotonic()
    traced_peak, rss_growth = _big_round_trip(db, anna, size, target)
    elapsed = time.monotonic() - started
    assert target.stat().st_size == size
    expected = hashlib.sha256()
    source = PatternStream(size)
    while piece := source.read(CHUNK_BYTES):
        expected.update(piece)
    actual = hashlib.sha256()
    with open(target, "rb") as back:
        while piece := back.read(CHUNK_BYTES):
            actual.update(piece)
    assert actual.hexdigest() == expected.hexdigest()
    with capsys.disabled():
        print(
            f"\n200 MB round trip on {engine.dialect.name}: {elapsed:.1f} s, "
            f"traced Python peak {traced_peak / 2**20:.1f} MB, "
            f"resident memory grew at most {rss_growth:.1f} MB "
            f"(process peak {_peak_rss_mb():.0f} MB)"
        )
    assert traced_peak < 16 * 2**20  # a few chunks, never the file
    assert rss_growth < 64
    engine.dispose()


def test_progress_is_told_after_each_chunk_and_a_cancel_keeps_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    size = 4 * CHUNK_BYTES + 7
    seen: list[int] = []
    file_id = db.write(
        lambda s: upload(
            s, anna, FileOwner.CLIENT, 3, "a.bin", PatternStream(size), NOW, progress=seen.append
        )
    )
    assert seen == [CHUNK_BYTES, 2 * CHUNK_BYTES, 3 * CHUNK_BYTES, 4 * CHUNK_BYTES, size]
    down: list[int] = []
    with db.transaction() as s:
        assert save_to(s, anna, file_id, tmp_path / "a.bin", progress=down.append) == size
    assert down == seen

    # cancelled after two chunks: no row, no chunk, in the database or in a file store
    for store in ("", str(tmp_path / "store")):
        db.write(partial(put_setting, key=FILE_STORE_DIR, value=store))
        done: list[int] = []

        def stopped_after_two(s: Session, done: list[int] = done) -> int:
            return upload(
                s,
                anna,
                FileOwner.CLIENT,
                4,
                "b.bin",
                PatternStream(size),
                NOW,
                progress=done.append,
                cancelled=lambda: len(done) >= 2,
            )

        with pytest.raises(TransferCancelled):
            db.write(stopped_after_two)
        assert done == [CHUNK_BYTES, 2 * CHUNK_BYTES]
        with db.transaction() as s:
            assert list_files(s, anna, FileOwner.CLIENT, 4) == []
            assert s.scalar(select(func.count()).select_from(FileChunk)) == 5  # a.bin's only
        assert [p for p in (tmp_path / "store").rglob("*") if p.is_file()] == []


def test_a_cancelled_download_leaves_no_partial_file(engine: Engine, tmp_path: Path) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    data = os.urandom(3 * CHUNK_BYTES)
    file_id = db.write(
        lambda s: upload(s, anna, FileOwner.CLIENT, 1, "c.bin", io.BytesIO(data), NOW)
    )
    folder = tmp_path / "downloads"
    folder.mkdir()
    target = folder / "c.bin"
    target.write_bytes(b"the old one")
    done: list[int] = []
    with db.transaction() as s, pytest.raises(TransferCancelled):
        save_to(s, anna, file_id, target, progress=done.append, cancelled=lambda: bool(done))
    assert done == [CHUNK_BYTES]
    assert sorted(p.name for p in folder.iterdir()) == ["c.bin"]
    assert target.read_bytes() == b"the old one"


def test_a_file_over_the_limit_is_refused_before_anything_is_read(engine: Engine) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    db.write(lambda s: put_setting(s, FILE_SIZE_LIMIT_MB, 1))
    stream = PatternStream(3 << 20)
    with db.transaction() as s, pytest.raises(FileError, match="larger than 1 MB"):
        check_size(s, 3 << 20)
    with pytest.raises(FileError, match="larger than 1 MB"):
        db.write(
            lambda s: upload(
                s, anna, FileOwner.CLIENT, 1, "big", stream, NOW, expected_size=3 << 20
            )
        )
    assert stream.left == 3 << 20  # not a byte read


def test_a_full_disk_is_said_in_words(engine: Engine, tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    db = Database(engine)
    anna = person(db, "anna")
    file_id = db.write(
        lambda s: upload(s, anna, FileOwner.CLIENT, 1, "d.bin", io.BytesIO(b"x" * 10), NOW)
    )
    folder = tmp_path / "full"
    folder.mkdir()
    (folder / "d.bin.part").symlink_to("/dev/full")  # every write: ENOSPC
    with db.transaction() as s, pytest.raises(FileError, match="disk is full"):
        save_to(s, anna, file_id, folder / "d.bin")
