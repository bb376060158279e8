"""How the main window starts its softphone after login: with the employee's own SIP account.

* The employee has none but this workstation still has its own (set up before accounts went
  with employees): they are offered to keep it as theirs (stored with them, the password moved
  to their keyring entry, the workstation's copy removed).
* This workstation does not know the employee's SIP password yet: it is asked once
  ("Remember on this computer" keeps it in the keyring).

The questions are window-modal but never block the event loop (``open()``), so the window
works, paints and can be closed while they are shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from app.config import SecretsUnavailable, save_settings
from app.messages import UserFacingError
from app.softphone_settings import load_softphone_settings
from app.staff.sip_account import (
    SipAccount,
    adopt_sip_account,
    adopt_workstation_password,
)
from ui.messages import user_text
from ui.softphone.session import SoftphoneSession
from ui.softphone.sip_password import SipPasswordDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SoftphoneStart(QObject):
    asked = Signal(object)  # the question shown now (QMessageBox or SipPasswordDialog)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.question: QMessageBox | SipPasswordDialog | None = None

    @property
    def phone(self) -> SoftphoneSession:
        return self.window.softphone

    def begin(self) -> None:
        phone = self.phone
        if phone.sip_account is None:
            legacy = load_softphone_settings(self.window.settings)
            if legacy.configured:
                self._offer(SipAccount.from_settings(legacy))
                return
        self._start()

    def _start(self) -> None:
        phone = self.phone
        if phone.sip_account is not None and phone.password_needed:
            self.ask_password()
            return
        phone.start()  # registers when the employee has an account
        self.window.softphone_dock.setVisible(
            phone.settings.configured or self.window.demo_line is not None
        )

    # -- this workstation's own account ---------------------------------------------------

    def _offer(self, account: SipAccount) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("SIP account"),
            self.tr(
                "This computer has the SIP account {account}, but you have none. Keep it as "
                "yours? It will then follow you to any computer you log in at."
            ).format(account=account.address),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("adopt_sip_account")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._offer_answered(account, result))
        self._show(box)

    def _offer_answered(self, account: SipAccount, result: int) -> None:
        self.question = None
        if result != QMessageBox.StandardButton.Yes:
            self._start()  # no account: the softphone says so
            return
        user = self.window.user
        try:
            stored = self.window.db.write(lambda s: adopt_sip_account(s, user, account))
        except UserFacingError as e:
            self.window.statusBar().showMessage(user_text(e), 30_000)
            self._start()
            return
        settings = self.window.settings
        try:
            adopt_workstation_password(settings, user.login, stored)
            save_settings(settings)
        except (SecretsUnavailable, OSError, ValueError) as e:
            log.warning("the workstation's SIP account was not moved: %s", e)
            self.window.statusBar().showMessage(user_text(e), 30_000)
        self.phone.use_account(stored)
        self._start()

    # -- the password on this computer --------------------------------------------------

    def ask_password(self) -> None:
        account = self.phone.sip_account
        if account is None or self.question is not None:
            return
        self._say_password_needed()
        dialog = SipPasswordDialog(account, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._password_given(dialog))
        dialog.rejected.connect(self._password_refused)
        self._show(dialog)

    def _password_given(self, dialog: SipPasswordDialog) -> None:
        self.question = None
        self.phone.set_password(dialog.password.text(), dialog.remember.isChecked())
        self._start()

    def _password_refused(self) -> None:
        self.question = None
        phone = self.phone
        phone.notice.emit(
            self.tr("The softphone waits for your SIP password: click its state to enter it.")
        )
        self._say_password_needed()
        self.window.softphone_dock.setVisible(True)

    def _say_password_needed(self) -> None:
        phone = self.phone
        phone.registration_text_changed.emit(
            self.tr("SIP {user}: password needed").format(user=phone.settings.user)
        )

    def _show(self, question: QMessageBox | SipPasswordDialog) -> None:
        self.question = question
        question.open()
        self.asked.emit(question)

    def close(self) -> None:
        """The window closes: an open question goes with it."""
        if self.question is not None:
            question, self.question = self.question, None
            question.blockSignals(True)
            question.close()
