"""Where CDR rows come from: the FreePBX ``cdr`` table (read by ``calldate`` ranges, never by
the unindexed ``linkedid``) or an Asterisk ``Master.csv`` (read by byte offset).

Each source turns the stored :class:`Mark` into the next :class:`Fetched` batch and the mark
to store with it, in the same transaction as the calls those rows became.
"""

from __future__ import annotations

import csv
import importlib
import io
import logging
import os
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlparse

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL

from app.calls.collector.decoding import fast_datetimes
from app.calls.collector.files import file_id, rotated_sibling
from app.calls.collector.legs import BadRow, Leg, leg_from_row

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
CDR_COLUMNS = (
    "calldate",
    "clid",
    "src",
    "dst",
    "dcontext",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "duration",
    "billsec",
    "disposition",
    "uniqueid",
    "linkedid",
    "sequence",
    "recordingfile",
    "did",
)
# Master.csv (cdr_csv): 18 columns, 21 with ``newcdrcolumns = yes``.
CSV_COLUMNS = (
    "accountcode",
    "src",
    "dst",
    "dcontext",
    "clid",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "start",
    "answer",
    "end",
    "duration",
    "billsec",
    "disposition",
    "amaflags",
    "uniqueid",
    "userfield",
    "peeraccount",
    "linkedid",
    "sequence",
)


@dataclass(frozen=True)
class Mark:
    """A source's watermark (the ``collector_watermarks`` row)."""

    read_to: datetime | None = None
    final_to: datetime | None = None
    file_id: str | None = None
    file_offset: int | None = None


@dataclass
class Fetched:
    """One batch of rows: the legs, the rows that were not legs, and the mark after them."""

    legs: list[Leg]
    bad: list[BadRow]
    rows: int
    mark: Mark
    caught_up: bool
    # PBX time the source has been read up to (None: unknown, e.g. a file).
    read_to: datetime | None = None
    notes: list[str] = field(default_factory=list)


class CdrSource(Protocol):
    name: str

    def fetch(self, mark: Mark, pbx_now: datetime) -> Fetched: ...

    def skip_to(self, mark: Mark, pbx_now: datetime) -> Mark:
        """The mark of "everything until now is read", without reading it."""
        ...

    def check(self) -> list[str]:
        """What an administrator should know about the source (missing indexes, ...)."""
        ...


def _parse(rows: list[dict[str, object]]) -> tuple[list[Leg], list[BadRow]]:
    legs: list[Leg] = []
    bad: list[BadRow] = []
    for row in rows:
        try:
            legs.append(leg_from_row(row))
        except BadRow as e:
            bad.append(e)
    return legs, bad


class CdrTable:
    """The ``cdr`` table of a MySQL/MariaDB PBX database, read by ``calldate`` windows.

    A window starts at the mark's ``final_to`` (the look-back: rows of calls still running
    may be written later with an older calldate) and ends ``span`` after ``read_to`` or
    at the PBX's "now". In follow mode the whole look-back is read once a minute, the
    polls between start shortly before ``read_to``. The span adapts so a window holds
    about ``max_rows`` rows.
    """

    name = "cdr"

    def __init__(
        self,
        engine: Engine,
        table: str = "cdr",
        *,
        since: datetime | None = None,
        lookback: timedelta = timedelta(hours=2, minutes=5),
        max_rows: int = 5000,
    ) -> None:
        if not _NAME.match(table):
            raise ValueError(f"{table!r} is not a table name.")
        self.engine = engine
        self.table = table
        self.since = since
        self.lookback = lookback
        self.max_rows = max_rows
        self.span = timedelta(hours=1)
        # The whole look-back is read again at most this often; polls in between read the
        # last ``overlap`` before the watermark (calls that ended since the last poll).
        self.full_every = timedelta(seconds=60)
        self.overlap = timedelta(minutes=2)
        self._full_at: datetime | None = None
        self._columns: list[str] | None = None

    def columns(self) -> list[str]:
        if self._columns is None:
            present = {c["name"].lower() for c in inspect(self.engine).get_columns(self.table)}
            missing = {"calldate", "uniqueid", "duration", "billsec"} - present
            if missing:
                raise ValueError(
                    f"The table {self.table!r} is not an Asterisk cdr table "
                    f"(no {', '.join(sorted(missing))})."
                )
            self._columns = [c for c in CDR_COLUMNS if c in present]
        return self._columns

    def check(self) -> list[str]:
        notes = []
        indexed = {
            next(iter(ix["column_names"])) for ix in inspect(self.engine).get_indexes(self.table)
        }
        if "calldate" not in indexed:
            notes.append(
                f"The PBX table {self.table!r} has no index on calldate: every batch scans the "
                f"whole table. Add one: CREATE INDEX calldate ON {self.table} (calldate)."
            )
        if "linkedid" not in self.columns():
            notes.append(
                f"The PBX table {self.table!r} has no linkedid column: each leg is taken as a "
                "call of its own; transfers and ring groups cannot be grouped."
            )
        return notes

    def _read(self, lo: datetime, hi: datetime) -> list[dict[str, object]]:
        cols = self.columns()
        sql = text(
            f"SELECT {', '.join(cols)} FROM {self.table} WHERE calldate >= :lo AND calldate < :hi"
        )
        with self.engine.connect() as conn:
            fast_datetimes(conn)
            result = conn.execute(sql, {"lo": lo, "hi": hi})
            names = list(result.keys())
            rows: list[dict[str, object]] = [dict(zip(names, r, strict=True)) for r in result]
        if "linkedid" not in cols:
            for r in rows:
                r["linkedid"] = r.get("uniqueid")
        return rows

    def _oldest(self) -> datetime | None:
        with self.engine.connect() as conn:
            value = conn.scalar(text(f"SELECT MIN(calldate) FROM {self.table}"))
        return value if isinstance(value, datetime) else None

    def skip_to(self, mark: Mark, pbx_now: datetime) -> Mark:
        return replace(mark, read_to=pbx_now, final_to=pbx_now)

    def fetch(self, mark: Mark, pbx_now: datetime) -> Fetched:
        lo = mark.final_to or mark.read_to or self.since or self._oldest()
        if lo is None:
            return Fetched([], [], 0, mark, caught_up=True)
        read_to = max(mark.read_to or lo, lo)
        full = self._full_at is None or pbx_now - self._full_at >= self.full_every
        if full:
            self._full_at = pbx_now
        else:
            # Between full look-backs only the rows of calls that ended lately.
            lo = max(lo, read_to - self.overlap)
        until = pbx_now + timedelta(seconds=1)
        hi = min(read_to + self.span, until)
        hi = max(hi, read_to)
        rows = self._read(lo, hi) if hi > lo else []
        if len(rows) > self.max_rows and self.span > timedelta(minutes=1):
            self.span /= 2
        elif len(rows) < self.max_rows // 2 and self.span < timedelta(days=7):
            self.span *= 2
        # Everything before final_to is complete. A first run without --since may not
        # assume so of the oldest row's time: a call running then is written later.
        final_to = mark.final_to or self.since
        if final_to is None or lo <= final_to:  # the window starts at the look-back
            complete = min(hi, pbx_now - self.lookback)
            final_to = complete if final_to is None else max(final_to, complete)
        legs, bad = _parse(rows)
        new_mark = replace(mark, read_to=hi, final_to=final_to)
        return Fetched(legs, bad, len(rows), new_mark, caught_up=hi >= until, read_to=hi)


def _file_id(path: Path) -> str:
    return file_id(path.stat())


class MasterCsv:
    """An Asterisk ``Master.csv``, read from the stored byte offset to its last full line.

    A new file at the path (rotation: another inode) is read from its start, after the rest
    of the old one when that is still next to it under its rotated name (``Master.csv.1``,
    ``Master.csv-20261120``, …, found by its inode). A file shorter than the offset was
    truncated in place (logrotate's copytruncate): read again from its start.
    """

    name = "cdr_csv"

    def __init__(self, path: Path, *, chunk_bytes: int = 4 << 20) -> None:
        self.path = path
        self.chunk_bytes = chunk_bytes

    def check(self) -> list[str]:
        if not self.path.exists():
            return [f"{self.path} does not exist (yet)."]
        return []

    def skip_to(self, mark: Mark, pbx_now: datetime) -> Mark:
        if not self.path.exists():
            return mark
        return replace(mark, file_id=_file_id(self.path), file_offset=self.path.stat().st_size)

    def fetch(self, mark: Mark, pbx_now: datetime) -> Fetched:
        if not self.path.exists():
            return Fetched([], [], 0, mark, caught_up=True)
        current = _file_id(self.path)
        offset = mark.file_offset or 0
        if mark.file_id is not None and mark.file_id != current:
            old = rotated_sibling(self.path, mark.file_id)
            if old is not None:
                fetched = self._read(old, mark, mark.file_id, offset, final=True)
                if fetched.mark.file_offset == old.stat().st_size:
                    # The old file is done: the next fetch starts the new one.
                    fetched.mark = replace(fetched.mark, file_id=current, file_offset=0)
                    fetched.caught_up = False
                return fetched
            log.warning(
                "%s was rotated and the rest of the old file is not next to it: "
                "reading the new file from its start",
                self.path,
            )
            offset = 0
        elif offset > self.path.stat().st_size:
            log.warning("%s is shorter than what was read: reading it from its start", self.path)
            offset = 0
        return self._read(self.path, mark, current, offset, final=False)

    def _read(self, path: Path, mark: Mark, fid: str, offset: int, *, final: bool) -> Fetched:
        with path.open("rb") as f:
            f.seek(offset)
            chunk = f.read(self.chunk_bytes)
        end = chunk.rfind(b"\n") + 1
        if end == 0 and final:
            end = len(chunk)  # the old file's last line, never to be completed
        chunk = chunk[:end]
        legs: list[Leg] = []
        bad: list[BadRow] = []
        for number, line in enumerate(chunk.decode("utf-8", errors="replace").splitlines()):
            if not line.strip():
                continue
            try:
                legs.append(leg_from_row(csv_row(line)))
            except BadRow as e:
                # Where it is, so that two bad lines alike are two (the run counts each once).
                where = f"line at byte {offset}, #{number + 1}"
                bad.append(BadRow(f"{e.reason} ({where})", e.uniqueid))
        new_mark = replace(mark, file_id=fid, file_offset=offset + end)
        caught_up = len(chunk) < self.chunk_bytes // 2 or end == 0
        return Fetched(legs, bad, len(legs) + len(bad), new_mark, caught_up=caught_up)


def csv_row(line: str) -> dict[str, object]:
    """One Master.csv line as a cdr row (column -> value)."""
    try:
        fields = next(csv.reader(io.StringIO(line)))
    except (csv.Error, StopIteration):
        raise BadRow("an unreadable line") from None
    if len(fields) < 18:
        raise BadRow(f"a line of {len(fields)} fields, not 18 or 21")
    row: dict[str, object] = dict(zip(CSV_COLUMNS, fields, strict=False))
    row["calldate"] = row.pop("start")
    if not row.get("linkedid"):
        row["linkedid"] = row.get("uniqueid")
    return row


def reading_driver(parsed: URL) -> URL:
    """The driver the PBX's rows are read with: mysqlclient (C) when it is installed, as
    decoding the rows is most of the reading's CPU, else PyMySQL, which always works;
    ``CALLDESK_MYSQL_DRIVER=pymysql`` keeps PyMySQL. CallDesk's own database is written
    through PyMySQL either way (app.calls.collector.bulk renders its inserts)."""
    from app.database import MYSQL_DRIVER_VARIABLE, preferred_mysql_driver

    if os.environ.get(MYSQL_DRIVER_VARIABLE, "").strip().lower() == "pymysql":
        return parsed
    try:
        importlib.import_module("MySQLdb")
    except ImportError:
        return parsed  # not installed (or broken): PyMySQL, without a warning
    return preferred_mysql_driver(parsed, "mysqlclient")


def open_source(
    url: str,
    *,
    password: str | None = None,
    since: datetime | None = None,
    lookback: timedelta = timedelta(hours=2, minutes=5),
    max_rows: int = 5000,
) -> CdrSource:
    """The source of ``--cdr URL``: ``file:///path/Master.csv`` or a database URL whose
    ``table`` query parameter names the table (default ``cdr``)."""
    if url.startswith("file:"):
        return MasterCsv(Path(unquote(urlparse(url).path)))
    if os.sep in url and "://" not in url:
        return MasterCsv(Path(url))
    from app.database import make_engine, parse_url

    parsed = parse_url(url)
    table = str(parsed.query.get("table", "cdr"))
    parsed = reading_driver(parsed.difference_update_query(["table"]))
    engine = make_engine(parsed, password, pool_size=2)
    return CdrTable(engine, table, since=since, lookback=lookback, max_rows=max_rows)
