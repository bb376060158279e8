"""The first window: up within a second of the start, before the heavy imports, the demo
database and the login; it says what the start is doing and how far it got.

Imports only Qt and the light modules the application object needs (ui.application),
so the window paints before the rest of CallDesk is loaded.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui import resources
from ui.application import create_application, saved_language, saved_theme
from ui.style import set_role

# How long to wait for the window system to show the window before painting anyway.
EXPOSE_TIMEOUT_S = 0.5


class SplashWindow(QWidget):
    """CallDesk's name, what is happening now, and a progress bar when the work is counted."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        self.setWindowTitle("CallDesk")
        self.setWindowIcon(resources.icon("calldesk"))
        self.setFixedSize(520, 170)
        title = QLabel("CallDesk")
        set_role(title, "title")
        self.status = QLabel(QCoreApplication.translate("startup", "Starting…"))
        self.status.setObjectName("splash_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("splash_progress")
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)  # busy until the work is counted
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

    def show_now(self) -> None:
        """Show and paint before returning: what follows may keep the event loop busy."""
        screen = QApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center() - self.rect().center())
        self.show()
        deadline = time.monotonic() + EXPOSE_TIMEOUT_S
        handle = self.windowHandle()
        while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        self.repaint()
        QCoreApplication.processEvents()

    def set_text(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))


def open_first_window(language: str | None) -> SplashWindow:
    """The application object and its first window, painted."""
    create_application(language or saved_language(), saved_theme())
    splash = SplashWindow()
    splash.show_now()
    return splash
