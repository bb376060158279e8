"""Login of an employee; the demo shows its logins right on the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.staff.auth import CurrentUser, LoginFailed, authenticate
from ui.background import wait_for
from ui.messages import user_text
from ui.style import set_role


class LoginDialog(QDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        demo_hint: str = "",
        login: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("CallDesk — log in"))
        self.setMinimumWidth(380)
        title = QLabel(self.tr("CallDesk"))
        set_role(title, "title")
        self.login = QLineEdit(login)
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        self.error = QLabel()
        self.error.setObjectName("error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if demo_hint:
            hint = QLabel(demo_hint)
            hint.setObjectName("demo_hint")
            hint.setWordWrap(True)
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_role(hint, "hint")
            layout.addWidget(hint)
        layout.addWidget(buttons)
        (self.password if login else self.login).setFocus()

    def _authenticate(self, login: str, password: str) -> CurrentUser:
        # A write too: an outdated password hash is upgraded on login.
        return self.db.write(lambda session: authenticate(session, login, password))

    def accept(self) -> None:
        try:
            self.user = wait_for(
                self,
                self.tr("Checking the password…"),
                self._authenticate,
                self.login.text(),
                self.password.text(),
            )
        except LoginFailed as e:
            self.error.setText(user_text(e))
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()
