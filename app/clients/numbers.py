"""Registering an unknown number: a new client with it, or the number added to a client.

A number has one owner (``phones.number`` is unique). When two operators register the same
number at once, the database lets one win; the other gets :class:`NumberTaken` saying who
owns it now, and the caller's transaction rolls back, so nothing half-written remains.
Every change is written to the card's history. Calls keep ``number_known`` as it was at
call time; the journal shows the number's owner now through the phones table.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import clock
from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError
from app.name_words import search_words, starts_words, word_start_condition
from app.phones import (
    DEFAULT_REGION,
    InvalidNumber,
    is_extension,
    normalize,
    phone_digits,
    reversed_digits,
)
from app.staff.auth import CurrentUser
from app.staff.permissions import require_create_clients, require_edit_clients
from models import Client, ClientHistory, ClientKind, ContactPerson, Employee, Phone

MAX_NAME_LENGTH = 255
MAX_CONTACT_NAME_LENGTH = 200
SEARCH_LIMIT = 20

_clients = cast(Table, Client.__table__)
_contacts = cast(Table, ContactPerson.__table__)
_phones = cast(Table, Phone.__table__)
_history = cast(Table, ClientHistory.__table__)


class RegistrationError(UserFacingError, ValueError):
    """The number cannot be registered as asked; the message says why."""


class NumberTaken(RegistrationError):
    """Someone registered the number first: who owns it now, who assigned it, when."""

    def __init__(
        self,
        number: str,
        client_id: int,
        client_name: str,
        contact_name: str | None,
        by_name: str | None,
        at: datetime | None,
    ) -> None:
        self.number = number
        self.client_id = client_id
        self.client_name = client_name
        self.contact_name = contact_name
        self.by_name = by_name
        self.at = at
        client = quoted(client_name)
        when = f"{at:%d.%m.%Y %H:%M}" if at else ""
        if by_name and at:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The number {number} is already assigned to {client} by {employee} at {time}.",
                ),
                number=number,
                client=client,
                employee=by_name,
                time=when,
            )
        elif by_name:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "app", "The number {number} is already assigned to {client} by {employee}."
                ),
                number=number,
                client=client,
                employee=by_name,
            )
        elif at:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "app", "The number {number} is already assigned to {client} at {time}."
                ),
                number=number,
                client=client,
                time=when,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("app", "The number {number} is already assigned to {client}."),
                number=number,
                client=client,
            )


def quoted(name: str) -> str:
    """«Ромашка», but a name that has its own quotes (ООО «Ромашка») as it is."""
    return name if "«" in name or '"' in name else f"«{name}»"


@dataclass(frozen=True)
class NewClient:
    """What the "Create client" dialog asks for."""

    name: str
    kind: ClientKind = ClientKind.COMPANY
    contact_name: str = ""
    contact_position: str = ""


@dataclass(frozen=True)
class Registration:
    """The outcome: the number now belongs to this client (and contact person)."""

    number: str
    client_id: int
    client_name: str
    contact_id: int | None
    contact_name: str | None
    created_client: bool
    at: datetime


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    position: str


@dataclass(frozen=True)
class ClientChoice:
    """A client found by the search-as-you-type field."""

    id: int
    name: str
    kind: str
    numbers: tuple[str, ...]
    contacts: tuple[ContactChoice, ...]


def registrable_number(text: str, region: str = DEFAULT_REGION) -> str:
    """The number in E.164, or :class:`RegistrationError` (extension, junk)."""
    if is_extension(text):
        raise RegistrationError(
            QT_TRANSLATE_NOOP(
                "app", "{number} is an internal extension; only client numbers can be registered."
            ),
            number=text.strip(),
        )
    try:
        return normalize(text, region)
    except InvalidNumber as e:
        raise RegistrationError(e.message) from e


def _clean(value: str, what: str, limit: int, required: bool) -> str:
    """``what`` is marked for translation: it names the field in the messages."""
    text = " ".join(value.split())
    if required and not text:
        raise RegistrationError(QT_TRANSLATE_NOOP("app", "Enter the {what}."), what=Message(what))
    if len(text) > limit:
        raise RegistrationError(
            QT_TRANSLATE_NOOP(
                "app", "The {what} is too long ({length} characters, at most {limit})."
            ),
            what=Message(what),
            length=len(text),
            limit=limit,
        )
    return text


def _now(now: datetime | None) -> datetime:
    return (now or clock.now()).replace(microsecond=0)


def owner_of(
    conn: Connection | Session, number: str, *, locking: bool = False
) -> NumberTaken | None:
    """Who owns the number now, as the error a second registrant gets; None: nobody."""
    stmt = (
        select(
            _phones.c.client_id,
            _clients.c.display_name,
            _contacts.c.full_name,
            Employee.full_name,
            _phones.c.created_at,
        )
        .select_from(_phones)
        .join(_clients, _clients.c.id == _phones.c.client_id)
        .outerjoin(_contacts, _contacts.c.id == _phones.c.contact_id)
        .outerjoin(Employee, Employee.id == _phones.c.created_by_id)
        .where(_phones.c.number == number)
    )
    if locking:
        # A locking read sees the newest committed row, not this transaction's snapshot.
        stmt = stmt.with_for_update(read=True)
    row = conn.execute(stmt).first()
    if row is None:
        return None
    return NumberTaken(number, row[0], row[1], row[2], row[3], row[4])


def _history_row(
    session: Session, client_id: int, who: CurrentUser, when: datetime, field: str, new: str
) -> None:
    session.execute(
        insert(_history).values(
            client_id=client_id,
            employee_id=who.id,
            changed_at=when,
            field=field,
            old_value=None,
            new_value=new,
        )
    )


def _insert_phone(
    session: Session,
    number: str,
    client_id: int,
    contact_id: int | None,
    who: CurrentUser,
    when: datetime,
) -> None:
    try:
        session.execute(
            insert(_phones).values(
                number=number,
                digits_reversed=reversed_digits(number),
                client_id=client_id,
                contact_id=contact_id,
                created_at=when,
                created_by_id=who.id,
            )
        )
    except IntegrityError as e:
        taken = owner_of(session, number, locking=True)
        if taken is not None:
            raise taken from e
        raise RegistrationError(
            QT_TRANSLATE_NOOP(
                "app", "The number {number} could not be saved: the client changed meanwhile."
            ),
            number=number,
        ) from e


def create_client(
    session: Session,
    number_text: str,
    new: NewClient,
    who: CurrentUser,
    region: str = DEFAULT_REGION,
    now: datetime | None = None,
) -> Registration:
    """A new client owning the number (and a contact person when named), in one transaction."""
    require_create_clients(session, who)
    number = registrable_number(number_text, region)
    name = _clean(new.name, QT_TRANSLATE_NOOP("app", "client name"), MAX_NAME_LENGTH, required=True)
    contact_name = _clean(
        new.contact_name,
        QT_TRANSLATE_NOOP("app", "contact person's name"),
        MAX_CONTACT_NAME_LENGTH,
        False,
    )
    position = _clean(
        new.contact_position, QT_TRANSLATE_NOOP("app", "contact person's position"), 200, False
    )
    taken = owner_of(session, number)
    if taken is not None:
        raise taken
    when = _now(now)
    client_id = _inserted_id(
        session,
        insert(_clients).values(
            display_name=name,
            kind=ClientKind(new.kind).value,
            responsible_id=who.id,
            email="",
            custom_fields={},
            version=1,
            created_at=when,
            updated_at=when,
        ),
    )
    _history_row(session, client_id, who, when, "created", name)
    contact_id = None
    if contact_name:
        contact_id = _inserted_id(
            session,
            insert(_contacts).values(
                client_id=client_id, full_name=contact_name, position=position
            ),
        )
        _history_row(session, client_id, who, when, "contact", contact_name)
    _insert_phone(session, number, client_id, contact_id, who, when)
    _history_row(session, client_id, who, when, "phone", _phone_text(number, contact_name))
    return Registration(
        number, client_id, name, contact_id, contact_name or None, created_client=True, at=when
    )


def _inserted_id(session: Session, stmt: Any) -> int:
    result = cast(CursorResult[Any], session.execute(stmt))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _phone_text(number: str, contact_name: str | None) -> str:
    return f"{number} ({contact_name})" if contact_name else number


def assign_number(
    session: Session,
    number_text: str,
    client_id: int,
    who: CurrentUser,
    contact_id: int | None = None,
    region: str = DEFAULT_REGION,
    now: datetime | None = None,
) -> Registration:
    """Add the number to an existing client, or to one of its contact persons."""
    require_edit_clients(session, who)
    number = registrable_number(number_text, region)
    taken = owner_of(session, number)
    if taken is not None:
        raise taken
    when = _now(now)
    # The card changed: its version moves on, so an editor holding the old card conflicts.
    changed = session.execute(
        update(_clients)
        .where(_clients.c.id == client_id)
        .values(version=_clients.c.version + 1, updated_at=when)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        raise RegistrationError(
            QT_TRANSLATE_NOOP("app", "The client no longer exists (it may have been deleted).")
        )
    client_name = session.scalar(select(_clients.c.display_name).where(_clients.c.id == client_id))
    contact_name = None
    if contact_id is not None:
        contact_name = session.scalar(
            select(_contacts.c.full_name).where(
                _contacts.c.id == contact_id, _contacts.c.client_id == client_id
            )
        )
        if contact_name is None:
            raise RegistrationError(
                QT_TRANSLATE_NOOP("app", "The contact person no longer belongs to this client.")
            )
    _insert_phone(session, number, client_id, contact_id, who, when)
    _history_row(session, client_id, who, when, "phone", _phone_text(number, contact_name))
    return Registration(
        number, client_id, str(client_name), contact_id, contact_name, created_client=False, at=when
    )


# -- finding the client to assign to ------------------------------------------------------


def search_clients(
    conn: Connection | Session, text: str, limit: int = SEARCH_LIMIT
) -> list[ClientChoice]:
    """Clients whose name starts with the text or has it at a word's start (inside a word
    only when none does: app.name_words), or whose number ends with its digits (as the
    journal's search: "329-22-65", "8 499 329 22 65"); when none ends so, whose number
    contains them ("499 3")."""
    text = " ".join(text.split())
    if not text:
        return []
    ids: list[int] = []
    d = phone_digits(text)
    if len(d) >= 3 and not any(ch.isalpha() for ch in text):
        # A number: the whole number if it is one, else a suffix on the reversed-digits index.
        with contextlib.suppress(InvalidNumber):
            ids = list(
                conn.scalars(select(_phones.c.client_id).where(_phones.c.number == normalize(text)))
            )
        ids += list(
            conn.scalars(
                select(_phones.c.client_id)
                .where(_phones.c.digits_reversed.startswith(d[::-1], autoescape=True))
                .order_by(_phones.c.client_id)
                .limit(limit * 3)
            )
        )
        if not ids:
            ids = list(
                conn.scalars(
                    select(_phones.c.client_id)
                    .where(_phones.c.number.contains(d, autoescape=True))
                    .order_by(_phones.c.client_id)
                    .limit(limit * 3)
                )
            )
    else:
        ids = _ids_by_name(conn, text, limit)
    ids = list(dict.fromkeys(ids))[:limit]
    return _choices(conn, ids)


def _ids_by_name(conn: Connection | Session, text: str, limit: int) -> list[int]:
    """Clients by name in name order: starting with the text, then with it at a word's
    start, and only when there are none with it inside a word (app.name_words)."""
    if _dialect(conn) == "sqlite":
        # SQLite's LIKE folds ASCII only; Cyrillic names need Python's casefold.
        wanted = text.casefold()
        words = search_words(text)
        prefix: list[int] = []
        by_word: list[int] = []
        inner: list[int] = []
        rows = conn.execute(
            select(_clients.c.id, _clients.c.display_name).order_by(_clients.c.display_name)
        )
        for client_id, name in rows:
            folded = str(name).casefold()
            if folded.startswith(wanted):
                prefix.append(client_id)
            elif wanted in folded:
                (by_word if starts_words(folded, words) else inner).append(client_id)
            if len(prefix) >= limit:
                break
        return ([*prefix, *by_word] or inner)[:limit]
    # MariaDB's utf8mb4 collation is case-insensitive.
    by_name = _clients.c.display_name

    def named(condition: Any) -> list[int]:
        return list(
            conn.scalars(select(_clients.c.id).where(condition).order_by(by_name).limit(limit))
        )

    found = named(by_name.startswith(text, autoescape=True))
    words_start = word_start_condition(by_name, text)
    if len(found) < limit and words_start is not None:
        found += named(words_start)
    if not found:
        found = named(by_name.contains(text, autoescape=True))
    return list(dict.fromkeys(found))[:limit]


def _dialect(conn: Connection | Session) -> str:
    bind: Any = conn.get_bind() if isinstance(conn, Session) else conn
    return str(bind.dialect.name)


def _choices(conn: Connection | Session, ids: Sequence[int]) -> list[ClientChoice]:
    if not ids:
        return []
    names = {
        r[0]: (r[1], r[2])
        for r in conn.execute(
            select(_clients.c.id, _clients.c.display_name, _clients.c.kind).where(
                _clients.c.id.in_(ids)
            )
        )
    }
    numbers: dict[int, list[str]] = {}
    for client_id, number in conn.execute(
        select(_phones.c.client_id, _phones.c.number)
        .where(_phones.c.client_id.in_(ids))
        .order_by(_phones.c.id)
    ):
        numbers.setdefault(client_id, []).append(number)
    contacts: dict[int, list[ContactChoice]] = {}
    for contact_id, client_id, full_name, position in conn.execute(
        select(_contacts.c.id, _contacts.c.client_id, _contacts.c.full_name, _contacts.c.position)
        .where(_contacts.c.client_id.in_(ids))
        .order_by(_contacts.c.id)
    ):
        contacts.setdefault(client_id, []).append(ContactChoice(contact_id, full_name, position))
    return [
        ClientChoice(
            id=i,
            name=names[i][0],
            kind=names[i][1],
            numbers=tuple(numbers.get(i, ())),
            contacts=tuple(contacts.get(i, ())),
        )
        for i in ids
        if i in names
    ]
