"""A table model over any number of rows, read by keyset pages off the GUI thread.

Subclass :class:`PagedTableModel` with the rows' columns and ``data()``, and give it the
queries it runs on the worker (:class:`ui.database_runner.DatabaseRunner`):

* ``fetch_page(conn, generation, query, after, limit)`` — up to ``limit`` rows after the
  keyset ``after`` (None: from the start), as a :class:`Page`;
* ``row_key(row)`` — the keyset key of a row (the next page starts after the last row's);
* ``fetch_count(conn, generation, query)`` — optional: (count, capped), or None for none.

``generation`` identifies one ``set_query`` call: cache per-query preparation by it.

Rows are discovered page by page (``fetchMore``) as the user scrolls; only the pages looked
at recently stay in memory (``max_cached_pages()``) and a page evicted from the cache is
read again from its anchor when it scrolls back into view. ``data()`` must only read
:meth:`row_at`: it never touches the database; None means "placeholder, page requested".
A newer ``set_query`` makes older requests stale: they are skipped on the worker and their
answers ignored. ``head_rows()`` rows may sit above the pages (the journal's live new calls).

State rules (which the two former copies did not share):

* the end (a short page) and the next anchor are set *before* the rows are inserted — a
  view calls ``canFetchMore``/``fetchMore`` from inside ``endInsertRows``, and with the old
  state it re-requested the page it was just given;
* a failed request is not the end: the page is forgotten so that the next ``fetchMore`` or
  scroll asks again. A lost connection is shown by the connection monitor, not here, and
  the model reloads (``refresh``) when the monitor says the database is back; other errors
  are emitted as ``load_failed(message)`` for the form to show.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from app.database import describe_problem
from ui.database_runner import DatabaseRunner, connection_monitor, is_connection_lost
from ui.messages import user_text

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
LOADING_TEXT = "…"


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: list[Row]
    extra: Any = None  # anything the subclass reads with the page (journal: a watermark)


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    first_page_loaded = Signal()
    count_changed = Signal(int, bool)
    load_failed = Signal(str)  # not for a lost connection: the monitor shows that
    loading_changed = Signal(bool)

    def __init__(self, runner: DatabaseRunner, page_size: int) -> None:
        super().__init__()
        self.runner = runner
        self.page_size = page_size
        self.query: Any = None
        self.generation = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._anchors: list[Hashable | None] = []  # page n starts after _anchors[n]
        self._paged_rows = 0
        self._at_end = True
        self._requested: set[int] = set()
        self._interrupted = False  # a request failed for a lost connection
        connection_monitor().restored.connect(self._connection_restored)

    # -- for subclasses -------------------------------------------------------------------

    def fetch_page(
        self, conn: Connection, generation: int, query: Any, after: Any, limit: int
    ) -> Page[Row]:
        raise NotImplementedError

    def fetch_count(self, conn: Connection, generation: int, query: Any) -> tuple[int, bool] | None:
        return None

    def row_key(self, row: Row) -> Hashable:
        raise NotImplementedError

    def max_cached_pages(self) -> int:
        return 25

    def head_rows(self) -> int:
        """Rows shown above the pages (not paged, never evicted)."""
        return 0

    def page_extra(self, page: int, extra: Any) -> None:
        """A page's :attr:`Page.extra`, before its rows are shown."""

    def query_reset(self) -> None:
        """Called inside the model reset of ``set_query``: drop per-query state."""

    # -- queries --------------------------------------------------------------------------

    def set_query(self, query: Any) -> None:
        """Run a new query: everything cached so far is dropped."""
        self.generation += 1
        self.beginResetModel()
        self.query = query
        self._pages.clear()
        self._anchors = [None]
        self._paged_rows = 0
        self._at_end = False
        self._requested.clear()
        self._interrupted = False
        self.query_reset()
        self.endResetModel()
        self._request_page(0)
        generation = self.generation
        self.run(
            lambda c: self.fetch_count(c, generation, query),
            lambda r: self._count_loaded(generation, r),
        )

    def refresh(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def run(self, work: Any, done: Any, failed: Any = None) -> None:
        """``work(conn)`` on the worker; ``done`` / ``failed`` only if the query is current."""
        generation = self.generation

        def current() -> bool:
            return generation == self.generation

        def on_failed(error: BaseException) -> None:
            if current():
                (failed or self._failed)(error)

        self.runner.run(
            work,
            lambda r: done(r) if current() else None,
            on_failed,
            stale=lambda: not current(),
        )

    def _request_page(self, page: int) -> None:
        if page in self._requested or self.query is None or page >= len(self._anchors):
            return
        self._requested.add(page)
        self.loading_changed.emit(True)
        generation, query, after = self.generation, self.query, self._anchors[page]
        limit = self.page_size
        self.run(
            lambda c: self.fetch_page(c, generation, query, after, limit),
            lambda p: self._page_loaded(page, p),
        )

    def _page_loaded(self, page: int, result: Page[Row]) -> None:
        rows = result.rows
        self._requested.discard(page)
        if not self._requested:
            self.loading_changed.emit(False)
        self.page_extra(page, result.extra)
        if not self._at_end and page == len(self._anchors) - 1 and page not in self._pages:
            # A new page at the end of what is known. State first: a view may call
            # fetchMore while the rows are inserted.
            if len(rows) < self.page_size:
                self._at_end = True
            else:
                self._anchors.append(self.row_key(rows[-1]))
            if rows:
                first = self.head_rows() + self._paged_rows
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._pages[page] = rows
                self._paged_rows += len(rows)
                self.endInsertRows()
            if page == 0:
                self.first_page_loaded.emit()
        elif page < len(self._anchors):
            # An evicted page read again from its anchor: what the page holds now.
            self._pages[page] = rows
            top = self.head_rows() + page * self.page_size
            bottom = min(top + self.page_size, self.rowCount()) - 1
            if top <= bottom:
                self.dataChanged.emit(
                    self.index(top, 0), self.index(bottom, self.columnCount() - 1)
                )
        self._evict()

    def _evict(self) -> None:
        limit = self.max_cached_pages()
        while len(self._pages) > limit:
            self._pages.popitem(last=False)

    def _count_loaded(self, generation: int, result: tuple[int, bool] | None) -> None:
        if result is not None and generation == self.generation:
            self.count_changed.emit(result[0], result[1])

    def _failed(self, error: BaseException) -> None:
        """A request failed: forget what is pending (asked again on the next scroll)."""
        self._requested.clear()
        self.loading_changed.emit(False)
        if is_connection_lost(error):
            self._interrupted = True
        else:
            self.load_failed.emit(self.error_text(error))

    def error_text(self, error: BaseException) -> str:
        """What the form shows for a failed request (a refused filter, a query error)."""
        if isinstance(error, DBAPIError):
            return user_text(describe_problem(error, self.runner.engine.url))
        return user_text(error)

    def _connection_restored(self) -> None:
        if self._interrupted:
            self.refresh()

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.head_rows() + self._paged_rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.query is None or self._at_end:
            return False
        return (len(self._anchors) - 1) not in self._requested

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page(len(self._anchors) - 1)

    def paged_row(self, row: int) -> Row | None:
        """The paged row ``row`` (counted below the head) if in memory; else it is requested."""
        if not 0 <= row < self._paged_rows:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def row_at(self, row: int) -> Row | None:
        """The row at ``row`` if in memory; otherwise its page is requested."""
        return self.paged_row(row - self.head_rows())

    def set_paged_row(self, row: int, value: Row) -> bool:
        """Replace a paged row in memory (counted below the head); False if not in memory."""
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None or not 0 <= offset < len(rows):
            return False
        rows[offset] = value
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @property
    def at_end(self) -> bool:
        return self._at_end

    @property
    def cached_pages(self) -> int:
        return len(self._pages)
