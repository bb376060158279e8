"""The letter form of a client card: to, subject, body, the card's files to attach; sent
through the company's SMTP server (:mod:`app.mail`) and recorded in the card's history."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.files import AttachedFile
from app.mail import Letter, MailSettings, send_letter
from app.workplace import Workplace
from ui.files.panel import size_text
from ui.messages import user_text
from ui.style import set_role

log = logging.getLogger(__name__)
FILE_ROLE = Qt.ItemDataRole.UserRole


class LetterDialog(QDialog):
    def __init__(
        self,
        workplace: Workplace,
        settings: MailSettings,
        client_id: int,
        address: str,
        files: list[AttachedFile],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letter_dialog")
        self.workplace = workplace
        self.settings = settings
        self.client_id = client_id
        self.setWindowTitle(self.tr("New letter"))
        self.resize(640, 520)
        self.sender_label = QLabel(settings.sender or settings.login)
        self.to = QLineEdit(address)
        self.to.setObjectName("letter_to")
        self.subject = QLineEdit()
        self.subject.setObjectName("letter_subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("letter_body")
        self.files = QListWidget()
        self.files.setObjectName("letter_files")
        self.files.setMaximumHeight(110)
        for f in files:
            item = QListWidgetItem(f"{f.name} ({size_text(f.size)})")
            item.setData(FILE_ROLE, f.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.files.addItem(item)
        if not files:
            self.files.hide()
        self.message = QLabel()
        self.message.setObjectName("letter_message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(
            self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("letter_send")
        self.send_button.setShortcut("Ctrl+Return")
        self.send_button.setToolTip(self.tr("Send the letter (Ctrl+Enter)"))
        buttons.accepted.connect(self.send_and_close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.sender_label)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        if files:
            layout.addWidget(QLabel(self.tr("Attach files of the card:")))
        layout.addWidget(self.files)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.subject.setFocus()

    def letter(self) -> Letter:
        chosen = tuple(
            int(self.files.item(row).data(FILE_ROLE))
            for row in range(self.files.count())
            if self.files.item(row).checkState() == Qt.CheckState.Checked
        )
        return Letter(
            self.client_id, self.to.text(), self.subject.text(), self.body.toPlainText(), chosen
        )

    def send(self) -> bool:
        letter, user, now, settings = (
            self.letter(),
            self.workplace.user,
            self.workplace.now(),
            self.settings,
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workplace.db.write(
                lambda s: send_letter(s, user, settings, letter, now), attempts=1
            )
        except Exception as e:
            log.exception("letter not sent")
            self.message.setText(user_text(e))
            self.message.show()
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def send_and_close(self) -> None:
        if self.send():
            self.accept()
