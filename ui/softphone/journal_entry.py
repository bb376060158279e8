"""A finished softphone call (the engine's CallRecord) as the journal writer's SoftphoneCall."""

from __future__ import annotations

from app.calls.softphone_log import SoftphoneCall, SoftphoneLeg, SoftphoneOutcome
from models import HangupBy
from softphone.state import CallRecord, CallView, Direction, EndedBy

_BUSY = {486, 600}
_NO_CHANNELS = {503}
_NO_ANSWER = {408, 480, 487}
_DECLINED = {603}
_OUR_TIMEOUT = 408  # pjsip's own, when nothing answered the INVITE at all


def outcome(record: CallRecord) -> SoftphoneOutcome:
    """How the call ended, by the final SIP status and who gave up (issue 15).

    Incoming: the operator declined it (reject, or hang-up while it rang) -> rejected; the
    caller gave up or the PBX stopped the ringing -> no answer (a colleague answering ->
    answered elsewhere). Outgoing: our CANCEL before an answer -> cancelled; 486/600 busy;
    503 no free channels; 408/480 (and a 487 we did not ask for) after it rang -> no
    answer; 603 the callee declined; anything else (404, 484, 403, no response at all, a
    transport error) -> unreachable.
    """
    if record.answered_at is not None:
        return SoftphoneOutcome.ANSWERED
    code = record.status_code
    if record.answered_elsewhere:
        return SoftphoneOutcome.ANSWERED_ELSEWHERE
    if record.direction is Direction.IN:
        if record.ended_by is EndedBy.US:
            return SoftphoneOutcome.REJECTED
        return SoftphoneOutcome.NO_ANSWER
    if record.ended_by is EndedBy.US:
        return SoftphoneOutcome.CANCELLED
    if code in _BUSY:
        return SoftphoneOutcome.BUSY
    if code in _NO_CHANNELS:
        return SoftphoneOutcome.NO_CHANNELS
    if code in _DECLINED:
        return SoftphoneOutcome.REJECTED
    if code in _NO_ANSWER and (record.rang or code != _OUR_TIMEOUT):
        return SoftphoneOutcome.NO_ANSWER
    return SoftphoneOutcome.FAILED


def softphone_call(
    record: CallRecord, number: str, employee_id: int, extension: str
) -> SoftphoneCall:
    """``number``: the remote party as the operator knows it (what was typed, not what the
    dial rules made of it). A transfer adds the target's leg after the operator's own; a
    caller a colleague transferred here joins the colleague's call."""
    hangup: HangupBy | None = None
    if record.ended_by is EndedBy.US:
        hangup = HangupBy.EMPLOYEE
    elif record.ended_by is EndedBy.THEM:
        hangup = HangupBy.CLIENT
    legs: list[SoftphoneLeg] = []
    if record.transferred_to and record.transferred_at is not None:
        handed_over = max(record.transferred_at, record.started_at)
        legs = [
            SoftphoneLeg(
                extension=extension,
                started_at=record.started_at,
                answered_at=record.answered_at,
                ended_at=handed_over,
                employee_id=employee_id,
            ),
            # The target's leg as seen from here: the target accepted the transfer, and
            # its end is not known here. The target's own CallDesk writes its real leg
            # (log_call leaves this one out when the target's softphone is online).
            SoftphoneLeg(
                extension=record.transferred_to,
                started_at=handed_over,
                answered_at=handed_over,
                ended_at=max(record.ended_at, handed_over),
                handed_over=True,
            ),
        ]
    return SoftphoneCall(
        direction=record.direction.value,
        number=number,
        started_at=record.started_at,
        ended_at=record.ended_at,
        disposition=outcome(record),
        answered_at=record.answered_at,
        hangup_by=hangup,
        legs=legs,
        transferred=record.referred_by is not None,
    )


def live_call(view: CallView, number: str) -> SoftphoneCall:
    """A call still going (ringing here, being dialled, talked) as the journal writer's
    SoftphoneCall, written "in progress"; ``number`` as in :func:`softphone_call`."""
    answered = view.answered_at is not None
    return SoftphoneCall(
        direction=view.direction.value,
        number=number,
        started_at=view.started_at,
        ended_at=None,
        disposition=SoftphoneOutcome.ANSWERED if answered else SoftphoneOutcome.NO_ANSWER,
        answered_at=view.answered_at,
        transferred=view.referred_by is not None,
    )
