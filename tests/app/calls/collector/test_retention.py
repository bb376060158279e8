"""Old leg marks are purged; the calls stay, and reading that old past again doubles
nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector.retention import boundary_id, oldest_mark, purge_legs, purge_step
from models import CollectedLeg, CollectorWatermark
from tests.support.clock_support import NOW
from tests.support.collector_support import Pbx, pbx_databases
from tests.support.mariadb_server import MariaDBServer

pytestmark = pytest.mark.mariadb


@pytest.fixture
def pbx(mariadb_server: MariaDBServer) -> Iterator[Pbx]:
    with clock.using(clock.FixedClock(NOW)), pbx_databases(mariadb_server) as made:
        yield made


def legs(pbx: Pbx) -> int:
    with Session(pbx.engine) as session:
        return int(session.scalar(select(func.count()).select_from(CollectedLeg)) or 0)


def test_marks_older_than_the_horizon_go_and_a_reread_doubles_nothing(pbx: Pbx) -> None:
    for day in range(30, 0, -1):  # a call a day for a month, a ring group every 3rd day
        at = NOW - timedelta(days=day)
        if day % 3:
            pbx.cdr.incoming(at, f"+7916555{day:04d}", "101")
        else:
            pbx.cdr.ring_group(at, f"+7916555{day:04d}", ["101", "102"], "102")
    pbx.flush()
    first = pbx.collect(keep_legs=None)
    calls = {c.pbx_id: c.id for c in pbx.calls()}
    assert first.calls_new == 30 and legs(pbx) == first.rows
    horizon = NOW - timedelta(days=14)
    with Session(pbx.engine) as session:
        boundary = boundary_id(session, "main", horizon)
        assert boundary is not None
        older = session.scalar(
            select(func.count()).select_from(CollectedLeg).where(CollectedLeg.id < boundary)
        )
        newest_dropped = session.scalar(
            select(func.max(CollectedLeg.calldate)).where(CollectedLeg.id < boundary)
        )
        assert newest_dropped is not None
        assert newest_dropped < horizon
    purged = purge_legs(pbx.engine, "main", horizon, chunk=7)
    assert purged == older and legs(pbx) == first.rows - purged
    with Session(pbx.engine) as session:
        kept_from = oldest_mark(session, "main")
    assert kept_from is not None and kept_from >= horizon
    assert purge_legs(pbx.engine, "main", horizon) == 0  # nothing left to purge
    # The whole month read again from scratch: every old call is found by its pbx_id.
    with Session(pbx.engine) as session, session.begin():
        session.execute(delete(CollectorWatermark))
    again = pbx.collect(keep_legs=None)
    assert (again.calls_new, again.calls_rebuilt) == (0, 0)
    assert {c.pbx_id: c.id for c in pbx.calls()} == calls
    assert legs(pbx) == first.rows - purged  # purged marks are not written back


def test_the_collector_purges_by_itself_after_keep_legs(pbx: Pbx) -> None:
    for day in (20, 10, 1):
        pbx.cdr.incoming(NOW - timedelta(days=day), f"+79165551{day:03d}", "101")
    pbx.flush()
    pbx.collect(keep_legs=timedelta(days=7))
    with Session(pbx.engine) as session:
        dates = list(session.scalars(select(CollectedLeg.calldate)))
    assert len(dates) == 1 and dates[0] >= NOW - timedelta(days=7)
    assert len(pbx.calls()) == 3


def test_purging_an_empty_table_is_nothing(pbx: Pbx) -> None:
    assert purge_legs(pbx.engine, "main", NOW) == 0
    with Session(pbx.engine) as session:
        assert boundary_id(session, "main", NOW) is None and oldest_mark(session, "main") is None


def test_a_purge_goes_a_few_chunks_at_a_time_between_polls(pbx: Pbx) -> None:
    for day in range(12, 0, -1):
        pbx.cdr.incoming(NOW - timedelta(days=day), f"+7916556{day:04d}", "101")
    pbx.flush()
    pbx.collect()
    horizon = NOW - timedelta(days=5, hours=12)
    steps, total, start = 0, 0, None
    while True:
        deleted, start = purge_step(pbx.engine, "main", horizon, start=start, chunk=2, chunks=1)
        assert deleted <= 2
        total += deleted
        steps += 1
        assert steps < 50
        if start is None:
            break
    assert total == 7 and steps >= 4 and legs(pbx) == 5
    assert purge_step(pbx.engine, "main", horizon) == (0, None)


def test_another_pbx_s_marks_neither_go_nor_stall_the_purge(pbx: Pbx) -> None:
    """Two PBXs share collected_legs: purging one leaves the other's old marks, and the
    cursor moves past them (before, a purge went round the same ids for ever)."""
    for day in range(10, 0, -1):
        pbx.cdr.incoming(NOW - timedelta(days=day), f"+7916557{day:04d}", "101")
    pbx.flush()
    pbx.collect(pbx="other")  # the same rows, collected as another PBX first (lower ids)
    pbx.collect()
    horizon = NOW - timedelta(days=4, hours=12)
    assert purge_legs(pbx.engine, "main", horizon, chunk=3) == 6
    with Session(pbx.engine) as session:
        by_pbx = dict(
            session.execute(select(CollectedLeg.pbx, func.count()).group_by(CollectedLeg.pbx)).all()
        )
        main, other = oldest_mark(session, "main"), oldest_mark(session, "other")
        assert main is not None and main >= horizon
        assert other is not None and other < horizon
    assert by_pbx == {"other": 10, "main": 4}
