"""E-mail from the client card through the company's SMTP server (issue 20, part 2).

The server is a company setting an administrator enters (host, port, STARTTLS or SSL, login,
sender; the password goes to the keyring, never to the database). A letter is sent, then
recorded in the card's history in the same transaction, so the history never tells of a
letter that did not leave. Attachments come from the card's files.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import asdict, dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.company_settings import get_setting, put_setting
from app.config import get_secret, set_secret
from app.files.storage import read_chunks
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.staff.permissions import require_admin
from models import ClientHistory, FileOwner, StoredFile

SMTP_SETTING = "smtp_server"
SECURITY = ("starttls", "ssl", "none")
ATTACHMENTS_LIMIT = 25 * 1024 * 1024  # what most mail servers accept in one letter
TIMEOUT_S = 30


class MailError(UserFacingError):
    """The letter could not be sent; the message says why in the user's words."""


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # one of SECURITY
    login: str = ""
    sender: str = ""
    ca_file: str = ""  # a company CA for a server with its own certificate; "" = the system's

    @property
    def secret_key(self) -> str:
        return f"smtp:{self.login}@{self.host}:{self.port}"


@dataclass(frozen=True)
class Letter:
    client_id: int
    to: str
    subject: str
    body: str
    file_ids: tuple[int, ...] = ()


def read_mail_settings(conn: Connection | Session) -> MailSettings | None:
    """The company's SMTP server, or None when none is configured (then: the mail client)."""
    value: Any = get_setting(conn, SMTP_SETTING)
    if not isinstance(value, dict) or not str(value.get("host") or "").strip():
        return None
    known = {k: value[k] for k in MailSettings.__dataclass_fields__ if k in value}
    return MailSettings(**known)


def save_mail_settings(
    session: Session, who: CurrentUser, settings: MailSettings | None, password: str | None
) -> None:
    """Store the server (None: forget it); a given password goes to the keyring."""
    require_admin(session, who)
    if settings is not None and settings.security not in SECURITY:
        raise MailError(QT_TRANSLATE_NOOP("app", "Choose STARTTLS, SSL or no encryption."))
    put_setting(session, SMTP_SETTING, asdict(settings) if settings else None)
    if settings is not None and password is not None:
        set_secret(settings.secret_key, password)


def _context(settings: MailSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.ca_file or None)


def _message(
    session: Session, who: CurrentUser, settings: MailSettings, letter: Letter
) -> EmailMessage:
    to = letter.to.strip()
    if "@" not in to or " " in to:
        raise MailError(
            QT_TRANSLATE_NOOP("app", "«{address}» is not an e-mail address."), address=to
        )
    message = EmailMessage()
    message["From"] = settings.sender or settings.login
    message["To"] = to
    message["Subject"] = letter.subject.strip()
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=(settings.sender or "calldesk").split("@")[-1])
    message.set_content(letter.body)
    total = 0
    for file_id in letter.file_ids:
        row = session.get(StoredFile, file_id)
        if (
            row is None
            or row.owner_kind != FileOwner.CLIENT.value
            or row.owner_id != letter.client_id
        ):
            raise MailError(QT_TRANSLATE_NOOP("app", "The attached file was deleted."))
        total += row.size
        if total > ATTACHMENTS_LIMIT:
            raise MailError(
                QT_TRANSLATE_NOOP("app", "Attachments over {limit} MB are not sent by mail."),
                limit=ATTACHMENTS_LIMIT // (1024 * 1024),
            )
        data = b"".join(read_chunks(session, who, file_id))
        message.add_attachment(
            data, maintype="application", subtype="octet-stream", filename=row.name
        )
    return message


def send_letter(
    session: Session,
    who: CurrentUser,
    settings: MailSettings,
    letter: Letter,
    now: datetime,
    password: str | None = None,
) -> None:
    """Send ``letter`` and record it in the card's history (one transaction: the caller's)."""
    message = _message(session, who, settings, letter)
    secret = password if password is not None else get_secret(settings.secret_key)
    try:
        if settings.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=TIMEOUT_S, context=_context(settings)
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S)
        with smtp:
            if settings.security == "starttls":
                smtp.starttls(context=_context(settings))
            if settings.login:
                smtp.login(settings.login, secret or "")
            smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as e:
        raise MailError(
            QT_TRANSLATE_NOOP("app", "The mail server did not accept the login {login}."),
            login=settings.login,
        ) from e
    except ssl.SSLError as e:
        raise MailError(
            QT_TRANSLATE_NOOP("app", "The mail server's certificate is not trusted: {problem}"),
            problem=str(e),
        ) from e
    except (OSError, smtplib.SMTPException) as e:
        raise MailError(
            QT_TRANSLATE_NOOP("app", "The letter was not sent: {problem}"), problem=str(e)
        ) from e
    names = ", ".join(
        session.scalars(select(StoredFile.name).where(StoredFile.id.in_(letter.file_ids))).all()
    )
    record = f"{letter.to.strip()}: {letter.subject.strip()}" + (f" [{names}]" if names else "")
    session.add(
        ClientHistory(
            client_id=letter.client_id,
            employee_id=who.id,
            changed_at=now.replace(microsecond=0),
            field="email_sent",
            old_value=None,
            new_value=record[:2000],
        )
    )
    session.flush()
