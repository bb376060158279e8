"""The worklist as a table: one row per callback item, newest attempt on top.

The countdown column is computed from the model's clock when painted; :meth:`tick` tells
the view that this column (and the overdue colours) changed, once a second, without a
reset, so the selection and scroll stay put.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.callbacks import CallbackItem, Worklist
from app.callbacks.path import closed_text
from app.clock import Clock
from app.messages import QT_TRANSLATE_NOOP
from ui.call_vocabulary import duration, short_name
from ui.messages import user_text
from ui.style import is_dark

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "WorklistModel"
Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    COUNTDOWN = 0
    NUMBER = enum.auto()
    CLIENT = enum.auto()
    ATTEMPTS = enum.auto()
    FIRST = enum.auto()
    LAST = enum.auto()
    WAITED = enum.auto()
    CALLS_BACK = enum.auto()
    TAKEN = enum.auto()
    RESULT = enum.auto()


HEADERS = {
    Col.COUNTDOWN: QT_TRANSLATE_NOOP("WorklistModel", "Time left"),
    Col.NUMBER: QT_TRANSLATE_NOOP("WorklistModel", "Phone number"),
    Col.CLIENT: QT_TRANSLATE_NOOP("WorklistModel", "Client"),
    Col.ATTEMPTS: QT_TRANSLATE_NOOP("WorklistModel", "Attempts"),
    Col.FIRST: QT_TRANSLATE_NOOP("WorklistModel", "First attempt"),
    Col.LAST: QT_TRANSLATE_NOOP("WorklistModel", "Last attempt"),
    Col.WAITED: QT_TRANSLATE_NOOP("WorklistModel", "Waited in all"),
    Col.CALLS_BACK: QT_TRANSLATE_NOOP("WorklistModel", "Calls back"),
    Col.TAKEN: QT_TRANSLATE_NOOP("WorklistModel", "Taken by"),
    Col.RESULT: QT_TRANSLATE_NOOP("WorklistModel", "Result"),
}
WIDTHS = {
    Col.COUNTDOWN: 160,
    Col.NUMBER: 120,
    Col.CLIENT: 160,
    Col.ATTEMPTS: 65,
    Col.FIRST: 105,
    Col.LAST: 120,
    Col.WAITED: 85,
    Col.CALLS_BACK: 90,
    Col.TAKEN: 120,
    Col.RESULT: 220,
}
# Overdue: the journal's "lost" badge colours; light palette first, then dark.
OVERDUE = {False: ("#fbd5d2", "#8e1b12"), True: ("#5c1d18", "#ffb4ab")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def clock_text(span: timedelta) -> str:
    """A span as 4:05 or 1:04:05 (whole seconds)."""
    total = int(abs(span).total_seconds())
    minutes, seconds = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def countdown_text(item: CallbackItem, now: datetime) -> str:
    """ "12:30 left", "overdue by 4:05", or nothing for a closed item."""
    left = item.remaining(now)
    if left is None:
        return ""
    if left > timedelta(0):
        return QCoreApplication.translate("WorklistModel", "{time} left").format(
            time=clock_text(left)
        )
    return QCoreApplication.translate("WorklistModel", "overdue by {time}").format(
        time=clock_text(left)
    )


def moment_text(moment: datetime, now: datetime) -> str:
    """Today's times as 14:05, earlier days with their date."""
    if moment.date() == now.date():
        return moment.strftime("%H:%M")
    return moment.strftime("%d.%m %H:%M")


class WorklistModel(QAbstractTableModel):
    def __init__(self, clock: Clock, own_id: int | None = None) -> None:
        super().__init__()
        self.clock = clock
        self.own_id = own_id  # the logged-in employee: their claims are shown in bold
        self.items: list[CallbackItem] = []
        self.show_closed = False
        self._worklist: Worklist | None = None

    # -- data in --------------------------------------------------------------------------

    def set_worklist(self, worklist: Worklist) -> None:
        self._worklist = worklist
        self._rebuild()

    def set_show_closed(self, on: bool) -> None:
        if on != self.show_closed:
            self.show_closed = on
            self._rebuild()

    def _rebuild(self) -> None:
        worklist = self._worklist
        items = [] if worklist is None else list(worklist.items)
        if not self.show_closed:
            items = [i for i in items if i.is_open]
        if [self._key(i) for i in items] == [self._key(i) for i in self.items]:
            # The same items in the same order: change the cells, keep the selection.
            self.items = items
            if items:
                last = self.index(len(items) - 1, len(Col) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    @staticmethod
    def _key(item: CallbackItem) -> tuple[str, int]:
        return item.number, item.attempts[0].call_id

    def tick(self) -> None:
        """The clock moved: the countdown column repaints (and its colours)."""
        if self.items:
            self.dataChanged.emit(
                self.index(0, Col.COUNTDOWN),
                self.index(len(self.items) - 1, Col.COUNTDOWN),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole],
            )

    def row_of(self, number: str, first_call_id: int) -> int | None:
        for row, item in enumerate(self.items):
            if self._key(item) == (number, first_call_id):
                return row
        return None

    # -- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[Col(section)]) if 0 <= section < len(Col) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.COUNTDOWN and item.deadline:
            return QCoreApplication.translate("WorklistModel", "Call back by {time}").format(
                time=moment_text(item.deadline, self._now())
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.ATTEMPTS, Col.WAITED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if col == Col.COUNTDOWN and item.overdue(self._now()):
            background, text = OVERDUE[is_dark(QApplication.palette())]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(text))
        if role == Qt.ItemDataRole.ForegroundRole and not item.is_open:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and self._mine(item):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _now(self) -> datetime:
        return self.clock.now()

    def _mine(self, item: CallbackItem) -> bool:
        claim = item.claimed_at(self._now())
        return claim is not None and claim.employee_id == self.own_id

    def _text(self, item: CallbackItem, col: Col) -> str:
        now = self._now()
        if col == Col.COUNTDOWN:
            return countdown_text(item, now)
        if col == Col.NUMBER:
            return item.number
        if col == Col.CLIENT:
            return item.client_name or ""
        if col == Col.ATTEMPTS:
            return str(item.attempt_count)
        if col == Col.FIRST:
            return moment_text(item.first_at, now)
        if col == Col.LAST:
            return moment_text(item.last_at, now)
        if col == Col.WAITED:
            return duration(item.total_wait_seconds)
        if col == Col.CALLS_BACK:
            tries = len(item.callback_attempts)
            if not tries:
                return ""
            return QCoreApplication.translate("WorklistModel", "{count} unanswered").format(
                count=tries
            )
        if col == Col.TAKEN:
            claim = item.claimed_at(now)
            if claim is None:
                return ""
            return QCoreApplication.translate("WorklistModel", "{employee} until {time}").format(
                employee=short_name(claim.employee_name), time=claim.expires_at.strftime("%H:%M")
            )
        if item.closed_by is None:
            return QCoreApplication.translate("WorklistModel", "Open")
        return user_text(closed_text(item))
