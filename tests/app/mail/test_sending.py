"""Letters from the card through a real SMTP server (aiosmtpd): STARTTLS and SSL, login, the
password from the keyring, attachments from the card's files, the history record; and what
happens when the server refuses."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from app.database import Database
from app.files import upload
from app.mail import (
    Letter,
    MailError,
    MailSettings,
    read_mail_settings,
    save_mail_settings,
    send_letter,
)
from models import Client, ClientHistory, ClientKind, FileOwner, Role
from tests.app.tasks.test_tasks import person
from tests.support.smtp_server import LOGIN, PASSWORD, smtp_server

NOW = datetime(2026, 11, 20, 10, 0)


def client(db: Database) -> int:
    with db.transaction() as s:
        row = Client(
            display_name="Romashka",
            kind=ClientKind.COMPANY.value,
            email="info@romashka.example",
            created_at=NOW,
            updated_at=NOW,
        )
        s.add(row)
        s.flush()
        return row.id


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_a_letter_with_a_card_file_arrives_and_is_in_the_history(
    engine: Engine, tmp_path: Path, security: str
) -> None:
    db = Database(engine)
    admin, anna = person(db, "admin", Role.ADMIN), person(db, "anna")
    client_id = client(db)
    data = bytes(range(256)) * 4000
    file_id = db.write(
        lambda s: upload(s, anna, FileOwner.CLIENT, client_id, "offer.pdf", io.BytesIO(data), NOW)
    )
    with smtp_server(tmp_path, security) as server:
        settings = MailSettings(
            "127.0.0.1", server.port, security, LOGIN, LOGIN, ca_file=str(server.ca_file)
        )
        db.write(lambda s: save_mail_settings(s, admin, settings, PASSWORD))
        with db.transaction() as s:
            stored = read_mail_settings(s)
        assert stored == settings  # the password is not in it: it is in the keyring
        letter = Letter(
            client_id, "info@romashka.example", "Offer", "Hello!\nSee attached.", (file_id,)
        )
        db.write(lambda s: send_letter(s, anna, settings, letter, NOW))
        assert len(server.inbox.letters) == 1
        sender, recipients, message = server.inbox.letters[0]
    assert (sender, recipients) == (LOGIN, ["info@romashka.example"])
    assert message["Subject"] == "Offer"
    parts = list(message.walk())
    attachment = next(p for p in parts if p.get_filename() == "offer.pdf")
    assert attachment.get_payload(decode=True) == data
    with db.transaction() as s:
        history = s.scalars(select(ClientHistory).where(ClientHistory.client_id == client_id)).all()
    assert [(h.field, h.new_value) for h in history] == [
        ("email_sent", "info@romashka.example: Offer [offer.pdf]")
    ]


def test_a_wrong_password_or_untrusted_server_sends_nothing_and_records_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    client_id = client(db)
    letter = Letter(client_id, "info@romashka.example", "Hi", "Body")
    with smtp_server(tmp_path) as server:
        good = MailSettings("127.0.0.1", server.port, "starttls", LOGIN, LOGIN, str(server.ca_file))
        with pytest.raises(MailError, match="did not accept the login"):
            db.write(lambda s: send_letter(s, anna, good, letter, NOW, password="wrong"))
        untrusted = MailSettings("127.0.0.1", server.port, "starttls", LOGIN, LOGIN)
        with pytest.raises(MailError, match="not trusted"):
            db.write(lambda s: send_letter(s, anna, untrusted, letter, NOW, password=PASSWORD))
        with pytest.raises(MailError, match="not an e-mail address"):
            db.write(lambda s: send_letter(s, anna, good, Letter(client_id, "nobody", "", ""), NOW))
        assert server.inbox.letters == []
    with db.transaction() as s:
        assert s.scalars(select(ClientHistory)).all() == []


def test_only_an_administrator_sets_the_server(engine: Engine) -> None:
    from app.staff.permissions import PermissionDenied

    db = Database(engine)
    anna = person(db, "anna")
    with pytest.raises(PermissionDenied):
        db.write(lambda s: save_mail_settings(s, anna, MailSettings("smtp.example"), "x"))
    with db.transaction() as s:
        assert read_mail_settings(s) is None
