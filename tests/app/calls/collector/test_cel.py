"""Who hung up, from the PBX's ``cel`` table: one scenario per side, a call rebuilt by a
late leg, a call without events, what ``check`` tells the administrator, and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector.cel import (
    CelTable,
    Hangup,
    ended_as,
    extra_field,
    hangup_side,
    hangup_source,
)
from app.calls.collector.grouping import Channels
from app.calls.collector.preview import preview
from app.calls.collector.run import Collector, CollectorConfig, Summary
from app.calls.collector.sources import CdrTable
from models import Disposition, HangupBy
from tests.support.cel_fixtures import Cel, create_cel_table
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import CLIENT_NUMBER, insert_rows
from tests.support.collector_support import Pbx, pbx_databases
from tests.support.mariadb_server import MariaDBServer

ROOT = Path(__file__).resolve().parents[4]
# Within the look-back of NOW, so that a late leg is read again (as on a live PBX).
DAY = NOW - timedelta(minutes=100)


def cdr_and_cel(pbx: Pbx) -> list[str]:
    return ["--cdr", pbx.cdr_url, "--cel"]


def collect(pbx: Pbx, *, cel: bool = True) -> Summary:
    table = CelTable(pbx.cdr_engine) if cel else None
    return Collector(pbx.engine, CdrTable(pbx.cdr_engine), CollectorConfig(), cel=table).run()


def test_hangup_source_is_read_from_json_and_from_older_text() -> None:
    assert hangup_source('{"hangupcause":16,"hangupsource":"PJSIP/101-0000002a"}') == (
        "PJSIP/101-0000002a"
    )
    assert hangup_source("hangupcause=16,hangupsource=SIP/trunk-00000031,dialstatus=") == (
        "SIP/trunk-00000031"
    )
    assert hangup_source('{"hangupcause":19,"hangupsource":""}') == ""
    assert hangup_source("") == "" and hangup_source(None) == ""


def test_the_first_customer_channel_hung_up_tells_the_side() -> None:
    channels = Channels({"101", "102"})
    trunk, phone, local = "PJSIP/trunk-0001", "PJSIP/101-0002", "Local/102@from-queue-0003;1"

    def side(*events: tuple[str, str]) -> HangupBy | None:
        return hangup_side(
            [Hangup(n, "1.1", ch, src) for n, (ch, src) in enumerate(events, start=1)], channels
        )

    assert side((phone, phone), (trunk, phone)) == HangupBy.EMPLOYEE
    assert side((trunk, trunk), (phone, trunk)) == HangupBy.CLIENT
    assert side((local, ""), (trunk, ""), (phone, "")) == HangupBy.SYSTEM
    assert side((local, local), (trunk, local)) == HangupBy.SYSTEM  # plumbing is no side
    assert side((phone, phone), ("PJSIP/102-0004", phone)) == HangupBy.EMPLOYEE  # internal
    assert side((phone, ""), ("PJSIP/102-0004", "")) == HangupBy.SYSTEM
    assert side((local, local)) is None and side() is None


@dataclass
class World:
    pbx: Pbx
    calls: dict[str, str]  # scenario -> linkedid
    late: list[dict[str, object]]  # a transfer's second leg, written after the first run


@pytest.fixture(scope="module")
def world(mariadb_server: MariaDBServer) -> Iterator[World]:
    with clock.using(clock.FixedClock(NOW)), pbx_databases(mariadb_server) as pbx:
        create_cel_table(pbx.cdr_engine)
        c, events = pbx.cdr, Cel()
        t = iter(DAY + timedelta(minutes=6 * i) for i in range(50))
        calls = {
            "client_ends": c.incoming(next(t), "+79161110001", "101", talk=40),
            "operator_ends": c.incoming(next(t), "+79161110002", "102", talk=50),
            "gave_up": c.incoming(next(t), "+79161110003", "101", ring=12, talk=0),
            "queue_timeout": c.queue(next(t), "+79161110004", ["101", "102"], None, wait=60),
            "out_client_ends": c.outgoing(next(t), "103", "+74957650001", "ANSWERED", talk=20),
            "out_operator_ends": c.outgoing(next(t), "103", "+74957650002", "ANSWERED", talk=25),
            "internal": c.internal(next(t), "101", "103", talk=30),
            "no_events": c.incoming(next(t), "+79161110005", "101", talk=30),
            "transfer": c.blind_transfer(next(t), "+79161110006", "101", "102"),
            # Issue 15: how calls nobody answered ended, which CDR alone does not say.
            "out_gave_up": c.outgoing(next(t), "103", "+74957650003", "NO ANSWER", ring=9),
            "out_rang_out": c.outgoing(next(t), "103", "+74957650004", "NO ANSWER", ring=40),
            "out_congestion": c.outgoing(next(t), "103", "+74957650005", "NO ANSWER", ring=1),
            "out_busy": c.outgoing(next(t), "103", "+74957650006", "NO ANSWER", ring=1),
            "rejected": c.incoming(next(t), CLIENT_NUMBER, "101", ring=4, talk=0),
        }
        sides = {
            "client_ends": "customer",
            "operator_ends": "employee",
            "gave_up": "customer",
            "queue_timeout": None,
            "out_client_ends": "customer",
            "out_operator_ends": "employee",
            "internal": "employee",
            "transfer": "customer",
            "out_gave_up": "employee",
            "out_rang_out": None,
            "rejected": "employee",
        }
        for scenario, by in sides.items():
            events.hung_up(c.rows, calls[scenario], by)
        events.hung_up(c.rows, calls["out_congestion"], None, cause=34, dialstatus="CONGESTION")
        events.hung_up(c.rows, calls["out_busy"], "employee", cause=17, dialstatus="BUSY")
        events.flush(pbx.cdr_engine)
        transfer = [r for r in c.rows if r["linkedid"] == calls["transfer"]]
        late = transfer[1:]
        c.rows[:] = [r for r in c.rows if r not in late]
        pbx.flush()
        yield World(pbx, calls, late)


@pytest.mark.mariadb
def test_each_side_is_told_from_the_cel_hangup(world: World) -> None:
    collect(world.pbx)
    expected = {
        "client_ends": "client",
        "operator_ends": "employee",
        "gave_up": "client",
        "queue_timeout": "system",
        "out_client_ends": "client",
        "out_operator_ends": "employee",
        "internal": "employee",
        "no_events": None,
        "transfer": "client",
        "out_gave_up": "employee",
        "out_rang_out": "system",
        "out_congestion": "system",
        "out_busy": "employee",
        "rejected": "employee",
    }
    got = {s: world.pbx.call(lid).hangup_by for s, lid in world.calls.items()}
    assert got == expected


@pytest.mark.mariadb
def test_cel_says_how_a_call_nobody_answered_ended(world: World) -> None:
    collect(world.pbx)
    expected = {
        "out_gave_up": ("cancelled", "cancelled"),  # our employee hung up while it rang
        "out_rang_out": ("no_answer", "unanswered"),
        "out_congestion": ("congestion", "no_channels"),
        "out_busy": ("busy", "busy"),  # the network's word before who hung up
        "rejected": ("rejected", "rejected"),  # the operator's phone ended the ringing
        "gave_up": ("no_answer", "lost"),  # the caller gave up: not cancelled
        "client_ends": ("answered", "accepted"),
    }
    got = {
        s: (world.pbx.call(world.calls[s]).disposition, world.pbx.call(world.calls[s]).status)
        for s in expected
    }
    assert got == expected


def test_endings_from_dialstatus_and_cause() -> None:
    def ending(*events: tuple[int | None, str]) -> Disposition | None:
        return ended_as(
            [Hangup(n, "1.1", "PJSIP/trunk-1", "", c, d) for n, (c, d) in enumerate(events, 1)]
        )

    assert ending((16, "BUSY")) is Disposition.BUSY
    assert ending((16, "CHANUNAVAIL")) is Disposition.FAILED
    assert ending((34, "")) is Disposition.CONGESTION
    assert ending((16, ""), (21, "")) is Disposition.REJECTED
    assert ending((1, "")) is Disposition.FAILED
    assert ending((16, "ANSWER"), (19, "NOANSWER")) is None
    assert ending((None, "CANCEL")) is None
    assert extra_field('{"hangupcause":17,"dialstatus":"BUSY"}', "dialstatus") == "BUSY"
    assert extra_field("hangupcause=34,hangupsource=,dialstatus=CONGESTION", "hangupcause") == "34"


@pytest.mark.mariadb
def test_a_call_rebuilt_by_a_late_leg_keeps_who_hung_up(world: World) -> None:
    collect(world.pbx)
    before = world.pbx.call(world.calls["transfer"])
    assert before.transfer_count == 0
    insert_rows(world.pbx.cdr_engine, world.late)
    summary = collect(world.pbx)
    assert summary.calls_rebuilt >= 1
    after = world.pbx.call(world.calls["transfer"])
    assert after.id == before.id and after.transfer_count == 1
    assert after.hangup_by == "client"


def one_call_hung_up_by_the_employee(pbx: Pbx, caller: str, ext: str) -> str:
    """An answered incoming call in the cdr table and its HANGUP events in a cel table."""
    linkedid = pbx.cdr.incoming(DAY, caller, ext, talk=30)
    create_cel_table(pbx.cdr_engine)
    events = Cel()
    events.hung_up(pbx.cdr.rows, linkedid, "employee")
    events.flush(pbx.cdr_engine)
    pbx.flush()
    return linkedid


@pytest.mark.mariadb
def test_without_cel_nothing_is_guessed(mariadb_server: MariaDBServer) -> None:
    with pbx_databases(mariadb_server) as pbx:
        linkedid = one_call_hung_up_by_the_employee(pbx, "+79161110009", "101")
        collect(pbx, cel=False)
        assert pbx.call(linkedid).hangup_by is None


@pytest.mark.mariadb
def test_check_says_what_cel_conf_lacks_and_which_index_is_missing(
    mariadb_server: MariaDBServer,
) -> None:
    with pbx_databases(mariadb_server) as pbx:
        create_cel_table(pbx.cdr_engine, index_linkedid=False)
        cel = CelTable(pbx.cdr_engine)
        empty = cel.check()
        assert any("no index on linkedid" in n for n in empty)
        assert any("is empty" in n for n in empty)
        linkedid = pbx.cdr.incoming(DAY, "+79161110010", "101", talk=30)
        events = Cel()
        events.hung_up(pbx.cdr.rows, linkedid, "customer", end=False)
        events.flush(pbx.cdr_engine)
        notes = cel.check()
        lacking = [n for n in notes if n.startswith("cel: no ")]
        assert len(lacking) == 1
        assert "LINKEDID_END, BLINDTRANSFER, ATTENDEDTRANSFER" in lacking[0]
        assert "HANGUP" not in lacking[0]
        with pbx.cdr_engine.begin() as conn:
            conn.execute(text("CREATE TABLE not_cel (id INT PRIMARY KEY)"))
        with pytest.raises(ValueError, match="not an Asterisk cel table"):
            CelTable(pbx.cdr_engine, "not_cel").check()
        with pytest.raises(ValueError, match=r"has no table 'cel_missing'.*without --cel"):
            CelTable(pbx.cdr_engine, "cel_missing").check()


@pytest.mark.mariadb
def test_cli_reads_cel_when_asked(mariadb_server: MariaDBServer) -> None:
    with pbx_databases(mariadb_server) as pbx:
        linkedid = one_call_hung_up_by_the_employee(pbx, "+79161110011", "102")
        done = subprocess.run(
            [sys.executable, "-m", "ui.main", "collect", "--db", pbx.url, *cdr_and_cel(pbx)],
            cwd=ROOT,
            env={**os.environ, "CALLDESK_NOW": NOW.isoformat()},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "BLINDTRANSFER, ATTENDEDTRANSFER" in done.stderr  # the check, logged
        assert pbx.call(linkedid).hangup_by == "employee"


@pytest.mark.mariadb
def test_test_connection_preview_tells_who_hung_up_and_what_cel_lacks(
    mariadb_server: MariaDBServer,
) -> None:
    with clock.using(clock.FixedClock(NOW)), pbx_databases(mariadb_server) as pbx:
        ended_by_client = pbx.cdr.incoming(DAY, "+79161110012", "101", talk=30)
        pbx.cdr.phone_attended_transfer(DAY + timedelta(minutes=5), "+79161110013", "101", "102")
        create_cel_table(pbx.cdr_engine)
        events = Cel()
        events.hung_up(pbx.cdr.rows, ended_by_client, "customer")
        events.flush(pbx.cdr_engine)
        pbx.flush()
        with Session(pbx.engine) as session:
            shown = preview(CdrTable(pbx.cdr_engine), session, cel=CelTable(pbx.cdr_engine))
            without = preview(CdrTable(pbx.cdr_engine), session)
        by_start = {c.started: c for c in shown.calls}
        assert len(shown.calls) == 2  # the phone's consult joined its caller's call
        assert by_start[DAY].hangup_by == HangupBy.CLIENT
        assert by_start[DAY + timedelta(minutes=5)].hangup_by is None  # no events for it
        assert by_start[DAY + timedelta(minutes=5)].parts == 3
        assert any("BLINDTRANSFER" in n for n in shown.notes)
        assert all(c.hangup_by is None for c in without.calls)
        assert not any(n.startswith("cel:") for n in without.notes)
