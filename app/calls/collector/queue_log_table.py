"""Asterisk's realtime ``queue_log`` table, read by ``time`` windows.

``time`` is text with microseconds in the PBX's local time (UTC with
``queue_log_realtime_use_gmt``); ``callid``, ``queuename``, ``agent``, ``event`` and
``data1``…``data5`` or, on older setups, one ``data`` column with ``|``-separated fields.
Windows ``[read_to, hi)`` are whole seconds and end a safety margin before the PBX's "now",
so a row is read exactly once; never an unindexed lookup.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Engine, inspect, text

from app.calls.collector.queue_log import (
    BadLine,
    QueueEvent,
    QueueLogBatch,
    QueueLogMark,
    UnreadableLine,
    data_fields,
    queue_event,
    with_mark,
)

_TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_SECOND = "%Y-%m-%d %H:%M:%S"


def _table_time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    raw = "" if value is None else str(value).strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", _SECOND):
        try:
            return datetime.strptime(raw, fmt)
        except ValueError:
            continue
    raise UnreadableLine(f"time {value!r} is not a time")


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
                event = queue_event(
                    self._to_pbx_time(table_time),
                    str(values[1] or ""),
                    str(values[2] or ""),
                    str(values[3] or ""),
                    str(values[4] or ""),
                    data_fields(fields),
                )
            except ValueError as e:
                where = f"{self.table} row id {values[-1]}" if has_id else f"{self.table} row"
                shown = "|".join("" if v is None else str(v) for v in values)
                bad.append(BadLine(where, shown, str(e)))
                continue
            events.append(with_mark(event, QueueLogMark(read_to=_second(table_time))))
        return QueueLogBatch(events, bad, QueueLogMark(read_to=hi), caught_up=hi >= until)
