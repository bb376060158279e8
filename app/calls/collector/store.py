"""Writing a batch of legs as calls, idempotently, in the caller's one transaction.

Every leg is marked in ``collected_legs`` by its (linkedid, uniqueid, sequence) with the
call it became, so reading a row again changes nothing and a *new* leg of a known call
(a late row, a transfer written when it ended) rebuilds that call from all its stored legs:
same id, new facts and parts, its comment and "no answer" dismissal kept. Calls go in with
``pbx_id`` = ``<pbx>:<linkedid>`` (unique), parts and participants by the shared rules of
app.calls.writer; an answered call resolves the number's open missed calls, also those of
earlier batches. The sources' watermarks are stored here too, in the same transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Select, Table, and_, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector.bulk import can_return, insert_rows
from app.calls.collector.classify import CallRecord, classify
from app.calls.collector.decoding import fast_datetimes
from app.calls.collector.grouping import Channels, group_legs, sort_legs
from app.calls.collector.legs import Leg
from app.calls.collector.linking import (
    Owner,
    employee_extensions,
    external_number,
    owner_at,
    owners,
    recording_reference,
)
from app.calls.collector.sources import Mark
from app.calls.facts import CallFacts
from app.calls.status import call_status
from app.calls.writer import awaits_callback, participant_ids, resolves_missed
from app.phones import DEFAULT_REGION, digits, reversed_digits
from app.reports.summary import refresh_hours
from models import (
    Call,
    CallPart,
    CallParticipant,
    CallSource,
    CollectedLeg,
    CollectorWatermark,
    Direction,
    Disposition,
)

log = logging.getLogger(__name__)

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallPart.__table__)
_participants = cast(Table, CallParticipant.__table__)
_legs = cast(Table, CollectedLeg.__table__)
_marks = cast(Table, CollectorWatermark.__table__)
_CHUNK = 1000
# Legs of one call are inserted up to a look-back apart: a call started this long after the
# oldest kept mark has all of its marks.
PURGE_MARGIN = timedelta(hours=6)
# Numbers whose resolution point is remembered (more: forgotten, read from the start again).
_RESOLVED_NUMBERS = 50_000

Key = tuple[str, str, int]


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


@dataclass
class BatchWritten:
    calls_new: int = 0
    calls_rebuilt: int = 0
    parts: int = 0
    legs: int = 0
    resolved: int = 0
    call_ids: list[int] = field(default_factory=list)


@dataclass
class CallStore:
    """Writes the calls of one PBX; remembers the keys it has seen to skip them cheaply."""

    pbx: str
    region: str = DEFAULT_REGION
    recordings: Path | None = None
    channels: Channels | None = None
    known: dict[Key, datetime] = field(default_factory=dict)
    # The oldest leg mark kept (app.calls.collector.retention deletes older ones): a call that
    # started before it may be written already with its marks gone, so its pbx_id is
    # looked up before inserting. None: nothing was ever purged (no lookup needed).
    marks_from: datetime | None = None
    # Per number, a moment before which none of its calls awaits a callback any more: this
    # process resolved them all (committed) and wrote no missed call before it since. The
    # search for open missed calls starts there instead of at the number's first call (a
    # company's busy number has thousands, locked one by one by the FOR UPDATE read).
    resolved_to: dict[str, datetime] = field(default_factory=dict)
    _resolving: dict[str, datetime] = field(default_factory=dict)

    def pbx_id(self, linkedid: str) -> str:
        return f"{self.pbx}:{linkedid}"

    def committed(self) -> None:
        """The batch's transaction is committed: its resolution points hold from now on."""
        pending, self._resolving = self._resolving, {}
        if len(self.resolved_to) + len(pending) > _RESOLVED_NUMBERS:
            self.resolved_to.clear()
        for number, moment in pending.items():
            if number not in self.resolved_to or self.resolved_to[number] < moment:
                self.resolved_to[number] = moment

    def forget(self) -> None:
        """Another process may have written calls: remember nothing of the database."""
        self.known.clear()
        self.resolved_to.clear()
        self._resolving = {}

    def forget_before(self, moment: datetime) -> None:
        """Legs older than the look-back are never read again: drop them from memory."""
        self.known = {k: v for k, v in self.known.items() if v >= moment}

    def write(  # noqa: C901, PLR0912  one batch's steps in order: group, compare, write, mark
        self,
        session: Session,
        legs: list[Leg],
        *,
        before_inserts: Callable[[], None] | None = None,
    ) -> BatchWritten:
        """Write the calls of ``legs``; ``before_inserts`` is called once the rows are
        ready, as MariaDB starts on the batch's inserts (the collector reads the next
        batch from the PBX meanwhile)."""
        result = BatchWritten()
        self._resolving = {}  # what an earlier attempt left was rolled back
        fast_datetimes(session.connection())  # the calls read back (summaries, resolving)
        groups = {
            linkedid: group
            for linkedid, group in group_legs(legs).items()
            if any(leg.key not in self.known for leg in group)
        }
        if not groups:
            return result
        stored = self._stored_legs(session, list(groups))
        extensions = employee_extensions(session)
        channels = Channels(extensions, self.channels.trunk_patterns if self.channels else [])
        records: dict[str, tuple[CallRecord, list[Leg]]] = {}
        for linkedid, group in groups.items():
            old = stored.get(linkedid, {})
            new = [leg for leg in group if leg.key not in old]
            if not new:
                continue
            every = sort_legs([*old.values(), *new])
            records[linkedid] = (classify(linkedid, every, channels), new)
        if not records:
            self._remember(groups.values())
            return result
        maybe_purged = [
            lid
            for lid, (record, _) in records.items()
            if lid not in stored
            and self.marks_from is not None
            and record.started < self.marks_from + PURGE_MARGIN
        ]
        existing = self._existing_calls(
            session, [lid for lid in records if lid in stored] + maybe_purged
        )
        for lid in maybe_purged:
            if lid in existing:  # collected long ago, its marks purged since: left as it is
                del records[lid]
                del existing[lid]
        if not records:
            self._remember(groups.values())
            return result
        numbers = {lid: self._number(rec) for lid, (rec, _) in records.items()}
        found = owners(session, numbers.values())
        rows: dict[str, dict[str, Any]] = {}
        for linkedid, (record, _) in records.items():
            number = numbers[linkedid]
            owner = None
            if record.direction != Direction.INTERNAL:
                owner = owner_at(found.get(number), record.started)
            rows[linkedid] = self._call_row(record, number, owner, extensions)
        inserts = [lid for lid in records if lid not in existing]
        if before_inserts is not None:
            before_inserts()
        ids = {lid: existing[lid][0] for lid in records if lid in existing}
        if inserts and can_return(session):
            # The new calls' ids from the insert itself (no second look-up by pbx_id).
            for call_id, pbx_id in insert_rows(
                session, _calls, [rows[lid] for lid in inserts], returning=("id", "pbx_id")
            ):
                ids[str(pbx_id).split(":", 1)[1]] = int(call_id)
        elif inserts:
            insert_rows(session, _calls, [rows[lid] for lid in inserts])
            ids.update(self._ids(session, inserts))
        rebuilt = [ids[lid] for lid in records if lid in existing]
        for lid in records:
            if lid in existing:
                self._update(session, ids[lid], rows[lid], existing[lid])
        if rebuilt:
            for chunk in _chunks(rebuilt):
                session.execute(delete(_parts).where(_parts.c.call_id.in_(chunk)))
                session.execute(delete(_participants).where(_participants.c.call_id.in_(chunk)))
        part_rows: list[dict[str, Any]] = []
        people_rows: list[dict[str, Any]] = []
        leg_rows: list[dict[str, Any]] = []
        for lid, (record, new) in records.items():
            call_id = ids[lid]
            parts = self._part_rows(call_id, record, extensions)
            part_rows.extend(parts)
            people = participant_ids(rows[lid]["employee_id"], (p["employee_id"] for p in parts))
            people_rows.extend(
                {"employee_id": e, "started_at": rows[lid]["started_at"], "call_id": call_id}
                for e in people
            )
            leg_rows.extend(
                {
                    "pbx": self.pbx,
                    "linkedid": leg.linkedid,
                    "uniqueid": leg.uniqueid,
                    "sequence": leg.sequence,
                    "call_id": call_id,
                    "calldate": leg.calldate,
                    "data": leg.to_json(),
                }
                for leg in new
            )
        insert_rows(session, _parts, part_rows)
        insert_rows(session, _participants, people_rows)
        insert_rows(session, _legs, leg_rows)
        for row in rows.values():
            # A missed call written before a number's resolution point moves it back.
            number = row["external_number"]
            if (
                number in self.resolved_to
                and row["started_at"] < self.resolved_to[number]
                and awaits_callback(row["direction"], row["disposition"])
            ):
                del self.resolved_to[number]
        resolved_starts: list[datetime] = []
        result.resolved = self._resolve(
            session, {ids[lid]: rows[lid] for lid in records}, resolved_starts
        )
        # The report summaries of every hour the batch touched, in the same transaction.
        refresh_hours(session, [rows[lid]["started_at"] for lid in records] + resolved_starts)
        result.calls_new = len(inserts)
        result.calls_rebuilt = len(rebuilt)
        result.parts = len(part_rows)
        result.legs = len(leg_rows)
        result.call_ids = sorted(ids.values())
        self._remember(groups.values())
        return result

    # -- pieces --------------------------------------------------------------------------

    def _remember(self, groups: Iterable[list[Leg]]) -> None:
        for group in groups:
            for leg in group:
                self.known[leg.key] = leg.calldate

    def _stored_legs(self, session: Session, linkedids: list[str]) -> dict[str, dict[Key, Leg]]:
        stored: dict[str, dict[Key, Leg]] = {}
        for chunk in _chunks(linkedids):
            for data in session.scalars(
                select(_legs.c.data).where(_legs.c.pbx == self.pbx, _legs.c.linkedid.in_(chunk))
            ):
                leg = Leg.from_json(data)
                stored.setdefault(leg.linkedid, {})[leg.key] = leg
        return stored

    def _existing_calls(
        self, session: Session, linkedids: list[str]
    ) -> dict[str, tuple[int, datetime | None, datetime | None]]:
        found = {}
        for chunk in _chunks(linkedids):
            for row in session.execute(
                select(
                    _calls.c.id, _calls.c.pbx_id, _calls.c.resolved_at, _calls.c.dismissed_at
                ).where(_calls.c.pbx_id.in_([self.pbx_id(lid) for lid in chunk]))
            ):
                found[row.pbx_id.split(":", 1)[1]] = (row.id, row.resolved_at, row.dismissed_at)
        return found

    def _ids(self, session: Session, linkedids: list[str]) -> dict[str, int]:
        ids = {}
        for chunk in _chunks(linkedids):
            for call_id, pbx_id in session.execute(
                select(_calls.c.id, _calls.c.pbx_id).where(
                    _calls.c.pbx_id.in_([self.pbx_id(lid) for lid in chunk])
                )
            ):
                ids[pbx_id.split(":", 1)[1]] = int(call_id)
        return ids

    def _number(self, record: CallRecord) -> str:
        if record.direction == Direction.INTERNAL:
            return digits(record.number)
        return external_number(record.number, self.region)

    def _call_row(
        self,
        record: CallRecord,
        number: str,
        owner: Owner | None,
        extensions: dict[str, int],
    ) -> dict[str, Any]:
        row: dict[str, Any] = {
            "started_at": record.started,
            "answered_at": record.answered,
            "ended_at": record.ended,
            "direction": record.direction.value,
            "disposition": record.disposition.value,
            "external_number": number,
            "number_reversed": reversed_digits(number),
            "client_id": owner.client_id if owner else None,
            "contact_id": owner.contact_id if owner else None,
            "number_known": owner is not None,
            "employee_id": extensions.get(record.extension) if record.extension else None,
            "responsible_id": owner.responsible_id if owner else None,
            "wait_seconds": record.wait_seconds,
            "talk_seconds": record.talk_seconds,
            "hangup_by": None,
            "transfer_count": record.transfer_count,
            "cost": None,
            "source": CallSource.PBX.value,
            "pbx_id": self.pbx_id(record.linkedid),
        }
        row["status"] = call_status(CallFacts.from_row(row)).value
        return row

    def _update(
        self,
        session: Session,
        call_id: int,
        row: dict[str, Any],
        existing: tuple[int, datetime | None, datetime | None],
    ) -> None:
        _, resolved_at, dismissed_at = existing
        values = {k: v for k, v in row.items() if k != "pbx_id"}
        facts = CallFacts.from_row(
            {**row, "resolved_at": resolved_at, "dismissed_at": dismissed_at}
        )
        values["status"] = call_status(facts).value
        session.execute(update(_calls).where(_calls.c.id == call_id).values(**values))

    def _part_rows(
        self, call_id: int, record: CallRecord, extensions: dict[str, int]
    ) -> list[dict[str, Any]]:
        return [
            {
                "call_id": call_id,
                "seq": seq,
                "employee_id": extensions.get(part.extension),
                "extension": part.extension[:32],
                "started_at": part.started,
                "answered_at": part.answered,
                "ended_at": part.ended,
                "disposition": part.disposition.value,
                "talk_seconds": part.talk_seconds,
                "recording_ref": recording_reference(
                    part.recordingfile, part.started, self.recordings
                )
                if part.recordingfile
                else None,
            }
            for seq, part in enumerate(record.parts, start=1)
        ]

    def _resolve(
        self, session: Session, calls: dict[int, dict[str, Any]], starts: list[datetime]
    ) -> int:
        """Answered calls of the batch resolve the open missed calls of their numbers."""
        answers: dict[str, list[tuple[datetime, int]]] = {}
        for call_id, call in calls.items():
            if resolves_missed(call["direction"], call["disposition"]) and call["external_number"]:
                answers.setdefault(call["external_number"], []).append(
                    (call["answered_at"], call_id)
                )
        if not answers:
            return 0
        for found in answers.values():
            found.sort()
        resolved = 0
        for chunk in _chunks(sorted(answers)):
            for open_calls in self._open_missed(session, chunk):
                resolved += self._resolve_rows(session, answers, open_calls, starts)
        for number, found in answers.items():
            latest = found[-1][0]
            known = self.resolved_to.get(number)
            self._resolving[number] = latest if known is None or known < latest else known
        return resolved

    def _open_missed(self, session: Session, numbers: list[str]) -> Iterable[Sequence[Any]]:
        """The open missed calls of ``numbers``, locked: from each number's resolution
        point when there is one, else all of the number's calls."""
        c = _calls.c
        columns = (
            c.id,
            c.direction,
            c.disposition,
            c.number_known,
            c.started_at,
            c.dismissed_at,
            c.external_number,
        )
        is_open = (
            c.direction == Direction.INCOMING.value,
            c.disposition != Disposition.ANSWERED.value,
            c.resolved_by_call_id.is_(None),
        )
        fresh = [n for n in numbers if n not in self.resolved_to]
        if fresh:
            yield session.execute(
                _by_number(select(*columns).where(c.external_number.in_(fresh), *is_open))
            ).all()
        since = [n for n in numbers if n in self.resolved_to]
        for start in range(0, len(since), 100):
            ranges = [
                and_(c.external_number == n, c.started_at >= self.resolved_to[n])
                for n in since[start : start + 100]
            ]
            yield session.execute(_by_number(select(*columns).where(or_(*ranges), *is_open))).all()

    def _resolve_rows(
        self,
        session: Session,
        answers: dict[str, list[tuple[datetime, int]]],
        open_calls: Sequence[Any],
        starts: list[datetime],
    ) -> int:
        resolved = 0
        for row in open_calls:
            by = next(
                (
                    (at, cid)
                    for at, cid in answers[row.external_number]
                    if at >= row.started_at and cid != row.id
                ),
                None,
            )
            if by is None:
                continue
            at, by_id = by
            facts = CallFacts.from_row({**row._mapping, "resolved_at": at})
            session.execute(
                update(_calls)
                .where(_calls.c.id == row.id)
                .values(resolved_by_call_id=by_id, resolved_at=at, status=call_status(facts).value)
            )
            resolved += 1
            starts.append(row.started_at)
        return resolved


def _by_number(query: Select[Any]) -> Select[Any]:
    """``query`` locking what it reads, through the numbers' index: with a long IN list
    MariaDB estimates from statistics and scans the whole table otherwise (EXPLAIN: ALL,
    every call locked and examined in every batch)."""
    hint = "FORCE INDEX (ix_calls_number_period)"
    return (
        query.with_hint(_calls, hint, "mysql").with_hint(_calls, hint, "mariadb").with_for_update()
    )


def load_mark(session: Session, pbx: str, source: str) -> Mark:
    row = session.execute(
        select(_marks).where(_marks.c.pbx == pbx, _marks.c.source == source)
    ).first()
    if row is None:
        return Mark()
    return Mark(row.read_to, row.final_to, row.file_id, row.file_offset)


def save_mark(session: Session, pbx: str, source: str, mark: Mark) -> None:
    values = {
        "read_to": mark.read_to,
        "final_to": mark.final_to,
        "file_id": mark.file_id,
        "file_offset": mark.file_offset,
        "updated_at": clock.now().replace(microsecond=0),
    }
    done = session.execute(
        update(_marks).where(_marks.c.pbx == pbx, _marks.c.source == source).values(**values)
    )
    if not getattr(done, "rowcount", 0):
        session.execute(insert(_marks).values(pbx=pbx, source=source, **values))
