"""The collector over time: late legs, bad rows, recordings on disk, time zones, Master.csv,
the lease between two instances, the heartbeat the app reads, a lost connection."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector import collector_status
from app.calls.collector import lease as leases
from app.calls.collector.legs import leg_from_row
from app.calls.collector.run import Collector, CollectorConfig
from app.calls.collector.sources import CdrTable, Mark, MasterCsv
from app.calls.collector.store import CallStore
from app.clients.card import load_card, save_card
from app.company_settings import (
    CALL_SOURCE,
    CALL_SOURCE_PBX,
    CALL_SOURCE_SOFTPHONE,
    put_setting,
)
from app.database import make_engine
from app.staff.auth import current_user
from models import Call, CallStatus, Client, Employee, Role
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import CLIENT_NUMBER, insert_rows, master_csv_line
from tests.support.collector_support import Pbx, pbx_databases
from tests.support.mariadb_server import MariaDBServer
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.mariadb

MORNING = NOW.replace(hour=10, minute=0)


@pytest.fixture
def pbx(mariadb_server: MariaDBServer) -> Iterator[Pbx]:
    with pbx_databases(mariadb_server) as made:
        yield made


@pytest.fixture
def fixed() -> Iterator[clock.FixedClock]:
    with clock.using(clock.FixedClock(NOW)) as fixed_clock:
        yield fixed_clock


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition did not come true in time")
        time.sleep(0.05)


def test_late_leg_rebuilds_the_call_and_keeps_its_comment(
    pbx: Pbx, fixed: clock.FixedClock
) -> None:
    at = NOW - timedelta(minutes=20)  # inside the look-back
    linkedid = pbx.cdr.blind_transfer(at, "+79161230005", "101", "102")
    late = pbx.cdr.rows.pop()  # the second leg is written when it ends, after this run
    pbx.flush()
    first = pbx.collect()
    call = pbx.call(linkedid)
    assert (first.calls_new, call.transfer_count, len(call.parts)) == (1, 0, 1)
    with Session(pbx.engine) as session, session.begin():
        session.execute(update(Call).where(Call.id == call.id).values(comment="VIP"))
    insert_rows(pbx.cdr_engine, [late])
    fixed.advance(timedelta(minutes=2))
    second = pbx.collect()
    rebuilt = pbx.call(linkedid)
    assert (second.calls_new, second.calls_rebuilt) == (0, 1)
    assert rebuilt.id == call.id and rebuilt.comment == "VIP"
    assert (rebuilt.transfer_count, len(rebuilt.parts), rebuilt.talk_seconds) == (1, 2, 80)
    assert len(pbx.calls()) == 1


def test_late_leg_older_than_the_batch_window_is_found_by_the_look_back(
    pbx: Pbx, fixed: clock.FixedClock
) -> None:
    pbx.cdr.incoming(NOW - timedelta(minutes=50), "+79161230011", "101")
    pbx.flush()
    pbx.collect()
    # A long call that started before the last run ends now: its row has an older calldate.
    long_call = pbx.cdr.incoming(NOW - timedelta(minutes=40), "+79161230012", "102", talk=2000)
    pbx.flush()
    fixed.advance(timedelta(minutes=5))
    assert pbx.collect().calls_new == 1
    assert pbx.call(long_call).talk_seconds == 2000


def test_bad_rows_are_skipped_and_counted(pbx: Pbx, fixed: clock.FixedClock) -> None:
    good = pbx.cdr.incoming(MORNING, "+79161230013", "101")
    pbx.cdr.incoming(MORNING + timedelta(minutes=1), "+79161230014", "101")
    pbx.cdr.rows[-1]["linkedid"] = ""
    pbx.cdr.incoming(MORNING + timedelta(minutes=2), "+79161230015", "101", talk=30)
    pbx.cdr.rows[-1]["billsec"] = 999  # longer than the leg
    pbx.flush()
    summary = pbx.collect()
    assert (summary.calls_new, summary.skipped, summary.rows) == (1, 2, 3)
    assert [c.pbx_id for c in pbx.calls()] == [f"main:{good}"]
    with Session(pbx.engine) as session:
        status = collector_status(session)
    assert status is not None and status.rows_skipped == 2
    assert "Collected 1 calls" in summary.line() and "2 rows skipped" in summary.line()


def test_recordings_missing_or_empty_on_disk_are_not_recordings(
    pbx: Pbx, fixed: clock.FixedClock, tmp_path: Path
) -> None:
    ids = [
        pbx.cdr.incoming(MORNING + timedelta(minutes=i), f"+7916123002{i}", "101", recording=True)
        for i in range(3)
    ]
    day = tmp_path / "2026" / "11" / "20"
    day.mkdir(parents=True)
    files = [r["recordingfile"] for r in pbx.cdr.rows]
    (day / files[0]).write_bytes(b"RIFF" + bytes(2000))
    (day / files[1]).write_bytes(b"RIFF" + bytes(40))  # a 44-byte header, nothing recorded
    pbx.flush()
    pbx.collect(recordings=tmp_path)
    refs = [pbx.call(i).parts[0].recording_ref for i in ids]
    assert refs == [f"2026/11/20/{files[0]}", None, None]


def test_pbx_in_utc_journal_in_moscow(pbx: Pbx, fixed: clock.FixedClock) -> None:
    linkedid = pbx.cdr.incoming(MORNING - timedelta(hours=3), "+79161230031", "101")
    pbx.flush()
    pbx.collect(pbx_timezone="UTC", journal_timezone="Europe/Moscow")
    assert pbx.call(linkedid).started_at == MORNING


def test_a_missing_calldate_index_is_reported(mariadb_server: MariaDBServer) -> None:
    with pbx_databases(mariadb_server, index_calldate=False) as bare:
        notes = CdrTable(bare.cdr_engine).check()
    assert any("no index on calldate" in n for n in notes)


def test_missed_call_resolved_by_a_callback_in_a_later_run(
    pbx: Pbx, fixed: clock.FixedClock
) -> None:
    missed = pbx.cdr.incoming(NOW - timedelta(minutes=50), "+79161230041", "101", talk=0)
    pbx.flush()
    pbx.collect()
    assert pbx.call(missed).status == CallStatus.LOST
    fixed.advance(timedelta(minutes=40))
    callback = pbx.cdr.outgoing(NOW, "101", "+79161230041", "ANSWERED", talk=20)
    pbx.flush()
    pbx.collect()
    resolved = pbx.call(missed)
    assert resolved.resolved_by_call_id == pbx.call(callback).id
    assert resolved.status == CallStatus.NO_ANSWER


def test_master_csv_incremental_with_a_bad_line(
    pbx: Pbx, fixed: clock.FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "Master.csv"
    first = pbx.cdr.ring_group(MORNING, CLIENT_NUMBER, ["101", "102"], "101")
    path.write_text("".join(master_csv_line(r) for r in pbx.cdr.rows) + "not,a,cdr line\n")
    pbx.cdr.rows.clear()

    def collect() -> tuple[int, int]:
        s = Collector(pbx.engine, MasterCsv(path), CollectorConfig()).run()
        return s.calls_new, s.skipped

    assert collect() == (1, 1)
    second = pbx.cdr.attended_transfer(MORNING + timedelta(minutes=5), "+79161230051", "101", "102")
    with path.open("a") as f:
        f.write("".join(master_csv_line(r) for r in pbx.cdr.rows))
        f.write(master_csv_line(pbx.cdr.rows[0])[:30])  # a line still being written
    assert collect() == (1, 0)
    assert collect() == (0, 0)
    call = pbx.call(second)
    assert call.transfer_count == 1 and call.talk_seconds == 120
    assert pbx.call(first).status == CallStatus.ACCEPTED
    assert len(pbx.calls()) == 2


@pytest.mark.parametrize("old_name", ["Master.csv.1", None])
def test_master_csv_rotated_the_rest_of_the_old_file_is_read_first(
    pbx: Pbx, fixed: clock.FixedClock, tmp_path: Path, old_name: str | None
) -> None:
    """logrotate moves Master.csv aside and Asterisk starts a new one: the calls written
    to the old file after the last read are read from it (found by its inode), then the
    new file; with the old file gone, the new one is read from its start."""
    path = tmp_path / "Master.csv"

    def lines() -> str:
        text = "".join(master_csv_line(r) for r in pbx.cdr.rows)
        pbx.cdr.rows.clear()
        return text

    def collect() -> int:
        return Collector(pbx.engine, MasterCsv(path), CollectorConfig()).run().calls_new

    read = pbx.cdr.incoming(MORNING, "+79161230071", "101")
    path.write_text(lines())
    assert collect() == 1
    tail = pbx.cdr.incoming(MORNING + timedelta(minutes=1), "+79161230072", "102")
    with path.open("a") as f:
        f.write(lines())  # written after the last read, before the rotation
    if old_name is None:  # moved away (compressed, archived): its inode is not next to it
        (tmp_path / "archive").mkdir()
        path.rename(tmp_path / "archive" / "Master.csv.1")
    else:
        path.rename(tmp_path / old_name)
    fresh = pbx.cdr.incoming(MORNING + timedelta(minutes=2), "+79161230073", "103")
    path.write_text(lines())
    assert collect() == (2 if old_name else 1)
    written = {c.pbx_id for c in pbx.calls()}
    expected = {read, fresh} | ({tail} if old_name else set())
    assert written == {f"main:{lid}" for lid in expected}
    assert collect() == 0  # and nothing twice


def test_responsible_manager_is_the_one_of_the_call_time(pbx: Pbx, fixed: clock.FixedClock) -> None:
    """Two calls of a client, its responsible manager changed on the card between them,
    collected afterwards: each call keeps the manager of its own moment."""
    before = pbx.cdr.incoming(NOW - timedelta(hours=3), CLIENT_NUMBER, "101")
    after = pbx.cdr.incoming(NOW - timedelta(hours=1), CLIENT_NUMBER, "102")
    pbx.flush()
    with Session(pbx.engine) as session, session.begin():
        admin = session.get_one(Employee, pbx.ids["101"])
        admin.role = Role.ADMIN.value
        who = current_user(admin)
        card = load_card(session, pbx.ids["client"], who)
        assert card.responsible_id == pbx.ids["104"]
        edited = replace(card, responsible_id=pbx.ids["103"])
        save_card(session, card, edited, who, now=NOW - timedelta(hours=2))
    pbx.collect()
    assert pbx.call(before).responsible_id == pbx.ids["104"]
    assert pbx.call(after).responsible_id == pbx.ids["103"]
    assert pbx.call(after).responsible_id == load_responsible(pbx)


def load_responsible(pbx: Pbx) -> int | None:
    with Session(pbx.engine) as session:
        return session.get_one(Client, pbx.ids["client"]).responsible_id


def test_lease_one_writer_standby_takes_over_a_stale_heartbeat(
    pbx: Pbx, fixed: clock.FixedClock
) -> None:
    with Session(pbx.engine) as session, session.begin():
        first = leases.try_acquire(session, "main", "host-a:1")
    with Session(pbx.engine) as session, session.begin():
        assert leases.try_acquire(session, "main", "host-b:2") is None
    assert first is not None
    pbx.cdr.incoming(MORNING, "+79161230061", "101")
    pbx.flush()
    standby = Collector(
        pbx.engine,
        CdrTable(pbx.cdr_engine),
        CollectorConfig(follow=True, poll=timedelta(seconds=0.05)),
    )
    thread = threading.Thread(target=standby.run)
    thread.start()
    try:
        time.sleep(0.5)
        assert pbx.calls() == []  # the standby never writes while the lease is held
        fixed.advance(leases.LEASE_TTL + timedelta(seconds=1))  # the first one died
        wait_for(lambda: len(pbx.calls()) == 1)
        with Session(pbx.engine) as session, session.begin(), pytest.raises(leases.LeaseLost):
            leases.fence(session, first)  # a frozen first instance that wakes cannot write
    finally:
        standby.request_stop()
        thread.join(10)
    with Session(pbx.engine) as session:
        status = collector_status(session, "main")
    assert status is not None and status.state == leases.STOPPED and status.holder is None


def test_collector_status_lag_and_heartbeat(pbx: Pbx, fixed: clock.FixedClock) -> None:
    with Session(pbx.engine) as session:
        assert collector_status(session) is None
    pbx.cdr.incoming(MORNING, "+79161230071", "101")
    pbx.flush()
    pbx.collect()
    fixed.advance(timedelta(minutes=12))
    with Session(pbx.engine) as session:
        status = collector_status(session)
    assert status is not None
    assert status.caught_up_to is not None and status.caught_up_to <= NOW
    assert status.lag_minutes is not None and status.lag_minutes >= 12
    assert status.heartbeat_age is not None and status.heartbeat_age >= timedelta(minutes=12)
    assert (status.rows_read, status.calls_written, status.parts_written) == (1, 1, 1)


@pytest.mark.parametrize("side", ["pbx", "calldesk"])
def test_lost_connection_is_retried_and_nothing_is_skipped(
    pbx: Pbx, mariadb_server: MariaDBServer, side: str
) -> None:
    """The connection to the PBX's database, or to CallDesk's own, breaks and comes back."""
    proxy = TcpProxy(mariadb_server.port)
    cut_engine = pbx.cdr_engine if side == "pbx" else pbx.engine
    through_proxy = make_engine(cut_engine.url.set(port=proxy.port))
    now = clock.now()
    pbx.cdr.incoming(now - timedelta(minutes=1), "+79161230081", "101")
    pbx.flush()
    collector = Collector(
        through_proxy if side == "calldesk" else pbx.engine,
        CdrTable(
            through_proxy if side == "pbx" else pbx.cdr_engine, lookback=timedelta(minutes=10)
        ),
        CollectorConfig(
            follow=True, poll=timedelta(seconds=0.1), backoff_max=timedelta(seconds=0.3)
        ),
    )
    thread = threading.Thread(target=collector.run)
    thread.start()
    try:
        wait_for(lambda: len(pbx.calls()) == 1)
        proxy.cut()
        pbx.cdr.incoming(clock.now() - timedelta(seconds=30), "+79161230082", "102")
        pbx.flush()  # written while the collector cannot reach one of the databases
        wait_for(lambda: collector.summary.errors >= 2)
        assert len(pbx.calls()) == 1
        proxy.restore()
        wait_for(lambda: len(pbx.calls()) == 2)
        with Session(pbx.engine) as session:
            status = collector_status(session)
        # The outage is noted for the administrator (CallDesk's own when it is back).
        assert status is not None
        assert status.recent_errors or side == "calldesk"
    finally:
        collector.request_stop()
        thread.join(10)
        proxy.cut()
        through_proxy.dispose()
    assert not thread.is_alive()
    assert [c.external_number for c in pbx.calls()] == ["+79161230081", "+79161230082"]


def test_softphones_as_call_source_pause_the_collector_and_switching_back_doubles_nothing(
    pbx: Pbx, fixed: clock.FixedClock
) -> None:
    with Session(pbx.engine) as session, session.begin():
        put_setting(session, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
    pbx.cdr.incoming(NOW - timedelta(minutes=30), "+79161230091", "101")  # a softphone logs it
    pbx.flush()
    assert pbx.collect().calls_new == 0
    with Session(pbx.engine) as session:
        status = collector_status(session)
    assert status is not None and status.rows_read == 0
    assert pbx.calls() == []
    with Session(pbx.engine) as session, session.begin():
        put_setting(session, CALL_SOURCE, CALL_SOURCE_PBX)
    fixed.advance(timedelta(minutes=5))
    later = pbx.cdr.incoming(NOW + timedelta(minutes=1), "+79161230092", "102")
    pbx.flush()
    fixed.advance(timedelta(minutes=5))
    assert pbx.collect().calls_new == 1
    assert [c.pbx_id for c in pbx.calls()] == [f"main:{later}"]


def test_follow_polls_read_the_whole_look_back_once_a_minute(pbx: Pbx) -> None:
    source = CdrTable(pbx.cdr_engine, lookback=timedelta(minutes=30))
    pbx.cdr.incoming(NOW - timedelta(minutes=5), "+79161230101", "101")
    pbx.flush()
    first = source.fetch(Mark(), NOW)
    assert first.rows == 1 and first.mark.final_to == NOW - timedelta(minutes=30)
    # A 20-minute call ends now: its row is older than what a short poll re-reads.
    pbx.cdr.incoming(NOW - timedelta(minutes=20), "+79161230102", "102", talk=1200)
    pbx.flush()
    poll = source.fetch(first.mark, NOW + timedelta(seconds=5))
    assert poll.rows == 0 and poll.mark.final_to == first.mark.final_to
    full = source.fetch(poll.mark, NOW + timedelta(seconds=61))
    assert full.rows == 2  # the whole look-back again: nothing is skipped
    assert {leg.src for leg in full.legs} == {"+79161230101", "+79161230102"}


def test_a_missed_call_written_after_its_number_was_called_back_is_resolved_later(
    pbx: Pbx, fixed: clock.FixedClock
) -> None:
    """The store remembers up to when a number's missed calls are resolved and searches
    from there; a missed call written later with an earlier start moves that point back."""
    store = CallStore("main")
    number = "+79161230061"

    def write(linkedid: str) -> None:
        legs = [leg_from_row(row) for row in pbx.cdr.rows]
        pbx.cdr.rows.clear()
        with Session(pbx.engine) as session, session.begin():
            store.write(session, legs)
        store.committed()
        assert pbx.call(linkedid)

    first = pbx.cdr.outgoing(NOW - timedelta(minutes=30), "101", number, "ANSWERED", talk=20)
    write(first)
    assert number in store.resolved_to
    late = pbx.cdr.incoming(NOW - timedelta(minutes=50), number, "102", talk=0)
    write(late)  # e.g. a row the PBX wrote late, read again in the look-back
    assert pbx.call(late).resolved_by_call_id is None
    callback = pbx.cdr.outgoing(NOW - timedelta(minutes=10), "101", number, "ANSWERED", talk=20)
    write(callback)
    assert pbx.call(late).resolved_by_call_id == pbx.call(callback).id
    assert store.resolved_to[number] == pbx.call(callback).answered_at
