"""One collector per PBX: a lease row with a heartbeat, and what the app reads of it.

A collector holds the PBX's row in ``collector_leases`` while its heartbeat is fresh; a
second instance waits as a standby and takes the lease over (a new ``epoch``) once the
heartbeat is older than the time-to-live. Every batch locks the row and checks its epoch
in the batch's own transaction (:func:`fence`), so an instance that lost the lease — even
one that was frozen and wakes up — cannot commit a single call. A row lock rather than
``GET_LOCK``: a named lock is node-local on a Galera cluster.

:func:`collector_status` is the one query a status bar or an administration page needs:
last heartbeat, lag, state and the last errors.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from app import clock
from models import CollectorLease

LEASE_TTL = timedelta(seconds=60)
MAX_RECENT_ERRORS = 10
RUNNING = "running"
STOPPED = "stopped"
RETRYING = "retrying"
# The company's call source is the softphones: the collector holds the PBX but writes nothing.
PAUSED = "paused"

_leases = cast(Table, CollectorLease.__table__)


class LeaseLost(RuntimeError):
    """Another collector holds the PBX now: this one must not write."""


@dataclass(frozen=True)
class Lease:
    pbx: str
    holder: str
    epoch: int


def holder_name() -> str:
    """This instance, as the lease row and the administrator see it."""
    return f"{socket.gethostname()}:{os.getpid()}"[:128]


def _now() -> datetime:
    return clock.now().replace(microsecond=0)


def try_acquire(
    session: Session, pbx: str, holder: str, ttl: timedelta = LEASE_TTL
) -> Lease | None:
    """The lease when it is free, stale or already ours; None while another holds it.

    In the caller's transaction (commit it to keep the lease). Two instances inserting the
    first row at once: one gets an IntegrityError on commit and stays standby.
    """
    now = _now()
    row = session.execute(select(_leases).where(_leases.c.pbx == pbx).with_for_update()).first()
    if row is None:
        session.execute(
            insert(_leases).values(
                pbx=pbx,
                holder=holder,
                epoch=1,
                acquired_at=now,
                heartbeat_at=now,
                state=RUNNING,
                rows_read=0,
                calls_written=0,
                parts_written=0,
                rows_skipped=0,
                recent_errors=[],
            )
        )
        return Lease(pbx, holder, 1)
    free = row.holder is None or row.state == STOPPED
    stale = row.heartbeat_at is None or row.heartbeat_at < now - ttl
    if not (free or stale or row.holder == holder):
        return None
    epoch = int(row.epoch) + 1
    session.execute(
        update(_leases)
        .where(_leases.c.pbx == pbx)
        .values(holder=holder, epoch=epoch, acquired_at=now, heartbeat_at=now, state=RUNNING)
    )
    return Lease(pbx, holder, epoch)


def fence(session: Session, lease: Lease) -> None:
    """Lock the lease row for this transaction; :class:`LeaseLost` when it is not ours."""
    row = session.execute(
        select(_leases.c.holder, _leases.c.epoch)
        .where(_leases.c.pbx == lease.pbx)
        .with_for_update()
    ).first()
    if row is None or row.holder != lease.holder or row.epoch != lease.epoch:
        raise LeaseLost(
            f"The collector lease of {lease.pbx!r} is now held by "
            f"{row.holder if row else 'nobody'}."
        )


def beat(
    session: Session,
    lease: Lease,
    *,
    caught_up_to: datetime | None = None,
    rows: int = 0,
    calls: int = 0,
    parts: int = 0,
    skipped: int = 0,
    state: str = RUNNING,
) -> None:
    """The heartbeat and the batch's counts, in the batch's transaction (after :func:`fence`)."""
    values: dict[str, Any] = {
        "heartbeat_at": _now(),
        "state": state,
        "rows_read": _leases.c.rows_read + rows,
        "calls_written": _leases.c.calls_written + calls,
        "parts_written": _leases.c.parts_written + parts,
        "rows_skipped": _leases.c.rows_skipped + skipped,
    }
    if caught_up_to is not None:
        values["caught_up_to"] = caught_up_to
    session.execute(
        update(_leases)
        .where(_leases.c.pbx == lease.pbx, _leases.c.epoch == lease.epoch)
        .values(**values)
    )


def record_error(session: Session, pbx: str, text: str, state: str = RETRYING) -> None:
    """Keep the error among the PBX's last ones (for the administrator)."""
    row = session.execute(
        select(_leases.c.recent_errors).where(_leases.c.pbx == pbx).with_for_update()
    ).first()
    if row is None:
        return
    errors = [*(row.recent_errors or []), {"at": _now().isoformat(), "error": text[:500]}]
    session.execute(
        update(_leases)
        .where(_leases.c.pbx == pbx)
        .values(recent_errors=errors[-MAX_RECENT_ERRORS:], state=state)
    )


def release(session: Session, lease: Lease) -> None:
    """A clean stop: the lease is free for a standby at once."""
    session.execute(
        update(_leases)
        .where(_leases.c.pbx == lease.pbx, _leases.c.epoch == lease.epoch)
        .values(holder=None, state=STOPPED, heartbeat_at=_now())
    )


@dataclass(frozen=True)
class CollectorStatus:
    """What supervisors see: is the PBX data current, and if not, why."""

    pbx: str
    state: str  # running / retrying / stopped (a running one whose heartbeat went stale)
    holder: str | None
    heartbeat_at: datetime | None
    heartbeat_age: timedelta | None
    caught_up_to: datetime | None
    lag: timedelta | None  # now - caught_up_to: "PBX data 12 min behind"
    rows_read: int
    calls_written: int
    parts_written: int
    rows_skipped: int
    recent_errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def lag_minutes(self) -> int | None:
        return None if self.lag is None else int(self.lag.total_seconds() // 60)


def collector_status(
    session: Session, pbx: str | None = None, ttl: timedelta = LEASE_TTL
) -> CollectorStatus | None:
    """The collector of ``pbx`` (or the most recently active one); None when none ever ran."""
    query = select(_leases)
    if pbx is not None:
        query = query.where(_leases.c.pbx == pbx)
    row = session.execute(query.order_by(_leases.c.heartbeat_at.desc()).limit(1)).first()
    if row is None:
        return None
    now = clock.now()
    age = now - row.heartbeat_at if row.heartbeat_at else None
    state = row.state
    if state != STOPPED and (age is None or age > ttl):
        state = STOPPED
    return CollectorStatus(
        pbx=row.pbx,
        state=state,
        holder=row.holder,
        heartbeat_at=row.heartbeat_at,
        heartbeat_age=age,
        caught_up_to=row.caught_up_to,
        lag=max(timedelta(), now - row.caught_up_to) if row.caught_up_to else None,
        rows_read=int(row.rows_read),
        calls_written=int(row.calls_written),
        parts_written=int(row.parts_written),
        rows_skipped=int(row.rows_skipped),
        recent_errors=list(row.recent_errors or []),
    )
