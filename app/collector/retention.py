"""Keeping ``collected_legs`` from growing forever.

A leg's mark is needed while its call can still change: a late leg or a joined consult
arrives within the look-back (hours), and a re-read of the recent past must recognise what
it already wrote. After ``keep`` (days, far beyond the look-back) the marks only cost disk —
one row of JSON per CDR row, tens of millions a year in a busy call center — so the
collector deletes them. The calls themselves stay; a re-read of that old past (``--since``
far back) finds the calls by ``pbx_id`` and leaves them as they are
(:class:`app.collector.store.CallStore`).

Rows are found without an index on ``calldate`` (one would slow every insert): ids grow
with insertion and legs are inserted in ``calldate`` order give or take the look-back, so a
binary search over primary-key lookups finds the boundary id, and rows below it are
deleted in short transactions of ``chunk`` ids, each re-checking ``calldate``.
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


def _calldate_from(session: Session, row_id: int) -> datetime | None:
    """calldate of the first row at or after ``row_id``."""
    return session.scalar(
        select(_legs.c.calldate).where(_legs.c.id >= row_id).order_by(_legs.c.id).limit(1)
    )


def boundary_id(session: Session, before: datetime) -> int | None:
    """The first id whose row is not older than ``before`` (None: every row is older)."""
    lo, hi = session.execute(select(func.min(_legs.c.id), func.max(_legs.c.id))).one()
    if lo is None:
        return None
    first = _calldate_from(session, lo)
    if first is not None and first >= before:
        return int(lo)
    last = _calldate_from(session, hi)
    if last is not None and last < before:
        return None
    lo, hi = int(lo), int(hi)
    while lo < hi:  # invariant: the row at/after lo is older, the one at/after hi is not
        mid = (lo + hi) // 2
        moment = _calldate_from(session, mid)
        if moment is not None and moment < before:
            lo = mid + 1
        else:
            hi = mid
    return hi


def purge_step(
    engine: Engine, pbx: str, before: datetime, *, chunk: int = 5000, chunks: int = 4
) -> tuple[int, bool]:
    """Delete up to ``chunks`` chunks of this PBX's leg marks older than ``before``, each
    in its own short transaction: (how many went, whether none older is left). A follow
    loop calls it between polls, so a first purge of months of marks never holds them up."""
    with Session(engine) as session:
        lowest = session.scalar(select(func.min(_legs.c.id)))
        if lowest is None:
            return 0, True
        boundary = boundary_id(session, before)
        if boundary is None:
            boundary = int(session.scalar(select(func.max(_legs.c.id))) or 0) + 1
    deleted = 0
    start = int(lowest)
    for _ in range(chunks):
        if start >= boundary:
            break
        end = min(start + chunk, boundary)
        with Session(engine) as session, session.begin():
            result = session.execute(
                delete(_legs).where(
                    _legs.c.id >= start,
                    _legs.c.id < end,
                    _legs.c.pbx == pbx,
                    _legs.c.calldate < before,
                )
            )
            deleted += int(getattr(result, "rowcount", 0) or 0)
        start = end
    if deleted:
        log.info("deleted %d leg marks of PBX %r older than %s", deleted, pbx, before)
    return deleted, start >= boundary


def purge_legs(engine: Engine, pbx: str, before: datetime, *, chunk: int = 5000) -> int:
    """Delete all of this PBX's leg marks older than ``before``; returns how many went."""
    total = 0
    while True:
        deleted, finished = purge_step(engine, pbx, before, chunk=chunk, chunks=64)
        total += deleted
        if finished:
            return total


def oldest_mark(session: Session) -> datetime | None:
    """calldate of the oldest leg mark kept (:attr:`CallStore.marks_from`)."""
    lowest = session.scalar(select(func.min(_legs.c.id)))
    return None if lowest is None else _calldate_from(session, int(lowest))
