"""Recording accesses survive the database being away (issue 18): kept on the workstation in
a fsync'd JSON-lines file, written with the time of the access when the database answers,
never twice. The outage is real: a MariaDB of the test's own is halted and resumed."""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app import clock, server_time
from app.database import Database, make_engine, migrate
from app.recordings_access import Access
from app.recordings_access_queue import AccessLog, AccessQueue
from models import Call, CallPart, RecordingAccess, RecordingAction
from tests.support.mariadb_server import MariaDBServer
from tests.support.ui_support import seed_small

pytestmark = pytest.mark.seed(calls=40, clients=10, days=2, seed=3)

MOMENT = datetime(2026, 11, 20, 18, 31, 5)


def _parts(db: Database, count: int = 2) -> list[tuple[int, int, str]]:
    with db.transaction() as s:
        rows = s.execute(
            select(CallPart.call_id, CallPart.seq, CallPart.recording_ref)
            .where(CallPart.recording_ref.is_not(None))
            .order_by(CallPart.id)
            .limit(count)
        ).all()
    return [(int(r.call_id), int(r.seq), str(r.recording_ref)) for r in rows]


def _rows(db: Database) -> list[tuple[str | None, datetime, int, str]]:
    with db.engine.connect() as conn:
        return [
            (r.access_key, r.accessed_at, r.call_id, r.action)
            for r in conn.execute(
                select(
                    RecordingAccess.access_key,
                    RecordingAccess.accessed_at,
                    RecordingAccess.call_id,
                    RecordingAccess.action,
                ).order_by(RecordingAccess.id)
            )
        ]


def _queued(queue: AccessQueue, *accesses: Access) -> None:
    for access in accesses:
        queue.add(access)


def test_kept_accesses_are_written_once_with_their_own_time(db: Database, tmp_path: Path) -> None:
    (call_a, seq_a, ref_a), (call_b, seq_b, ref_b) = _parts(db)
    queue = AccessQueue(tmp_path / "queue" / "7.jsonl")
    with clock.using(clock.FixedClock(MOMENT)):
        first = Access.now(1, call_a, seq_a, ref_a, RecordingAction.LISTEN)
    with clock.using(clock.FixedClock(MOMENT + timedelta(minutes=3))):
        second = Access.now(1, call_b, seq_b, ref_b, RecordingAction.DOWNLOAD)
    _queued(queue, first, second)
    assert [a.key for a in queue.pending()] == [first.key, second.key]
    # The process dies after the database committed, before the file was rewritten: the
    # next flush finds the same accesses in the file and writes nothing again.
    copy = tmp_path / "copy.jsonl"
    shutil.copy(queue.path, copy)
    log = AccessLog(db, queue)
    assert log.flush() == 2
    assert not queue.path.exists()
    shutil.copy(copy, queue.path)
    assert log.flush() == 0
    assert not queue.path.exists()
    assert _rows(db) == [
        (first.key, MOMENT, call_a, "listen"),
        (second.key, MOMENT + timedelta(minutes=3), call_b, "download"),
    ]


def test_a_damaged_line_and_a_deleted_call_lose_nothing_else(db: Database, tmp_path: Path) -> None:
    (call_a, seq_a, ref_a), (call_b, seq_b, ref_b) = _parts(db)
    queue = AccessQueue(tmp_path / "7.jsonl")
    with clock.using(clock.FixedClock(MOMENT)):
        kept = Access.now(1, call_a, seq_a, ref_a, RecordingAction.LISTEN)
        gone = Access.now(1, call_b, seq_b, ref_b, RecordingAction.LISTEN)
    _queued(queue, kept, gone)
    with queue.path.open("a", encoding="utf-8") as out:
        out.write('{"key": "cut short by a power lo')  # a write the power cut
    db.write(lambda s: s.execute(delete(Call).where(Call.id == call_b)))
    assert [a.key for a in queue.pending()] == [kept.key, gone.key]
    assert AccessLog(db, queue).flush() == 1  # the deleted call's access goes with the call
    assert [r[0] for r in _rows(db)] == [kept.key]
    assert queue.path.read_text(encoding="utf-8").startswith('{"key": "cut short')


def test_an_access_written_at_once_takes_the_kept_ones_along(db: Database, tmp_path: Path) -> None:
    (call_a, seq_a, ref_a), (call_b, seq_b, ref_b) = _parts(db)
    queue = AccessQueue(tmp_path / "7.jsonl")
    with clock.using(clock.FixedClock(MOMENT)):
        waiting = Access.now(1, call_a, seq_a, ref_a, RecordingAction.LISTEN)
    queue.add(waiting)
    with clock.using(clock.FixedClock(MOMENT + timedelta(minutes=1))):
        assert AccessLog(db, queue).record(1, call_b, seq_b, ref_b, RecordingAction.LISTEN) is None
    rows = _rows(db)
    assert [(r[1], r[2]) for r in rows] == [
        (MOMENT + timedelta(minutes=1), call_b),
        (MOMENT, call_a),
    ]
    assert not queue.path.exists()


# -- a real outage ---------------------------------------------------------------------------


@pytest.fixture
def server(fault_server: MariaDBServer) -> MariaDBServer:
    """The suite's server for fault tests (tests/conftest.py): this module halts, freezes
    and resumes it."""
    return fault_server


@pytest.fixture
def outage_db(server: MariaDBServer) -> Iterator[Database]:
    name = f"access_{secrets.token_hex(5)}"
    url = server.create_database(name)
    setup = make_engine(url)
    migrate(setup)
    seed_small(setup, calls=60, clients=10)
    setup.dispose()
    db = Database(make_engine(url, interactive=True))
    try:
        yield db
    finally:
        db.dispose()
        if server._process is None:  # a test that failed while the server was halted
            server.resume()
        server.drop_database(name)


@pytest.mark.mariadb
def test_accesses_while_the_server_is_halted_are_written_when_it_is_back(
    server: MariaDBServer, outage_db: Database, tmp_path: Path
) -> None:
    db = outage_db
    (call_a, seq_a, ref_a), (call_b, seq_b, ref_b) = _parts(db)
    # A desktop five minutes slow, set right by the server while it answers.
    desktop = clock.CorrectedClock(clock.ShiftedClock(MOMENT - timedelta(minutes=5)))
    queue = AccessQueue(tmp_path / "data" / "recording-access" / "7.jsonl")
    log = AccessLog(db, queue)
    with clock.using(desktop):
        with db.engine.connect() as conn:
            server_time.calibrate(conn)
            server_now = conn.scalar(text("SELECT NOW()"))
        assert isinstance(server_now, datetime)
        server.halt()
        kept = [
            log.record(1, call_a, seq_a, ref_a, RecordingAction.LISTEN),
            log.record(1, call_b, seq_b, ref_b, RecordingAction.DOWNLOAD),
        ]
        listened_at = [a.accessed_at for a in queue.pending()]
    assert all(e is not None for e in kept), kept  # the database's errors: kept, not raised
    assert len(listened_at) == 2 and queue.path.stat().st_size > 0
    # The time of the access is the server's (the desktop's clock set right), not the
    # desktop's own and not the time the row reaches the database.
    assert all(abs(t - server_now) < timedelta(seconds=30) for t in listened_at)
    with pytest.raises(OperationalError):  # still away: nothing written, nothing dropped
        log.flush()
    assert len(queue.pending()) == 2

    server.resume()
    assert log.flush() == 2
    assert log.flush() == 0
    rows = _rows(db)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (listened_at[0], call_a, "listen"),
        (listened_at[1], call_b, "download"),
    ]
    with db.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(RecordingAccess))
    assert total == 2 and not queue.path.exists()


def test_each_database_has_its_own_queue_and_no_password_names_it(tmp_path: Path) -> None:
    one = AccessQueue.of(tmp_path, make_url("mysql+pymysql://u:secret1@db1/calldesk"), 7)
    same = AccessQueue.of(tmp_path, make_url("mysql+pymysql://u:other@db1/calldesk"), 7)
    other = AccessQueue.of(tmp_path, make_url("mysql+pymysql://u:secret1@db2/calldesk"), 7)
    assert one.path == same.path != other.path
    assert one.path.parent == tmp_path / "recording-access" and one.path.name.endswith("-7.jsonl")
    assert "secret" not in str(one.path)
