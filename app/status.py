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


def _at(moment: datetime, day: datetime) -> str:
    """A time of day, with the date when it is another day than ``day``."""
    if moment.date() == day.date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def explain_status(
    facts: CallFacts, *, resolved_by: str | None = None, dismissed_by: str | None = None
) -> str:
    """Why the call has its status, in English words for the journal's tooltip.

    ``resolved_by`` is the employee on the answered contact that resolved a missed call,
    ``dismissed_by`` who removed its "no answer" mark.
    """
    status = call_status(facts)
    start = facts.started_at
    by = f" by {resolved_by}" if resolved_by else ""
    if facts.direction == Direction.OUTGOING:
        reason = {
            CallStatus.REACHED: "Outgoing call, the other side answered",
            CallStatus.BUSY: "Outgoing call, the line was busy",
            CallStatus.FAILED: "Outgoing call, the number was unreachable or the network failed",
            CallStatus.CANCELLED: "Outgoing call, nobody answered before the call ended",
        }[status]
        return f"{reason} → {status.value.replace('_', ' ')}"
    kind = "Internal call" if facts.direction == Direction.INTERNAL else "Incoming call"
    if status is CallStatus.ACCEPTED:
        return f"{kind}, answered → accepted"
    if facts.direction == Direction.INTERNAL:
        return "Internal call, nobody answered → no answer"
    source = "from a client's number" if facts.number_known else "from an unknown number"
    if resolved_same_day(facts):
        assert facts.resolved_at is not None
        text = f"Missed {source}, called back at {_at(facts.resolved_at, start)}{by} the same day"
    elif facts.resolved_at is not None:
        text = (
            f"Missed {source}, no answered contact until 23:59; "
            f"called back only at {_at(facts.resolved_at, start)}{by}"
        )
    else:
        text = f"Missed {source}, no answered contact until 23:59"
    text += f" → {'lost' if status is CallStatus.LOST else 'no answer'}"
    if facts.dismissed_at is not None:
        who = f" by {dismissed_by}" if dismissed_by else ""
        text += f"; mark removed at {_at(facts.dismissed_at, start)}{who}"
    elif needs_attention(facts):
        text += "; needs attention"
    return text
