"""Operator pauses on both databases: one open pause per employee, clear errors, totals
clipped to the period (across midnight, open pauses, every employee)."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select, text

from app.database import Database, make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.staff.auth import CurrentUser
from app.staff.pauses import (
    PAUSE_REASON_TEXT,
    PauseError,
    current_pause,
    end_pause,
    pause_totals,
    start_pause,
)
from models import MAX_PAUSE_NOTE_LENGTH, Pause, PauseReason, Role
from tests.support.ui_support import NOW, user_with_role

T0 = datetime(2026, 11, 19, 12, 0, 0)


pytestmark = pytest.mark.seed(calls=0, clients=5, employees=8, days=1, seed=5)


@pytest.fixture
def me(db: Database) -> CurrentUser:
    return user_with_role(db, Role.OPERATOR)


@pytest.fixture
def boss(db: Database) -> CurrentUser:
    return user_with_role(db, Role.SUPERVISOR)


def _pauses(db: Database) -> list[tuple[int, str, str | None, datetime, datetime | None]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)  # type: ignore[misc]
            for r in conn.execute(
                select(
                    Pause.employee_id, Pause.reason, Pause.note, Pause.started_at, Pause.ended_at
                ).order_by(Pause.id)
            )
        ]


def test_start_and_end_a_pause(db: Database, me: CurrentUser) -> None:
    with db.engine.connect() as conn:
        assert current_pause(conn, me.id) is None
    with db.transaction() as s:
        started = start_pause(s, me, PauseReason.LUNCH, now=T0)
    assert (started.reason, started.started_at, started.ended_at) == (PauseReason.LUNCH, T0, None)
    with db.engine.connect() as conn:
        now_paused = current_pause(conn, me.id)
    assert now_paused == started

    with db.transaction() as s:
        ended = end_pause(s, me, now=T0 + timedelta(minutes=30))
    assert ended is not None and ended.ended_at == T0 + timedelta(minutes=30)
    with db.engine.connect() as conn:
        assert current_pause(conn, me.id) is None
    # Ready again when already ready: nothing to end, nothing written.
    with db.transaction() as s:
        assert end_pause(s, me, now=T0 + timedelta(hours=1)) is None
    assert _pauses(db) == [(me.id, "lunch", None, T0, T0 + timedelta(minutes=30))]


def test_a_new_pause_ends_the_open_one(db: Database, me: CurrentUser, boss: CurrentUser) -> None:
    with db.transaction() as s:
        start_pause(s, me, "break", now=T0)
        start_pause(s, boss, "training", now=T0)
    with db.transaction() as s:
        start_pause(s, me, PauseReason.OTHER, note="  у врача  ", now=T0 + timedelta(minutes=10))
    rows = _pauses(db)
    mine = [r for r in rows if r[0] == me.id]
    assert mine == [
        (me.id, "break", None, T0, T0 + timedelta(minutes=10)),
        (me.id, "other", "у врача", T0 + timedelta(minutes=10), None),
    ]
    # Someone else's pause is untouched.
    assert [r for r in rows if r[0] == boss.id] == [(boss.id, "training", None, T0, None)]
    with db.engine.connect() as conn:
        open_count = conn.scalar(
            select(func.count()).where(Pause.employee_id == me.id, Pause.ended_at.is_(None))
        )
        assert open_count == 1
        current = current_pause(conn, me.id)
    assert current is not None and current.reason is PauseReason.OTHER


def test_a_pause_never_ends_before_it_started(db: Database, me: CurrentUser) -> None:
    # Another workstation's clock is a little behind.
    with db.transaction() as s:
        start_pause(s, me, "lunch", now=T0)
    with db.transaction() as s:
        ended = end_pause(s, me, now=T0 - timedelta(seconds=20))
    assert ended is not None and ended.ended_at == T0


def test_bad_input_is_refused_and_nothing_is_written(db: Database, me: CurrentUser) -> None:
    with pytest.raises(PauseError, match="'nap' is not a pause reason"), db.transaction() as s:
        start_pause(s, me, "nap", now=T0)
    long_note = "x" * (MAX_PAUSE_NOTE_LENGTH + 1)
    with pytest.raises(PauseError, match="too long"), db.transaction() as s:
        start_pause(s, me, "other", note=long_note, now=T0)
    assert _pauses(db) == []
    # "Other" without a note is fine; a note of exactly the limit too.
    with db.transaction() as s:
        start_pause(s, me, "other", now=T0)
        start_pause(s, me, "other", note="y" * MAX_PAUSE_NOTE_LENGTH, now=T0 + timedelta(1))
    assert [r[2] for r in _pauses(db)] == [None, "y" * MAX_PAUSE_NOTE_LENGTH]


def test_every_reason_has_a_label() -> None:
    assert set(PAUSE_REASON_TEXT) == set(PauseReason)


def test_totals_are_clipped_to_the_period(db: Database, me: CurrentUser, boss: CurrentUser) -> None:
    day = datetime(2026, 11, 18)
    with db.transaction() as s:
        # Across midnight into the 18th: 23:30 -> 00:20 counts 20 minutes on the 18th.
        start_pause(s, me, "break", now=day - timedelta(minutes=30))
        start_pause(s, me, "lunch", now=day + timedelta(minutes=20))  # ends the break
        end_pause(s, me, now=day + timedelta(hours=1, minutes=20))  # 60 min lunch
        start_pause(s, me, "break", now=day + timedelta(hours=10))
        end_pause(s, me, now=day + timedelta(hours=10, minutes=15))
        # Across the end of the 18th: 23:50 -> 00:40 counts 10 minutes on the 18th.
        start_pause(s, me, "training", now=day + timedelta(hours=23, minutes=50))
        end_pause(s, me, now=day + timedelta(days=1, minutes=40))
        # The supervisor's pause started two days before and is still open.
        start_pause(s, boss, "other", note="совещание", now=day - timedelta(days=2))
    end = day + timedelta(days=1)
    with db.engine.connect() as conn:
        mine = pause_totals(conn, me.id, day, end, now=day + timedelta(days=3))
        everyone = pause_totals(conn, None, day, end, now=day + timedelta(days=3))
        # An open pause counts until now when now is inside the period.
        until_noon = pause_totals(conn, boss.id, day, end, now=day + timedelta(hours=12))
        next_day = pause_totals(conn, me.id, end, end + timedelta(days=1), now=end + timedelta(2))
        before = pause_totals(conn, me.id, day - timedelta(days=1), day, now=end)
    assert mine == {
        me.id: {
            PauseReason.BREAK: 20 * 60 + 15 * 60,
            PauseReason.LUNCH: 60 * 60,
            PauseReason.TRAINING: 10 * 60,
        }
    }
    assert everyone == {**mine, boss.id: {PauseReason.OTHER: 24 * 3600}}
    assert until_noon == {boss.id: {PauseReason.OTHER: 12 * 3600}}
    assert next_day == {me.id: {PauseReason.TRAINING: 40 * 60}}
    assert before == {me.id: {PauseReason.BREAK: 30 * 60}}


def _pause_in_thread(url: str, who: CurrentUser, out: dict[str, object]) -> None:
    engine = make_engine(url)
    try:
        with Database(engine).transaction() as s:
            out["second"] = start_pause(s, who, "training", now=T0 + timedelta(minutes=1))
    except Exception as e:
        out["second"] = e
    finally:
        engine.dispose()


def _waiting_employee_locks(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.scalar(
                text(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                    "WHERE info LIKE 'SELECT employees.id %FOR UPDATE'"
                )
            )
            or 0
        )


@pytest.mark.mariadb
def test_two_workstations_pausing_at_once_leave_one_open_pause(mariadb_url: str) -> None:
    """The second waits on the employee's row, then ends the first one's pause."""
    engine = make_engine(mariadb_url)
    try:
        migrate(engine)
        seed(engine, SeedPlan(calls=0, clients=2, employees=8, days=1, now=NOW, seed=5))
        db = Database(engine)
        me = user_with_role(db, Role.OPERATOR)
        out: dict[str, object] = {}
        with db.transaction() as first:
            start_pause(first, me, "lunch", now=T0)
            second = threading.Thread(target=_pause_in_thread, args=(mariadb_url, me, out))
            second.start()
            deadline = time.monotonic() + 10
            while _waiting_employee_locks(engine) == 0 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert _waiting_employee_locks(engine) == 1, (out, "the second is not waiting")
        second.join(30)
        assert not isinstance(out["second"], Exception), out
        assert _pauses(db) == [
            (me.id, "lunch", None, T0, T0 + timedelta(minutes=1)),
            (me.id, "training", None, T0 + timedelta(minutes=1), None),
        ]
    finally:
        engine.dispose()


def test_a_pause_request_sent_again_finds_its_pause_instead_of_opening_another(
    db: Database, me: CurrentUser
) -> None:
    """The answer of a committed write was lost with the connection: the workstation sends
    the same request (same key) again when the database is back. One pause row, not two."""
    with db.transaction() as s:
        first = start_pause(s, me, PauseReason.LUNCH, now=T0, request_key="k1")
    with db.transaction() as s:  # the same request, later
        again = start_pause(
            s, me, PauseReason.LUNCH, now=T0 + timedelta(minutes=2), request_key="k1"
        )
    assert again == first
    assert _pauses(db) == [(me.id, "lunch", None, T0, None)]
    with db.transaction() as s:  # a new choice is a new pause, as always
        start_pause(s, me, PauseReason.BREAK, now=T0 + timedelta(minutes=5), request_key="k2")
    with db.transaction() as s:  # the lunch request once more, late: nothing changes
        late = start_pause(
            s, me, PauseReason.LUNCH, now=T0 + timedelta(minutes=6), request_key="k1"
        )
    assert late.id == first.id and late.ended_at == T0 + timedelta(minutes=5)
    assert _pauses(db) == [
        (me.id, "lunch", None, T0, T0 + timedelta(minutes=5)),
        (me.id, "break", None, T0 + timedelta(minutes=5), None),
    ]


@pytest.mark.mariadb
def test_a_pause_write_cut_off_inside_its_transaction_leaves_nothing(mariadb_url: str) -> None:
    """The connection dies after the open lunch was ended and the break inserted, before
    COMMIT (the server kills it, as a network cut or a restart would): the lunch is still
    open and there is no break; sent again with its key, the break is written once."""
    from sqlalchemy import exc
    from sqlalchemy.orm import Session

    engine = make_engine(mariadb_url)
    killer = make_engine(mariadb_url)
    try:
        migrate(engine)
        seed(engine, SeedPlan(calls=0, clients=2, employees=8, days=1, now=NOW, seed=5))
        db = Database(engine)
        me = user_with_role(db, Role.OPERATOR)
        db.write(lambda s: start_pause(s, me, PauseReason.LUNCH, now=T0, request_key="lunch"))
        later = T0 + timedelta(minutes=30)

        def cut_off(session: Session) -> None:
            start_pause(session, me, PauseReason.BREAK, now=later, request_key="break")
            own = session.scalar(text("SELECT CONNECTION_ID()"))
            with killer.connect() as conn:
                conn.execute(text(f"KILL CONNECTION {int(own or 0)}"))
            session.execute(text("SELECT 1"))

        with pytest.raises(exc.OperationalError):
            db.write(cut_off)
        assert _pauses(db) == [(me.id, "lunch", None, T0, None)]  # nothing half-written
        for _ in range(2):  # the retry, and a retry of the retry: written once
            db.write(
                lambda s: start_pause(s, me, PauseReason.BREAK, now=later, request_key="break")
            )
        assert _pauses(db) == [
            (me.id, "lunch", None, T0, later),
            (me.id, "break", None, later, None),
        ]
    finally:
        killer.dispose()
        engine.dispose()
