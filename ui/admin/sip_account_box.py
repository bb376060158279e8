"""The SIP account section of the employee dialog (Administration, Users): the PBX account
the employee's softphone registers with at any desk. No password here: each workstation asks
the employee for it once and keeps it in its keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.staff.sip_account import SipAccount
from ui.style import set_role


class SipAccountBox(QGroupBox):
    def __init__(self, account: SipAccount | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("SIP account (softphone)"), parent)
        self.setObjectName("sip_account_box")
        self.setCheckable(True)
        self.setChecked(account is not None)
        self.version = account.version if account is not None else 0
        shown = account or SipAccount(registrar="", user="")
        self.registrar = QLineEdit(shown.registrar)
        self.registrar.setObjectName("employee_sip_registrar")
        self.registrar.setPlaceholderText(self.tr("pbx.example.com"))
        self.port = QSpinBox()
        self.port.setObjectName("employee_sip_port")
        self.port.setRange(1, 65535)
        self.port.setValue(shown.port)
        self.user = QLineEdit(shown.user)
        self.user.setObjectName("employee_sip_user")
        self.user.setPlaceholderText(self.tr("e.g. 301"))
        self.auth_user = QLineEdit(shown.auth_user)
        self.auth_user.setObjectName("employee_sip_auth_user")
        self.auth_user.setPlaceholderText(self.tr("the same as the extension"))
        self.display_name = QLineEdit(shown.display_name)
        self.display_name.setObjectName("employee_sip_display_name")
        self.display_name.setPlaceholderText(self.tr("the employee's full name"))
        self.transport = QComboBox()
        self.transport.setObjectName("employee_sip_transport")
        self.transport.addItem("UDP", "udp")
        self.transport.addItem("TCP", "tcp")
        self.transport.setCurrentIndex(max(0, self.transport.findData(shown.transport)))
        note = QLabel(
            self.tr(
                "The password is not stored here: the employee types it once on each "
                "computer, which keeps it in its system keyring."
            )
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        # Room for a host name and a placeholder read in full, beside the long labels.
        for field in (self.registrar, self.user, self.auth_user, self.display_name):
            field.setMinimumWidth(240)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("PBX (registrar):"), self.registrar)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("SIP user (extension):"), self.user)
        form.addRow(self.tr("Authentication user:"), self.auth_user)
        form.addRow(self.tr("Display name:"), self.display_name)
        form.addRow(self.tr("Transport:"), self.transport)
        form.addRow(note)

    def account(self) -> SipAccount | None:
        """What the section shows (validated when stored); None: no SIP account."""
        if not self.isChecked():
            return None
        return SipAccount(
            registrar=self.registrar.text(),
            user=self.user.text(),
            port=self.port.value(),
            auth_user=self.auth_user.text(),
            display_name=self.display_name.text(),
            transport=str(self.transport.currentData()),
            version=self.version,
        )
