"""The client directory's worker and item model: keyset pages read off the GUI thread.

The same approach as the journal: the model asks its loader for the next page by keyset
(``fetchMore``), requests carry a generation so a newer search makes older answers stale,
and ``data()`` only reads what has arrived. Like the journal, only the pages looked at
recently stay in memory (at most :data:`MAX_CACHED_PAGES`); an evicted page is read again
from its keyset anchor when it scrolls back into view, and a placeholder shows meanwhile.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from app.clients.directory import ClientFilter, ClientRow, Key, count_capped, fetch_page, row_key
from app.database import describe_problem
from app.phones import display as display_number
from app.staff.auth import CurrentUser
from app.staff.permissions import VisibleField
from ui.messages import user_text

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 25  # 5,000 clients in memory; farther pages are read again on demand
LOADING_TEXT = "…"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

# Built-in columns; custom table fields follow them.
COL_NAME, COL_KIND, COL_NUMBERS, COL_CONTACTS, COL_RESPONSIBLE, COL_EMAIL = range(6)
BUILT_IN_COLUMNS = 6


class ClientLoader(QObject):
    page_loaded = Signal(int, int, object)  # generation, page, rows
    count_loaded = Signal(int, int, bool)
    failed = Signal(int, str)

    page_requested = Signal(int, object, object, int, int, object)
    count_requested = Signal(int, object)

    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        super().__init__()
        self.engine = engine
        self.viewer = viewer
        self.current_generation = 0
        self.page_requested.connect(self._load_page)
        self.count_requested.connect(self._count)

    def _run(self, generation: int, fn: Any, *args: Any) -> Any:
        if generation != self.current_generation:
            return None
        try:
            with self.engine.connect() as conn:
                return fn(conn, *args)
        except DBAPIError as e:
            self.failed.emit(generation, user_text(describe_problem(e, self.engine.url)))
        except Exception as e:  # a bug or a refused filter: show it, keep the worker alive
            log.exception("client query failed")
            self.failed.emit(generation, user_text(e))
        return None

    @Slot(int, object, object, int, int, object)
    def _load_page(
        self,
        generation: int,
        flt: ClientFilter,
        after: Key | None,
        page: int,
        limit: int,
        fields: list[VisibleField],
    ) -> None:
        rows = self._run(
            generation, lambda c: fetch_page(c, flt, self.viewer, after, limit, fields)
        )
        if rows is not None:
            self.page_loaded.emit(generation, page, rows)

    @Slot(int, object)
    def _count(self, generation: int, flt: ClientFilter) -> None:
        result = self._run(generation, lambda c: count_capped(c, flt, self.viewer))
        if result is not None:
            self.count_loaded.emit(generation, result[0], result[1])


class ClientLoaderThread:
    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        self.thread = QThread()
        self.thread.setObjectName("client-loader")
        self.loader = ClientLoader(engine, viewer)
        self.loader.moveToThread(self.thread)
        self.thread.start()

    def stop(self) -> None:
        self.loader.current_generation = -1
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(10_000)


class ClientTableModel(QAbstractTableModel):
    first_page_loaded = Signal()
    count_changed = Signal(int, bool)
    load_failed = Signal(str)

    def __init__(self, loader: ClientLoader, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.loader = loader
        self.page_size = page_size
        self.filter: ClientFilter | None = None
        self.fields: list[VisibleField] = []
        self.generation = 0
        self._pages: OrderedDict[int, list[ClientRow]] = OrderedDict()
        self._anchors: list[Key | None] = []  # page n starts after _anchors[n]
        self._known_rows = 0
        self._at_end = True
        self._requested: set[int] = set()
        self._kinds = {"company": self.tr("Company"), "person": self.tr("Person")}
        loader.page_loaded.connect(self._page_loaded)
        loader.count_loaded.connect(self._count_loaded)
        loader.failed.connect(self._failed)

    def set_query(self, flt: ClientFilter, fields: list[VisibleField]) -> None:
        self.generation += 1
        self.loader.current_generation = self.generation
        self.beginResetModel()
        self.filter = flt
        self.fields = list(fields)
        self._pages.clear()
        self._anchors = [None]
        self._known_rows = 0
        self._at_end = False
        self._requested.clear()
        self.endResetModel()
        self._request_page(0)
        self.loader.count_requested.emit(self.generation, flt)

    def refresh(self) -> None:
        if self.filter is not None:
            self.set_query(self.filter, self.fields)

    def _request_page(self, page: int) -> None:
        if page in self._requested or self.filter is None or page >= len(self._anchors):
            return
        self._requested.add(page)
        self.loader.page_requested.emit(
            self.generation, self.filter, self._anchors[page], page, self.page_size, self.fields
        )

    def _page_loaded(self, generation: int, page: int, rows: list[ClientRow]) -> None:
        if generation != self.generation:
            return
        self._requested.discard(page)
        if not self._at_end and page == len(self._anchors) - 1 and page not in self._pages:
            # A new page at the end of what is known. State first: a view (or a tester)
            # may call fetchMore while rows are inserted.
            if len(rows) < self.page_size:
                self._at_end = True
            else:
                self._anchors.append(row_key(rows[-1]))
            if rows:
                first = self._known_rows
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._pages[page] = rows
                self._known_rows += len(rows)
                self.endInsertRows()
            if page == 0:
                self.first_page_loaded.emit()
        elif page < len(self._anchors):
            # An evicted page read again from its anchor. Clients may have been renamed or
            # deleted meanwhile: the rows shown are what the page holds now (F5 re-reads all).
            self._pages[page] = rows
            top = page * self.page_size
            bottom = min(top + self.page_size, self._known_rows) - 1
            if top <= bottom:
                self.dataChanged.emit(
                    self.index(top, 0), self.index(bottom, self.columnCount() - 1)
                )
        self._evict()

    def _evict(self) -> None:
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    def _count_loaded(self, generation: int, count: int, capped: bool) -> None:
        if generation == self.generation:
            self.count_changed.emit(count, capped)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self._requested.clear()
            self._at_end = True
            self.load_failed.emit(message)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._known_rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else BUILT_IN_COLUMNS + len(self.fields)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.filter is None or self._at_end:
            return False
        return (len(self._anchors) - 1) not in self._requested

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page(len(self._anchors) - 1)

    @property
    def at_end(self) -> bool:
        return self._at_end

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def row_at(self, row: int) -> ClientRow | None:
        """The client at a row if its page is in memory; otherwise the page is requested."""
        if not 0 <= row < self._known_rows:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
            return ", ".join(display_number(n) for n in row.numbers)
        if col == COL_CONTACTS:
            return ", ".join(row.contacts)
        if col == COL_RESPONSIBLE:
            return row.responsible_name or ""
        if col == COL_EMAIL:
            return row.email
        offset = col - BUILT_IN_COLUMNS
        if 0 <= offset < len(self.fields):
            return row.custom.get(self.fields[offset].field.id, "")
        return None
