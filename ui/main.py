"""The ``calldesk`` command: opens the app, or runs a command-line task (DESIGN.md §10).

Commands that need no window (seed, migrate) never import Qt, so they run on servers.
The app's first window is painted before the rest of CallDesk (SQLAlchemy, the forms,
the softphone) is imported: everything heavy is imported where it is used.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app import __version__, clock

EXIT_PROBLEM = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calldesk", description="CallDesk: call journal, recordings, clients, softphone."
    )
    parser.add_argument("--version", action="version", version=f"CallDesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: the configured one)")
    parser.add_argument(
        "--selftest", action="store_true", help="check the installation and exit (0 = all good)"
    )
    parser.add_argument("--lang", metavar="CODE", help="interface language: ru, uk or en")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="open the app on a demo database (created on first use)")
    demo.add_argument("--reset", action="store_true", help="recreate the demo database")
    seed = sub.add_parser("seed", help="fill a database with synthetic calls (benchmarks)")
    seed.add_argument("--db", dest="seed_db", metavar="URL", required=True)
    seed.add_argument("--calls", type=int, default=30_000)
    seed.add_argument("--clients", type=int, default=None)
    seed.add_argument("--days", type=int, default=90)
    seed.add_argument("--seed", type=int, default=1)
    migrate = sub.add_parser("migrate", help="create or upgrade the database schema")
    migrate.add_argument("--db", dest="migrate_db", metavar="URL")
    rebuild = sub.add_parser("rebuild-summaries", help="rebuild the report summaries")
    rebuild.add_argument("--db", dest="rebuild_db", metavar="URL")
    grants = sub.add_parser(
        "grants", help="print least-privilege accounts (GRANT statements) for a shared database"
    )
    grants.add_argument("--db", dest="grants_db", metavar="URL", help="its database name is used")
    grants.add_argument("--user", help="the workstations' account (default: the URL's user)")
    grants.add_argument("--host", default="%", help="where they connect from (default: %%)")
    grants.add_argument("--admin-user", help="also an account for 'calldesk migrate'")
    grants.add_argument("--require-tls", action="store_true", help="refuse connections without TLS")
    report = sub.add_parser("report", help="a report to xlsx, csv or JSON (issue 14)")
    report.add_argument("name", help="call-center, lost-calls, operators, detail, traffic, ...")
    report.add_argument("--db", dest="report_db", metavar="URL")
    report.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", required=True)
    report.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", required=True)
    report.add_argument(
        "--by",
        default="day",
        choices=[
            "none",
            "hour",
            "day",
            "week",
            "month",
            "quarter",
            "year",
            "weekday",
            "hour_of_day",
        ],
    )
    report.add_argument("--operator", nargs="+", metavar="LOGIN")
    report.add_argument("--type", nargs="+", choices=["incoming", "outgoing", "missed", "internal"])
    report.add_argument("--queue", nargs="+")
    report.add_argument("--did", nargs="+")
    # tasks: the period of the due time or of the creation; --operator as assignee / creator
    report.add_argument("--tasks-by", choices=["due", "created"], default="due")
    report.add_argument("--role", choices=["assignee", "creator", "any"], default="any")
    report.add_argument("--status", nargs="+", choices=["new", "in_progress", "ready", "closed"])
    report.add_argument("--search", default="", help="tasks: in titles and descriptions")
    report.add_argument(
        "--where", nargs="+", metavar="COLUMN=VALUE", help="tasks: a value of a column"
    )
    report.add_argument("--as", dest="as_login", metavar="LOGIN", help="tasks: as this user sees")
    report.add_argument("--xlsx", metavar="FILE")
    report.add_argument("--csv", metavar="FILE")
    report.add_argument("--json", action="store_true")
    from app.calls.collector.run import add_arguments as add_collect_arguments

    add_collect_arguments(sub.add_parser("collect", help="PBX call records into the journal"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["demo-line"]:
        # Not a user's command: how the bundle (no interpreter of its own) runs the demo's
        # SIP line as a child process of ``calldesk demo`` (ui.softphone.demo_line).
        from softphone.demo_line import main as demo_line

        return demo_line(argv[1:])
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    args = build_parser().parse_args(argv)
    try:
        clock.configure_from_environment(os.environ)
        if isinstance(clock.current(), clock.SystemClock):
            # Set right by the database server's clock once connected (app.server_time).
            clock.set_clock(clock.CorrectedClock())
        if args.selftest:
            from ui.selftest import run_selftest

            return int(run_selftest())
        if args.command == "seed":
            from app.cli import cmd_seed

            return cmd_seed(args.seed_db, args.calls, args.clients, args.days, args.seed)
        if args.command == "collect":
            from app.cli import cmd_collect

            return cmd_collect(args)
        if args.command == "report":
            from app.cli import cmd_report

            return cmd_report(args)
        if args.command == "rebuild-summaries":
            from app.cli import cmd_rebuild_summaries

            return cmd_rebuild_summaries(args.rebuild_db or args.db)
        if args.command == "grants":
            from app.cli import cmd_grants

            return cmd_grants(args)
        if args.command == "migrate":
            from app.cli import cmd_migrate

            return cmd_migrate(args.migrate_db or args.db)
        from ui.splash import open_first_window

        splash = open_first_window(args.lang)
        from ui.startup import run_gui

        return run_gui(
            db_url=args.db,
            demo=args.command == "demo",
            reset_demo=bool(getattr(args, "reset", False)),
            splash=splash,
        )
    except Exception as e:
        if not _explained(e):
            raise
        print(f"calldesk: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130


def _explained(error: Exception) -> bool:
    """A problem the user can act on from its message alone (no traceback)."""
    from app.config import SecretsUnavailable
    from app.database import DatabaseProblem

    return isinstance(error, (DatabaseProblem, SecretsUnavailable, ValueError))


if __name__ == "__main__":
    sys.exit(main())
