"""The index of card field values (``client_field_values``): which clients hold a value of a
field, found through a database index instead of reading every card's JSON.

``clients.custom_fields`` stays the truth. Every write of cards' values refreshes their index
rows in the same transaction (:func:`refresh`, or :func:`index_rows` for a bulk load that has
the values at hand); a value filter asks the index for the few clients holding a rare value
(:func:`few_holding`) and still checks them against the JSON, so a value longer than the
indexed beginning, or one MariaDB's collation also matches, is still matched exactly. A
common value needs no index: the table walks its display order and soon has a page.

Numbers are not indexed (their text is the database's rendering of a JSON number); a filter
on a number field reads the JSON as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from models import Client, ClientField, ClientFieldValue, FieldType
from models.client_fields import VALUE_INDEX_LENGTH

_clients = cast(Table, Client.__table__)
_fields = cast(Table, ClientField.__table__)
_index = cast(Table, ClientFieldValue.__table__)

CHUNK = 500  # clients per statement

FieldTypes = Mapping[str, FieldType]  # a field's key in custom_fields -> its type


def indexed(field_type: FieldType) -> bool:
    return field_type is not FieldType.NUMBER


def index_text(value: str) -> str:
    """What the index keeps of a value, and so what a lookup of that value looks for."""
    return value[:VALUE_INDEX_LENGTH]


def index_texts(field_type: FieldType, value: Any) -> list[str]:
    """The texts a stored value is indexed under: one, one per item of a list-valued field,
    none for numbers and empty values."""
    if not indexed(field_type) or value is None:
        return []
    texts: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, bool) or not isinstance(item, str | int):
            continue  # not a value any field type stores (a list item's id is an int)
        text = index_text(str(item))
        if text and text not in texts:
            texts.append(text)
    return texts


def field_types(conn: Connection | Session) -> dict[str, FieldType]:
    types: dict[str, FieldType] = {}
    for field_id, field_type in conn.execute(select(_fields.c.id, _fields.c.field_type)):
        try:
            types[str(field_id)] = FieldType(field_type)
        except ValueError:
            continue  # a type this CallDesk does not know: not indexed
    return types


def index_rows(
    cards: Iterable[tuple[int, Mapping[str, Any] | None]], types: FieldTypes
) -> list[dict[str, Any]]:
    """The index rows of ``(client id, custom_fields)`` pairs; keys of no existing field are
    left out."""
    rows: list[dict[str, Any]] = []
    for client_id, custom in cards:
        for key, value in (custom or {}).items():
            field_type = types.get(key)
            if field_type is None:
                continue
            rows += [
                {"field_id": int(key), "client_id": client_id, "value": text}
                for text in index_texts(field_type, value)
            ]
    return rows


def refresh(conn: Connection | Session, client_ids: Iterable[int]) -> None:
    """Index these clients' stored values anew (in the caller's transaction, after it wrote
    them)."""
    ids = sorted(set(client_ids))
    if not ids:
        return
    types = field_types(conn)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.execute(delete(_index).where(_index.c.client_id.in_(chunk)))
        stored = conn.execute(
            select(_clients.c.id, _clients.c.custom_fields).where(_clients.c.id.in_(chunk))
        )
        rows = index_rows(((r[0], r[1]) for r in stored), types)
        if rows:
            conn.execute(insert(_index), rows)


def refresh_field(conn: Connection | Session, field_id: int) -> None:
    """Index one field's values anew on every card (after its type changed)."""
    conn.execute(delete(_index).where(_index.c.field_id == field_id))
    field_type = field_types(conn).get(str(field_id))
    if field_type is None or not indexed(field_type):
        return
    value = _clients.c.custom_fields[str(field_id)]
    stored = conn.execute(select(_clients.c.id, value).where(value.is_not(None)))
    rows = [
        {"field_id": field_id, "client_id": client_id, "value": text}
        for client_id, held in stored
        for text in index_texts(field_type, held)
    ]
    for start in range(0, len(rows), CHUNK * 10):
        conn.execute(insert(_index), rows[start : start + CHUNK * 10])


def rebuild(conn: Connection | Session) -> int:
    """Index every client's values anew; the number of index rows written."""
    conn.execute(delete(_index))
    types = field_types(conn)
    if not types:
        return 0
    written = 0
    after = 0
    while True:  # by id ranges: a million cards never sit in memory at once
        batch = conn.execute(
            select(_clients.c.id, _clients.c.custom_fields)
            .where(_clients.c.id > after)
            .order_by(_clients.c.id)
            .limit(CHUNK * 10)
        ).all()
        if not batch:
            return written
        rows = index_rows(((r[0], r[1]) for r in batch), types)
        if rows:
            conn.execute(insert(_index), rows)
        written += len(rows)
        after = batch[-1][0]


def few_holding(
    conn: Connection | Session, field_id: int, values: Sequence[str], few: int
) -> list[int] | None:
    """The clients that may hold one of ``values`` in the field (all that do, perhaps more:
    the caller checks the JSON too), when they are at most ``few``; None when more do."""
    texts = sorted({index_text(v) for v in values if v})
    holding = select(_index.c.client_id).where(
        _index.c.field_id == field_id, _index.c.value.in_(texts)
    )
    # Counted in the server first: a common value costs one number, not thousands of ids.
    counted = holding.limit(few + 1).subquery()
    if (conn.scalar(select(func.count()).select_from(counted)) or 0) > few:
        return None
    return sorted(set(conn.scalars(holding)))
