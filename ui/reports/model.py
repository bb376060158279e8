"""A report's table: typed columns formatted for reading, numbers right-aligned, a bold
total row at the bottom; each cell knows its row key and column for drill-down."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.reports import Column, ColumnKind, ReportResult
from ui.reports.vocabulary import period_label, value_text, word

ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's identity (None for the total)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value (int, float, datetime...)
IS_TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def hms(seconds: float | int | None) -> str:
    """A duration as h:mm:ss (hours not capped at 24): 3725 -> 1:02:05."""
    if seconds is None:
        return ""
    total = round(seconds)
    sign = "-" if total < 0 else ""
    total = abs(total)
    return f"{sign}{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f} %"


def column_title(column: Column) -> str:
    return word(column.title)


def format_value(kind: ColumnKind, value: Any, column_key: str = "") -> str:
    """The text a cell shows (and the PDF prints)."""
    if value is None:
        return ""
    if kind is ColumnKind.COUNT:
        return f"{int(value):,}".replace(",", "\u202f")
    if kind is ColumnKind.PERCENT:
        return percent(float(value))
    if kind is ColumnKind.SECONDS:
        return hms(value)
    if kind is ColumnKind.DATETIME:
        if isinstance(value, datetime):
            return f"{value:%d.%m.%Y %H:%M:%S}"
        if isinstance(value, date):
            return f"{value:%d.%m.%Y}"
    if isinstance(value, (tuple, list)):
        return " ".join(map(str, value))
    return value_text(column_key, value) if isinstance(value, str) else str(value)


def total_is_row(result: ReportResult) -> bool:
    """Whether the total lines up with the columns (else it is a summary line of its own)."""
    figures = set(result.total) - {"key"}
    shared = figures & {c.key for c in result.columns}
    return bool(figures) and len(shared) * 2 >= len(figures)


def is_numeric(kind: ColumnKind) -> bool:
    return kind in (ColumnKind.COUNT, ColumnKind.PERCENT, ColumnKind.SECONDS)


class ReportModel(QAbstractTableModel):
    """Rows of a :class:`ReportResult` plus its total (if any) as the last, bold row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: ReportResult | None = None
        self._rows: list[dict[str, Any]] = []
        self._has_total = False

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._rows = list(result.rows) if result is not None else []
        self._has_total = result is not None and total_is_row(result)
        if self._has_total and result is not None:
            self._rows.append(result.total)
        self.endResetModel()

    def append_rows(self, rows: list[dict[str, Any]]) -> None:
        """More rows of a paged report (detail), inserted before the total."""
        if not rows:
            return
        at = len(self._rows) - (1 if self._has_total else 0)
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self._rows[at:at] = rows
        self.endInsertRows()

    @property
    def columns(self) -> list[Column]:
        return self.result.columns if self.result is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def empty_columns(self) -> list[int]:
        """Text columns with nothing in any row (e.g. the period of a summary without breakdown)."""
        return [
            i
            for i, c in enumerate(self.columns)
            if c.kind is ColumnKind.TEXT
            and i > 0
            and not any(r.get(c.key) not in (None, "") for r in self._rows)
        ]

    def is_total(self, row: int) -> bool:
        return self._has_total and row == len(self._rows) - 1

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def display_text(self, row: int, column: int) -> str:
        col = self.columns[column]
        values = self._rows[row]
        if self.is_total(row) and column == 0 and values.get(col.key) in (None, ""):
            return word("Total")
        if col.key == "period" and self.result is not None and not self.is_total(row):
            label = period_label(self.result.params.breakdown, values.get("key"))
            if label is not None:
                return label
        return format_value(col.kind, values.get(col.key), col.key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        col = self.columns[column]
        values = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if is_numeric(col.kind) else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col.drillable and values.get(col.key):
            return self.tr("Double-click to see these calls in the journal")
        if role == ROW_KEY_ROLE:
            return None if self.is_total(row) else values.get("key")
        if role == VALUE_ROLE:
            return values.get(col.key)
        if role == IS_TOTAL_ROLE:
            return self.is_total(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if is_numeric(col.kind) else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def drillable(self, index: Index) -> bool:
        if not index.isValid():
            return False
        col = self.columns[index.column()]
        return bool(col.drillable and self._rows[index.row()].get(col.key))

    def table(self) -> tuple[list[str], list[list[str]], int | None]:
        """Headers, display texts of every row, and the total row's index (for print)."""
        headers = [column_title(c) for c in self.columns]
        texts = [
            [self.display_text(r, c) for c in range(len(self.columns))]
            for r in range(len(self._rows))
        ]
        return headers, texts, (len(self._rows) - 1) if self._has_total else None
