"""The values a client table column holds, for its header filter: under the search and the
other columns' filters (as a spreadsheet's filter lists them), narrowed by a typed text,
with the number of clients per value where a grouped count is cheap.

At most ``limit`` values come back (``more`` says there were more: type to narrow).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select, true
from sqlalchemy.orm import Session

from app.clients import column_filters as cf
from app.clients.directory import ClientFilter, _conditions, _contains, _prepare
from app.clients.fields import MULTI_TYPES, FieldDef, value_text
from app.phones import digits
from app.staff.auth import CurrentUser
from models import Client, ContactPerson, Employee, FieldType, Phone

VALUE_LIMIT = 200
GROUP_CAP = 5000  # distinct numbers or dates of a field read for one list
LIST_SCAN_CAP = 20_000  # free-text list fields are counted over at most this many cards

_clients = cast(Table, Client.__table__)
_contacts = cast(Table, ContactPerson.__table__)
_phones = cast(Table, Phone.__table__)
_employees = cast(Table, Employee.__table__)


@dataclass(frozen=True)
class ColumnValue:
    value: str  # as the filter keeps it ("" the empty value)
    text: str  # as the table shows it
    count: int | None = None  # clients with it; None: not counted


@dataclass(frozen=True)
class ColumnValues:
    values: list[ColumnValue]
    more: bool = False  # there are more values than listed


def without_column(flt: ClientFilter, column: str) -> ClientFilter:
    """``flt`` without ``column``'s own value filter (its list shows all of its values)."""
    return replace(flt, values=tuple(p for p in flt.values if p[0] != column))


def column_values(
    conn: Connection | Session,
    flt: ClientFilter,
    who: CurrentUser,
    column: str,
    search: str = "",
    limit: int = VALUE_LIMIT,
) -> ColumnValues:
    """The values of ``column`` among the clients ``flt`` keeps (its own filter left out)."""
    _prepare(conn)
    field_id = cf.field_id_of(column)
    field = cf.viewer_field(conn, who, field_id) if field_id is not None else None
    where = _conditions(conn, without_column(flt, column), who)
    search = " ".join(search.split())
    if field is not None:
        return _field_values(conn, field, where, search, limit)
    if column == cf.PHONES:
        return _phone_values(conn, where, search, limit)
    if column == cf.CONTACTS:
        stmt = (
            select(_contacts.c.full_name, func.count(func.distinct(_contacts.c.client_id)))
            .select_from(_contacts.join(_clients, _clients.c.id == _contacts.c.client_id))
            .where(true(), *where)
        )
        if search:
            stmt = stmt.where(_contains(conn, _contacts.c.full_name, search))
        stmt = stmt.group_by(_contacts.c.full_name).order_by(_contacts.c.full_name)
        return _listed(conn.execute(stmt.limit(limit + 1)).all(), limit)
    if column == cf.RESPONSIBLE:
        # Grouped on the clients alone (their responsible index), the names read after.
        stmt = (
            select(_clients.c.responsible_id, func.count())
            .where(true(), *where)
            .group_by(_clients.c.responsible_id)
        )
        counts = {r[0]: int(r[1]) for r in conn.execute(stmt)}
        ids = [i for i in counts if i is not None]
        names = {
            r[0]: r[1]
            for r in conn.execute(
                select(_employees.c.id, _employees.c.full_name).where(_employees.c.id.in_(ids))
            )
        }
        folded = search.casefold()
        found = [
            ColumnValue("" if i is None else str(i), names.get(i, "") if i else "", n)
            for i, n in counts.items()
            if not folded or (i is not None and folded in names.get(i, "").casefold())
        ]
        found.sort(key=lambda v: (v.value != "", v.text.casefold()))
        return ColumnValues(found[:limit], len(found) > limit)
    target = {
        cf.NAME: _clients.c.display_name,
        cf.KIND: _clients.c.kind,
        cf.EMAIL: _clients.c.email,
    }
    if column not in target:
        return ColumnValues([])
    value = target[column]
    stmt = select(value, func.count()).where(true(), *where)
    if search:
        stmt = stmt.where(_contains(conn, value, search))
    stmt = stmt.group_by(value).order_by(value)
    return _listed(conn.execute(stmt.limit(limit + 1)).all(), limit)


def _listed(rows: Sequence[Any], limit: int) -> ColumnValues:
    return ColumnValues(
        [ColumnValue(r[0] or "", r[0] or "", int(r[1])) for r in rows[:limit]], len(rows) > limit
    )


def _phone_values(
    conn: Connection | Session, where: list[Any], search: str, limit: int
) -> ColumnValues:
    """Numbers (each has one owner: no counts); typed digits match the number's end."""
    stmt = (
        select(_phones.c.number)
        .select_from(_phones.join(_clients, _clients.c.id == _phones.c.client_id))
        .where(true(), *where)
    )
    wanted = digits(search)
    if wanted:
        stmt = stmt.where(_phones.c.digits_reversed.startswith(wanted[::-1], autoescape=True))
    rows = conn.execute(stmt.order_by(_phones.c.number).limit(limit + 1)).all()
    return ColumnValues([ColumnValue(r[0], r[0]) for r in rows[:limit]], len(rows) > limit)


def _field_values(
    conn: Connection | Session, field: FieldDef, where: list[Any], search: str, limit: int
) -> ColumnValues:
    folded = search.casefold()
    if field.field_type in MULTI_TYPES:
        counts: Counter[str] = Counter()
        empty = 0
        if field.items:  # known items: one pass summing each
            sums = [
                func.sum(func.coalesce(cf.item_contained(conn, field, item), 0))
                for item in field.items
            ]
            empty_sum = func.sum(func.coalesce(_raw(field).is_(None), 0))
            row = conn.execute(select(*sums, empty_sum).where(true(), *where)).one()
            counts.update({item: int(n or 0) for item, n in zip(field.items, row, strict=False)})
            empty = int(row[-1] or 0)
        else:  # free lines: read the values of (at most) LIST_SCAN_CAP cards
            stmt = select(_clients.c.custom_fields[field.key]).where(true(), *where)
            for (value,) in conn.execute(stmt.limit(LIST_SCAN_CAP)):
                if isinstance(value, list) and value:
                    counts.update(dict.fromkeys((str(v) for v in value), 1))
                else:
                    empty += 1
        found = [
            ColumnValue(item, item, n)
            for item, n in sorted(counts.items())
            if n and (not folded or folded in item.casefold())
        ]
        if empty and not search:
            found.insert(0, ColumnValue("", "", empty))
        return ColumnValues(found[:limit], len(found) > limit)
    value = cf.field_value(field)
    stmt = select(value, func.count()).where(true(), *where).group_by(value)
    if field.field_type in (FieldType.TEXT, FieldType.DROPDOWN):  # shown as stored
        if search:
            stmt = stmt.where(_field_contains(conn, value, search))
        stmt = stmt.order_by(value).limit(limit + 1)
    else:  # numbers and dates are shown otherwise than stored: matched here
        stmt = stmt.limit(GROUP_CAP)
    rows = conn.execute(stmt).all()
    found = []
    for raw, n in rows:
        shown = value_text(field, _typed(field, raw))
        if folded and folded not in shown.casefold():
            continue
        found.append(ColumnValue(raw or "", shown, int(n)))
    found.sort(key=lambda v: (v.value != "", _sort_key(field, v)))
    return ColumnValues(found[:limit], len(found) > limit)


def _field_contains(conn: Connection | Session, value: Any, text: str) -> Any:
    if cf.dialect_of(conn) == "sqlite":
        return _contains(conn, value, text)
    return func.lower(value).contains(text.lower(), autoescape=True)  # JSON text is binary


def _raw(field: FieldDef) -> Any:
    return _clients.c.custom_fields[field.key].as_string()


def _typed(field: FieldDef, raw: str | None) -> Any:
    if raw is None or field.field_type is not FieldType.NUMBER:
        return raw
    try:
        number = float(raw)
    except ValueError:
        return raw
    return int(number) if number.is_integer() and "." not in raw else number


def _sort_key(field: FieldDef, v: ColumnValue) -> Any:
    if field.field_type is FieldType.NUMBER:
        try:
            return (0, float(v.value), "")
        except ValueError:
            return (1, 0.0, v.value)
    return (0, 0.0, v.value)  # dates as ISO: in date order
