"""Administration -> Lists: named reusable lists whose items "list" card fields pick from.

Cards store an item's id, so renaming an item renames it on every card at once. Removing
an item that cards hold clears it there, only once the administrator confirmed the number
of cards (:class:`app.clients.field_values.WouldDropData`); a list a field uses cannot be
deleted. Two administrators editing one list: the second save is refused (version).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.clients import field_values
from app.clients.fields import FieldDef, ListChoice, field_defs
from app.messages import QT_TRANSLATE_NOOP
from app.staff.admin import AdminError
from app.staff.auth import CurrentUser
from app.staff.permissions import require_admin
from models import ClientField, FieldType, ValueList, ValueListItem

MAX_NAME = 100


@dataclass(frozen=True)
class ListInfo:
    id: int
    name: str
    version: int
    items: tuple[ListChoice, ...]
    fields: tuple[str, ...]  # titles of the card fields picking from it


@dataclass(frozen=True)
class ItemEdit:
    """An item as the administrator left it; ``id`` None: a new one. Order: its position."""

    name: str
    hides: bool = False
    id: int | None = None


def list_lists(session: Session, who: CurrentUser) -> list[ListInfo]:
    require_admin(session, who)
    items: dict[int, list[ListChoice]] = {}
    for list_id, item_id, name, hides in session.execute(
        select(
            ValueListItem.list_id, ValueListItem.id, ValueListItem.name, ValueListItem.hides
        ).order_by(ValueListItem.list_id, ValueListItem.sort_order, ValueListItem.id)
    ):
        items.setdefault(list_id, []).append(ListChoice(item_id, name, bool(hides)))
    used: dict[int | None, list[str]] = {}
    for used_by, title in session.execute(
        select(ClientField.list_id, ClientField.title)
        .where(ClientField.list_id.is_not(None))
        .order_by(ClientField.sort_order, ClientField.id)
    ):
        used.setdefault(used_by, []).append(title)
    return [
        ListInfo(l_id, name, version, tuple(items.get(l_id, ())), tuple(used.get(l_id, ())))
        for l_id, name, version in session.execute(
            select(ValueList.id, ValueList.name, ValueList.version).order_by(ValueList.name)
        )
    ]


def _name(text: str, empty: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise AdminError(empty)
    if len(name) > MAX_NAME:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "«{name}» is too long (at most {limit} characters)."),
            name=name,
            limit=MAX_NAME,
        )
    return name


def _checked_items(items: Sequence[ItemEdit]) -> list[ItemEdit]:
    seen: set[str] = set()
    checked = []
    for item in items:
        name = _name(item.name, QT_TRANSLATE_NOOP("app", "Every list item needs a name."))
        if name.casefold() in seen:
            raise AdminError(
                QT_TRANSLATE_NOOP("app", "The item «{name}» is in the list twice."),
                name=name,
            )
        seen.add(name.casefold())
        checked.append(ItemEdit(name, item.hides, item.id))
    if not checked:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "A list needs at least one item."),
        )
    return checked


def removed_items_usage(session: Session, list_id: int, removed: Sequence[int]) -> int:
    """How many cards hold one of ``removed`` in a field of the list."""
    if not removed:
        return 0
    total = 0
    for f in field_defs(session):
        if f.field_type is FieldType.LIST and f.list_id == list_id:
            where = field_values.holding(f.id, removed)
            total += int(session.scalar(select(func.count()).where(where)) or 0)
    return total


def save_list(
    session: Session,
    who: CurrentUser,
    list_id: int | None,
    name: str,
    items: Sequence[ItemEdit],
    version: int | None = None,
    confirmed: int | None = None,
) -> int:
    """Create or change a list and its items (in the order given). Removing items that
    cards hold raises WouldDropData unless ``confirmed`` is that number of cards."""
    require_admin(session, who)
    name = _name(name, QT_TRANSLATE_NOOP("app", "Enter the list's name."))
    checked = _checked_items(items)
    same = session.scalar(select(ValueList.id).where(ValueList.name == name))
    if same is not None and same != list_id:
        raise AdminError(
            QT_TRANSLATE_NOOP("app", "A list «{name}» already exists."),
            name=name,
        )
    if list_id is None:
        found = ValueList(name=name, version=1)
        session.add(found)
        session.flush()
    else:
        stored = session.get(ValueList, list_id, with_for_update=True)
        if stored is None:
            raise AdminError(
                QT_TRANSLATE_NOOP("app", "The list no longer exists."),
            )
        if version is not None and stored.version != version:
            raise AdminError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Someone else changed the list «{name}» meanwhile: reopen it to see "
                    "their changes.",
                ),
                name=stored.name,
            )
        found = stored
    # Asked (WouldDropData) before anything is written.
    rewrites = _removals(session, found.id, checked, confirmed)
    if list_id is not None:
        found.name = name
        found.version = found.version + 1
    _save_items(session, who, found.id, checked, rewrites)
    return found.id


Removals = tuple[list[int], list[tuple[FieldDef, field_values.Rewrite]]]


def _removals(
    session: Session, list_id: int, items: list[ItemEdit], confirmed: int | None
) -> Removals:
    """The items removed and what that does to the cards holding them (asked first)."""
    existing = set(
        session.scalars(select(ValueListItem.id).where(ValueListItem.list_id == list_id))
    )
    kept = {i.id for i in items if i.id is not None}
    if kept - existing:
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "app", "Someone else removed an item of this list meanwhile: reopen it."
            ),
        )
    removed = sorted(existing - kept)
    if not removed:
        return removed, []
    rewrites = [
        (f, field_values.plan(session, f.id, lambda _v: None, field_values.holding(f.id, removed)))
        for f in field_defs(session)
        if f.list_id == list_id
    ]
    lost = sum(r.lost for _f, r in rewrites)
    if lost and confirmed != lost:
        raise field_values.WouldDropData(lost)
    return removed, rewrites


def _save_items(
    session: Session,
    who: CurrentUser,
    list_id: int,
    items: list[ItemEdit],
    removals: Removals,
) -> None:
    removed, rewrites = removals
    if removed:
        for f, rewrite in rewrites:
            field_values.apply(session, who, rewrite, f, None)
        session.execute(delete(ValueListItem).where(ValueListItem.id.in_(removed)))
    # Renames may swap names: park the kept items' names first (unique per list).
    for item in items:
        if item.id is not None:
            session.execute(
                update(ValueListItem)
                .where(ValueListItem.id == item.id)
                .values(name=f"\x00{item.id}")
            )
    for order, item in enumerate(items):
        if item.id is None:
            session.add(
                ValueListItem(list_id=list_id, name=item.name, sort_order=order, hides=item.hides)
            )
        else:
            session.execute(
                update(ValueListItem)
                .where(ValueListItem.id == item.id)
                .values(name=item.name, sort_order=order, hides=item.hides)
            )
    session.flush()


def delete_list(session: Session, who: CurrentUser, list_id: int) -> None:
    """A list no field uses; otherwise the message names the fields."""
    require_admin(session, who)
    users = list(session.scalars(select(ClientField.title).where(ClientField.list_id == list_id)))
    if users:
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "app", "The list is used by the fields {fields}: change or delete them first."
            ),
            fields=", ".join(f"«{t}»" for t in users),
        )
    session.execute(delete(ValueList).where(ValueList.id == list_id))
