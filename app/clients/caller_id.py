"""Who is calling: the incoming-call pop-up's lookup of a number's owner and last calls.

It runs between the INVITE and the pop-up showing a name, so it reads only by unique or
leading index columns: the owner through ``phones.number`` (unique, E.164) and primary
keys, an extension through ``employees.extension``, the last calls through
``ix_calls_client_period`` and ``ix_calls_number_period`` read backwards with a limit.
Two round trips in all, whatever the size of the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Table, and_, bindparam, exists, select, union_all
from sqlalchemy.orm import Session, aliased

from app.calls.facts import CallSummary
from app.phones import DEFAULT_REGION, InvalidNumber, digits, display, is_extension, normalize
from app.staff.auth import CurrentUser
from models import Call, CallParticipant, Client, ContactPerson, Employee, Phone

RECENT_CALLS = 3

_calls = cast(Table, Call.__table__)
_phones = cast(Table, Phone.__table__)
_clients = cast(Table, Client.__table__)
_contacts = cast(Table, ContactPerson.__table__)
_employees = cast(Table, Employee.__table__)
_participants = cast(Table, CallParticipant.__table__)
_responsible = aliased(_employees)


RecentCall = CallSummary  # one of the last calls shown in the pop-up


@dataclass(frozen=True)
class CallerInfo:
    """What the pop-up shows about a number; client fields are None for an unknown number.

    ``number`` is the E.164 form, an extension's digits, or the text as it came when it is
    not a phone number (``valid`` False: anonymous, junk).
    """

    number: str
    display_number: str
    valid: bool
    client_id: int | None = None
    client_name: str | None = None
    client_kind: str | None = None
    contact_id: int | None = None
    contact_name: str | None = None
    contact_position: str | None = None
    responsible_id: int | None = None
    responsible_name: str | None = None
    employee_id: int | None = None  # an extension's employee (internal call)
    employee_name: str | None = None
    employee_position: str | None = None
    recent_calls: tuple[RecentCall, ...] = ()

    @property
    def known(self) -> bool:
        """The number belongs to a client (or, for an extension, to an employee)."""
        return self.client_id is not None or self.employee_id is not None

    @property
    def is_extension(self) -> bool:
        return self.valid and not self.number.startswith("+")


def _last_calls(where: ColumnElement[bool]) -> Any:
    return (
        select(
            _calls.c.id,
            _calls.c.started_at,
            _calls.c.direction,
            _calls.c.status,
            _calls.c.external_number,
            _calls.c.employee_id,
        )
        .where(where)
        .order_by(_calls.c.started_at.desc(), _calls.c.id.desc())
        .limit(RECENT_CALLS)
        .subquery()
    )


def _with_employee_names(found: Any) -> Any:
    who = aliased(_employees)
    return (
        select(found, who.c.full_name)
        .select_from(found.outerjoin(who, who.c.id == found.c.employee_id))
        .order_by(found.c.started_at.desc(), found.c.id.desc())
    )


# The calls an employee took part in (for a viewer without "see all calls").
_TOOK_PART = exists().where(
    _participants.c.call_id == _calls.c.id, _participants.c.employee_id == bindparam("viewer")
)


def _recent_statements(own: bool) -> tuple[Any, Any]:
    """(of a number, of a client and its number): all calls, or the viewer's own."""

    def last(where: ColumnElement[bool]) -> Any:
        return _last_calls(and_(where, _TOOK_PART) if own else where)

    by_number = last(_calls.c.external_number == bindparam("number"))
    of_client = _with_employee_names(
        union_all(
            select(by_number),
            select(last(_calls.c.client_id == bindparam("client_id"))),
        ).subquery()
    )
    return _with_employee_names(by_number), of_client


# Built once: the pop-up's lookups only bind values (no statement building per call).
# The number's calls too: calls from before it was registered have no client_id.
_RECENT_OF_NUMBER, _RECENT_OF_CLIENT = _recent_statements(own=False)
_OWN_RECENT_OF_NUMBER, _OWN_RECENT_OF_CLIENT = _recent_statements(own=True)
_OWNER = (
    select(
        _phones.c.client_id,
        _phones.c.contact_id,
        _clients.c.display_name,
        _clients.c.kind,
        _clients.c.responsible_id,
        _contacts.c.full_name.label("contact_name"),
        _contacts.c.position.label("contact_position"),
        _responsible.c.full_name.label("responsible_name"),
    )
    .select_from(
        _phones.join(_clients, _clients.c.id == _phones.c.client_id)
        .outerjoin(_contacts, _contacts.c.id == _phones.c.contact_id)
        .outerjoin(_responsible, _responsible.c.id == _clients.c.responsible_id)
    )
    .where(_phones.c.number == bindparam("number"))
)
_EXTENSION = select(_employees.c.id, _employees.c.full_name, _employees.c.position).where(
    _employees.c.extension == bindparam("extension")
)


def _recent(
    conn: Connection | Session, number: str, client_id: int | None, viewer: CurrentUser | None
) -> tuple[RecentCall, ...]:
    """The last calls of the client and of the number, newest first, in one statement;
    a ``viewer`` who may not see all calls gets only the calls they took part in."""
    own = viewer is not None and not viewer.sees_all_calls
    values: dict[str, Any] = {"number": number, "viewer": viewer.id if viewer else 0}
    if client_id is None:
        result = conn.execute(_OWN_RECENT_OF_NUMBER if own else _RECENT_OF_NUMBER, values)
    else:
        values["client_id"] = client_id
        result = conn.execute(_OWN_RECENT_OF_CLIENT if own else _RECENT_OF_CLIENT, values)
    calls: list[RecentCall] = []
    seen: set[int] = set()
    for row in result:
        if row.id in seen:
            continue
        seen.add(row.id)
        calls.append(
            RecentCall(
                id=row.id,
                started_at=row.started_at,
                direction=row.direction,
                status=row.status,
                number=row.external_number,
                employee_name=row.full_name,
            )
        )
        if len(calls) == RECENT_CALLS:
            break
    return tuple(calls)


def _extension(
    conn: Connection | Session, extension: str, viewer: CurrentUser | None
) -> CallerInfo:
    row = conn.execute(_EXTENSION, {"extension": extension}).first()
    return CallerInfo(
        number=extension,
        display_number=extension,
        valid=True,
        employee_id=row.id if row else None,
        employee_name=row.full_name if row else None,
        employee_position=row.position if row else None,
        recent_calls=_recent(conn, extension, None, viewer),
    )


def identify(
    conn: Connection | Session,
    number_text: str,
    region: str = DEFAULT_REGION,
    viewer: CurrentUser | None = None,
) -> CallerInfo:
    """The owner of the number and the last calls, for the incoming-call pop-up.

    Never raises for what the network sends: a number that cannot be parsed comes back
    with ``valid`` False and the calls stored under that exact text.
    """
    raw = number_text.strip()
    if is_extension(raw):
        return _extension(conn, digits(raw), viewer)
    try:
        number = normalize(raw, region)
    except InvalidNumber:
        return CallerInfo(
            number=raw,
            display_number=raw,
            valid=False,
            recent_calls=_recent(conn, raw, None, viewer) if raw else (),
        )
    owner = conn.execute(_OWNER, {"number": number}).first()
    if owner is None:
        return CallerInfo(
            number=number,
            display_number=display(number),
            valid=True,
            recent_calls=_recent(conn, number, None, viewer),
        )
    return CallerInfo(
        number=number,
        display_number=display(number),
        valid=True,
        client_id=owner.client_id,
        client_name=owner.display_name,
        client_kind=owner.kind,
        contact_id=owner.contact_id,
        contact_name=owner.contact_name,
        contact_position=owner.contact_position,
        responsible_id=owner.responsible_id,
        responsible_name=owner.responsible_name,
        recent_calls=_recent(conn, number, owner.client_id, viewer),
    )
