"""The client card: load, validate and save with optimistic locking, history, delete.

Saving checks the version the user loaded (``UPDATE ... WHERE version = :loaded``). When
someone saved the card meanwhile, :class:`CardConflict` carries what they changed and what
this user changed, and :func:`merge` puts this user's edits onto the current card, so the
user can merge or reload and nothing is lost. Every change is written to the history.
Only fields the user may see are in a card; only editable ones may change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from app import clock
from app.clients import field_index
from app.clients.fields import FieldValueError, clean_value, is_empty, value_text
from app.clients.numbers import assign_number, registrable_number
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.phones import DEFAULT_REGION
from app.staff.auth import CurrentUser
from app.staff.permissions import (
    PermissionDenied,
    VisibleField,
    require_create_clients,
    require_delete_clients,
    require_edit_clients,
    visible_fields,
)
from models import Client, ClientHistory, ClientKind, ContactPerson, Employee, Phone

MAX_NAME = 255
MAX_EMAIL = 255
_clients = cast(Table, Client.__table__)
_contacts = cast(Table, ContactPerson.__table__)
_phones = cast(Table, Phone.__table__)
_history = cast(Table, ClientHistory.__table__)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# History field names of the built-in card fields; custom fields are "field:<id>".
NAME, KIND, RESPONSIBLE, EMAIL, PHONE, CONTACT = (
    "name",
    "kind",
    "responsible",
    "email",
    "phone",
    "contact",
)


class CardError(UserFacingError, ValueError):
    """The card cannot be saved as it is; the message says what to fix."""


@dataclass(frozen=True)
class ContactEntry:
    """A contact person; ``key`` is its id, or a negative number for one not saved yet."""

    key: int
    name: str
    position: str = ""


@dataclass(frozen=True)
class PhoneEntry:
    number: str  # E.164 once saved; what the user typed before
    contact_key: int | None = None


@dataclass(frozen=True)
class Card:
    id: int | None
    version: int
    display_name: str
    kind: str
    responsible_id: int | None
    email: str
    phones: tuple[PhoneEntry, ...]
    contacts: tuple[ContactEntry, ...]
    custom: dict[int, Any] = field(default_factory=dict)  # visible fields only
    fields: tuple[VisibleField, ...] = ()
    responsible_name: str | None = None


@dataclass(frozen=True)
class Change:
    field: str  # history key: "name", "phone", "field:12"...
    old: str
    new: str
    old_ref: int | None = None  # ids behind the values (responsible: employees.id)
    new_ref: int | None = None


class CardConflict(Exception):
    """Someone saved the card after this user opened it."""

    def __init__(self, theirs: list[Change], mine: list[Change], current: Card) -> None:
        self.theirs = theirs
        self.mine = mine
        self.current = current
        super().__init__("The card was changed by someone else while you were editing it.")

    @property
    def overlapping(self) -> set[str]:
        return {c.field for c in self.theirs} & {c.field for c in self.mine}


# -- loading --------------------------------------------------------------------------


def responsible_choices(conn: Connection | Session) -> list[tuple[int, str]]:
    """The employees a card can name as responsible: (id, full name) of the active ones,
    by name. A card whose responsible left keeps showing that name (the card carries it)."""
    return [
        (r.id, r.full_name)
        for r in conn.execute(
            select(Employee.id, Employee.full_name)
            .where(Employee.active.is_(True))
            .order_by(Employee.full_name, Employee.id)
        )
    ]


def new_card(conn: Connection | Session, who: CurrentUser) -> Card:
    return Card(
        id=None,
        version=0,
        display_name="",
        kind=ClientKind.COMPANY.value,
        responsible_id=who.id,
        email="",
        phones=(),
        contacts=(),
        custom={},
        fields=tuple(visible_fields(conn, who)),
        responsible_name=who.full_name,
    )


def load_card(conn: Connection | Session, client_id: int, who: CurrentUser) -> Card:
    row = conn.execute(
        select(
            _clients.c.id,
            _clients.c.version,
            _clients.c.display_name,
            _clients.c.kind,
            _clients.c.responsible_id,
            _clients.c.email,
            _clients.c.custom_fields,
            Employee.full_name,
        )
        .select_from(_clients)
        .outerjoin(Employee, Employee.id == _clients.c.responsible_id)
        .where(_clients.c.id == client_id)
    ).first()
    if row is None:
        raise CardError(
            QT_TRANSLATE_NOOP("app", "The client no longer exists (it may have been deleted)."),
        )
    fields = tuple(visible_fields(conn, who))
    stored = row[6] or {}
    contacts = tuple(
        ContactEntry(r[0], r[1], r[2])
        for r in conn.execute(
            select(_contacts.c.id, _contacts.c.full_name, _contacts.c.position)
            .where(_contacts.c.client_id == client_id)
            .order_by(_contacts.c.id)
        )
    )
    phones = tuple(
        PhoneEntry(r[0], r[1])
        for r in conn.execute(
            select(_phones.c.number, _phones.c.contact_id)
            .where(_phones.c.client_id == client_id)
            .order_by(_phones.c.id)
        )
    )
    return Card(
        id=row[0],
        version=row[1],
        display_name=row[2],
        kind=row[3],
        responsible_id=row[4],
        email=row[5],
        phones=phones,
        contacts=contacts,
        # A hidden field's value is never put into the card.
        custom={
            v.field.id: stored[v.field.key] for v in fields if not is_empty(stored.get(v.field.key))
        },
        fields=fields,
        responsible_name=row[7],
    )


# -- comparing ------------------------------------------------------------------------


def _contact_names(card: Card) -> dict[int, str]:
    return {c.key: c.name for c in card.contacts}


def _phone_texts(card: Card) -> dict[str, str]:
    names = _contact_names(card)
    return {
        p.number: f"{p.number} ({names[p.contact_key]})" if p.contact_key in names else p.number
        for p in card.phones
    }


def _contact_text(c: ContactEntry) -> str:
    return f"{c.name}, {c.position}" if c.position else c.name


def card_changes(
    before: Card, after: Card, responsible_names: dict[int, str] | None = None
) -> list[Change]:
    """What differs between two versions of a card, as history rows would say it."""
    names = responsible_names or {}
    changes: list[Change] = []
    if before.display_name != after.display_name:
        changes.append(Change(NAME, before.display_name, after.display_name))
    if before.kind != after.kind:
        changes.append(Change(KIND, before.kind, after.kind))
    if before.responsible_id != after.responsible_id:

        def who(card: Card) -> str:
            if card.responsible_id is None:
                return ""
            return (
                names.get(card.responsible_id) or card.responsible_name or str(card.responsible_id)
            )

        changes.append(
            Change(
                RESPONSIBLE, who(before), who(after), before.responsible_id, after.responsible_id
            )
        )
    if before.email != after.email:
        changes.append(Change(EMAIL, before.email, after.email))
    old_phones, new_phones = _phone_texts(before), _phone_texts(after)
    for number in old_phones.keys() | new_phones.keys():
        old, new = old_phones.get(number, ""), new_phones.get(number, "")
        if old != new:
            changes.append(Change(PHONE, old, new))
    old_contacts = {c.key: _contact_text(c) for c in before.contacts}
    new_contacts = {c.key: _contact_text(c) for c in after.contacts}
    for key in sorted(old_contacts.keys() | new_contacts.keys()):
        old, new = old_contacts.get(key, ""), new_contacts.get(key, "")
        if old != new:
            changes.append(Change(CONTACT, old, new))
    defs = {v.field.id: v.field for v in (*before.fields, *after.fields)}
    for field_id, f in defs.items():
        old_v, new_v = before.custom.get(field_id), after.custom.get(field_id)
        if _norm(old_v) != _norm(new_v):
            changes.append(Change(f"field:{field_id}", value_text(f, old_v), value_text(f, new_v)))
    return changes


def _norm(value: Any) -> Any:
    return None if is_empty(value) else value


def merge(original: Card, edited: Card, current: Card) -> Card:  # noqa: C901  a rule per part
    """This user's edits (original -> edited) applied on top of the current card."""
    result = current

    def changed(attr: str) -> bool:
        return bool(getattr(original, attr) != getattr(edited, attr))

    for attr in ("display_name", "kind", "responsible_id", "email"):
        if changed(attr):
            result = replace(result, **{attr: getattr(edited, attr)})
    if changed("responsible_id"):
        result = replace(result, responsible_name=edited.responsible_name)
    # Contacts: removed, changed and added ones, by key.
    orig_c = {c.key: c for c in original.contacts}
    edit_c = {c.key: c for c in edited.contacts}
    contacts = {c.key: c for c in current.contacts}
    for key, c in orig_c.items():
        if key not in edit_c:
            contacts.pop(key, None)
        elif edit_c[key] != c:
            contacts[key] = edit_c[key]
    for key, c in edit_c.items():
        if key not in orig_c:
            contacts[key] = c
    # Phones: removed and added numbers, and moved between contacts.
    orig_p = {p.number: p for p in original.phones}
    edit_p = {p.number: p for p in edited.phones}
    phones = {p.number: p for p in current.phones}
    for number in orig_p:
        if number not in edit_p:
            phones.pop(number, None)
    for number, p in edit_p.items():
        if number not in orig_p or orig_p[number] != p:
            phones[number] = p
    custom = dict(current.custom)
    for field_id in original.custom.keys() | edited.custom.keys():
        if _norm(original.custom.get(field_id)) != _norm(edited.custom.get(field_id)):
            custom[field_id] = edited.custom.get(field_id)
    return replace(
        result,
        contacts=tuple(contacts.values()),
        phones=tuple(
            p for p in phones.values() if p.contact_key is None or p.contact_key in contacts
        ),
        custom={k: v for k, v in custom.items() if not is_empty(v)},
    )


# -- validating -----------------------------------------------------------------------


def validate(card: Card, region: str = DEFAULT_REGION) -> Card:
    """The card with clean values, or :class:`CardError` naming what to fix."""
    name = " ".join(card.display_name.split())
    if not name:
        raise CardError(
            QT_TRANSLATE_NOOP("app", "Enter the client's name."),
        )
    if len(name) > MAX_NAME:
        raise CardError(
            QT_TRANSLATE_NOOP("app", "The client's name is too long (at most {limit} characters)."),
            limit=MAX_NAME,
        )
    if card.kind not in {k.value for k in ClientKind}:
        raise CardError(
            QT_TRANSLATE_NOOP("app", "Unknown kind of client: {kind}."),
            kind=repr(card.kind),
        )
    email = card.email.strip()
    if email and (len(email) > MAX_EMAIL or not _EMAIL.match(email)):
        raise CardError(
            QT_TRANSLATE_NOOP("app", "«{email}» is not an e-mail address."),
            email=email,
        )
    contacts = []
    for c in card.contacts:
        contact_name = " ".join(c.name.split())
        if not contact_name:
            raise CardError(
                QT_TRANSLATE_NOOP(
                    "app", "Enter the contact person's name (or remove the empty row)."
                ),
            )
        contacts.append(ContactEntry(c.key, contact_name[:200], " ".join(c.position.split())[:200]))
    keys = {c.key for c in contacts}
    phones: list[PhoneEntry] = []
    seen: set[str] = set()
    for p in card.phones:
        number = registrable_number(p.number, region)  # RegistrationError is a ValueError
        if number in seen:
            raise CardError(
                QT_TRANSLATE_NOOP("app", "The number {number} is entered twice."),
                number=number,
            )
        seen.add(number)
        phones.append(PhoneEntry(number, p.contact_key if p.contact_key in keys else None))
    custom: dict[int, Any] = {}
    for v in card.fields:
        try:
            value = clean_value(v.field, card.custom.get(v.field.id))
        except FieldValueError as e:
            raise CardError(e.message) from e
        if v.editable and v.field.required and is_empty(value):
            raise CardError(
                QT_TRANSLATE_NOOP("app", "Fill in the required field «{field}»."),
                field=v.field.title,
            )
        if value is not None:
            custom[v.field.id] = value
    return replace(
        card,
        display_name=name,
        email=email,
        contacts=tuple(contacts),
        phones=tuple(phones),
        custom=custom,
    )


# -- saving ---------------------------------------------------------------------------


def _now(now: datetime | None) -> datetime:
    return (now or clock.now()).replace(microsecond=0)


def _write_history(
    session: Session, client_id: int, who: CurrentUser, when: datetime, changes: list[Change]
) -> None:
    if changes:
        session.execute(
            insert(_history),
            [
                {
                    "client_id": client_id,
                    "employee_id": who.id,
                    "changed_at": when,
                    "field": c.field,
                    "old_value": c.old or None,
                    "new_value": c.new or None,
                    "old_ref": c.old_ref,
                    "new_ref": c.new_ref,
                }
                for c in changes
            ],
        )


def _check_access(original: Card, edited: Card) -> None:
    for v in edited.fields:
        fid = v.field.id
        if not v.editable and _norm(original.custom.get(fid)) != _norm(edited.custom.get(fid)):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("app", "You may only view the field «{field}»."),
                field=v.field.title,
            )
    visible = {v.field.id for v in edited.fields}
    if set(edited.custom) - visible:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "The card has a value for a field you may not see."),
        )


def save_card(
    session: Session,
    original: Card,
    edited: Card,
    who: CurrentUser,
    region: str = DEFAULT_REGION,
    now: datetime | None = None,
) -> int:
    """Save the edits in the caller's transaction; returns the client's id.

    Raises :class:`CardConflict` when the card changed since ``original`` was loaded,
    :class:`CardError` / ``RegistrationError`` for bad input, and ``PermissionDenied``.
    """
    # Access is what the user may do now, not what it was when the card was opened.
    fields = tuple(visible_fields(session, who))
    edited = replace(edited, fields=fields)
    original = replace(
        original,
        fields=fields,
        custom={k: v for k, v in original.custom.items() if k in {f.field.id for f in fields}},
    )
    _check_access(original, edited)
    edited = validate(edited, region)
    when = _now(now)
    names: dict[int, str] = {
        r[0]: r[1] for r in session.execute(select(Employee.id, Employee.full_name))
    }
    if original.id is None:
        require_create_clients(session, who)
        return _create(session, edited, who, when, region, names)
    require_edit_clients(session, who)
    client_id = original.id
    stored = session.scalar(select(_clients.c.custom_fields).where(_clients.c.id == client_id))
    custom = dict(stored or {})
    for v in fields:
        if v.editable:
            value = edited.custom.get(v.field.id)
            if value is None:
                custom.pop(v.field.key, None)
            else:
                custom[v.field.key] = value
    result = session.execute(
        update(_clients)
        .where(_clients.c.id == client_id, _clients.c.version == original.version)
        .values(
            display_name=edited.display_name,
            kind=edited.kind,
            responsible_id=edited.responsible_id,
            email=edited.email,
            custom_fields=custom,
            version=_clients.c.version + 1,
            updated_at=when,
        )
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        current = load_card(session, client_id, who)  # CardError if deleted meanwhile
        raise CardConflict(
            card_changes(original, current, names), card_changes(original, edited, names), current
        )
    field_index.refresh(session, [client_id])
    changes = card_changes(original, edited, names)
    contact_ids = _save_contacts(session, client_id, original, edited)
    _save_phones(session, client_id, original, edited, contact_ids, who, region, when)
    # Phones were written by registration (its own history rows); the rest is written here.
    _write_history(session, client_id, who, when, [c for c in changes if c.field != PHONE or c.old])
    return client_id


def _create(
    session: Session,
    card: Card,
    who: CurrentUser,
    when: datetime,
    region: str,
    names: dict[int, str],
) -> int:
    result = session.execute(
        insert(_clients).values(
            display_name=card.display_name,
            kind=card.kind,
            responsible_id=card.responsible_id,
            email=card.email,
            custom_fields={str(k): v for k, v in card.custom.items()},
            version=1,
            created_at=when,
            updated_at=when,
        )
    )
    client_id = _inserted_id(result)
    field_index.refresh(session, [client_id])
    empty = replace(
        card,
        id=client_id,
        display_name="",
        kind=card.kind,
        responsible_id=None,
        email="",
        phones=(),
        contacts=(),
        custom={},
    )
    changes = [Change("created", "", card.display_name)] + [
        c for c in card_changes(empty, card, names) if c.field not in (NAME, KIND, PHONE)
    ]
    contact_ids = _save_contacts(session, client_id, empty, card)
    _save_phones(session, client_id, empty, card, contact_ids, who, region, when)
    _write_history(session, client_id, who, when, changes)
    return client_id


def _save_contacts(
    session: Session, client_id: int, original: Card, edited: Card
) -> dict[int, int]:
    """Contacts written; returns card key -> contact id (new contacts get their ids)."""
    before = {c.key: c for c in original.contacts}
    ids: dict[int, int] = {}
    for c in edited.contacts:
        if c.key in before and c.key > 0:
            ids[c.key] = c.key
            if before[c.key] != c:
                session.execute(
                    update(_contacts)
                    .where(_contacts.c.id == c.key, _contacts.c.client_id == client_id)
                    .values(full_name=c.name, position=c.position)
                )
        else:
            result = session.execute(
                insert(_contacts).values(client_id=client_id, full_name=c.name, position=c.position)
            )
            ids[c.key] = _inserted_id(result)
    kept = {c.key for c in edited.contacts}
    gone = [k for k in before if k not in kept and k > 0]
    if gone:
        session.execute(
            update(_phones).where(_phones.c.contact_id.in_(gone)).values(contact_id=None)
        )
        session.execute(
            delete(_contacts).where(_contacts.c.id.in_(gone), _contacts.c.client_id == client_id)
        )
    return ids


def _save_phones(
    session: Session,
    client_id: int,
    original: Card,
    edited: Card,
    contact_ids: dict[int, int],
    who: CurrentUser,
    region: str,
    when: datetime,
) -> None:
    before = {p.number: p for p in original.phones}
    after = {p.number: p for p in edited.phones}
    removed = [n for n in before if n not in after]
    if removed:
        session.execute(
            delete(_phones).where(_phones.c.number.in_(removed), _phones.c.client_id == client_id)
        )
    for number, p in after.items():
        contact_id = contact_ids.get(p.contact_key) if p.contact_key is not None else None
        if number not in before:
            # The rules of who owns a number live in registration: one owner, races, history.
            assign_number(session, number, client_id, who, contact_id, region, when)
        elif before[number].contact_key != p.contact_key:
            session.execute(
                update(_phones)
                .where(_phones.c.number == number, _phones.c.client_id == client_id)
                .values(contact_id=contact_id)
            )


def _inserted_id(result: Any) -> int:
    key = cast(CursorResult[Any], result).inserted_primary_key
    assert key is not None
    return int(key[0])


def delete_client(session: Session, client_id: int, who: CurrentUser) -> None:
    """Delete a card; calls keep their numbers and history (their client link is cleared)."""
    require_delete_clients(session, who)
    result = session.execute(delete(_clients).where(_clients.c.id == client_id))
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise CardError(
            QT_TRANSLATE_NOOP("app", "The client no longer exists (it may have been deleted)."),
        )
