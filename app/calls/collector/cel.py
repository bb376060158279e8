"""Asterisk's ``cel`` table (channel events), when the PBX writes it: who hung up, and how
a call nobody answered ended.

CDR does not say which side ended a call; CEL's HANGUP event does, in ``extra``'s
``hangupsource`` (the channel that asked for the hang-up, Asterisk 12+). The collector
reads the HANGUP events of the calls a batch writes — by ``linkedid``, which FreePBX
indexes, never a scan — and sets ``calls.hangup_by``:

* the first customer channel (a trunk) to be hung up tells it: hung up by itself or by
  another trunk -> the client; by an employee's phone -> the employee; with no source
  (a timeout, the IVR or the queue ending it) -> the system;
* a call without a trunk (internal): hung up by a phone -> the employee, else the system;
* no HANGUP event (CEL off, or purged) -> left unknown, never guessed.

A call nobody answered ends more finely than CDR says (issue 15): our employee hanging up an
outgoing call before the answer cancelled it, an incoming one they hung up was rejected;
otherwise the HANGUP events' ``dialstatus`` (BUSY, CONGESTION, CHANUNAVAIL) or Q.850
``hangupcause`` (17 busy, 21 rejected, 34/38/41/42/44 no free channels, 1/3/27/28
unreachable) tells it. :func:`apply_hangups` sets the disposition and the status by the rule.

Plumbing (``Local/…`` channels) is never a side. Reading is outside CallDesk's
transaction; :func:`apply_hangups` writes in the batch's transaction, after the calls.
:meth:`CelTable.check` says what the PBX's ``cel.conf`` should enable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Engine, Table, and_, bindparam, case, inspect, text, update
from sqlalchemy.exc import NoSuchTableError
from sqlalchemy.orm import Session

from app.calls.collector.grouping import Channels
from app.calls.status import status_sql
from app.reports.summary import refresh_pbx_ids
from models import Call, Direction, Disposition, HangupBy

_TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_IN_TEXT = {
    name: re.compile(rf'"?{name}"?\s*[:=]\s*"?([^",}}]*)')
    for name in ("hangupsource", "hangupcause", "dialstatus")
}
_CHUNK = 500
_calls = cast(Table, Call.__table__)
# Events a complete call history needs; the stock cel.conf sample enables few of them.
_WANTED = ("HANGUP", "LINKEDID_END", "BLINDTRANSFER", "ATTENDEDTRANSFER")
_RECENT_EVENTS = 20_000


@dataclass(frozen=True)
class Hangup:
    """One HANGUP event: the channel hung up and the channel that asked for it."""

    id: int
    linkedid: str
    channel: str
    source: str
    cause: int | None = None  # Q.850 hangupcause
    dialstatus: str = ""  # Dial()'s DIALSTATUS when the channel dialled


def extra_field(extra: object, name: str) -> str:
    """One field (``hangupsource``, ``hangupcause``, ``dialstatus``) of a HANGUP event's
    ``extra`` (JSON, or near it)."""
    if extra is None:
        return ""
    raw = extra.decode() if isinstance(extra, bytes) else str(extra)
    try:
        data = json.loads(raw)
    except ValueError:
        found = _IN_TEXT[name].search(raw)
        return found.group(1).strip() if found else ""
    value = data.get(name) if isinstance(data, dict) else None
    return "" if value is None else str(value).strip()


def hangup_source(extra: object) -> str:
    """``hangupsource`` out of a HANGUP event's ``extra``."""
    return extra_field(extra, "hangupsource")


def _cause(extra: object) -> int | None:
    value = extra_field(extra, "hangupcause")
    return int(value) if value.isdigit() else None


# How a call nobody answered ended, by DIALSTATUS and by Q.850 cause.
_BY_DIALSTATUS = {
    "BUSY": Disposition.BUSY,
    "CONGESTION": Disposition.CONGESTION,
    "CHANUNAVAIL": Disposition.FAILED,
}
_BY_CAUSE = {
    17: Disposition.BUSY,  # user busy
    21: Disposition.REJECTED,  # call rejected
    34: Disposition.CONGESTION,  # no circuit/channel available
    38: Disposition.CONGESTION,  # network out of order
    41: Disposition.CONGESTION,  # temporary failure
    42: Disposition.CONGESTION,  # switching equipment congestion
    44: Disposition.CONGESTION,  # requested channel not available
    1: Disposition.FAILED,  # unallocated number
    3: Disposition.FAILED,  # no route to destination
    27: Disposition.FAILED,  # destination out of order
    28: Disposition.FAILED,  # invalid number format
}


def ended_as(events: Iterable[Hangup]) -> Disposition | None:
    """How an unanswered call ended by its HANGUP events; None when they say no more than
    "nobody answered" (normal clearing, no answer, the caller cancelling)."""
    ordered = sorted(events, key=lambda e: e.id)
    for event in ordered:
        found = _BY_DIALSTATUS.get(event.dialstatus.upper())
        if found is not None:
            return found
    for event in ordered:
        if event.cause is not None and event.cause in _BY_CAUSE:
            return _BY_CAUSE[event.cause]
    return None


def _is_plumbing(channel: str) -> bool:
    return channel.startswith("Local/")


def hangup_side(events: Iterable[Hangup], channels: Channels) -> HangupBy | None:
    """Who ended the call, from its HANGUP events (any order); None when they do not say."""
    ordered = sorted((e for e in events if not _is_plumbing(e.channel)), key=lambda e: e.id)
    if not ordered:
        return None

    def is_trunk(channel: str) -> bool:
        return bool(channel) and not _is_plumbing(channel) and channels.extension(channel) is None

    customer = [e for e in ordered if is_trunk(e.channel)]
    first = (customer or ordered)[0]
    source = first.source
    if not source:
        return HangupBy.SYSTEM
    if _is_plumbing(source):
        return HangupBy.SYSTEM
    if channels.extension(source) is not None:
        return HangupBy.EMPLOYEE
    return HangupBy.CLIENT if customer else HangupBy.SYSTEM


class CelTable:
    """The PBX database's ``cel`` table (read-only), looked up by ``linkedid``."""

    name = "cel"

    def __init__(self, engine: Engine, table: str = "cel") -> None:
        if not _TABLE_NAME.match(table):
            raise ValueError(f"{table!r} is not a table name.")
        self.engine = engine
        self.table = table
        self._checked = False

    def _q(self, name: str) -> str:
        return str(self.engine.dialect.identifier_preparer.quote(name))

    def _require_columns(self) -> None:
        if self._checked:
            return
        try:
            columns = inspect(self.engine).get_columns(self.table)
        except NoSuchTableError:
            raise ValueError(
                f"The PBX database has no table {self.table!r}: turn CEL on in the PBX "
                "(cel.conf, with the cel_odbc or MySQL backend) or collect without --cel."
            ) from None
        present = {c["name"].lower() for c in columns}
        missing = {"id", "eventtype", "channame", "linkedid", "extra"} - present
        if missing:
            raise ValueError(
                f"The table {self.table!r} is not an Asterisk cel table "
                f"(no {', '.join(sorted(missing))})."
            )
        self._checked = True

    def check(self) -> list[str]:
        """What the administrator should change: a missing index, events not enabled."""
        self._require_columns()
        notes = []
        indexed = {
            str(next(iter(ix["column_names"]), "")).lower()
            for ix in inspect(self.engine).get_indexes(self.table)
        }
        if "linkedid" not in indexed:
            notes.append(
                f"The PBX table {self.table!r} has no index on linkedid: looking up a call's "
                f"events scans the table. Add one: CREATE INDEX linkedid ON {self.table} "
                "(linkedid)."
            )
        table = self._q(self.table)
        with self.engine.connect() as conn:
            top = conn.scalar(text(f"SELECT MAX(id) FROM {table}"))
            if top is None:
                return [*notes, f"The PBX table {self.table!r} is empty: is CEL enabled?"]
            seen = {
                str(t).upper()
                for t in conn.scalars(
                    text(f"SELECT DISTINCT eventtype FROM {table} WHERE id > :lo"),
                    {"lo": int(top) - _RECENT_EVENTS},
                )
            }
        absent = [e for e in _WANTED if e not in seen]
        if absent:
            what = "who hung up" if "HANGUP" in absent else "exact transfers and call ends"
            notes.append(
                f"cel: no {', '.join(absent)} among the PBX's recent channel events; enable "
                f"them in cel.conf ([general] events=...) for {what}."
            )
        return notes

    def hangups(self, linkedids: Iterable[str]) -> dict[str, list[Hangup]]:
        """The HANGUP events of these calls, by linkedid."""
        self._require_columns()
        wanted = sorted(set(linkedids))
        found: dict[str, list[Hangup]] = {}
        if not wanted:
            return found
        table = self._q(self.table)
        sql = text(
            f"SELECT id, linkedid, channame, extra FROM {table} "
            "WHERE linkedid IN :ids AND eventtype = 'HANGUP'"
        ).bindparams(bindparam("ids", expanding=True))
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), _CHUNK):
                for row in conn.execute(sql, {"ids": wanted[start : start + _CHUNK]}):
                    linkedid = str(row.linkedid)
                    found.setdefault(linkedid, []).append(
                        Hangup(
                            int(row.id),
                            linkedid,
                            str(row.channame or ""),
                            hangup_source(row.extra),
                            _cause(row.extra),
                            extra_field(row.extra, "dialstatus"),
                        )
                    )
        return found


def hangup_sides(events: Mapping[str, list[Hangup]], channels: Channels) -> dict[str, HangupBy]:
    """linkedid -> who hung up, for the calls whose events say it."""
    sides = {}
    for linkedid, hangups in events.items():
        side = hangup_side(hangups, channels)
        if side is not None:
            sides[linkedid] = side
    return sides


def hangup_endings(events: Mapping[str, list[Hangup]]) -> dict[str, Disposition]:
    """linkedid -> how the call ended when nobody answered, for the calls whose events say
    more than "no answer" (see :func:`ended_as`)."""
    endings = {}
    for linkedid, hangups in events.items():
        ending = ended_as(hangups)
        if ending is not None:
            endings[linkedid] = ending
    return endings


def apply_hangups(
    session: Session,
    pbx_id_of: Callable[[str], str],
    sides: Mapping[str, HangupBy],
    endings: Mapping[str, Disposition] | None = None,
) -> int:
    """Set ``hangup_by`` on the written calls, and how those nobody answered ended (the
    disposition, then the status by the rule), in the caller's transaction."""
    endings = endings or {}
    if not sides and not endings:
        return 0
    conn = session.connection()
    params: list[dict[str, Any]] = [
        {"pbx_key": pbx_id_of(linkedid), "side": side.value} for linkedid, side in sides.items()
    ]
    changed = 0
    if params:
        statement = (
            update(_calls)
            .where(_calls.c.pbx_id == bindparam("pbx_key"))
            .values(hangup_by=bindparam("side"))
        )
        changed = int(conn.execute(statement, params).rowcount or 0)
    keys = {pbx_id_of(linkedid): linkedid for linkedid in {*sides, *endings}}
    unanswered = _calls.c.disposition != Disposition.ANSWERED.value
    employee = HangupBy.EMPLOYEE.value
    ending = case(
        # The network's word first (busy, no channels, unreachable, rejected)...
        (bindparam("ending") != "", bindparam("ending")),
        # ...else our employee hung up before anyone answered: they gave up on an outgoing
        # call, they declined an incoming one.
        (
            and_(_calls.c.direction == Direction.OUTGOING.value, bindparam("end_side") == employee),
            Disposition.CANCELLED.value,
        ),
        (
            and_(_calls.c.direction == Direction.INCOMING.value, bindparam("end_side") == employee),
            Disposition.REJECTED.value,
        ),
        else_=_calls.c.disposition,
    )
    conn.execute(
        update(_calls)
        .where(_calls.c.pbx_id == bindparam("pbx_key"), unanswered)
        .values(disposition=ending),
        [
            {
                "pbx_key": key,
                "end_side": sides[lid].value if lid in sides else "",
                "ending": endings[lid].value if lid in endings else "",
            }
            for key, lid in keys.items()
        ],
    )
    ordered = sorted(keys)
    for start in range(0, len(ordered), _CHUNK):
        conn.execute(
            update(_calls)
            .where(_calls.c.pbx_id.in_(ordered[start : start + _CHUNK]), unanswered)
            .values(status=status_sql(_calls))
        )
    refresh_pbx_ids(session, ordered)  # who hung up and how it ended are summarised
    return changed
