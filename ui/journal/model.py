"""The journal's item model: a window of keyset pages over any number of calls.

The paging, the page cache and the error rules are :class:`ui.paged_table.PagedTableModel`'s;
this adds the journal's columns and the live updates: new calls are inserted at the top
(a head above the pages) with ``beginInsertRows``; a reset happens only for a new filter
or a jump to either end. After a jump to the end (the head of the list is not in the model)
new calls are counted and offered, as for the oldest-first order, not inserted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any, cast

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from sqlalchemy import Connection

from app.calls.status import closed_after
from app.journal import query as journal
from app.journal.filter import JournalFilter
from app.journal.query import JournalRow, NewCalls
from app.journal.rows import EVERYTHING, Extra, rows_for
from app.phones import display as display_number
from models import CallStatus
from ui import icons
from ui.call_vocabulary import (
    DIRECTION_ICONS,
    DIRECTION_TEXT,
    HANGUP_TEXT,
    QUEUE_OUTCOME_TEXT,
    STATUS_TEXT,
    duration,
    short_name,
    translated,
)
from ui.journal.columns import COLUMNS, Col, header, title
from ui.journal.loader import JournalLoader, Key
from ui.messages import user_text
from ui.paged_table import LOADING_TEXT as LOADING_TEXT  # re-exported
from ui.paged_table import Index, Page, PagedTableModel

PAGE_SIZE = 100  # fills a tall screen twice; decoding rows in PyMySQL is the cost
MAX_CACHED_PAGES = 60
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles data() answers. A view asks each visible cell for several more (font,
# background, decoration, check state): those get None before any row lookup, which is
# most of the cost of painting a screenful (End -> last rows painted).
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        ROW_ROLE,
        STATUS_ROLE,
    }
)


IN_PROGRESS = CallStatus.IN_PROGRESS.value
# Calls shown "in progress" read again per poll: a screenful and more.
LIVE_LIMIT = 100
# Rows read again per statement when a column that needs more is shown.
REREAD_CHUNK = 500


def row_key(row: JournalRow) -> Key:
    return (row.started_at, row.id)


@cache
def _icon(name: str) -> QIcon:
    return icons.icon(name)


class JournalModel(PagedTableModel[JournalRow]):
    """The journal's rows: keyset pages of calls, with live new calls in a head above them."""

    new_rows_inserted = Signal(int)
    new_calls_waiting = Signal(int)  # oldest first: new calls belong at the end, shown on F5

    def __init__(self, loader: JournalLoader, page_size: int = PAGE_SIZE) -> None:
        super().__init__(loader.runner, page_size, count_runner=loader.counter)
        self.loader = loader
        self._head: list[JournalRow] = []
        self._newer_pending = False
        self._live_pending = False
        self._watermark = 0
        self.older_arrivals = 0  # new calls that belong below the top: shown after a refresh
        self._locale = QLocale()
        # What the rows read beyond their common facts: the shown columns' needs (the form
        # sets it); read by the worker when a page is fetched.
        self.extra: frozenset[Extra] = EVERYTHING

    @property
    def filter(self) -> JournalFilter | None:
        return cast(JournalFilter | None, self.query)

    # -- queries (worker thread) ----------------------------------------------------------

    def fetch_page(
        self, conn: Connection, generation: int, query: Any, after: Any, limit: int
    ) -> Page[JournalRow]:
        watermark = journal.newest_call_id(conn) if after is None else 0
        extra = self.extra
        rows = self.loader.prepared(conn, generation, query).page(conn, after, limit, extra)
        return Page(self._with_extra(conn, rows, extra), watermark)

    def fetch_page_before(
        self, conn: Connection, generation: int, query: Any, before: Any, limit: int
    ) -> Page[JournalRow]:
        watermark = journal.newest_call_id(conn) if before is None else 0
        extra = self.extra
        prepared = self.loader.prepared(conn, generation, query)
        rows = prepared.page_before(conn, before, limit, extra)
        return Page(self._with_extra(conn, rows, extra), watermark)

    def _with_extra(
        self, conn: Connection, rows: list[JournalRow], extra: frozenset[Extra]
    ) -> list[JournalRow]:
        """The rows again if a column was shown while they were read (worker thread)."""
        wanted = self.extra
        if wanted <= extra or not rows:
            return rows
        return rows_for(conn, [r.id for r in rows], wanted)

    def fetch_count(self, conn: Connection, generation: int, query: Any) -> tuple[int, bool]:
        return self.loader.prepared(conn, generation, query).count(conn)

    def row_key(self, row: JournalRow) -> Key:
        return row_key(row)

    def max_cached_pages(self) -> int:
        return MAX_CACHED_PAGES  # read at each eviction: the benchmark changes it

    def head_rows(self) -> int:
        return len(self._head)

    def page_extra(self, page: int, extra: Any) -> None:
        if page == 0 and extra and not self._watermark:
            self._watermark = extra

    def query_reset(self) -> None:
        self._head = []
        self._newer_pending = False
        self._live_pending = False
        self._watermark = 0
        self.older_arrivals = 0

    # -- GUI thread -----------------------------------------------------------------------

    def set_filter(self, flt: JournalFilter) -> None:
        """Run a new query: everything cached so far is dropped."""
        self.set_query(flt)

    def set_extra(self, extra: frozenset[Extra]) -> None:
        """Read what these columns need from now on (the shown ones); rows in memory that
        lack it are read again in place, the scroll position kept."""
        added = not extra <= self.extra
        self.extra = extra
        if not added:
            return
        shown = [(0, self._head), *self.page_rows()]
        ids = [r.id for _top, rows in shown for r in rows if not extra <= r.extra]
        for start in range(0, len(ids), REREAD_CHUNK):
            chunk = ids[start : start + REREAD_CHUNK]
            self.run(lambda c, chunk=chunk: rows_for(c, chunk, extra), self._call_refreshed)

    def poll_newer(self) -> None:
        """Ask for calls newer than the top row (live updates), and read the calls shown
        "in progress" again (one that ended shows its final row)."""
        self._refresh_live()
        if self.filter is None or self._newer_pending or not self._watermark:
            return
        self._newer_pending = True
        generation, flt, after_id = self.generation, self.filter, self._watermark
        extra = self.extra
        self.run(
            lambda c: self.loader.prepared(c, generation, flt).newer(c, after_id, extra=extra),
            self._newer_loaded,
            same_layout=True,  # a jump resets the watermark: its page 0 takes a new one
        )

    def _newer_loaded(self, new: NewCalls) -> None:
        self._newer_pending = False
        self._watermark = max(self._watermark, new.watermark)
        if self.filter is not None and (self.filter.oldest_first or self.from_end):
            # Their place is not at the top of what is shown: count them, show on request.
            if new.rows or not new.complete:
                self.older_arrivals += len(new.rows) + (0 if new.complete else 1)
                self.new_calls_waiting.emit(self.older_arrivals)
            return
        top = self.row_at(0)
        if top is None and self.rowCount():
            return  # the top page is not in memory; the next poll inserts them
        fresh = [r for r in new.rows if top is None or row_key(r) > row_key(top)]
        self.older_arrivals += len(new.rows) - len(fresh) + (0 if new.complete else 1)
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._head = fresh + self._head
            self.endInsertRows()
            self.new_rows_inserted.emit(len(fresh))

    def _refresh_live(self) -> None:
        if self._live_pending:
            return
        shown = [(0, self._head), *self.page_rows()]
        live = [r.id for _top, rows in shown for r in rows if r.status == IN_PROGRESS]
        if not live:
            return
        self._live_pending = True
        ids, extra = live[:LIVE_LIMIT], self.extra
        self.run(lambda c: rows_for(c, ids, extra), self._live_refreshed, same_layout=True)

    def _live_refreshed(self, rows: list[JournalRow]) -> None:
        self._live_pending = False
        self._call_refreshed(rows)

    def _failed(self, error: BaseException) -> None:
        self._newer_pending = False
        self._live_pending = False
        super()._failed(error)

    def refresh_call(self, call_id: int) -> None:
        """Read a shown call again: this workstation just finished it (its row came in while
        it was being talked, without its talk time or recording)."""
        shown = any(r.id == call_id for _top, rows in [(0, self._head), *self.page_rows()]
                    for r in rows)  # fmt: skip
        if not shown:
            return
        extra = self.extra
        self.run(lambda c: rows_for(c, [call_id], extra), self._call_refreshed)

    def _call_refreshed(self, rows: list[JournalRow]) -> None:
        fresh = {r.id: r for r in rows}

        def change(row: JournalRow) -> JournalRow | None:
            new = fresh.get(row.id)
            return new if new is not None and new != row else None

        self.update_rows(change)

    def replace_row(self, row: int, value: JournalRow) -> None:
        """Show a call changed by this user (e.g. its mark removed) without a reload."""
        if row < len(self._head):
            self._head[row] = value
        elif not self.set_paged_row(row - len(self._head), value):
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def update_rows(self, change: Callable[[JournalRow], JournalRow | None]) -> int:
        """Apply ``change`` to every row in memory (None: unchanged); returns how many changed.

        For changes made by this user that touch several rows (a number just registered).
        """
        changed = 0
        blocks = [(0, self._head), *self.page_rows()]
        for top, rows in blocks:
            for offset, row in enumerate(rows):
                new = change(row)
                if new is not None:
                    rows[offset] = new
                    changed += 1
                    self.dataChanged.emit(
                        self.index(top + offset, 0), self.index(top + offset, len(COLUMNS) - 1)
                    )
        return changed

    # -- Qt model API ---------------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> JournalRow | None:
        """The call at a row if it is in memory; otherwise its page is requested."""
        if 0 <= row < len(self._head):
            return self._head[row]
        return self.paged_row(row - len(self._head))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == Col.INDICATORS else title(Col(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return header(Col(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        col = Col(index.column())
        if row is None:
            return LOADING_TEXT if role == Qt.ItemDataRole.DisplayRole and col == 1 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, col)
        if role == ROW_ROLE:
            return row
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.DecorationRole:
            name = DIRECTION_ICONS.get(row.direction) if col == Col.DIRECTION else None
            return _icon(name) if name else None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[col].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.CLIENT and row.client_name is None:
                # Weaker than a client's name, readable on a light and on a dark palette.
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            if col == Col.RESPONSIBLE_MATCH and row.responsible_match:
                return QColor("#1b7f3b")
        return None

    def display_text(self, row: JournalRow, col: Col) -> str:  # noqa: C901, PLR0912  a branch per column
        if col == Col.INDICATORS:
            marks = []
            if row.needs_attention:
                marks.append("!")
            if row.first_contact:
                marks.append("★")
            if row.has_comment:
                marks.append("✎")
            return " ".join(marks)
        if col == Col.STARTED:
            return self._format_time(row.started_at)
        if col == Col.DIRECTION:
            return translated(DIRECTION_TEXT.get(row.direction, row.direction))
        if col == Col.STATUS:
            return translated(STATUS_TEXT.get(row.status, row.status))
        if col == Col.CLIENT:
            return row.client_name or display_number(row.number)
        if col == Col.NUMBER:
            return display_number(row.number)
        if col == Col.EMPLOYEE:
            more = len(row.participant_names) - 1
            return short_name(row.employee_name) + (f" +{more}" if more > 0 else "")
        if col == Col.POSITION:
            return row.employee_position or ""
        if col == Col.RESPONSIBLE:
            return short_name(row.responsible_name)
        if col == Col.RESPONSIBLE_MATCH:
            return "✔" if row.responsible_match else ""
        if col == Col.WAIT:
            return duration(row.wait_seconds)
        if col == Col.TALK:
            return duration(row.talk_seconds)
        if col == Col.RECORDING:
            return "♪" if row.has_recording else ""
        if col == Col.TRANSFERS:
            return str(row.transfer_count) if row.transfer_count else ""
        if col == Col.HANGUP:
            return translated(HANGUP_TEXT.get(row.hangup_by or "", row.hangup_by or ""))
        if col == Col.QUEUE:
            return row.queue or ""
        if col == Col.QUEUE_OUTCOME:
            outcome = row.queue_outcome or ""
            return (
                translated(QUEUE_OUTCOME_TEXT[outcome])
                if outcome in QUEUE_OUTCOME_TEXT
                else outcome
            )
        if col == Col.QUEUE_WAIT:
            return duration(row.queue_seconds)
        if col == Col.DID:
            return display_number(row.did) if row.did else ""
        if col == Col.COST:
            return self._locale.toString(float(row.cost), "f", 2) if row.cost else ""
        if col == Col.COMMENT:
            return row.comment or ""
        if col == Col.CALLBACK:
            if row.callback is None or row.resolved_at is None:
                return ""
            who = short_name(row.resolved_by_name) or None
            return user_text(closed_after(who, row.started_at, row.resolved_at))
        return ""

    def _format_time(self, value: datetime) -> str:
        return value.strftime("%d.%m.%Y %H:%M:%S")

    def _tooltip(self, row: JournalRow, col: Col) -> str | None:
        if col == Col.STATUS:
            return user_text(row.status_explanation)
        if col == Col.INDICATORS:
            lines = []
            if row.needs_attention:
                lines.append(self.tr("Needs attention: missed and not called back that day"))
            if row.first_contact:
                lines.append(
                    self.tr("First contact: the number was unknown at the time of the call")
                )
            if row.has_comment:
                lines.append(self.tr("Has a comment"))
            return "\n".join(lines) or None
        if col == Col.COMMENT and row.comment:
            return row.comment
        if col == Col.EMPLOYEE and row.participant_names:
            return "\n".join(row.participant_names)
        if col == Col.RESPONSIBLE_MATCH:
            return self.tr("The employee on the call is the client's responsible manager")
        if col == Col.RECORDING and row.has_recording:
            return self.tr("The call has a recording (the side panel plays it)")
        return None
