"""The main window keeps the user's stretch of work: opened with the window, signs of life
from its own thread, ended when the window closes; a stretch ended elsewhere is reopened."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import clock
from app.database import Database
from models import Role, WorkSession
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role
from ui.main_window import MainWindow
from ui.work_session import WorkSessionKeeper

pytestmark = pytest.mark.seed(calls=200, clients=20, qt_settings=True)


def stretches(db: Database) -> list[tuple[object, ...]]:
    with Session(db.engine) as s:
        rows = s.execute(
            select(
                WorkSession.employee_id,
                WorkSession.place,
                WorkSession.started_at,
                WorkSession.last_seen_at,
                WorkSession.ended_at,
            ).order_by(WorkSession.id)
        )
        return [tuple(r) for r in rows]


def test_the_window_opens_and_ends_the_stretch(qtbot: QtBot, db: Database) -> None:
    operator = user_with_role(db, Role.OPERATOR)
    with clock.using(clock.FixedClock(NOW)) as fixed:
        window = MainWindow(db, operator, "test database")
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.work_session.session_id is not None, timeout=10_000)
        assert stretches(db) == [(operator.id, socket.gethostname(), NOW, NOW, None)]
        fixed.advance(timedelta(minutes=90))
        window.close()
    [(_, _, started, seen, ended)] = stretches(db)
    assert (started, seen, ended) == (NOW, NOW + timedelta(minutes=90), NOW + timedelta(minutes=90))


def test_signs_of_life_and_a_stretch_ended_elsewhere(qtbot: QtBot, db: Database) -> None:
    operator = user_with_role(db, Role.OPERATOR)
    with clock.using(clock.FixedClock(NOW)) as fixed:
        keeper = WorkSessionKeeper(db, operator.id, place="desk-1", heartbeat_ms=3_600_000)
        keeper.start()
        qtbot.waitUntil(lambda: keeper.session_id is not None, timeout=10_000)
        first = keeper.session_id
        fixed.advance(timedelta(minutes=1))
        keeper.beat()
        qtbot.waitUntil(lambda: stretches(db)[0][3] == NOW + timedelta(minutes=1), timeout=10_000)
        # An administrator's cleanup ends it: the next beat starts a new stretch.
        with Session(db.engine) as s, s.begin():
            s.execute(update(WorkSession).values(ended_at=NOW + timedelta(minutes=1)))
        fixed.advance(timedelta(minutes=1))
        keeper.beat()
        qtbot.waitUntil(lambda: keeper.session_id not in (None, first), timeout=10_000)
        fixed.advance(timedelta(minutes=5))
        keeper.stop()
    assert [(r[2], r[4]) for r in stretches(db)] == [
        (NOW, NOW + timedelta(minutes=1)),
        (NOW + timedelta(minutes=2), NOW + timedelta(minutes=7)),
    ]


@pytest.mark.mariadb
def test_the_stretch_sets_a_slow_desktops_clock_by_the_servers(
    qtbot: QtBot, mariadb_url: str
) -> None:
    """Clock skew (issue 18): the window's first database work reads the server's time, so
    the stretch and everything after it is written in the server's time, not the desktop's."""
    from sqlalchemy import text

    from app.database import make_engine, migrate
    from tests.support.ui_support import seed_small

    engine = make_engine(mariadb_url)
    migrate(engine)
    seed_small(engine, calls=50, clients=5)
    db = Database(engine)
    skew = timedelta(minutes=5)
    desktop = clock.CorrectedClock(clock.ShiftedClock(clock.SystemClock().now() - skew))
    try:
        with clock.using(desktop):
            operator = user_with_role(db, Role.OPERATOR)
            keeper = WorkSessionKeeper(db, operator.id, place="desk-slow", heartbeat_ms=3_600_000)
            keeper.start()
            qtbot.waitUntil(lambda: keeper.session_id is not None, timeout=20_000)
            keeper.stop()
        with engine.connect() as conn:
            lag = conn.scalar(
                text("SELECT TIMESTAMPDIFF(SECOND, started_at, NOW()) FROM work_sessions")
            )
        assert abs(desktop.offset - skew) < timedelta(seconds=1)
        assert lag is not None and 0 <= lag < 10  # the server's time, not five minutes ago
    finally:
        db.dispose()
