"""Value filters in the client table's column headers: the SQL that keeps the picked values
of a column (built-in, responsible manager, custom field), combined with the search.

A column's filter is ``(column, values)``: the exact values the table shows in it, as
:func:`app.clients.column_values.column_values` lists them ("" is the empty value). Custom
fields are named ``field:<id>`` and are checked against the viewer's field access: a filter
on a hidden field is refused, so nothing hidden can be probed by filtering either.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    Table,
    and_,
    exists,
    false,
    func,
    or_,
    select,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from app.clients import field_index
from app.clients.fields import MULTI_TYPES, FieldDef
from app.messages import QT_TRANSLATE_NOOP
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied, visible_fields
from models import Client, ContactPerson, Phone

NAME, KIND, PHONES, CONTACTS, RESPONSIBLE, EMAIL = (
    "name",
    "kind",
    "phones",
    "contacts",
    "responsible",
    "email",
)
BUILT_IN = (NAME, KIND, PHONES, CONTACTS, RESPONSIBLE, EMAIL)
FIELD_PREFIX = "field:"
MAX_PICKED = 500  # values ticked in one column; more is not a filter anyone means
# Custom-field values are found through app.clients.field_index (False: every card's JSON is
# read, the baseline the clients benchmark compares with).
USE_VALUE_INDEX = True
FEW = 3000  # at most this many cards holding a value: fetched by key and sorted
# Conditions that keep a few clients by key (see by_keys); weak: they live as a statement.
_BY_KEYS: weakref.WeakSet[ColumnElement[bool]] = weakref.WeakSet()

ColumnPick = tuple[str, tuple[str, ...]]  # (column, picked values)

_clients = cast(Table, Client.__table__)
_contacts = cast(Table, ContactPerson.__table__)
_phones = cast(Table, Phone.__table__)


def field_column(field_id: int) -> str:
    return f"{FIELD_PREFIX}{field_id}"


def field_id_of(column: str) -> int | None:
    """The custom field of a ``field:<id>`` column, None for a built-in one."""
    if not column.startswith(FIELD_PREFIX):
        return None
    try:
        return int(column[len(FIELD_PREFIX) :])
    except ValueError:
        return None


def hidden_field_refused() -> PermissionDenied:
    return PermissionDenied(
        QT_TRANSLATE_NOOP("app", "You may not see this field, so you cannot filter by it."),
    )


def viewer_field(conn: Connection | Session, who: CurrentUser, field_id: int) -> FieldDef:
    """The field if the viewer may see it; :class:`PermissionDenied` otherwise."""
    for v in visible_fields(conn, who):
        if v.field.id == field_id:
            return v.field
    raise hidden_field_refused()


def dialect_of(conn: Connection | Session) -> str:
    bind: Any = conn.get_bind() if isinstance(conn, Session) else conn
    return str(bind.dialect.name)


def field_value(field: FieldDef) -> Any:
    """A scalar field's value as text, the same on both databases (numbers as '12.5')."""
    return sql_cast(_clients.c.custom_fields[field.key].as_string(), String(1000))


def _field_raw(field: FieldDef) -> Any:
    return _clients.c.custom_fields[field.key].as_string()


def item_contained(conn: Connection | Session, field: FieldDef, item: str) -> Any:
    """Whether a list-valued field holds ``item``."""
    path = f'$."{field.key}"'
    if dialect_of(conn) == "sqlite":
        each = func.json_each(_clients.c.custom_fields, path).table_valued("value")
        return exists(select(1).select_from(each).where(each.c.value == item))
    return func.json_contains(_clients.c.custom_fields, func.json_quote(item), path) == 1


def _field_condition(
    conn: Connection | Session, field: FieldDef, values: Sequence[str]
) -> ColumnElement[bool]:
    wanted = [v for v in values if v]
    parts: list[Any] = []
    if "" in values:
        parts.append(_field_raw(field).is_(None))
    exact: list[Any] = []
    if field.field_type in MULTI_TYPES:
        exact = [item_contained(conn, field, v) for v in wanted]
    elif wanted:
        exact = [field_value(field).in_(wanted)]
    few = None
    if exact and USE_VALUE_INDEX and field_index.indexed(field.field_type):
        few = field_index.few_holding(conn, field.id, wanted, FEW)
    if few is not None:
        # A rare value: its few cards by their keys (the JSON confirms each), rather than
        # walking every name in order to find them.
        keyed = and_(_clients.c.id.in_(few), or_(*exact))
        if not parts:
            _BY_KEYS.add(keyed)
        parts.append(keyed)
    else:  # a common value: walking the names in order soon finds a page of them
        parts += exact
    return or_(false(), *parts)


def by_keys(where: Sequence[ColumnElement[bool]]) -> bool:
    """Whether a condition keeps only the few clients a rare value's index entries named:
    a page then reads them by key and sorts them, instead of walking the display order."""
    return any(w in _BY_KEYS for w in where)


def _built_in_condition(column: str, values: Sequence[str]) -> ColumnElement[bool]:
    if column == NAME:
        return _clients.c.display_name.in_(values)
    if column == KIND:
        return _clients.c.kind.in_(values)
    if column == EMAIL:
        return _clients.c.email.in_(values)
    if column == RESPONSIBLE:
        ids = [int(v) for v in values if v.isdigit()]
        parts: list[Any] = [_clients.c.responsible_id.in_(ids)] if ids else []
        if "" in values:
            parts.append(_clients.c.responsible_id.is_(None))
        return or_(false(), *parts)
    if column == PHONES:
        # IN over the owners (as the number search): the unique number index finds them.
        return _clients.c.id.in_(
            select(_phones.c.client_id).where(_phones.c.number.in_(list(values)))
        )
    if column == CONTACTS:
        return exists().where(
            _contacts.c.client_id == _clients.c.id, _contacts.c.full_name.in_(list(values))
        )
    return false()  # a column this CallDesk does not know: nothing, rather than everything


def value_conditions(
    conn: Connection | Session, picks: Sequence[ColumnPick], who: CurrentUser
) -> list[ColumnElement[bool]]:
    """One condition per column with picked values (a column without values: no filter)."""
    where: list[ColumnElement[bool]] = []
    fields: dict[int, FieldDef] | None = None
    for column, values in picks:
        if not values:
            continue
        field_id = field_id_of(column)
        if field_id is None:
            where.append(_built_in_condition(column, values[:MAX_PICKED]))
            continue
        if fields is None:
            fields = {v.field.id: v.field for v in visible_fields(conn, who)}
        field = fields.get(field_id)
        if field is None:
            raise hidden_field_refused()
        where.append(_field_condition(conn, field, values[:MAX_PICKED]))
    return where


def clean_picks(data: Any) -> tuple[ColumnPick, ...]:
    """Picks read back from JSON (a saved view, the last filter): junk is dropped."""
    picks: list[ColumnPick] = []
    seen: set[str] = set()
    for item in data if isinstance(data, list | tuple) else ():
        if not isinstance(item, list | tuple) or len(item) != 2:
            continue
        column, values = item
        if not isinstance(column, str) or column in seen or not isinstance(values, list | tuple):
            continue
        if column not in BUILT_IN and field_id_of(column) is None:
            continue
        kept = tuple(dict.fromkeys(str(v) for v in values if isinstance(v, str | int)))
        if kept:
            picks.append((column, kept[:MAX_PICKED]))
            seen.add(column)
    return tuple(picks)
