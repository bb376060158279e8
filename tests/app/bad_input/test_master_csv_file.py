"""Master.csv full of bad lines through the real collector into a real MariaDB: every line
that is not a CDR is skipped and counted, the collector does not stop, and no call is
written but for the lines that are whole CDRs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import clock
from app.calls.collector.legs import BadRow, leg_from_row
from app.calls.collector.run import Collector, CollectorConfig
from app.calls.collector.sources import MasterCsv, csv_row
from models import Call
from tests.app.bad_input.support import FEW, PASTED, PIECES, tried
from tests.support.clock_support import NOW
from tests.support.collector_support import Pbx, pbx_databases
from tests.support.mariadb_server import MariaDBServer

pytestmark = pytest.mark.mariadb

FILES = itertools.count()
LINES = st.lists(
    st.one_of(
        PASTED,
        st.lists(
            st.one_of(PASTED, st.sampled_from(["2026-11-20 10:15:00", "30", "ANSWERED"])),
            min_size=16,
            max_size=22,
        ).map(",".join),
        st.lists(PIECES, max_size=30).map("".join),
    ),
    min_size=1,
    max_size=12,
)


@pytest.fixture
def pbx(mariadb_server: MariaDBServer) -> Iterator[Pbx]:
    with pbx_databases(mariadb_server) as made, clock.using(clock.FixedClock(NOW)):
        yield made


def _is_cdr(line: str) -> bool:
    try:
        leg_from_row(csv_row(line))
    except BadRow:
        return False
    return True


@FEW
@given(lines=LINES)
@example(lines=["\x00" * 40, '"' * 19, ",".join(["x"] * 30), "é" * 10_000])
@example(lines=["," * 17, "," * 17])  # two bad lines alike, without a uniqueid: two skipped
def test_bad_master_csv_lines_are_skipped_and_write_nothing(
    lines: list[str], pbx: Pbx, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tried("Master.csv file (collector into MariaDB)")
    text = "".join(line.replace("\n", " ").replace("\r", " ") + "\n" for line in lines)
    path = tmp_path_factory.mktemp(f"pbx{next(FILES)}") / "Master.csv"
    path.write_text(text, encoding="utf-8", errors="replace")
    with pbx.engine.connect() as conn:
        before = int(conn.scalar(select(func.count()).select_from(Call)) or 0)
    run = Collector(pbx.engine, MasterCsv(path), CollectorConfig()).run()
    with pbx.engine.connect() as conn:
        after = int(conn.scalar(select(func.count()).select_from(Call)) or 0)
    read_back = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    whole = sum(1 for line in read_back if line.strip() and _is_cdr(line))
    assert after - before == run.calls_new
    assert run.calls_new <= whole
    if whole == 0:
        assert after == before
    assert run.skipped == sum(1 for line in read_back if line.strip()) - whole
