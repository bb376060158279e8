"""The softphone's calls in the journal, when the softphone is the call source (DESIGN.md §5).

The softphone hands over a finished call as a plain :class:`SoftphoneCall`; when the
company setting ``call_source`` says "softphone", :func:`log_call` writes it like any other
call (app.calls.writer): number in E.164, the client and responsible manager at call time,
parts for transfers, the status by the one rule and the callback links. A call that does
not make sense (ends before it starts, a number that is not one) is refused with a clear
message and nothing is written.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, cast, overload

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app import clock
from app.calls.joining import add_legs, same_call, targets_writing_their_legs
from app.calls.writer import write_call
from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, get_setting
from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError
from app.phones import (
    DEFAULT_REGION,
    InvalidNumber,
    digits,
    is_extension,
    normalize,
    reversed_digits,
)
from app.staff.auth import CurrentUser
from models import Call, CallSource, Client, Direction, Disposition, Employee, HangupBy, Phone

# Clocks of workstations and the database differ; a call may end a little "in the future".
CLOCK_SLACK = timedelta(minutes=5)

_phones = cast(Table, Phone.__table__)
_clients = cast(Table, Client.__table__)
_employees = cast(Table, Employee.__table__)


class SoftphoneOutcome(enum.StrEnum):
    """How the softphone saw the call end."""

    ANSWERED = "answered"
    NO_ANSWER = "no_answer"  # it rang and nobody picked up (SIP 408/480), or the caller gave up
    BUSY = "busy"  # SIP 486/600
    FAILED = "failed"  # unreachable or a network error: 404, 484, no response, transport error
    NO_CHANNELS = "no_channels"  # SIP 503: no free channels
    REJECTED = "rejected"  # declined: our operator turned the incoming call down (603/403)
    CANCELLED = "cancelled"  # the calling side gave up while it rang (ours: outgoing)
    # A colleague answered: the PBX cancelled this phone's ring (a ring group, a queue).
    ANSWERED_ELSEWHERE = "answered_elsewhere"


# The journal's dispositions: only our employee giving up on an outgoing call is
# "cancelled"; a caller who gives up on an incoming one left a call nobody answered.
DISPOSITION = {
    SoftphoneOutcome.ANSWERED: Disposition.ANSWERED,
    SoftphoneOutcome.NO_ANSWER: Disposition.NO_ANSWER,
    SoftphoneOutcome.BUSY: Disposition.BUSY,
    SoftphoneOutcome.FAILED: Disposition.FAILED,
    SoftphoneOutcome.NO_CHANNELS: Disposition.CONGESTION,
    SoftphoneOutcome.REJECTED: Disposition.REJECTED,
    SoftphoneOutcome.CANCELLED: Disposition.CANCELLED,
    SoftphoneOutcome.ANSWERED_ELSEWHERE: Disposition.NO_ANSWER,
}


def disposition_of(outcome: SoftphoneOutcome, direction: str) -> Disposition:
    """The stored disposition of a softphone call that ended so."""
    if outcome is SoftphoneOutcome.CANCELLED and direction != Direction.OUTGOING:
        return Disposition.NO_ANSWER  # the caller gave up: a call nobody answered
    return DISPOSITION[outcome]


class SoftphoneLogError(UserFacingError, ValueError):
    """The call cannot be written to the journal; the message says why."""


@dataclass
class SoftphoneLeg:
    """One part of the call: the operator's own leg, then each transfer target.

    ``employee_id`` None: looked up by the extension.
    """

    extension: str
    started_at: datetime
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    employee_id: int | None = None
    # The transfer target's leg as the transferring operator saw it (from the hand-over to
    # their own end). Left out when the target's own CallDesk writes the leg with its real
    # times: a colleague whose softphone is online, or whose leg is in the call already.
    handed_over: bool = False


@dataclass
class SoftphoneCall:
    """A finished call as the softphone saw it.

    ``direction`` "in", "out" or "internal" (a number that is an extension makes the call
    internal; an internal call is logged by the softphone that placed it, so one received
    from an extension is not logged); ``number`` the remote party as dialled or received;
    ``hangup_by`` "employee", "client" or None; ``disposition`` a :class:`SoftphoneOutcome` value.
    ``legs`` empty: one part for the logged-in operator. With legs, every leg after the
    first is a transfer. ``ended_at`` None: a call still going (written "in progress" when
    it rings, is dialled and is answered, so the journal shows it live and colleagues'
    legs join it).
    """

    direction: Direction | str
    number: str
    started_at: datetime
    ended_at: datetime | None
    disposition: SoftphoneOutcome | str
    answered_at: datetime | None = None
    hangup_by: HangupBy | str | None = None
    legs: list[SoftphoneLeg] = field(default_factory=list)
    # A colleague handed this caller over to us (Referred-By, an attended transfer's
    # Replaces): our leg joins the colleague's call, whichever direction it had.
    transferred: bool = False


def softphone_is_call_source(session: Session) -> bool:
    return bool(get_setting(session, CALL_SOURCE) == CALL_SOURCE_SOFTPHONE)


def _refuse(text: str, **params: object) -> SoftphoneLogError:
    return SoftphoneLogError(text, **params)


def _choice(enum_type: type[enum.StrEnum], value: str, what: str) -> Any:
    try:
        return enum_type(value)
    except ValueError:
        raise _refuse(
            QT_TRANSLATE_NOOP("app", "{value} is not a valid {what} of a call."),
            value=repr(value),
            what=Message(what),
        ) from None


def _check_times(
    started: datetime, answered: datetime | None, ended: datetime | None, now: datetime | None
) -> None:
    if ended is not None and ended < started:
        raise _refuse(
            QT_TRANSLATE_NOOP("app", "The call ends ({end}) before it starts ({start})."),
            end=f"{ended:%d.%m.%Y %H:%M:%S}",
            start=f"{started:%d.%m.%Y %H:%M:%S}",
        )
    if answered is not None and (answered < started or (ended is not None and answered > ended)):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "app", "The call was answered ({time}) outside its own start and end."
            ),
            time=f"{answered:%d.%m.%Y %H:%M:%S}",
        )
    if now is not None and started > now + CLOCK_SLACK:
        raise _refuse(
            QT_TRANSLATE_NOOP("app", "The call starts in the future ({start})."),
            start=f"{started:%d.%m.%Y %H:%M:%S}",
        )


def _number(call: SoftphoneCall, direction: Direction, region: str) -> tuple[str, Direction]:
    text = call.number.strip()
    if is_extension(text):
        return digits(text), Direction.INTERNAL
    if direction == Direction.INTERNAL:
        raise _refuse(
            QT_TRANSLATE_NOOP("app", "{number} is not an internal extension."), number=repr(text)
        )
    try:
        return normalize(text, region), direction
    except InvalidNumber as e:
        raise SoftphoneLogError(e.message) from e


@overload
def _whole(moment: datetime) -> datetime: ...
@overload
def _whole(moment: None) -> None: ...
@overload
def _whole(moment: datetime | None) -> datetime | None: ...
def _whole(moment: datetime | None) -> datetime | None:
    """Whole seconds, as every writer stores them (MariaDB's DATETIME has no fraction)."""
    return moment.replace(microsecond=0) if moment is not None else None


def _seconds(start: datetime, end: datetime | None) -> int:
    return max(0, int((end - start).total_seconds())) if end is not None else 0


def _parts(
    session: Session,
    call: SoftphoneCall,
    disposition: Disposition,
    who: CurrentUser,
    internal_to: str | None,
) -> list[dict[str, Any]]:
    legs = call.legs
    if not legs:
        # Exact times here: a rounded answer could fall before an unrounded start; every
        # time is rounded once, where the rows are built.
        answered = call.answered_at if disposition == Disposition.ANSWERED else None
        legs = [SoftphoneLeg(who.extension or "", call.started_at, answered, call.ended_at, who.id)]
        if internal_to is not None:
            # The colleague called is a participant too: the call is in their "my calls".
            legs.append(SoftphoneLeg(internal_to, call.started_at, answered, call.ended_at))
    wanted = {digits(leg.extension) for leg in legs if leg.employee_id is None}
    by_extension: dict[str, int] = {}
    if wanted:
        by_extension = {
            ext: emp_id
            for emp_id, ext in session.execute(
                select(_employees.c.id, _employees.c.extension).where(
                    _employees.c.extension.in_(sorted(wanted))
                )
            )
        }
    # A single leg keeps the call's own outcome (busy, failed); a leg of several rang or not.
    unanswered = disposition if len(legs) == 1 else Disposition.NO_ANSWER
    rows = []
    for leg in legs:
        _check_times(leg.started_at, leg.answered_at, leg.ended_at, None)
        extension = digits(leg.extension)
        answered = _whole(leg.answered_at)
        ended = _whole(leg.ended_at or call.ended_at)
        rows.append(
            {
                "employee_id": leg.employee_id or by_extension.get(extension),
                "extension": extension,
                "started_at": _whole(leg.started_at),
                "answered_at": answered,
                "ended_at": ended,
                "disposition": (Disposition.ANSWERED if answered else unanswered).value,
                "talk_seconds": _seconds(answered, ended) if answered else 0,
                "recording_ref": None,
            }
        )
    return rows


def log_call(
    session: Session,
    call: SoftphoneCall,
    who: CurrentUser,
    now: datetime | None = None,
    region: str = DEFAULT_REGION,
    *,
    opened: int | None = None,
) -> int | None:
    """Write the softphone's finished call to the journal; returns its id.

    None when the softphone is not the call source (the PBX collector writes the calls).
    ``opened``: the call :func:`open_call` wrote when this one was answered, finished now.
    An incoming call a colleague's softphone already wrote for the same caller at the same
    time (a ring group) gets this leg as a part instead of a second call (app.calls.joining).
    In the caller's transaction; raises :class:`SoftphoneLogError` for a call that does
    not make sense, before anything is written.
    """
    if not softphone_is_call_source(session):
        return None
    if opened is not None and session.get(Call, opened) is None:
        opened = None
    call = _without_legs_written_by_targets(session, call, opened, now or clock.now())
    prepared = _prepare(session, call, who, now, region)
    if prepared is None:
        return None
    row, parts = prepared
    if opened is not None:
        return add_legs(session, opened, parts, row["hangup_by"], replace_open_of=who.id)
    if row["direction"] == Direction.INCOMING.value:
        joined = same_call(
            session,
            row["external_number"],
            row["started_at"],
            row["ended_at"],
            who.id,
            transferred=call.transferred,
        )
        if joined is not None:
            return add_legs(session, joined.id, parts, row["hangup_by"])
    return write_call(session, row, parts)


def _without_legs_written_by_targets(
    session: Session, call: SoftphoneCall, opened: int | None, now: datetime
) -> SoftphoneCall:
    """``call`` without the transfer targets' legs their own CallDesk writes (with their
    real talk time, not the transferring operator's guess): app.calls.joining."""
    handed = sorted({digits(leg.extension) for leg in call.legs if leg.handed_over})
    if not handed:
        return call
    writing = targets_writing_their_legs(session, handed, opened, now)
    legs = [leg for leg in call.legs if not (leg.handed_over and digits(leg.extension) in writing)]
    return call if len(legs) == len(call.legs) else replace(call, legs=legs)


def open_call(
    session: Session,
    call: SoftphoneCall,
    who: CurrentUser,
    now: datetime | None = None,
    region: str = DEFAULT_REGION,
    *,
    opened: int | None = None,
) -> int | None:
    """Write a call still going (no end): ringing here, being dialled, answered. The
    journal shows it "in progress" live, and a colleague whose phone rang for the same
    caller (or who takes the caller over in a transfer) finds it. ``opened``: the call as
    written at an earlier step of the same call (it rang, now it is answered): this
    employee's open leg is replaced. :func:`log_call` with ``opened`` finishes it. None
    when the softphone is not the call source or the call is an internal one."""
    if call.ended_at is not None:
        raise _refuse(QT_TRANSLATE_NOOP("app", "Only a call still going is opened."))
    if not softphone_is_call_source(session):
        return None
    prepared = _prepare(session, call, who, now, region)
    if prepared is None:
        return None
    row, parts = prepared
    if opened is not None and session.get(Call, opened) is not None:
        return add_legs(session, opened, parts, None, replace_open_of=who.id)
    if row["direction"] == Direction.INTERNAL.value:
        return None  # a word between colleagues: written once it ends
    if row["direction"] == Direction.INCOMING.value:
        joined = same_call(
            session,
            row["external_number"],
            row["started_at"],
            None,
            who.id,
            transferred=call.transferred,
        )
        if joined is not None:
            return add_legs(session, joined.id, parts, None)
    return write_call(session, row, parts)


def _prepare(
    session: Session,
    call: SoftphoneCall,
    who: CurrentUser,
    now: datetime | None,
    region: str,
) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The ``calls`` row and its parts for ``call``; None for a call this softphone does
    not log (one received from a colleague's extension)."""
    direction = _choice(Direction, call.direction, QT_TRANSLATE_NOOP("app", "direction"))
    outcome = _choice(SoftphoneOutcome, call.disposition, QT_TRANSLATE_NOOP("app", "outcome"))
    hangup = (
        None
        if call.hangup_by is None
        else _choice(HangupBy, call.hangup_by, QT_TRANSLATE_NOOP("app", "hang-up side"))
    )
    disposition = disposition_of(outcome, direction)
    answered_at = call.answered_at
    if disposition == Disposition.ANSWERED and answered_at is None:
        raise _refuse(QT_TRANSLATE_NOOP("app", "An answered call needs the time it was answered."))
    if disposition != Disposition.ANSWERED:
        answered_at = None
    _check_times(call.started_at, answered_at, call.ended_at, now or clock.now())
    if direction == Direction.INCOMING and is_extension(call.number):
        return None  # the colleague's softphone that placed the call logs it
    number, direction = _number(call, direction, region)
    internal_to = number if direction == Direction.INTERNAL and not call.legs else None
    parts = _parts(session, call, disposition, who, internal_to)

    owner = None
    if direction != Direction.INTERNAL:
        owner = session.execute(
            select(_phones.c.client_id, _phones.c.contact_id, _clients.c.responsible_id)
            .join(_clients, _clients.c.id == _phones.c.client_id)
            .where(_phones.c.number == number)
        ).first()
    started = _whole(call.started_at)
    ended = _whole(call.ended_at)
    answered = _whole(answered_at)
    row = {
        "started_at": started,
        "answered_at": answered,
        "ended_at": ended,
        "direction": direction.value,
        "disposition": disposition.value,
        "external_number": number,
        "number_reversed": reversed_digits(number),
        "client_id": owner.client_id if owner else None,
        "contact_id": owner.contact_id if owner else None,
        "number_known": owner is not None,
        "employee_id": who.id,
        "responsible_id": owner.responsible_id if owner else None,
        "wait_seconds": _seconds(started, answered or ended),
        "talk_seconds": _seconds(answered, ended) if answered else 0,
        "hangup_by": hangup.value if hangup else None,
        "transfer_count": max(0, len(call.legs) - 1),
        "cost": None,
        "source": CallSource.SOFTPHONE.value,
        "pbx_id": None,
    }
    return row, parts
