"""Reads from a MariaDB read replica, writes to the primary (issue 18, scale-out).

A large call center outgrows one server by the standard means: GTID replication to one or
more replicas. The company setting :data:`READ_REPLICA` names a replica (``host:port``, or a
URL without credentials); every workstation then reads the journal, the reports and the
client directory there, with the primary's account (``mysql.user`` is replicated), and
writes everything to the primary.

Read-your-writes: after the user's own write (:meth:`ReadReplica.note_write`, called by
``Database.write``) the next read on the replica first waits, briefly, until the replica has
applied the primary's position as of that write (``MASTER_GTID_WAIT``); a replica that is
behind longer than :data:`CATCH_UP_S`, stopped or unreachable is skipped for the primary, so
an operator always sees the comment they just saved. A replica that does not answer is left
alone for :data:`RETRY_AFTER_S`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, exc, text
from sqlalchemy.engine import URL

from app.messages import QT_TRANSLATE_NOOP, UserFacingError

if TYPE_CHECKING:
    from app.database import Database

log = logging.getLogger(__name__)

READ_REPLICA = "read_replica"  # company setting: "" (none), "host:port" or a URL
CATCH_UP_S = 1.0
RETRY_AFTER_S = 30.0


class ReplicaSettingError(UserFacingError, ValueError):
    """The read replica's address cannot be used; the message says why."""


def replica_url(primary: URL, setting: str) -> URL | None:
    """The replica's URL from the setting: the primary's driver, account, database and
    options with the setting's host and port (a full URL's own parts win). None: no replica."""
    value = setting.strip()
    if not value:
        return None
    if primary.get_backend_name() not in {"mysql", "mariadb"}:
        raise ReplicaSettingError(
            QT_TRANSLATE_NOOP("app", "A read replica needs a MySQL or MariaDB database.")
        )
    if "://" in value:
        from sqlalchemy import make_url

        given = make_url(value)
        host, port = given.host, given.port
    else:
        host, _, port_text = value.rpartition(":") if ":" in value else (value, "", "")
        if not port_text:
            host, port = value, None
        elif port_text.isdigit() and 0 < int(port_text) < 65536:
            port = int(port_text)
        else:
            raise ReplicaSettingError(
                QT_TRANSLATE_NOOP("app", "{value} is not a host:port address of a read replica."),
                value=repr(value),
            )
    if not host:
        raise ReplicaSettingError(
            QT_TRANSLATE_NOOP("app", "{value} is not a host:port address of a read replica."),
            value=repr(value),
        )
    return URL.create(
        primary.drivername,
        username=primary.username,
        password=primary.password,
        host=host,
        port=port,
        database=primary.database,
        query=primary.query,
    )


class ReadReplica:
    """Where this workstation reads: the replica when it has our writes, else the primary."""

    def __init__(
        self,
        primary: Engine,
        replica: Engine,
        catch_up_s: float = CATCH_UP_S,
        retry_after_s: float = RETRY_AFTER_S,
    ) -> None:
        self.primary = primary
        self.replica = replica
        self.catch_up_s = catch_up_s
        self.retry_after_s = retry_after_s
        self._lock = threading.Lock()
        self._position = ""  # the primary's GTID position after our last write
        self._down_until = 0.0
        self.reads_on_replica = 0
        self.reads_on_primary = 0

    def note_write(self) -> None:
        """After one of our writes committed on the primary: remember its position."""
        try:
            with self.primary.connect() as conn:
                position = str(conn.scalar(text("SELECT @@gtid_binlog_pos")) or "")
        except exc.DBAPIError as e:
            log.info("the primary's position after a write is unknown: %s", e)
            return
        with self._lock:
            self._position = position

    def usable(self, conn: Connection) -> bool:
        """Whether ``conn`` (on the replica) may serve a read now: it has applied our last
        write's position (waiting up to ``catch_up_s``) and the replica is not marked down."""
        with self._lock:
            position, down_until = self._position, self._down_until
        if time.monotonic() < down_until:
            return False
        try:
            if position:
                waited = conn.scalar(
                    text("SELECT MASTER_GTID_WAIT(:pos, :timeout)"),
                    {"pos": position, "timeout": self.catch_up_s},
                )
                conn.rollback()
                if waited != 0:  # -1: not there in time (stopped, lagging)
                    log.info("the read replica is behind our last write: reading the primary")
                    return False
                with self._lock:
                    if self._position == position:
                        self._position = ""  # applied: no need to wait for it again
        except exc.DBAPIError as e:
            self.mark_down(e)
            return False
        return True

    def mark_down(self, error: BaseException) -> None:
        log.warning("the read replica does not answer, reading the primary: %s", error)
        with self._lock:
            self._down_until = time.monotonic() + self.retry_after_s

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for one read: the replica's when usable, else the primary's."""
        conn: Connection | None = None
        try:
            if time.monotonic() >= self._down_until:
                conn = self.replica.connect()
        except exc.DBAPIError as e:
            self.mark_down(e)
            conn = None
        if conn is not None and not self.usable(conn):
            conn.close()
            conn = None
        if conn is None:
            self.reads_on_primary += 1
            with self.primary.connect() as primary_conn:
                yield primary_conn
            return
        self.reads_on_replica += 1
        try:
            yield conn
        finally:
            conn.close()

    def dispose(self) -> None:
        self.replica.dispose()


def attach_configured(db: Database, password: str | None = None) -> ReadReplica | None:
    """Read the company's replica setting and attach it to ``db`` (on the primary's account).
    A setting that cannot be used is logged and ignored: the primary serves every read."""
    from app.company_settings import get_setting
    from app.database import make_engine

    if db.dialect == "sqlite":
        return None
    with db.engine.connect() as conn:
        setting = str(get_setting(conn, READ_REPLICA) or "")
    try:
        url = replica_url(db.engine.url, setting)
    except ReplicaSettingError as e:
        log.warning("the read replica setting is not used: %s", e)
        return None
    if url is None:
        return None
    replica = ReadReplica(db.engine, make_engine(url, password, interactive=True))
    db.attach_replica(replica)
    return replica
