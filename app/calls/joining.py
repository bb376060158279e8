"""One logical call per caller when several softphones rang for it (ring group, queue) or
took it in turn (a transfer: the target's leg joins the colleague's call).

Each operator's CallDesk writes only its own leg. The first leg written for a caller makes
the call; a colleague's leg for the same caller at the same time joins it as a part (the
answered one as the call's answer, the others as *rung*), in whichever order they arrive,
so the journal converges on one call whatever the order of the writes. A leg written while
it is still going (ringing, dialled, answered: "in progress") has no end; the call ends
when the last of its legs does. The call's facts are recomputed from its parts after every
change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.calls.facts import CallFacts
from app.calls.status import call_status
from app.calls.writer import resolve_missed
from app.reports.summary import refresh_calls, refresh_hours
from app.staff.presence import STALE as PRESENCE_STALE
from models import (
    Call,
    CallPart,
    CallParticipant,
    CallSource,
    CallStatus,
    Direction,
    Disposition,
    Employee,
    OperatorPresence,
    PresenceState,
)

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallPart.__table__)
_participants = cast(Table, CallParticipant.__table__)
_presence = cast(Table, OperatorPresence.__table__)
_employees = cast(Table, Employee.__table__)

# A queue rings its members one after another for minutes; a ring group all at once.
JOIN_WINDOW = timedelta(minutes=15)
# A caller transferred to a colleague may have talked to the first operator for long.
TRANSFER_WINDOW = timedelta(hours=8)
# An open leg whose softphone wrote no heartbeat for this long was left by a crash.
ABANDONED_AFTER = timedelta(minutes=2)
# Two workstations' clocks and the PBX's timing differ a little.
SAME_TIME_SLACK = timedelta(seconds=5)


def same_call(
    session: Session,
    number: str,
    started: datetime,
    ended: datetime | None,
    employee_id: int | None,
    *,
    transferred: bool = False,
) -> Any:
    """The incoming softphone call a colleague's CallDesk wrote for the same caller at the
    same time (its legs overlap ours), locked for the update; None when there is none.

    ``transferred``: a colleague handed this caller over to us (Referred-By, Replaces):
    their call may be an outgoing one and may have started hours ago.
    Read through ``ix_calls_number_period``; the lock (a gap lock on MariaDB) makes two
    colleagues writing at once meet in a deadlock that one of them retries, not in two calls.
    """
    last = (ended or started) + SAME_TIME_SLACK
    directions = [Direction.INCOMING.value]
    if transferred:
        directions.append(Direction.OUTGOING.value)
    rows = session.execute(
        select(_calls.c.id, _calls.c.started_at, _calls.c.ended_at)
        .where(
            _calls.c.external_number == number,
            _calls.c.started_at >= started - (TRANSFER_WINDOW if transferred else JOIN_WINDOW),
            _calls.c.started_at <= last,
            _calls.c.direction.in_(directions),
            _calls.c.source == CallSource.SOFTPHONE.value,
        )
        .order_by(_calls.c.started_at.desc(), _calls.c.id.desc())
        .with_for_update()
    ).all()
    for row in rows:
        if row.ended_at is not None and row.ended_at < started - SAME_TIME_SLACK:
            continue  # an earlier call of the same caller, over before this one rang
        if employee_id is not None and session.scalar(
            select(exists().where(_parts.c.call_id == row.id, _parts.c.employee_id == employee_id))
        ):
            continue  # our own: the caller called us again (call waiting), another call
        return row
    return None


def targets_writing_their_legs(
    session: Session, extensions: Sequence[str], opened: int | None, now: datetime
) -> set[str]:
    """Which of the transfer targets' ``extensions`` write their own leg of the call: an
    employee whose softphone is online now (a fresh presence heartbeat: their CallDesk
    joins its leg to the call when it rings there) or whose leg is in the call ``opened``
    already. The transferring CallDesk writes the others' legs as it saw them (a desk
    phone's, an outside number's), so the transfer is still counted."""
    employees: dict[int, str] = {
        emp_id: ext
        for emp_id, ext in session.execute(
            select(_employees.c.id, _employees.c.extension).where(
                _employees.c.extension.in_(sorted(extensions))
            )
        )
    }
    if not employees:
        return set()
    writing = set(
        session.scalars(
            select(_presence.c.employee_id).where(
                _presence.c.employee_id.in_(sorted(employees)),
                _presence.c.seen_at >= now - PRESENCE_STALE,
                _presence.c.state != PresenceState.OFFLINE.value,
            )
        )
    )
    if opened is not None:
        writing |= set(
            session.scalars(
                select(_parts.c.employee_id).where(
                    _parts.c.call_id == opened, _parts.c.employee_id.in_(sorted(employees))
                )
            )
        )
    return {employees[e] for e in writing if employees.get(e)}


def _next_seq(session: Session, call_id: int) -> int:
    last = session.scalar(
        select(func.max(_parts.c.seq)).where(_parts.c.call_id == call_id).with_for_update()
    )
    return int(last or 0) + 1


def add_legs(
    session: Session,
    call_id: int,
    parts: Iterable[Mapping[str, Any]],
    hangup_by: str | None,
    *,
    replace_open_of: int | None = None,
) -> int:
    """Add ``parts`` (``call_parts`` rows without call and seq) to the call ``call_id`` and
    settle the call's facts from all its parts. ``replace_open_of``: an employee whose
    still-open part (written when the call was answered) the new parts replace.

    ``hangup_by`` is the new legs' side; it becomes the call's when they hold its answer
    or nobody answered. In the caller's transaction; returns ``call_id``.
    """
    # The call's row locked first: two workstations adding legs to one call at once (a
    # transfer target answering while the colleague's leg ends) take turns, and every read
    # below is a locking one, so each sees the other's legs (MariaDB's repeatable read
    # would otherwise settle the call from a snapshot without them).
    before = session.execute(
        select(_calls.c.started_at).where(_calls.c.id == call_id).with_for_update()
    ).scalar_one()
    rows = [dict(p) for p in parts]
    if replace_open_of is not None:
        # The employee's leg as written while it went on: still open, or ended meanwhile
        # by another softphone that took this one for dead (same start: the same leg).
        starts = sorted({r["started_at"] for r in rows if r.get("employee_id") == replace_open_of})
        session.execute(
            delete(_parts).where(
                _parts.c.call_id == call_id,
                _parts.c.employee_id == replace_open_of,
                or_(_parts.c.ended_at.is_(None), _parts.c.started_at.in_(starts)),
            )
        )
    seq = _next_seq(session, call_id)
    rows = [{**p, "call_id": call_id, "seq": seq + i} for i, p in enumerate(rows)]
    if rows:
        session.execute(insert(_parts), rows)
    holds_answer = any(r.get("answered_at") is not None for r in rows)
    _settle(session, call_id, hangup_by, holds_answer)
    started = session.execute(
        select(_calls.c.started_at).where(_calls.c.id == call_id).with_for_update()
    ).scalar_one()
    _participate(session, call_id, started, [r.get("employee_id") for r in rows])
    refresh_hours(session, [before])  # the hour the call was counted in, if it moved
    return call_id


def _participate(
    session: Session, call_id: int, started: datetime, employees: Iterable[int | None]
) -> None:
    """Everyone in the call once in ``call_participants``, keyed by the call's start."""
    session.execute(
        update(_participants)
        .where(_participants.c.call_id == call_id, _participants.c.started_at != started)
        .values(started_at=started)
    )
    have = set(
        session.scalars(
            select(_participants.c.employee_id)
            .where(_participants.c.call_id == call_id)
            .with_for_update()
        )
    )
    new = sorted({e for e in employees if e} - have)
    if new:
        session.execute(
            insert(_participants),
            [{"employee_id": e, "started_at": started, "call_id": call_id} for e in new],
        )


def _seconds(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds()))


def _settle(session: Session, call_id: int, hangup_by: str | None, holds_answer: bool) -> None:
    """The call's times, answer, main employee, status from its parts (one rule);
    ``hangup_by`` is the call's when the legs just added hold its answer or nobody answered."""
    call = session.execute(select(_calls).where(_calls.c.id == call_id).with_for_update()).one()
    parts = session.execute(
        select(_parts).where(_parts.c.call_id == call_id).order_by(_parts.c.seq).with_for_update()
    ).all()
    _in_time_order(session, call_id, parts)
    started = min([call.started_at, *(p.started_at for p in parts)])
    answered_parts = [p for p in parts if p.answered_at is not None]
    # An answered call ends with its answered legs (a rung leg's end, read off another
    # workstation's clock, must not stretch the talk); an unanswered one with its last leg.
    # Any leg still open (a colleague's phone ringing for a transferred caller) keeps the
    # call in progress.
    counted = answered_parts or parts
    open_legs = any(p.ended_at is None for p in parts)
    ended = None if open_legs or not counted else max(p.ended_at for p in counted)
    first = min(answered_parts, key=lambda p: (p.answered_at, p.seq), default=None)
    answered = first.answered_at if first is not None else None
    disposition = Disposition.ANSWERED.value if first is not None else call.disposition
    if first is None and len(parts) > 1:
        disposition = Disposition.NO_ANSWER.value  # several rang, nobody answered
    elif first is None and parts and parts[0].ended_at is not None:
        disposition = parts[0].disposition  # one leg: how it ended (busy, cancelled…)
    values: dict[str, Any] = {
        "started_at": started,
        "ended_at": ended,
        "answered_at": answered,
        "disposition": disposition,
        "wait_seconds": _seconds(started, answered or ended or started),
        "talk_seconds": _seconds(answered, ended) if answered and ended else 0,
        "employee_id": first.employee_id if first is not None else call.employee_id,
        "transfer_count": max(0, len(answered_parts) - 1),
    }
    newly_answered = answered is not None and call.answered_at is None
    if hangup_by is not None and (holds_answer or answered is None):
        values["hangup_by"] = hangup_by
    facts = CallFacts.from_row({**call._mapping, **values})
    values["status"] = call_status(facts).value
    session.execute(update(_calls).where(_calls.c.id == call_id).values(**values))
    touched = [call_id]
    if newly_answered and answered is not None and call.direction != Direction.INTERNAL:
        touched += resolve_missed(session, call.external_number, call_id, answered)
    refresh_calls(session, touched)


def _in_time_order(session: Session, call_id: int, parts: Sequence[Any]) -> None:
    """Number the parts by when they started: the legs arrive in whatever order the
    workstations write them (a leg rewritten when answered or finished goes last), but the
    call's parts read in time order (the journal's details, the player's timeline)."""
    ordered = sorted(parts, key=lambda p: (p.started_at, p.answered_at is None, p.seq))
    if [p.id for p in ordered] == [p.id for p in parts]:
        return
    top = max(p.seq for p in parts)
    for p in parts:  # out of the way first: (call_id, seq) is unique
        session.execute(update(_parts).where(_parts.c.id == p.id).values(seq=p.seq + top))
    for seq, p in enumerate(ordered, start=1):
        session.execute(update(_parts).where(_parts.c.id == p.id).values(seq=seq))


def answered_by_colleague(
    session: Session | Connection, call_id: int, employee_id: int | None
) -> bool:
    """Whether the call was answered by someone else than ``employee_id`` (the leg of that
    employee rang "answered elsewhere", not missed by the caller)."""
    row = session.execute(
        select(_calls.c.disposition, _calls.c.employee_id).where(_calls.c.id == call_id)
    ).first()
    if row is None or row.disposition != Disposition.ANSWERED.value:
        return False
    return bool(
        session.scalar(
            select(
                exists().where(
                    _parts.c.call_id == call_id,
                    _parts.c.answered_at.is_not(None),
                    _parts.c.employee_id != employee_id
                    if employee_id is not None
                    else _parts.c.employee_id.is_not(None),
                )
            )
        )
    )


def close_abandoned(session: Session, employee_id: int) -> list[int]:
    """End the legs ``employee_id``'s softphone left open (written when it rang, was dialled
    or answered, never finished: the workstation crashed or lost power mid-call). Their end
    is unknown: the leg ends at its answer (or its start), with no talk time counted,
    rather than "in progress" forever. Run when that employee's softphone starts; returns
    the calls touched."""
    return _close_open_parts(session, _parts.c.employee_id == employee_id)


def close_stale(session: Session, now: datetime, *, alive: int | None = None) -> list[int]:
    """End the open legs of employees whose softphone went silent: no presence heartbeat
    for :data:`ABANDONED_AFTER` (crashed, switched off, cut off) and the leg older than
    that. Any running CallDesk softphone runs this now and then, so a call left "in
    progress" ends even when its operator does not come back. ``alive``: the employee
    whose softphone runs this (its own calls go on, whatever its heartbeat says).
    Returns the calls touched."""
    limit = now - ABANDONED_AFTER
    # Read first, without a lock: the heartbeats keep updating these rows.
    living = set(
        session.scalars(select(_presence.c.employee_id).where(_presence.c.seen_at >= limit))
    )
    if alive is not None:
        living.add(alive)
    silent: ColumnElement[bool] = _parts.c.employee_id.is_(None)
    if living:
        silent = or_(silent, _parts.c.employee_id.not_in(sorted(living)))
    return _close_open_parts(
        session,
        _calls.c.status == CallStatus.IN_PROGRESS.value,  # ix_calls_status_period: few rows
        _parts.c.started_at < limit,
        silent,
    )


def _close_open_parts(session: Session, *where: Any) -> list[int]:
    open_parts = session.execute(
        select(_parts.c.id, _parts.c.call_id, _parts.c.started_at, _parts.c.answered_at)
        .join(_calls, _calls.c.id == _parts.c.call_id)
        .where(
            *where,
            _parts.c.ended_at.is_(None),
            _calls.c.source == CallSource.SOFTPHONE.value,
        )
        .with_for_update()
    ).all()
    for part in open_parts:
        session.execute(
            update(_parts)
            .where(_parts.c.id == part.id)
            .values(ended_at=part.answered_at or part.started_at, talk_seconds=0)
        )
    calls = sorted({p.call_id for p in open_parts})
    for call_id in calls:
        _settle(session, call_id, None, False)
    return calls
