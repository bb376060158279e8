"""The status bar's SIP state: click to register again, or to set the phone up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.softphone.session import SoftphoneSession


class SipStatusLabel(QLabel):
    settings_requested = Signal()  # clicked while no account is set up

    def __init__(self, session: SoftphoneSession, parent: QWidget | None = None) -> None:
        super().__init__(session.text, parent)
        self.setObjectName("softphone_label")
        self.session = session
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click to register again"))
        session.registration_text_changed.connect(self.setText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked()
            return
        super().mouseReleaseEvent(event)

    def clicked(self) -> None:
        if not self.session.reconnect():
            self.settings_requested.emit()
