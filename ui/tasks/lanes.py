"""The task board grouped by assignee: one horizontal lane per person with the four status
columns. A card dragged to another column of its lane changes its status; dropped on
another lane it goes to that person (the form confirms and writes it with the version check).

Lanes with tasks come first, by name; then the people without shown tasks, as short lanes
to drop a card on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.tasks import COLUMNS, TaskCard
from models import TaskStatus
from ui.tasks.column import TaskColumn

CARD_HEIGHT = 58  # a two-line card with its frame and spacing
MOST_ROWS = 4  # a lane shows this many cards a column, then scrolls
EMPTY_HEIGHT = 44


class SwimLanes(QScrollArea):
    """``moved(task_id, version, status)`` within a lane; ``reassigned(Drop)`` to another
    lane; ``activated(task_id)`` on Enter or a double click."""

    moved = Signal(int, int, object)
    reassigned = Signal(object)
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swimlanes")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.lanes: dict[int, dict[TaskStatus, TaskColumn]] = {}
        self.lane_titles: dict[int, QLabel] = {}
        self.order: list[int] = []

    def column(self, assignee_id: int, status: TaskStatus) -> TaskColumn:
        return self.lanes[assignee_id][status]

    def show_lanes(
        self,
        people: list[tuple[int, str]],
        cards: list[TaskCard],
        item: Callable[[TaskCard], QListWidgetItem],
        column_names: dict[TaskStatus, str],
        selected_id: int | None,
    ) -> None:
        """Rebuild the lanes for ``cards``; ``people`` (id, name) get a lane even when empty."""
        names = dict(people)
        for card in cards:
            names.setdefault(card.assignee_id, card.assignee)
        busy = {c.assignee_id for c in cards}
        self.order = sorted(busy, key=lambda i: (names[i].casefold(), i)) + sorted(
            (i for i in names if i not in busy), key=lambda i: (names[i].casefold(), i)
        )
        scroll = self.verticalScrollBar().value()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.addSpacing(4)
        for status in COLUMNS:
            label = QLabel(column_names[status])
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            header.addWidget(label, 1)
        layout.addLayout(header)
        self.lanes, self.lane_titles = {}, {}
        for assignee_id in self.order:
            mine = [c for c in cards if c.assignee_id == assignee_id]
            layout.addWidget(self._lane(assignee_id, names[assignee_id], mine, item, selected_id))
        layout.addStretch(1)
        # Taken out and deleted later, not by setWidget at once: a drop being handled (its
        # question open) may still be inside one of the old columns.
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.setWidget(body)
        self.verticalScrollBar().setValue(scroll)

    def _lane(
        self,
        assignee_id: int,
        name: str,
        cards: list[TaskCard],
        item: Callable[[TaskCard], QListWidgetItem],
        selected_id: int | None,
    ) -> QFrame:
        lane = QFrame()
        lane.setObjectName(f"lane_{assignee_id}")
        lane.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(lane)
        box.setContentsMargins(4, 2, 4, 4)
        box.setSpacing(2)
        title = QLabel(f"{name} ({len(cards)})")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        row = QHBoxLayout()
        row.setSpacing(6)
        most = max((sum(1 for c in cards if c.status is s) for s in COLUMNS), default=0)
        height = EMPTY_HEIGHT if most == 0 else min(most, MOST_ROWS) * CARD_HEIGHT + 8
        columns: dict[TaskStatus, TaskColumn] = {}
        for status in COLUMNS:
            column = TaskColumn(status, assignee_id=assignee_id)
            column.setFixedHeight(height)
            for card in cards:
                if card.status is status:
                    column.addItem(item(card))
                    if card.id == selected_id:
                        column.setCurrentRow(column.count() - 1)
            column.dropped.connect(self.moved)
            column.dropped_in_lane.connect(self.reassigned)
            column.itemActivated.connect(
                lambda it: self.activated.emit(it.data(Qt.ItemDataRole.UserRole).id)
            )
            row.addWidget(column, 1)
            columns[status] = column
        box.addLayout(row)
        self.lanes[assignee_id] = columns
        self.lane_titles[assignee_id] = title
        return lane
