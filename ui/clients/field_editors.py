"""Editors of custom card fields, one per field type, with one get/set interface."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.clients.fields import FieldDef, value_text
from models import FieldType

NO_DATE = QDate(1900, 1, 1)


class FieldEditor(QWidget):
    """Holds the value as the user entered it; app.clients.fields cleans it on save."""

    def __init__(self, field: FieldDef, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.editable = editable
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = field.field_type
        self._checks: list[QCheckBox] = []
        self._widget: QWidget
        if kind is FieldType.DATE:
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(" ")  # the minimum date shows as empty: no date
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(NO_DATE)
            self._widget = edit
        elif kind is FieldType.LIST:
            text = QPlainTextEdit()
            text.setPlaceholderText(self.tr("One item per line"))
            text.setFixedHeight(64)
            self._widget = text
        elif kind is FieldType.DROPDOWN:
            combo = QComboBox()
            combo.addItem("")
            combo.addItems(list(field.items))
            self._widget = combo
        elif kind is FieldType.MULTI_SELECT:
            items = QListWidget()
            items.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
            for item in field.items:
                QListWidgetItem(item, items)
            items.setFixedHeight(min(22 * max(len(field.items), 1) + 6, 110))
            self._widget = items
        elif kind is FieldType.CHECKBOXES:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for item in field.items:
                check = QCheckBox(item)
                self._checks.append(check)
                row.addWidget(check)
            row.addStretch(1)
            self._widget = box
        else:
            line = QLineEdit()
            if kind is FieldType.NUMBER:
                line.setPlaceholderText(self.tr("Number"))
            self._widget = line
        layout.addWidget(self._widget)
        self._widget.setEnabled(editable)
        if not editable:
            self.setToolTip(self.tr("You may only view this field"))

    @property
    def widget(self) -> QWidget:
        return self._widget

    def value(self) -> Any:
        w = self._widget
        if isinstance(w, QDateEdit):
            d = w.date()
            return None if d == NO_DATE else d.toString("yyyy-MM-dd")
        if isinstance(w, QPlainTextEdit):
            return [s for s in w.toPlainText().splitlines() if s.strip()] or None
        if isinstance(w, QComboBox):
            return w.currentText() or None
        if isinstance(w, QListWidget):
            return [w.item(i).text() for i in range(w.count()) if w.item(i).isSelected()] or None
        if self._checks:
            return [c.text() for c in self._checks if c.isChecked()] or None
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        return None

    def set_value(self, value: Any) -> None:
        w = self._widget
        values = value if isinstance(value, list) else [] if value is None else [value]
        if isinstance(w, QDateEdit):
            w.setDate(QDate.fromString(str(value), "yyyy-MM-dd") if value else NO_DATE)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(str(v) for v in values))
        elif isinstance(w, QComboBox):
            text = str(value or "")
            if text and w.findText(text) < 0:
                w.addItem(text)  # an item the administrator removed since: keep showing it
            w.setCurrentText(text)
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                w.item(i).setSelected(w.item(i).text() in values)
        elif self._checks:
            for c in self._checks:
                c.setChecked(c.text() in values)
        elif isinstance(w, QLineEdit):
            w.setText(value_text(self.field, value))
