"""Writing queue_log facts into CallDesk, in the caller's one transaction.

* :func:`apply_queue_facts` puts queue, DID, entry position, outcome and hold time on the
  calls already written (found by ``calls.pbx_id``); facts whose call is not written yet
  come back as ``waiting``, for the next batch. Values the facts do not know leave the
  stored ones alone, so applying again (or a later batch) never erases what an earlier one
  knew, and a call reached only through another callid (the consult leg of an attended
  transfer) only fills what is still empty.
* :func:`write_pbx_pauses` stores agent pauses with ``source = "pbx"``: a pause read again
  is found by its key and merged, an UNPAUSE of a later batch closes the pause still open
  in the database. The softphone's own Ready / Pause (app.staff.pauses) reads only its pauses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from app.calls.collector.queue_facts import CallQueueFacts, merge_facts
from app.calls.collector.queue_pauses import AgentPause, AgentPauses, PauseEnd
from app.reports.summary import refresh_calls
from models import MAX_PAUSE_NOTE_LENGTH, Call, Pause, PauseReason

log = logging.getLogger(__name__)

PBX_PAUSE_SOURCE = "pbx"
_calls = cast(Table, Call.__table__)
_pauses = cast(Table, Pause.__table__)
_CHUNK = 500
_FACT_COLUMNS = ("queue", "did", "queue_position", "queue_outcome", "hold_seconds")

# The PBX's pause reasons are free text (a desk phone's menu, a feature code): the known
# words become the journal's reasons, everything else "other"; the text itself is the note.
_REASON_WORDS: tuple[tuple[PauseReason, tuple[str, ...]], ...] = (
    (PauseReason.LUNCH, ("lunch", "dinner", "обед", "обід")),
    (PauseReason.WRAP_UP, ("wrap", "post", "acw", "after call", "постобработ", "обробк")),
    (PauseReason.TRAINING, ("training", "обучен", "навчан", "тренинг")),
    (PauseReason.BREAK, ("break", "coffee", "rest", "перерыв", "перерва", "отдых")),
)


def pbx_pause_reason(text: str) -> PauseReason:
    """The pause reason of a PBX's free-text reason."""
    words = text.strip().lower()
    for reason, known in _REASON_WORDS:
        if any(w in words for w in known):
            return reason
    return PauseReason.OTHER


@dataclass
class AppliedFacts:
    updated: int = 0  # calls whose queue columns changed
    applied: dict[str, int] = field(default_factory=dict)  # callid -> the call's id
    waiting: dict[str, CallQueueFacts] = field(default_factory=dict)  # call not written yet


def _values(facts: CallQueueFacts) -> dict[str, Any]:
    values = {
        "queue": facts.queue[:64] if facts.queue else None,
        "did": facts.did[:32] if facts.did else None,
        "queue_position": facts.position,
        "queue_outcome": facts.outcome.value if facts.outcome else None,
        "hold_seconds": facts.hold_seconds,
    }
    return {k: v for k, v in values.items() if v is not None}


def apply_queue_facts(
    session: Session,
    pbx_id_of: Callable[[str], str],
    facts: Mapping[str, CallQueueFacts] | Iterable[CallQueueFacts],
) -> AppliedFacts:
    """Queue facts onto their calls; ``pbx_id_of`` maps a linkedid to ``calls.pbx_id``
    (``CallStore.pbx_id``). A callid is the caller's uniqueid, which is the linkedid of
    a call the caller started; facts of several callids of one call are summed up."""
    items = list(facts.values()) if isinstance(facts, Mapping) else list(facts)
    result = AppliedFacts()
    if not items:
        return result
    keys = {f.callid: [pbx_id_of(c) for c in f.callids] for f in items}
    wanted = sorted({k for ks in keys.values() for k in ks})
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in session.execute(
            select(_calls.c.id, _calls.c.pbx_id, *(_calls.c[c] for c in _FACT_COLUMNS)).where(
                _calls.c.pbx_id.in_(chunk)
            )
        ):
            found[row.pbx_id] = row
    groups: dict[int, list[CallQueueFacts]] = {}
    rows: dict[int, Any] = {}
    direct: set[int] = set()
    for f in items:
        own = keys[f.callid]
        hit = next((k for k in own if k in found), None)
        if hit is None:
            result.waiting[f.callid] = f
            continue
        row = found[hit]
        result.applied[f.callid] = int(row.id)
        groups.setdefault(row.id, []).append(f)
        rows[row.id] = row
        if hit == own[0]:
            direct.add(row.id)
    changed_ids: list[int] = []
    for call_id, group in groups.items():
        row = rows[call_id]
        values = _values(merge_facts(group))
        if call_id not in direct:
            values = {k: v for k, v in values.items() if getattr(row, k) is None}
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if changed:
            session.execute(update(_calls).where(_calls.c.id == call_id).values(**changed))
            result.updated += 1
            changed_ids.append(call_id)
    refresh_calls(session, changed_ids)  # queue and DID are in the report summaries' grain
    return result


# -- pauses -----------------------------------------------------------------------------


@dataclass
class PbxPausesWritten:
    changed: int = 0  # pauses inserted, closed, or given their reason
    unmatched_unpauses: int = 0  # UNPAUSEs that ended no pause: ignored
    unknown_agents: set[str] = field(default_factory=set)  # no employee has that extension


def _second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


def _pbx(employee_id: int) -> Any:
    return select(_pauses).where(
        _pauses.c.employee_id == employee_id, _pauses.c.source == PBX_PAUSE_SOURCE
    )


def _before(session: Session, employee_id: int, moment: datetime) -> Any:
    """The employee's last PBX pause started at or before ``moment``."""
    return session.execute(
        _pbx(employee_id)
        .where(_pauses.c.started_at <= moment)
        .order_by(_pauses.c.started_at.desc(), _pauses.c.id.desc())
        .limit(1)
    ).first()


def _inside(session: Session, employee_id: int, start: datetime, end: datetime | None) -> Any:
    """The employee's first PBX pause that started within ``(start, end)``."""
    stmt = _pbx(employee_id).where(_pauses.c.started_at > start)
    if end is not None:
        stmt = stmt.where(_pauses.c.started_at < end)
    return session.execute(stmt.order_by(_pauses.c.started_at, _pauses.c.id).limit(1)).first()


def _end(session: Session, employee_id: int, end: PauseEnd, written: PbxPausesWritten) -> None:
    at = _second(end.at)
    row = _before(session, employee_id, at)
    if row is not None and row.ended_at is None:
        session.execute(update(_pauses).where(_pauses.c.id == row.id).values(ended_at=at))
        written.changed += 1
    elif row is None or row.ended_at != at:
        written.unmatched_unpauses += 1
        log.info("UNPAUSE of agent %s at %s ended no pause: ignored", end.agent, end.at)


def _pause(
    session: Session, employee_id: int, pause: AgentPause, written: PbxPausesWritten
) -> None:
    start = _second(pause.started_at)
    end = _second(pause.ended_at) if pause.ended_at is not None else None
    if end is not None and end <= start:
        return  # paused for less than a second: nothing to count
    reason = pbx_pause_reason(pause.reason)
    note = " ".join(pause.reason.split())[:MAX_PAUSE_NOTE_LENGTH] or None
    row = _before(session, employee_id, start)
    if row is not None and not (
        row.ended_at is None or row.ended_at > start or row.started_at == start
    ):
        row = None
    if row is None:
        row = _inside(session, employee_id, start, end)
    if row is None:
        session.execute(
            insert(_pauses).values(
                employee_id=employee_id,
                reason=reason.value,
                note=note,
                started_at=start,
                ended_at=end,
                source=PBX_PAUSE_SOURCE,
                pbx_agent=pause.agent[:64],
            )
        )
        written.changed += 1
        return
    # The same pause read again, or one that goes on from an earlier batch: one row.
    ends = [e for e in (row.ended_at, end) if e is not None]
    values: dict[str, Any] = {
        "started_at": min(row.started_at, start),
        "ended_at": max(ends) if ends else None,
    }
    if row.reason == PauseReason.OTHER.value and row.note is None and note:
        values.update(reason=reason.value, note=note)
    changed = {k: v for k, v in values.items() if getattr(row, k) != v}
    if changed:
        session.execute(update(_pauses).where(_pauses.c.id == row.id).values(**changed))
        written.changed += 1


def write_pbx_pauses(
    session: Session, pauses: AgentPauses, extensions_to_employees: Mapping[str, int]
) -> PbxPausesWritten:
    """Agent pauses of one batch into ``pauses`` (source "pbx"), idempotently, in the
    caller's transaction. ``extensions_to_employees``: extension -> employee id
    (app.calls.collector.linking.employee_extensions); agents without one are reported."""
    written = PbxPausesWritten()
    steps: list[tuple[datetime, int, AgentPause | PauseEnd]] = [
        (p.started_at, 1, p) for p in pauses.pauses
    ]
    steps += [(e.at, 0, e) for e in pauses.ends]
    steps.sort(key=lambda s: (s[0], s[1]))
    for _, _, item in steps:
        employee_id = extensions_to_employees.get(item.agent)
        if employee_id is None:
            written.unknown_agents.add(item.agent)
            continue
        if isinstance(item, PauseEnd):
            _end(session, employee_id, item, written)
        else:
            _pause(session, employee_id, item, written)
    if written.unknown_agents:
        log.info(
            "queue_log pauses of agents with no employee: %s",
            ", ".join(sorted(written.unknown_agents)),
        )
    return written
