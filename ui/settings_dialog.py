"""Settings of this workstation that the operator may change: the interface language.

They are read from and written to the settings file directly (not from the running
window's copy, which may hold values of this session only, such as the demo's recordings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.config import WorkstationSettings, load_settings, save_settings, settings_path
from ui.messages import user_text

# Each language is named in itself, so anyone can find their own in the list.
LANGUAGE_NAMES = (("ru", "Русский"), ("uk", "Українська"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.path = path or settings_path()
        self.restart_needed = False
        self.settings: WorkstationSettings | None = None

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As in the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        note = QLabel(self.tr("A new language applies after CallDesk is restarted."))
        note.setObjectName("restart_note")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.error = QLabel()
        self.error.setObjectName("settings_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        where = QLabel(self.tr("Settings file: {path}").format(path=self.path))
        where.setWordWrap(True)
        where.setStyleSheet("color: #777; font-size: 11px;")

        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        try:
            self.settings = load_settings(self.path)
        except ValueError as e:
            # Saving now would replace the file and lose the database connection in it.
            self._show_error(user_text(e))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        index = self.language.findData(self.settings.language)
        self.language.setCurrentIndex(max(index, 0))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        if self.settings is None:
            return
        before = self.settings.language
        self.settings.language = self.chosen_language()
        try:
            save_settings(self.settings, self.path)
        except (OSError, ValueError) as e:
            self.settings.language = before
            self._show_error(
                self.tr("The settings were not saved: {error}").format(error=user_text(e))
            )
            return
        self.restart_needed = self.settings.language != before
        super().accept()
