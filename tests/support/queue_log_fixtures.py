"""FreePBX queue_log scenarios for the collector's tests, as a file or a realtime table.

Each line is (seconds after :data:`T0`, callid, queue, agent, event, data…) as FreePBX 16 /
Asterisk 18 write them: ``Local/<ext>@from-queue/n`` members, a DID event before
ENTERQUEUE, RINGNOANSWER in milliseconds, PAUSEALL followed by one PAUSE per queue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Engine, Index, Integer, MetaData, String, Table, insert
from sqlalchemy.dialects.mysql import DATETIME

MSK = ZoneInfo("Europe/Moscow")
# 10:00 on the suite's date, PBX local time (Moscow: UTC+3, no DST).
T0 = datetime(2026, 11, 20, 10, 0, 0)
EPOCH0 = int(T0.replace(tzinfo=MSK).timestamp())

Line = tuple[int, str, str, str, str, tuple[str, ...]]

A, B, C, D, E, F, F2, G = (f"{EPOCH0 + n}.{n + 11}" for n in (0, 60, 100, 120, 200, 300, 330, 600))
M101, M102, M103, M104 = (f"Local/{x}@from-queue/n" for x in ("101", "102", "103", "104"))


def _l(at: int, callid: str, queue: str, agent: str, event: str, *data: str) -> Line:
    return (at, callid, queue, agent, event, tuple(data))


CALLS: list[Line] = [
    # A: three members rung, 101 twice, 103 answers after 48 s, talk 120 s.
    _l(0, A, "NONE", "NONE", "DID", "5551000"),
    _l(1, A, "sales", "NONE", "ENTERQUEUE", "", "79161234567", "1"),
    _l(16, A, "sales", M101, "RINGNOANSWER", "15000"),
    _l(31, A, "sales", M102, "RINGNOANSWER", "15000"),
    _l(46, A, "sales", M101, "RINGNOANSWER", "15000"),
    _l(49, A, "sales", M103, "CONNECT", "48", f"{EPOCH0 + 49}.20", "3"),
    # B: abandons at position 2 after 48 s.
    _l(60, B, "sales", "NONE", "ENTERQUEUE", "", "79031112233", "2"),
    _l(75, B, "sales", "PJSIP/101", "RINGNOANSWER", "14600"),
    _l(100, C, "support", "NONE", "ENTERQUEUE", "", "79035556677", "1"),
    _l(108, B, "sales", "NONE", "ABANDON", "2", "2", "48"),
    # D: presses 5 at position 3.
    _l(120, D, "support", "NONE", "ENTERQUEUE", "", "79037778899", "3"),
    _l(142, D, "support", "NONE", "EXITWITHKEY", "5", "3", "3", "22"),
    _l(169, A, "sales", M103, "COMPLETECALLER", "48", "120", "1"),
    # E: 102 answers and blind-transfers to 200.
    _l(200, E, "sales", "NONE", "ENTERQUEUE", "", "79041231212", "1"),
    _l(208, E, "sales", "SIP/102", "CONNECT", "8", f"{EPOCH0 + 208}.61", "2"),
    _l(268, E, "sales", "SIP/102", "BLINDTRANSFER", "200", "from-internal", "8", "60", "1"),
    # F: 101 answers, then transfers attended into "support" (the consult call F2 enters
    # it); 104's CONNECT and COMPLETE there carry F's callid, bridged to F2.
    _l(300, F, "sales", "NONE", "ENTERQUEUE", "", "79051231234", "1"),
    _l(305, F, "sales", M101, "CONNECT", "5", f"{EPOCH0 + 305}.71", "2"),
    _l(330, F2, "support", "NONE", "ENTERQUEUE", "", "101", "1"),
    _l(340, F, "support", M104, "CONNECT", "10", F2, "3"),
    _l(345, F, "sales", M101, "ATTENDEDTRANSFER", "BRIDGE", f"{EPOCH0 + 345}.75", "5", "40", "1"),
    _l(400, C, "support", "NONE", "EXITWITHTIMEOUT", "1", "1", "300"),
    _l(500, F, "support", M104, "COMPLETECALLER", "10", "155", "1"),
    # G: times out of "support" after 30 s, fails over to "sales", 103 answers after 10 s.
    _l(600, G, "support", "NONE", "ENTERQUEUE", "", "79060000001", "2"),
    _l(630, G, "support", "NONE", "EXITWITHTIMEOUT", "2", "2", "30"),
    _l(631, G, "sales", "NONE", "ENTERQUEUE", "", "79060000001", "1"),
    _l(641, G, "sales", "PJSIP/103", "CONNECT", "10", f"{EPOCH0 + 641}.81", "2"),
    _l(701, G, "sales", "PJSIP/103", "COMPLETEAGENT", "10", "60", "1"),
]

PAUSES: list[Line] = [
    # 101 pauses everywhere for lunch (30 min), as FreePBX's *46 feature code does it.
    _l(1000, "NONE", "NONE", M101, "PAUSEALL", ""),
    _l(1000, "NONE", "sales", M101, "PAUSE", "Lunch"),
    _l(1000, "NONE", "support", M101, "PAUSE", "Lunch"),
    _l(1100, "NONE", "sales", "PJSIP/102", "PAUSE", "Перерыв"),
    _l(2800, "NONE", "NONE", M101, "UNPAUSEALL", ""),
    _l(2800, "NONE", "sales", M101, "UNPAUSE", ""),
    _l(2800, "NONE", "support", M101, "UNPAUSE", ""),
    _l(3000, "NONE", "sales", "PJSIP/103", "UNPAUSE", ""),  # no pause: ignored, counted
    _l(3100, "NONE", "sales", "SIP/999", "PAUSE", "Break"),  # no such employee
    _l(4000, "NONE", "sales", "PJSIP/102", "UNPAUSE", ""),
]

EVERYTHING: list[Line] = sorted(CALLS + PAUSES, key=lambda line: line[0])

BAD_LINES = [
    "this is not a queue_log line",
    "17636x|1.1|sales|NONE|ENTERQUEUE||79160000000|1",
    f"{EPOCH0}|1.1|sales",
]


def at(seconds: int) -> datetime:
    """PBX local time ``seconds`` after T0."""
    return T0 + timedelta(seconds=seconds)


def file_line(line: Line) -> str:
    offset, callid, queue, agent, event, data = line
    return "|".join([str(EPOCH0 + offset), callid, queue, agent, event, *data]) + "\n"


def file_text(lines: Iterable[Line]) -> str:
    return "".join(file_line(line) for line in lines)


def write_file(path: Path, lines: Iterable[Line], *, append: bool = False) -> None:
    with path.open("a" if append else "w", encoding="utf-8") as f:
        f.write(file_text(lines))


def queue_log_table(
    engine: Engine, *, single_data: bool, indexed: bool = True, datetime_time: bool = False
) -> Table:
    """Asterisk's realtime queue_log table: data1..data5, or the older single ``data``;
    ``time`` as char(26) (Asterisk's sample schema) or DATETIME(6) (some installs)."""
    meta = MetaData()
    data = (
        [Column("data", String(255), nullable=False, server_default="")]
        if single_data
        else [
            Column(f"data{n}", String(100), nullable=False, server_default="") for n in range(1, 6)
        ]
    )
    table = Table(
        "queue_log",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("time", DATETIME(fsp=6) if datetime_time else String(26)),
        Column("callid", String(40), nullable=False, server_default=""),
        Column("queuename", String(32), nullable=False, server_default=""),
        Column("agent", String(40), nullable=False, server_default=""),
        Column("event", String(32), nullable=False, server_default=""),
        *data,
    )
    if indexed:
        Index("queue_log_time", table.c.time)
    meta.create_all(engine)
    return table


def table_time(offset: int, micro: int, *, utc: bool) -> str:
    moment = at(offset).replace(microsecond=micro)
    if utc:
        moment = moment.replace(tzinfo=MSK).astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def insert_rows(
    engine: Engine,
    table: Table,
    lines: Sequence[Line],
    *,
    utc: bool = False,
    extra: Iterable[dict[str, str]] = (),
) -> None:
    single = "data" in table.c
    rows = []
    for n, (offset, callid, queue, agent, event, data) in enumerate(lines):
        row = {
            "time": table_time(offset, (n * 7919) % 1000000, utc=utc),
            "callid": callid,
            "queuename": queue,
            "agent": agent,
            "event": event,
        }
        if single:
            row["data"] = "|".join(data)
        else:
            row.update({f"data{i + 1}": value for i, value in enumerate(data)})
        rows.append(row)
    rows.extend(extra)
    # One column set for every row (executemany), empty strings as Asterisk writes them.
    names = [c.name for c in table.c if c.name != "id"]
    with engine.begin() as conn:
        conn.execute(insert(table), [{n: row.get(n, "") for n in names} for row in rows])
