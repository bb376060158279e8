"""The status bar's word on the PBX data for supervisors: "PBX data 12 min behind".

Reads the collector's heartbeat off the GUI thread every half minute; says nothing while
the data is current or the softphones write the journal.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.calls.collector.health import Health, Level, collector_health
from app.calls.collector.lease import collector_status
from app.company_settings import CALL_SOURCE, CALL_SOURCE_PBX, get_setting
from app.database import Database
from ui import background
from ui.messages import user_text
from ui.style import set_role

log = logging.getLogger(__name__)

POLL_MS = 30_000
ROLES = {Level.OK: "success", Level.WARNING: "warning", Level.ERROR: "error"}


def read_health(db: Database) -> Health | None:
    with db.transaction() as session:
        pbx_is_source = get_setting(session, CALL_SOURCE) == CALL_SOURCE_PBX
        status = collector_status(session) if pbx_is_source else None
    return collector_health(status, pbx_is_source)


class CollectorStatusLabel(QLabel):
    clicked = Signal()

    def __init__(self, db: Database, poll_ms: int = POLL_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("collector_status")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()
        self.health: Health | None = None
        self._task: background.BackgroundTask | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self._task is not None:
            return  # the previous read is still on its way
        task = background.BackgroundTask(read_health, self.db)
        task.signals.succeeded.connect(self._show)
        task.signals.failed.connect(self._failed)
        self._task = task
        background.start(task)

    def _show(self, health: Health | None) -> None:
        self._task = None
        self.health = health
        if health is None:
            self.hide()
            return
        self.setText(user_text(health.text))
        self.setToolTip(user_text(health.details))
        set_role(self, ROLES[health.level])
        self.show()

    def _failed(self, error: BaseException) -> None:
        # The database banner says when the database itself is away; this label keeps quiet.
        self._task = None
        log.info("collector status not read: %s", error)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
