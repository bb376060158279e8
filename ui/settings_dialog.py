"""Settings of this workstation that the operator may change: the interface language, the
theme (as the system, light or dark; it applies at once) and the softphone (its SIP password
goes to the OS keyring, never to the file).

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import (
    SecretsUnavailable,
    WorkstationSettings,
    get_secret,
    load_settings,
    save_settings,
    settings_path,
)
from app.softphone_settings import (
    SoftphoneSettingsError,
    load_softphone_settings,
    store_softphone_settings,
)
from softphone.audio import AudioDevice
from ui.messages import user_text
from ui.softphone.settings_page import SoftphoneSettingsPage
from ui.style import THEME_DARK, THEME_LIGHT, THEME_SYSTEM, set_role

# Each language is named in itself, so anyone can find their own in the list.
LANGUAGE_NAMES = (("ru", "Русский"), ("uk", "Українська"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        path: Path | None = None,
        audio_device: AudioDevice | None = None,
    ) -> None:
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
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        self.theme.addItem(self.tr("As in the system"), THEME_SYSTEM)
        self.theme.addItem(self.tr("Light"), THEME_LIGHT)
        self.theme.addItem(self.tr("Dark"), THEME_DARK)
        note = QLabel(self.tr("A new language applies after CallDesk is restarted."))
        note.setObjectName("restart_note")
        note.setWordWrap(True)
        set_role(note, "muted")
        self.error = QLabel()
        self.error.setObjectName("settings_error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        where = QLabel(self.tr("Settings file: {path}").format(path=self.path))
        where.setWordWrap(True)
        set_role(where, "fine-print")

        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Theme:"), self.theme)
        self.softphone = SoftphoneSettingsPage(audio_device)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.softphone, self.tr("Softphone"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
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
        self.theme.setCurrentIndex(max(self.theme.findData(self.settings.theme), 0))
        softphone = load_softphone_settings(self.settings)
        try:
            stored = softphone.configured and get_secret(softphone.secret_key()) is not None
        except SecretsUnavailable:
            stored = False
        self.softphone.load(softphone, stored)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_theme(self) -> str:
        return str(self.theme.currentData())

    def accept(self) -> None:
        if self.settings is None:
            return
        before = self.settings.language
        theme_before = self.settings.theme
        extra_before = dict(self.settings.extra)
        try:
            store_softphone_settings(
                self.settings, self.softphone.chosen(), self.softphone.new_password()
            )
        except (SoftphoneSettingsError, SecretsUnavailable) as e:
            self.settings.extra = extra_before
            self.tabs.setCurrentWidget(self.softphone)
            self._show_error(user_text(e))
            return
        self.settings.language = self.chosen_language()
        self.settings.theme = self.chosen_theme()
        try:
            save_settings(self.settings, self.path)
        except (OSError, ValueError) as e:
            self.settings.language = before
            self.settings.theme = theme_before
            self.settings.extra = extra_before
            self._show_error(
                self.tr("The settings were not saved: {error}").format(error=user_text(e))
            )
            return
        self.restart_needed = self.settings.language != before
        super().accept()
