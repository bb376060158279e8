"""The client directory: keyset pages over clients, search and per-column filters.

Pages are read in display order ``(display_name, id)`` with the expanded keyset seek
(DESIGN.md §6), never OFFSET. Only custom fields the viewer may see reach a row; a filter
on a field the viewer may not see is refused, so nothing hidden can be probed either.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    exists,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from app.clients.column_filters import (
    KIND,
    RESPONSIBLE,
    ColumnPick,
    by_keys,
    clean_picks,
    value_conditions,
)
from app.clients.fields import FieldDef, value_text
from app.messages import QT_TRANSLATE_NOOP
from app.phones import InvalidNumber, digits, normalize
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied, VisibleField, visible_fields
from models import Client, ClientField, ContactPerson, Employee, FieldType, Phone, ValueListItem

COUNT_CAP = 1000
DISPLAY_INDEX = "ix_clients_display_name"  # on display_name; InnoDB appends id
RESPONSIBLE_INDEX = "ix_clients_responsible_display"  # (responsible_id, display_name)
KIND_INDEX = "ix_clients_kind_display"  # (kind, display_name)
FEW_VALUES = 2  # more picked managers: walking the names finds a page sooner
_clients = cast(Table, Client.__table__)
_contacts = cast(Table, ContactPerson.__table__)
_phones = cast(Table, Phone.__table__)
_employees = cast(Table, Employee.__table__)
_fields = cast(Table, ClientField.__table__)
_items = cast(Table, ValueListItem.__table__)

Key = tuple[str, int]


@dataclass(frozen=True)
class ClientFilter:
    """What the directory shows: the search line and per-column filters (all "contains")."""

    search: str = ""
    name: str = ""
    kind: str | None = None
    responsible_id: int | None = None
    email: str = ""
    number: str = ""
    contact: str = ""
    custom: tuple[tuple[int, str], ...] = ()  # (field id, text)
    # Clients whose list field holds a "hide" item (e.g. status "Closed") are left out
    # unless this is on (the table's "Show hidden" toggle).
    show_hidden: bool = False
    # The column headers' value filters: (column, picked values), see app.clients.column_filters.
    values: tuple[ColumnPick, ...] = ()
    descending: bool = False  # Z to A by name

    def to_json(self) -> dict[str, Any]:
        """The filter as stored (a view, the last filter, a task's filter)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> ClientFilter:
        """A filter from what was stored; junk gives the empty filter's parts."""
        if not isinstance(data, dict):
            return cls()

        def text(key: str) -> str:
            value = data.get(key)
            return value if isinstance(value, str) else ""

        kind = data.get("kind")
        responsible = data.get("responsible_id")
        custom = data.get("custom")
        return cls(
            search=text("search"),
            name=text("name"),
            kind=kind if kind in ("company", "person") else None,
            responsible_id=responsible if type(responsible) is int else None,
            email=text("email"),
            number=text("number"),
            contact=text("contact"),
            custom=tuple(
                (int(c[0]), str(c[1]))
                for c in (custom if isinstance(custom, list | tuple) else ())
                if isinstance(c, list | tuple) and len(c) == 2 and type(c[0]) is int
            ),
            values=clean_picks(data.get("values")),
            descending=data.get("descending") is True,
            show_hidden=data.get("show_hidden") is True,
        )


@dataclass(frozen=True)
class ClientRow:
    id: int
    display_name: str
    kind: str
    responsible_name: str | None
    email: str
    numbers: tuple[str, ...]
    contacts: tuple[str, ...]
    custom: dict[int, str] = field(default_factory=dict)  # field id -> text, table fields only


def row_key(row: ClientRow) -> Key:
    return (row.display_name, row.id)


def table_fields(conn: Connection | Session, who: CurrentUser) -> list[VisibleField]:
    """Custom fields shown as table columns for this viewer."""
    return [v for v in visible_fields(conn, who) if v.field.in_table]


def _dialect(conn: Connection | Session) -> str:
    bind: Any = conn.get_bind() if isinstance(conn, Session) else conn
    return str(bind.dialect.name)


def _prepare(conn: Connection | Session) -> None:
    """SQLite's LIKE and lower() fold ASCII only: give it Python's casefold for Cyrillic."""
    if _dialect(conn) != "sqlite":
        return
    bound = conn.connection() if isinstance(conn, Session) else conn
    raw: Any = bound.connection
    raw.driver_connection.create_function(
        "calldesk_fold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True
    )


def _contains(conn: Connection | Session, column: Any, text: str) -> ColumnElement[bool]:
    if _dialect(conn) == "sqlite":
        return func.calldesk_fold(column).contains(text.casefold(), autoescape=True)
    # MariaDB's utf8mb4 collations compare case-insensitively.
    return column.contains(text, autoescape=True)  # type: ignore[no-any-return]


def _number_match(conn: Connection | Session, text: str) -> ColumnElement[bool] | None:
    d = digits(text)
    if len(d) < 3 or any(ch.isalpha() for ch in text):
        return None
    suffix = d[::-1]
    with contextlib.suppress(InvalidNumber):
        # 8 903 ... typed in full: match the normalized number's digits.
        suffix = digits(normalize(text))[::-1]
    # IN (not a correlated EXISTS): the reversed-digits index finds the few owners first.
    return _clients.c.id.in_(
        select(_phones.c.client_id).where(
            _phones.c.digits_reversed.startswith(suffix, autoescape=True)
        )
    )


def _conditions(
    conn: Connection | Session, flt: ClientFilter, who: CurrentUser
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    search = " ".join(flt.search.split())
    if search:
        by_number = _number_match(conn, search)
        if by_number is not None:
            where.append(by_number)
        else:
            where.append(
                or_(
                    _contains(conn, _clients.c.display_name, search),
                    exists().where(
                        _contacts.c.client_id == _clients.c.id,
                        _contains(conn, _contacts.c.full_name, search),
                    ),
                )
            )
    if flt.name.strip():
        where.append(_contains(conn, _clients.c.display_name, flt.name.strip()))
    if flt.kind:
        where.append(_clients.c.kind == flt.kind)
    if flt.responsible_id is not None:
        where.append(_clients.c.responsible_id == flt.responsible_id)
    if flt.email.strip():
        where.append(_contains(conn, _clients.c.email, flt.email.strip()))
    if flt.number.strip():
        by_number = _number_match(conn, flt.number)
        where.append(by_number if by_number is not None else false())
    if flt.contact.strip():
        where.append(
            exists().where(
                _contacts.c.client_id == _clients.c.id,
                _contains(conn, _contacts.c.full_name, flt.contact.strip()),
            )
        )
    if flt.custom:
        visible = {v.field.id: v.field for v in visible_fields(conn, who)}
        for field_id, text in flt.custom:
            if field_id not in visible:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "app", "You may not see this field, so you cannot filter by it."
                    ),
                )
            if text.strip():
                where.append(_field_contains(conn, visible[field_id], text.strip()))
    where += value_conditions(conn, flt.values, who)
    return where


def _field_contains(conn: Connection | Session, fdef: FieldDef, text: str) -> ColumnElement[bool]:
    """A custom field's value contains ``text``; a list field stores item ids, so it is
    matched by the names of its items."""
    if fdef.field_type is FieldType.LIST:
        wanted = text.casefold()
        ids = [c.id for c in fdef.choices if wanted in c.name.casefold()]
        if not ids:
            return false()
        return _clients.c.custom_fields[fdef.key].as_integer().in_(ids)  # type: ignore[no-any-return]
    value: Any = _clients.c.custom_fields[fdef.key].as_string()
    if _dialect(conn) != "sqlite":
        # JSON_UNQUOTE returns a binary-collated string: fold both sides.
        value, text = func.lower(value), text.lower()
    return _contains(conn, value, text)


def _where(
    conn: Connection | Session, flt: ClientFilter, who: CurrentUser
) -> list[ColumnElement[bool]]:
    """The filter's conditions and, unless ``show_hidden``, the default view's."""
    where = _conditions(conn, flt, who)
    hidden = None if flt.show_hidden else hidden_condition(conn)
    return where if hidden is None else [*where, ~hidden]


def hidden_condition(conn: Connection | Session) -> ColumnElement[bool] | None:
    """Clients the default view leaves out: a list field of theirs holds an item marked
    "hide clients with this value" (None: no such item, so nothing is hidden).

    One small query for the (field, item) pairs; the condition itself reads the row's JSON
    while the page walks the display-name index, so pages stay index range scans.
    """
    pairs = conn.execute(
        select(_fields.c.id, _items.c.id)
        .join(_items, _items.c.list_id == _fields.c.list_id)
        .where(_fields.c.field_type == FieldType.LIST.value, _items.c.hides == true())
    ).all()
    if not pairs:
        return None
    by_field: dict[int, list[int]] = {}
    for field_id, item_id in pairs:
        by_field.setdefault(field_id, []).append(item_id)
    return or_(
        *(
            func.coalesce(_clients.c.custom_fields[str(f)].as_integer(), 0).in_(items)
            for f, items in by_field.items()
        )
    )


def _seek(after: Key | None, from_end: bool = False) -> list[ColumnElement[bool]]:
    if after is None:
        return []
    name, client_id = after
    # Expanded form: MariaDB does not use the index for row-value comparisons.
    if from_end:  # mirrored: strictly before the cursor
        return [
            _clients.c.display_name <= name,
            or_(_clients.c.display_name < name, _clients.c.id < client_id),
        ]
    return [
        _clients.c.display_name >= name,
        or_(_clients.c.display_name > name, _clients.c.id > client_id),
    ]


def _base(
    conn: Connection | Session, flt: ClientFilter, who: CurrentUser
) -> tuple[Select[Any], list[ColumnElement[bool]]]:
    _prepare(conn)
    stmt = select(
        _clients.c.id,
        _clients.c.display_name,
        _clients.c.kind,
        _employees.c.full_name,
        _clients.c.email,
        _clients.c.custom_fields,
    ).select_from(_clients.outerjoin(_employees, _employees.c.id == _clients.c.responsible_id))
    return stmt, _where(conn, flt, who)


def page_statement(
    conn: Connection | Session,
    flt: ClientFilter,
    who: CurrentUser,
    after: Key | None = None,
    limit: int = 200,
    *,
    from_end: bool = False,
) -> Select[Any]:
    """The statement of one page (tests EXPLAIN it on MariaDB); ``from_end``: of the page
    just before ``after`` (None: the last page), read backwards on the same index.

    Unless a number search drives it (from the few owners the reversed-digits index finds),
    the page walks ``ix_clients_display_name`` in display order and stops at ``limit``:
    InnoDB appends the primary key, so the index is ordered by (display_name, id). Forced,
    because MariaDB's cost model alone picked a full scan and a filesort at ~8k clients.
    A filter on the responsible manager or the kind walks their (value, display_name)
    index instead (:func:`walk_index`); a rare custom-field value reads its few clients by
    key (:func:`app.clients.column_filters.by_keys`) and sorts them.
    """
    stmt, where = _base(conn, flt, who)
    backwards = from_end != flt.descending  # Z to A: the same index read backwards
    stmt = (
        stmt.where(true(), *where, *_seek(after, backwards))
        .order_by(
            *(
                (_clients.c.display_name.desc(), _clients.c.id.desc())
                if backwards
                else (_clients.c.display_name, _clients.c.id)
            )
        )
        .limit(limit)
    )
    if not _by_number(conn, flt):
        # A rare custom-field value names its few clients: read by key, then sorted.
        index = "PRIMARY" if by_keys(where) else walk_index(flt)
        for dialect in ("mysql", "mariadb"):
            stmt = stmt.with_hint(_clients, f"FORCE INDEX ({index})", dialect)
    return stmt


def walk_index(flt: ClientFilter) -> str:
    """The index a page walks in display order: by name, or within one or two responsible
    managers or one kind when a column filter picks them (a manager with a few clients then
    costs a few rows, not a walk past every other name)."""
    picked = dict(flt.values)
    managers = picked.get(RESPONSIBLE, ())
    if flt.responsible_id is not None or 0 < len(managers) <= FEW_VALUES:
        return RESPONSIBLE_INDEX
    if flt.kind or len(picked.get(KIND, ())) == 1:
        return KIND_INDEX
    return DISPLAY_INDEX


def _by_number(conn: Connection | Session, flt: ClientFilter) -> bool:
    search = " ".join(flt.search.split())
    return bool(flt.number.strip()) or (bool(search) and _number_match(conn, search) is not None)


def fetch_page(
    conn: Connection | Session,
    flt: ClientFilter,
    who: CurrentUser,
    after: Key | None = None,
    limit: int = 200,
    fields: Sequence[VisibleField] | None = None,
) -> list[ClientRow]:
    """The next page after ``after`` (None: the first page), in display order."""
    rows = conn.execute(page_statement(conn, flt, who, after, limit)).all()
    shown = list(fields) if fields is not None else table_fields(conn, who)
    return _rows(conn, rows, shown)


def fetch_page_before(
    conn: Connection | Session,
    flt: ClientFilter,
    who: CurrentUser,
    before: Key | None = None,
    limit: int = 200,
    fields: Sequence[VisibleField] | None = None,
) -> list[ClientRow]:
    """The ``limit`` clients just before ``before`` (None: the last ones), in display order:
    a page read from the end (the table's End)."""
    rows = conn.execute(page_statement(conn, flt, who, before, limit, from_end=True)).all()
    shown = list(fields) if fields is not None else table_fields(conn, who)
    return _rows(conn, rows[::-1], shown)


def detail_statements(ids: Sequence[int]) -> tuple[Select[Any], Select[Any]]:
    """The numbers and the contact persons of a page's clients.

    Ordered by (client_id, id), the order of the client_id index (InnoDB appends the
    primary key), so the IN ranges come back sorted without a filesort.
    """
    return (
        select(_phones.c.client_id, _phones.c.number)
        .where(_phones.c.client_id.in_(ids))
        .order_by(_phones.c.client_id, _phones.c.id),
        select(_contacts.c.client_id, _contacts.c.full_name)
        .where(_contacts.c.client_id.in_(ids))
        .order_by(_contacts.c.client_id, _contacts.c.id),
    )


def _rows(
    conn: Connection | Session, rows: Sequence[Any], fields: Sequence[VisibleField]
) -> list[ClientRow]:
    ids = [r[0] for r in rows]
    numbers: dict[int, list[str]] = {}
    contacts: dict[int, list[str]] = {}
    if ids:
        numbers_of, contacts_of = detail_statements(ids)
        for client_id, number in conn.execute(numbers_of):
            numbers.setdefault(client_id, []).append(number)
        for client_id, name in conn.execute(contacts_of):
            contacts.setdefault(client_id, []).append(name)
    result = []
    for r in rows:
        values = r[5] or {}
        result.append(
            ClientRow(
                id=r[0],
                display_name=r[1],
                kind=r[2],
                responsible_name=r[3],
                email=r[4],
                numbers=tuple(numbers.get(r[0], ())),
                contacts=tuple(contacts.get(r[0], ())),
                # Only the fields handed in: hidden values stay here.
                custom={v.field.id: value_text(v.field, values.get(v.field.key)) for v in fields},
            )
        )
    return result


def count_capped(
    conn: Connection | Session, flt: ClientFilter, who: CurrentUser, cap: int = COUNT_CAP
) -> tuple[int, bool]:
    """How many clients match, counting at most ``cap + 1`` (shown as "1000+")."""
    _prepare(conn)
    inner = select(_clients.c.id).where(true(), *_where(conn, flt, who)).limit(cap + 1)
    count = int(conn.scalar(select(func.count()).select_from(inner.subquery())) or 0)
    return min(count, cap), count > cap


def count_hidden(
    conn: Connection | Session, flt: ClientFilter, who: CurrentUser, cap: int = COUNT_CAP
) -> tuple[int, bool]:
    """How many clients the filter would show but the default view hides (capped)."""
    hidden = hidden_condition(conn)
    if hidden is None:
        return 0, False
    _prepare(conn)
    where = _conditions(conn, flt, who)
    inner = select(_clients.c.id).where(hidden, *where).limit(cap + 1)
    count = int(conn.scalar(select(func.count()).select_from(inner.subquery())) or 0)
    return min(count, cap), count > cap


def iter_rows(
    conn: Connection | Session,
    flt: ClientFilter,
    who: CurrentUser,
    page_size: int = 1000,
) -> Any:
    """Every matching row page by page (export), with the viewer's table fields."""
    fields = table_fields(conn, who)
    after: Key | None = None
    while True:
        rows = fetch_page(conn, flt, who, after, page_size, fields)
        yield from rows
        if len(rows) < page_size:
            return
        after = row_key(rows[-1])
