"""Custom fields of the client card: their definitions and the values each type accepts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from models import ClientField, FieldType, ValueListItem

CHOICE_TYPES = (FieldType.DROPDOWN, FieldType.MULTI_SELECT, FieldType.CHECKBOXES)
MULTI_TYPES = (FieldType.LINES, FieldType.MULTI_SELECT, FieldType.CHECKBOXES)
MAX_TEXT = 1000
MAX_NUMBER = 10**15 - 1


class FieldValueError(UserFacingError, ValueError):
    """A value the field does not accept; the message names the field."""


@dataclass(frozen=True)
class ListChoice:
    """An item of a reusable list as a "list" field offers it."""

    id: int
    name: str
    hides: bool = False


@dataclass(frozen=True)
class FieldDef:
    id: int
    title: str
    field_type: FieldType
    required: bool
    sort_order: int
    group_title: str
    in_table: bool
    items: tuple[str, ...]
    code: str = ""
    hint: str = ""
    tab_title: str = ""
    shown: bool = True
    list_id: int | None = None
    choices: tuple[ListChoice, ...] = ()  # the list's items, in order ("list" fields)

    def choice(self, item_id: Any) -> ListChoice | None:
        return next((c for c in self.choices if c.id == item_id), None)

    @property
    def key(self) -> str:
        """Where the value lives in ``clients.custom_fields`` and in history rows."""
        return str(self.id)


def field_defs(conn: Connection | Session) -> list[FieldDef]:
    rows = conn.execute(select(ClientField).order_by(ClientField.sort_order, ClientField.id))
    defs = [_def(r[0] if isinstance(conn, Session) else r) for r in rows]
    wanted = {d.list_id for d in defs if d.list_id is not None}
    if not wanted:  # no extra query for the (usual) card without list fields
        return defs
    choices: dict[int, list[ListChoice]] = {}
    items = conn.execute(
        select(ValueListItem.list_id, ValueListItem.id, ValueListItem.name, ValueListItem.hides)
        .where(ValueListItem.list_id.in_(wanted))
        .order_by(ValueListItem.list_id, ValueListItem.sort_order, ValueListItem.id)
    )
    for list_id, item_id, name, hides in items:
        choices.setdefault(list_id, []).append(ListChoice(item_id, name, bool(hides)))
    return [
        replace(d, choices=tuple(choices.get(d.list_id, ()))) if d.list_id is not None else d
        for d in defs
    ]


def _def(row: Any) -> FieldDef:
    kind = FieldType(row.field_type)
    return FieldDef(
        id=row.id,
        title=row.title,
        field_type=kind,
        required=bool(row.required),
        sort_order=row.sort_order,
        group_title=row.group_title,
        in_table=bool(row.in_table),
        items=tuple(str(i) for i in (row.items or ())),
        code=row.code or f"field_{row.id}",
        hint=row.hint or "",
        tab_title=row.tab_title or "",
        shown=bool(row.shown),
        list_id=row.list_id if kind is FieldType.LIST else None,
    )


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def clean_value(field: FieldDef, value: Any) -> Any:
    """The value as stored (JSON): str, number, ISO date, or a list of str; None when empty."""
    if is_empty(value):
        return None
    kind = field.field_type
    if kind is FieldType.TEXT:
        text = str(value).strip()
        if len(text) > MAX_TEXT:
            raise FieldValueError(
                QT_TRANSLATE_NOOP("app", "«{field}» is too long (at most {limit} characters)."),
                field=field.title,
                limit=MAX_TEXT,
            )
        return text or None
    if kind is FieldType.NUMBER:
        return _number(field, value)
    if kind is FieldType.DATE:
        return _date(field, value)
    if kind is FieldType.LIST:
        return _list_item(field, value)
    if kind is FieldType.LINES:
        lines = list(value) if isinstance(value, list | tuple) else [value]
        items = [s.strip() for line in lines for s in str(line).splitlines() if s.strip()]
        return items or None
    if kind is FieldType.DROPDOWN:
        text = str(value).strip()
        if text not in field.items:
            raise FieldValueError(
                QT_TRANSLATE_NOOP("app", "«{value}» is not an item of «{field}»."),
                value=text,
                field=field.title,
            )
        return text
    chosen = list(value) if isinstance(value, list | tuple) else [value]
    wrong = [str(v) for v in chosen if str(v) not in field.items]
    if wrong:
        raise FieldValueError(
            QT_TRANSLATE_NOOP("app", "«{value}» is not an item of «{field}»."),
            value=", ".join(wrong),
            field=field.title,
        )
    # Stored in the order of the field's items, so equal choices compare equal.
    picked = {str(v) for v in chosen}
    return [item for item in field.items if item in picked] or None


def _list_item(field: FieldDef, value: Any) -> int:
    """A list field stores its item's id; an item's name (import, a typed value) is found
    case-insensitively."""
    if isinstance(value, list | tuple) and len(value) == 1:
        value = value[0]
    if isinstance(value, int) and not isinstance(value, bool) and field.choice(value):
        return value
    text = " ".join(str(value).split()).casefold()
    for c in field.choices:
        if c.name.casefold() == text:
            return c.id
    raise FieldValueError(
        QT_TRANSLATE_NOOP("app", "«{value}» is not an item of «{field}»."),
        value=value,
        field=field.title,
    )


def _number(field: FieldDef, value: Any) -> int | float:
    if isinstance(value, bool):
        raise FieldValueError(
            QT_TRANSLATE_NOOP("app", "«{field}» needs a number."),
            field=field.title,
        )
    if isinstance(value, int | float):
        number: int | float = value
        text = ""
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise FieldValueError(
                QT_TRANSLATE_NOOP("app", "«{field}» needs a number, not «{value}»."),
                field=field.title,
                value=value,
            ) from None
    # JSON has no infinity or NaN, and its numbers are exact only up to 15 digits.
    if not (isinstance(number, int) or math.isfinite(number)) or abs(number) > MAX_NUMBER:
        raise FieldValueError(
            QT_TRANSLATE_NOOP(
                "app", "«{field}» takes numbers of at most 15 digits, not «{value}»."
            ),
            field=field.title,
            value=value,
        )
    if text and isinstance(number, float) and number.is_integer() and "." not in text:
        return int(number)
    return number


def _date(field: FieldDef, value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for parse in (_iso, _dotted):
        parsed = parse(text)
        if parsed is not None:
            return parsed.isoformat()
    raise FieldValueError(
        QT_TRANSLATE_NOOP("app", "«{field}» needs a date like 31.12.2026, not «{value}»."),
        field=field.title,
        value=value,
    )


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _dotted(text: str) -> date | None:
    parts = text.split(".")
    # Plain 0-9 only ("²".isdigit() is true), and no more than a year's digits.
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() and len(p) <= 4 for p in parts):
        return None
    day, month, year = (int(p) for p in parts)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def value_text(field: FieldDef, value: Any) -> str:
    """The value as people read it (table, history, export)."""
    if is_empty(value):
        return ""
    if field.field_type is FieldType.LIST:
        found = field.choice(value)
        return found.name if found is not None else ""
    if field.field_type is FieldType.DATE:
        parsed = _iso(str(value))
        return parsed.strftime("%d.%m.%Y") if parsed else str(value)
    if field.field_type is FieldType.NUMBER and isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def by_id(fields: Sequence[FieldDef]) -> dict[int, FieldDef]:
    return {f.id: f for f in fields}
