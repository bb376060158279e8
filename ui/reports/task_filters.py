"""The tasks report's own filters in the Reports section: the period by due date or by
creation, the chosen users as assignee / creator / either, statuses, a search in titles and
descriptions, and a value per column (its choices come with each result)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.reports import ReportResult
from app.tasks.report import REPORT_COLUMNS
from models import TaskStatus
from ui.reports.pick import PickButton
from ui.reports.vocabulary import word
from ui.tasks.texts import status_names
from ui.text_fit import placeholder_width

ALL = ""
SEARCH_DEBOUNCE_MS = 400


def choice_text(key: str, value: str) -> str:
    """A value filter's choice as the table shows it: dates as dd.mm.yyyy, known words."""
    if key in ("created_at", "due_at", "closed_at"):
        try:
            return f"{date.fromisoformat(value):%d.%m.%Y}"
        except ValueError:
            return value
    return word(value)


class TaskReportFilters(QWidget):
    """``changed()`` when a filter changes (the form runs the report again)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dates = QComboBox()
        self.dates.setObjectName("task_dates")
        self.dates.addItem(self.tr("by due date"), "due")
        self.dates.addItem(self.tr("by creation date"), "created")
        self.role = QComboBox()
        self.role.setObjectName("task_role")
        self.role.addItem(self.tr("assignee or creator"), "any")
        self.role.addItem(self.tr("as assignee"), "assignee")
        self.role.addItem(self.tr("as creator"), "creator")
        for combo in (self.dates, self.role):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.statuses = PickButton(self.tr("Status:"), self.tr("all"))
        self.statuses.setObjectName("task_statuses")
        self.statuses.set_choices([(s.value, name) for s, name in status_names().items()])
        self.statuses.changed.connect(self.changed)
        self.search = QLineEdit()
        self.search.setObjectName("task_search")
        self.search.setPlaceholderText(self.tr("Search in titles and descriptions"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(placeholder_width(self.search))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.values: dict[str, QComboBox] = {}
        value_rows = QGridLayout()  # two rows: eleven names do not fit one at 1280
        value_rows.setContentsMargins(0, 0, 0, 0)
        per_row = (len(REPORT_COLUMNS) + 1) // 2
        for number, column in enumerate(REPORT_COLUMNS):
            combo = QComboBox()
            combo.setObjectName(f"value_{column.key}")
            # The columns share the rows: each as wide as a row allows, not its longest value.
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(56)
            title = word(column.title)
            combo.addItem(title, ALL)  # the column's name: any value of it
            combo.setToolTip(title)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.values[column.key] = combo
            value_rows.addWidget(combo, number // per_row, number % per_row)
        for col in range(per_row):
            value_rows.setColumnStretch(col, 1)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Tasks:")))
        top.addWidget(self.dates)
        top.addWidget(self.role)
        top.addWidget(self.statuses)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(value_rows)

    def params(self) -> dict[str, Any]:
        """The :class:`~app.reports.ReportParams` fields these filters set."""
        return {
            "task_dates": str(self.dates.currentData()),
            "task_role": str(self.role.currentData()),
            "task_statuses": tuple(str(v) for v in self.statuses.chosen()),
            "search": self.search.text().strip(),
            "column_values": tuple(
                (key, str(combo.currentData()))
                for key, combo in self.values.items()
                if combo.currentData()
            ),
        }

    def set_value(self, key: str, value: str) -> None:
        combo = self.values[key]
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def set_statuses(self, statuses: list[TaskStatus]) -> None:
        self.statuses.set_chosen([s.value for s in statuses])

    def show_choices(self, result: ReportResult) -> None:
        """Each column's values of the result (before the value filters), keeping the chosen."""
        for key, combo in self.values.items():
            chosen = combo.currentData()
            found = list(result.choices.get(key, []))
            if chosen and chosen not in found:
                found.append(chosen)
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in found:
                combo.addItem(choice_text(key, value), value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
