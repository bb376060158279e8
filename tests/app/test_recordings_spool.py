"""The softphone's recordings from the spool to the store (both databases): a closed file
is copied under ``YYYY/MM/DD/<file>`` and its reference written on the operator's part,
where the player's path finds it; an unreachable store keeps the file in the spool and a
later pass uploads it exactly once; a file still being closed waits."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import wave
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.calls.softphone_log import SoftphoneCall, log_call
from app.company_settings import CALL_SOURCE, RECORD_SOFTPHONE_CALLS, put_setting
from app.database import Database
from app.recordings import RecordingArchive
from app.recordings_spool import (
    ABANDONED_AFTER_S,
    PassResult,
    RecordingSpool,
    SpoolUploader,
    UploadError,
    store_folder,
    upload_pending,
)
from app.staff.auth import CurrentUser
from models import CallPart, Role
from tests.support.mariadb_server import free_port
from tests.support.recording_server import RecordingServer, serve_recordings
from tests.support.ui_support import user_with_role

T = datetime(2026, 11, 21, 10, 15, 30, 400_000)
NUMBER = "+79031112299"

pytestmark = pytest.mark.seed(calls=10, clients=5, employees=10, days=1, seed=5)


@pytest.fixture
def me(db: Database) -> CurrentUser:
    with db.transaction() as s:
        put_setting(s, CALL_SOURCE, "softphone")
    return user_with_role(db, Role.OPERATOR)


def wav(path: Path, seconds: float = 0.5, rate: int = 16000) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x10\x00" * int(rate * seconds))
    return path


def answered_call(db: Database, me: CurrentUser) -> int:
    call = SoftphoneCall(
        direction="in",
        number=NUMBER,
        started_at=T,
        answered_at=T + timedelta(seconds=4),
        ended_at=T + timedelta(seconds=64),
        disposition="answered",
        hangup_by="client",
    )
    with db.transaction() as s:
        call_id = log_call(s, call, me, now=T + timedelta(minutes=2))
    assert call_id is not None
    return call_id


def spooled(tmp_path: Path, db: Database, me: CurrentUser) -> tuple[RecordingSpool, Path, int]:
    """A call written to the journal and its recording in the spool, noted as logged."""
    spool = RecordingSpool(tmp_path / "spool")
    file = wav(spool.directory / "20261121-101530-in-79031112299-abc.wav")
    spool.add(file, me.id, T)
    call_id = answered_call(db, me)
    spool.logged(file, call_id)
    return spool, file, call_id


def read_only(folder: Path, on: bool) -> None:
    """A folder nobody may write into — root too (the immutable attribute), as a share
    mounted read-only is."""
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("no chattr to make a folder read-only for root")
        done = subprocess.run([chattr, "+i" if on else "-i", str(folder)], check=False)
        if done.returncode != 0:
            pytest.skip("this file system has no immutable attribute")
    else:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR if on else stat.S_IRWXU)


def part_refs(db: Database, call_id: int) -> list[str | None]:
    with db.transaction() as s:
        parts = s.query(CallPart).filter(CallPart.call_id == call_id).order_by(CallPart.seq)
        return [p.recording_ref for p in parts]


def test_a_recording_goes_to_the_store_and_the_player_finds_it(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    spool, file, call_id = spooled(tmp_path, db, me)
    store = tmp_path / "store"
    store.mkdir()
    size = file.stat().st_size
    result = upload_pending(spool, str(store), db)
    ref = "2026/11/21/20261121-101530-in-79031112299-abc.wav"
    assert result == PassResult([ref], 0)
    assert part_refs(db, call_id) == [ref]
    assert not file.exists() and not list(spool.directory.iterdir())  # note gone too
    archive = RecordingArchive(str(store))
    location = archive.locate(ref)
    assert location.path == store / "2026" / "11" / "21" / file.name
    assert archive.check(location) == size
    assert archive.wav_length_ms(location) == 500
    assert not [p for p in location.path.parent.iterdir() if p.name.startswith(".")]  # no temp


@pytest.mark.parametrize("trouble", ["missing", "read-only"])
def test_an_unreachable_store_keeps_the_file_and_a_later_pass_uploads_it_once(
    tmp_path: Path, db: Database, me: CurrentUser, trouble: str
) -> None:
    spool, file, call_id = spooled(tmp_path, db, me)
    store = tmp_path / "share"
    if trouble == "read-only":
        store.mkdir()
        read_only(store, True)
    try:
        result = upload_pending(spool, str(store), db)
    finally:
        if trouble == "read-only":
            read_only(store, False)
    assert result.uploaded == [] and result.waiting == 1
    assert isinstance(result.problem, UploadError)
    assert file.exists() and part_refs(db, call_id) == [None]
    assert not [p for p in store.rglob("*") if p.is_file()] if store.exists() else True
    if trouble == "missing":
        store.mkdir()
    assert len(upload_pending(spool, str(store), db).uploaded) == 1
    assert upload_pending(spool, str(store), db) == PassResult([], 0)  # nothing twice
    files = [p for p in store.rglob("*") if p.is_file()]
    assert [p.name for p in files] == [file.name]
    assert part_refs(db, call_id) == [f"2026/11/21/{file.name}"]


def test_a_pass_interrupted_after_the_copy_writes_the_reference_next_time(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    """Idempotent by name: the file already in the store is not copied again."""
    spool, file, call_id = spooled(tmp_path, db, me)
    store = tmp_path / "store"
    target = store / "2026" / "11" / "21" / file.name
    target.parent.mkdir(parents=True)
    target.write_bytes(file.read_bytes())  # copied, then the workstation went down
    before = target.stat().st_mtime_ns
    assert len(upload_pending(spool, str(store), db, at_start=True).uploaded) == 1
    assert target.stat().st_mtime_ns == before
    assert part_refs(db, call_id) == [f"2026/11/21/{file.name}"]


def test_a_file_still_closing_or_a_call_not_yet_written_waits(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    spool = RecordingSpool(tmp_path / "spool")
    store = tmp_path / "store"
    store.mkdir()
    open_file = spool.directory / "open.wav"
    wav(open_file)
    with open_file.open("r+b") as f:  # as pjmedia leaves it until its clock thread closes it
        f.seek(40)
        f.write(b"\0\0\0\0")
    spool.add(open_file, me.id, T)
    spool.logged(open_file, None)
    waiting = spool.directory / "waiting.wav"
    spool.add(wav(waiting), me.id, T)  # its call is being written
    # "now" is the file's own time (the file system's clock, not the app's): just written
    just_written = open_file.stat().st_mtime
    assert upload_pending(spool, str(store), db, now=lambda: just_written) == PassResult([], 2)
    # a file nobody finished for long (a crash mid-call) goes as it is
    old = T.timestamp()
    os.utime(open_file, (old, old))
    result = upload_pending(spool, str(store), db, now=lambda: old + ABANDONED_AFTER_S + 1)
    assert result.uploaded == ["2026/11/21/open.wav"]
    # left by an earlier run: its journal write is over, whatever it did
    assert upload_pending(spool, str(store), db, at_start=True).uploaded == [
        "2026/11/21/waiting.wav"
    ]


def test_a_call_written_by_a_colleague_gets_the_recording_on_the_nearest_part(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    """Transferred here, the call is written by the colleague's CallDesk (no call id here):
    the operator's part that started nearest, clocks a few seconds apart, takes it."""
    call_id = answered_call(db, me)
    spool = RecordingSpool(tmp_path / "spool")
    file = wav(spool.directory / "transferred.wav")
    spool.add(file, me.id, T + timedelta(seconds=3))
    spool.logged(file, None)
    store = tmp_path / "store"
    store.mkdir()
    assert upload_pending(spool, str(store), db).uploaded == ["2026/11/21/transferred.wav"]
    assert part_refs(db, call_id) == ["2026/11/21/transferred.wav"]
    far = spool.directory / "far.wav"
    spool.add(wav(far), me.id, T + timedelta(hours=1))
    spool.logged(far, None)
    assert upload_pending(spool, str(store), db).uploaded == ["2026/11/21/far.wav"]
    assert (store / "2026" / "11" / "21" / "far.wav").is_file()  # kept, with no part to name it
    assert part_refs(db, call_id) == ["2026/11/21/transferred.wav"]


def test_a_recording_left_without_its_note_is_taken_at_the_next_start(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    """The workstation went down during the call: the file has no note and an unfinished
    header; at the next start it goes to the store as it is, on the part it names."""
    call_id = answered_call(db, me)
    spool = RecordingSpool(tmp_path / "spool", me.id)
    file = wav(spool.directory / "20261121-101530-in-79031112299-0123456789ab.wav")
    with file.open("r+b") as f:  # the recorder never wrote its sizes
        f.seek(40)
        f.write(b"\0\0\0\0")
    old = T.timestamp()
    os.utime(file, (old, old))
    store = tmp_path / "store"
    store.mkdir()
    result = upload_pending(
        spool, str(store), db, at_start=True, now=lambda: old + ABANDONED_AFTER_S + 1
    )
    assert result.uploaded == [f"2026/11/21/{file.name}"]
    assert part_refs(db, call_id) == [f"2026/11/21/{file.name}"]
    assert RecordingSpool(tmp_path / "other").pending(at_start=True) == []


def test_without_a_folder_the_recordings_wait() -> None:
    with pytest.raises(UploadError):
        store_folder("  ")
    assert store_folder("file:///srv/records") == Path("/srv/records")


def puts(server: RecordingServer) -> int:
    return sum(1 for method, _p, _r in server.log.requests if method == "PUT")


def test_a_web_store_takes_the_recording_by_put_once_when_it_answers(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    """The player reads recordings from a web server: the softphone PUTs its file there.
    Nobody listening, then the server refusing (503): the file waits with the reason; then
    it goes up once, and the player plays it from there."""
    spool, file, call_id = spooled(tmp_path, db, me)
    port = free_port()
    base = f"http://127.0.0.1:{port}/records/"
    ref = f"2026/11/21/{file.name}"
    down = upload_pending(spool, base, db)
    assert down.uploaded == [] and down.waiting == 1 and isinstance(down.problem, UploadError)
    assert f"{base}{ref}" in str(down.problem) and file.exists()
    root = tmp_path / "web"
    with serve_recordings(root, port=port) as server:
        server.refuse_puts = 1
        refused = upload_pending(spool, base, db)
        assert refused.uploaded == [] and "HTTP 503" in str(refused.problem)
        assert file.exists() and part_refs(db, call_id) == [None]
        size = file.stat().st_size
        body = file.read_bytes()
        assert upload_pending(spool, base, db) == PassResult([ref], 0)
        assert (root / ref).read_bytes() == body
        assert part_refs(db, call_id) == [ref] and not file.exists()
        assert upload_pending(spool, base, db) == PassResult([], 0)
        assert puts(server) == 2  # the refused one and the one that went up
        archive = RecordingArchive(base)
        assert archive.check(archive.locate(ref)) == size


def test_a_web_upload_interrupted_before_the_reference_is_not_sent_again(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    spool, file, call_id = spooled(tmp_path, db, me)
    root = tmp_path / "web"
    ref = f"2026/11/21/{file.name}"
    (root / ref).parent.mkdir(parents=True)
    (root / ref).write_bytes(file.read_bytes())  # uploaded, then the workstation went down
    with serve_recordings(root) as server:
        assert upload_pending(spool, server.base_url, db, at_start=True).uploaded == [ref]
        assert puts(server) == 0 and part_refs(db, call_id) == [ref]


def test_the_uploader_thread_retries_and_reports_the_setting(
    tmp_path: Path, db: Database, me: CurrentUser
) -> None:
    spool, file, call_id = spooled(tmp_path, db, me)
    store = tmp_path / "later"
    with db.transaction() as s:
        put_setting(s, RECORD_SOFTPHONE_CALLS, True)
    passes: list[PassResult] = []
    settings: list[bool] = []
    uploader = SpoolUploader(spool, lambda: str(store), db, passes.append, settings.append)
    uploader.start()
    try:
        deadline = 30
        wait_for(lambda: passes and passes[-1].problem is not None, deadline)
        assert uploader.retry_in > 0 and file.exists()
        store.mkdir()
        uploader.wake()
        wait_for(lambda: passes and passes[-1].uploaded, deadline)
    finally:
        uploader.stop()
    assert settings and settings[-1] is True
    assert part_refs(db, call_id) == [f"2026/11/21/{file.name}"]
    assert sum(len(p.uploaded) for p in passes) == 1


def wait_for(condition: object, timeout: float) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)
