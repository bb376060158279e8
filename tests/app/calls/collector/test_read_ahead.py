"""The collector's throughput paths write what the plain path writes: the PBX read through
mysqlclient (PyMySQL when it is not there or not wanted), numbers normalized and calls
classified ahead on the reading thread, and used only when they still fit the batch."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector import store as store_module
from app.calls.collector.classify import CallRecord
from app.calls.collector.classify import classify as classify_call
from app.calls.collector.legs import Leg, leg_from_row
from app.calls.collector.linking import employee_extensions
from app.calls.collector.sources import reading_driver
from app.calls.collector.store import CallStore, Classified
from app.database import MYSQL_DRIVER_VARIABLE
from models import Direction, Disposition
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import CLIENT_NUMBER, Cdr, insert_rows
from tests.support.collector_support import Pbx, pbx_databases
from tests.support.mariadb_server import MariaDBServer

PYMYSQL = make_url("mysql+pymysql://pbx@pbx.example/asteriskcdrdb")


@pytest.fixture
def fixed() -> Iterator[clock.FixedClock]:
    with clock.using(clock.FixedClock(NOW)) as fixed_clock:
        yield fixed_clock


def test_the_pbx_is_read_through_mysqlclient_when_it_is_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(MYSQL_DRIVER_VARIABLE, raising=False)
    assert reading_driver(PYMYSQL).drivername == "mysql+mysqldb"
    sqlite = make_url("sqlite:///cdr.db")
    assert reading_driver(sqlite) == sqlite
    monkeypatch.setenv(MYSQL_DRIVER_VARIABLE, "pymysql")  # the administrator's choice
    assert reading_driver(PYMYSQL) == PYMYSQL
    monkeypatch.delenv(MYSQL_DRIVER_VARIABLE)
    monkeypatch.setitem(sys.modules, "MySQLdb", None)  # not installed: PyMySQL, always there
    assert reading_driver(PYMYSQL) == PYMYSQL


def mix(cdr: Cdr) -> list[str]:
    """Calls of every shape over a few hours, a few minutes apart."""
    start = NOW - timedelta(hours=6)
    linkedids = []
    for i in range(40):
        at = start + timedelta(minutes=7 * i)
        number = CLIENT_NUMBER if i % 5 == 0 else f"+7916{i:07d}"
        shape = i % 6
        if shape == 0:
            linkedids.append(cdr.incoming(at, number, "101"))
        elif shape == 1:
            linkedids.append(cdr.queue(at, number, ["101", "102", "103"], "102"))
        elif shape == 2:
            linkedids.append(cdr.ring_group(at, number, ["101", "102"], None))
        elif shape == 3:
            linkedids.append(cdr.outgoing(at, "103", number, "ANSWERED", talk=40))
        elif shape == 4:
            linkedids.append(cdr.attended_transfer(at, number, "101", "104"))
        else:
            linkedids.append(cdr.incoming(at, number, "102", talk=0))
    return linkedids


def written(pbx: Pbx) -> list[tuple[Any, ...]]:
    return [
        (
            c.pbx_id,
            c.started_at,
            c.answered_at,
            c.ended_at,
            c.direction,
            c.disposition,
            c.status,
            c.external_number,
            c.client_id,
            c.employee_id,
            c.responsible_id,
            c.wait_seconds,
            c.talk_seconds,
            c.transfer_count,
            c.resolved_at,
            [(p.seq, p.extension, p.employee_id, p.disposition, p.talk_seconds) for p in c.parts],
        )
        for c in pbx.calls()
    ]


@pytest.mark.mariadb
def test_calls_classified_ahead_are_the_calls_classified_in_the_batch(
    mariadb_server: MariaDBServer, fixed: clock.FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    cdr = Cdr()
    linkedids = mix(cdr)
    on_main: list[str] = []
    classify = classify_call

    def counted(linkedid: str, legs: list[Leg], channels: Any) -> CallRecord:
        if threading.current_thread() is threading.main_thread():
            on_main.append(linkedid)
        return classify(linkedid, legs, channels)

    monkeypatch.setattr(store_module, "classify", counted)
    with pbx_databases(mariadb_server) as ahead, pbx_databases(mariadb_server) as plain:
        for pbx in (ahead, plain):
            insert_rows(pbx.cdr_engine, cdr.rows)
        # Small batches: every batch after the first is read (and classified) ahead.
        assert ahead.collect(max_rows=12).calls_new == len(linkedids)
        assert 0 < len(on_main) < len(linkedids) // 2
        with monkeypatch.context() as m:
            m.setattr(CallStore, "classify_ahead", lambda self, legs: None)
            plain.collect(max_rows=12)
        assert written(ahead) == written(plain)
        assert len(written(ahead)) == len(linkedids)


@pytest.mark.mariadb
def test_a_classification_that_no_longer_fits_is_made_again(
    mariadb_server: MariaDBServer, fixed: clock.FixedClock
) -> None:
    with pbx_databases(mariadb_server) as pbx:
        store = CallStore("main")
        with Session(pbx.engine) as session:
            extensions = employee_extensions(session)
        for i, stale in enumerate(["extensions", "legs"]):
            at = NOW - timedelta(minutes=30 + i)
            linkedid = pbx.cdr.incoming(at, f"+7916123456{i}", "101")
            legs = [leg_from_row(row) for row in pbx.cdr.rows]
            pbx.cdr.rows.clear()
            wrong = CallRecord(
                linkedid, Direction.OUTGOING, Disposition.BUSY, at, None, at, "0", None, 0, 0, 0
            )
            if stale == "extensions":  # an employee got another extension since
                classified = Classified({"999": 1}, {linkedid: (legs, wrong)})
            else:  # other leg objects (a time zone, a joined call): not the batch's legs
                classified = Classified(extensions, {linkedid: ([replace(x) for x in legs], wrong)})
            with Session(pbx.engine) as session, session.begin():
                assert store.write(session, legs, classified=classified).calls_new == 1
            call = pbx.call(linkedid)
            assert (call.direction, call.disposition) == (
                Direction.INCOMING.value,
                Disposition.ANSWERED.value,
            ), stale
        # The very legs and the same extensions: the classification made ahead is used.
        linkedid = pbx.cdr.incoming(NOW - timedelta(minutes=40), "+79161234569", "101")
        legs = [leg_from_row(row) for row in pbx.cdr.rows]
        at = legs[0].calldate
        wrong = CallRecord(
            linkedid, Direction.OUTGOING, Disposition.BUSY, at, None, at, "0", None, 0, 0, 0
        )
        with Session(pbx.engine) as session, session.begin():
            store.write(session, legs, classified=Classified(extensions, {linkedid: (legs, wrong)}))
        assert pbx.call(linkedid).disposition == Disposition.BUSY.value
