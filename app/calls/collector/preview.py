"""Administration -> PBX -> Test connection: read a few of the PBX's newest records and
show what the collector would make of them, writing nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app import clock
from app.calls.collector.cel import CelTable, hangup_sides
from app.calls.collector.chains import ChainJoiner
from app.calls.collector.classify import classify
from app.calls.collector.grouping import Channels, group_legs, sort_legs
from app.calls.collector.linking import employee_extensions, external_number, owner_at, owners
from app.calls.collector.sources import CdrSource, CdrTable, Fetched, Mark
from app.calls.facts import CallFacts
from app.calls.status import call_status
from models import CallStatus, Direction, HangupBy

# How far back the test looks for records, and how many calls it shows.
PREVIEW_DAYS = 7
PREVIEW_CALLS = 12


@dataclass(frozen=True)
class PreviewCall:
    started: datetime
    direction: Direction
    number: str
    extension: str | None
    status: CallStatus
    wait_seconds: int
    talk_seconds: int
    parts: int
    legs: int
    recordings: int
    hangup_by: HangupBy | None = None  # from the cel table, when it is read


@dataclass
class Preview:
    rows: int
    bad_rows: int
    calls: list[PreviewCall] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # missing indexes and such


def _newest(source: CdrSource, now: datetime, limit: int) -> Fetched:
    """The newest records: a table is read over the last hour, then a window four times
    wider until it holds ``limit`` calls or spans :data:`PREVIEW_DAYS` days; a file from
    its start (it has no index to seek by time)."""
    if not isinstance(source, CdrTable):
        return source.fetch(Mark(), now)
    window = timedelta(hours=1)
    while True:
        source.span = window
        fetched = source.fetch(Mark(read_to=now - window), now)
        if len({leg.linkedid for leg in fetched.legs}) >= limit or window.days >= PREVIEW_DAYS:
            return fetched
        window = min(window * 4, timedelta(days=PREVIEW_DAYS))


def preview(
    source: CdrSource,
    session: Session,
    trunk_patterns: tuple[str, ...] = (),
    limit: int = PREVIEW_CALLS,
    cel: CelTable | None = None,
) -> Preview:
    """The newest ``limit`` calls of the last :data:`PREVIEW_DAYS` days as they would be
    written (status by the one rule, against today's clients; who hung up from ``cel``);
    nothing is stored."""
    now = clock.now()
    fetched = _newest(source, now, limit)
    channels = Channels(
        employee_extensions(session).keys(), [re.compile(p) for p in trunk_patterns]
    )
    legs, _ = ChainJoiner().join(fetched.legs)
    groups = group_legs(legs)
    records = [classify(linkedid, sort_legs(legs), channels) for linkedid, legs in groups.items()]
    records.sort(key=lambda r: r.started, reverse=True)
    records = records[:limit]
    known = owners(session, {external_number(r.number) for r in records})
    sides = hangup_sides(cel.hangups(r.linkedid for r in records), channels) if cel else {}
    calls = []
    for record in records:
        number = external_number(record.number)
        facts = CallFacts(
            direction=record.direction.value,
            disposition=record.disposition.value,
            number_known=owner_at(known.get(number), record.started) is not None,
            started_at=record.started,
        )
        calls.append(
            PreviewCall(
                started=record.started,
                direction=record.direction,
                number=number,
                extension=record.extension,
                status=call_status(facts),
                wait_seconds=record.wait_seconds,
                talk_seconds=record.talk_seconds,
                parts=len(record.parts),
                legs=len(groups[record.linkedid]),
                recordings=sum(1 for p in record.parts if p.recordingfile),
                hangup_by=sides.get(record.linkedid),
            )
        )
    return Preview(
        rows=fetched.rows,
        bad_rows=len(fetched.bad),
        calls=calls,
        notes=[*source.check(), *(cel.check() if cel else []), *fetched.notes],
    )
