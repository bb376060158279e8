"""A card field's values across every card: how many cards a change would lose, and the
rewrite itself (a field's new type, a list item removed, a field deleted).

Administration asks first (:class:`WouldDropData` carries the number of cards) and repeats
the change with that number confirmed; the count is taken again inside the writing
transaction, so cards filled in meanwhile are never dropped unseen. Every rewritten card
gets its version bumped (an open card then reports a conflict, not an overwrite) and a
history row naming the administrator.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from app import clock
from app.clients import field_index
from app.clients.fields import (
    CHOICE_TYPES,
    MULTI_TYPES,
    FieldDef,
    FieldValueError,
    clean_value,
    is_empty,
    value_text,
)
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from models import Client, ClientHistory, FieldType

_clients = cast(Table, Client.__table__)
_history = cast(Table, ClientHistory.__table__)

NOT_CONVERTED = object()  # a value the new field cannot hold: the card loses it


class WouldDropData(UserFacingError, ValueError):
    """The change would empty the field on ``cards`` cards: ask, then repeat it with
    ``confirmed=cards``."""

    def __init__(self, cards: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("app", "The change would clear the value on {cards} cards."),
            cards=cards,
        )
        self.cards = cards


@dataclass(frozen=True)
class Rewrite:
    """New values of one field: client id -> (version read, the card's values, old value,
    new value or None)."""

    field_key: str
    values: dict[int, tuple[int, dict[str, Any], Any, Any]]

    @property
    def lost(self) -> int:
        return sum(1 for *_r, old, new in self.values.values() if new is None and old is not None)


def holding(field_id: int, item_ids: Collection[int] | None = None) -> ColumnElement[bool]:
    """Clients holding a value in the field (of those items, for a list field)."""
    value = _clients.c.custom_fields[str(field_id)]
    if item_ids is None:
        return value.is_not(None)
    return cast(ColumnElement[bool], value.as_integer().in_(list(item_ids)))


def plan(
    session: Session,
    field_id: int,
    convert: Callable[[Any], Any],
    where: ColumnElement[bool] | None = None,
) -> Rewrite:
    """What ``convert`` (old value -> new value, None or NOT_CONVERTED: lost) makes of the
    field's values; the rows are locked until the transaction ends (MariaDB)."""
    key = str(field_id)
    rows = session.execute(
        select(_clients.c.id, _clients.c.version, _clients.c.custom_fields)
        .where(where if where is not None else holding(field_id))
        .with_for_update()
    )
    values: dict[int, tuple[int, dict[str, Any], Any, Any]] = {}
    for client_id, version, custom in rows:
        old = (custom or {}).get(key)
        if is_empty(old):
            continue
        new = convert(old)
        if new is NOT_CONVERTED or is_empty(new):
            new = None
        if new != old:
            values[client_id] = (version, dict(custom), old, new)
    return Rewrite(key, values)


def check_confirmed(rewrite: Rewrite, confirmed: int | None) -> None:
    """Raise :class:`WouldDropData` unless no card loses a value or the loss was confirmed."""
    lost = rewrite.lost
    if lost and confirmed != lost:
        raise WouldDropData(lost)


def apply(
    session: Session,
    who: CurrentUser,
    rewrite: Rewrite,
    before: FieldDef,
    after: FieldDef | None,
) -> int:
    """Write the planned values (one statement for all cards) and their history rows."""
    if not rewrite.values:
        return 0
    when = clock.now().replace(microsecond=0)
    updates = []
    history = []
    for client_id, (version, custom, old, new) in rewrite.values.items():
        if new is None:
            custom.pop(rewrite.field_key, None)
        else:
            custom[rewrite.field_key] = new
        updates.append({"cid": client_id, "cf": custom, "v": version + 1})
        history.append(
            {
                "client_id": client_id,
                "employee_id": who.id,
                "changed_at": when,
                "field": f"field:{before.id}",
                "old_value": value_text(before, old) or None,
                "new_value": (value_text(after, new) if after is not None else "") or None,
            }
        )
    session.execute(
        update(_clients)
        .where(_clients.c.id == bindparam("cid"))
        .values(custom_fields=bindparam("cf"), version=bindparam("v"), updated_at=when),
        updates,
    )
    session.execute(insert(_history), history)
    field_index.refresh(session, rewrite.values)
    return len(updates)


def converter(before: FieldDef, after: FieldDef) -> Callable[[Any], Any] | None:
    """Old value -> the value of the changed field; None when nothing changes."""
    same_list = after.field_type is not FieldType.LIST or before.list_id == after.list_id
    if before.field_type is after.field_type and same_list:
        return None

    def convert(value: Any) -> Any:
        if before.field_type is FieldType.LIST:
            raw: Any = value_text(before, value)
        elif isinstance(value, list) and after.field_type not in MULTI_TYPES:
            if len(value) != 1:
                return NOT_CONVERTED
            raw = value[0]
        elif after.field_type in MULTI_TYPES or after.field_type in CHOICE_TYPES:
            raw = value
        else:
            raw = value_text(before, value) if before.field_type is FieldType.DATE else value
        try:
            return clean_value(after, raw)
        except (FieldValueError, ValueError, TypeError):
            return NOT_CONVERTED

    return convert
