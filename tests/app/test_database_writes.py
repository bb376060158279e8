"""Writes retried on MySQL deadlocks and lock wait timeouts, against a real MariaDB."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, Engine, exc, text
from sqlalchemy.orm import Session

from app.database import Database, describe_problem, lock_error, make_engine

pytestmark = pytest.mark.mariadb

ROWS = 40  # the other transaction changes all of them: InnoDB picks ours as the victim


@pytest.fixture
def counters(mariadb_url: str) -> Iterator[Database]:
    engine = make_engine(mariadb_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE counters (id INT PRIMARY KEY, n INT NOT NULL)"))
        conn.execute(
            text("INSERT INTO counters (id, n) VALUES (:id, 0)"),
            [{"id": i} for i in range(1, ROWS + 1)],
        )
    db = Database(engine)
    try:
        yield db
    finally:
        db.dispose()


def _set(conn: Connection | Session, row: int, n: int) -> None:
    conn.execute(text("UPDATE counters SET n = :n WHERE id = :id"), {"n": n, "id": row})


def _values(engine: Engine) -> dict[int, int]:
    with engine.connect() as conn:
        return {r.id: r.n for r in conn.execute(text("SELECT id, n FROM counters"))}


def _wait_for_lock_wait(engine: Engine, timeout: float = 10.0) -> None:
    """Until another transaction is waiting for a row lock (the condition, not a sleep)."""
    deadline = time.monotonic() + timeout
    with engine.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.scalar(
                text(
                    "SELECT COUNT(*) FROM information_schema.INNODB_TRX"
                    " WHERE trx_state = 'LOCK WAIT'"
                )
            )
            conn.rollback()
            if waiting:
                return
            time.sleep(0.01)
    raise AssertionError("the other transaction never waited for the lock")


def test_a_deadlocked_write_is_run_again_and_succeeds(counters: Database) -> None:
    engine = counters.engine
    other = engine.connect()
    other.begin()
    for row in range(2, ROWS + 1):  # holds row 2 (and is the heavier transaction)
        _set(other, row, 100)
    other_done = threading.Event()
    other_error: list[BaseException] = []

    def other_takes_row_1() -> None:
        try:
            _set(other, 1, 100)  # waits for our lock on row 1
            other.commit()
        except BaseException as e:  # shown by the assertion below
            other_error.append(e)
        finally:
            other_done.set()

    runs: list[int] = []
    errors: list[int | None] = []

    def work(session: Session) -> str:
        runs.append(len(runs) + 1)
        _set(session, 1, 7)
        if len(runs) == 1:
            threading.Thread(target=other_takes_row_1, daemon=True).start()
            _wait_for_lock_wait(engine)
            try:
                _set(session, 2, 7)  # row 2 is the other's, which waits for our row 1
            except exc.DBAPIError as e:
                errors.append(lock_error(e))
                raise
        else:
            _set(session, 2, 7)
        return "saved"

    try:
        assert counters.write(work) == "saved"
    finally:
        other_done.wait(10)
        other.close()
    assert not other_error, other_error
    assert errors == [1213]  # the first run was the deadlock's victim ...
    assert runs == [1, 2]  # ... and the second run went through
    values = _values(engine)
    assert (values[1], values[2], values[3]) == (7, 7, 100)  # ours committed after the other


def test_a_write_that_keeps_waiting_for_a_lock_gives_up_with_a_clear_message(
    counters: Database,
) -> None:
    blocker = counters.engine.connect()
    blocker.begin()
    _set(blocker, 1, 100)  # held for the whole test
    runs: list[int] = []

    def work(session: Session) -> None:
        runs.append(len(runs) + 1)
        session.execute(text("SET SESSION innodb_lock_wait_timeout = 1"))
        _set(session, 1, 7)

    try:
        with pytest.raises(exc.DBAPIError) as raised:
            counters.write(work, attempts=2)
    finally:
        blocker.rollback()
        blocker.close()
    assert runs == [1, 2]  # bounded: two attempts, then it gives up
    assert lock_error(raised.value) == 1205
    assert str(describe_problem(raised.value)) == (
        "Another user was changing the same records at the same moment; the database refused "
        "this change (lock wait timeout, attempts: 2). Nothing was saved: try again."
    )
    assert _values(counters.engine)[1] == 0


def test_other_errors_are_not_retried(counters: Database) -> None:
    runs: list[int] = []

    def work(session: Session) -> None:
        runs.append(1)
        session.execute(text("INSERT INTO counters (id, n) VALUES (1, 5)"))  # duplicate key

    with pytest.raises(exc.IntegrityError):
        counters.write(work)
    assert runs == [1]


def test_a_main_windows_worth_of_connections_does_not_wait(db_url: str) -> None:
    """Sixteen connections held at once (a window's database threads, its forms and
    background reads) are more than SQLAlchemy's default 5 + 10: none may wait for another."""
    from contextlib import ExitStack

    engine = make_engine(db_url, pool_timeout=1)
    try:
        with ExitStack() as stack:
            held = [stack.enter_context(engine.connect()) for _ in range(16)]
            assert all(c.exec_driver_sql("SELECT 1").scalar() == 1 for c in held)
    finally:
        engine.dispose()


def test_a_write_cut_off_inside_its_transaction_leaves_nothing_and_is_written_once_again(
    mariadb_url: str,
) -> None:
    """The connection dies between a call's rows (the server kills it, as a network cut or a
    restart would): none of the call, its parts, participants or report summaries stays,
    and doing the write again writes it once."""
    from datetime import datetime

    from app.database import migrate
    from tests.app.callbacks.support import employee, missed

    engine = make_engine(mariadb_url)
    migrate(engine)
    db = Database(engine)
    killer = make_engine(mariadb_url)
    with db.transaction() as s:
        operator = employee(s, "ivanova", "Иванова", "101")
    start = datetime(2026, 11, 20, 10, 0)
    tables = ["calls", "call_parts", "call_participants", "report_call_hours", "report_hours"]

    def counts() -> dict[str, int]:
        with engine.connect() as conn:
            return {t: int(conn.scalar(text(f"SELECT COUNT(*) FROM {t}")) or 0) for t in tables}

    def write(session: Session) -> int:
        return missed(session, "+79990001122", start, rang=((operator.id, 20),))

    def cut_off(session: Session) -> int:
        call_id = write(session)  # the call, its part, participant and summaries: written...
        own = session.scalar(text("SELECT CONNECTION_ID()"))
        with killer.connect() as conn:
            conn.execute(text(f"KILL CONNECTION {int(own or 0)}"))
        session.execute(text("SELECT 1"))  # ... and the connection is gone before COMMIT
        return call_id

    try:
        before = counts()
        with pytest.raises(exc.OperationalError):
            db.write(cut_off)
        assert counts() == before  # nothing half-written
        db.write(write)
        after = counts()
        assert after["calls"] == before["calls"] + 1
        assert after["call_parts"] == before["call_parts"] + 1
        assert after["call_participants"] == before["call_participants"] + 1
        assert after["report_call_hours"] > before["report_call_hours"]
    finally:
        killer.dispose()
        db.dispose()
