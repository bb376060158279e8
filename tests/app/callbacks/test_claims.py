"""Take it: claims between two operators, expiry, and the race on MariaDB."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import Engine, text

from app.callbacks import ClaimConflict, read_worklist, release, take
from app.database import Database, make_engine, migrate
from tests.app.callbacks.support import at, missed, staff

NUMBER = "+79161110001"


def test_second_operator_is_told_who_took_it(engine: Engine) -> None:
    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
    with db.transaction() as s:
        take(s, NUMBER, ivanova, at("10:05"), minutes=15)
    with pytest.raises(ClaimConflict) as told, db.transaction() as s:
        take(s, NUMBER, petrov, at("10:06"), minutes=15)
    assert told.value.holder == "Ivanova Anna"
    assert str(told.value) == "Ivanova Anna is already calling this number back (until 10:20)"
    with db.transaction() as s:  # everyone sees the claim
        (item,) = read_worklist(s, at("10:07")).items
    claim = item.claimed_at(at("10:07"))
    assert claim is not None and claim.employee_name == "Ivanova Anna"


def test_claim_expires_and_another_can_take_it(engine: Engine) -> None:
    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
        take(s, NUMBER, ivanova, at("10:05"), minutes=15)
    with db.transaction() as s:
        (item,) = read_worklist(s, at("10:20")).items
    assert item.claimed_at(at("10:20")) is None  # lapsed at 10:20
    with db.transaction() as s:
        claim = take(s, NUMBER, petrov, at("10:21"), minutes=15)
    assert claim.employee_id == petrov.id and claim.expires_at == at("10:36")


def test_own_claim_renews_and_release_frees_it(engine: Engine) -> None:
    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        take(s, NUMBER, ivanova, at("10:05"), minutes=15)
    with db.transaction() as s:
        assert take(s, NUMBER, ivanova, at("10:15"), minutes=15).expires_at == at("10:30")
    with db.transaction() as s:
        assert not release(s, NUMBER, petrov)  # not Petrov's to give up
        assert release(s, NUMBER, ivanova)
    with db.transaction() as s:
        assert take(s, NUMBER, petrov, at("10:16"), minutes=15).employee_id == petrov.id


@pytest.mark.mariadb
def test_two_operators_take_at_once_one_wins(mariadb_url: str) -> None:
    """Ivanova's transaction holds the new claim uncommitted while Petrov takes the same
    item on another connection: Petrov waits, then is told it is Ivanova's."""
    engine = make_engine(mariadb_url)
    try:
        migrate(engine)
        db = Database(engine)
        ivanova, petrov = staff(db)
        inserted = threading.Event()
        commit = threading.Event()
        outcome: list[BaseException | None] = []

        def first() -> None:
            with db.transaction() as s:
                take(s, NUMBER, ivanova, at("10:05"), minutes=15)
                s.flush()
                inserted.set()
                commit.wait(30)

        def second() -> None:
            try:
                with db.transaction() as s:
                    take(s, NUMBER, petrov, at("10:05") + timedelta(seconds=1), minutes=15)
                outcome.append(None)
            except BaseException as error:  # handed to the test thread
                outcome.append(error)

        a = threading.Thread(target=first)
        a.start()
        assert inserted.wait(30)
        b = threading.Thread(target=second)
        b.start()
        b.join(1.0)
        assert b.is_alive(), "Petrov's take must wait for Ivanova's transaction"
        commit.set()
        a.join(30)
        b.join(30)
        assert len(outcome) == 1 and isinstance(outcome[0], ClaimConflict)
        assert outcome[0].holder == "Ivanova Anna"
        with db.transaction() as s:
            holders = s.execute(text("SELECT employee_id FROM callback_claims")).all()
        assert [row[0] for row in holders] == [ivanova.id]
    finally:
        engine.dispose()
