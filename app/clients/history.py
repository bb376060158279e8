"""What happened with a client: the card's change history and its calls with totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.calls.facts import CallSummary
from app.staff.auth import CurrentUser
from app.staff.permissions import visible_fields
from models import Call, CallPart, CallParticipant, ClientHistory, Employee, Phone

CALLS_LIMIT = 500
_calls = cast(Table, Call.__table__)


@dataclass(frozen=True)
class HistoryRow:
    changed_at: datetime
    employee_name: str | None
    field: str  # "name", "phone", "field:12"...
    field_title: str | None  # a custom field's title; None for the built-in ones
    old_value: str | None
    new_value: str | None


def card_history(conn: Connection | Session, client_id: int, who: CurrentUser) -> list[HistoryRow]:
    """Newest first; changes of fields the viewer may not see are left out."""
    titles = {f"field:{v.field.id}": v.field.title for v in visible_fields(conn, who)}
    rows = conn.execute(
        select(
            ClientHistory.changed_at,
            Employee.full_name,
            ClientHistory.field,
            ClientHistory.old_value,
            ClientHistory.new_value,
        )
        .select_from(ClientHistory)
        .outerjoin(Employee, Employee.id == ClientHistory.employee_id)
        .where(ClientHistory.client_id == client_id)
        .order_by(ClientHistory.changed_at.desc(), ClientHistory.id.desc())
    )
    result = []
    for changed_at, name, field, old, new in rows:
        if field.startswith("field:") and field not in titles:
            continue
        result.append(HistoryRow(changed_at, name, field, titles.get(field), old, new))
    return result


@dataclass(frozen=True)
class ClientCall(CallSummary):
    """One of the card's calls."""

    talk_seconds: int
    has_recording: bool


def _call(r: Any) -> ClientCall:
    return ClientCall(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))


@dataclass(frozen=True)
class ClientCalls:
    rows: list[ClientCall]
    made: int  # outgoing
    taken: int  # incoming, answered
    missed: int  # incoming, not answered
    more: bool  # more calls than the list holds


def client_calls(
    conn: Connection | Session, client_id: int, who: CurrentUser, limit: int = CALLS_LIMIT
) -> ClientCalls:
    """Calls with the client at call time or with any of its numbers now, newest first.

    Operators see only calls they took part in (the same rule as the journal).
    """
    numbers = list(conn.scalars(select(Phone.number).where(Phone.client_id == client_id)))
    where = [
        or_(_calls.c.client_id == client_id, _calls.c.external_number.in_(numbers))
        if numbers
        else _calls.c.client_id == client_id
    ]
    if not who.sees_all_calls:
        where.append(
            _calls.c.id.in_(
                select(CallParticipant.call_id).where(CallParticipant.employee_id == who.id)
            )
        )
    incoming = _calls.c.direction == "in"
    totals = conn.execute(
        select(
            func.sum(case((_calls.c.direction == "out", 1), else_=0)),
            func.sum(case((and_(incoming, _calls.c.answered_at.is_not(None)), 1), else_=0)),
            func.sum(case((and_(incoming, _calls.c.answered_at.is_(None)), 1), else_=0)),
        ).where(*where)
    ).one()
    recorded = (
        select(CallPart.call_id)
        .where(CallPart.call_id == _calls.c.id, CallPart.recording_ref.is_not(None))
        .exists()
    )
    rows = conn.execute(
        select(
            _calls.c.id,
            _calls.c.started_at,
            _calls.c.direction,
            _calls.c.status,
            _calls.c.external_number,
            Employee.full_name,
            _calls.c.talk_seconds,
            recorded,
        )
        .select_from(_calls)
        .outerjoin(Employee, Employee.id == _calls.c.employee_id)
        .where(*where)
        .order_by(_calls.c.started_at.desc(), _calls.c.id.desc())
        .limit(limit + 1)
    ).all()
    return ClientCalls(
        rows=[_call(r) for r in rows[:limit]],
        made=int(totals[0] or 0),
        taken=int(totals[1] or 0),
        missed=int(totals[2] or 0),
        more=len(rows) > limit,
    )
