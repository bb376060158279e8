"""``calldesk collect``'s options -> a running collector: the command line first, then what
the administrator saved on Administration -> PBX (app.calls.collector.pbx_settings)."""

from __future__ import annotations

import argparse
import logging
import os
import signal
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from app.calls.collector.cel import CelTable
from app.calls.collector.pbx_settings import PbxSettings, load_pbx_settings
from app.calls.collector.queue_feed import QueueLogFeed
from app.calls.collector.queue_log import open_queue_log
from app.calls.collector.retention import KEEP_LEGS
from app.calls.collector.run import Collector, CollectorConfig, Summary
from app.calls.collector.sources import CdrTable, open_source
from app.config import SecretsUnavailable, database_password
from app.database import DatabaseProblem

log = logging.getLogger("app.calls.collector")


def _password(url: str, variable: str) -> str | None:
    """The PBX database's password: the environment, else this machine's keyring."""
    if os.environ.get(variable):
        return os.environ[variable]
    if "://" not in url or url.startswith("file:"):
        return None
    try:
        return database_password(url)
    except (SecretsUnavailable, ValueError, DatabaseProblem):
        return None


def _recordings(args: argparse.Namespace, saved: PbxSettings) -> Path | None:
    if args.recordings is not None:
        return Path(args.recordings)
    # An HTTP base URL on the PBX page is for the players; only a folder can be checked here.
    if saved.recordings and "://" not in saved.recordings and Path(saved.recordings).is_dir():
        return Path(saved.recordings)
    return None


def _keep_legs(args: argparse.Namespace) -> timedelta | None:
    days = args.keep_legs
    if days is None:
        return KEEP_LEGS if args.follow else None
    if days < 0:
        raise ValueError(f"--keep-legs {days:g}: a number of days, or 0 to keep the marks.")
    return timedelta(days=days) if days > 0 else None


def collect(args: argparse.Namespace, engine: Engine) -> Summary:
    """Run the collector the options describe until it is caught up (or stopped)."""
    with engine.connect() as conn:
        saved = load_pbx_settings(conn)
    cdr_url = args.cdr or saved.cdr_url
    if not cdr_url:
        raise DatabaseProblem(
            "No PBX is configured: pass --cdr URL or set the PBX up in Administration -> PBX."
        )
    zone = args.pbx_timezone or saved.timezone or None
    config = CollectorConfig(
        pbx=args.pbx,
        follow=args.follow,
        poll=timedelta(seconds=args.poll),
        lookback=timedelta(minutes=args.lookback),
        lease_ttl=timedelta(seconds=args.lease_ttl),
        recordings=_recordings(args, saved),
        pbx_timezone=zone,
        journal_timezone=args.journal_timezone,
        region=args.region,
        trunk_patterns=list(args.trunk) or list(saved.trunk_patterns),
        keep_legs=_keep_legs(args),
    )
    cdr_password = _password(cdr_url, "CALLDESK_CDR_PASSWORD")
    source = open_source(
        cdr_url,
        password=cdr_password,
        since=args.since,
        lookback=config.lookback,
        max_rows=args.batch_rows,
    )
    feed = None
    queue_log_url = args.queue_log or saved.queue_log_url
    if queue_log_url:
        queue_log = open_queue_log(
            queue_log_url,
            password=_password(queue_log_url, "CALLDESK_QUEUE_LOG_PASSWORD") or cdr_password,
            zone=ZoneInfo(zone) if zone else None,
            since=args.since,
        )
        feed = QueueLogFeed(queue_log, config.pbx)
    cel = None
    cel_table = args.cel or ("cel" if saved.cel else None)
    if cel_table:
        if isinstance(source, CdrTable):
            cel = CelTable(source.engine, cel_table)
        else:
            log.warning("cel: read from the PBX's database only; a Master.csv source has none")
    collector = Collector(engine, source, config, feed, cel)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: collector.request_stop())
    return collector.run()
