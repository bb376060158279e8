"""The client card's "Events" tab: the client's events (created at, when, description,
assignee, completed at), "To the event" and "New event" with the client filled in."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.events import EventDraft, EventEntry, client_events
from app.workplace import Workplace
from ui.events.dialog import moment_text


class ClientEventsTab(QWidget):
    event_requested = Signal(int)
    new_event_requested = Signal(object)  # EventDraft

    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.client_id: int | None = None
        self.entries: list[EventEntry] = []
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New event"))
        self.new_button.setObjectName("new_client_event")
        self.open_button = QPushButton(self.tr("To the event"))
        self.open_button.setObjectName("to_the_event")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("client_events")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Created"),
                self.tr("Date and time"),
                self.tr("Description"),
                self.tr("Assignee"),
                self.tr("Completed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 130), (3, 180), (4, 130)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self._new)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.new_button.setEnabled(client_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.client_id is None:
            self.entries = []
        else:
            with self.workplace.db.engine.connect() as conn:
                self.entries = client_events(conn, self.workplace.user, self.client_id)
        self.table.setRowCount(len(self.entries))
        now = self.workplace.now()
        for row, entry in enumerate(self.entries):
            cells = (
                moment_text(entry.created_at),
                moment_text(entry.starts_at),
                entry.description,
                entry.assignee,
                moment_text(entry.completed_at) if entry.completed_at else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if entry.overdue(now):
                    item.setForeground(QBrush(QColor("#c62828")))
                elif entry.completed:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    def open_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.event_requested.emit(int(items[0].data(Qt.ItemDataRole.UserRole)))

    def _new(self) -> None:
        if self.client_id is None:
            return
        start = self.workplace.now().replace(minute=0, second=0, microsecond=0)
        self.new_event_requested.emit(
            EventDraft("", start + timedelta(hours=1), self.workplace.user.id, self.client_id)
        )


def call_back_draft(
    user_id: int, client_id: int | None, call_id: int | None, now: datetime, text: str
) -> EventDraft:
    """ "Call back at…" from a call: the client and the call filled in, an hour from now."""
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    return EventDraft(text, start, user_id, client_id, 15, call_id)
