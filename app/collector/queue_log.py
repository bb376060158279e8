"""Asterisk's ``queue_log``, read incrementally: the file or the realtime table.

* **File** (``epoch|callid|queue|agent|event|data1|data2|…``): read from the stored byte
  offset to its last complete line (a partial last line waits until it is complete). The
  file is known by its inode: another inode at the path, or a file shorter than the offset,
  is a rotation — the rest of the old file is read first when it is still next to the new
  one under its rotated name (``queue_log.1``, …), then the new file from its start.
* **Table** (Asterisk realtime: ``time`` as text with microseconds in the PBX's local time,
  or UTC with ``queue_log_realtime_use_gmt``; ``callid``, ``queuename``, ``agent``, ``event``
  and ``data1``…``data5`` or, on older setups, one ``data`` column with ``|``-separated
  fields): read by ``time`` windows ``[read_to, hi)`` of whole seconds that end a safety
  margin before the PBX's "now", never by an unindexed lookup.

Every event comes out as a :class:`QueueEvent` in PBX local time (as ``cdr.calldate``),
with the agent normalized to the extension. A line that cannot be read is a
:class:`BadLine` (where, what, why) and the run goes on. :class:`QueueLogMark` is what to
store (``collector_watermarks``, source ``queue_log``) with :func:`save_queue_log_mark`.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol, cast
from urllib.parse import unquote, urlparse

from sqlalchemy import Engine, Table, insert, inspect, select, text, update
from sqlalchemy.orm import Session

from app import clock
from models import CollectorWatermark

log = logging.getLogger(__name__)

QUEUE_LOG_SOURCE = "queue_log"
_TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_SECOND = "%Y-%m-%d %H:%M:%S"
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


class _Unreadable(ValueError):
    pass


def normalize_agent(agent: str) -> str:
    """The extension of a queue member (``Local/101@from-queue/n`` -> ``101``); a member
    known by a name keeps it; ``NONE`` is no agent."""
    value = agent.strip()
    if value.upper() == "NONE":
        return ""
    found = _MEMBER.match(value)
    return found.group(1) if found else value


def _data(fields: Iterable[str | None]) -> tuple[str, ...]:
    values = ["" if f is None else str(f) for f in fields]
    while values and not values[-1].strip():
        values.pop()
    return tuple(values)


def _event(
    time: datetime, callid: str, queue: str, agent: str, event: str, data: tuple[str, ...]
) -> QueueEvent:
    name = event.strip().upper()
    if not name:
        raise _Unreadable("no event name")
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
        raise _Unreadable(f"{value!r} is not a time") from None
    if not 0 < seconds < 32503680000:
        raise _Unreadable(f"{value!r} is not a time")
    moment = datetime.fromtimestamp(seconds, zone or UTC)
    return (moment if zone else moment.astimezone()).replace(tzinfo=None)


def parse_line(line: str, zone: tzinfo | None = None) -> QueueEvent:
    """One line of the queue_log file; raises ValueError when it is not one.

    ``zone``: the PBX's time zone (None: this machine's), for the epoch in the line.
    """
    fields = line.rstrip("\r\n").split("|")
    if len(fields) < 5:
        raise _Unreadable(f"{len(fields)} fields, not at least 5")
    return _event(
        _from_epoch(fields[0].strip(), zone),
        fields[1],
        fields[2],
        fields[3],
        fields[4],
        _data(fields[5:]),
    )


# -- the file ---------------------------------------------------------------------------


def _file_id(st: os.stat_result) -> str:
    return f"{st.st_dev}:{st.st_ino}"


class QueueLogFile:
    """``/var/log/asterisk/queue_log`` (or a copy), read by byte offset."""

    name = "queue_log"

    def __init__(
        self, path: Path, *, zone: tzinfo | None = None, chunk_bytes: int = 4 << 20
    ) -> None:
        self.path = path
        self.zone = zone
        self.chunk_bytes = chunk_bytes
        # Line numbers known at (file id, offset), to say where a bad line is.
        self._line_at: dict[tuple[str, int], int] = {}

    def check(self) -> list[str]:
        return [] if self.path.exists() else [f"{self.path} does not exist (yet)."]

    def _rotated(self, file_id: str) -> Path | None:
        """The old file under its rotated name next to the path (queue_log.1, ...)."""
        try:
            siblings = list(self.path.parent.iterdir())
        except OSError:
            return None
        for other in siblings:
            if other == self.path or not other.name.startswith(self.path.name):
                continue
            try:
                if _file_id(other.stat()) == file_id:
                    return other
            except OSError:
                continue
        return None

    def read(self, mark: QueueLogMark, pbx_now: datetime | None = None) -> QueueLogBatch:
        if not self.path.exists():
            return QueueLogBatch([], [], mark, caught_up=True, notes=self.check())
        st = self.path.stat()
        current = _file_id(st)
        offset = mark.offset or 0
        notes: list[str] = []
        if mark.file_id is not None and mark.file_id != current:
            old = self._rotated(mark.file_id)
            if old is not None:
                batch = self._read(old, mark.file_id, offset, final=True)
                if batch.mark.offset == old.stat().st_size:
                    # The old file is done: the next read starts the new one.
                    batch.mark = QueueLogMark(current, 0)
                    batch.caught_up = False
                return batch
            notes.append(
                f"{self.path} was rotated and the rest of the old file is not next to it: "
                "reading the new file from its start."
            )
            log.warning("%s", notes[-1])
            offset = 0
        elif offset > st.st_size:
            notes.append(f"{self.path} is shorter than what was read: reading it from its start.")
            log.warning("%s", notes[-1])
            offset = 0
        batch = self._read(self.path, current, offset, final=False)
        batch.notes[:0] = notes
        return batch

    def _read(self, path: Path, file_id: str, offset: int, *, final: bool) -> QueueLogBatch:
        with path.open("rb") as f:
            f.seek(offset)
            chunk = f.read(self.chunk_bytes)
        full = len(chunk) == self.chunk_bytes
        end = chunk.rfind(b"\n") + 1
        if end == 0 and (full or final):
            end = len(chunk)  # a line longer than a chunk, or the last line of an old file
        events: list[QueueEvent] = []
        bad: list[BadLine] = []
        position = offset
        for raw in chunk[:end].splitlines(keepends=True):
            start = position
            position += len(raw)
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if not line.strip():
                continue
            try:
                event = parse_line(line, self.zone)
            except ValueError as e:
                number = self._line_number(path, file_id, start)
                bad.append(BadLine(f"{path} line {number} (byte {start})", line, str(e)))
                continue
            events.append(_at(event, QueueLogMark(file_id, start)))
        known = self._line_at.get((file_id, offset), 1 if offset == 0 else None)
        if known is not None:
            self._line_at[(file_id, offset + end)] = known + chunk[:end].count(b"\n")
            if len(self._line_at) > 64:
                self._line_at = dict(list(self._line_at.items())[-32:])
        mark = QueueLogMark(file_id, offset + end)
        return QueueLogBatch(events, bad, mark, caught_up=not full)

    def _line_number(self, path: Path, file_id: str, offset: int) -> int:
        """1-based number of the line starting at ``offset`` (counted once, then kept)."""
        base, counted_from = 1, 0
        for (fid, at), number in self._line_at.items():
            if fid == file_id and counted_from < at <= offset:
                base, counted_from = number, at
        newlines = 0
        with path.open("rb") as f:
            f.seek(counted_from)
            left = offset - counted_from
            while left > 0:
                block = f.read(min(left, 1 << 20))
                if not block:
                    break
                newlines += block.count(b"\n")
                left -= len(block)
        number = base + newlines
        self._line_at[(file_id, offset)] = number
        return number


def _at(event: QueueEvent, mark: QueueLogMark) -> QueueEvent:
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


# -- the table --------------------------------------------------------------------------


def _table_time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    raw = "" if value is None else str(value).strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", _SECOND):
        try:
            return datetime.strptime(raw, fmt)
        except ValueError:
            continue
    raise _Unreadable(f"time {value!r} is not a time")


def _second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


class QueueLogTable:
    """The realtime ``queue_log`` table of the PBX database, read by ``time`` windows.

    ``utc``: the table's times are UTC (``queue_log_realtime_use_gmt = yes``); events are
    still given in PBX local time (``zone``; None: this machine's zone).
    """

    name = "queue_log"

    def __init__(
        self,
        engine: Engine,
        table: str = "queue_log",
        *,
        zone: tzinfo | None = None,
        utc: bool = False,
        since: datetime | None = None,
        margin: timedelta = timedelta(seconds=5),
        max_rows: int = 5000,
    ) -> None:
        if not _TABLE_NAME.match(table):
            raise ValueError(f"{table!r} is not a table name.")
        self.engine = engine
        self.table = table
        self.zone = zone
        self.utc = utc
        self.since = since
        self.margin = margin
        self.max_rows = max_rows
        self.span = timedelta(hours=1)
        self._layout: tuple[list[str], list[str], bool] | None = None

    def _columns(self) -> tuple[list[str], list[str], bool]:
        """(the event columns in order, the data columns, whether there is an id column)."""
        if self._layout is None:
            present = {
                c["name"].lower(): c["name"] for c in inspect(self.engine).get_columns(self.table)
            }
            queue = "queuename" if "queuename" in present else "queue"
            missing = {"time", "callid", queue, "agent", "event"} - set(present)
            data = [f"data{n}" for n in range(1, 6) if f"data{n}" in present]
            if not data and "data" in present:
                data = ["data"]
            if missing or not data:
                lacking = sorted(missing) + ([] if data else ["data1…data5 or data"])
                raise ValueError(
                    f"The table {self.table!r} is not an Asterisk queue_log table "
                    f"(no {', '.join(lacking)})."
                )
            base = [present[c] for c in ("time", "callid", queue, "agent", "event")]
            self._layout = (base, [present[c] for c in data], "id" in present)
        return self._layout

    def check(self) -> list[str]:
        self._columns()
        indexed = {
            str(next(iter(ix["column_names"]), "")).lower()
            for ix in inspect(self.engine).get_indexes(self.table)
        }
        pk = inspect(self.engine).get_pk_constraint(self.table).get("constrained_columns") or []
        indexed |= {str(pk[0]).lower()} if pk else set()
        if "time" not in indexed:
            return [
                f"The PBX table {self.table!r} has no index on time: every batch scans the "
                f"whole table. Add one: CREATE INDEX time ON {self.table} (time)."
            ]
        return []

    def _to_table_clock(self, pbx_time: datetime) -> datetime:
        if not self.utc:
            return pbx_time
        local = pbx_time.replace(tzinfo=self.zone) if self.zone else pbx_time.astimezone()
        return local.astimezone(UTC).replace(tzinfo=None)

    def _to_pbx_time(self, table_time: datetime) -> datetime:
        if not self.utc:
            return table_time
        return table_time.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)

    def _q(self, name: str) -> str:
        return str(self.engine.dialect.identifier_preparer.quote(name))

    def _oldest(self) -> datetime | None:
        base, _, _ = self._columns()
        with self.engine.connect() as conn:
            value = conn.scalar(text(f"SELECT MIN({self._q(base[0])}) FROM {self._q(self.table)}"))
        return None if value is None else _second(_table_time(value))

    def _rows(self, lo: datetime, hi: datetime) -> list[Any]:
        base, data, has_id = self._columns()
        columns = [*base, *data, *(["id"] if has_id else [])]
        order = self._q(base[0]) + (", id" if has_id else "")
        sql = text(
            f"SELECT {', '.join(self._q(c) for c in columns)} FROM {self._q(self.table)} "
            f"WHERE {self._q(base[0])} >= :lo AND {self._q(base[0])} < :hi ORDER BY {order}"
        )
        with self.engine.connect() as conn:
            return list(conn.execute(sql, {"lo": lo.strftime(_SECOND), "hi": hi.strftime(_SECOND)}))

    def read(self, mark: QueueLogMark, pbx_now: datetime) -> QueueLogBatch:
        _, data, has_id = self._columns()
        since = self._to_table_clock(self.since) if self.since else None
        lo = mark.read_to or (_second(since) if since else None) or self._oldest()
        if lo is None:
            return QueueLogBatch([], [], mark, caught_up=True)
        until = _second(self._to_table_clock(pbx_now) - self.margin)
        hi = min(lo + self.span, until)
        if hi <= lo:
            return QueueLogBatch([], [], QueueLogMark(read_to=lo), caught_up=True)
        rows = self._rows(lo, hi)
        if len(rows) > self.max_rows and self.span > timedelta(seconds=10):
            self.span /= 2
        elif len(rows) < self.max_rows // 2 and self.span < timedelta(days=1):
            self.span *= 2
        events: list[QueueEvent] = []
        bad: list[BadLine] = []
        single = data == ["data"]
        for row in rows:
            values = list(row)
            try:
                table_time = _table_time(values[0])
                fields = str(values[5] or "").split("|") if single else values[5 : 5 + len(data)]
                event = _event(
                    self._to_pbx_time(table_time),
                    str(values[1] or ""),
                    str(values[2] or ""),
                    str(values[3] or ""),
                    str(values[4] or ""),
                    _data(fields),
                )
            except ValueError as e:
                where = f"{self.table} row id {values[-1]}" if has_id else f"{self.table} row"
                shown = "|".join("" if v is None else str(v) for v in values)
                bad.append(BadLine(where, shown, str(e)))
                continue
            events.append(_at(event, QueueLogMark(read_to=_second(table_time))))
        return QueueLogBatch(events, bad, QueueLogMark(read_to=hi), caught_up=hi >= until)


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
    ``queue_log``)."""
    if url.startswith("file:"):
        return QueueLogFile(Path(unquote(urlparse(url).path)), zone=zone)
    if "://" not in url:
        return QueueLogFile(Path(url), zone=zone)
    from app.database import make_engine, parse_url

    parsed = parse_url(url)
    table = str(parsed.query.get("table", "queue_log"))
    parsed = parsed.difference_update_query(["table"])
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
