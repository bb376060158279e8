"""Command-line work that needs no GUI: migrate, seed and preparing the demo database."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from app import clock
from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, put_setting
from app.config import SecretsUnavailable, data_dir, database_password, load_settings
from app.database import (
    DatabaseProblem,
    SchemaState,
    check_schema,
    connect_check,
    make_engine,
    migrate,
    parse_url,
)
from app.demo.seed import Progress, SeedPlan, seed
from app.demo.shifts import seed_shifts
from models import Call


@dataclass(frozen=True)
class DemoPaths:
    directory: Path

    @property
    def database(self) -> Path:
        return self.directory / "calldesk-demo.db"

    @property
    def recordings(self) -> Path:
        return self.directory / "recordings"

    @property
    def url(self) -> str:
        return f"sqlite:///{self.database}"


def demo_paths() -> DemoPaths:
    return DemoPaths(data_dir() / "demo")


def open_engine(url: str | None) -> Engine:
    """An engine for ``--db URL`` or the configured database; the password from the keyring."""
    if not url:
        url = load_settings().database_url
        if not url:
            raise DatabaseProblem(
                "No database is configured. Start 'calldesk' to set the connection up, "
                "or pass --db URL."
            )
    parsed = parse_url(url)
    password = None
    if parsed.password is None and parsed.get_backend_name() != "sqlite":
        try:
            password = database_password(url)
        except SecretsUnavailable:
            password = os.environ.get("CALLDESK_DB_PASSWORD")
        password = password or os.environ.get("CALLDESK_DB_PASSWORD")
    engine = make_engine(parsed, password)
    connect_check(engine)
    return engine


def prepare_demo(paths: DemoPaths, progress: Progress | None = None, calls: int = 30_000) -> bool:
    """Create and fill the demo database on first use. Returns True when it was created.

    The database is built next to its final name and renamed at the end, so an
    interrupted first start never leaves a half-filled demo behind.
    """
    if paths.database.exists():
        return False
    paths.directory.mkdir(parents=True, exist_ok=True)
    partial = paths.database.with_suffix(".partial")
    for leftover in paths.directory.glob(partial.name + "*"):
        leftover.unlink()
    engine = make_engine(f"sqlite:///{partial}")
    try:
        migrate(engine)
        plan = SeedPlan(calls=calls, recordings_dir=paths.recordings, now=clock.now(), cards=True)
        seed(engine, plan, progress)
        # No PBX behind the demo: its softphone writes the journal (and supervisors are not
        # told that a collector is not running).
        with Session(engine) as session, session.begin():
            put_setting(session, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
            # Who was logged in and paused when: the operator KPI's columns are not empty.
            assert plan.now is not None
            seed_shifts(session.connection(), plan.now, plan.days, plan.seed)
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    shutil.move(partial, paths.database)
    return True


def cmd_migrate(url: str | None) -> int:
    engine = open_engine(url)
    try:
        before = check_schema(engine)
        after = migrate(engine)
    finally:
        engine.dispose()
    if before.state is SchemaState.CURRENT:
        print(f"The database is already at revision {after.database_revision}.")
    else:
        print(f"Migrated from {before.database_revision or 'empty'} to {after.database_revision}.")
    return 0


def cmd_seed(url: str, calls: int, clients: int | None, days: int, seed_value: int) -> int:
    if calls < 0:
        raise DatabaseProblem("--calls must not be negative.")
    engine = open_engine(url)
    try:
        check = check_schema(engine)
        if check.state is SchemaState.EMPTY:
            migrate(engine)
        elif check.state is not SchemaState.CURRENT:
            raise DatabaseProblem(check.message())
        with engine.connect() as conn:
            before = conn.scalar(select(func.count()).select_from(Call)) or 0
        plan = SeedPlan(
            calls=calls,
            clients=clients if clients is not None else max(3_000, calls // 30),
            days=days,
            seed=seed_value + before,
        )
        started = time.perf_counter()
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            if now - last[0] > 2 or done == total:
                last[0] = now
                print(f"  {stage}: {done:,}/{total:,}", file=sys.stderr)

        report = seed(engine, plan, progress)
        elapsed = time.perf_counter() - started
    finally:
        engine.dispose()
    rate = report.calls / elapsed if elapsed else 0
    print(
        f"Seeded {report.calls:,} calls ({report.parts:,} parts), {report.clients:,} clients, "
        f"{report.employees} employees in {elapsed:.1f} s ({rate:,.0f} calls/s)."
    )
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    """``calldesk collect``: PBX records into the journal (app.calls.collector)."""
    import logging

    from app.calls.collector.command import collect

    logging.getLogger("app.calls.collector").setLevel(logging.INFO)
    engine = open_engine(args.collect_db or args.db)
    try:
        check = check_schema(engine)
        if check.state is not SchemaState.CURRENT:
            raise DatabaseProblem(check.message())
        summary = collect(args, engine)
    finally:
        engine.dispose()
    print(summary.line(), flush=True)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """``calldesk report NAME``: a report to --json (stdout), --csv FILE or --xlsx FILE."""
    from datetime import date

    from app.reports import REPORTS, Breakdown, CallType, ReportError, ReportParams, run_report
    from app.reports.export import to_json, write_csv, write_xlsx
    from app.reports.run import every_page
    from models import Employee

    if args.name not in REPORTS:
        raise ReportError(f"Unknown report {args.name!r}: use one of {', '.join(REPORTS)}.")
    outputs = [x for x in (args.xlsx, args.csv, args.json or None) if x]
    if len(outputs) != 1:
        raise ReportError("Give exactly one of --xlsx FILE, --csv FILE or --json.")
    try:
        first, last = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    except ValueError as e:
        raise ReportError(f"Dates are YYYY-MM-DD: {e}.") from None
    engine = open_engine(args.report_db or args.db)
    try:
        check = check_schema(engine)
        if check.state is not SchemaState.CURRENT:
            raise DatabaseProblem(check.message())
        ids: list[int] = []
        with engine.connect() as conn:
            for login in args.operator or []:
                found = conn.scalar(select(Employee.id).where(Employee.login == login))
                if found is None:
                    raise ReportError(f"There is no employee with the login {login!r}.")
                ids.append(int(found))
            params = ReportParams(
                first,
                last,
                breakdown=Breakdown(args.by),
                operator_ids=tuple(ids),
                call_types=tuple(CallType(t) for t in args.type or []),
                queues=tuple(args.queue or []),
                dids=tuple(args.did or []),
                **_task_params(conn, args),
            )
            result = every_page(conn, run_report(conn, args.name, params))
    finally:
        engine.dispose()
    if args.json:
        print(to_json(result))
    elif args.csv:
        print(f"Wrote {write_csv(result, args.csv)} ({len(result.rows)} rows).")
    else:
        print(f"Wrote {write_xlsx(result, args.xlsx)} ({len(result.rows)} rows).")
    return 0


def _task_params(conn: Connection, args: argparse.Namespace) -> dict[str, Any]:
    """The tasks report's options; ``--as LOGIN`` limits it as that user's permissions do."""
    from app.reports import ReportError
    from app.staff.auth import current_user
    from app.tasks.report import task_viewer
    from models import Employee

    values: list[tuple[str, str]] = []
    for pair in getattr(args, "where", None) or []:
        column, sep, value = pair.partition("=")
        if not sep:
            raise ReportError(f"--where takes COLUMN=VALUE, not {pair!r}.")
        values.append((column.strip(), value.strip()))
    viewer = None
    requested_by = None
    login = getattr(args, "as_login", None)
    if login:
        with Session(conn) as session:
            row = session.scalar(select(Employee).where(Employee.login == login))
            if row is None:
                raise ReportError(f"There is no employee with the login {login!r}.")
            viewer = task_viewer(session, current_user(row))
            requested_by = row.id
    return {
        "task_dates": getattr(args, "tasks_by", "due"),
        "task_role": getattr(args, "role", "any"),
        "task_statuses": tuple(getattr(args, "status", None) or ()),
        "search": getattr(args, "search", "") or "",
        "column_values": tuple(values),
        "viewer_id": viewer,
        "requested_by": requested_by,
    }


def cmd_rebuild_summaries(url: str | None) -> int:
    """``calldesk rebuild-summaries``: the report summaries again from the calls."""
    from app.reports.summary import rebuild

    engine = open_engine(url)
    try:
        check = check_schema(engine)
        if check.state is not SchemaState.CURRENT:
            raise DatabaseProblem(check.message())
        started = time.perf_counter()
        with engine.begin() as conn:
            calls = rebuild(conn)
    finally:
        engine.dispose()
    print(
        f"Rebuilt the report summaries of {calls:,} calls in {time.perf_counter() - started:.1f} s."
    )
    return 0


def cmd_grants(args: argparse.Namespace) -> int:
    """``calldesk grants``: the accounts a shared database needs, as SQL to run as its admin."""
    from app.grants import Account, grant_statements

    url_text = args.grants_db or args.db or load_settings().database_url
    if not url_text:
        raise ValueError("Name the database: calldesk grants --db mysql+pymysql://user@host/db")
    url = parse_url(url_text)
    if url.get_backend_name() == "sqlite":
        raise ValueError("A SQLite file has no accounts: grants are for MySQL / MariaDB.")
    workstation = Account(args.user or url.username or "calldesk", args.host)
    admin = Account(args.admin_user, args.host) if args.admin_user else None
    print(
        f"-- Run as the server's administrator. Workstations and the collector: {workstation.user}"
    )
    print("-- reads and writes rows of this database only (no DDL, no other schemas).")
    if admin is not None:
        print(f"-- {admin.user}: schema upgrades (calldesk migrate --db ...{admin.user}@...).")
    for line in grant_statements(url.database or "", workstation, admin, args.require_tls):
        print(line)
    return 0
