"""Editors of custom card fields, one per field type, with one get/set interface."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
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
        elif kind is FieldType.LINES:
            text = QPlainTextEdit()
            text.setPlaceholderText(field.hint or self.tr("One item per line"))
            text.setFixedHeight(64)
            self._widget = text
        elif kind is FieldType.LIST:
            picker = QComboBox()
            picker.setObjectName("list_picker")
            picker.addItem("", None)  # no value
            for choice in field.choices:
                picker.addItem(choice.name, choice.id)
            self._widget = picker
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
            if field.hint:
                line.setPlaceholderText(field.hint)
            self._widget = line
        layout.addWidget(self._widget)
        self._widget.setEnabled(editable)
        if not editable:
            self.setToolTip(self.tr("You may only view this field"))
        elif field.hint:
            self.setToolTip(field.hint)

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
        if isinstance(w, QComboBox) and self.field.field_type is FieldType.LIST:
            return w.currentData()
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
        elif isinstance(w, QComboBox) and self.field.field_type is FieldType.LIST:
            w.setCurrentIndex(max(w.findData(value), 0) if value is not None else 0)
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


def add_sections(
    layout: QVBoxLayout, fields: Sequence[tuple[FieldDef, bool]], general: str
) -> dict[int, FieldEditor]:
    """The fields in titled sections (their ``group_title``, else ``general``), in the order
    given, on ``layout``: a card's tab, or the field editor's preview of it."""
    sections: dict[str, QFormLayout] = {}
    editors: dict[int, FieldEditor] = {}
    for field, editable in fields:
        title = field.group_title or general
        if title not in sections:
            box = QGroupBox(title)
            sections[title] = QFormLayout(box)
            layout.addWidget(box)
        editor = FieldEditor(field, editable)
        label = QLabel(field.title + (" *" if field.required and editable else "") + ":")
        if field.hint:
            label.setToolTip(field.hint)
        sections[title].addRow(label, editor)
        editors[field.id] = editor
    return editors
