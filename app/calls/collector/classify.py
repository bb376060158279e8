"""One logical call from its legs: direction, outcome, wait and talk, transfers, parts.

* Direction: a call whose first channel is a trunk is incoming; one placed from an
  employee's phone is outgoing when a leg reaches a trunk (or the dialled number is not an
  extension), internal otherwise.
* Answered means a leg was *bridged* to a person (``dstchannel`` set and answered): the
  IVR or voicemail answering alone (no peer) does not make a call accepted.
* wait = first answer - call start; talk = the time the customer's channel was bridged to
  someone (overlapping legs counted once, so a transfer caps each part); transfers = the
  customer's answered legs after the first.
* Ring group and queue members who did not answer are parts with "no answer" (they were
  *rung*), never calls of their own.
* How a call nobody answered ended (issue 15): outgoing, the last leg's disposition — BUSY,
  FAILED (unreachable), CONGESTION (no free channels), CANCEL (our employee gave up, Asterisk
  20+), NO ANSWER; incoming, busy / no free channels / unreachable when every leg to a
  person ended so, else "no answer" (a caller giving up is never "cancelled"). CEL refines
  both (app.calls.collector.cel).

The status itself comes from app.calls.status when the call is written (app.calls.collector.store).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.calls.collector.grouping import Channels, endpoint, is_plumbing
from app.calls.collector.legs import Leg
from app.phones import is_extension
from models import Direction, Disposition

_DISPOSITIONS = {
    "ANSWERED": Disposition.ANSWERED,
    "BUSY": Disposition.BUSY,
    "FAILED": Disposition.FAILED,
    "CONGESTION": Disposition.CONGESTION,
    # Asterisk 20+ with canceldispositionenabled: the calling channel hung up while it rang.
    "CANCEL": Disposition.CANCELLED,
}
# How an incoming call nobody answered ended when every leg to a person ended so: the
# operator's line was busy, no channel was free, the phone was unreachable.
_INCOMING_ENDINGS = {Disposition.BUSY, Disposition.CONGESTION, Disposition.FAILED}


def leg_disposition(leg: Leg) -> Disposition:
    if leg.disposition == "ANSWERED":
        return Disposition.ANSWERED if leg.dstchannel else Disposition.NO_ANSWER
    return _DISPOSITIONS.get(leg.disposition, Disposition.NO_ANSWER)


@dataclass
class PartRecord:
    extension: str
    started: datetime
    answered: datetime | None
    ended: datetime
    disposition: Disposition
    talk_seconds: int
    recordingfile: str = ""


@dataclass
class CallRecord:
    """A call as the PBX saw it, before linking to employees and clients."""

    linkedid: str
    direction: Direction
    disposition: Disposition
    started: datetime
    answered: datetime | None
    ended: datetime
    number: str
    extension: str | None
    wait_seconds: int
    talk_seconds: int
    transfer_count: int
    parts: list[PartRecord] = field(default_factory=list)


def _seconds(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds()))


def _union_seconds(spans: list[tuple[datetime, datetime]]) -> int:
    total = timedelta()
    current: tuple[datetime, datetime] | None = None
    for start, end in sorted(spans):
        if current is None or start > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        total += current[1] - current[0]
    return int(total.total_seconds())


def _direction(first: Leg, legs: list[Leg], channels: Channels) -> Direction:
    if channels.extension(first.channel) is None:
        return Direction.INCOMING
    if any(leg.dstchannel and channels.extension(leg.dstchannel) is None for leg in legs):
        return Direction.OUTGOING
    return Direction.INTERNAL if is_extension(first.dst) else Direction.OUTGOING


def _parts(legs: list[Leg], channels: Channels, direction: Direction) -> list[PartRecord]:
    parts = []
    recordings: set[str] = set()
    for leg in legs:
        if not leg.dstchannel:
            continue
        # The employee's side of the leg: the callee, or the caller when the callee is a trunk.
        side = leg.dstchannel if channels.extension(leg.dstchannel) else leg.channel
        recording = leg.recordingfile if leg.recordingfile not in recordings else ""
        recordings.add(leg.recordingfile)
        answered = leg.answered
        parts.append(
            PartRecord(
                extension=channels.extension(side) or endpoint(side),
                started=leg.calldate,
                answered=answered,
                ended=leg.ended,
                disposition=leg_disposition(leg),
                talk_seconds=leg.billsec if answered else 0,
                recordingfile=recording,
            )
        )
    if not parts and direction != Direction.INCOMING:
        # A call that never reached anyone (failed, busy trunk): the caller's own part.
        first = legs[0]
        parts.append(
            PartRecord(
                extension=channels.extension(first.channel) or endpoint(first.channel),
                started=first.calldate,
                answered=None,
                ended=first.ended,
                disposition=leg_disposition(first),
                talk_seconds=0,
                recordingfile=first.recordingfile,
            )
        )
    return parts


def classify(linkedid: str, all_legs: list[Leg], channels: Channels) -> CallRecord:
    """The call of one linkedid; ``all_legs`` in call order (grouping.sort_legs)."""
    legs = [leg for leg in all_legs if not is_plumbing(leg)] or all_legs
    first = legs[0]
    direction = _direction(first, legs, channels)
    started = min(leg.calldate for leg in legs)
    ended = max(leg.ended for leg in legs)

    trunk_legs = [
        leg for leg in legs if leg.dstchannel and channels.extension(leg.dstchannel) is None
    ]
    if direction == Direction.OUTGOING:
        customer = trunk_legs[0].dstchannel if trunk_legs else ""
        number = trunk_legs[0].dst if trunk_legs else first.dst
    else:
        customer = first.channel
        number = first.src if direction == Direction.INCOMING else first.dst
    customer_legs = [
        leg for leg in legs if leg.dstchannel and customer in (leg.channel, leg.dstchannel)
    ]
    answered_legs = [leg for leg in customer_legs if leg.answered is not None]

    if answered_legs:
        disposition = Disposition.ANSWERED
    elif direction == Direction.INCOMING:
        endings = {
            leg_disposition(leg) for leg in legs if customer in (leg.channel, leg.dstchannel)
        }
        only = endings.pop() if len(endings) == 1 else Disposition.NO_ANSWER
        disposition = only if only in _INCOMING_ENDINGS else Disposition.NO_ANSWER
    else:
        deciding = trunk_legs or customer_legs or legs
        disposition = leg_disposition(deciding[-1])
    answered = min((leg.answered for leg in answered_legs if leg.answered), default=None)
    talk = _union_seconds([(leg.answered, leg.ended) for leg in answered_legs if leg.answered])

    parts = _parts(legs, channels, direction)
    if direction == Direction.INCOMING:
        answering = [channels.extension(leg.dstchannel) for leg in answered_legs if leg.dstchannel]
        rung = {p.extension for p in parts if channels.extension_known(p.extension)}
        main = next((e for e in answering if e), None)
        if main is None and len(rung) == 1:
            main = rung.pop()
    else:
        main = channels.extension(first.channel)
    return CallRecord(
        linkedid=linkedid,
        direction=direction,
        disposition=disposition,
        started=started,
        answered=answered,
        ended=ended,
        number=number,
        extension=main,
        wait_seconds=_seconds(started, answered or ended),
        talk_seconds=talk,
        transfer_count=max(0, len(answered_legs) - 1),
        parts=parts,
    )
