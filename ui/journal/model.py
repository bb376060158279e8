"""The journal's item model: a window of keyset pages over any number of calls.

Rows are discovered page by page (``fetchMore``) as the user scrolls; only the pages near
what was looked at recently stay in memory, and a page evicted from the cache is read
again from its keyset anchor when it scrolls back into view. ``data()`` never touches the
database: it reads the cache or asks the loader and shows a placeholder meanwhile.
New calls are inserted at the top with ``beginInsertRows``; a reset happens only for a
new filter.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.journal.filter import JournalFilter
from app.journal.query import JournalRow, NewCalls
from app.phones import display as display_number
from ui.call_vocabulary import (
    DIRECTION_TEXT,
    HANGUP_TEXT,
    QUEUE_OUTCOME_TEXT,
    STATUS_TEXT,
    duration,
    short_name,
    translated,
)
from ui.journal.columns import COLUMNS, Col, header
from ui.journal.loader import JournalLoader, Key
from ui.messages import user_text

PAGE_SIZE = 100  # fills a tall screen twice; decoding rows in PyMySQL is the cost
MAX_CACHED_PAGES = 60
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
LOADING_TEXT = "…"

Index = QModelIndex | QPersistentModelIndex


def row_key(row: JournalRow) -> Key:
    return (row.started_at, row.id)


class JournalModel(QAbstractTableModel):
    first_page_loaded = Signal()
    count_changed = Signal(int, bool)
    new_rows_inserted = Signal(int)
    new_calls_waiting = Signal(int)  # oldest first: new calls belong at the end, shown on F5
    load_failed = Signal(str, bool)
    loading_changed = Signal(bool)

    def __init__(self, loader: JournalLoader, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.loader = loader
        self.page_size = page_size
        self.filter: JournalFilter | None = None
        self.generation = 0
        self._head: list[JournalRow] = []
        self._pages: OrderedDict[int, list[JournalRow]] = OrderedDict()
        self._anchors: list[Key | None] = []
        self._paged_rows = 0
        self._at_end = True
        self._requested: set[int] = set()
        self._newer_pending = False
        self._watermark = 0
        self.older_arrivals = 0  # new calls that belong below the top: shown after a refresh
        self._locale = QLocale()
        loader.page_loaded.connect(self._page_loaded)
        loader.newer_loaded.connect(self._newer_loaded)
        loader.count_loaded.connect(self._count_loaded)
        loader.failed.connect(self._failed)

    # -- queries --------------------------------------------------------------------------

    def set_filter(self, flt: JournalFilter) -> None:
        """Run a new query: everything cached so far is dropped."""
        self.generation += 1
        self.loader.current_generation = self.generation
        self.beginResetModel()
        self.filter = flt
        self._head = []
        self._pages.clear()
        self._anchors = [None]
        self._paged_rows = 0
        self._at_end = False
        self._requested.clear()
        self._newer_pending = False
        self._watermark = 0
        self.older_arrivals = 0
        self.endResetModel()
        self._request_page(0)
        self.loader.count_requested.emit(self.generation, flt)

    def refresh(self) -> None:
        if self.filter is not None:
            self.set_filter(self.filter)

    def poll_newer(self) -> None:
        """Ask for calls newer than the top row (live updates)."""
        if self.filter is None or self._newer_pending or not self._watermark:
            return
        self._newer_pending = True
        self.loader.newer_requested.emit(self.generation, self.filter, self._watermark)

    def _request_page(self, page: int) -> None:
        if page in self._requested or self.filter is None or page >= len(self._anchors):
            return
        self._requested.add(page)
        self.loading_changed.emit(True)
        self.loader.page_requested.emit(
            self.generation, self.filter, self._anchors[page], page, self.page_size
        )

    def _page_loaded(
        self, generation: int, page: int, rows: list[JournalRow], watermark: int
    ) -> None:
        if generation != self.generation:
            return
        if page == 0 and watermark and not self._watermark:
            self._watermark = watermark
        self._requested.discard(page)
        if not self._requested:
            self.loading_changed.emit(False)
        if not self._at_end and page == len(self._anchors) - 1 and page not in self._pages:
            # A new page at the end of what is known.
            if rows:
                first = len(self._head) + self._paged_rows
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._pages[page] = rows
                self._paged_rows += len(rows)
                if len(rows) == self.page_size:
                    self._anchors.append(row_key(rows[-1]))
                self.endInsertRows()
            if len(rows) < self.page_size:
                self._at_end = True
            if page == 0:
                self.first_page_loaded.emit()
        elif page < len(self._anchors):
            # An evicted page read again (calls are never deleted: the same rows).
            self._pages[page] = rows
            top = len(self._head) + page * self.page_size
            bottom = min(top + self.page_size, self.rowCount()) - 1
            if top <= bottom:
                self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(COLUMNS) - 1))
        self._evict()

    def _evict(self) -> None:
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    def _newer_loaded(self, generation: int, new: NewCalls) -> None:
        if generation != self.generation:
            return
        self._newer_pending = False
        self._watermark = max(self._watermark, new.watermark)
        if self.filter is not None and self.filter.oldest_first:
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

    def replace_row(self, row: int, value: JournalRow) -> None:
        """Show a call changed by this user (e.g. its mark removed) without a reload."""
        if row < len(self._head):
            self._head[row] = value
        else:
            page, offset = divmod(row - len(self._head), self.page_size)
            rows = self._pages.get(page)
            if rows is None or offset >= len(rows):
                return
            rows[offset] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def update_rows(self, change: Callable[[JournalRow], JournalRow | None]) -> int:
        """Apply ``change`` to every row in memory (None: unchanged); returns how many changed.

        For changes made by this user that touch several rows (a number just registered).
        """
        changed = 0
        blocks = [(0, self._head)]
        blocks += [(len(self._head) + p * self.page_size, rows) for p, rows in self._pages.items()]
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

    def _count_loaded(self, generation: int, count: int, capped: bool) -> None:
        if generation == self.generation:
            self.count_changed.emit(count, capped)

    def _failed(self, generation: int, message: str, connection_lost: bool) -> None:
        if generation != self.generation:
            return
        self._requested.clear()
        self._newer_pending = False
        self.loading_changed.emit(False)
        self.load_failed.emit(message, connection_lost)

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._head) + self._paged_rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.filter is None or self._at_end:
            return False
        return (len(self._anchors) - 1) not in self._requested

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page(len(self._anchors) - 1)

    def row_at(self, row: int) -> JournalRow | None:
        """The call at a row if it is in memory; otherwise its page is requested."""
        if row < 0:
            return None
        if row < len(self._head):
            return self._head[row]
        page, offset = divmod(row - len(self._head), self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == Col.INDICATORS else header(Col(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return header(Col(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
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
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[col].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.CLIENT and row.client_name is None:
                return QColor("#666666")
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
        return None

    @property
    def at_end(self) -> bool:
        return self._at_end

    @property
    def cached_pages(self) -> int:
        return len(self._pages)
