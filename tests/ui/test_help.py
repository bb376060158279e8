"""The user guide: every page exists and renders, links work, F1 opens the form's page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.database import Database
from app.workplace import Workplace
from models import Role
from tests.support.ui_support import user_with_role
from ui import help as guide
from ui.journal.form import JournalForm
from ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
LINK = re.compile(r"\]\(([^)#]+\.md)(#[^)]*)?\)")


pytestmark = pytest.mark.seed(calls=60, clients=10, qt_settings=True)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """This module's GUI tests run on SQLite only."""
    return sqlite_db


@pytest.fixture(autouse=True)
def fresh_help_window() -> Iterator[None]:
    guide._window = None
    yield
    if guide._window is not None:
        guide._window.close()
        guide._window.deleteLater()
    guide._window = None


@pytest.mark.parametrize("topic", guide.TOPICS)
def test_every_topic_has_a_russian_page_that_renders(qtbot: QtBot, topic: str) -> None:
    path = guide.topic_path(topic, "ru")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert re.search("[а-яё]{4}", text), "the guide is written in Russian"
    window = guide.HelpWindow(language="ru")
    qtbot.addWidget(window)
    window.show_topic(topic)
    assert window.topic == topic
    document = window.browser.document()
    assert document.blockCount() > 5
    assert guide.topic_title(path) in document.toPlainText()
    assert window.contents.currentItem().text() == guide.topic_title(path)


def test_links_between_pages_point_to_existing_topics() -> None:
    for topic in guide.TOPICS:
        text = guide.topic_path(topic, "ru").read_text(encoding="utf-8")
        for target, _anchor in LINK.findall(text):
            assert Path(target).stem in guide.TOPICS, f"{topic}.md links to {target}"


def test_guide_uses_the_words_of_the_screen() -> None:
    journal = " ".join(guide.topic_path("journal", "ru").read_text(encoding="utf-8").split())
    for words in (
        "Журнал звонков",
        "Снять метку «Без ответа»",
        "Первичные обращения",
        "Незарегистрированные",
        "Показывать внутренние звонки",
        "Мои звонки",
        "Длительность ожидания",
        "Сведения о звонке",
        "Выбор колонок",
        "Потерян",
        "Дозвонились",
    ):
        assert words in journal, words
    softphone = " ".join(guide.topic_path("softphone", "ru").read_text(encoding="utf-8").split())
    for words in ("В работу", "Пауза", "Перезвонить", "Создать клиента", "Ctrl+D", "F9"):
        assert words in softphone, words


def test_clicking_a_link_opens_that_page(qtbot: QtBot) -> None:
    window = guide.HelpWindow(language="ru")
    qtbot.addWidget(window)
    window.show_topic("journal")
    window.follow_link(QUrl("player.md"))
    assert window.topic == "player"
    assert "Плеер" in window.browser.document().toPlainText()
    window.contents.setCurrentRow(guide.TOPICS.index("card"))
    assert window.topic == "card"


def test_unknown_language_and_topic_fall_back(qtbot: QtBot) -> None:
    assert guide.guide_dir("xx") == guide.guide_dir("ru")
    window = guide.HelpWindow(language="de")
    qtbot.addWidget(window)
    window.show_topic("no-such-page")
    assert window.topic == guide.DEFAULT_TOPIC


def _topic_after_f1(qtbot: QtBot, window: MainWindow) -> str:
    window.help_action.trigger()
    shown = guide._window
    assert shown is not None and shown.isVisible()
    return shown.topic


def test_f1_opens_the_page_of_the_current_form(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, user_with_role(db, Role.ADMIN), "test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.help_action.shortcut().toString() == "F1"
    assert _topic_after_f1(qtbot, window) == "journal"
    window.open_section(MainWindow.SECTION_CLIENTS)
    assert _topic_after_f1(qtbot, window) == "card"
    window.open_section(MainWindow.SECTION_REPORTS)
    assert _topic_after_f1(qtbot, window) == "reports"
    window.open_section(MainWindow.SECTION_ADMIN)
    assert _topic_after_f1(qtbot, window) == "settings"
    # One help window, reused.
    first = guide._window
    window.open_section(MainWindow.SECTION_JOURNAL)
    assert _topic_after_f1(qtbot, window) == "journal"
    assert guide._window is first


def test_f1_key_in_the_journal_opens_help_not_a_message_box(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, user_with_role(db, Role.SUPERVISOR), "test")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    journal = window.form(MainWindow.SECTION_JOURNAL)
    assert isinstance(journal, JournalForm)
    journal.table.setFocus()
    boxes: list[QMessageBox] = []
    QTimer.singleShot(0, lambda: boxes.extend(window.findChildren(QMessageBox)))
    qtbot.keyClick(journal.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: guide._window is not None and guide._window.isVisible())
    assert guide._window is not None and guide._window.topic == "journal"
    assert not boxes
    # F1 while reading the guide keeps the page the operator went to.
    guide._window.show_topic("card")
    guide._window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide._window, timeout=5_000)
    qtbot.keyClick(guide._window.browser, Qt.Key.Key_F1)
    assert guide._window.topic == "card"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    guide._window.resize(900, 680)
    guide._window.show_topic("journal")
    guide._window.grab().save(str(ARTIFACTS / "help-journal.png"))


def test_focus_in_the_player_opens_the_player_page(qtbot: QtBot, db: Database) -> None:
    form = JournalForm(Workplace(db, user_with_role(db, Role.SUPERVISOR)), poll_ms=60_000)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=5_000)
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    form.table.selectRow(0)
    qtbot.waitUntil(form.panel.recording_box.isVisible, timeout=10_000)
    form.panel.player.speed.setFocus()
    assert form.help_topic() == "player"
    form.table.setFocus()
    assert form.help_topic() == "journal"


def test_help_in_a_modal_dialog_opens_its_page_and_stays_usable(qtbot: QtBot, db: Database) -> None:
    from ui.settings_dialog import SettingsDialog

    window = MainWindow(db, user_with_role(db, Role.ADMIN), "test")
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[str, object]] = []

    def press_f1_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        window.help_action.trigger()
        assert guide._window is not None
        seen.append((guide._window.topic, guide._window.parentWidget()))
        dialog.reject()

    QTimer.singleShot(100, press_f1_in_dialog)
    window.open_settings()
    assert seen and seen[0][0] == "settings"
    assert isinstance(seen[0][1], SettingsDialog)  # under the dialog: it takes input
