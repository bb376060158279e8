"""Linking a PBX call to CallDesk: extensions to employees, numbers to clients and contact
persons (E.164 through app.phones), recording files to part references.

One :class:`Directory` per batch: the employees once, the owners of all the batch's
numbers in one query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import cast

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from app.clients.card import RESPONSIBLE
from app.phones import DEFAULT_REGION, InvalidNumber, digits, is_extension, normalize
from models import Client, ClientHistory, Employee, Phone

# An empty WAV is a 44-byte header: MixMonitor started, nothing was recorded.
EMPTY_RECORDING_BYTES = 44
_DATE_IN_NAME = re.compile(r"-(\d{4})(\d{2})(\d{2})-\d{6}-")

_employees = cast(Table, Employee.__table__)
_phones = cast(Table, Phone.__table__)
_clients = cast(Table, Client.__table__)
_history = cast(Table, ClientHistory.__table__)


@lru_cache(maxsize=65536)
def external_number(text: str, region: str = DEFAULT_REGION) -> str:
    """The number as the journal stores it: E.164 when it is one, else its digits
    (``anonymous`` and other junk keep what there is, cut to the column's size)."""
    raw = text.strip()
    if not raw:
        return ""
    if is_extension(raw):
        return digits(raw)
    try:
        return normalize(raw, region)
    except InvalidNumber:
        return (digits(raw) or raw)[:32]


@dataclass(frozen=True)
class Owner:
    client_id: int
    contact_id: int | None
    responsible_id: int | None  # today's
    since: datetime
    # Later changes of the responsible manager, oldest first: (when, who it was before).
    responsible_changes: tuple[tuple[datetime, int | None], ...] = ()


def employee_extensions(session: Session) -> dict[str, int]:
    return {
        str(ext): int(emp_id)
        for emp_id, ext in session.execute(
            select(_employees.c.id, _employees.c.extension).where(
                _employees.c.extension.is_not(None)
            )
        )
        if ext
    }


def owners(session: Session, numbers: Iterable[str]) -> dict[str, Owner]:
    """The client (and contact person) of each E.164 number that has one, with the changes
    of the client's responsible manager (from the card's history) to tell who it was when."""
    wanted = sorted({n for n in numbers if n.startswith("+")})
    found: dict[str, Owner] = {}
    for start in range(0, len(wanted), 1000):
        chunk = wanted[start : start + 1000]
        for row in session.execute(
            select(
                _phones.c.number,
                _phones.c.client_id,
                _phones.c.contact_id,
                _phones.c.created_at,
                _clients.c.responsible_id,
            )
            .join(_clients, _clients.c.id == _phones.c.client_id)
            .where(_phones.c.number.in_(chunk))
        ):
            found[row.number] = Owner(
                row.client_id, row.contact_id, row.responsible_id, row.created_at
            )
    changes = responsible_changes(session, {o.client_id for o in found.values()})
    if changes:
        found = {
            number: replace(o, responsible_changes=changes[o.client_id])
            if o.client_id in changes
            else o
            for number, o in found.items()
        }
    return found


def responsible_changes(
    session: Session, client_ids: Iterable[int]
) -> dict[int, tuple[tuple[datetime, int | None], ...]]:
    """Each client's changes of responsible manager, oldest first: (when, who before).

    Only changes that carry ids (``old_ref`` / ``new_ref``) count; older history rows
    named people only, and for them today's manager stands."""
    ids = sorted(set(client_ids))
    found: dict[int, list[tuple[datetime, int | None]]] = {}
    for start in range(0, len(ids), 1000):
        for row in session.execute(
            select(_history.c.client_id, _history.c.changed_at, _history.c.old_ref)
            .where(
                _history.c.client_id.in_(ids[start : start + 1000]),
                _history.c.field == RESPONSIBLE,
                or_(_history.c.old_ref.is_not(None), _history.c.new_ref.is_not(None)),
            )
            .order_by(_history.c.client_id, _history.c.changed_at, _history.c.id)
        ):
            found.setdefault(row.client_id, []).append((row.changed_at, row.old_ref))
    return {client: tuple(rows) for client, rows in found.items()}


def owner_at(owner: Owner | None, started: datetime) -> Owner | None:
    """The owner when the call started: a number registered later was not known then, and
    the responsible manager is the one of that moment (before any later change)."""
    if owner is None or owner.since > started:
        return None
    for changed_at, before in owner.responsible_changes:
        if changed_at > started:
            return replace(owner, responsible_id=before, responsible_changes=())
    return owner


def recording_reference(
    recordingfile: str, started: datetime, recordings: Path | None = None
) -> str | None:
    """``YYYY/MM/DD/<file>`` (date from the file name, else the leg's start), or None.

    With ``recordings`` (the PBX's monitor directory, as mounted here) a file that is
    missing or only a WAV header is not a recording.
    """
    name = PurePosixPath(recordingfile.strip().replace("\\", "/")).name
    if not name:
        return None
    found = _DATE_IN_NAME.search(name)
    if found:
        year, month, day = found.groups()
    else:
        year, month, day = f"{started:%Y}", f"{started:%m}", f"{started:%d}"
    ref = f"{year}/{month}/{day}/{name}"
    if recordings is not None:
        path = recordings / year / month / day / name
        try:
            if path.stat().st_size <= EMPTY_RECORDING_BYTES:
                return None
        except OSError:
            return None
    return ref
