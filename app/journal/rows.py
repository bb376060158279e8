"""A journal line as the GUI gets it: a plain frozen value, built for a page of call ids.

The page's rows come by primary key, names by id in one more round trip; no join of the
list queries ever changes their index plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    literal,
    select,
    union_all,
)

from app.calls.facts import CallFacts, CallSummary
from app.calls.status import closed_after, explain_status, is_missed, needs_attention
from app.journal.plan import AnySelect, Key
from app.messages import Message
from models import (
    Call,
    CallPart,
    CallParticipant,
    Client,
    ContactPerson,
    Direction,
    Employee,
    Phone,
)

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallParticipant.__table__)
_legs = cast(Table, CallPart.__table__)


@dataclass(frozen=True)
class JournalRow(CallSummary):
    """One line of the journal, with everything its columns and tooltips need."""

    answered_at: datetime | None
    ended_at: datetime | None
    disposition: str
    client_id: int | None  # the client at call time, else the number's owner now
    client_name: str | None
    contact_name: str | None
    number_known: bool
    employee_id: int | None
    employee_position: str | None
    participant_names: tuple[str, ...]  # everyone who took part, the main employee first
    responsible_id: int | None
    responsible_name: str | None  # the client's responsible manager at call time
    wait_seconds: int
    talk_seconds: int
    transfer_count: int
    hangup_by: str | None
    cost: Decimal | None
    comment: str | None
    resolved_by_call_id: int | None
    resolved_at: datetime | None
    resolved_by_name: str | None  # who answered the contact that resolved a missed call
    dismissed_at: datetime | None
    dismissed_by_name: str | None
    # From the PBX's queue_log (the collector); None: not a queue call / no queue_log.
    queue: str | None = None
    queue_outcome: str | None = None  # app.calls.collector.queue_facts.QueueOutcome values
    queue_seconds: int | None = None  # time in queues (hold), until answered or left
    did: str | None = None  # the company's number (line) the caller dialled
    has_recording: bool = False  # some part of the call has a recording

    @property
    def key(self) -> Key:
        """The keyset cursor: pass the last row's key as ``after`` for the next page."""
        return (self.started_at, self.id)

    @property
    def first_contact(self) -> bool:
        return not self.number_known and self.direction != Direction.INTERNAL

    @property
    def responsible_match(self) -> bool:
        return self.responsible_id is not None and self.responsible_id == self.employee_id

    @property
    def has_comment(self) -> bool:
        return bool(self.comment)

    @cached_property
    def facts(self) -> CallFacts:
        return CallFacts.from_row(self)

    @property
    def missed(self) -> bool:
        return is_missed(self.facts)

    @property
    def needs_attention(self) -> bool:
        return needs_attention(self.facts)

    @property
    def callback(self) -> Message | None:
        """A missed call closed by a later answered contact: "closed by Ivanova after 32 min"."""
        if not self.missed or self.resolved_at is None:
            return None
        return closed_after(self.resolved_by_name, self.started_at, self.resolved_at)

    @property
    def status_explanation(self) -> Message:
        """The tooltip that says why the call has its status."""
        return explain_status(
            self.facts, resolved_by=self.resolved_by_name, dismissed_by=self.dismissed_by_name
        )


# -- rows and names -----------------------------------------------------------------------

_ROW_COLUMNS = (
    _calls.c.id,
    _calls.c.started_at,
    _calls.c.answered_at,
    _calls.c.ended_at,
    _calls.c.direction,
    _calls.c.disposition,
    _calls.c.status,
    _calls.c.external_number,
    _calls.c.client_id,
    _calls.c.contact_id,
    _calls.c.number_known,
    _calls.c.employee_id,
    _calls.c.responsible_id,
    _calls.c.wait_seconds,
    _calls.c.talk_seconds,
    _calls.c.transfer_count,
    _calls.c.hangup_by,
    _calls.c.cost,
    _calls.c.comment,
    _calls.c.resolved_by_call_id,
    _calls.c.resolved_at,
    _calls.c.dismissed_by_id,
    _calls.c.dismissed_at,
    _calls.c.queue,
    _calls.c.queue_outcome,
    _calls.c.hold_seconds,
    _calls.c.did,
)


def _names(
    conn: Connection, employee_ids: set[int], client_ids: set[int], contact_ids: set[int]
) -> tuple[dict[int, tuple[str, str]], dict[int, str], dict[int, str]]:
    """Names by id for a page, in one round trip."""
    parts: list[AnySelect] = []
    if employee_ids:
        parts.append(
            select(literal("e"), Employee.id, Employee.full_name, Employee.position).where(
                Employee.id.in_(sorted(employee_ids))
            )
        )
    if client_ids:
        parts.append(
            select(literal("c"), Client.id, Client.display_name, literal("")).where(
                Client.id.in_(sorted(client_ids))
            )
        )
    if contact_ids:
        parts.append(
            select(literal("p"), ContactPerson.id, ContactPerson.full_name, literal("")).where(
                ContactPerson.id.in_(sorted(contact_ids))
            )
        )
    employees: dict[int, tuple[str, str]] = {}
    clients: dict[int, str] = {}
    contacts: dict[int, str] = {}
    if parts:
        for kind, row_id, name, extra in conn.execute(
            union_all(*parts) if len(parts) > 1 else parts[0]
        ):
            if kind == "e":
                employees[row_id] = (name, extra)
            elif kind == "c":
                clients[row_id] = name
            else:
                contacts[row_id] = name
    return employees, clients, contacts


def rows_for(conn: Connection, ids: Sequence[int]) -> list[JournalRow]:
    """Full rows for call ids, in the given order; names come in a few lookups by id."""
    if not ids:
        return []
    resolver = _calls.alias("resolver")
    phones = cast(Table, Phone.__table__)
    stmt = (
        select(
            *_ROW_COLUMNS,
            resolver.c.employee_id.label("resolver_id"),
            phones.c.client_id.label("owner_id"),
        )
        .select_from(
            _calls.outerjoin(resolver, resolver.c.id == _calls.c.resolved_by_call_id).outerjoin(
                # A number unknown at call time may belong to a client now: show that client.
                phones,
                and_(_calls.c.client_id.is_(None), phones.c.number == _calls.c.external_number),
            )
        )
        .where(_calls.c.id.in_(ids))
    )
    fetched = {r.id: r for r in conn.execute(stmt)}
    calls = [fetched[i] for i in ids if i in fetched]
    participants: dict[int, list[int]] = {}
    for call_id, emp_id in conn.execute(
        select(_parts.c.call_id, _parts.c.employee_id).where(_parts.c.call_id.in_(ids))
    ):
        participants.setdefault(call_id, []).append(emp_id)
    recorded = set(
        conn.scalars(
            select(_legs.c.call_id)
            .where(_legs.c.call_id.in_(ids), _legs.c.recording_ref.is_not(None))
            .distinct()
        )
    )
    employee_ids: set[int] = set()
    for c in calls:
        employee_ids.update(
            i
            for i in (c.employee_id, c.responsible_id, c.dismissed_by_id, c.resolver_id)
            if i is not None
        )
        employee_ids.update(participants.get(c.id, ()))
    client_ids = {i for c in calls if (i := c.client_id or c.owner_id) is not None}
    contact_ids = {c.contact_id for c in calls if c.contact_id is not None}
    employees, clients, contacts = _names(conn, employee_ids, client_ids, contact_ids)

    def name(emp_id: int | None) -> str | None:
        found = employees.get(emp_id) if emp_id is not None else None
        return found[0] if found is not None else None

    rows = []
    for c in calls:
        client_id = c.client_id if c.client_id is not None else c.owner_id
        main = employees.get(c.employee_id) if c.employee_id is not None else None
        people = participants.get(c.id, [])
        ordered = [c.employee_id] if c.employee_id in people else []
        ordered += sorted(p for p in people if p != c.employee_id)
        rows.append(
            JournalRow(
                id=c.id,
                started_at=c.started_at,
                answered_at=c.answered_at,
                ended_at=c.ended_at,
                direction=c.direction,
                disposition=c.disposition,
                status=c.status,
                number=c.external_number,
                client_id=client_id,
                client_name=clients.get(client_id) if client_id is not None else None,
                contact_name=contacts.get(c.contact_id) if c.contact_id is not None else None,
                number_known=bool(c.number_known),
                employee_id=c.employee_id,
                employee_name=main[0] if main is not None else None,
                employee_position=main[1] if main is not None else None,
                participant_names=tuple(n for n in (name(p) for p in ordered) if n),
                responsible_id=c.responsible_id,
                responsible_name=name(c.responsible_id),
                wait_seconds=c.wait_seconds,
                talk_seconds=c.talk_seconds,
                transfer_count=c.transfer_count,
                hangup_by=c.hangup_by,
                cost=Decimal(c.cost) if c.cost is not None else None,
                comment=c.comment,
                resolved_by_call_id=c.resolved_by_call_id,
                resolved_at=c.resolved_at,
                resolved_by_name=name(c.resolver_id),
                dismissed_at=c.dismissed_at,
                dismissed_by_name=name(c.dismissed_by_id),
                queue=c.queue,
                queue_outcome=c.queue_outcome,
                queue_seconds=c.hold_seconds,
                did=c.did,
                has_recording=c.id in recorded,
            )
        )
    return rows
