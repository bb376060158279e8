"""A journal line as the GUI gets it: a plain frozen value, built for a page of call ids.

The page's rows come by primary key in one statement (names joined by primary key); no join
of the list queries ever changes their index plan. A row carries what every view of it
needs (status, callback, marks, names of the client and the employee); the rest
(:class:`Extra`) is read only when a shown column asks for it: the participants' names, the
recording flag, the responsible manager, the contact person, the position, the queue
facts, the cost and who hung up.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Any, cast

from sqlalchemy import (
    Connection,
    String,
    Table,
    and_,
    bindparam,
    func,
    literal,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.calls.facts import CallFacts, CallSummary
from app.calls.status import closed_after, explain_status, is_missed, needs_attention
from app.journal.plan import Key
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


# -- what a row carries ------------------------------------------------------------------


class Extra(enum.Enum):
    """A part of a journal row read only when a shown column (or an export) needs it."""

    PARTICIPANTS = "participants"  # participant_names: a subquery per row
    RECORDING = "recording"  # has_recording: a probe of the call's parts per row
    RESPONSIBLE = "responsible"  # responsible_id, responsible_name: a join
    CONTACT = "contact"  # contact_name: a join
    POSITION = "position"  # employee_position
    QUEUE = "queue"  # queue, queue_outcome, queue_seconds, did
    COST = "cost"
    HANGUP = "hangup"  # hangup_by


EVERYTHING: frozenset[Extra] = frozenset(Extra)
NOTHING: frozenset[Extra] = frozenset()


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
    extra: frozenset[Extra] = EVERYTHING  # what was read

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
    _calls.c.wait_seconds,
    _calls.c.talk_seconds,
    _calls.c.transfer_count,
    _calls.c.comment,
    _calls.c.resolved_by_call_id,
    _calls.c.resolved_at,
    _calls.c.dismissed_by_id,
    _calls.c.dismissed_at,
)


class _NameList(FunctionElement[str]):
    """The names of a correlated select's rows in one string, ``NAME_SEPARATOR`` between
    them (SQLite's ``group_concat(x, sep)``, MariaDB's ``GROUP_CONCAT(x SEPARATOR sep)``)."""

    inherit_cache = True
    type = String()
    name = "name_list"


NAME_SEPARATOR = "\x1f"  # a unit separator: never part of a name


@compiles(_NameList)
def _name_list_sqlite(element: _NameList, compiler: SQLCompiler, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)}, char(31))"


@compiles(_NameList, "mysql")
@compiles(_NameList, "mariadb")
def _name_list_mysql(element: _NameList, compiler: SQLCompiler, **kw: Any) -> str:
    return f"GROUP_CONCAT({compiler.process(element.clauses, **kw)} SEPARATOR 0x1f)"


def rows_for(
    conn: Connection, ids: Sequence[int], extra: frozenset[Extra] = EVERYTHING
) -> list[JournalRow]:
    """Rows for call ids, in the given order, in one statement by primary key: names by
    joins on primary keys, the participants' names and whether a part was recorded as
    correlated subqueries (one round trip; a page is decoded once). Of the :class:`Extra`
    parts only those in ``extra`` are read; the others are left empty (``row.extra`` says
    which were read)."""
    if not ids:
        return []
    result = conn.execute(_statement(extra), {"ids": list(ids)})
    keys = list(result.keys())
    fetched = {r[0]: dict(zip(keys, r, strict=True)) for r in result}  # id is the first
    return [_row(fetched[i], extra) for i in ids if i in fetched]


@lru_cache(maxsize=64)
def _statement(extra: frozenset[Extra]) -> Any:
    """The rows' statement for these parts, built once (its ids are an expanding parameter:
    the compiled form is cached too)."""
    resolver = _calls.alias("resolver")
    phones = cast(Table, Phone.__table__)
    employees = cast(Table, Employee.__table__)
    main, responsible, dismisser, resolver_emp = (
        employees.alias(n) for n in ("main_emp", "resp_emp", "dism_emp", "res_emp")
    )
    client = cast(Table, Client.__table__).alias("owner")
    contact = cast(Table, ContactPerson.__table__).alias("contact")
    client_id = func.coalesce(_calls.c.client_id, phones.c.client_id)
    columns: list[Any] = [
        *_ROW_COLUMNS,
        client_id.label("shown_client_id"),
        client.c.display_name.label("client_name"),
        main.c.full_name.label("employee_name"),
        dismisser.c.full_name.label("dismissed_by_name"),
        resolver_emp.c.full_name.label("resolved_by_name"),
    ]
    joined = (
        _calls.outerjoin(resolver, resolver.c.id == _calls.c.resolved_by_call_id)
        .outerjoin(
            # A number unknown at call time may belong to a client now: show that client.
            phones,
            and_(_calls.c.client_id.is_(None), phones.c.number == _calls.c.external_number),
        )
        .outerjoin(client, client.c.id == client_id)
        .outerjoin(main, main.c.id == _calls.c.employee_id)
        .outerjoin(dismisser, dismisser.c.id == _calls.c.dismissed_by_id)
        .outerjoin(resolver_emp, resolver_emp.c.id == resolver.c.employee_id)
    )
    if Extra.PARTICIPANTS in extra:
        who = employees.alias("who")
        columns.append(
            select(_NameList(who.c.full_name))
            .select_from(_parts.join(who, who.c.id == _parts.c.employee_id))
            .where(_parts.c.call_id == _calls.c.id)
            .scalar_subquery()
            .label("participant_names")
        )
    if Extra.RECORDING in extra:
        recorded = (
            select(literal(1))
            .where(_legs.c.call_id == _calls.c.id, _legs.c.recording_ref.is_not(None))
            .exists()
        )
        columns.append(recorded.label("has_recording"))
    if Extra.RESPONSIBLE in extra:
        columns += [_calls.c.responsible_id, responsible.c.full_name.label("responsible_name")]
        joined = joined.outerjoin(responsible, responsible.c.id == _calls.c.responsible_id)
    if Extra.CONTACT in extra:
        columns.append(contact.c.full_name.label("contact_name"))
        joined = joined.outerjoin(contact, contact.c.id == _calls.c.contact_id)
    if Extra.POSITION in extra:
        columns.append(main.c.position.label("employee_position"))
    if Extra.QUEUE in extra:
        columns += [_calls.c.queue, _calls.c.queue_outcome, _calls.c.hold_seconds, _calls.c.did]
    if Extra.COST in extra:
        columns.append(_calls.c.cost)
    if Extra.HANGUP in extra:
        columns.append(_calls.c.hangup_by)
    return (
        select(*columns)
        .select_from(joined)
        .where(_calls.c.id.in_(bindparam("ids", expanding=True)))
    )


def _row(c: dict[str, Any], extra: frozenset[Extra]) -> JournalRow:
    """A journal row of a fetched mapping; the parts not read are empty."""
    main_name = c["employee_name"]
    ordered: list[str] = []
    if Extra.PARTICIPANTS in extra:
        listed = c["participant_names"]
        names = listed.split(NAME_SEPARATOR) if listed else []
        ordered = [main_name] if main_name in names else []
        ordered += sorted(n for n in names if n and n != main_name)
    cost = c.get("cost")
    return JournalRow(
        id=c["id"],
        started_at=c["started_at"],
        answered_at=c["answered_at"],
        ended_at=c["ended_at"],
        direction=c["direction"],
        disposition=c["disposition"],
        status=c["status"],
        number=c["external_number"],
        client_id=c["shown_client_id"],
        client_name=c["client_name"],
        contact_name=c.get("contact_name"),
        number_known=bool(c["number_known"]),
        employee_id=c["employee_id"],
        employee_name=main_name,
        employee_position=c.get("employee_position"),
        participant_names=tuple(ordered),
        responsible_id=c.get("responsible_id"),
        responsible_name=c.get("responsible_name"),
        wait_seconds=c["wait_seconds"],
        talk_seconds=c["talk_seconds"],
        transfer_count=c["transfer_count"],
        hangup_by=c.get("hangup_by"),
        cost=Decimal(cost) if cost is not None else None,
        comment=c["comment"],
        resolved_by_call_id=c["resolved_by_call_id"],
        resolved_at=c["resolved_at"],
        resolved_by_name=c["resolved_by_name"],
        dismissed_at=c["dismissed_at"],
        dismissed_by_name=c["dismissed_by_name"],
        queue=c.get("queue"),
        queue_outcome=c.get("queue_outcome"),
        queue_seconds=c.get("hold_seconds"),
        did=c.get("did"),
        has_recording=bool(c.get("has_recording")),
        extra=extra,
    )
