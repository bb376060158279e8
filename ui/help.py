"""The user guide: Markdown pages under resources/guide/<language>/ in one help window (F1).

Each page is a topic (the journal, the player, a client card...); F1 opens the window at
the topic of the form the operator is in. Links between pages (``[плеер](player.md)``)
move inside the window; web links open in the browser.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from ui import resources

# In the order of the contents list.
TOPICS = (
    "journal",
    "callbacks",
    "events",
    "player",
    "registration",
    "softphone",
    "card",
    "reports",
    "tasks",
    "settings",
)
DEFAULT_TOPIC = "journal"
GUIDE_LANGUAGE = "ru"  # the guide is written in Russian; other languages fall back to it

# Modal dialogs that have a topic of their own (by class name: ui/ must not import itself
# in circles just to say which page explains a dialog).
DIALOG_TOPICS = {
    "CreateClientDialog": "registration",
    "AssignNumberDialog": "registration",
    "ConflictDialog": "journal",
    "AccountDialog": "settings",
    "SettingsDialog": "settings",
    "ImportDialog": "card",
    "UserDialog": "settings",
    "FieldDialog": "settings",
    "TaskDialog": "tasks",
    "LetterDialog": "tasks",
    "EventDialog": "events",
}


def guide_dir(language: str | None = None) -> Path:
    """The folder of the guide in ``language`` (default: the UI's), else the Russian one."""
    lang = language or QLocale().name().split("_")[0]
    folder = resources.path("guide", lang)
    return folder if folder.is_dir() else resources.path("guide", GUIDE_LANGUAGE)


def topic_path(topic: str, language: str | None = None) -> Path:
    return guide_dir(language) / f"{topic}.md"


def topic_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def topic_for_dialog(widget: QWidget | None) -> str | None:
    while widget is not None:
        topic = DIALOG_TOPICS.get(type(widget).__name__)
        if topic is not None:
            return topic
        widget = widget.parentWidget()
    return None


class HelpWindow(QWidget):
    """Contents on the left, the page on the right; reused for every F1."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("CallDesk — user guide"))
        self.resize(900, 680)
        self.folder = guide_dir(language)
        self.topic = ""

        self.contents = QListWidget()
        self.contents.setObjectName("help_contents")
        for topic in TOPICS:
            path = self.folder / f"{topic}.md"
            if path.is_file():
                item = QListWidgetItem(topic_title(path))
                item.setData(Qt.ItemDataRole.UserRole, topic)
                self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._contents_changed)

        self.browser = QTextBrowser()
        self.browser.setObjectName("help_page")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        self.browser.document().setDocumentMargin(16)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def show_topic(self, topic: str) -> None:
        path = self.folder / f"{topic}.md"
        if not path.is_file():
            topic, path = DEFAULT_TOPIC, self.folder / f"{DEFAULT_TOPIC}.md"
        self.topic = topic
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.folder) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.browser.verticalScrollBar().setValue(0)
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == topic:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)

    def _contents_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_topic(str(current.data(Qt.ItemDataRole.UserRole)))

    def follow_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = Path(url.path()).stem
        if target in TOPICS:
            self.show_topic(target)
        if url.fragment():
            self.browser.scrollToAnchor(url.fragment())


_window: HelpWindow | None = None


def show_help(parent: QWidget | None, topic: str) -> HelpWindow:
    """Show the guide at ``topic`` in the one help window, on top of whatever is open.

    While a modal dialog is up only its children take input, so the window moves under it.
    """
    global _window
    host = QApplication.activeModalWidget() or (parent.window() if parent else None)
    if _window is None or not shiboken6.isValid(_window):
        _window = HelpWindow(parent=host)
    elif _window.parentWidget() is not host:
        geometry = _window.geometry()
        _window.setParent(host, Qt.WindowType.Window)
        _window.setGeometry(geometry)
    _window.show_topic(topic)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window
