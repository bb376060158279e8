"""A table model over any number of rows, read by keyset pages off the GUI thread.

Subclass :class:`PagedTableModel` with the rows' columns and ``data()``, and give it the
queries it runs on the worker (:class:`ui.database_runner.DatabaseRunner`):

* ``fetch_page(conn, generation, query, after, limit)`` — up to ``limit`` rows after the
  keyset ``after`` (None: from the start), as a :class:`Page`;
* ``row_key(row)`` — the keyset key of a row (the next page starts after the last row's);
* ``fetch_count(conn, generation, query)`` — optional: (count, capped), or None for none;
* ``fetch_page_before(conn, generation, query, before, limit)`` — optional: up to ``limit``
  rows just before the keyset ``before`` (None: the last rows), in display order. With it
  the model can jump to the end (:meth:`PagedTableModel.jump_to_end`).

``generation`` identifies one ``set_query`` call: cache per-query preparation by it.

Rows are discovered page by page (``fetchMore``) as the user scrolls; only the pages looked
at recently stay in memory (``max_cached_pages()``) and a page evicted from the cache is
read again from its anchor when it scrolls back into view. ``data()`` must only read
:meth:`row_at`: it never touches the database; None means "placeholder, page requested".
A newer ``set_query`` makes older requests stale: they are skipped on the worker and their
answers ignored. ``head_rows()`` rows may sit above the pages (the journal's live new calls).

Jumping to the end: a keyset list cannot skip ahead, so the model resets into *tail mode*
and pages from the other end instead — page 0 is the last ``page_size`` rows (one query,
however long the list), page 1 the ones before it, and so on; earlier pages are inserted
at the top (``fetch_earlier``, emitting ``earlier_rows_inserted`` for the view to keep its
scroll position). The rows of the list above the tail are not in the model: the head is
not shown until ``jump_to_head`` (a reset back to page 0 from the top). Both jumps keep the
query (and its generation: the count and per-query preparation stay valid).
:class:`ui.paged_navigation.PagedNavigation` binds them to End / Home and the scroll bar.

State rules (which the two former copies did not share):

* the end (a short page) and the next anchor are set *before* the rows are inserted — a
  view calls ``canFetchMore``/``fetchMore`` from inside ``endInsertRows``, and with the old
  state it re-requested the page it was just given;
* every reset (a new query, a jump) starts a new *layout*: page answers asked for under an
  older layout are ignored, since page numbers and anchors mean something else now;
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
    first_page_loaded = Signal()  # the top page of a query or of jump_to_head
    end_loaded = Signal()  # the last page, after jump_to_end
    earlier_rows_inserted = Signal(int)  # tail mode: rows inserted at the top (not page 0)
    count_changed = Signal(int, bool)
    load_failed = Signal(str)  # not for a lost connection: the monitor shows that
    loading_changed = Signal(bool)

    def __init__(
        self, runner: DatabaseRunner, page_size: int, count_runner: DatabaseRunner | None = None
    ) -> None:
        """``count_runner``: a runner (thread and connection) of its own for the counts, so
        a slow count never holds up the rows of the next query."""
        super().__init__()
        self.runner = runner
        self.count_runner = count_runner or runner
        self.page_size = page_size
        self.query: Any = None
        self.generation = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._anchors: list[Hashable | None] = []  # page n starts after _anchors[n]
        self._paged_rows = 0
        self._complete = True  # every page in the paging direction is known
        self._from_end = False  # tail mode: pages counted from the bottom, read backwards
        self._layout = 0  # bumped by every reset: older page answers are ignored
        self._requested: set[int] = set()
        self._interrupted = False  # a request failed for a lost connection
        self._count_due: int | None = None  # the generation whose count waits for its rows
        connection_monitor().restored.connect(self._connection_restored)

    # -- for subclasses -------------------------------------------------------------------

    def fetch_page(
        self, conn: Connection, generation: int, query: Any, after: Any, limit: int
    ) -> Page[Row]:
        raise NotImplementedError

    def fetch_count(self, conn: Connection, generation: int, query: Any) -> tuple[int, bool] | None:
        return None

    def fetch_page_before(
        self, conn: Connection, generation: int, query: Any, before: Any, limit: int
    ) -> Page[Row]:
        """Up to ``limit`` rows just before the keyset ``before`` (None: the end), in
        display order. Optional: without it there is no jump (End goes to the last row
        loaded so far, and the view reads on page by page)."""
        raise NotImplementedError

    def can_jump_to_end(self) -> bool:
        return type(self).fetch_page_before is not PagedTableModel.fetch_page_before

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
        """Called inside every model reset (``set_query``, a jump to either end): drop the
        state that belongs to the rows shown (the journal: its live head, its poll)."""

    # -- queries --------------------------------------------------------------------------

    def set_query(self, query: Any) -> None:
        """Run a new query: everything cached so far is dropped."""
        self.generation += 1
        self.query = query
        self._interrupted = False
        # The count starts once the first rows are in (or failed): the rows come first.
        self._count_due = self.generation
        self._restart(from_end=False)

    def _start_count(self) -> None:
        generation, query = self._count_due, self.query
        if generation is None or generation != self.generation:
            return
        self._count_due = None
        self.run(
            lambda c: self.fetch_count(c, generation, query),
            lambda r: self._count_loaded(generation, r),
            runner=self.count_runner,
        )

    def refresh(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def jump_to_end(self) -> bool:
        """Show the last rows: reset into tail mode and read the last page (one query).

        False (nothing done) when the model cannot read from the end or has no query.
        """
        if self.query is None or not self.can_jump_to_end():
            return False
        self._restart(from_end=True)
        return True

    def jump_to_head(self) -> bool:
        """Back from tail mode to the top of the list (page 0 read again); False if not in it."""
        if self.query is None or not self._from_end:
            return False
        self._restart(from_end=False)
        return True

    def fetch_earlier(self) -> None:
        """Tail mode: read the page above the top row, if there is one."""
        if self._from_end and not self._complete and self.query is not None:
            self._request_page(len(self._anchors) - 1)

    def _restart(self, *, from_end: bool) -> None:
        self._layout += 1
        self.beginResetModel()
        self._pages.clear()
        self._anchors = [None]
        self._paged_rows = 0
        self._complete = False
        self._from_end = from_end
        self._requested.clear()
        self.query_reset()
        self.endResetModel()
        self._request_page(0)

    def run(
        self,
        work: Any,
        done: Any,
        failed: Any = None,
        *,
        same_layout: bool = False,
        runner: DatabaseRunner | None = None,
    ) -> None:
        """``work(conn)`` on the worker (or on ``runner``'s); ``done`` / ``failed`` only if
        the query is current (with ``same_layout``: and no reset or jump happened since)."""
        generation, layout = self.generation, self._layout

        def current() -> bool:
            return generation == self.generation and (not same_layout or layout == self._layout)

        def on_failed(error: BaseException) -> None:
            if current():
                (failed or self._failed)(error)

        (runner or self.runner).run(
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
        fetch = self.fetch_page_before if self._from_end else self.fetch_page
        self.run(
            lambda c: fetch(c, generation, query, after, limit),
            lambda p: self._page_loaded(page, p),
            same_layout=True,
        )

    def _page_loaded(self, page: int, result: Page[Row]) -> None:
        rows = result.rows
        self._requested.discard(page)
        if not self._requested:
            self.loading_changed.emit(False)
        self.page_extra(page, result.extra)
        if not self._complete and page == len(self._anchors) - 1 and page not in self._pages:
            # A new page past what is known. State first: a view may call fetchMore
            # while the rows are inserted.
            if len(rows) < self.page_size:
                self._complete = True
            else:
                self._anchors.append(self.row_key(rows[0] if self._from_end else rows[-1]))
            if rows:
                first = self.head_rows() + (0 if self._from_end else self._paged_rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._pages[page] = rows
                self._paged_rows += len(rows)
                self.endInsertRows()
                if self._from_end and page:
                    self.earlier_rows_inserted.emit(len(rows))
            if page == 0:
                (self.end_loaded if self._from_end else self.first_page_loaded).emit()
        elif page < len(self._anchors):
            # An evicted page read again from its anchor: what the page holds now.
            self._pages[page] = rows
            top = self.page_top(page)
            bottom = top + self._page_length(page) - 1
            if top <= bottom:
                self.dataChanged.emit(
                    self.index(top, 0), self.index(bottom, self.columnCount() - 1)
                )
        self._evict()
        self._start_count()

    def _page_length(self, page: int) -> int:
        """Rows of ``page`` in the model: every page is full but the last one found."""
        return max(0, min(self.page_size, self._paged_rows - page * self.page_size))

    def page_top(self, page: int) -> int:
        """The model row of the first row of ``page``."""
        if self._from_end:
            return self.head_rows() + max(0, self._paged_rows - (page + 1) * self.page_size)
        return self.head_rows() + page * self.page_size

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
        self._start_count()
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
        if parent.isValid() or self.query is None or self._complete or self._from_end:
            return False
        return (len(self._anchors) - 1) not in self._requested

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page(len(self._anchors) - 1)

    def _locate(self, row: int) -> tuple[int, int]:
        """(page, offset in the page) of the paged row ``row``; the offset may be negative
        or past the rows when a page read again came back shorter."""
        if not self._from_end:
            return divmod(row, self.page_size)
        page, from_bottom = divmod(self._paged_rows - 1 - row, self.page_size)
        return page, self._page_length(page) - 1 - from_bottom

    def paged_row(self, row: int) -> Row | None:
        """The paged row ``row`` (counted below the head) if in memory; else it is requested."""
        if not 0 <= row < self._paged_rows:
            return None
        page, offset = self._locate(row)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if 0 <= offset < len(rows) else None

    def row_at(self, row: int) -> Row | None:
        """The row at ``row`` if in memory; otherwise its page is requested."""
        return self.paged_row(row - self.head_rows())

    def set_paged_row(self, row: int, value: Row) -> bool:
        """Replace a paged row in memory (counted below the head); False if not in memory."""
        if not 0 <= row < self._paged_rows:
            return False
        page, offset = self._locate(row)
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
        """Whether the last row of the list is in the model (all of it, or in tail mode)."""
        return self._from_end or self._complete

    @property
    def at_start(self) -> bool:
        """Whether the first row of the list is in the model."""
        return not self._from_end or self._complete

    @property
    def loading(self) -> bool:
        """Whether a page is on its way."""
        return bool(self._requested)

    @property
    def from_end(self) -> bool:
        """Tail mode: the model shows the end of the list, paged from the bottom up."""
        return self._from_end

    def page_rows(self) -> list[tuple[int, list[Row]]]:
        """The pages in memory as (model row of their first row, their rows)."""
        return [(self.page_top(p), rows) for p, rows in self._pages.items()]

    @property
    def cached_pages(self) -> int:
        return len(self._pages)
