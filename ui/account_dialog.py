"""My account: the logged-in employee changes their own name and password (a click on their
name in the status bar), sees their SIP account and logs out. Each change is one write, made
in the background while the dialog stays painted; a refusal is said in the dialog and what
was typed stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.database import Database, describe_problem
from app.messages import UserFacingError
from app.staff.account import change_own_password, rename_self
from app.staff.auth import CurrentUser
from app.staff.sip_account import SipAccount
from ui import background
from ui.messages import user_text
from ui.style import set_role


class AccountDialog(QDialog):
    renamed = Signal(str)  # the name as stored
    log_out_requested = Signal()  # "Log out": the login form comes, for whoever works next

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None = None,
        sip_account: SipAccount | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.setWindowTitle(self.tr("My account"))
        self.login = QLabel(user.login)
        self.name = QLineEdit(user.full_name)
        self.name.setObjectName("account_name")
        self.save_name = QPushButton(self.tr("Save the name"))
        self.save_name.setObjectName("save_name")
        self.save_name.clicked.connect(self.rename)
        name_box = QGroupBox(self.tr("Name"))
        name_form = QFormLayout(name_box)
        name_form.addRow(self.tr("Login:"), self.login)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.save_name)
        name_form.addRow(self.tr("Full name:"), name_row)

        self.current = self._password("current_password")
        self.new = self._password("new_password")
        self.again = self._password("repeat_password")
        self.change = QPushButton(self.tr("Change the password"))
        self.change.setObjectName("change_password")
        self.change.clicked.connect(self.change_password)
        password_box = QGroupBox(self.tr("Password"))
        password_form = QFormLayout(password_box)
        password_form.addRow(self.tr("Current password:"), self.current)
        password_form.addRow(self.tr("New password:"), self.new)
        password_form.addRow(self.tr("New password again:"), self.again)
        password_form.addRow(self.change)

        sip_box = QGroupBox(self.tr("Softphone"))
        sip_form = QFormLayout(sip_box)
        self.sip_account = QLabel(
            self.tr("{account} ({transport})").format(
                account=sip_account.address, transport=sip_account.transport.upper()
            )
            if sip_account is not None
            else self.tr("none: an administrator sets it in Administration, Users")
        )
        self.sip_account.setObjectName("account_sip")
        self.sip_account.setWordWrap(True)
        sip_form.addRow(self.tr("SIP account:"), self.sip_account)

        self.message = QLabel()
        self.message.setObjectName("account_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.log_out = buttons.addButton(self.tr("Log out"), QDialogButtonBox.ButtonRole.ResetRole)
        self.log_out.setObjectName("log_out")
        self.log_out.setToolTip(
            self.tr(
                "End your session here (the softphone unregisters) and let another employee "
                "log in (Ctrl+Shift+L)"
            )
        )
        self.log_out.clicked.connect(self._log_out)
        layout = QVBoxLayout(self)
        layout.addWidget(name_box)
        layout.addWidget(password_box)
        layout.addWidget(sip_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _log_out(self) -> None:
        self.accept()
        self.log_out_requested.emit()

    def _password(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _say(self, text: str, error: bool) -> None:
        set_role(self.message, "error" if error else "success")
        self.message.setText(text)

    def _write(self, work: Callable[[Session], object], waiting: str) -> object | None:
        """Run one write in the background; None (and the reason shown) when refused."""
        try:
            result: object = background.wait_for(self, waiting, self.db.write, work)
            return result
        except UserFacingError as e:
            self._say(user_text(e), error=True)
        except DBAPIError as e:
            self._say(user_text(describe_problem(e)), error=True)
        return None

    def rename(self) -> None:
        typed = self.name.text()
        user = self.user
        stored = self._write(lambda s: rename_self(s, user, typed), self.tr("Saving…"))
        if isinstance(stored, str):
            self.name.setText(stored)
            self._say(self.tr("Your name was saved."), error=False)
            self.renamed.emit(stored)

    def change_password(self) -> None:
        current, new = self.current.text(), self.new.text()
        if new != self.again.text():
            self._say(self.tr("The new password and its repetition differ."), error=True)
            return
        user = self.user

        def work(session: Session) -> bool:
            change_own_password(session, user, current, new)
            return True

        done = self._write(work, self.tr("Saving…"))
        if done:
            for edit in (self.current, self.new, self.again):
                edit.clear()
            self._say(self.tr("The password was changed: use it at the next login."), error=False)
