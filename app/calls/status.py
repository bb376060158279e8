"""The call status rule (DESIGN.md §4), once as a pure function and once as SQL.

Both forms read the same stored facts. Writers store the function's result in
``calls.status`` so the journal filters by an index; the SQL form recomputes it in bulk
(after imports) and a property test proves the two agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_

from app.calls.facts import CallFacts
from app.messages import QT_TRANSLATE_NOOP, Message, message
from models import CallStatus, Direction, Disposition


def resolved_same_day(facts: CallFacts) -> bool:
    """An answered contact with the number before the end of the call's day."""
    return facts.resolved_at is not None and facts.resolved_at.date() <= facts.started_at.date()


# How an unanswered call ended, by its disposition: the same word whatever the direction.
_UNANSWERED_BY_DISPOSITION: dict[str, CallStatus] = {
    Disposition.BUSY: CallStatus.BUSY,
    Disposition.FAILED: CallStatus.FAILED,
    Disposition.CONGESTION: CallStatus.NO_CHANNELS,
    Disposition.REJECTED: CallStatus.REJECTED,
}

# The statuses an incoming call nobody answered can have: the reports' and the journal's
# "missed" is an incoming call with one of these (lost is a part of missed).
MISSED_STATUSES = frozenset(
    {
        CallStatus.NO_ANSWER,
        CallStatus.LOST,
        CallStatus.REJECTED,
        CallStatus.BUSY,
        CallStatus.NO_CHANNELS,
        CallStatus.FAILED,
    }
)
MISSED_STATUS_VALUES = frozenset(s.value for s in MISSED_STATUSES)


def call_status(facts: CallFacts) -> CallStatus:
    """The journal's status (DESIGN.md §4).

    A call still going (no end yet) is in progress, whatever else is known. Answered:
    accepted (incoming, internal) or reached (outgoing). Not answered: *lost* first — an
    incoming call from an unknown number with no answered contact that day is lost
    whatever made it end, so "lost" keeps its meaning; then how it ended: busy,
    unreachable (failed), no free channels, rejected; otherwise an outgoing call is
    cancelled when our employee gave up and unanswered when the other side never picked
    up, and any other call is "no answer".
    """
    if facts.in_progress:
        return CallStatus.IN_PROGRESS
    disposition = facts.disposition
    if disposition == Disposition.ANSWERED:
        return CallStatus.REACHED if facts.direction == Direction.OUTGOING else CallStatus.ACCEPTED
    if facts.direction == Direction.OUTGOING:
        if disposition == Disposition.CANCELLED:
            return CallStatus.CANCELLED
        return _UNANSWERED_BY_DISPOSITION.get(disposition, CallStatus.UNANSWERED)
    if (
        facts.direction == Direction.INCOMING
        and not facts.number_known
        and not resolved_same_day(facts)
    ):
        return CallStatus.LOST
    return _UNANSWERED_BY_DISPOSITION.get(disposition, CallStatus.NO_ANSWER)


def is_missed(facts: CallFacts) -> bool:
    return facts.direction == Direction.INCOMING and facts.disposition != Disposition.ANSWERED


def needs_attention(facts: CallFacts) -> bool:
    return (
        is_missed(facts)
        and not facts.in_progress
        and not resolved_same_day(facts)
        and facts.dismissed_at is None
    )


def status_sql(calls: Any) -> ColumnElement[str]:
    """The same rule as :func:`call_status` over a ``calls`` table or alias."""
    disposition = calls.c.disposition
    answered = disposition == Disposition.ANSWERED.value
    same_day = and_(
        calls.c.resolved_at.is_not(None),
        func.date(calls.c.resolved_at) <= func.date(calls.c.started_at),
    )
    outgoing = calls.c.direction == Direction.OUTGOING.value
    how_it_ended = [
        (disposition == str(d), status.value) for d, status in _UNANSWERED_BY_DISPOSITION.items()
    ]
    return case(
        (calls.c.ended_at.is_(None), CallStatus.IN_PROGRESS.value),
        (and_(outgoing, answered), CallStatus.REACHED.value),
        (answered, CallStatus.ACCEPTED.value),
        (and_(outgoing, disposition == Disposition.CANCELLED.value), CallStatus.CANCELLED.value),
        *[(and_(outgoing, when), status) for when, status in how_it_ended],
        (outgoing, CallStatus.UNANSWERED.value),
        (
            and_(
                calls.c.direction == Direction.INCOMING.value,
                calls.c.number_known.is_(False),
                or_(calls.c.resolved_at.is_(None), ~same_day),
            ),
            CallStatus.LOST.value,
        ),
        *how_it_ended,
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
        calls.c.ended_at.is_not(None),
        ~same_day,
        calls.c.dismissed_at.is_(None),
    )


def _at(moment: datetime, day: datetime) -> str:
    """A time of day, with the date when it is another day than ``day``."""
    if moment.date() == day.date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


_STATUS_WORDS = {
    CallStatus.ACCEPTED: QT_TRANSLATE_NOOP("app", "accepted"),
    CallStatus.REACHED: QT_TRANSLATE_NOOP("app", "reached"),
    CallStatus.NO_ANSWER: QT_TRANSLATE_NOOP("app", "no answer"),
    CallStatus.LOST: QT_TRANSLATE_NOOP("app", "lost"),
    CallStatus.CANCELLED: QT_TRANSLATE_NOOP("app", "cancelled"),
    CallStatus.BUSY: QT_TRANSLATE_NOOP("app", "busy"),
    CallStatus.FAILED: QT_TRANSLATE_NOOP("app", "unreachable"),
    CallStatus.UNANSWERED: QT_TRANSLATE_NOOP("app", "not answered"),
    CallStatus.REJECTED: QT_TRANSLATE_NOOP("app", "rejected"),
    CallStatus.NO_CHANNELS: QT_TRANSLATE_NOOP("app", "no free channels"),
    CallStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("app", "in progress"),
}

_OUTGOING_REASONS = {
    CallStatus.REACHED: QT_TRANSLATE_NOOP("app", "Outgoing call, the other side answered"),
    CallStatus.BUSY: QT_TRANSLATE_NOOP("app", "Outgoing call, the line was busy"),
    CallStatus.FAILED: QT_TRANSLATE_NOOP(
        "app", "Outgoing call, the number was unreachable or the network failed"
    ),
    CallStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "app", "Outgoing call, our employee hung up before the other side answered"
    ),
    CallStatus.UNANSWERED: QT_TRANSLATE_NOOP(
        "app", "Outgoing call, it rang and the other side never picked up"
    ),
    CallStatus.REJECTED: QT_TRANSLATE_NOOP("app", "Outgoing call, the other side declined it"),
    CallStatus.NO_CHANNELS: QT_TRANSLATE_NOOP(
        "app", "Outgoing call, no free channels (the PBX or the operator's network was full)"
    ),
}

# How an incoming or internal call nobody answered ended, when the facts say more than
# "it rang": the side panel says it before the reason for the status.
_UNANSWERED_CAUSES = {
    Disposition.REJECTED.value: QT_TRANSLATE_NOOP("app", "The operator rejected the call"),
    Disposition.BUSY.value: QT_TRANSLATE_NOOP("app", "The line was busy"),
    Disposition.FAILED.value: QT_TRANSLATE_NOOP(
        "app", "The phone was unreachable or the network failed"
    ),
    Disposition.CONGESTION.value: QT_TRANSLATE_NOOP(
        "app", "No free channels (SIP 503, congestion)"
    ),
}


def explain_status(
    facts: CallFacts, *, resolved_by: str | None = None, dismissed_by: str | None = None
) -> Message:
    """Why the call has its status, for the journal's tooltip and side panel (``str()``
    gives English); an unanswered incoming call says first how it ended (rejected by the
    operator, busy, unreachable, no free channels) when the facts know.

    ``resolved_by`` is the employee on the answered contact that resolved a missed call,
    ``dismissed_by`` who removed its "no answer" mark.
    """
    text = _explain(facts, resolved_by=resolved_by, dismissed_by=dismissed_by)
    cause = _UNANSWERED_CAUSES.get(facts.disposition)
    if cause is None or facts.direction == Direction.OUTGOING:
        return text
    return message(
        QT_TRANSLATE_NOOP("app", "{cause}. {explanation}"), cause=Message(cause), explanation=text
    )


def _explain(
    facts: CallFacts, *, resolved_by: str | None = None, dismissed_by: str | None = None
) -> Message:
    status = call_status(facts)
    start = facts.started_at
    word = Message(_STATUS_WORDS[status])
    if status is CallStatus.IN_PROGRESS:
        return message(QT_TRANSLATE_NOOP("app", "The call is still going → {status}"), status=word)
    if facts.direction == Direction.OUTGOING:
        reason = Message(_OUTGOING_REASONS[status])
        return message(QT_TRANSLATE_NOOP("app", "{reason} → {status}"), reason=reason, status=word)
    if status is CallStatus.ACCEPTED:
        if facts.direction == Direction.INTERNAL:
            return message(
                QT_TRANSLATE_NOOP("app", "Internal call, answered → {status}"), status=word
            )
        return message(QT_TRANSLATE_NOOP("app", "Incoming call, answered → {status}"), status=word)
    if facts.direction == Direction.INTERNAL:
        return message(
            QT_TRANSLATE_NOOP("app", "Internal call, nobody answered → {status}"), status=word
        )
    source = Message(
        QT_TRANSLATE_NOOP("app", "from a client's number")
        if facts.number_known
        else QT_TRANSLATE_NOOP("app", "from an unknown number")
    )
    text: Message
    if resolved_same_day(facts):
        assert facts.resolved_at is not None
        at = _at(facts.resolved_at, start)
        if resolved_by:
            text = message(
                QT_TRANSLATE_NOOP(
                    "app", "Missed {source}, called back at {time} by {employee} the same day"
                ),
                source=source,
                time=at,
                employee=resolved_by,
            )
        else:
            text = message(
                QT_TRANSLATE_NOOP("app", "Missed {source}, called back at {time} the same day"),
                source=source,
                time=at,
            )
    elif facts.resolved_at is not None:
        at = _at(facts.resolved_at, start)
        if resolved_by:
            text = message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Missed {source}, no answered contact until 23:59; "
                    "called back only at {time} by {employee}",
                ),
                source=source,
                time=at,
                employee=resolved_by,
            )
        else:
            text = message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Missed {source}, no answered contact until 23:59; called back only at {time}",
                ),
                source=source,
                time=at,
            )
    else:
        text = message(
            QT_TRANSLATE_NOOP("app", "Missed {source}, no answered contact until 23:59"),
            source=source,
        )
    text = message(QT_TRANSLATE_NOOP("app", "{reason} → {status}"), reason=text, status=word)
    if facts.dismissed_at is not None:
        at = _at(facts.dismissed_at, start)
        if dismissed_by:
            return message(
                QT_TRANSLATE_NOOP("app", "{explanation}; mark removed at {time} by {employee}"),
                explanation=text,
                time=at,
                employee=dismissed_by,
            )
        return message(
            QT_TRANSLATE_NOOP("app", "{explanation}; mark removed at {time}"),
            explanation=text,
            time=at,
        )
    if needs_attention(facts):
        return message(QT_TRANSLATE_NOOP("app", "{explanation}; needs attention"), explanation=text)
    return text


def closed_after(employee: str | None, missed_at: datetime, closed_at: datetime) -> Message:
    """ "closed by Ivanova after 32 min": who talked to the caller, and how long after the
    missed call (whole minutes) — the worklist's and the journal's "Callback" column."""
    return message(
        QT_TRANSLATE_NOOP("app", "closed by {employee} after {minutes} min"),
        employee=employee or "?",
        minutes=max(0, int((closed_at - missed_at).total_seconds() // 60)),
    )
