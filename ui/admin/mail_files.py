"""Administration: the company's mail server (for letters from the card) and attached files
(size limit, an optional file store). The SMTP password goes to the keyring."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.company_settings import FILE_SIZE_LIMIT_MB, FILE_STORE_DIR, get_setting, put_setting
from app.mail import MailSettings, read_mail_settings, save_mail_settings
from app.staff.permissions import require_admin
from app.workplace import Workplace
from ui.messages import user_text
from ui.style import set_role

log = logging.getLogger(__name__)


class MailAndFilesPage(QWidget):
    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workplace = workplace
        mail = QGroupBox(self.tr("Mail server for letters from the client card"))
        self.host = QLineEdit()
        self.host.setObjectName("smtp_host")
        self.host.setPlaceholderText(self.tr("empty: letters open the mail client"))
        self.port = QSpinBox()
        self.port.setObjectName("smtp_port")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.setObjectName("smtp_security")
        self.security.addItem("STARTTLS", "starttls")
        self.security.addItem("SSL/TLS", "ssl")
        self.security.addItem(self.tr("none (not recommended)"), "none")
        self.login = QLineEdit()
        self.login.setObjectName("smtp_login")
        self.password = QLineEdit()
        self.password.setObjectName("smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged (kept in the keyring)"))
        self.sender_edit = QLineEdit()
        self.sender_edit.setObjectName("smtp_sender")
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("the system's certificates"))
        form = QFormLayout(mail)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Encryption:"), self.security)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender address:"), self.sender_edit)
        form.addRow(self.tr("CA certificate file:"), self.ca_file)
        files = QGroupBox(self.tr("Attached files"))
        self.size_limit = QSpinBox()
        self.size_limit.setObjectName("file_size_limit")
        self.size_limit.setRange(1, 100_000)
        self.size_limit.setSuffix(self.tr(" MB"))
        self.store = QLineEdit()
        self.store.setObjectName("file_store")
        self.store.setPlaceholderText(self.tr("empty: in the database"))
        files_form = QFormLayout(files)
        files_form.addRow(self.tr("Largest file:"), self.size_limit)
        files_form.addRow(self.tr("File store folder:"), self.store)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("save_mail_files")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(mail)
        layout.addWidget(files)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        with self.workplace.db.transaction() as s:
            settings = read_mail_settings(s)
            limit = int(float(get_setting(s, FILE_SIZE_LIMIT_MB)))
            store = str(get_setting(s, FILE_STORE_DIR) or "")
        if settings is not None:
            self.host.setText(settings.host)
            self.port.setValue(settings.port)
            self.security.setCurrentIndex(max(self.security.findData(settings.security), 0))
            self.login.setText(settings.login)
            self.sender_edit.setText(settings.sender)
            self.ca_file.setText(settings.ca_file)
        self.size_limit.setValue(limit)
        self.store.setText(store)

    def settings(self) -> MailSettings | None:
        host = self.host.text().strip()
        if not host:
            return None
        return MailSettings(
            host,
            self.port.value(),
            str(self.security.currentData()),
            self.login.text().strip(),
            self.sender_edit.text().strip(),
            self.ca_file.text().strip(),
        )

    def save(self) -> bool:
        user, settings = self.workplace.user, self.settings()
        password = self.password.text() or None
        limit, store = self.size_limit.value(), self.store.text().strip()

        def work(s: Session) -> None:
            require_admin(s, user)
            save_mail_settings(s, user, settings, password)
            put_setting(s, FILE_SIZE_LIMIT_MB, limit)
            put_setting(s, FILE_STORE_DIR, store)

        try:
            self.workplace.db.write(work)
        except Exception as e:
            log.exception("mail and file settings not saved")
            set_role(self.message, "error")
            self.message.setText(user_text(e))
            self.message.show()
            return False
        self.password.clear()
        set_role(self.message, "success")
        self.message.setText(self.tr("Saved."))
        self.message.show()
        return True
