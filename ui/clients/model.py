"""The client directory's worker and item model: keyset pages read off the GUI thread.

The paging, page cache (at most :data:`MAX_CACHED_PAGES`) and error rules are
:class:`ui.paged_table.PagedTableModel`'s, shared with the journal; this adds the
directory's query, its columns (built-in, then the visible custom fields) and ``data()``.
An evicted page read again shows what it holds now (F5 re-reads all).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import Connection, Engine

from app.clients.directory import (
    ClientFilter,
    ClientRow,
    Key,
    count_capped,
    fetch_page,
    fetch_page_before,
    row_key,
)
from app.phones import display as display_number
from app.staff.auth import CurrentUser
from app.staff.permissions import VisibleField
from ui.database_runner import DatabaseRunner
from ui.paged_table import LOADING_TEXT as LOADING_TEXT  # re-exported
from ui.paged_table import Index, Page, PagedTableModel

PAGE_SIZE = 200
MAX_CACHED_PAGES = 25  # 5,000 clients in memory; farther pages are read again on demand
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# Built-in columns; custom table fields follow them.
COL_NAME, COL_KIND, COL_NUMBERS, COL_CONTACTS, COL_RESPONSIBLE, COL_EMAIL = range(6)
BUILT_IN_COLUMNS = 6


class ClientLoader:
    """The client directory's runner (one thread, one connection) and its viewer."""

    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        self.engine = engine
        self.viewer = viewer
        self.runner = DatabaseRunner(engine, "client-loader", replica_reads=True)


class ClientLoaderThread:
    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        self.loader = ClientLoader(engine, viewer)

    def stop(self) -> None:
        self.loader.runner.stop()


class ClientTableModel(PagedTableModel[ClientRow]):
    def __init__(self, loader: ClientLoader, page_size: int = PAGE_SIZE) -> None:
        super().__init__(loader.runner, page_size)
        self.loader = loader
        self.fields: list[VisibleField] = []
        self._kinds = {"company": self.tr("Company"), "person": self.tr("Person")}

    @property
    def filter(self) -> ClientFilter | None:
        return self.query[0] if self.query is not None else None

    def set_query(self, flt: ClientFilter, fields: list[VisibleField]) -> None:  # type: ignore[override]
        self.fields = list(fields)
        super().set_query((flt, list(fields)))

    def refresh(self) -> None:
        if self.query is not None:
            self.set_query(self.query[0], self.query[1])

    def fetch_page(
        self, conn: Connection, generation: int, query: Any, after: Any, limit: int
    ) -> Page[ClientRow]:
        flt, fields = query
        return Page(fetch_page(conn, flt, self.loader.viewer, after, limit, fields))

    def fetch_page_before(
        self, conn: Connection, generation: int, query: Any, before: Any, limit: int
    ) -> Page[ClientRow]:
        flt, fields = query
        return Page(fetch_page_before(conn, flt, self.loader.viewer, before, limit, fields))

    def fetch_count(self, conn: Connection, generation: int, query: Any) -> tuple[int, bool]:
        return count_capped(conn, query[0], self.loader.viewer)

    def row_key(self, row: ClientRow) -> Key:
        return row_key(row)

    def max_cached_pages(self) -> int:
        return MAX_CACHED_PAGES

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else BUILT_IN_COLUMNS + len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            self.tr("Client"),
            self.tr("Kind"),
            self.tr("Phones"),
            self.tr("Contact persons"),
            self.tr("Responsible manager"),
            self.tr("E-mail"),
        ]
        if section < BUILT_IN_COLUMNS:
            return headers[section]
        if section - BUILT_IN_COLUMNS < len(self.fields):
            return self.fields[section - BUILT_IN_COLUMNS].field.title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            loading = role == Qt.ItemDataRole.DisplayRole and index.column() == COL_NAME
            return LOADING_TEXT if loading else None
        if role == ROW_ROLE:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == COL_NAME:
            return row.display_name
        if col == COL_KIND:
            return self._kinds.get(row.kind, row.kind)
        if col == COL_NUMBERS:
            numbers = [display_number(n) for n in row.numbers]
            if role == Qt.ItemDataRole.ToolTipRole or len(numbers) < 2:
                return "\n".join(numbers)
            # The first number whole and how many more (the tooltip lists them all): a list
            # of three was wider than the directory has room for beside the softphone.
            return f"{numbers[0]} +{len(numbers) - 1}"
        if col == COL_CONTACTS:
            if role == Qt.ItemDataRole.ToolTipRole or len(row.contacts) < 2:
                return "\n".join(row.contacts)
            return f"{row.contacts[0]} +{len(row.contacts) - 1}"
        if col == COL_RESPONSIBLE:
            return row.responsible_name or ""
        if col == COL_EMAIL:
            return row.email
        offset = col - BUILT_IN_COLUMNS
        if 0 <= offset < len(self.fields):
            return row.custom.get(self.fields[offset].field.id, "")
        return None
