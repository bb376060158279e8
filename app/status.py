"""The call status rule (DESIGN.md §4), once as a pure function and once as SQL.

Both forms read the same stored facts. Writers store the function's result in
``calls.status`` so the journal filters by an index; the SQL form recomputes it in bulk
(after imports) and a property test proves the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_

from models import CallStatus, Direction, Disposition


@dataclass(frozen=True)
class CallFacts:
    direction: str
    disposition: str
    number_known: bool
    started_at: datetime
    resolved_at: datetime | None = None
    dismissed_at: datetime | None = None


def resolved_same_day(facts: CallFacts) -> bool:
    """An answered contact with the number before the end of the call's day."""
    return facts.resolved_at is not None and facts.resolved_at.date() <= facts.started_at.date()


def call_status(facts: CallFacts) -> CallStatus:
    answered = facts.disposition == Disposition.ANSWERED
    if facts.direction == Direction.OUTGOING:
        if answered:
            return CallStatus.REACHED
        if facts.disposition == Disposition.BUSY:
            return CallStatus.BUSY
        if facts.disposition == Disposition.FAILED:
            return CallStatus.FAILED
        return CallStatus.CANCELLED
    if answered:
        return CallStatus.ACCEPTED
    if (
        facts.direction == Direction.INCOMING
        and not facts.number_known
        and not resolved_same_day(facts)
    ):
        return CallStatus.LOST
    return CallStatus.NO_ANSWER


def is_missed(facts: CallFacts) -> bool:
    return facts.direction == Direction.INCOMING and facts.disposition != Disposition.ANSWERED


def needs_attention(facts: CallFacts) -> bool:
    return is_missed(facts) and not resolved_same_day(facts) and facts.dismissed_at is None


def status_sql(calls: Any) -> ColumnElement[str]:
    """The same rule as :func:`call_status` over a ``calls`` table or alias."""
    answered = calls.c.disposition == Disposition.ANSWERED.value
    same_day = and_(
        calls.c.resolved_at.is_not(None),
        func.date(calls.c.resolved_at) <= func.date(calls.c.started_at),
    )
    outgoing = calls.c.direction == Direction.OUTGOING.value
    return case(
        (and_(outgoing, answered), CallStatus.REACHED.value),
        (and_(outgoing, calls.c.disposition == Disposition.BUSY.value), CallStatus.BUSY.value),
        (and_(outgoing, calls.c.disposition == Disposition.FAILED.value), CallStatus.FAILED.value),
        (outgoing, CallStatus.CANCELLED.value),
        (answered, CallStatus.ACCEPTED.value),
        (
            and_(
                calls.c.direction == Direction.INCOMING.value,
                calls.c.number_known.is_(False),
                or_(calls.c.resolved_at.is_(None), ~same_day),
            ),
            CallStatus.LOST.value,
        ),
        else_=CallStatus.NO_ANSWER.value,
    )


def needs_attention_sql(calls: Any) -> ColumnElement[bool]:
    same_day = and_(
        calls.c.resolved_at.is_not(None),
        func.date(calls.c.resolved_at) <= func.date(calls.c.started_at),
    )
    return and_(
        calls.c.direction == Direction.INCOMING.value,
        calls.c.disposition != Disposition.ANSWERED.value,
        ~same_day,
        calls.c.dismissed_at.is_(None),
    )
