"""The queue_log part of a collector batch: read, build facts, store them, keep the rest.

A call's queue events come while it lasts; its CDR rows (and so its ``calls`` row) only
after it ended. So facts wait in memory until their call is written, and the stored mark is
the *restart point*: the first event of any fact still kept (else the read position). A
collector that dies re-reads from there and rebuilds exactly what it had; everything it
writes again is written idempotently. One :class:`QueueLogFeed` per collector run; call
:meth:`QueueLogFeed.batch` inside the batch's transaction, after the calls were written,
and :meth:`QueueLogFeed.reset` when that transaction was rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.calls.collector.login_store import PbxLoginsWritten, write_pbx_logins
from app.calls.collector.queue_facts import CallQueueFacts, QueueFactsBuilder
from app.calls.collector.queue_log import (
    BadLine,
    QueueLogBatch,
    QueueLogMark,
    QueueLogSource,
    load_queue_log_mark,
    save_queue_log_mark,
)
from app.calls.collector.queue_pauses import AgentPauses, agent_logins, agent_pauses
from app.calls.collector.queue_store import PbxPausesWritten, apply_queue_facts, write_pbx_pauses

log = logging.getLogger(__name__)


@dataclass
class QueueLogRun:
    """What one batch of queue_log did."""

    events: int = 0
    bad: list[BadLine] = field(default_factory=list)
    calls_updated: int = 0
    waiting: int = 0  # callids whose call is not written yet
    expired: int = 0  # callids given up on (no call came for them)
    pauses: PbxPausesWritten = field(default_factory=PbxPausesWritten)
    logins: PbxLoginsWritten = field(default_factory=PbxLoginsWritten)
    caught_up: bool = True
    stored_mark: QueueLogMark = field(default_factory=QueueLogMark)
    notes: list[str] = field(default_factory=list)


class QueueLogFeed:
    """Reads one PBX's queue_log batch by batch; keeps the facts still to be stored.

    Times are PBX local time. ``calls_read_to`` (given to :meth:`read` and :meth:`store`):
    how far the CDR source has been read (its ``Fetched.read_to``; None: ``pbx_now``).
    ``give_up_after``: facts whose call has not appeared although the CDR was read this far
    past their last event are dropped (counted as expired). ``keep_applied``: finished
    facts stay this long, so that a later queue of the same call is summed up with them.
    ``read_ahead``: the queue_log is not read further than this ahead of the CDR (a
    catch-up would otherwise hold every fact of the backlog in memory).
    ``to_journal``: PBX local time -> the journal's, for the pauses (``Zones.to_journal``).

    In the collector's loop: :meth:`read` next to the CDR source's fetch (outside any
    CallDesk transaction), :meth:`store` in the batch's transaction after the calls were
    written, :meth:`reset` when that transaction failed. :meth:`batch` does all three.
    """

    def __init__(
        self,
        source: QueueLogSource,
        pbx: str,
        *,
        give_up_after: timedelta = timedelta(hours=6),
        keep_applied: timedelta = timedelta(minutes=30),
        read_ahead: timedelta = timedelta(minutes=10),
        to_journal: Callable[[datetime], datetime] | None = None,
    ) -> None:
        self.source = source
        self.pbx = pbx
        self.give_up_after = give_up_after
        self.keep_applied = keep_applied
        self.read_ahead = read_ahead
        self.to_journal = to_journal
        self.reset()

    def reset(self) -> None:
        """Forget everything read: reading starts again at the stored mark (after a
        rolled-back transaction, a lost lease, or to re-read)."""
        self._position: QueueLogMark | None = None
        self._read_time: datetime | None = None  # PBX time of the newest event read
        self._builder = QueueFactsBuilder()
        self._applied: dict[str, int] = {}
        self._stored: dict[str, CallQueueFacts] = {}

    def read(self, pbx_now: datetime, calls_read_to: datetime | None = None) -> QueueLogBatch:
        """The next events (none before the stored mark was loaded by :meth:`store`, nor
        while the queue_log is ``read_ahead`` ahead of the CDR)."""
        if self._position is None:
            return QueueLogBatch([], [], QueueLogMark(), caught_up=False)
        if (
            calls_read_to is not None
            and self._read_time is not None
            and self._read_time > calls_read_to + self.read_ahead
        ):
            return QueueLogBatch([], [], self._position, caught_up=True)
        return self.source.read(self._position, pbx_now)

    def store(
        self,
        session: Session,
        read: QueueLogBatch,
        pbx_now: datetime,
        pbx_id_of: Callable[[str], str],
        extensions: Mapping[str, int],
        calls_read_to: datetime | None = None,
    ) -> QueueLogRun:
        """In ``session``'s transaction: agent pauses and logins, queue facts on the calls
        written so far, the restart mark."""
        if self._position is None:
            self._position = load_queue_log_mark(session, self.pbx)
            return QueueLogRun(caught_up=False, stored_mark=self._position)
        for bad in read.bad:
            log.warning("queue_log: %s", bad)
        run = QueueLogRun(
            events=len(read.events), bad=read.bad, caught_up=read.caught_up, notes=read.notes
        )
        pauses = agent_pauses(read.events)
        logins = agent_logins(read.events)
        seen_to = max((e.time for e in read.events), default=None)
        if self.to_journal is not None:
            pauses = _in_journal_time(pauses, self.to_journal)
            logins = _in_journal_time(logins, self.to_journal)
            seen_to = self.to_journal(seen_to) if seen_to is not None else None
        run.pauses = write_pbx_pauses(session, pauses, extensions)
        run.logins = write_pbx_logins(session, logins, extensions, seen_to)
        builder = self._builder
        builder.add(read.events)
        if read.events:
            newest = max(e.time for e in read.events)
            self._read_time = max(self._read_time or newest, newest)
        horizon = calls_read_to or pbx_now
        facts = builder.facts()
        # Facts that changed since they were stored, or still wait for their call, and
        # those of the same call (sharing a callid) to sum them up with.
        changed = {c for c, f in facts.items() if self._stored.get(c) != f}
        touched = {x for c in changed for x in facts[c].callids}
        todo = [f for c, f in facts.items() if c in changed or touched.intersection(f.callids)]
        applied = apply_queue_facts(session, pbx_id_of, todo)
        run.calls_updated = applied.updated
        self._applied.update(applied.applied)
        self._stored.update({c: facts[c] for c in applied.applied})
        done = []
        for callid, f in facts.items():
            last = builder.last_at(callid)
            if callid in self._applied:
                if f.finished and last < horizon - self.keep_applied:
                    done.append(callid)
            elif last < horizon - self.give_up_after:
                done.append(callid)
                run.expired += 1
        builder.drop(done)
        for callid in done:
            self._applied.pop(callid, None)
            self._stored.pop(callid, None)
        if run.expired:
            log.info("queue_log: %d callids had no call after %s", run.expired, self.give_up_after)
        gone = set(done)
        run.waiting = sum(1 for c in facts if c not in gone and c not in self._applied)
        self._position = read.mark
        run.stored_mark = builder.oldest_mark() or read.mark
        save_queue_log_mark(session, self.pbx, run.stored_mark)
        return run

    def batch(
        self,
        session: Session,
        pbx_now: datetime,
        pbx_id_of: Callable[[str], str],
        extensions: Mapping[str, int],
        calls_read_to: datetime | None = None,
    ) -> QueueLogRun:
        """:meth:`read` and :meth:`store` in one go, inside ``session``'s transaction."""
        if self._position is None:
            self._position = load_queue_log_mark(session, self.pbx)
        read = self.read(pbx_now, calls_read_to)
        return self.store(session, read, pbx_now, pbx_id_of, extensions, calls_read_to)


def _in_journal_time(
    pauses: AgentPauses, to_journal: Callable[[datetime], datetime]
) -> AgentPauses:
    return AgentPauses(
        tuple(
            replace(
                p,
                started_at=to_journal(p.started_at),
                ended_at=to_journal(p.ended_at) if p.ended_at else None,
            )
            for p in pauses.pauses
        ),
        tuple(replace(e, at=to_journal(e.at)) for e in pauses.ends),
    )
