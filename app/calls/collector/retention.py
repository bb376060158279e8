"""Keeping ``collected_legs`` from growing forever.

A leg's mark is needed while its call can still change: a late leg or a joined consult
arrives within the look-back (hours), and a re-read of the recent past must recognise what
it already wrote. After ``keep`` (days, far beyond the look-back) the marks only cost disk —
one row of JSON per CDR row, tens of millions a year in a busy call center — so the
collector deletes them. The calls themselves stay; a re-read of that old past (``--since``
far back) finds the calls by ``pbx_id`` and leaves them as they are
(:class:`app.calls.collector.store.CallStore`).

Rows are found without an index on ``calldate`` (one would slow every insert): ids grow
with insertion and each PBX's legs are inserted in ``calldate`` order give or take the
look-back, so a binary search over primary-key lookups of that PBX's rows finds the
boundary id, and rows below it are deleted in short transactions of ``chunk`` ids, each
re-checking ``calldate``.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Engine, Table, delete, func, select
from sqlalchemy.orm import Session

from models import CollectedLeg

log = logging.getLogger(__name__)

_legs = cast(Table, CollectedLeg.__table__)
KEEP_LEGS = timedelta(days=14)


def _first_from(session: Session, pbx: str, row_id: int | None) -> tuple[int, datetime] | None:
    """(id, calldate) of this PBX's first row at or after ``row_id`` (None: its first)."""
    query = select(_legs.c.id, _legs.c.calldate).where(_legs.c.pbx == pbx)
    if row_id is not None:
        query = query.where(_legs.c.id >= row_id)
    row = session.execute(query.order_by(_legs.c.id).limit(1)).first()
    return None if row is None else (int(row.id), row.calldate)


def boundary_id(session: Session, pbx: str, before: datetime) -> int | None:
    """The first id of this PBX's rows that is not older than ``before`` (None: all are).
    Per PBX, because several collectors share the table and only each one's own rows go
    in time order."""
    first = _first_from(session, pbx, None)
    if first is None:
        return None
    last_id = session.scalar(
        select(_legs.c.id).where(_legs.c.pbx == pbx).order_by(_legs.c.id.desc()).limit(1)
    )
    last = _first_from(session, pbx, last_id)
    assert last is not None
    if first[1] >= before:
        return first[0]
    if last[1] < before:
        return None
    lo, hi = first[0], last[0]
    while lo < hi:  # invariant: rows before lo are older; the row at/after hi is not
        mid = (lo + hi) // 2
        found = _first_from(session, pbx, mid)
        if found is not None and found[1] < before:
            lo = found[0] + 1
        else:
            hi = mid  # no row of this PBX in [mid, its next row) is older either
    return hi


def purge_step(
    engine: Engine,
    pbx: str,
    before: datetime,
    *,
    start: int | None = None,
    chunk: int = 5000,
    chunks: int = 4,
) -> tuple[int, int | None]:
    """Delete this PBX's leg marks older than ``before`` in up to ``chunks`` id ranges of
    ``chunk`` from ``start`` (None: the lowest id), each its own short transaction.

    Returns (how many went, where the next step starts; None when the purge is done). The
    cursor always moves on, so rows that stay (another PBX's, or a recent one among old
    ids) never make a purge go round in circles. A follow loop calls it between polls, so
    a first purge of months of marks never holds them up."""
    with Session(engine) as session:
        first = _first_from(session, pbx, start)
        if first is None:
            return 0, None
        lowest = first[0]
        boundary = boundary_id(session, pbx, before)
        if boundary is None:
            boundary = int(session.scalar(select(func.max(_legs.c.id))) or 0) + 1
    deleted = 0
    position = lowest
    for _ in range(chunks):
        if position >= boundary:
            break
        end = min(position + chunk, boundary)
        with Session(engine) as session, session.begin():
            result = session.execute(
                delete(_legs).where(
                    _legs.c.id >= position,
                    _legs.c.id < end,
                    _legs.c.pbx == pbx,
                    _legs.c.calldate < before,
                )
            )
            deleted += int(getattr(result, "rowcount", 0) or 0)
        position = end
    if deleted:
        log.info("deleted %d leg marks of PBX %r older than %s", deleted, pbx, before)
    return deleted, (position if position < boundary else None)


def purge_legs(engine: Engine, pbx: str, before: datetime, *, chunk: int = 5000) -> int:
    """Delete all of this PBX's leg marks older than ``before``; returns how many went."""
    total, start = 0, None
    while True:
        deleted, start = purge_step(engine, pbx, before, start=start, chunk=chunk, chunks=64)
        total += deleted
        if start is None:
            return total


def oldest_mark(session: Session, pbx: str) -> datetime | None:
    """calldate of this PBX's oldest leg mark kept (:attr:`CallStore.marks_from`): its
    first row in id order (the primary key walked, not the table scanned)."""
    first = _first_from(session, pbx, None)
    return None if first is None else first[1]
