"""Per-employee settings kept in the database, so they follow the user to any workstation.

Values are JSON. The journal's column layout has a typed form, :class:`ColumnLayout`, that
survives columns added or removed by a newer CallDesk.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Session

from app import clock
from models import UserSettings

JOURNAL_COLUMNS_KEY = "journal.columns"
MAX_VALUE_BYTES = 64_000
MIN_COLUMN_WIDTH = 20
MAX_COLUMN_WIDTH = 2000

_settings = cast(Table, UserSettings.__table__)


class SettingsError(ValueError):
    """A setting that cannot be stored; the message says why."""


def get_setting(conn: Connection | Session, employee_id: int, key: str, default: Any = None) -> Any:
    value = conn.scalar(
        select(_settings.c.value).where(
            _settings.c.employee_id == employee_id, _settings.c.key == key
        )
    )
    return default if value is None else value


def put_setting(
    conn: Connection | Session,
    employee_id: int,
    key: str,
    value: Any,
    now: datetime | None = None,
) -> None:
    """Insert or replace one setting in the caller's transaction (one atomic upsert)."""
    if not key or len(key) > 64:
        raise SettingsError("A setting key must have 1 to 64 characters.")
    try:
        size = len(json.dumps(value, ensure_ascii=False).encode())
    except (TypeError, ValueError) as e:
        raise SettingsError(f"The setting {key!r} cannot be stored as JSON: {e}") from e
    if size > MAX_VALUE_BYTES:
        raise SettingsError(f"The setting {key!r} is too large ({size} bytes).")
    values = {
        "employee_id": employee_id,
        "key": key,
        "value": value,
        "updated_at": (now or clock.now()).replace(microsecond=0),
    }
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name == "sqlite":
        lite = sqlite.insert(_settings).values(values)
        stmt: Any = lite.on_conflict_do_update(
            index_elements=["employee_id", "key"],
            set_={"value": lite.excluded.value, "updated_at": lite.excluded.updated_at},
        )
    else:
        my = mysql.insert(_settings).values(values)
        stmt = my.on_duplicate_key_update(
            value=my.inserted.value, updated_at=my.inserted.updated_at
        )
    conn.execute(stmt)


def delete_setting(conn: Connection | Session, employee_id: int, key: str) -> None:
    conn.execute(
        _settings.delete().where(_settings.c.employee_id == employee_id, _settings.c.key == key)
    )


@dataclass(frozen=True)
class ColumnState:
    id: str
    visible: bool = True
    width: int | None = None  # None: the view's default width


@dataclass(frozen=True)
class ColumnLayout:
    """The journal's columns in display order, with visibility and width."""

    columns: tuple[ColumnState, ...]

    @classmethod
    def default(cls, known: Sequence[str]) -> ColumnLayout:
        return cls(tuple(ColumnState(c) for c in known))

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "columns": [{"id": c.id, "visible": c.visible, "width": c.width} for c in self.columns],
        }

    @classmethod
    def from_json(cls, data: Any, known: Sequence[str]) -> ColumnLayout:
        """A layout for the columns this CallDesk knows, whatever was stored.

        Unknown or repeated ids are dropped, columns missing from the stored layout are
        appended visible, widths out of range fall back to the default; junk gives the
        default layout.
        """
        known_set = set(known)
        states: list[ColumnState] = []
        seen: set[str] = set()
        items = data.get("columns") if isinstance(data, dict) else None
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            col = item.get("id")
            if not isinstance(col, str) or col not in known_set or col in seen:
                continue
            width = item.get("width")
            if (
                not isinstance(width, int)
                or isinstance(width, bool)
                or not MIN_COLUMN_WIDTH <= width <= MAX_COLUMN_WIDTH
            ):
                width = None
            visible = item.get("visible", True)
            states.append(ColumnState(col, visible if isinstance(visible, bool) else True, width))
            seen.add(col)
        states += [ColumnState(c) for c in known if c not in seen]
        if not any(s.visible for s in states):
            return cls.default(known)  # a journal without columns is never what was meant
        return cls(tuple(states))


def load_column_layout(
    conn: Connection | Session, employee_id: int, known: Sequence[str]
) -> ColumnLayout:
    return ColumnLayout.from_json(get_setting(conn, employee_id, JOURNAL_COLUMNS_KEY), known)


def save_column_layout(
    conn: Connection | Session, employee_id: int, layout: ColumnLayout, now: datetime | None = None
) -> None:
    put_setting(conn, employee_id, JOURNAL_COLUMNS_KEY, layout.to_json(), now)
