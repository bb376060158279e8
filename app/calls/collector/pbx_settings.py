"""The PBX connection as the administrator sets it up (Administration -> PBX).

Stored as one company setting, so every workstation shows the same and the collector reads
it when it is started with ``--db`` only. The PBX database password never goes there: it
is kept in the keyring of the machine that runs the collector (and of the administrator's
workstation that tests the connection), under the same key as any database password.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from app.company_settings import get_setting, put_setting
from app.config import database_secret_key, set_secret, split_password
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.staff.permissions import require_admin

PBX_SETTINGS = "pbx"


class PbxSettingsError(UserFacingError, ValueError):
    """A value on the PBX page that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class PbxSettings:
    # The FreePBX `cdr` table (mysql+pymysql://reader@pbx/asteriskcdrdb) or file:///…/Master.csv
    cdr_url: str = ""
    # `queue_log` as a table URL or a file; empty: none
    queue_log_url: str = ""
    cel: bool = False
    # Channel name patterns (regular expressions) of trunks; empty: a channel whose peer is
    # not an employee's extension is a trunk.
    trunk_patterns: tuple[str, ...] = ()
    # The zone of `calldate`; empty: the PBX writes local time of the CallDesk server zone.
    timezone: str = ""
    # Where the PBX's monitor/ directory is seen from here (a share or an HTTP base URL).
    recordings: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.cdr_url)


def _url_problem(text: str, what: str) -> PbxSettingsError | None:
    if text.startswith("file://") or not text:
        return None
    try:
        make_url(text)
    except ArgumentError:
        return PbxSettingsError(
            QT_TRANSLATE_NOOP(
                "app", "The {what} address is not a database URL or a file:// path: {value}"
            ),
            what=what,
            value=text,
        )
    return None


def validated(settings: PbxSettings) -> PbxSettings:
    """The settings with spaces trimmed; raises PbxSettingsError on a value that cannot work."""
    clean = replace(
        settings,
        cdr_url=settings.cdr_url.strip(),
        queue_log_url=settings.queue_log_url.strip(),
        timezone=settings.timezone.strip(),
        recordings=settings.recordings.strip(),
        trunk_patterns=tuple(p.strip() for p in settings.trunk_patterns if p.strip()),
    )
    for text, what in ((clean.cdr_url, "cdr"), (clean.queue_log_url, "queue_log")):
        problem = _url_problem(text, what)
        if problem:
            raise problem
    for pattern in clean.trunk_patterns:
        try:
            re.compile(pattern)
        except re.error as e:
            raise PbxSettingsError(
                QT_TRANSLATE_NOOP("app", "The trunk pattern {pattern} is not valid: {reason}"),
                pattern=pattern,
                reason=str(e),
            ) from None
    if clean.timezone:
        try:
            ZoneInfo(clean.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise PbxSettingsError(
                QT_TRANSLATE_NOOP(
                    "app", "Unknown time zone {zone}: use a name like Europe/Moscow or UTC."
                ),
                zone=clean.timezone,
            ) from None
    return clean


def load_pbx_settings(conn: Connection | Session) -> PbxSettings:
    raw = get_setting(conn, PBX_SETTINGS) or {}
    known = {k: v for k, v in raw.items() if k in PbxSettings.__dataclass_fields__}
    if "trunk_patterns" in known:
        known["trunk_patterns"] = tuple(known["trunk_patterns"])
    return PbxSettings(**known)


def save_pbx_settings(
    session: Session, who: CurrentUser, settings: PbxSettings, password: str | None = None
) -> PbxSettings:
    """Validate and store the settings (administrators only). A password typed in the URL
    or given separately goes to this machine's keyring; the stored URL never carries one."""
    require_admin(session, who)
    clean = validated(settings)
    url, inline = split_password(clean.cdr_url) if clean.cdr_url else ("", None)
    clean = replace(clean, cdr_url=url)
    secret = password or inline
    data = asdict(clean)
    data["trunk_patterns"] = list(clean.trunk_patterns)
    put_setting(session, PBX_SETTINGS, data)
    if secret and url and not url.startswith("file://"):
        set_secret(database_secret_key(make_url(url)), secret)
    return clean
