"""Events as plain values, and which of them a user sees.

An operator sees the events they created or that are assigned to them; a supervisor or an
administrator sees those of any one employee, or of everybody (:data:`ALL_EMPLOYEES`). The
query layer enforces it: an operator's scope is always their own, whatever is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Table, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.staff.auth import CurrentUser
from models import Client, Employee, Event

ALL_EMPLOYEES = 0  # a supervisor's choice "all employees"

_events = cast(Table, Event.__table__)
_clients = cast(Table, Client.__table__)


@dataclass(frozen=True)
class EventEntry:
    id: int
    description: str
    starts_at: datetime
    created_at: datetime
    created_by_id: int
    created_by: str
    assignee_id: int
    assignee: str
    client_id: int | None
    client: str
    remind_minutes: int | None
    completed_at: datetime | None
    completed_by: str
    link_root_id: int | None
    call_id: int | None
    version: int

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    def overdue(self, now: datetime) -> bool:
        return not self.completed and self.starts_at < now


@dataclass(frozen=True)
class EventScope:
    """Whose events: ``employee_id`` (0: everybody, for those who see all)."""

    employee_id: int

    @classmethod
    def own(cls, who: CurrentUser) -> EventScope:
        return cls(who.id)

    def effective(self, who: CurrentUser) -> int:
        """The employee really shown: operators only ever get themselves."""
        return self.employee_id if who.sees_all_calls else who.id


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _select() -> Any:
    creator = aliased(Employee)
    assignee = aliased(Employee)
    finisher = aliased(Employee)
    e = _events.c
    return (
        select(
            e.id,
            e.description,
            e.starts_at,
            e.created_at,
            e.created_by_id,
            creator.full_name,
            e.assignee_id,
            assignee.full_name,
            e.client_id,
            _clients.c.display_name,
            e.remind_minutes,
            e.completed_at,
            finisher.full_name,
            e.link_root_id,
            e.call_id,
            e.version,
        )
        .join(creator, creator.id == e.created_by_id)
        .join(assignee, assignee.id == e.assignee_id)
        .outerjoin(finisher, finisher.id == e.completed_by_id)
        .outerjoin(_clients, _clients.c.id == e.client_id)
    )


def _entry(row: Any) -> EventEntry:
    return EventEntry(
        id=row[0],
        description=row[1],
        starts_at=row[2],
        created_at=row[3],
        created_by_id=row[4],
        created_by=row[5],
        assignee_id=row[6],
        assignee=row[7],
        client_id=row[8],
        client=row[9] or "",
        remind_minutes=row[10],
        completed_at=row[11],
        completed_by=row[12] or "",
        link_root_id=row[13],
        call_id=row[14],
        version=row[15],
    )


def _visible(employee_id: int) -> ColumnElement[bool]:
    if employee_id == ALL_EMPLOYEES:
        return _events.c.id.is_not(None)
    return or_(_events.c.assignee_id == employee_id, _events.c.created_by_id == employee_id)


def may_see(who: CurrentUser, entry: EventEntry) -> bool:
    return who.sees_all_calls or who.id in (entry.assignee_id, entry.created_by_id)


def read_events(
    conn: Connection | Session, who: CurrentUser, scope: EventScope, start: date, end: date
) -> list[EventEntry]:
    """The events of ``scope`` from ``start`` up to, not including, ``end``, in time order."""
    begin = datetime.combine(start, datetime.min.time())
    until = datetime.combine(end, datetime.min.time())
    query = (
        _select()
        .where(
            _events.c.starts_at >= begin,
            _events.c.starts_at < until,
            _visible(scope.effective(who)),
        )
        .order_by(_events.c.starts_at, _events.c.id)
    )
    return [_entry(row) for row in conn.execute(query)]


def read_event(conn: Connection | Session, who: CurrentUser, event_id: int) -> EventEntry | None:
    """One event, or None when it is gone or ``who`` may not see it."""
    row = conn.execute(_select().where(_events.c.id == event_id)).first()
    if row is None:
        return None
    entry = _entry(row)
    return entry if may_see(who, entry) else None


def linked_events(
    conn: Connection | Session, who: CurrentUser, entry: EventEntry
) -> list[EventEntry]:
    """The other events of ``entry``'s chain (made with "New linked event"), in time order."""
    root = entry.link_root_id or entry.id
    query = (
        _select()
        .where(
            or_(_events.c.id == root, _events.c.link_root_id == root),
            _events.c.id != entry.id,
        )
        .order_by(_events.c.starts_at, _events.c.id)
    )
    return [e for e in map(_entry, conn.execute(query)) if may_see(who, e)]


def client_events(conn: Connection | Session, who: CurrentUser, client_id: int) -> list[EventEntry]:
    """The client's events ``who`` may see, newest first (the card's tab)."""
    query = _select().where(_events.c.client_id == client_id)
    if not who.sees_all_calls:
        query = query.where(_visible(who.id))
    query = query.order_by(_events.c.starts_at.desc(), _events.c.id.desc())
    return [_entry(row) for row in conn.execute(query)]


def events_stamp(
    conn: Connection | Session, who: CurrentUser, scope: EventScope
) -> tuple[Any, ...]:
    """A cheap fingerprint of the events of ``scope``: it changes when one is added, edited,
    completed or removed (every write bumps a version)."""
    employee = scope.effective(who)
    query = select(
        func.count(), func.max(_events.c.id), func.coalesce(func.sum(_events.c.version), 0)
    ).where(_visible(employee))
    row = conn.execute(query).one()
    return (int(row[0]), row[1], int(row[2]))


def employees(conn: Connection | Session) -> list[tuple[int, str]]:
    """Active employees by name: the choices of an assignee."""
    rows = conn.execute(
        select(Employee.id, Employee.full_name)
        .where(Employee.active.is_(True))
        .order_by(Employee.full_name)
    )
    return [(row[0], row[1]) for row in rows]


def clients_named(conn: Connection | Session, text: str, limit: int = 50) -> list[tuple[int, str]]:
    """Clients whose name contains ``text``: the choices of an event's client."""
    query = select(_clients.c.id, _clients.c.display_name)
    if text.strip():
        query = query.where(_clients.c.display_name.contains(text.strip(), autoescape=True))
    rows = conn.execute(query.order_by(_clients.c.display_name).limit(limit))
    return [(row[0], row[1]) for row in rows]


def client_name(conn: Connection | Session, client_id: int) -> str:
    return str(
        conn.execute(select(_clients.c.display_name).where(_clients.c.id == client_id)).scalar()
        or ""
    )
