"""The one clock: the code reads "now" only through app.clock, tests set it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import clock
from tests.support.clock_support import NOW

ROOT = Path(__file__).resolve().parents[2]
# The only places allowed to read the wall clock: the app's clock and the softphone's
# default (the app passes its clock to the engine).
ALLOWED = {ROOT / "app" / "clock.py", ROOT / "softphone" / "state.py"}
WALL_CLOCK = {("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"), ("date", "today")}


def wall_clock_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (node.value.id, node.attr) in WALL_CLOCK
        ):
            found.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}")
        if isinstance(node, ast.Attribute) and node.attr in {"currentDate", "currentDateTime"}:
            found.append(f"{path.name}:{node.lineno}: Qt {node.attr}")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_no_code_reads_the_wall_clock_but_the_clock_module() -> None:
    sources = [
        p
        for package in ("app", "ui", "softphone", "models")
        for p in sorted((ROOT / package).rglob("*.py"))
        if p not in ALLOWED
    ]
    assert len(sources) > 50  # the scan really walked the code
    offenders = [line for p in sources for line in wall_clock_reads(p)]
    assert offenders == []


def test_the_scan_finds_a_wall_clock_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from datetime import date, datetime\nA = datetime.now()\nB = date.today\n")
    assert wall_clock_reads(sample) == ["sample.py:2: datetime.now", "sample.py:3: date.today"]


def test_every_test_runs_on_the_suite_date() -> None:
    assert clock.today() == NOW.date()
    assert NOW <= clock.now() < NOW + timedelta(hours=1)


def test_fixed_clock_stands_still_until_moved() -> None:
    fixed = clock.FixedClock(datetime(2027, 1, 1, 9, 0))
    with clock.using(fixed):
        assert clock.now() == datetime(2027, 1, 1, 9, 0)
        fixed.advance(timedelta(minutes=5))
        assert clock.now() == datetime(2027, 1, 1, 9, 5)
        fixed.set(datetime(2028, 2, 29, 0, 0))
        assert clock.today().isoformat() == "2028-02-29"
    assert clock.today() == NOW.date()  # the previous clock is back


def test_shifted_clock_runs_with_real_time() -> None:
    shifted = clock.ShiftedClock(datetime(2030, 6, 1, 12, 0))
    first = shifted.now()
    deadline = time.monotonic() + 5
    while shifted.now() == first and time.monotonic() < deadline:
        time.sleep(0.01)
    later = shifted.now()
    assert datetime(2030, 6, 1, 12, 0) <= first < later < datetime(2030, 6, 1, 12, 1)


def test_environment_sets_the_clock_and_refuses_nonsense() -> None:
    previous = clock.current()
    try:
        clock.configure_from_environment({"CALLDESK_NOW": "2031-03-04T05:06"})
        assert clock.now().replace(second=0, microsecond=0) == datetime(2031, 3, 4, 5, 6)
        clock.set_clock(previous)
        clock.configure_from_environment({})
        assert clock.current() is previous
        with pytest.raises(ValueError, match="CALLDESK_NOW='next tuesday' is not a date"):
            clock.configure_from_environment({"CALLDESK_NOW": "next tuesday"})
    finally:
        clock.set_clock(previous)


@pytest.mark.skipif("FAKETIME" not in os.environ, reason="only in the year-ahead run (dev.sh)")
def test_the_year_ahead_run_really_runs_a_year_ahead() -> None:
    """dev.sh's second run: the machine's clock is far past the suite's date, while the app's
    clock still says the suite's date — and a timed wait lasts what it asked, not a year
    (scripts/year_ahead/clockwait_shim.c): a child first, which times out cleanly if not."""
    wall = datetime.fromtimestamp(time.time())
    assert wall - NOW > timedelta(days=365)
    assert abs(clock.now() - NOW) < timedelta(hours=2)
    child = subprocess.run(
        [sys.executable, "-c", "import threading; threading.Event().wait(0.2); print('ok')"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.stdout.strip() == "ok", child.stderr
    started = time.monotonic()
    threading.Event().wait(0.2)
    assert time.monotonic() - started < 30
