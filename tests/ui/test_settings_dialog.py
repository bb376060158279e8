"""The Settings dialog: the interface language (used at the next start) and the theme (at once)
are stored in the workstation settings file; nothing else in the file changes."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.config import WorkstationSettings, load_settings, save_settings, settings_path
from app.database import Database
from models import Role
from tests.support.ui_support import user_with_role
from ui import style
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.startup import saved_language, saved_theme


@pytest.fixture
def stored() -> WorkstationSettings:
    settings = WorkstationSettings(
        database_url="mysql+pymysql://calldesk@db.example/calldesk", recordings_base="/srv/rec"
    )
    save_settings(settings)
    return settings


def test_choosing_a_language_stores_it_and_keeps_the_rest(
    qtbot: QtBot, stored: WorkstationSettings
) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == ""  # as in the system
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "",
        "ru",
        "uk",
        "en",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.restart_needed
    again = load_settings()
    assert again.language == "uk"
    assert again.database_url == stored.database_url
    assert again.recordings_base == stored.recordings_base
    assert saved_language() == "uk"

    reopened = SettingsDialog()
    qtbot.addWidget(reopened)
    assert reopened.chosen_language() == "uk"
    reopened.accept()
    assert not reopened.restart_needed  # nothing changed


def test_the_theme_round_trips_through_the_settings_file(
    qtbot: QtBot, stored: WorkstationSettings
) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen_theme() == style.THEME_SYSTEM
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == [
        style.THEME_SYSTEM,
        style.THEME_LIGHT,
        style.THEME_DARK,
    ]
    dialog.theme.setCurrentIndex(dialog.theme.findData(style.THEME_DARK))
    dialog.accept()
    assert not dialog.restart_needed  # a theme applies at once
    assert load_settings().theme == "dark" and saved_theme() == "dark"
    assert load_settings().database_url == stored.database_url
    reopened = SettingsDialog()
    qtbot.addWidget(reopened)
    assert reopened.chosen_theme() == style.THEME_DARK


def test_the_dialog_says_a_restart_applies_the_language(qtbot: QtBot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    note = dialog.findChild(type(dialog.error), "restart_note")
    assert note is not None and "restart" in note.text()
    assert str(settings_path()) in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.error))
    )


def test_cancel_saves_nothing(qtbot: QtBot, stored: WorkstationSettings) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert load_settings().language == ""
    assert saved_language() is None


def test_a_broken_settings_file_is_not_overwritten(qtbot: QtBot) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.error.isHidden()
    assert "cannot be read" in dialog.error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert path.read_text(encoding="utf-8") == "{not json"
    assert saved_language() is None


def test_settings_that_cannot_be_written_give_a_message(qtbot: QtBot) -> None:
    # A file edited by hand with a password in the URL: CallDesk refuses to write it back.
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"database_url": "mysql+pymysql://u:secret@h/db"}), "utf-8")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "not saved" in dialog.error.text() and "keyring" in dialog.error.text()
    assert dialog.settings is not None and dialog.settings.language == ""


pytestmark = pytest.mark.seed(calls=20, clients=5, qt_settings=True)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """This module's GUI tests run on SQLite only."""
    return sqlite_db


def test_settings_command_of_the_main_window(qtbot: QtBot, db: Database) -> None:
    # The demo's recordings folder lives in the window's settings for this session only.
    session = WorkstationSettings(recordings_base="/tmp/demo-recordings")
    window = MainWindow(db, user_with_role(db, Role.OPERATOR), "test", session)
    qtbot.addWidget(window)
    window.show()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"

    def choose_russian() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.accept()

    QTimer.singleShot(50, choose_russian)
    window.settings_action.trigger()
    assert window.settings.language == "ru"
    assert "Restart CallDesk" in window.statusBar().currentMessage()
    written = json.loads(settings_path().read_text(encoding="utf-8"))
    assert written["language"] == "ru"
    assert written["recordings_base"] == ""  # not the session's demo folder


@pytest.fixture
def own_look(qapp: QApplication) -> Iterator[QApplication]:
    """The application's palette and sheet as they were, after a test that switches themes."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    for watch in qapp.findChildren(style._PaletteWatch):
        qapp.removeEventFilter(watch)
        watch.setParent(None)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_a_theme_chosen_in_the_main_window_applies_at_once(
    qtbot: QtBot, db: Database, own_look: QApplication
) -> None:
    window = MainWindow(db, user_with_role(db, Role.OPERATOR), "test")
    qtbot.addWidget(window)
    window.show()
    for theme, dark in ((style.THEME_DARK, True), (style.THEME_LIGHT, False)):

        def choose(theme: str = theme) -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SettingsDialog)
            dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
            dialog.accept()

        QTimer.singleShot(50, choose)
        window.settings_action.trigger()
        assert window.settings.theme == theme
        assert style.is_dark(own_look.palette()) is dark
        assert style.is_dark(window.palette()) is dark
    assert "Restart" not in window.statusBar().currentMessage()
