"""Clock skew between workstations (issue 18): times of record follow the database server.

Two desktops write into one MariaDB; one of them runs five minutes slow. Without the
correction its callback lands before the missed call it answers (the worklist keeps the
item open) and the journal shows the two calls the wrong way round.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, select, text

from app import clock, server_time
from app.database import Database, make_engine, migrate
from models import Call
from tests.app.callbacks.support import contact, employee, missed

SKEW = timedelta(minutes=5)
CLOSE = timedelta(seconds=1)  # one round trip to a local server is far less


@pytest.fixture
def shared(mariadb_url: str) -> Iterator[Database]:
    engine = make_engine(mariadb_url)
    migrate(engine)
    db = Database(engine)
    try:
        yield db
    finally:
        db.dispose()


def _server_now(engine: Engine) -> datetime:
    with engine.connect() as conn:
        epoch = conn.scalar(text("SELECT UNIX_TIMESTAMP(NOW(6))"))
    return datetime.fromtimestamp(float(epoch))


def _slow_desktop() -> clock.CorrectedClock:
    """A desktop whose own clock is five minutes behind the machine's (the server's)."""
    return clock.CorrectedClock(clock.ShiftedClock(clock.SystemClock().now() - SKEW))


@pytest.mark.mariadb
def test_a_slow_desktop_is_set_right_by_the_server(shared: Database) -> None:
    desktop = _slow_desktop()
    with clock.using(desktop), shared.engine.connect() as conn:
        assert abs(clock.now() + SKEW - _server_now(shared.engine)) < CLOSE  # off, as set up
        offset = server_time.calibrate(conn)
        assert offset is not None and abs(offset - SKEW) < CLOSE
        assert abs(clock.now() - _server_now(shared.engine)) < CLOSE


@pytest.mark.mariadb
def test_a_slow_desktops_callback_closes_the_missed_call_and_sorts_after_it(
    shared: Database,
) -> None:
    with shared.transaction() as s:
        operator = employee(s, "petrova", "Петрова", "102")
    on_time, slow = clock.CorrectedClock(), _slow_desktop()
    for desktop in (on_time, slow):
        with clock.using(desktop), shared.engine.connect() as conn:
            server_time.calibrate(conn)
    with clock.using(on_time), shared.transaction() as s:
        lost = missed(s, "+79991112233", clock.now())
    with clock.using(slow), shared.transaction() as s:
        callback = contact(s, "+79991112233", clock.now(), operator.id)
    with shared.engine.connect() as conn:
        rows = conn.execute(
            select(Call.id, Call.resolved_by_call_id)
            .where(Call.id.in_([lost, callback]))
            .order_by(Call.started_at.desc(), Call.id.desc())
        ).all()
    assert [r.id for r in rows] == [callback, lost]  # the journal's order: newest first
    assert {r.id: r.resolved_by_call_id for r in rows}[lost] == callback  # closed by it


def test_on_sqlite_and_under_a_tests_clock_nothing_is_corrected(tmp_path: object) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/one-desktop.db")
    try:
        with engine.connect() as conn:
            desktop = _slow_desktop()
            with clock.using(desktop):
                assert server_time.calibrate(conn) is None  # SQLite: the one desktop's clock
                assert desktop.offset == timedelta(0)
            assert server_time.calibrate(conn) is None  # the suite's own clock stays as set
    finally:
        engine.dispose()
