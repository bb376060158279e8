"""A throwaway MariaDB server for tests and benchmarks (the recipe of DESIGN.md §8).

``MariaDBServer.start()`` initialises a data directory in a temp dir, starts ``mariadbd`` on
a free port of 127.0.0.1 and sets a root password; ``create_database`` hands out URLs of
fresh databases. With ``CALLDESK_TEST_MARIADB_URL`` (an admin URL of an existing server)
that server is used instead and nothing is started.

As a script (``python -m tests.support.mariadb_server``) it prints the URLs as JSON and keeps the
server running until Ctrl+C, e.g. for benchmarks.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import pymysql
from sqlalchemy.engine import URL, make_url

ENV_URL = "CALLDESK_TEST_MARIADB_URL"

# Durability is worthless for throwaway data; speed and big imports matter.
SERVER_OPTIONS = (
    "--innodb-flush-log-at-trx-commit=2",
    "--innodb-buffer-pool-size=512M",
    "--innodb-log-file-size=256M",
    "--innodb-doublewrite=0",
    "--max-allowed-packet=64M",
    "--max-connections=500",
    "--character-set-server=utf8mb4",
    "--collation-server=utf8mb4_unicode_ci",
    "--skip-innodb-adaptive-hash-index",
)


class MariaDBServerError(RuntimeError):
    """The test server could not be set up; the message carries the server's error log."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _binary(*names: str) -> str:
    for name in names:
        found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin:/sbin")
        if found:
            return found
    raise MariaDBServerError(
        f"None of {names} is installed: apt-get install mariadb-server mariadb-client."
    )


class MariaDBServer:
    """One MariaDB server owned by this process (or an existing one named by the env)."""

    def __init__(self, existing_url: str | None = None, extra_options: Sequence[str] = ()) -> None:
        self._existing = make_url(existing_url) if existing_url else None
        self._extra_options = tuple(extra_options)  # e.g. TLS: --ssl-ca=... (a test's own server)
        self._process: subprocess.Popen[bytes] | None = None
        self._base_dir: Path | None = None
        self.host = "127.0.0.1"
        self.port = 0
        self.user = "root"
        self.password = ""
        if self._existing is not None:
            self.host = self._existing.host or "127.0.0.1"
            self.port = self._existing.port or 3306
            self.user = self._existing.username or "root"
            self.password = self._existing.password or ""

    # -- lifecycle ----------------------------------------------------------------------

    @classmethod
    def from_environment(cls) -> MariaDBServer:
        """The server named by CALLDESK_TEST_MARIADB_URL, or a newly started one."""
        existing = os.environ.get(ENV_URL)
        server = cls(existing_url=existing)
        if existing is None:
            server.start()
        return server

    @property
    def owned(self) -> bool:
        return self._existing is None

    @property
    def error_log(self) -> Path | None:
        return self._base_dir / "error.log" if self._base_dir else None

    def start(self, timeout: float = 60.0) -> None:
        if not self.owned:
            return
        if self._process is not None:
            raise MariaDBServerError("The server is already running.")
        self._base_dir = Path(tempfile.mkdtemp(prefix="calldesk-mariadb-"))
        datadir = self._base_dir / "data"
        datadir.mkdir()
        # Its own tmpdir: servers started side by side must not share temp files in /tmp.
        tmpdir = self._base_dir / "tmp"
        tmpdir.mkdir()
        install = subprocess.run(
            [
                _binary("mariadb-install-db", "mysql_install_db"),
                "--no-defaults",
                f"--datadir={datadir}",
                f"--tmpdir={tmpdir}",
                "--user=root",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve",
                "--force",
            ],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        if install.returncode != 0:
            output = (install.stdout + install.stderr).decode(errors="replace")
            self._remove_dir()
            raise MariaDBServerError(f"mariadb-install-db failed:\n{output[-4000:]}")
        # Another process may grab the free port between choosing and binding: retry.
        last_error: MariaDBServerError | None = None
        for _attempt in range(5):
            try:
                self._launch(datadir, timeout)
            except MariaDBServerError as e:
                last_error = e
                if "already in use" not in str(e):
                    break
                continue
            try:
                self._set_root_password()
            except BaseException:
                self.stop()
                raise
            return
        self._remove_dir()
        assert last_error is not None
        raise last_error

    def _launch(self, datadir: Path, timeout: float, port: int | None = None) -> None:
        assert self._base_dir is not None and self.error_log is not None
        self.port = port or free_port()
        if port is None:
            self.error_log.write_bytes(b"")
        self._process = subprocess.Popen(
            [
                _binary("mariadbd", "mysqld"),
                "--no-defaults",
                "--user=root",
                f"--datadir={datadir}",
                f"--tmpdir={self._base_dir / 'tmp'}",
                f"--socket={self.socket_path}",
                f"--port={self.port}",
                "--bind-address=127.0.0.1",
                f"--pid-file={self._base_dir / 'mariadbd.pid'}",
                f"--log-error={self.error_log}",
                "--skip-log-bin",
                "--skip-name-resolve",
                *SERVER_OPTIONS,
                *self._extra_options,
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self._process.poll() is not None:
                code = self._process.returncode
                self._process = None
                raise MariaDBServerError(
                    f"mariadbd exited with code {code} on port {self.port}:\n{self._log_tail()}"
                )
            try:
                # A plain probe first: pymysql leaks its socket when the connect itself fails.
                with socket.create_connection((self.host, self.port), timeout=1):
                    pass
                conn = pymysql.connect(
                    unix_socket=str(self.socket_path), user="root", password=self.password
                )
            except (OSError, pymysql.err.OperationalError):
                if time.monotonic() > deadline:
                    self._terminate()
                    raise MariaDBServerError(
                        f"mariadbd did not accept connections within {timeout:.0f} s:\n"
                        f"{self._log_tail()}"
                    ) from None
                time.sleep(0.05)
                continue
            conn.close()
            return

    def _set_root_password(self) -> None:
        self.password = secrets.token_hex(12)
        conn = pymysql.connect(unix_socket=str(self.socket_path), user="root", password="")
        try:
            with conn.cursor() as cur:
                # TCP connections from 127.0.0.1 need their own account with skip-name-resolve.
                cur.execute(
                    "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY %s",
                    (self.password,),
                )
                cur.execute("ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY %s", (self.password,))
                cur.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION")
                cur.execute("ALTER USER 'root'@'localhost' IDENTIFIED BY %s", (self.password,))
                cur.execute("FLUSH PRIVILEGES")
        finally:
            conn.close()

    @property
    def socket_path(self) -> Path:
        assert self._base_dir is not None
        return self._base_dir / "mariadbd.sock"

    def _log_tail(self, limit: int = 4000) -> str:
        log = self.error_log
        if log is None or not log.exists():
            return "(no error log)"
        return log.read_text(errors="replace")[-limit:]

    def _terminate(self, timeout: float = 30.0) -> None:
        process = self._process
        if process is None:
            return
        self._process = None
        if process.poll() is None:
            os.kill(process.pid, signal.SIGCONT)  # a frozen server (freeze()) cannot stop
            os.kill(process.pid, signal.SIGTERM)  # our own child, by its pid
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait(timeout=timeout)

    def _remove_dir(self) -> None:
        if self._base_dir is not None:
            shutil.rmtree(self._base_dir, ignore_errors=True)
            self._base_dir = None

    # -- faults (a test's own server) -----------------------------------------------------

    def halt(self) -> None:
        """Stop the server as an update or a crash would, keeping its data: :meth:`resume`
        starts it again on the same port."""
        self._require_owned_running()
        self._terminate()

    def resume(self, timeout: float = 60.0) -> None:
        """Start a halted server again: same data, same port, same password."""
        if not self.owned or self._base_dir is None:
            raise MariaDBServerError("Only a halted server this process started can resume.")
        if self._process is not None:
            raise MariaDBServerError("The server is already running.")
        self._launch(self._base_dir / "data", timeout, port=self.port)

    def freeze(self) -> None:
        """The server stops answering but its sockets stay open, as behind a firewall that
        drops packets: reads wait until the client's own timeouts end them (SIGSTOP)."""
        self._require_owned_running()
        assert self._process is not None
        os.kill(self._process.pid, signal.SIGSTOP)  # our own child, by its pid

    def thaw(self) -> None:
        """The frozen server answers again (SIGCONT)."""
        self._require_owned_running()
        assert self._process is not None
        os.kill(self._process.pid, signal.SIGCONT)

    def recover(self) -> None:
        """Running and answering again, whatever a fault test left: resumed if halted,
        thawed if frozen."""
        if not self.owned or self._base_dir is None:
            return
        if self._process is None or self._process.poll() is not None:
            self._process = None
            self.resume()
        else:
            os.kill(self._process.pid, signal.SIGCONT)  # our own child, by its pid

    def _require_owned_running(self) -> None:
        if not self.owned or self._process is None or self._process.poll() is not None:
            raise MariaDBServerError("Faults are only for a running server this process started.")

    def stop(self) -> None:
        """Stop the server this object started (kill -TERM of its pid) and delete its files."""
        if not self.owned:
            return
        self._terminate()
        self._remove_dir()

    def __enter__(self) -> MariaDBServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- databases ----------------------------------------------------------------------

    def url(self, database: str | None = None, *, password: bool = True) -> str:
        """A ``mysql+pymysql`` URL (utf8mb4) of this server, optionally of one database."""
        url = URL.create(
            "mysql+pymysql",
            username=self.user,
            password=self.password if password else None,
            host=self.host,
            port=self.port,
            database=database,
            query={"charset": "utf8mb4"},
        )
        return url.render_as_string(hide_password=False)

    @property
    def admin_url(self) -> str:
        return self.url()

    def connect(self, **kwargs: Any) -> pymysql.connections.Connection[Any]:
        return pymysql.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            charset="utf8mb4",
            autocommit=True,
            **kwargs,
        )

    def execute(self, sql: str, *args: Any) -> None:
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                cur.execute(sql, args if args else None)
        finally:
            conn.close()

    def create_database(self, name: str | None = None) -> str:
        """Create an empty utf8mb4 database and return its URL."""
        name = name or f"calldesk_{secrets.token_hex(6)}"
        _check_name(name)
        self.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        _check_name(name)
        self.execute(f"DROP DATABASE IF EXISTS `{name}`")


def _check_name(name: str) -> None:
    if not name or not all(c.isalnum() or c == "_" for c in name) or len(name) > 64:
        raise ValueError(f"{name!r} is not a safe database name.")


def main() -> int:
    server = MariaDBServer.from_environment()
    try:
        database = sys.argv[1] if len(sys.argv) > 1 else "calldesk"
        print(
            json.dumps(
                {
                    "url": server.create_database(database),
                    "admin_url": server.admin_url,
                    "port": server.port,
                    "pid": server._process.pid if server._process else None,
                    "error_log": str(server.error_log) if server.error_log else None,
                }
            ),
            flush=True,
        )
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        # Also when started in the background, where a shell ignores SIGINT.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
