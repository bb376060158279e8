"""Shared fixtures: real databases (SQLite file and a MariaDB the suite starts), isolated
config/data dirs and an in-memory keyring for every test."""

from __future__ import annotations

import os

# Before any Qt import: without a display Qt aborts the whole run instead of failing a test.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app import clock
from app.database import Database, make_engine, migrate
from tests.support.clock_support import NOW
from tests.support.mariadb_server import MariaDBServer


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The OS keyring stand-in: secrets live in a dict for one test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(f"No secret {username!r}.") from None


# Never let keyring probe the real OS backends (D-Bus etc.), not even at collection time.
keyring.set_keyring(MemoryKeyring())

# A wait for a condition returns as soon as it holds; its timeout only says when to give
# up. pytest-qt's default (5 s) gave up once on a loaded 2-core machine running both
# passes of the suite side by side: a wait without its own timeout gets 20 s.
PATIENT_WAIT_MS = 20_000
_wait_until = QtBot.waitUntil


def _patient_wait_until(
    self: QtBot, callback: Callable[[], bool | None], *, timeout: int = PATIENT_WAIT_MS
) -> None:
    _wait_until(self, callback, timeout=timeout)


QtBot.waitUntil = _patient_wait_until  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def isolated_workstation(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """Own config and data dirs and an empty in-memory keyring for every test."""
    base = tmp_path_factory.mktemp("workstation")
    monkeypatch.setenv("CALLDESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("CALLDESK_DATA_DIR", str(base / "data"))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def test_clock() -> Iterator[clock.ShiftedClock]:
    """The app clock of every test starts at the suite's fixed date and runs with real time,
    so no test depends on the machine's date while durations measured by the code stay real.
    A test that needs time to stand still uses ``clock.using(clock.FixedClock(...))``."""
    with clock.using(clock.ShiftedClock(NOW)) as shifted:
        yield shifted


@pytest.fixture
def memory_keyring(isolated_workstation: MemoryKeyring) -> MemoryKeyring:
    return isolated_workstation


@pytest.fixture(scope="session")
def mariadb_server() -> Iterator[MariaDBServer]:
    """One MariaDB for the session (or the server named by CALLDESK_TEST_MARIADB_URL)."""
    server = MariaDBServer.from_environment()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _fault_mariadb() -> Iterator[MariaDBServer]:
    own = MariaDBServer()
    own.start()
    try:
        yield own
    finally:
        own.stop()


@pytest.fixture
def fault_server(request: pytest.FixtureRequest) -> Iterator[MariaDBServer]:
    """A MariaDB this suite started for the fault tests alone (never the shared one, never
    an external one): a test may halt, freeze and resume it; after each test it runs and
    answers again, whatever the test left."""
    if "CALLDESK_TEST_MARIADB_URL" in os.environ:
        pytest.skip("stops its own server; the suite was given an external one")
    server: MariaDBServer = request.getfixturevalue("_fault_mariadb")
    try:
        yield server
    finally:
        server.recover()


def _database_name() -> str:
    return f"calldesk_test_{secrets.token_hex(5)}"


@pytest.fixture
def mariadb_url(mariadb_server: MariaDBServer) -> Iterator[str]:
    """URL of a fresh empty MariaDB database, dropped after the test."""
    name = _database_name()
    url = mariadb_server.create_database(name)
    try:
        yield url
    finally:
        mariadb_server.drop_database(name)


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("mariadb", id="mariadb", marks=pytest.mark.mariadb),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'calldesk.db'}"
        return
    server: MariaDBServer = request.getfixturevalue("mariadb_server")
    name = _database_name()
    url = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("mariadb", id="mariadb", marks=pytest.mark.mariadb),
]


@contextmanager
def migrated_database(request: pytest.FixtureRequest, backend: str) -> Iterator[Engine]:
    """A migrated engine on a fresh database of ``backend``, for module-scoped fixtures
    (parametrize them with ``BACKENDS``) that share one database between tests."""
    server: MariaDBServer | None = None
    name = _database_name()
    if backend == "sqlite":
        factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
        url = f"sqlite:///{factory.mktemp('db') / 'calldesk.db'}"
    else:
        server = request.getfixturevalue("mariadb_server")
        url = server.create_database(name)
    eng = make_engine(url)
    try:
        migrate(eng)
        yield eng
    finally:
        eng.dispose()
        if server is not None:
            server.drop_database(name)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated engine on a fresh database, disposed after the test."""
    eng = make_engine(db_url)
    try:
        migrate(eng)
        yield eng
    finally:
        eng.dispose()


# -- seeded databases ------------------------------------------------------------------------
#
# A module (or test) says what it needs with ``pytestmark = pytest.mark.seed(calls=..., ...)``:
# the keywords are app.demo.seed.SeedPlan's (``now`` is the suite's NOW), plus
# ``recordings=True`` (recordings written under the module's ``recordings`` fixture) and
# ``qt_settings=True`` (the GUI's QSettings names configured, for forms). Without the marker:
# 3,000 calls and 200 clients over 30 days, seed 7.


def _seed_database(request: pytest.FixtureRequest, engine: Engine) -> Database:
    from app.demo.seed import SeedPlan, seed

    marker = request.node.get_closest_marker("seed")
    options = dict(marker.kwargs) if marker else {}
    if options.pop("recordings", False):
        options["recordings_dir"] = request.getfixturevalue("recordings")
    qt_settings = options.pop("qt_settings", False)
    plan = {"calls": 3000, "clients": 200, "days": 30, "seed": 7, "now": NOW, **options}
    seed(engine, SeedPlan(**plan))
    if qt_settings:
        from ui.application import configure_settings

        configure_settings()
    return Database(engine)


@pytest.fixture
def db(request: pytest.FixtureRequest, engine: Engine) -> Database:
    """A seeded database on each backend (see the ``seed`` marker above)."""
    return _seed_database(request, engine)


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A seeded SQLite file only, for slow GUI modules that need no second backend."""
    engine = make_engine(f"sqlite:///{tmp_path / 'seeded.db'}")
    migrate(engine)
    database = _seed_database(request, engine)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def empty_engine(db_url: str) -> Iterator[Engine]:
    """An engine on a fresh database with no schema at all (for migration tests)."""
    eng = make_engine(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture(autouse=True)
def forget_lost_connections() -> Iterator[None]:
    """The GUI's connection monitor is one object for the application: a test that lost a
    connection (on purpose or in passing) must not leave the next one "retrying"."""
    yield
    import sys

    runner = sys.modules.get("ui.database_runner")
    monitor = getattr(runner, "_monitor", None)  # made on first use only
    if monitor is not None:
        monitor.shutdown()
