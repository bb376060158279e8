"""A column of the task board: cards as list items, dragged between columns (a status change)
and, on the board grouped by assignee, between lanes (another assignee)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from app.tasks import TaskCard
from models import TaskStatus

MIME = "application/x-calldesk-task"
CARD_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Drop:
    """A card that landed: the task as it was dragged and where it should go (the column's
    status; the lane's assignee, or the task's own outside lanes)."""

    task_id: int
    version: int
    status: TaskStatus
    assignee_id: int


class TaskColumn(QListWidget):
    """One column; ``dropped(task_id, version, status)`` when a card of another column lands.

    In a lane of the board grouped by assignee the column has its ``assignee_id``: a card of
    another lane may land in the same status too, and ``dropped_in_lane(Drop)`` says so."""

    dropped = Signal(int, int, object)
    dropped_in_lane = Signal(object)  # Drop

    def __init__(
        self, status: TaskStatus, parent: QWidget | None = None, assignee_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.assignee_id = assignee_id
        name = f"column_{status.value}"
        self.setObjectName(name if assignee_id is None else f"lane_{assignee_id}_{status.value}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # the source keeps its item
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Cards, not lines: each task a framed box on the column's darker ground.
        self.setStyleSheet(
            "QListWidget { background: palette(window); }"
            "QListWidget::item { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px; }"
            "QListWidget::item:selected { border: 2px solid palette(highlight);"
            " color: palette(text); }"
        )

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            card: TaskCard = items[0].data(CARD_ROLE)
            fields = (card.id, card.version, card.status.value, card.assignee_id)
            data.setData(MIME, ":".join(map(str, fields)).encode())
        return data

    @staticmethod
    def parse(data: QMimeData) -> Drop | None:
        if not data.hasFormat(MIME):
            return None
        try:
            task_id, version, status, assignee = bytes(data.data(MIME).data()).decode().split(":")
            return Drop(int(task_id), int(version), TaskStatus(status), int(assignee))
        except ValueError:
            return None

    def _acceptable(self, data: QMimeData) -> bool:
        drop = self.parse(data)
        if drop is None:
            return False
        other_lane = self.assignee_id is not None and drop.assignee_id != self.assignee_id
        return drop.status is not self.status or other_lane

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._acceptable(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._acceptable(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        drop = self.parse(event.mimeData())
        if drop is None or not self._acceptable(event.mimeData()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if self.assignee_id is not None and drop.assignee_id != self.assignee_id:
            # Another lane: to this assignee, in this column.
            self.dropped_in_lane.emit(
                Drop(drop.task_id, drop.version, self.status, self.assignee_id)
            )
        else:
            self.dropped.emit(drop.task_id, drop.version, self.status)
