"""Everything the side panel shows about one call, read in one go as plain values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from app.calls.facts import CallFacts
from app.calls.status import explain_status
from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError
from app.phones import is_extension
from app.staff.auth import CurrentUser
from models import Call, CallPart, CallParticipant, Client, ContactPerson, Direction, Employee
from models import Phone as PhoneRow

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallPart.__table__)
_participants = cast(Table, CallParticipant.__table__)


class CallNotFound(UserFacingError, LookupError):
    """The call is gone or the user may not see it."""


@dataclass(frozen=True)
class PartDetails:
    """One leg of a call as the panel lists it."""

    id: int
    seq: int
    employee_id: int | None
    employee_name: str | None
    extension: str
    started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    disposition: str
    talk_seconds: int
    recording_ref: str | None

    @property
    def seconds(self) -> int:
        """How long the leg lasted, ringing included."""
        if self.ended_at is None:
            return 0
        return max(0, int((self.ended_at - self.started_at).total_seconds()))

    @property
    def has_recording(self) -> bool:
        return bool(self.recording_ref)


@dataclass(frozen=True)
class NumberOwner:
    """Who a number belongs to now (it may have been registered after the call)."""

    client_id: int
    client_name: str
    contact_id: int | None
    contact_name: str | None


@dataclass(frozen=True)
class CallDetails:
    id: int
    started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    direction: str
    disposition: str
    status: str
    number: str
    number_known: bool  # at call time; never changes afterwards
    client_id: int | None  # the client at call time
    client_name: str | None
    contact_name: str | None
    owner_now: NumberOwner | None  # the number's owner today
    employee_name: str | None
    responsible_name: str | None
    participant_names: tuple[str, ...]
    wait_seconds: int
    talk_seconds: int
    hangup_by: str | None
    transfer_count: int
    cost: Decimal | None
    comment: str | None
    comment_by_name: str | None
    comment_at: datetime | None
    comment_version: int
    resolved_at: datetime | None
    resolved_by_name: str | None
    dismissed_at: datetime | None
    dismissed_by_name: str | None
    parts: tuple[PartDetails, ...]
    # From the PBX's queue_log (the collector): None when the call was not queued.
    queue: str | None = None
    queue_outcome: str | None = None  # app.calls.collector.queue_facts.QueueOutcome values
    queue_seconds: int | None = None
    queue_position: int | None = None
    did: str | None = None  # the company's number the caller dialled

    @cached_property
    def facts(self) -> CallFacts:
        return CallFacts.from_row(self)

    @property
    def status_explanation(self) -> Message:
        return explain_status(
            self.facts, resolved_by=self.resolved_by_name, dismissed_by=self.dismissed_by_name
        )

    @property
    def recordings(self) -> tuple[PartDetails, ...]:
        """The parts with a recording, in call order: the player's sequence."""
        return tuple(p for p in self.parts if p.has_recording)

    @property
    def shown_client_id(self) -> int | None:
        return self.client_id if self.client_id is not None else _owner_id(self.owner_now)

    @property
    def shown_client_name(self) -> str | None:
        if self.client_name is not None:
            return self.client_name
        return self.owner_now.client_name if self.owner_now is not None else None

    @property
    def can_register_number(self) -> bool:
        """An external number nobody owns yet: "Create client" / "Assign number" apply."""
        return (
            self.direction != Direction.INTERNAL.value
            and bool(self.number)
            and not is_extension(self.number)
            and self.owner_now is None
        )


def _owner_id(owner: NumberOwner | None) -> int | None:
    return owner.client_id if owner is not None else None


def _names(conn: Connection | Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = conn.execute(select(Employee.id, Employee.full_name).where(Employee.id.in_(wanted)))
    return {r[0]: r[1] for r in rows}


def number_owner(conn: Connection | Session, number: str) -> NumberOwner | None:
    if not number:
        return None
    row = conn.execute(
        select(
            PhoneRow.client_id, Client.display_name, PhoneRow.contact_id, ContactPerson.full_name
        )
        .join(Client, Client.id == PhoneRow.client_id)
        .outerjoin(ContactPerson, ContactPerson.id == PhoneRow.contact_id)
        .where(PhoneRow.number == number)
    ).first()
    if row is None:
        return None
    return NumberOwner(row[0], row[1], row[2], row[3])


def load_call_details(conn: Connection | Session, call_id: int, viewer: CurrentUser) -> CallDetails:
    """The call with its parts; operators only get calls they took part in."""
    call: Any = conn.execute(select(_calls).where(_calls.c.id == call_id)).first()
    if call is None:
        raise CallNotFound(
            QT_TRANSLATE_NOOP("app", "Call {call_id} does not exist (it may have been deleted)."),
            call_id=call_id,
        )
    people = list(
        conn.scalars(select(_participants.c.employee_id).where(_participants.c.call_id == call_id))
    )
    if not viewer.sees_all_calls and viewer.id not in people:
        raise CallNotFound(
            QT_TRANSLATE_NOOP("app", "Call {call_id} is not one of your calls."),
            call_id=call_id,
        )
    parts = conn.execute(
        select(_parts).where(_parts.c.call_id == call_id).order_by(_parts.c.seq)
    ).all()
    resolver_id = None
    if call.resolved_by_call_id is not None:
        resolver_id = conn.scalar(
            select(_calls.c.employee_id).where(_calls.c.id == call.resolved_by_call_id)
        )
    names = _names(
        conn,
        [
            call.employee_id,
            call.responsible_id,
            call.comment_by_id,
            call.dismissed_by_id,
            resolver_id,
            *people,
            *(p.employee_id for p in parts),
        ],
    )
    client_name = None
    if call.client_id is not None:
        client_name = conn.scalar(select(Client.display_name).where(Client.id == call.client_id))
    contact_name = None
    if call.contact_id is not None:
        contact_name = conn.scalar(
            select(ContactPerson.full_name).where(ContactPerson.id == call.contact_id)
        )
    owner = None
    if call.direction != Direction.INTERNAL.value:
        owner = number_owner(conn, call.external_number)
    ordered = [call.employee_id] if call.employee_id in people else []
    ordered += sorted(p for p in people if p != call.employee_id)
    return CallDetails(
        id=call.id,
        started_at=call.started_at,
        answered_at=call.answered_at,
        ended_at=call.ended_at,
        direction=call.direction,
        disposition=call.disposition,
        status=call.status,
        number=call.external_number,
        number_known=bool(call.number_known),
        client_id=call.client_id,
        client_name=client_name,
        contact_name=contact_name,
        owner_now=owner,
        employee_name=names.get(call.employee_id) if call.employee_id else None,
        responsible_name=names.get(call.responsible_id) if call.responsible_id else None,
        participant_names=tuple(names[p] for p in ordered if p in names),
        wait_seconds=call.wait_seconds,
        talk_seconds=call.talk_seconds,
        hangup_by=call.hangup_by,
        transfer_count=call.transfer_count,
        cost=Decimal(call.cost) if call.cost is not None else None,
        comment=call.comment,
        comment_by_name=names.get(call.comment_by_id) if call.comment_by_id else None,
        comment_at=call.comment_at,
        comment_version=call.comment_version,
        resolved_at=call.resolved_at,
        resolved_by_name=names.get(resolver_id) if resolver_id else None,
        dismissed_at=call.dismissed_at,
        dismissed_by_name=names.get(call.dismissed_by_id) if call.dismissed_by_id else None,
        parts=tuple(
            PartDetails(
                id=p.id,
                seq=p.seq,
                employee_id=p.employee_id,
                employee_name=names.get(p.employee_id) if p.employee_id else None,
                extension=p.extension,
                started_at=p.started_at,
                answered_at=p.answered_at,
                ended_at=p.ended_at,
                disposition=p.disposition,
                talk_seconds=p.talk_seconds,
                recording_ref=p.recording_ref,
            )
            for p in parts
        ),
        queue=call.queue,
        queue_outcome=call.queue_outcome,
        queue_seconds=call.hold_seconds,
        queue_position=call.queue_position,
        did=call.did,
    )
