"""The SIP password asked when the softphone starts on a computer that does not know it yet
(the account goes with the employee; each workstation keeps the password in its keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.staff.sip_account import SipAccount


class SipPasswordDialog(QDialog):
    def __init__(self, account: SipAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sip_password_dialog")
        self.setWindowTitle(self.tr("SIP password"))
        intro = QLabel(
            self.tr(
                "Your softphone registers as {account}. This computer does not know its "
                "password yet."
            ).format(account=account.address)
        )
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("sip_password_prompt")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setObjectName("sip_password_remember")
        self.remember.setToolTip(
            self.tr("Kept in the system keyring of this computer, never in a file")
        )
        self.remember.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
