"""Least-privilege accounts for a shared CallDesk database (``calldesk grants``).

Workstations and the PBX collector only read and write rows: they get SELECT, INSERT, UPDATE
and DELETE on CallDesk's own schema, nothing on other schemas and no DDL. Schema upgrades
(``calldesk migrate``) run under a separate administrator account. ``REQUIRE SSL`` makes the
server refuse the account's connections without TLS (``?ssl_ca=/path/ca.pem`` in the URL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.messages import QT_TRANSLATE_NOOP, UserFacingError

WORKSTATION_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE")
# Names as MySQL/MariaDB accept them unquoted in practice; anything else is refused rather
# than escaped, so a printed statement never carries a surprise.
_NAME = re.compile(r"^[A-Za-z0-9_$-]{1,64}$")
_HOST = re.compile(r"^[A-Za-z0-9_.%:-]{1,255}$")


class GrantsError(UserFacingError, ValueError):
    """A database, user or host name that cannot go into a GRANT statement."""


@dataclass(frozen=True)
class Account:
    user: str
    host: str = "%"


def _check(database: str, *accounts: Account) -> None:
    if not _NAME.match(database):
        raise GrantsError(
            QT_TRANSLATE_NOOP("app", "{name} is not a database name (letters, digits, _ $ -)."),
            name=database,
        )
    for account in accounts:
        if not _NAME.match(account.user):
            raise GrantsError(
                QT_TRANSLATE_NOOP("app", "{name} is not a user name (letters, digits, _ $ -)."),
                name=account.user,
            )
        if not _HOST.match(account.host):
            raise GrantsError(
                QT_TRANSLATE_NOOP("app", "{name} is not a host name, address or pattern."),
                name=account.host,
            )


def grant_statements(
    database: str,
    workstation: Account,
    admin: Account | None = None,
    require_tls: bool = False,
    password: str = "choose-a-password",
) -> list[str]:
    """The statements that create the accounts and give them exactly what CallDesk needs."""
    _check(database, workstation, *([admin] if admin else []))
    quoted_password = password.replace("\\", "\\\\").replace("'", "''")
    tls = " REQUIRE SSL" if require_tls else ""
    lines: list[str] = []

    def account(a: Account) -> str:
        return f"'{a.user}'@'{a.host}'"

    lines.append(
        f"CREATE USER IF NOT EXISTS {account(workstation)} IDENTIFIED BY '{quoted_password}'{tls};"
    )
    lines.append(
        f"GRANT {', '.join(WORKSTATION_PRIVILEGES)} ON `{database}`.* TO {account(workstation)};"
    )
    if admin is not None:
        lines.append(
            f"CREATE USER IF NOT EXISTS {account(admin)} IDENTIFIED BY '{quoted_password}'{tls};"
        )
        lines.append(f"GRANT ALL PRIVILEGES ON `{database}`.* TO {account(admin)};")
    return lines
