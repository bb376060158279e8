"""Connecting to the shared database, checking its schema revision and migrating it."""

from __future__ import annotations

import enum
import importlib
import logging
import os
import random
import re
import socket
import ssl
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError, message
from app.replica import ReadReplica

log = logging.getLogger(__name__)
T = TypeVar("T")

# MySQL/MariaDB errors after which the same transaction, run again, usually succeeds:
# InnoDB rolled back the deadlock's victim (1213) or a statement waited too long for a lock
# (1205). Home Assistant's recorder retries these the same way.
LOCK_ERRORS = {
    1213: QT_TRANSLATE_NOOP("app", "deadlock"),
    1205: QT_TRANSLATE_NOOP("app", "lock wait timeout"),
}
WRITE_ATTEMPTS = 3
RETRY_PAUSE_SECONDS = 0.05

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "models" / "migrations"


class DatabaseProblem(UserFacingError):
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
        return str(self.problem())

    def problem(self) -> Message:
        """What the state means for the user, translatable."""
        if self.state is SchemaState.EMPTY:
            return Message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The database is empty. Create the CallDesk tables with 'calldesk migrate'.",
                )
            )
        if self.state is SchemaState.BEHIND:
            return message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The database schema ({database}) is older than this version of "
                    "CallDesk ({app}). Upgrade it with 'calldesk migrate'.",
                ),
                database=self.database_revision,
                app=self.app_revision,
            )
        if self.state is SchemaState.UNKNOWN:
            return message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The database schema revision {database} is unknown to this "
                    "version of CallDesk (newest known: {app}). The database was "
                    "probably upgraded by a newer CallDesk: update this workstation.",
                ),
                database=repr(self.database_revision),
                app=self.app_revision,
            )
        return Message(QT_TRANSLATE_NOOP("app", "The database schema is up to date."))


_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^\s/]*@")


def without_password(url: str) -> str:
    """The text of a database address with its password (if any) as ``***``: for messages and
    logs, which must never show a secret, even of an address that does not parse."""
    return _URL_PASSWORD.sub(r"\1***@", url)


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except (exc.ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "app",
                "{url} is not a database address. Use e.g. "
                "'mysql+pymysql://user@host/calldesk' or 'sqlite:///path/calldesk.db'.",
            ),
            url=repr(without_password(url)),
        ) from None  # the driver's error repeats the address, password and all
    if parsed.get_backend_name() not in {"sqlite", "mysql", "mariadb"}:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "app", "Database type {kind} is not supported: use MySQL/MariaDB or SQLite."
            ),
            kind=repr(parsed.get_backend_name()),
        )
    return parsed


# The optional C driver for MySQL/MariaDB: ``CALLDESK_MYSQL_DRIVER=mysqlclient`` makes
# ``mysql+pymysql://`` URLs use mysqlclient (MySQLdb, libmariadb) when it is installed
# (``pip install calldesk[fast-mysql]``): rows are decoded in C, several times faster than
# PyMySQL's pure-Python protocol code. Without it, or when it cannot be imported, PyMySQL is
# used: it always works. A ``mysql+mysqldb://`` URL asks for the C driver directly.
MYSQL_DRIVER_VARIABLE = "CALLDESK_MYSQL_DRIVER"
FAST_MYSQL_DRIVER = "mysqldb"


def preferred_mysql_driver(parsed: URL, wanted: str | None = None) -> URL:
    """``parsed`` with the C driver when it is wanted (the environment variable when
    ``wanted`` is None), installed, and the URL asks for PyMySQL; else ``parsed``."""
    if wanted is None:
        wanted = os.environ.get(MYSQL_DRIVER_VARIABLE, "")
    if wanted.strip().lower() not in ("mysqlclient", "mysqldb"):
        return parsed
    backend = parsed.get_backend_name()
    if backend not in ("mysql", "mariadb") or parsed.get_driver_name() != "pymysql":
        return parsed
    try:
        importlib.import_module("MySQLdb")  # it loads libmariadb: really usable here
    except ImportError:
        log.warning("%s asks for mysqlclient, which is not installed: PyMySQL is used", wanted)
        return parsed
    return parsed.set(drivername=f"{backend}+{FAST_MYSQL_DRIVER}")


MAX_OVERFLOW = 20  # connections beyond the pool's 5 kept ones


# A desktop's reads and writes are short: one that gets no answer for this long is a network
# that drops packets (a firewall, a dead VPN), not a slow server; it fails, the window says
# "no connection, retrying" and its work is kept. A URL's own ?read_timeout= wins.
INTERACTIVE_TIMEOUT_S = 30


def make_engine(
    url: str | URL,
    password: str | None = None,
    *,
    interactive: bool = False,
    **kwargs: Any,
) -> Engine:
    """An engine tuned for the dialect; the password (from the keyring) is never in the URL text.

    ``interactive``: the desktop's engine, whose MySQL reads and writes give up after
    :data:`INTERACTIVE_TIMEOUT_S` (bulk work — migrations, the seeder, the collector — has no
    such limit: an ALTER of a large table answers only when it is done).
    """
    parsed = parse_url(url) if isinstance(url, str) else url
    parsed = preferred_mysql_driver(parsed)
    if password is not None:
        parsed = parsed.set(password=password)
    # A main window keeps a connection per database thread (journal, worklist, events,
    # tasks, the softphone, the operators board, the stretch of work: 7) plus its forms'
    # and background reads: room for 25 before anyone waits (SQLAlchemy's default is 15).
    if parsed.get_backend_name() != "sqlite" or parsed.database not in (None, "", ":memory:"):
        kwargs.setdefault("max_overflow", MAX_OVERFLOW)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 15}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    if parsed.get_backend_name() in {"mysql", "mariadb"}:
        parsed = parsed.update_query_dict({"charset": "utf8mb4"})
    connect_args = kwargs.pop("connect_args", {"connect_timeout": 5})
    if interactive:
        for key in ("read_timeout", "write_timeout"):
            if key not in parsed.query:
                connect_args = {**connect_args, key: INTERACTIVE_TIMEOUT_S}
    engine = create_engine(
        parsed,
        pool_pre_ping=True,
        pool_recycle=1800,
        connect_args=connect_args,
        **kwargs,
    )
    if parsed.get_backend_name() in {"mysql", "mariadb"}:
        event.listen(engine, "connect", _mysql_on_connect)
        if any(key in parsed.query for key in TLS_FILE_SETTINGS):
            # Before every new connection: the driver's own error for a missing or broken
            # file is a bare FileNotFoundError / ssl.SSLError naming neither.
            event.listen(engine, "do_connect", lambda *_a: check_tls_files(parsed))
    return engine


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


# GROUP_CONCAT cuts its result at 1,024 bytes by default, silently: the journal's list of
# everyone a queue call rang (app.journal.rows) would lose names after ~17 Cyrillic ones.
GROUP_CONCAT_MAX_BYTES = 1 << 20


def _mysql_on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"SET SESSION group_concat_max_len = {GROUP_CONCAT_MAX_BYTES}")
    cur.close()


# The files a MySQL/MariaDB address may name for TLS (``?ssl_ca=/path/ca.pem``).
TLS_FILE_SETTINGS = ("ssl_ca", "ssl_cert", "ssl_key")


def check_tls_files(url: URL) -> None:
    """Raise DatabaseProblem, naming the setting and the path, when a TLS file of the
    address is missing, unreadable, or (``ssl_ca``) not a certificate."""
    for setting in TLS_FILE_SETTINGS:
        value = url.query.get(setting)
        if not value:
            continue
        path = Path(str(value if isinstance(value, str) else value[-1])).expanduser()
        problem = _tls_file_problem(path, setting)
        if problem is not None:
            raise DatabaseProblem(problem, path=str(path), setting=setting)


def _tls_file_problem(path: Path, setting: str) -> str | None:
    try:
        with path.open("rb") as f:
            f.read(1)
    except FileNotFoundError:
        return QT_TRANSLATE_NOOP(
            "app",
            "The TLS file {path} given as {setting} in the database address does not exist.",
        )
    except IsADirectoryError:
        return QT_TRANSLATE_NOOP(
            "app",
            "The TLS file {path} given as {setting} in the database address is a folder, "
            "not a file.",
        )
    except OSError:
        return QT_TRANSLATE_NOOP(
            "app",
            "The TLS file {path} given as {setting} in the database address cannot be read: "
            "check that this user may read it.",
        )
    if setting != "ssl_ca":
        return None
    try:
        ssl.create_default_context(cafile=str(path))  # what the drivers do with it
    except ssl.SSLError:
        return QT_TRANSLATE_NOOP(
            "app",
            "The file {path} given as {setting} in the database address is not a certificate: "
            "it must be the PEM file of the authority (CA) that signed the database server's "
            "certificate.",
        )
    return None


def describe_error(error: BaseException, url: URL | None = None) -> str:
    """Turn a driver error into a sentence a user can act on (English)."""
    return str(describe_problem(error, url))


def describe_problem(error: BaseException, url: URL | None = None) -> Message:
    """Turn a driver error into a sentence a user can act on, translatable."""
    orig = getattr(error, "orig", error)
    code = orig.args[0] if getattr(orig, "args", None) else None
    host: object = (
        f"{url.host}:{url.port or 3306}"
        if url is not None and url.host
        else Message(QT_TRANSLATE_NOOP("app", "the server"))
    )
    db = url.database if url is not None else None
    if code in LOCK_ERRORS:
        return message(
            QT_TRANSLATE_NOOP(
                "app",
                "Another user was changing the same records at the same moment; the database "
                "refused this change ({reason}, attempts: {attempts}). Nothing was saved: "
                "try again.",
            ),
            attempts=getattr(error, "write_attempts", 1),
            reason=Message(LOCK_ERRORS[code]),
        )
    if code == 1045:
        return Message(
            QT_TRANSLATE_NOOP("app", "Access denied: wrong user name or password for the database.")
        )
    if code == 1049:
        return message(
            QT_TRANSLATE_NOOP("app", "The database {database} does not exist on {host}."),
            database=repr(db),
            host=host,
        )
    if code == 1044:
        return message(
            QT_TRANSLATE_NOOP("app", "The user has no access to the database {database}."),
            database=repr(db),
        )
    if code in (2003, 2002, 2006, 2013):  # 2006: "server has gone away" mid-statement
        detail = str(orig.args[1]) if len(orig.args) > 1 else ""
        if (
            "Name or service not known" in detail
            or "getaddrinfo" in detail
            or isinstance(getattr(orig, "__cause__", None), socket.gaierror)
        ):
            return message(
                QT_TRANSLATE_NOOP("app", "Unknown database host {host}: check the server name."),
                host=repr(url.host if url else ""),
            )
        if "CERTIFICATE_VERIFY_FAILED" in detail or "certificate verify failed" in detail:
            return message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The certificate of the database server at {host} cannot be verified with "
                    "the CA file given in the address (ssl_ca): it is not our server, or the "
                    "CA file is not the one that signed its certificate.",
                ),
                host=host,
            )
        return message(
            QT_TRANSLATE_NOOP(
                "app", "Cannot reach the database server at {host}: is it running and reachable?"
            ),
            host=host,
        )
    text = str(orig)
    if "unable to open database file" in text:
        return Message(
            QT_TRANSLATE_NOOP(
                "app",
                "Cannot open the SQLite database file: "
                "check that the folder exists and is writable.",
            )
        )
    if "file is not a database" in text:
        return Message(QT_TRANSLATE_NOOP("app", "The file is not a SQLite database."))
    return message(QT_TRANSLATE_NOOP("app", "Database error: {error}"), error=text)


def lock_error(error: BaseException) -> int | None:
    """The MySQL error code when ``error`` is a deadlock or lock wait timeout, else None."""
    if not isinstance(error, exc.DBAPIError):
        return None
    args = getattr(error.orig, "args", None)
    code = args[0] if args else None
    return code if code in LOCK_ERRORS else None


def run_write(
    sessions: sessionmaker[Session],
    work: Callable[[Session], T],
    attempts: int = WRITE_ATTEMPTS,
) -> T:
    """Run ``work`` in a transaction of its own; run it again in a new one, up to
    ``attempts`` times in all, when the database answers with a deadlock or a lock wait
    timeout (the other errors are raised at once).

    ``work`` must do all its database work in the session it is given (it may run more
    than once; only the last run's changes are committed). When every attempt hits a lock
    error, that error is raised with ``write_attempts`` set, so :func:`describe_problem`
    tells the user how often it was tried.
    """
    for attempt in range(1, attempts + 1):
        try:
            with sessions.begin() as session:
                return work(session)
        except exc.DBAPIError as e:
            code = lock_error(e)
            if code is None:
                raise
            if attempt == attempts:
                log.error("write given up after %d attempts: %s", attempts, LOCK_ERRORS[code])
                e.write_attempts = attempts  # type: ignore[attr-defined]
                raise
            log.warning("write hit a %s, attempt %d of %d", LOCK_ERRORS[code], attempt, attempts)
            # Both sides of a deadlock retry: a little jitter keeps them from meeting again.
            time.sleep(RETRY_PAUSE_SECONDS * attempt * (1 + random.random()))
    raise ValueError(f"attempts must be at least 1, not {attempts}")


def connect_check(engine: Engine) -> None:
    """Open one connection or raise DatabaseProblem with a clear message."""
    try:
        with engine.connect():
            pass
    except exc.DBAPIError as e:
        raise DatabaseProblem(describe_problem(e, engine.url)) from e


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
        raise DatabaseProblem(describe_problem(e, engine.url)) from e
    if current is None:
        return SchemaCheck(SchemaState.EMPTY, None, head)
    if current == head:
        return SchemaCheck(SchemaState.CURRENT, current, head)
    script = ScriptDirectory.from_config(_alembic_config(None))
    known = {rev.revision for rev in script.walk_revisions()}
    state = SchemaState.BEHIND if current in known else SchemaState.UNKNOWN
    return SchemaCheck(state, current, head)


# Revisions after which the report summaries are recomputed from the calls, in the
# migration's transaction (the revisions themselves, like every migration, use only Alembic
# and SQLAlchemy): the one that created them, the one that added their coarser rollups, and
# the one that back-filled the finer statuses (issue 15; the summaries count by status).
SUMMARIES_REVISION = "0007"
ROLLUPS_REVISION = "0009"
STATUSES_REVISION = "0019"
_REBUILD_AFTER = frozenset({SUMMARIES_REVISION, ROLLUPS_REVISION, STATUSES_REVISION})


def _upgraded_through(before: str) -> set[str]:
    """The revisions an upgrade from ``before`` to the head applies (by the chain, not by
    the ids' order: revisions are re-chained when branches merge)."""
    script = ScriptDirectory.from_config(_alembic_config(None))
    return {rev.revision for rev in script.iterate_revisions("heads", before)}


def _fill_new_summaries(conn: Connection, before: str | None, target: str) -> None:
    if before is None or target != "head" or not _upgraded_through(before) & _REBUILD_AFTER:
        return  # a new database has no calls; one already past them keeps its summaries
    from app.reports.summary import rebuild

    rebuild(conn)  # the calls are the truth: every summary is recomputed from them


def migrate(engine: Engine, target: str = "head") -> SchemaCheck:
    """Bring the schema to this version's head; refuses a database from a newer CallDesk.

    One transaction: a migration that fails leaves the schema as it was (on MariaDB, DDL
    commits implicitly, so a failure there is reported with the revision it stopped at).
    On SQLite, batch migrations rebuild tables that other rows reference, so foreign keys
    are switched off for the migration and checked as a whole before it commits.
    """
    check = check_schema(engine)
    if check.state is SchemaState.UNKNOWN:
        raise DatabaseProblem(check.problem())
    if check.state is SchemaState.CURRENT and target == "head":
        return check
    if engine.dialect.name != "sqlite":
        # Its own engine, without the desktop's read timeout: DDL on a large table answers
        # only when it is done.
        bulk = make_engine(engine.url)
        try:
            return _upgrade(bulk, check, target)
        finally:
            bulk.dispose()
    return _upgrade(engine, check, target)


def _upgrade(engine: Engine, check: SchemaCheck, target: str) -> SchemaCheck:
    try:
        with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            raw: Any = conn.connection.driver_connection
            if sqlite:
                # pysqlite commits DDL on its own unless it is left out of transaction
                # handling and the transaction is opened by hand: then a failed migration
                # rolls back every table it created or rebuilt.
                conn.rollback()
                raw.isolation_level = None
                raw.execute("PRAGMA foreign_keys=OFF")
                raw.execute("BEGIN")
            try:
                with conn.begin():
                    command.upgrade(_alembic_config(conn), target)
                    _fill_new_summaries(conn, check.database_revision, target)
                    if sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise DatabaseProblem(
                                QT_TRANSLATE_NOOP(
                                    "app",
                                    "The migration would break {count} references "
                                    "(first: {first}); nothing was changed.",
                                ),
                                count=len(broken),
                                first=tuple(broken[0]),
                            )
            finally:
                if sqlite:
                    if raw.in_transaction:
                        raw.rollback()
                    raw.execute("PRAGMA foreign_keys=ON")
                    raw.isolation_level = ""
    except exc.DBAPIError as e:
        current = check_schema(engine).database_revision
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "app", "Upgrading the database failed at revision {revision}: {error}"
            ),
            revision=current or Message(QT_TRANSLATE_NOOP("app", "empty")),
            error=describe_problem(e, engine.url),
        ) from e
    return check_schema(engine)


def require_current(engine: Engine) -> None:
    check = check_schema(engine)
    if check.state is not SchemaState.CURRENT:
        raise DatabaseProblem(check.problem())


class Database:
    """The open database of this workstation: an engine plus a session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        # Reads of the journal, reports and directory go to a replica when the company has
        # one (app.replica); everything else, and every write, to ``engine``.
        self.replica: ReadReplica | None = None

    def attach_replica(self, replica: ReadReplica) -> None:
        self.replica = replica
        _replicas[self.engine] = replica

    @property
    def reader(self) -> Engine | ReadReplica:
        """Where the big reads go: ``reader.connect()`` gives a connection for one read."""
        return self.replica if self.replica is not None else self.engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, one transaction."""
        with self.sessions.begin() as session:
            yield session

    def write(self, work: Callable[[Session], T], attempts: int = WRITE_ATTEMPTS) -> T:
        """One user action that writes: :func:`run_write` (retried on deadlocks)."""
        result = run_write(self.sessions, work, attempts)
        if self.replica is not None:
            self.replica.note_write()  # the user's next read sees this write
        return result

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        if self.replica is not None:
            _replicas.pop(self.engine, None)
            self.replica.dispose()
        self.engine.dispose()


# The replica of each primary engine that has one, for readers that know only the engine.
_replicas: weakref.WeakKeyDictionary[Engine, ReadReplica] = weakref.WeakKeyDictionary()


def replica_of(engine: Engine) -> ReadReplica | None:
    return _replicas.get(engine)
