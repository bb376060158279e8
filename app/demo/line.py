"""The demo line's rules on the app's side (issue 17): only the demo database gets one, the
softphone writes the journal there, its callers are the demo's clients, and the recording
the line made of a call goes onto that call's part in the journal.

The line itself is a SIP process (softphone.demo_line); ui.softphone.demo_line runs it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app.cli import demo_paths
from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, get_setting, put_setting
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.phones import DEFAULT_REGION, InvalidNumber, digits, is_extension, normalize
from models import Call, CallPart, Client, Direction, Phone

DEMO_EXTENSION = "100"  # the operator's line when the demo user has no extension


class NotTheDemo(UserFacingError):
    """The demo line was asked for on a database that is not the demo's own."""


@dataclass(frozen=True)
class DemoCaller:
    """A client of the demo database who is about to call the operator."""

    number: str  # E.164, as the phones table holds it
    name: str
    client_id: int


def is_demo_database(url: URL) -> bool:
    """Only the SQLite file ``calldesk demo`` made is the demo: never a shared database."""
    if url.get_backend_name() != "sqlite" or not url.database:
        return False
    try:
        return Path(url.database).resolve() == demo_paths().database.resolve()
    except OSError:
        return False


def check_demo_database(url: URL) -> None:
    """:class:`NotTheDemo` unless ``url`` is the demo database."""
    if not is_demo_database(url):
        raise NotTheDemo(
            QT_TRANSLATE_NOOP("app", "The demo line runs only on the demo database."),
        )


def prepare_for_demo_line(session: Session) -> None:
    """The demo has no PBX collector: its softphone writes the calls it makes and takes."""
    if get_setting(session, CALL_SOURCE) != CALL_SOURCE_SOFTPHONE:
        put_setting(session, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)


def demo_caller(conn: Connection, rng: random.Random) -> DemoCaller | None:
    """A random client's phone (None: the database has no client with a phone)."""
    count = conn.scalar(select(func.count()).select_from(Phone)) or 0
    if not count:
        return None
    row = conn.execute(
        select(Phone.number, Client.display_name, Client.id)
        .join(Client, Client.id == Phone.client_id)
        .order_by(Phone.id)
        .offset(rng.randrange(count))
        .limit(1)
    ).first()
    if row is None:
        return None
    return DemoCaller(str(row.number), str(row.display_name), int(row.id))


def _journal_forms(number: str, region: str) -> list[str]:
    """How the journal stores the number the line saw (E.164; an extension as digits)."""
    text = number.strip()
    if is_extension(text):
        return [digits(text)]
    try:
        return [normalize(text, region), text]
    except InvalidNumber:
        return [text]


def attach_recording(
    session: Session,
    employee_id: int,
    call_ids: Sequence[int],
    number: str,
    direction: str,
    ref: str,
    region: str = DEFAULT_REGION,
) -> int | None:
    """Put the line's recording ``ref`` of a call with ``number`` on the operator's answered
    part of the newest of ``call_ids`` (calls this softphone wrote) that it fits and that has
    no recording yet; returns that call's id, None when none fits (yet)."""
    if not call_ids:
        return None
    directions = (
        [Direction.INCOMING.value]
        if direction == "in"
        else [Direction.OUTGOING.value, Direction.INTERNAL.value]
    )
    part = session.scalars(
        select(CallPart)
        .join(Call, Call.id == CallPart.call_id)
        .where(
            Call.id.in_(list(call_ids)),
            Call.direction.in_(directions),
            Call.external_number.in_(_journal_forms(number, region)),
            CallPart.employee_id == employee_id,
            CallPart.answered_at.is_not(None),
            CallPart.recording_ref.is_(None),
        )
        .order_by(Call.id.desc(), CallPart.seq)
        .limit(1)
    ).first()
    if part is None:
        return None
    part.recording_ref = ref
    return int(part.call_id)
