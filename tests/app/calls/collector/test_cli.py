"""``calldesk collect`` as a process: end to end on MariaDB and Master.csv, killed with
SIGKILL mid-run and resumed (nothing lost, nothing doubled), follow mode stopped by SIGTERM."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.calls.collector import collector_status
from app.calls.collector.pbx_settings import PBX_SETTINGS
from app.company_settings import put_setting
from models import Call, CallPart, CollectedLeg, Pause
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import Cdr, insert_rows, master_csv_line
from tests.support.collector_support import Pbx, pbx_databases
from tests.support.mariadb_server import MariaDBServer

pytestmark = pytest.mark.mariadb

ROOT = Path(__file__).resolve().parents[4]
MORNING = NOW.replace(hour=9, minute=0)


@pytest.fixture
def pbx(mariadb_server: MariaDBServer) -> Iterator[Pbx]:
    with pbx_databases(mariadb_server) as made:
        yield made


def collect_command(pbx: Pbx, *options: str) -> list[str]:
    return [sys.executable, "-m", "ui.main", "collect", "--db", pbx.url, *options]


def environment() -> dict[str, str]:
    return {**os.environ, "CALLDESK_NOW": NOW.isoformat()}


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, env=environment(), capture_output=True, text=True, timeout=120
    )


def busy_day(cdr: Cdr, calls: int) -> None:
    """A mix of the scenarios, one call a minute from 09:00."""
    for i in range(calls):
        at = MORNING + timedelta(minutes=i)
        number = f"+7916{i:07d}"
        kind = i % 6
        if kind == 0:
            cdr.incoming(at, number, "101", recording=True)
        elif kind == 1:
            cdr.queue(at, number, ["101", "102", "103"], "102")
        elif kind == 2:
            cdr.ring_group(at, number, ["101", "102"], None)
        elif kind == 3:
            cdr.outgoing(at, "103", number, "ANSWERED", talk=40)
        elif kind == 4:
            cdr.attended_transfer(at, number, "101", "104")
        else:
            cdr.incoming(at, number, "102", talk=0)


def totals(pbx: Pbx) -> tuple[int, int, int]:
    with Session(pbx.engine) as session:
        return (
            session.scalar(select(func.count()).select_from(Call)) or 0,
            session.scalar(select(func.count()).select_from(CallPart)) or 0,
            session.scalar(select(func.count()).select_from(CollectedLeg)) or 0,
        )


def journal(pbx: Pbx) -> list[tuple[object, ...]]:
    return sorted(
        (c.pbx_id, c.status, c.employee_id, c.talk_seconds, len(c.parts)) for c in pbx.calls()
    )


def test_cli_end_to_end_with_summary(pbx: Pbx) -> None:
    busy_day(pbx.cdr, 12)
    rows = len(pbx.cdr.rows)
    pbx.flush()
    done = run(collect_command(pbx, "--cdr", pbx.cdr_url))
    assert done.returncode == 0, done.stderr
    assert f"Collected 12 calls (12 new, 0 rebuilt), {totals(pbx)[1]} parts from {rows} rows" in (
        done.stdout
    )
    assert "0 rows skipped" in done.stdout
    assert totals(pbx)[0] == 12
    again = run(collect_command(pbx, "--cdr", pbx.cdr_url))
    assert again.returncode == 0 and "Collected 0 calls" in again.stdout


def test_cli_master_csv(pbx: Pbx, tmp_path: Path) -> None:
    busy_day(pbx.cdr, 6)
    path = tmp_path / "Master.csv"
    path.write_text("".join(master_csv_line(r) for r in pbx.cdr.rows) + '"broken\n')
    done = run(collect_command(pbx, "--cdr", f"file://{path}"))
    assert done.returncode == 0, done.stderr
    assert "Collected 6 calls (6 new" in done.stdout and "1 rows skipped" in done.stdout


def test_killed_mid_run_and_resumed_loses_and_doubles_nothing(
    pbx: Pbx, mariadb_server: MariaDBServer
) -> None:
    busy_day(pbx.cdr, 240)
    rows = list(pbx.cdr.rows)
    pbx.flush()
    options = ["--cdr", pbx.cdr_url, "--batch-rows", "2", "--lease-ttl", "1", "--poll", "0.2"]
    rng = random.Random(13)
    kills = 0
    partial: list[int] = []
    for _attempt in range(3):
        process = subprocess.Popen(
            collect_command(pbx, *options),
            cwd=ROOT,
            env=environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stderr is not None
        for line in process.stderr:  # until it has written a batch (or finished)
            if " batch " in line:
                break
        time.sleep(rng.uniform(0.0, 0.5))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)  # our own child, by its pid
            kills += 1
        process.wait(30)
        partial.append(totals(pbx)[0])
        process.stderr.close()
        assert process.stdout is not None
        process.stdout.close()
    assert kills >= 1 and min(partial) < 240  # killed with work left at least once
    done = run(collect_command(pbx, *options))
    assert done.returncode == 0, done.stderr
    with pbx_databases(mariadb_server) as reference:
        insert_rows(reference.cdr_engine, rows)
        ok = run(collect_command(reference, "--cdr", reference.cdr_url))
        assert ok.returncode == 0, ok.stderr
        assert totals(pbx) == totals(reference) == (240, totals(reference)[1], len(rows))
        assert journal(pbx) == journal(reference)


def test_follow_mode_sees_new_calls_and_stops_on_sigterm(pbx: Pbx) -> None:
    process = subprocess.Popen(
        collect_command(pbx, "--cdr", pbx.cdr_url, "--follow", "--poll", "0.2"),
        cwd=ROOT,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        pbx.cdr.incoming(NOW - timedelta(minutes=1), "+79161239999", "101")
        pbx.flush()
        deadline = time.monotonic() + 30
        while totals(pbx)[0] < 1:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the call did not appear"
            time.sleep(0.1)
    finally:
        os.kill(process.pid, signal.SIGTERM)  # our own child, by its pid
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Collected 1 calls (1 new" in out
    with Session(pbx.engine) as session:
        status = collector_status(session)
    assert status is not None and status.state == "stopped" and status.holder is None


def test_cli_with_queue_log_file_adds_queue_facts_and_pbx_pauses(pbx: Pbx, tmp_path: Path) -> None:
    at = MORNING + timedelta(hours=1)
    linkedid = pbx.cdr.queue(at, "+79161230004", ["101", "102", "103"], "103", wait=40)
    pbx.flush()
    e0 = int(at.timestamp())  # queue_log files carry epochs; the PBX is in this machine's zone
    agent = "Local/103@from-queue/n"
    lines = [
        f"{e0 - 600}|NONE|400|Local/101@from-queue/n|PAUSE|Lunch",
        f"{e0}|{linkedid}|400|NONE|ENTERQUEUE||+79161230004|2",
        f"{e0 + 15}|{linkedid}|400|Local/101@from-queue/n|RINGNOANSWER|15000",
        f"{e0 + 40}|{linkedid}|400|{agent}|CONNECT|40|{linkedid}9|5",
        f"{e0 + 160}|{linkedid}|400|{agent}|COMPLETECALLER|40|120|2",
        f"{e0 + 900}|NONE|400|Local/101@from-queue/n|UNPAUSE|",
    ]
    path = tmp_path / "queue_log"
    path.write_text("\n".join(lines) + "\n")
    done = run(collect_command(pbx, "--cdr", pbx.cdr_url, "--queue-log", f"file://{path}"))
    assert done.returncode == 0, done.stderr
    assert "Collected 1 calls" in done.stdout and "queue_log events" in done.stdout
    call = pbx.call(linkedid)
    assert (call.queue, call.queue_position, call.hold_seconds) == ("400", 2, 40)
    with Session(pbx.engine) as session:
        pauses = session.execute(select(Pause.employee_id, Pause.source)).all()
    assert [(p.employee_id, p.source) for p in pauses] == [(pbx.ids["101"], "pbx")]


def test_cli_reads_the_pbx_page_when_started_with_db_only(pbx: Pbx) -> None:
    nothing = run(collect_command(pbx))
    assert nothing.returncode == 2 and "No PBX is configured" in nothing.stderr
    with Session(pbx.engine) as session, session.begin():
        put_setting(session, PBX_SETTINGS, {"cdr_url": pbx.cdr_url, "timezone": "UTC"})
    linkedid = pbx.cdr.incoming(MORNING, "+79161230111", "101")
    pbx.flush()
    done = run([*collect_command(pbx), "--journal-timezone", "Europe/Moscow"])
    assert done.returncode == 0, done.stderr
    assert "Collected 1 calls" in done.stdout
    assert pbx.call(linkedid).started_at == MORNING + timedelta(hours=3)  # the page's zone


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--keep-legs", "-3"], "--keep-legs -3: a number of days"),
        (["--keep-legs", "0.01", "--follow"], "at least twice the look-back"),
    ],
)
def test_bad_keep_legs_is_refused_with_a_clear_message(
    pbx: Pbx, options: list[str], says: str
) -> None:
    done = run(collect_command(pbx, "--cdr", pbx.cdr_url, *options))
    assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr
    assert totals(pbx)[0] == 0  # nothing was collected
