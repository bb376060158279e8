"""Files on the client card and letters from it, on screen: attach, save back identical,
delete; the administrator sets the mail server (password to the keyring); the card's "Write"
opens the letter form, which sends through a real SMTP server (aiosmtpd, STARTTLS) and leaves
a line in the card's history; without a server it opens the mail client as before."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from app.config import get_secret
from app.database import Database
from app.mail import MailSettings
from app.workplace import Workplace
from models import Client, ClientHistory, ClientKind, Role
from tests.app.tasks.test_tasks import person
from tests.support.smtp_server import LOGIN, PASSWORD, smtp_server
from tests.ui.files.test_transfers import finish, upload_and_wait
from tests.ui.tasks.test_board import ARTIFACTS
from ui.admin.mail_files import MailAndFilesPage
from ui.clients.card import ClientCardForm
from ui.mail.letter import LetterDialog

NOW = datetime(2026, 11, 20, 10, 0)


class MailClient(QObject):
    """Stands in for the desktop's mail client: remembers the mailto: URLs it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_card_files_and_a_letter_through_the_company_server(
    qtbot: QtBot, engine: Engine, tmp_path: Path
) -> None:
    db = Database(engine)
    admin, anna = person(db, "admin", Role.ADMIN), person(db, "anna")
    with db.transaction() as s:
        c = Client(
            display_name="Romashka",
            kind=ClientKind.COMPANY.value,
            email="info@romashka.example",
            created_at=NOW,
            updated_at=NOW,
        )
        s.add(c)
        s.flush()
        client_id = c.id
    card = ClientCardForm(Workplace(db, anna), client_id)
    qtbot.addWidget(card)
    card.tabs.setCurrentIndex(card.files_index)
    panel = card.files_panel
    assert panel is not None
    source = tmp_path / "Договор.pdf"
    data = os.urandom(2_500_000)
    source.write_bytes(data)
    file_id = upload_and_wait(qtbot, panel, source)
    assert panel.table.rowCount() == 1
    assert panel.files[0].name == "Договор.pdf"
    finish(qtbot, panel, panel.save_file(file_id, tmp_path / "back.pdf"))
    assert (tmp_path / "back.pdf").read_bytes() == data

    mail_client = MailClient()
    QDesktopServices.setUrlHandler("mailto", mail_client, "handle")  # type: ignore[arg-type]
    try:
        card._write_mail()  # no server configured: the mail client, as before
        assert mail_client.opened == ["mailto:info@romashka.example"]
    finally:
        QDesktopServices.unsetUrlHandler("mailto")

    with smtp_server(tmp_path) as server:
        page = MailAndFilesPage(Workplace(db, admin))
        qtbot.addWidget(page)
        page.host.setText("127.0.0.1")
        page.port.setValue(server.port)
        page.login.setText(LOGIN)
        page.password.setText(PASSWORD)
        page.sender_edit.setText(LOGIN)
        page.ca_file.setText(str(server.ca_file))
        assert page.save(), page.message.text()
        assert (
            get_secret(MailSettings("127.0.0.1", server.port, login=LOGIN).secret_key) == PASSWORD
        )

        def fill_and_send() -> None:
            dialog = card.letter_dialog
            assert isinstance(dialog, LetterDialog)
            assert dialog.to.text() == "info@romashka.example"
            dialog.subject.setText("Договор")
            dialog.body.setPlainText("Добрый день! Договор во вложении.")
            dialog.files.item(0).setCheckState(dialog.files.item(0).checkState().Checked)
            dialog.show()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(ARTIFACTS / "letter-form.png"))
            dialog.send_and_close()

        QTimer.singleShot(0, fill_and_send)
        card._write_mail()
        assert len(server.inbox.letters) == 1
        message = server.inbox.letters[0][2]
    assert message["Subject"] == "Договор"
    attachment = next(p for p in message.walk() if p.get_filename() == "Договор.pdf")
    assert attachment.get_payload(decode=True) == data
    with db.transaction() as s:
        record = s.scalars(
            select(ClientHistory.new_value).where(ClientHistory.field == "email_sent")
        ).one()
    assert record == "info@romashka.example: Договор [Договор.pdf]"
    assert card.files_panel is not None
    card.files_panel.delete(file_id)
    assert card.files_panel.table.rowCount() == 0
