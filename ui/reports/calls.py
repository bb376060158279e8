"""The calls behind a report's number when the journal's filter bar cannot say exactly
which (an operator, a queue, an hour of the week...): a keyset-paged list of them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.reports import CallSelection, selection_page
from ui import background
from ui.call_vocabulary import DIRECTION_TEXT, STATUS_TEXT, translated
from ui.messages import user_text
from ui.reports.model import hms

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class SelectionModel(QAbstractTableModel):
    COLUMNS = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def append(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        started = row.get("started_at")
        values = (
            f"{started:%d.%m.%Y %H:%M:%S}" if isinstance(started, datetime) else "",
            translated(DIRECTION_TEXT.get(str(row.get("direction")), str(row.get("direction")))),
            translated(STATUS_TEXT.get(str(row.get("status")), str(row.get("status")))),
            row.get("external_number") or "",
            hms(row.get("wait_s")),
            hms(row.get("talk_s")),
            row.get("queue") or "",
            row.get("did") or "",
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                0: self.tr("Started"),
                1: self.tr("Direction"),
                2: self.tr("Status"),
                3: self.tr("Number"),
                4: self.tr("Wait"),
                5: self.tr("Talk"),
                6: self.tr("Queue"),
                7: self.tr("DID"),
            }[section]
        return None


class SelectionForm(QWidget):
    """A tab listing a selection's calls, newest first, 200 at a time."""

    client_requested = Signal(int)
    loaded = Signal(int)  # rows shown so far

    def __init__(
        self, db: Database, selection: CallSelection, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.selection = selection
        self.setWindowTitle(title)
        self.model = SelectionModel(self)
        self.table = QTableView()
        self.table.setObjectName("selection_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.count = QLabel()
        self.count.setObjectName("selection_count")
        self.more = QPushButton(self.tr("More calls"))
        self.more.clicked.connect(self.load_more)
        self.more.hide()
        self._after: tuple[datetime, int] | None = None
        self.finished = False
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.load_more()

    def load_more(self) -> None:
        self.more.setEnabled(False)
        self.count.setText(self.tr("Loading…"))
        task = background.BackgroundTask(
            selection_page, self.db.reader, self.selection, self._after, PAGE
        )
        task.signals.succeeded.connect(self._arrived)
        task.signals.failed.connect(self._failed)
        background.start(task)

    def _failed(self, error: BaseException) -> None:
        self.more.setEnabled(True)
        self.count.setText(user_text(error))

    def _arrived(self, rows: list[dict[str, Any]]) -> None:
        self.model.append(rows)
        self.finished = len(rows) < PAGE
        if rows:
            last = rows[-1]
            self._after = (last["started_at"], int(last["id"]))
        self.more.setEnabled(True)
        self.more.setVisible(not self.finished)
        shown = len(self.model.rows)
        self.count.setText(
            self.tr("Calls: {count}").format(count=shown if self.finished else f"{shown}+")
        )
        self.loaded.emit(shown)

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.model.rows[index.row()].get("client_id")
        if isinstance(client_id, int):
            self.client_requested.emit(client_id)
