"""The callback worklist of a moment, read from the database.

Three bounded reads: the window's missed incoming calls (``ix_calls_direction_period``),
the later calls with those numbers (``ix_calls_number_period``) and with those clients
(``ix_calls_client_period``), then the names and live claims. The items come from the
pure rule in :mod:`app.callbacks.items`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, func, or_, select
from sqlalchemy.orm import Session

from app.callbacks.items import Attempt, CallbackItem, ClaimView, Contact, collapse
from app.callbacks.settings import CallbackSettings, read_settings
from models import Call as CallRow
from models import (
    CallbackClaim,
    CallPart,
    CallStatus,
    Client,
    Direction,
    Disposition,
    Employee,
    Phone,
)

_calls = cast(Table, CallRow.__table__)
_parts = cast(Table, CallPart.__table__)
_claims = cast(Table, CallbackClaim.__table__)
_employees = cast(Table, Employee.__table__)
_clients = cast(Table, Client.__table__)
_phones = cast(Table, Phone.__table__)
_CHUNK = 500


@dataclass(frozen=True)
class Worklist:
    items: tuple[CallbackItem, ...]
    settings: CallbackSettings
    read_at: datetime

    @property
    def open_items(self) -> list[CallbackItem]:
        return [i for i in self.items if i.is_open]

    def overdue_count(self, now: datetime) -> int:
        return sum(1 for i in self.items if i.overdue(now))


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _names(conn: Connection | Session, table: Table, column: Any, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(sorted(ids)):
        names.update(conn.execute(select(table.c.id, column).where(table.c.id.in_(chunk))).all())
    return names


Stamp = tuple[Any, ...]


def worklist_stamp(conn: Connection | Session, since: datetime, now: datetime) -> Stamp:
    """What changes when a call is written in the window, a call in progress ends, or a
    claim is taken, renewed or given back: three small reads (the period index, the status
    index, the claims table), so a workstation can ask it every few seconds and read the
    whole worklist only when it differs. A softphone writes its calls while they ring and
    finishes them in place, so the calls in progress are counted: an ended call back closes
    its line at once. Other changes in place (a dismissed mark, a rebuilt call, a registered
    number) do not show here: the reader re-reads in full now and then."""
    calls = conn.execute(
        select(func.count(), func.max(_calls.c.id)).where(
            _calls.c.started_at >= since, _calls.c.started_at <= now
        )
    ).one()
    live = conn.execute(
        select(func.count()).where(  # ix_calls_status_period
            _calls.c.status == CallStatus.IN_PROGRESS.value,
            _calls.c.started_at >= since,
            _calls.c.started_at <= now,
        )
    ).scalar_one()
    claims = conn.execute(
        select(func.count(), func.max(_claims.c.claimed_at), func.sum(_claims.c.version))
    ).one()
    return (*calls, live, *claims)


def read_worklist(conn: Connection | Session, now: datetime) -> Worklist:
    """Items from the window's start up to ``now``, newest last attempt first."""
    settings = read_settings(conn)
    since = settings.window_start(now)
    attempt_rows = conn.execute(
        select(
            _calls.c.id,
            _calls.c.external_number,
            _calls.c.started_at,
            _calls.c.wait_seconds,
            _calls.c.client_id,
            _calls.c.contact_id,
            _calls.c.dismissed_at,
            _calls.c.disposition,
        ).where(
            _calls.c.direction == Direction.INCOMING.value,
            _calls.c.started_at >= since,
            _calls.c.started_at <= now,
            _calls.c.disposition != Disposition.ANSWERED.value,
            _calls.c.ended_at.is_not(None),  # still ringing (in progress): not missed yet
            _calls.c.external_number != "",
        )
    ).all()
    attempts = [
        Attempt(
            call_id=r.id,
            number=r.external_number,
            started_at=r.started_at,
            wait_seconds=r.wait_seconds or 0,
            client_id=r.client_id,
            contact_id=r.contact_id,
            dismissed=r.dismissed_at is not None,
            disposition=r.disposition,
        )
        for r in attempt_rows
    ]
    numbers = sorted({a.number for a in attempts})
    owners: dict[str, tuple[int, int | None]] = {}
    for chunk in _chunks(numbers):
        for number, client_id, contact_id in conn.execute(
            select(_phones.c.number, _phones.c.client_id, _phones.c.contact_id).where(
                _phones.c.number.in_(chunk)
            )
        ):
            owners[number] = (client_id, contact_id)
    clients = sorted(
        {a.client_id for a in attempts if a.client_id} | {o[0] for o in owners.values()}
    )
    contact_columns = (
        _calls.c.id,
        _calls.c.external_number,
        _calls.c.direction,
        _calls.c.disposition,
        _calls.c.started_at,
        _calls.c.answered_at,
        _calls.c.client_id,
        _calls.c.contact_id,
        _calls.c.employee_id,
    )
    seen: dict[int, Any] = {}
    # A contact either closes an item (answered, either way) or is a call back (outgoing);
    # unanswered incoming calls are attempts, already read: not fetched again.
    window = (
        _calls.c.started_at >= since,
        _calls.c.started_at <= now,
        _calls.c.direction != Direction.INTERNAL.value,
        or_(_calls.c.answered_at.is_not(None), _calls.c.direction == Direction.OUTGOING.value),
    )
    for chunk in _chunks(numbers):
        for r in conn.execute(
            select(*contact_columns).where(_calls.c.external_number.in_(chunk), *window)
        ):
            seen[r.id] = r
    for chunk in _chunks(clients):
        for r in conn.execute(
            select(*contact_columns).where(_calls.c.client_id.in_(chunk), *window)
        ):
            seen[r.id] = r
    attempt_ids = {a.call_id for a in attempts}
    rows = [r for r in seen.values() if r.id not in attempt_ids]
    employee_names = _names(
        conn, _employees, _employees.c.full_name, {r.employee_id for r in rows if r.employee_id}
    )
    contacts = [
        Contact(
            call_id=r.id,
            number=r.external_number,
            direction=r.direction,
            disposition=r.disposition,
            started_at=r.started_at,
            answered_at=r.answered_at,
            client_id=r.client_id,
            contact_id=r.contact_id,
            employee_name=employee_names.get(r.employee_id) if r.employee_id else None,
        )
        for r in rows
    ]
    items = collapse(attempts, contacts, owners)
    client_names = _names(
        conn, _clients, _clients.c.display_name, {i.client_id for i in items if i.client_id}
    )
    claims: dict[str, ClaimView] = {}
    for chunk in _chunks(sorted({i.number for i in items if i.is_open})):
        for number, employee_id, name, expires in conn.execute(
            select(
                _claims.c.number,
                _claims.c.employee_id,
                _employees.c.full_name,
                _claims.c.expires_at,
            )
            .join(_employees, _employees.c.id == _claims.c.employee_id)
            .where(_claims.c.number.in_(chunk), _claims.c.expires_at > now)
        ):
            claims[number] = ClaimView(employee_id, name, expires)
    finished = tuple(
        replace(
            item,
            client_name=client_names.get(item.client_id) if item.client_id else None,
            deadline=settings.deadline(item.first_at),
            claim=claims.get(item.number) if item.is_open else None,
        )
        for item in items
    )
    return Worklist(finished, settings, now)


@dataclass(frozen=True)
class PartStep:
    employee_name: str | None
    extension: str
    rang_seconds: int
    answered: bool

    @classmethod
    def of(
        cls,
        employee_name: str | None,
        extension: str | None,
        started_at: datetime,
        answered_at: datetime | None,
        ended_at: datetime | None,
    ) -> PartStep:
        """A leg: it rang from its start until answered or ended."""
        end = answered_at or ended_at or started_at
        return cls(
            employee_name=employee_name,
            extension=extension or "",
            rang_seconds=max(0, int((end - started_at).total_seconds())),
            answered=answered_at is not None,
        )


@dataclass(frozen=True)
class AttemptPath:
    call_id: int
    started_at: datetime
    wait_seconds: int
    hangup_by: str | None
    steps: tuple[PartStep, ...]


def read_paths(conn: Connection | Session, call_ids: Sequence[int]) -> list[AttemptPath]:
    """Each attempt's path: whom it rang, for how long, who hung up (the side panel)."""
    calls = {
        r.id: r
        for chunk in _chunks(list(call_ids))
        for r in conn.execute(
            select(
                _calls.c.id, _calls.c.started_at, _calls.c.wait_seconds, _calls.c.hangup_by
            ).where(_calls.c.id.in_(chunk))
        )
    }
    parts = [
        r
        for chunk in _chunks(list(call_ids))
        for r in conn.execute(
            select(
                _parts.c.call_id,
                _parts.c.seq,
                _parts.c.employee_id,
                _parts.c.extension,
                _parts.c.started_at,
                _parts.c.answered_at,
                _parts.c.ended_at,
            ).where(_parts.c.call_id.in_(chunk))
        )
    ]
    names = _names(
        conn, _employees, _employees.c.full_name, {p.employee_id for p in parts if p.employee_id}
    )
    steps: dict[int, list[tuple[int, PartStep]]] = {}
    for p in parts:
        name = names.get(p.employee_id) if p.employee_id else None
        step = PartStep.of(name, p.extension, p.started_at, p.answered_at, p.ended_at)
        steps.setdefault(p.call_id, []).append((p.seq, step))
    return [
        AttemptPath(
            call_id=c.id,
            started_at=c.started_at,
            wait_seconds=c.wait_seconds or 0,
            hangup_by=c.hangup_by,
            steps=tuple(s for _seq, s in sorted(steps.get(c.id, []), key=lambda x: x[0])),
        )
        for c in sorted(calls.values(), key=lambda c: c.started_at)
        if c.id in calls
    ]
