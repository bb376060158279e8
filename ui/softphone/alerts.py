"""What tells the operator that a call rings or was missed: one pop-up per ringing call,
stacked from the bottom right corner, and the tray icon's messages.

It follows the session's signals and passes on what the operator asks of a pop-up
(open the caller's card, create a client for the number) by its own signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app.clients.caller_id import CallerInfo
from app.phones import display
from softphone.state import CallRecord, CallView
from ui import resources
from ui.softphone.popup import IncomingPopup
from ui.softphone.session import SoftphoneSession


class CallAlerts(QObject):
    card_requested = Signal(int)  # client id: the operator wants the caller's card
    new_client_requested = Signal(str)  # number: the operator registers an unknown caller

    def __init__(self, session: SoftphoneSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.popups: dict[int, IncomingPopup] = {}
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(resources.icon("calldesk"), self)
            self.tray.setToolTip("CallDesk")
        session.ringing.connect(self._ringing)
        session.ringing_ended.connect(self._ringing_ended)
        session.missed_call.connect(self._missed)
        session.closing.connect(self._closing)

    def _ringing(self, view: CallView) -> None:
        popup = IncomingPopup(self.session, view)
        self.popups[view.id] = popup
        popup.destroyed.connect(lambda _o=None, k=view.id: self.popups.pop(k, None))
        popup.card_requested.connect(self.card_requested)
        popup.new_client_requested.connect(self.new_client_requested)
        popup.show_stacked(len(self.popups) - 1)
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(
                self.tr("Incoming call"),
                popup.number_text,
                QSystemTrayIcon.MessageIcon.Information,
                10_000,
            )

    def _ringing_ended(self, key: int) -> None:
        popup = self.popups.get(key)
        if popup is not None:
            popup.close()

    def _missed(self, record: CallRecord, caller: Any) -> None:
        if self.tray is None:
            return
        who = caller.client_name if isinstance(caller, CallerInfo) and caller.client_name else ""
        self.tray.showMessage(
            self.tr("Missed call"),
            " ".join(x for x in (display(record.number), who) if x),
            QSystemTrayIcon.MessageIcon.Warning,
            15_000,
        )

    def _closing(self) -> None:
        for popup in list(self.popups.values()):
            popup.close()
        if self.tray is not None:
            self.tray.hide()
