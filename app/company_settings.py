"""Business settings shared by every workstation, and what they switch on."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.clients.numbers import NewClient, Registration, create_client, owner_of, registrable_number
from app.phones import display
from app.staff.auth import CurrentUser
from models import CompanySetting

AUTO_CREATE_CLIENTS = "auto_create_clients"
# Which source writes calls to the journal (DESIGN.md §5): "pbx" (the CDR collector) or
# "softphone" (each workstation logs its own calls); never both, so nothing counts twice.
CALL_SOURCE = "call_source"
CALL_SOURCE_PBX = "pbx"
CALL_SOURCE_SOFTPHONE = "softphone"
# Reports (issue 14): service level = answered within N s; abandons under M s are ignored;
# the time zone named in report headers ("" = the machine's own; times are stored local).
SERVICE_LEVEL_S = "service_level_s"
SHORT_ABANDON_S = "short_abandon_s"
REPORT_TIME_ZONE = "report_time_zone"
# Attached files (issue 20): the largest file accepted, MB; a directory shared by every
# workstation to keep files in ("" = in the database, in chunks).
FILE_SIZE_LIMIT_MB = "file_size_limit_mb"
# Seconds of the automatic wrap-up pause after a call for every operator whose workstation
# says "as the company" (0: none); app.softphone_settings.wrap_up_for.
WRAP_UP_S = "wrap_up_s"
FILE_STORE_DIR = "file_store_dir"
# Each softphone records its own calls and uploads them to the recordings folder
# (app.recordings_spool); off by default.
RECORD_SOFTPHONE_CALLS = "record_softphone_calls"
DEFAULTS: dict[str, Any] = {
    AUTO_CREATE_CLIENTS: False,
    CALL_SOURCE: CALL_SOURCE_PBX,
    SERVICE_LEVEL_S: 20,
    SHORT_ABANDON_S: 5,
    REPORT_TIME_ZONE: "",
    FILE_SIZE_LIMIT_MB: 100,
    FILE_STORE_DIR: "",
    RECORD_SOFTPHONE_CALLS: False,
}


def get_setting(conn: Connection | Session, key: str) -> Any:
    value = conn.scalar(select(CompanySetting.value).where(CompanySetting.key == key))
    return DEFAULTS.get(key) if value is None else value


def put_setting(session: Session, key: str, value: Any) -> None:
    """Write a setting; the caller checks the writer is an administrator."""
    row = session.get(CompanySetting, key)
    if row is None:
        session.add(CompanySetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def card_for_unknown_incoming(
    session: Session, number_text: str, who: CurrentUser, now: datetime | None = None
) -> Registration | None:
    """A new card named after an unknown incoming number, when the setting is on.

    None: the setting is off, the number is not a client number, or it has an owner.
    """
    if not get_setting(session, AUTO_CREATE_CLIENTS):
        return None
    try:
        number = registrable_number(number_text)
    except ValueError:
        return None
    if owner_of(session, number) is not None:
        return None
    return create_client(session, number, NewClient(name=display(number)), who, now=now)
