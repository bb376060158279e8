"""``calldesk collect``: the collector's loop — batches until caught up, or ``--follow``.

Each batch reads the PBX (outside any CallDesk transaction), then writes its calls, the
source's watermark and the heartbeat in one transaction fenced by the lease: a kill at
any moment leaves either the whole batch or none of it, and the next run resumes from the
stored watermark. A lost connection to either database is logged, noted in the lease row
for the administrator, and retried with backoff — the batch is read again, never skipped.
SIGTERM / Ctrl+C stop between batches and free the lease for a standby.
"""

from __future__ import annotations

import argparse
import logging
import re
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session

from app import clock
from app.calls.collector import lease as leases
from app.calls.collector.cel import CelTable, apply_hangups, hangup_endings, hangup_sides
from app.calls.collector.chains import ChainJoiner, absorb_joined
from app.calls.collector.grouping import Channels
from app.calls.collector.legs import Leg
from app.calls.collector.linking import employee_extensions
from app.calls.collector.queue_feed import QueueLogFeed
from app.calls.collector.retention import oldest_mark, purge_legs, purge_step
from app.calls.collector.sources import CdrSource, Fetched, Mark
from app.calls.collector.store import CallStore, load_mark, save_mark
from app.company_settings import CALL_SOURCE, CALL_SOURCE_PBX, get_setting
from app.phones import DEFAULT_REGION

log = logging.getLogger("app.calls.collector")

_PBX_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,24}$")
# What a lost or refused connection looks like through SQLAlchemy and the file sources.
RETRIED = (exc.OperationalError, exc.InterfaceError, exc.DisconnectionError, OSError)


@dataclass
class CollectorConfig:
    pbx: str = "main"
    follow: bool = False
    poll: timedelta = timedelta(seconds=5)
    lookback: timedelta = timedelta(hours=2, minutes=5)
    lease_ttl: timedelta = leases.LEASE_TTL
    backoff_max: timedelta = timedelta(seconds=60)
    recordings: Path | None = None
    pbx_timezone: str | None = None
    journal_timezone: str | None = None
    region: str = DEFAULT_REGION
    trunk_patterns: list[str] = field(default_factory=list)
    # Leg marks older than this are deleted once an hour when caught up (None: kept).
    keep_legs: timedelta | None = None

    def __post_init__(self) -> None:
        if not _PBX_NAME.match(self.pbx):
            raise ValueError(f"--pbx {self.pbx!r}: up to 24 letters, digits, '.', '_' or '-'.")
        if self.keep_legs is not None and self.keep_legs < 2 * self.lookback:
            raise ValueError(
                "--keep-legs must be at least twice the look-back: a call's legs are "
                "needed while it can still change."
            )


@dataclass
class Summary:
    batches: int = 0
    rows: int = 0
    calls_new: int = 0
    calls_rebuilt: int = 0
    parts: int = 0
    skipped: int = 0
    errors: int = 0
    queue_events: int | None = None  # None: no queue_log

    def line(self) -> str:
        queue = f" {self.queue_events:,} queue_log events." if self.queue_events is not None else ""
        return (
            f"Collected {self.calls_new + self.calls_rebuilt:,} calls "
            f"({self.calls_new:,} new, {self.calls_rebuilt:,} rebuilt), {self.parts:,} parts "
            f"from {self.rows:,} rows in {self.batches:,} batches; "
            f"{self.skipped:,} rows skipped, {self.errors:,} connection errors retried.{queue}"
        )


class Zones:
    """PBX time <-> journal time (naive local times of the company, as the schema keeps)."""

    def __init__(self, pbx: str | None, journal: str | None) -> None:
        self.pbx = ZoneInfo(pbx) if pbx else None
        self.journal = ZoneInfo(journal) if journal else None

    def to_journal(self, moment: datetime) -> datetime:
        if self.pbx is None:
            return moment
        aware = moment.replace(tzinfo=self.pbx)
        return (aware.astimezone(self.journal) if self.journal else aware.astimezone()).replace(
            tzinfo=None
        )

    def to_pbx(self, moment: datetime) -> datetime:
        if self.pbx is None:
            return moment
        aware = moment.replace(tzinfo=self.journal) if self.journal else moment.astimezone()
        return aware.astimezone(self.pbx).replace(tzinfo=None)


class Collector:
    """One PBX's collector process: standby until it holds the lease, then batches."""

    def __init__(
        self,
        engine: Engine,
        source: CdrSource,
        config: CollectorConfig,
        queue_feed: QueueLogFeed | None = None,
        cel: CelTable | None = None,
    ) -> None:
        self.engine = engine
        self.cel = cel
        self.source = source
        self.config = config
        self.zones = Zones(config.pbx_timezone, config.journal_timezone)
        self.queue_feed = queue_feed
        if queue_feed is not None and self.zones.pbx is not None:
            queue_feed.to_journal = self.zones.to_journal
        self.store = CallStore(
            config.pbx,
            region=config.region,
            recordings=config.recordings,
            channels=Channels((), [re.compile(p) for p in config.trunk_patterns]),
        )
        self.chains = ChainJoiner()
        self.holder = leases.holder_name()
        self.summary = Summary(queue_events=0 if queue_feed is not None else None)
        self._stop = threading.Event()
        self._lease: leases.Lease | None = None
        self._mark = Mark()
        self._skips_seen: set[str] = set()
        self._was_paused = False
        self._purged_at: float | None = None
        self._purge_from: int | None = None  # where an unfinished purge goes on
        # Catching up, the next batch is read from the PBX while this one is written.
        self._reader: ThreadPoolExecutor | None = None
        self._ahead: tuple[Mark, datetime, Future[Fetched]] | None = None

    def request_stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # -- the loop ------------------------------------------------------------------------

    def run(self) -> Summary:
        failures = 0
        try:
            while not self.stopping:
                try:
                    if self._lease is None and not self._acquire():
                        self._stop.wait(self.config.poll.total_seconds())
                        continue
                    caught_up = self.batch()
                    failures = 0
                except leases.LeaseLost as e:
                    log.warning("%s; waiting as a standby", e)
                    self._lease = None
                    self._drop_ahead()
                    self._reset_queue_feed()
                    continue
                except RETRIED as e:
                    self._drop_ahead()
                    self._reset_queue_feed()
                    failures += 1
                    self._failed(e, failures)
                    continue
                if caught_up:
                    self._purge_old_marks()
                    if not self.config.follow:
                        break
                    self._stop.wait(self.config.poll.total_seconds())
        finally:
            self._drop_ahead()
            if self._reader is not None:
                self._reader.shutdown(wait=True)
                self._reader = None
            self._release()
        return self.summary

    # -- reading ahead -------------------------------------------------------------------

    def _read_ahead(self, mark: Mark) -> None:
        """Start reading the batch after ``mark`` in the background (the PBX's database
        and the parsing work while CallDesk's database stores the current batch)."""
        if self._reader is None:
            self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cdr-read")
        now = clock.now().replace(microsecond=0)
        future = self._reader.submit(self.source.fetch, mark, self.zones.to_pbx(now))
        self._ahead = (mark, now, future)

    def _take_ahead(self, mark: Mark) -> tuple[datetime, Fetched] | None:
        """The batch read ahead from ``mark`` (its "now" and rows), if there is one."""
        ahead, self._ahead = self._ahead, None
        if ahead is None:
            return None
        read_from, now, future = ahead
        if read_from != mark:
            future.exception()  # wait for it; what it read is not wanted
            return None
        return now, future.result()  # a failed read raises here, like a direct one

    def _drop_ahead(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead[2].exception()  # wait for the reader; its rows are read again

    def _reset_queue_feed(self) -> None:
        if self.queue_feed is not None:
            self.queue_feed.reset()  # what it read is read again after the rollback

    def _acquire(self) -> bool:
        try:
            with Session(self.engine) as session, session.begin():
                got = leases.try_acquire(
                    session, self.config.pbx, self.holder, self.config.lease_ttl
                )
                if got is not None:
                    self._mark = load_mark(session, self.config.pbx, self.source.name)
                    self.store.marks_from = oldest_mark(session, self.config.pbx)
        except exc.IntegrityError:
            got = None  # another instance created the lease row at the same moment
        if got is None:
            log.info("standby: another collector holds PBX %r", self.config.pbx)
            return False
        self._lease = got
        self.store.forget()
        self.chains = ChainJoiner()
        log.info("collecting PBX %r as %s (epoch %d)", got.pbx, got.holder, got.epoch)
        for note in self.source.check():
            log.warning("%s", note)
        if self.cel is not None:
            for note in self.cel.check():
                log.warning("%s", note)
        return True

    def _failed(self, error: BaseException, failures: int) -> None:
        self.summary.errors += 1
        delay = min(self.config.backoff_max.total_seconds(), 2 ** min(failures - 1, 10))
        text = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
        log.error("connection problem, retrying in %.1f s: %s", delay, text)
        try:
            with Session(self.engine) as session, session.begin():
                leases.record_error(session, self.config.pbx, text)
        except RETRIED:
            pass  # CallDesk's database itself is away: the log has it
        self._stop.wait(delay)

    def _purge_old_marks(self) -> None:
        """When caught up: leg marks past ``keep_legs`` go, a few chunks per poll until
        none is left, then again an hour later."""
        keep = self.config.keep_legs
        if keep is None or self._lease is None:
            return
        if self._purged_at is not None and time.monotonic() - self._purged_at < 3600:
            return
        try:
            before = clock.now() - keep
            if self.config.follow:
                _, finished = purge_step(self.engine, self.config.pbx, before)
            else:  # a one-off run purges all at its end
                purge_legs(self.engine, self.config.pbx, before)
                finished = True
            with Session(self.engine) as session:
                self.store.marks_from = oldest_mark(session, self.config.pbx)
        except RETRIED as e:
            log.warning("could not delete old leg marks (next hour again): %s", e)
            finished = True
        if finished:
            self._purged_at = time.monotonic()

    def _release(self) -> None:
        if self._lease is None:
            return
        try:
            with Session(self.engine) as session, session.begin():
                leases.release(session, self._lease)
        except RETRIED as e:
            log.warning("could not free the lease: %s", e)
        self._lease = None

    # -- one batch -----------------------------------------------------------------------

    def _journal_legs(self, fetched: Fetched) -> list[Leg]:
        if self.zones.pbx is None:
            return fetched.legs
        return [replace(leg, calldate=self.zones.to_journal(leg.calldate)) for leg in fetched.legs]

    def _new_skips(self, fetched: Fetched) -> int:
        count = 0
        for bad in fetched.bad:
            text = str(bad)
            if text in self._skips_seen:
                continue
            self._skips_seen.add(text)
            log.warning("skipped a bad row: %s", text)
            count += 1
        return count

    def _pbx_is_call_source(self) -> bool:
        with self.engine.connect() as conn:
            return bool(get_setting(conn, CALL_SOURCE) == CALL_SOURCE_PBX)

    def _paused(self, now: datetime) -> bool:
        """While the softphones write the journal, the collector only keeps its place at
        "now": switching the source back to the PBX collects from then on, so no call is
        written twice (a call in progress at the switch may be partly lost)."""
        assert self._lease is not None
        mark = self.source.skip_to(self._mark, self.zones.to_pbx(now))
        with Session(self.engine) as session, session.begin():
            leases.fence(session, self._lease)
            save_mark(session, self.config.pbx, self.source.name, mark)
            leases.beat(session, self._lease, caught_up_to=now, state=leases.PAUSED)
        self.store.resolved_to.clear()  # the softphones resolve missed calls meanwhile
        if not self._was_paused:
            log.warning("the company's call source is the softphones: not collecting")
        self._was_paused = True
        self._mark = mark
        return True

    def batch(self) -> bool:
        """Read one batch and write it; True when the source has nothing newer for now."""
        assert self._lease is not None
        now = clock.now().replace(microsecond=0)
        if not self._pbx_is_call_source():
            self._drop_ahead()
            return self._paused(now)
        if self._was_paused:
            log.warning("the company's call source is the PBX again: collecting from now")
            self._was_paused = False
        started = time.monotonic()
        ahead = self._take_ahead(self._mark)
        if ahead is not None:
            now, fetched = ahead
            pbx_now = self.zones.to_pbx(now)
        else:
            pbx_now = self.zones.to_pbx(now)
            fetched = self.source.fetch(self._mark, pbx_now)
        # Catching up, the next batch is read while MariaDB stores this one's rows.
        read_next = partial(self._read_ahead, fetched.mark) if not fetched.caught_up else None
        queue_read = (
            self.queue_feed.read(pbx_now, fetched.read_to) if self.queue_feed is not None else None
        )
        # Calls the PBX split (a phone's own attended transfer) joined by channel name.
        legs, joined = self.chains.join(self._journal_legs(fetched))
        # Who hung up, from CEL: only for the calls this batch writes (new legs).
        hangups = (
            self.cel.hangups({leg.linkedid for leg in legs if leg.key not in self.store.known})
            if self.cel is not None
            else {}
        )
        caught_up_to = (
            self.zones.to_journal(min(fetched.read_to, self.zones.to_pbx(now)))
            if fetched.read_to is not None
            else (now if fetched.caught_up else None)
        )
        with Session(self.engine) as session, session.begin():
            leases.fence(session, self._lease)
            if joined:
                legs = [*legs, *absorb_joined(session, self.config.pbx, joined)]
            written = self.store.write(session, legs, before_inserts=read_next)
            if read_next is not None and self._ahead is None:
                read_next()  # nothing to insert
            if hangups:
                patterns = self.store.channels.trunk_patterns if self.store.channels else []
                channels = Channels(employee_extensions(session), patterns)
                apply_hangups(
                    session,
                    self.store.pbx_id,
                    hangup_sides(hangups, channels),
                    hangup_endings(hangups),
                )
            if self.queue_feed is not None and queue_read is not None:
                queued = self.queue_feed.store(
                    session,
                    queue_read,
                    pbx_now,
                    self.store.pbx_id,
                    employee_extensions(session),
                    fetched.read_to,
                )
                self.summary.queue_events = (self.summary.queue_events or 0) + queued.events
            save_mark(session, self.config.pbx, self.source.name, fetched.mark)
            skipped = self._new_skips(fetched)
            leases.beat(
                session,
                self._lease,
                caught_up_to=caught_up_to,
                rows=fetched.rows,
                calls=written.calls_new + written.calls_rebuilt,
                parts=written.parts,
                skipped=skipped,
            )
        self.store.committed()
        self._mark = fetched.mark
        if fetched.mark.final_to is not None:
            self.store.forget_before(self.zones.to_journal(fetched.mark.final_to))
            self.chains.forget_before(self.zones.to_journal(fetched.mark.final_to))
        s = self.summary
        s.batches += 1
        s.rows += fetched.rows
        s.calls_new += written.calls_new
        s.calls_rebuilt += written.calls_rebuilt
        s.parts += written.parts
        s.skipped += skipped
        if written.calls_new or written.calls_rebuilt or skipped:
            lag = (now - caught_up_to).total_seconds() if caught_up_to else 0.0
            log.info(
                "batch %d: %d rows, %d new calls, %d rebuilt, %d parts, %d skipped; "
                "read to %s (%.0f s behind) in %.2f s",
                s.batches,
                fetched.rows,
                written.calls_new,
                written.calls_rebuilt,
                written.parts,
                skipped,
                caught_up_to,
                max(0.0, lag),
                time.monotonic() - started,
            )
        return fetched.caught_up


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``calldesk collect``."""
    parser.add_argument("--db", dest="collect_db", metavar="URL", help="CallDesk's database")
    parser.add_argument(
        "--cdr",
        metavar="URL",
        help="the PBX's cdr table (mysql+pymysql://user@host/asteriskcdrdb[?table=cdr]) "
        "or file:///var/log/asterisk/cdr-csv/Master.csv (default: Administration -> PBX)",
    )
    parser.add_argument("--queue-log", metavar="URL", help="queue_log table or file")
    parser.add_argument(
        "--cel",
        nargs="?",
        const="cel",
        metavar="TABLE",
        help="read who hung up from the PBX's cel table (in the cdr database; default: cel)",
    )
    parser.add_argument("--recordings", metavar="DIR", type=Path, help="the PBX's monitor dir")
    parser.add_argument("--since", metavar="DATETIME", type=datetime.fromisoformat)
    parser.add_argument("--pbx-timezone", metavar="TZ", help="zone of calldate, e.g. UTC")
    parser.add_argument("--journal-timezone", metavar="TZ", help="default: this machine's")
    parser.add_argument("--pbx", default="main", help="name of this PBX (default: main)")
    parser.add_argument("--follow", action="store_true", help="keep polling until stopped")
    parser.add_argument("--poll", type=float, default=5.0, metavar="SECONDS")
    parser.add_argument("--lookback", type=float, default=125.0, metavar="MINUTES")
    parser.add_argument("--batch-rows", type=int, default=5000, metavar="N")
    parser.add_argument(
        "--lease-ttl",
        type=float,
        default=leases.LEASE_TTL.total_seconds(),
        metavar="SECONDS",
        help="a standby takes over after this long without a heartbeat",
    )
    parser.add_argument(
        "--keep-legs",
        type=float,
        metavar="DAYS",
        help="delete the marks of rows read more than DAYS ago (default: 14 with --follow, "
        "none for a one-off run; 0: keep them)",
    )
    parser.add_argument("--trunk", action="append", default=[], metavar="REGEX")
    parser.add_argument("--region", default=DEFAULT_REGION, help="region of numbers without +")
