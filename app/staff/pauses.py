"""Operator pauses: Ready / Paused with a reason, stored for KPI.

An employee has at most one open pause: starting a pause ends the open one in the same
transaction. The employee's row is locked while doing so, so two workstations of one
operator cannot both open a pause. Totals are clipped to the asked period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Table, and_, func, insert, or_, select, update
from sqlalchemy.orm import Session

from app import clock
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from models import MAX_PAUSE_NOTE_LENGTH, Employee, Pause, PauseReason

_pauses = cast(Table, Pause.__table__)

# What the status bar's pause menu shows for each reason (context "app").
PAUSE_REASON_TEXT: Mapping[PauseReason, str] = {
    PauseReason.LUNCH: QT_TRANSLATE_NOOP("app", "Lunch"),
    PauseReason.BREAK: QT_TRANSLATE_NOOP("app", "Break"),
    PauseReason.TRAINING: QT_TRANSLATE_NOOP("app", "Training"),
    PauseReason.WRAP_UP: QT_TRANSLATE_NOOP("app", "Wrap-up"),
    PauseReason.OTHER: QT_TRANSLATE_NOOP("app", "Other"),
}


class PauseError(UserFacingError, ValueError):
    """The pause cannot be started as asked; the message says why."""


@dataclass(frozen=True)
class PauseState:
    """A pause as the GUI gets it; ``ended_at`` is None while it lasts."""

    id: int
    employee_id: int
    reason: PauseReason
    note: str | None
    started_at: datetime
    ended_at: datetime | None


PauseTotals = dict[int, dict[PauseReason, int]]
"""Seconds of pause per employee id and reason."""


def _now(now: datetime | None) -> datetime:
    return (now or clock.now()).replace(microsecond=0)


def pause_reason(value: PauseReason | str) -> PauseReason:
    """The reason, or :class:`PauseError` for a value that is not one."""
    try:
        return PauseReason(value)
    except ValueError:
        raise PauseError(
            QT_TRANSLATE_NOOP("app", "{reason} is not a pause reason."), reason=repr(value)
        ) from None


def _clean_note(note: str | None) -> str | None:
    text = " ".join((note or "").split())
    if len(text) > MAX_PAUSE_NOTE_LENGTH:
        raise PauseError(
            QT_TRANSLATE_NOOP(
                "app", "The pause note is too long ({length} characters, at most {limit})."
            ),
            length=len(text),
            limit=MAX_PAUSE_NOTE_LENGTH,
        )
    return text or None


def _state(row: Any) -> PauseState:
    return PauseState(
        id=row.id,
        employee_id=row.employee_id,
        reason=PauseReason(row.reason),
        note=row.note,
        started_at=row.started_at,
        ended_at=row.ended_at,
    )


# The pauses this module opens and ends; the PBX collector writes its own ("pbx", from the
# queue_log), which neither open nor end the operator's Ready / Pause here.
SOFTPHONE_SOURCE = "softphone"


def _open_pause_statement(employee_id: int) -> Any:
    # The newest pause by the (employee_id, started_at) index; open when it has no end.
    return (
        select(_pauses)
        .where(_pauses.c.employee_id == employee_id, _pauses.c.source == SOFTPHONE_SOURCE)
        .order_by(_pauses.c.started_at.desc(), _pauses.c.id.desc())
        .limit(1)
    )


def current_pause(conn: Connection | Session, employee_id: int) -> PauseState | None:
    """The employee's open pause; None: ready for calls."""
    row = conn.execute(_open_pause_statement(employee_id)).first()
    if row is None or row.ended_at is not None:
        return None
    return _state(row)


def _lock_employee(session: Session, who: CurrentUser) -> None:
    found = session.execute(
        select(Employee.id).where(Employee.id == who.id).with_for_update()
    ).first()
    if found is None:
        raise PauseError(
            QT_TRANSLATE_NOOP("app", "The employee {name} does not exist any more."),
            name=who.full_name,
        )


def _end_open(session: Session, employee_id: int, when: datetime) -> PauseState | None:
    open_pause = current_pause(session, employee_id)
    if open_pause is None:
        return None
    # Clocks of workstations differ a little: a pause never ends before it started.
    ended = max(when, open_pause.started_at)
    session.execute(
        update(_pauses)
        .where(_pauses.c.id == open_pause.id, _pauses.c.ended_at.is_(None))
        .values(ended_at=ended)
    )
    return PauseState(
        open_pause.id,
        open_pause.employee_id,
        open_pause.reason,
        open_pause.note,
        open_pause.started_at,
        ended,
    )


def start_pause(
    session: Session,
    who: CurrentUser,
    reason: PauseReason | str,
    note: str | None = None,
    now: datetime | None = None,
    request_key: str | None = None,
) -> PauseState:
    """Pause ``who`` with a reason (and an optional short note), in the caller's transaction.

    An open pause of the employee ends at the same moment first. Raises :class:`PauseError`
    for an unknown reason or a note longer than ``MAX_PAUSE_NOTE_LENGTH``.

    ``request_key`` (at most 32 characters, unique per request) makes the write safe to send
    again when its answer was lost with the connection: a pause already opened under the key
    is returned as it is now, and nothing is written.
    """
    chosen = pause_reason(reason)
    text = _clean_note(note)
    when = _now(now)
    _lock_employee(session, who)
    if request_key is not None:
        done = session.execute(
            select(_pauses).where(
                _pauses.c.request_key == request_key, _pauses.c.employee_id == who.id
            )
        ).first()
        if done is not None:
            return _state(done)
    previous = _end_open(session, who.id, when)
    started = max(when, previous.ended_at) if previous and previous.ended_at else when
    result = cast(
        CursorResult[Any],
        session.execute(
            insert(_pauses).values(
                employee_id=who.id,
                reason=chosen.value,
                note=text,
                started_at=started,
                source=SOFTPHONE_SOURCE,
                request_key=request_key,
            )
        ),
    )
    key = result.inserted_primary_key
    assert key is not None
    pause_id = int(key[0])
    session.flush()
    return PauseState(pause_id, who.id, chosen, text, started, None)


def end_pause(session: Session, who: CurrentUser, now: datetime | None = None) -> PauseState | None:
    """Back to Ready: ends the open pause of ``who``; None when there was none."""
    _lock_employee(session, who)
    ended = _end_open(session, who.id, _now(now))
    session.flush()
    return ended


def _add(totals: PauseTotals, employee_id: int, reason: str, seconds: float) -> None:
    if seconds <= 0:
        return
    per_reason = totals.setdefault(employee_id, {})
    key = PauseReason(reason)
    per_reason[key] = per_reason.get(key, 0) + int(seconds)


def pause_totals(
    conn: Connection | Session,
    employee_id: int | None,
    start: datetime,
    end: datetime,
    now: datetime | None = None,
) -> PauseTotals:
    """Seconds of pause per employee and reason within ``[start, end)``.

    ``employee_id`` None: every employee. A pause that crosses a boundary of the period
    counts only its part inside it; an open pause counts until ``now``.
    """
    if end <= start:
        return {}
    until = min(end, _now(now))
    own = [] if employee_id is None else [_pauses.c.employee_id == employee_id]
    columns = (_pauses.c.employee_id, _pauses.c.reason, _pauses.c.started_at, _pauses.c.ended_at)
    # Pauses that started inside the period: an index range on (employee_id, started_at).
    inside = select(*columns).where(*own, _pauses.c.started_at >= start, _pauses.c.started_at < end)
    # Pauses of one employee from one source never overlap, so only the employee's last
    # pause of each source that started before the period can reach into it.
    last_before = (
        select(
            _pauses.c.employee_id,
            _pauses.c.source,
            func.max(_pauses.c.started_at).label("started_at"),
        )
        .where(*own, _pauses.c.started_at < start)
        .group_by(_pauses.c.employee_id, _pauses.c.source)
        .subquery()
    )
    reaching_in = (
        select(*columns)
        .join(
            last_before,
            and_(
                last_before.c.employee_id == _pauses.c.employee_id,
                last_before.c.source == _pauses.c.source,
                last_before.c.started_at == _pauses.c.started_at,
            ),
        )
        .where(or_(_pauses.c.ended_at.is_(None), _pauses.c.ended_at > start))
    )
    totals: PauseTotals = {}
    for stmt in (inside, reaching_in):
        for emp, reason, started, ended in conn.execute(stmt):
            stop = until if ended is None else min(ended, end)
            _add(totals, emp, reason, (stop - max(started, start)).total_seconds())
    return totals
