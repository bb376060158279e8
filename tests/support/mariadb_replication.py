"""A MariaDB primary and a read replica (GTID replication), started for a test (issue 18).

:func:`replicated_servers` starts both, points the replica at the primary from the
primary's current position (the servers' own setup, such as their root passwords, is not
replicated) and creates an account on the primary that replication copies to the replica,
as ``mysql.user`` is copied in production: one account, one password, both servers.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import URL

from tests.support.mariadb_server import MariaDBServer, MariaDBServerError

ACCOUNT = "calldesk_app"


@dataclass
class Replication:
    primary: MariaDBServer
    replica: MariaDBServer
    password: str

    def url(self, server: MariaDBServer, database: str) -> str:
        return URL.create(
            "mysql+pymysql",
            username=ACCOUNT,
            password=self.password,
            host=server.host,
            port=server.port,
            database=database,
            query={"charset": "utf8mb4"},
        ).render_as_string(hide_password=False)

    def create_database(self, name: str) -> str:
        """A database made on the primary (and so on the replica); the primary's URL."""
        with self.primary.connect() as conn, conn.cursor() as cur:
            cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
        self.wait_in_sync()
        return self.url(self.primary, name)

    def position(self) -> str:
        with self.primary.connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT @@gtid_binlog_pos")
            row = cur.fetchone()
            return str(row[0] if row else "")

    def wait_in_sync(self, timeout: float = 30.0) -> None:
        """Until the replica has applied everything the primary has written."""
        position = self.position()
        with self.replica.connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT MASTER_GTID_WAIT(%s, %s)", (position, timeout))
            row = cur.fetchone()
        if not row or row[0] != 0:
            raise MariaDBServerError(f"the replica did not reach {position} in {timeout} s")

    def stop_applying(self) -> None:
        """The replica keeps answering but applies nothing (its SQL thread stopped): lag."""
        with self.replica.connect() as conn, conn.cursor() as cur:
            cur.execute("STOP SLAVE SQL_THREAD")

    def start_applying(self) -> None:
        with self.replica.connect() as conn, conn.cursor() as cur:
            cur.execute("START SLAVE SQL_THREAD")


def _replicate(primary: MariaDBServer, replica: MariaDBServer) -> None:
    with primary.connect() as conn, conn.cursor() as cur:
        user = f"repl_{secrets.token_hex(3)}"
        password = secrets.token_hex(10)
        cur.execute("SET sql_log_bin = 0")
        cur.execute(f"CREATE USER '{user}'@'127.0.0.1' IDENTIFIED BY %s", (password,))
        cur.execute(f"GRANT REPLICATION SLAVE ON *.* TO '{user}'@'127.0.0.1'")
        cur.execute("SELECT @@gtid_binlog_pos")
        row = cur.fetchone()
        position = str(row[0] if row else "")
    with replica.connect() as conn, conn.cursor() as cur:
        cur.execute("SET GLOBAL gtid_slave_pos = %s", (position,))
        cur.execute(
            "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=%s, MASTER_USER=%s, "
            "MASTER_PASSWORD=%s, MASTER_USE_GTID=slave_pos",
            (primary.port, user, password),
        )
        cur.execute("START SLAVE")
    deadline = time.monotonic() + 30
    while True:
        with replica.connect() as conn, conn.cursor() as cur:
            cur.execute("SHOW SLAVE STATUS")
            status = cur.fetchone()
            names = [d[0] for d in cur.description or ()]
        state = dict(zip(names, status or (), strict=False))
        if state.get("Slave_IO_Running") == "Yes" and state.get("Slave_SQL_Running") == "Yes":
            return
        if time.monotonic() > deadline:
            raise MariaDBServerError(f"replication did not start: {state.get('Last_IO_Error')}")
        time.sleep(0.1)


@contextmanager
def replicated_servers() -> Iterator[Replication]:
    primary = MariaDBServer(extra_options=("--log-bin=primary-bin", "--server-id=1"))
    replica = MariaDBServer(extra_options=("--server-id=2",))
    primary.start()
    try:
        replica.start()
        try:
            _replicate(primary, replica)
            password = secrets.token_hex(10)
            with primary.connect() as conn, conn.cursor() as cur:
                cur.execute(f"CREATE USER '{ACCOUNT}'@'127.0.0.1' IDENTIFIED BY %s", (password,))
                cur.execute(f"GRANT ALL PRIVILEGES ON *.* TO '{ACCOUNT}'@'127.0.0.1'")
            replication = Replication(primary, replica, password)
            replication.wait_in_sync()
            yield replication
        finally:
            replica.stop()
    finally:
        primary.stop()
