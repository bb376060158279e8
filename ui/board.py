"""The supervisors' live operators board: who is ready, ringing, talking with whom, paused
and why, or offline, with how long — read every second from the database
(app.staff.presence), counted in the status bar, shown whole in a form of its own.

One :class:`BoardWatch` per main window polls from its own database thread (a poll still on
its way is never doubled); the status bar's :class:`BoardSummaryLabel` and the
:class:`BoardForm` both show what it read. The durations tick with the clock between reads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy import Connection

from app.database import Database
from app.messages import QT_TRANSLATE_NOOP
from app.phones import display
from app.staff.presence import PAUSED, BoardRow, board, counts
from models import PauseReason, PresenceState
from ui.database_runner import DatabaseRunner
from ui.empty_state import EmptyState
from ui.softphone.pause import elapsed, reason_text

log = logging.getLogger(__name__)

POLL_MS = 1000  # a supervisor's board is never more than about a second behind
COLLEAGUES_POLL_MS = 5000  # an operator's view of the colleagues (one read per operator)
CONTEXT = "OperatorsBoard"
STATE_TEXT = {
    PresenceState.READY.value: QT_TRANSLATE_NOOP("OperatorsBoard", "Ready"),
    PresenceState.RINGING.value: QT_TRANSLATE_NOOP("OperatorsBoard", "Ringing"),
    PresenceState.TALKING.value: QT_TRANSLATE_NOOP("OperatorsBoard", "Talking"),
    PAUSED: QT_TRANSLATE_NOOP("OperatorsBoard", "Paused"),
    PresenceState.OFFLINE.value: QT_TRANSLATE_NOOP("OperatorsBoard", "Offline"),
}
STATE_COLOURS = {  # readable on the light and the dark palette
    PresenceState.READY.value: "#2e9d4f",
    PresenceState.RINGING.value: "#d9822b",
    PresenceState.TALKING.value: "#2f7fd1",
    PAUSED: "#b8860b",
    PresenceState.OFFLINE.value: "#8a8a90",
}


def state_text(row: BoardRow) -> str:
    text = QCoreApplication.translate(CONTEXT, STATE_TEXT[row.state])
    if row.state == PAUSED and row.pause_reason:
        try:
            reason = reason_text(PauseReason(row.pause_reason))
        except ValueError:  # a reason a newer version wrote
            reason = row.pause_reason
        text = f"{text}: {reason}"
        if row.pause_note:
            text = f"{text} ({row.pause_note})"
    return text


class BoardWatch(QObject):
    """Reads the board every :data:`POLL_MS` while started."""

    changed = Signal(list)  # list[BoardRow]

    def __init__(
        self,
        db: Database,
        now: Callable[[], datetime],
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self.read_at: datetime | None = None
        self._now = now
        self._busy = False
        self._runner = DatabaseRunner(db.engine, "operators-board", self)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()
        self.poll()

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        moment = self._now()

        def work(conn: Connection) -> tuple[datetime, list[BoardRow]]:
            return moment, board(conn, now=moment)

        self._runner.run(work, self._read, self._failed)

    def _read(self, outcome: tuple[datetime, list[BoardRow]]) -> None:
        self._busy = False
        self.read_at, self.rows = outcome
        self.changed.emit(self.rows)

    def _failed(self, error: BaseException) -> None:
        self._busy = False  # the connection banner tells when the database is away
        log.info("operators board not read: %s", error)

    def stop(self) -> None:
        self._timer.stop()
        self._runner.stop()


COUNT_TEXT = {
    PresenceState.READY.value: QT_TRANSLATE_NOOP("OperatorsBoard", "ready {count}"),
    PresenceState.TALKING.value: QT_TRANSLATE_NOOP("OperatorsBoard", "talking {count}"),
    PresenceState.RINGING.value: QT_TRANSLATE_NOOP("OperatorsBoard", "ringing {count}"),
    PAUSED: QT_TRANSLATE_NOOP("OperatorsBoard", "paused {count}"),
}
SUMMARY_TEXT = QT_TRANSLATE_NOOP("OperatorsBoard", "Operators: {states}")


def board_summary(rows: list[BoardRow]) -> str:
    """ "Operators: ready 3 · talking 2 · paused 1" (ringing and paused only when there are)."""
    found = counts(rows)
    parts = [
        QCoreApplication.translate(CONTEXT, text).format(count=found[state])
        for state, text in COUNT_TEXT.items()
        if found[state] or state in (PresenceState.READY.value, PresenceState.TALKING.value)
    ]
    return QCoreApplication.translate(CONTEXT, SUMMARY_TEXT).format(states=" · ".join(parts))


class BoardModel(QAbstractTableModel):
    OPERATOR, EXTENSION, STATE, PEER, FOR, PLACE = range(6)

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self._now = now
        self.headers = [
            self.tr("Operator"),
            self.tr("Ext."),
            self.tr("State"),
            self.tr("With whom"),
            self.tr("For"),
            self.tr("Workstation"),
        ]

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def tick(self) -> None:
        """The durations moved on by the clock (no read)."""
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.FOR),
                self.index(len(self.rows) - 1, self.FOR),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE:
            return QBrush(QColor(STATE_COLOURS[row.state]))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PEER and row.peer_name:
            return display(row.peer)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.FOR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: BoardRow, col: int) -> str:
        if col == self.OPERATOR:
            return row.name
        if col == self.EXTENSION:
            return row.extension
        if col == self.STATE:
            return state_text(row)
        if col == self.PEER:
            return row.peer_name or display(row.peer)
        if col == self.FOR:
            if row.since is None or row.state == PresenceState.OFFLINE.value:
                return ""
            return elapsed(row.since, self._now())
        return row.place if row.state != PresenceState.OFFLINE.value else ""


class BoardForm(QWidget):
    """The board as a form of the main window (supervisors)."""

    def __init__(
        self,
        watch: BoardWatch,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        show_peers: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setProperty("section", "board")
        self.model = BoardModel(now, self)
        self.table = QTableView()
        self.table.setObjectName("operators_board")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few dozen rows
        header.setSectionResizeMode(BoardModel.PEER, QHeaderView.ResizeMode.Stretch)
        # Whom a colleague talks with is for those who see every call (supervisors).
        self.table.setColumnHidden(BoardModel.PEER, not show_peers)
        if not show_peers:
            header.setSectionResizeMode(BoardModel.PLACE, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyState(self.table)
        self.hint = QLabel(
            self.tr(
                "Live: what each operator's softphone is doing, and pauses from CallDesk and "
                "the PBX. A softphone silent for 20 s counts as offline."
            )
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.tick)
        self._ticker.start()
        watch.changed.connect(self.show_rows)
        self.show_rows(watch.rows)

    def show_rows(self, rows: list[BoardRow]) -> None:
        self.model.set_rows(rows)
        self.empty.show_text(
            None
            if rows
            else self.tr("No operators yet: they appear here once an administrator adds them.")
        )

    def help_topic(self) -> str:
        return "softphone"
