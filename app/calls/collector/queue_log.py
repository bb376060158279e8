"""Asterisk's ``queue_log``: its events, its lines, and how far it was read.

Two sources read it incrementally — the file (app.calls.collector.queue_log_file, by byte
offset, rotation-safe) and the realtime table (app.calls.collector.queue_log_table, by ``time``
windows); :func:`open_queue_log` picks one from ``--queue-log URL``. Every event comes out
as a :class:`QueueEvent` in PBX local time (as ``cdr.calldate``), with the agent
normalized to the extension. A line that cannot be read is a :class:`BadLine` (where,
what, why) and the run goes on. :class:`QueueLogMark` is what to store
(``collector_watermarks``, source ``queue_log``) with :func:`save_queue_log_mark`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Protocol, cast
from urllib.parse import unquote, urlparse

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from app import clock
from models import CollectorWatermark

QUEUE_LOG_SOURCE = "queue_log"
# Queue members as FreePBX and plain Asterisk name them: Local/101@from-queue/n,
# PJSIP/101, SIP/101-0000002a, IAX2/101, Agent/101 -> 101.
_MEMBER = re.compile(r"^(?:Local|PJSIP|SIP|IAX2|DAHDI|Agent)/([^@/;\-]+)", re.IGNORECASE)
_marks = cast(Table, CollectorWatermark.__table__)


@dataclass(frozen=True)
class QueueLogMark:
    """How far the queue_log was read: a file's id and byte offset, or the table time
    (in the table's own clock, UTC with ``use_gmt``) before which every row was read."""

    file_id: str | None = None
    offset: int | None = None
    read_to: datetime | None = None


@dataclass(frozen=True)
class QueueEvent:
    """One queue_log line. ``data`` holds data1, data2, … without trailing empty fields."""

    time: datetime
    callid: str
    queue: str
    agent: str
    event: str
    data: tuple[str, ...] = ()
    raw_agent: str = field(default="", compare=False)
    # Where reading must restart to see this event again (a crash before its facts landed).
    mark: QueueLogMark = field(default=QueueLogMark(), compare=False)

    def value(self, n: int) -> str:
        """data``n`` (1-based), "" when absent."""
        return self.data[n - 1].strip() if 0 < n <= len(self.data) else ""

    def number(self, n: int) -> int | None:
        """data``n`` as an integer; None when empty or not a number."""
        try:
            return int(float(self.value(n)))
        except ValueError:
            return None


@dataclass(frozen=True)
class BadLine:
    """A line (or row) that is not a queue_log event: where it is, its text, why."""

    where: str
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}: {self.text[:200]!r}"


@dataclass
class QueueLogBatch:
    events: list[QueueEvent]
    bad: list[BadLine]
    mark: QueueLogMark
    caught_up: bool
    notes: list[str] = field(default_factory=list)


class QueueLogSource(Protocol):
    name: str

    def read(self, mark: QueueLogMark, pbx_now: datetime) -> QueueLogBatch: ...

    def check(self) -> list[str]: ...


class UnreadableLine(ValueError):
    pass


def normalize_agent(agent: str) -> str:
    """The extension of a queue member (``Local/101@from-queue/n`` -> ``101``); a member
    known by a name keeps it; ``NONE`` is no agent."""
    value = agent.strip()
    if value.upper() == "NONE":
        return ""
    found = _MEMBER.match(value)
    return found.group(1) if found else value


def data_fields(fields: Iterable[str | None]) -> tuple[str, ...]:
    values = ["" if f is None else str(f) for f in fields]
    while values and not values[-1].strip():
        values.pop()
    return tuple(values)


def queue_event(
    time: datetime, callid: str, queue: str, agent: str, event: str, data: tuple[str, ...]
) -> QueueEvent:
    name = event.strip().upper()
    if not name:
        raise UnreadableLine("no event name")
    return QueueEvent(
        time=time,
        callid=callid.strip(),
        queue=queue.strip(),
        agent=normalize_agent(agent),
        event=name,
        data=data,
        raw_agent=agent.strip(),
    )


def _from_epoch(value: str, zone: tzinfo | None) -> datetime:
    try:
        seconds = float(value)
    except ValueError:
        raise UnreadableLine(f"{value!r} is not a time") from None
    if not 0 < seconds < 32503680000:
        raise UnreadableLine(f"{value!r} is not a time")
    moment = datetime.fromtimestamp(seconds, zone or UTC)
    return (moment if zone else moment.astimezone()).replace(tzinfo=None)


def parse_line(line: str, zone: tzinfo | None = None) -> QueueEvent:
    """One line of the queue_log file; raises ValueError when it is not one.

    ``zone``: the PBX's time zone (None: this machine's), for the epoch in the line.
    """
    fields = line.rstrip("\r\n").split("|")
    if len(fields) < 5:
        raise UnreadableLine(f"{len(fields)} fields, not at least 5")
    return queue_event(
        _from_epoch(fields[0].strip(), zone),
        fields[1],
        fields[2],
        fields[3],
        fields[4],
        data_fields(fields[5:]),
    )


def with_mark(event: QueueEvent, mark: QueueLogMark) -> QueueEvent:
    return QueueEvent(
        event.time,
        event.callid,
        event.queue,
        event.agent,
        event.event,
        event.data,
        event.raw_agent,
        mark,
    )


def open_queue_log(
    url: str,
    *,
    password: str | None = None,
    zone: tzinfo | None = None,
    utc: bool = False,
    since: datetime | None = None,
) -> QueueLogSource:
    """The source of ``--queue-log URL``: ``file:///var/log/asterisk/queue_log`` (or a plain
    path) or a database URL whose ``table`` query parameter names the table (default
    ``queue_log``) and ``utc=yes`` says its times are UTC (``queue_log_realtime_use_gmt``).
    ``zone``: the PBX's time zone (None: this machine's)."""
    from app.calls.collector.queue_log_file import QueueLogFile

    if url.startswith("file:"):
        return QueueLogFile(Path(unquote(urlparse(url).path)), zone=zone)
    if "://" not in url:
        return QueueLogFile(Path(url), zone=zone)
    from app.calls.collector.queue_log_table import QueueLogTable
    from app.database import make_engine, parse_url

    parsed = parse_url(url)
    table = str(parsed.query.get("table", "queue_log"))
    utc = utc or str(parsed.query.get("utc", "")).lower() in ("1", "yes", "true", "on")
    parsed = parsed.difference_update_query(["table", "utc"])
    engine = make_engine(parsed, password, pool_size=2)
    return QueueLogTable(engine, table, zone=zone, utc=utc, since=since)


# -- the watermark ----------------------------------------------------------------------


def load_queue_log_mark(session: Session, pbx: str) -> QueueLogMark:
    """The stored mark of the PBX's queue_log (an empty mark: never read)."""
    row = session.execute(
        select(_marks.c.file_id, _marks.c.file_offset, _marks.c.read_to).where(
            _marks.c.pbx == pbx, _marks.c.source == QUEUE_LOG_SOURCE
        )
    ).first()
    if row is None:
        return QueueLogMark()
    return QueueLogMark(row.file_id, row.file_offset, row.read_to)


def save_queue_log_mark(session: Session, pbx: str, mark: QueueLogMark) -> None:
    """Stores the mark in the caller's transaction (with the facts read up to it)."""
    values = {
        "file_id": mark.file_id,
        "file_offset": mark.offset,
        "read_to": mark.read_to,
        "final_to": None,
        "updated_at": clock.now().replace(microsecond=0),
    }
    done = session.execute(
        update(_marks)
        .where(_marks.c.pbx == pbx, _marks.c.source == QUEUE_LOG_SOURCE)
        .values(**values)
    )
    if not getattr(done, "rowcount", 0):
        session.execute(insert(_marks).values(pbx=pbx, source=QUEUE_LOG_SOURCE, **values))
