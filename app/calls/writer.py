"""Writing finished calls to the journal: the call, its parts and participants, its status
by the one rule (app.calls.status) and the callback links an answered call makes.

Shared by every writer: the demo generator uses the same facts, participant and
resolution rules in bulk; the softphone (and a live collector) write one call at a time
through :func:`write_call`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Table, insert, select, update
from sqlalchemy.orm import Session

from app.calls.facts import CallFacts
from app.calls.status import call_status
from app.reports.summary import refresh_calls
from models import Call, CallPart, CallParticipant, Direction, Disposition

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallPart.__table__)
_participants = cast(Table, CallParticipant.__table__)


def resolves_missed(direction: str, disposition: str) -> bool:
    """An answered contact with a number, in either direction, resolves its missed calls."""
    return direction != Direction.INTERNAL and disposition == Disposition.ANSWERED


def awaits_callback(direction: str, disposition: str) -> bool:
    """A missed incoming call stays open until an answered contact with the number."""
    return direction == Direction.INCOMING and disposition != Disposition.ANSWERED


def participant_ids(
    main_employee_id: int | None, part_employees: Iterable[int | None]
) -> list[int]:
    """Everyone who took part in a call, once each (the rows of ``call_participants``)."""
    people = {e for e in part_employees if e}
    if main_employee_id:
        people.add(main_employee_id)
    return sorted(people)


def resolve_missed(session: Session, number: str, by_call_id: int, at: datetime) -> list[int]:
    """Link the number's open missed calls before ``at`` to the answered call ``by_call_id``.

    Their stored status is recomputed by the rule (a lost call called back the same day is
    "no answer" then). Reads the number's calls through ``ix_calls_number_period``.
    Returns the ids of the calls resolved.
    """
    rows = session.execute(
        select(
            _calls.c.id,
            _calls.c.direction,
            _calls.c.disposition,
            _calls.c.number_known,
            _calls.c.started_at,
            _calls.c.dismissed_at,
        )
        .where(
            _calls.c.external_number == number,
            _calls.c.started_at <= at,
            _calls.c.direction == Direction.INCOMING.value,
            _calls.c.disposition != Disposition.ANSWERED.value,
            _calls.c.resolved_by_call_id.is_(None),
            _calls.c.id != by_call_id,
        )
        .with_for_update()
    ).all()
    resolved = []
    for row in rows:
        facts = CallFacts.from_row({**row._mapping, "resolved_at": at})
        session.execute(
            update(_calls)
            .where(_calls.c.id == row.id, _calls.c.resolved_by_call_id.is_(None))
            .values(resolved_by_call_id=by_call_id, resolved_at=at, status=call_status(facts).value)
        )
        resolved.append(row.id)
    return resolved


def write_call(
    session: Session, call: Mapping[str, Any], parts: Iterable[Mapping[str, Any]]
) -> int:
    """Insert one call (``calls`` column -> value, without id and status) with its parts.

    The status comes from the rule; participants from the main employee and the parts;
    an answered call resolves the number's earlier missed calls. In the caller's
    transaction; returns the new call's id.
    """
    row = dict(call)
    row["status"] = call_status(CallFacts.from_row(row)).value
    result = cast(CursorResult[Any], session.execute(insert(_calls).values(**row)))
    key = result.inserted_primary_key
    assert key is not None
    call_id = int(key[0])
    part_rows = [{**p, "call_id": call_id, "seq": seq} for seq, p in enumerate(parts, start=1)]
    if part_rows:
        session.execute(insert(_parts), part_rows)
    people = participant_ids(row.get("employee_id"), (p.get("employee_id") for p in part_rows))
    if people:
        session.execute(
            insert(_participants),
            [
                {"employee_id": e, "started_at": row["started_at"], "call_id": call_id}
                for e in people
            ],
        )
    answered_at = row.get("answered_at")
    touched = [call_id]
    if resolves_missed(row["direction"], row["disposition"]) and answered_at is not None:
        touched += resolve_missed(session, row["external_number"], call_id, answered_at)
    refresh_calls(session, touched)  # the report summaries, in the same transaction
    session.flush()
    return call_id
