"""E-mail to clients through the company's SMTP server (issue 20, part 2).

* :mod:`~app.mail.sending` — the server setting (password in the keyring), send a letter with
  the card's files attached, record it in the card's history.
"""

from app.mail.sending import (
    Letter,
    MailError,
    MailSettings,
    read_mail_settings,
    save_mail_settings,
    send_letter,
)

__all__ = [
    "Letter",
    "MailError",
    "MailSettings",
    "read_mail_settings",
    "save_mail_settings",
    "send_letter",
]
