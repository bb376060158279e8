"""The journal | side panel splitter: the panel's width and collapsed state follow the user."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from app.database import Database
from app.staff.auth import CurrentUser
from app.staff.user_settings import get_setting, put_setting
from ui.background import BackgroundTask, start

log = logging.getLogger(__name__)

PANEL_KEY = "journal.side_panel"
DEFAULT_WIDTH = 440  # the most a panel nobody has sized takes; less on a narrow screen
DEFAULT_SHARE = 0.24
MIN_WIDTH = 365  # the player's row of buttons and the details' labels need it
MAX_WIDTH = 1200
SAVE_DELAY_MS = 800


def side_splitter(main: QWidget, panel: QWidget) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("journal_splitter")
    splitter.addWidget(main)
    splitter.addWidget(panel)
    splitter.setCollapsible(0, False)
    splitter.setCollapsible(1, True)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 0)
    splitter.setSizes([10_000, MIN_WIDTH])
    return splitter


def default_width(total: int) -> int:
    """The panel's width in a splitter ``total`` wide until the user sizes it."""
    return max(MIN_WIDTH, min(DEFAULT_WIDTH, int(total * DEFAULT_SHARE)))


class SidePanelState(QObject):
    """Restores the panel's width / collapsed state and saves it when the user changes it.

    Until the user has sized or collapsed the panel it is *automatic*: the journal gives it
    a share of its width, or collapses it when the columns need the room (see
    :meth:`fit`); nothing is saved then."""

    restored = Signal()
    collapsed_changed = Signal(bool)

    def __init__(self, db: Database, user: CurrentUser, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self.db = db
        self.user = user
        self.splitter = splitter
        self.width = DEFAULT_WIDTH
        self.automatic = True
        self.loaded = False
        self._restoring = False
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        splitter.splitterMoved.connect(lambda _pos, _index: self._moved())

    @property
    def collapsed(self) -> bool:
        return self.splitter.sizes()[1] == 0

    def restore(self) -> None:
        engine, user_id = self.db.engine, self.user.id

        def work() -> Any:
            with engine.connect() as conn:
                return get_setting(conn, user_id, PANEL_KEY)

        task = BackgroundTask(work)
        task.signals.succeeded.connect(self._apply)
        task.signals.failed.connect(lambda e: log.warning("side panel state not read: %r", e))
        start(task)

    def _apply(self, value: Any) -> None:
        self.loaded = True
        if isinstance(value, dict):
            self.automatic = False
            width = value.get("width")
            if isinstance(width, int) and not isinstance(width, bool):
                self.width = max(MIN_WIDTH, min(MAX_WIDTH, width))
            self._restoring = True
            self.set_collapsed(value.get("collapsed") is True)
            self._restoring = False
        self.restored.emit()

    def fit(self, collapsed: bool) -> None:
        """The automatic layout: the panel at its share of the width, or collapsed."""
        if not self.automatic:
            return
        self.width = default_width(sum(self.splitter.sizes()))
        self._restoring = True
        self.set_collapsed(collapsed)
        self._restoring = False

    def set_collapsed(self, collapsed: bool) -> None:
        total = sum(self.splitter.sizes()) or (self.width * 3)
        if collapsed:
            self.splitter.setSizes([total, 0])
        else:
            self.splitter.setSizes([max(1, total - self.width), self.width])
        if not self._restoring:
            self.automatic = False
            self.save_timer.start()
        self.collapsed_changed.emit(self.collapsed)

    def toggle(self) -> None:
        self.set_collapsed(not self.collapsed)

    def _moved(self) -> None:
        width = self.splitter.sizes()[1]
        if width > 0:
            self.width = width
        self.automatic = False
        self.save_timer.start()
        self.collapsed_changed.emit(self.collapsed)

    def value(self) -> dict[str, Any]:
        return {"width": self.width, "collapsed": self.collapsed}

    def save_now(self) -> None:
        self.save_timer.stop()
        db, user_id, value = self.db, self.user.id, self.value()

        def work() -> None:
            db.write(lambda session: put_setting(session, user_id, PANEL_KEY, value))

        task = BackgroundTask(work)
        task.signals.failed.connect(lambda e: log.warning("side panel state not saved: %r", e))
        start(task)
