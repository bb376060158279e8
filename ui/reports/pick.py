"""A drop-down of checkable choices for the reports' filter bar (operators, call types...)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class PickButton(QToolButton):
    """A drop-down of checkable choices; none ticked means "all"."""

    changed = Signal()

    def __init__(self, label: str, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._all_text = all_text
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self._update_text()

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        menu = self.menu()
        menu.clear()
        for value, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._toggled)
        self._update_text()

    def _toggled(self, _on: bool) -> None:
        self._update_text()
        self.changed.emit()

    def actions_list(self) -> list[QAction]:
        return list(self.menu().actions())

    def chosen(self) -> list[Any]:
        return [a.data() for a in self.actions_list() if a.isChecked()]

    def set_chosen(self, values: list[Any]) -> None:
        for action in self.actions_list():
            action.blockSignals(True)
            action.setChecked(action.data() in values)
            action.blockSignals(False)
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        picked = [a.text() for a in self.actions_list() if a.isChecked()]
        if not picked:
            shown = self._all_text
        elif len(picked) <= 2:
            shown = ", ".join(picked)
        else:
            shown = f"{picked[0]} +{len(picked) - 1}"
        self.setText(f"{self._label} {shown}")
