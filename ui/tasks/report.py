"""The tasks report on screen: a search over title and description, a value filter above
every column, and "Save to Excel" (:mod:`app.tasks.report`)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.tasks import TaskCard
from app.tasks.report import COLUMNS, filtered, read_report, save_report
from app.workplace import Workplace
from models import TaskPriority
from ui.messages import user_text
from ui.tasks.texts import moment_text, priority_names, status_names

log = logging.getLogger(__name__)
ALL = ""


class TaskReport(QWidget):
    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.cards: list[TaskCard] = []
        self.shown: list[TaskCard] = []
        self.search = QLineEdit()
        self.search.setObjectName("task_report_search")
        self.search.setPlaceholderText(self.tr("Search in titles and descriptions"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.save_button = QPushButton(self.tr("Save to Excel…"))
        self.save_button.clicked.connect(self.ask_save)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.save_button)
        self.headers = [
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("Assignee"),
            self.tr("Author"),
            self.tr("Due"),
            self.tr("Closed"),
            self.tr("Hours"),
        ]
        self.filters: list[QComboBox] = []
        filters = QHBoxLayout()
        for title in self.headers:
            combo = QComboBox()
            combo.addItem(self.tr("{column}: all").format(column=title), ALL)
            combo.currentIndexChanged.connect(lambda _i: self._show())
            self.filters.append(combo)
            filters.addWidget(combo)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("task_report_table")
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def cells(self, card: TaskCard) -> list[str]:
        return [
            card.title,
            status_names()[card.status],
            priority_names()[TaskPriority(card.priority)],
            card.assignee,
            card.author,
            moment_text(card.due_at),
            moment_text(card.closed_at),
            "" if card.hours_spent is None else f"{card.hours_spent:g}",
        ]

    def reload(self) -> None:
        with self.workplace.db.transaction() as s:
            self.cards = read_report(s, self.workplace.user, self.search.text())
        for col, combo in enumerate(self.filters):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in sorted({self.cells(c)[col] for c in self.cards} - {""}):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self._show()

    def _show(self) -> None:
        values = {
            COLUMNS[i]: str(combo.currentData() or "") for i, combo in enumerate(self.filters)
        }
        self.shown = filtered(self.cards, self.cells, values)
        self.table.setRowCount(len(self.shown))
        for row, card in enumerate(self.shown):
            for col, text in enumerate(self.cells(card)):
                item = QTableWidgetItem(text)
                if col == len(COLUMNS) - 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        # Only the shown rows (a report, not the journal): widths follow the values.
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("Tasks: {count}").format(count=len(self.shown)))

    def rows(self) -> list[list[object]]:
        out: list[list[object]] = []
        for card in self.shown:
            cells: list[object] = list(self.cells(card))
            cells[5], cells[6] = card.due_at, card.closed_at  # real dates in Excel
            cells[7] = card.hours_spent
            out.append(cells)
        return out

    def save(self, target: Path) -> bool:
        try:
            save_report(target, "xlsx", self.headers, self.rows())
        except Exception as e:
            log.exception("tasks report not saved")
            self.count.setText(user_text(e))
            return False
        return True

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save to Excel"), self.tr("Tasks") + ".xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.save(Path(path))
