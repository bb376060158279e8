"""Connecting to the shared database, checking its schema revision and migrating it."""

from __future__ import annotations

import enum
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "models" / "migrations"


class DatabaseProblem(Exception):
    """A problem the user can act on; the message says what to do in plain words."""


class SchemaState(enum.Enum):
    CURRENT = "current"
    EMPTY = "empty"
    BEHIND = "behind"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SchemaCheck:
    state: SchemaState
    database_revision: str | None
    app_revision: str

    def message(self) -> str:
        if self.state is SchemaState.EMPTY:
            return "The database is empty. Create the CallDesk tables with 'calldesk migrate'."
        if self.state is SchemaState.BEHIND:
            return (
                f"The database schema ({self.database_revision}) is older than this version of "
                f"CallDesk ({self.app_revision}). Upgrade it with 'calldesk migrate'."
            )
        if self.state is SchemaState.UNKNOWN:
            return (
                f"The database schema revision {self.database_revision!r} is unknown to this "
                f"version of CallDesk (newest known: {self.app_revision}). The database was "
                "probably upgraded by a newer CallDesk: update this workstation."
            )
        return "The database schema is up to date."


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except (exc.ArgumentError, ValueError) as e:  # ValueError: a port that is not a number
        raise DatabaseProblem(
            f"{url!r} is not a database address. Use e.g. "
            "'mysql+pymysql://user@host/calldesk' or 'sqlite:///path/calldesk.db'."
        ) from e
    if parsed.get_backend_name() not in {"sqlite", "mysql", "mariadb"}:
        raise DatabaseProblem(
            f"Database type {parsed.get_backend_name()!r} is not supported: "
            "use MySQL/MariaDB or SQLite."
        )
    return parsed


def make_engine(url: str | URL, password: str | None = None, **kwargs: Any) -> Engine:
    """An engine tuned for the dialect; the password (from the keyring) is never in the URL text."""
    parsed = parse_url(url) if isinstance(url, str) else url
    if password is not None:
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 15}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    if parsed.get_backend_name() in {"mysql", "mariadb"}:
        parsed = parsed.update_query_dict({"charset": "utf8mb4"})
    connect_args = kwargs.pop("connect_args", {"connect_timeout": 5})
    return create_engine(
        parsed,
        pool_pre_ping=True,
        pool_recycle=1800,
        connect_args=connect_args,
        **kwargs,
    )


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def describe_error(error: BaseException, url: URL | None = None) -> str:
    """Turn a driver error into a sentence a user can act on."""
    orig = getattr(error, "orig", error)
    code = orig.args[0] if getattr(orig, "args", None) else None
    host = f"{url.host}:{url.port or 3306}" if url is not None and url.host else "the server"
    db = url.database if url is not None else None
    if code == 1045:
        return "Access denied: wrong user name or password for the database."
    if code == 1049:
        return f"The database {db!r} does not exist on {host}."
    if code == 1044:
        return f"The user has no access to the database {db!r}."
    if code in (2003, 2002, 2013):
        detail = str(orig.args[1]) if len(orig.args) > 1 else ""
        if (
            "Name or service not known" in detail
            or "getaddrinfo" in detail
            or isinstance(getattr(orig, "__cause__", None), socket.gaierror)
        ):
            return f"Unknown database host {url.host if url else ''!r}: check the server name."
        return f"Cannot reach the database server at {host}: is it running and reachable?"
    text = str(orig)
    if "unable to open database file" in text:
        return "Cannot open the SQLite database file: check that the folder exists and is writable."
    if "file is not a database" in text:
        return "The file is not a SQLite database."
    return f"Database error: {text}"


def connect_check(engine: Engine) -> None:
    """Open one connection or raise DatabaseProblem with a clear message."""
    try:
        with engine.connect():
            pass
    except exc.DBAPIError as e:
        raise DatabaseProblem(describe_error(e, engine.url)) from e


def _alembic_config(connection: Any) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config(None))
    head = script.get_current_head()
    assert head is not None
    return head


def check_schema(engine: Engine) -> SchemaCheck:
    head = head_revision()
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except exc.DBAPIError as e:
        raise DatabaseProblem(describe_error(e, engine.url)) from e
    if current is None:
        return SchemaCheck(SchemaState.EMPTY, None, head)
    if current == head:
        return SchemaCheck(SchemaState.CURRENT, current, head)
    script = ScriptDirectory.from_config(_alembic_config(None))
    known = {rev.revision for rev in script.walk_revisions()}
    state = SchemaState.BEHIND if current in known else SchemaState.UNKNOWN
    return SchemaCheck(state, current, head)


def migrate(engine: Engine, target: str = "head") -> SchemaCheck:
    """Bring the schema to this version's head; refuses a database from a newer CallDesk.

    One transaction: a migration that fails leaves the schema as it was (on MariaDB, DDL
    commits implicitly, so a failure there is reported with the revision it stopped at).
    On SQLite, batch migrations rebuild tables that other rows reference, so foreign keys
    are switched off for the migration and checked as a whole before it commits.
    """
    check = check_schema(engine)
    if check.state is SchemaState.UNKNOWN:
        raise DatabaseProblem(check.message())
    if check.state is SchemaState.CURRENT and target == "head":
        return check
    try:
        with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()  # ends SQLAlchemy's autobegun transaction; the PRAGMA stays
            try:
                with conn.begin():
                    command.upgrade(_alembic_config(conn), target)
                    if sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise DatabaseProblem(
                                f"The migration would break {len(broken)} references "
                                f"(first: {tuple(broken[0])}); nothing was changed."
                            )
            finally:
                if sqlite:
                    conn.rollback()
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()
    except exc.DBAPIError as e:
        current = check_schema(engine).database_revision
        raise DatabaseProblem(
            f"Upgrading the database failed at revision {current or 'empty'}: "
            f"{describe_error(e, engine.url)}"
        ) from e
    return check_schema(engine)


def require_current(engine: Engine) -> None:
    check = check_schema(engine)
    if check.state is not SchemaState.CURRENT:
        raise DatabaseProblem(check.message())


class Database:
    """The open database of this workstation: an engine plus a session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, one transaction."""
        with self.sessions.begin() as session:
            yield session

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
