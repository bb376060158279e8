"""Reads on a MariaDB read replica, writes on the primary (issue 18, scale-out), against a
real primary and replica with GTID replication that the module starts."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url

from app import clock
from app.company_settings import put_setting
from app.database import Database, make_engine, migrate
from app.journal.comments import read_comment, save_comment
from app.replica import (
    READ_REPLICA,
    ReadReplica,
    ReplicaSettingError,
    attach_configured,
    replica_url,
)
from models import Base, Call
from tests.app.callbacks.support import employee, missed
from tests.support.mariadb_replication import Replication, replicated_servers
from tests.support.ui_support import seed_small

ROOT = Path(__file__).resolve().parents[2]


def test_the_replica_setting_takes_host_and_port_and_keeps_the_primarys_account() -> None:
    primary = make_url("mysql+pymysql://calldesk:secret@db1:3306/calldesk?charset=utf8mb4")
    url = replica_url(primary, " db2:3307 ")
    assert url is not None
    assert (url.host, url.port, url.username, url.password, url.database) == (
        "db2",
        3307,
        "calldesk",
        "secret",
        "calldesk",
    )
    assert replica_url(primary, "db3").port is None  # type: ignore[union-attr]
    full = replica_url(primary, "mysql://other@db4:3310/ignored")
    assert full is not None and (full.host, full.port, full.username) == ("db4", 3310, "calldesk")
    assert replica_url(primary, "") is None
    for bad in ("db2:port", "db2:70000", ":3306"):
        with pytest.raises(ReplicaSettingError, match="not a host:port address"):
            replica_url(primary, bad)
    with pytest.raises(ReplicaSettingError, match="MySQL or MariaDB"):
        replica_url(make_url("sqlite:///x.db"), "db2:3306")


def test_the_schema_stays_galera_safe() -> None:
    """Galera replicates only tables with a primary key, and has no table locks or GET_LOCK
    across nodes: every table has one, and no code relies on either."""
    for table in Base.metadata.sorted_tables:
        assert table.primary_key.columns, f"{table.name} has no primary key"
    for folder in ("app", "ui", "softphone", "models"):
        for path in (ROOT / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8").upper()
            for construct in ("GET_LOCK(", "LOCK TABLES", "LOCK TABLE "):
                assert construct not in source, f"{path}: {construct}"


@pytest.fixture(scope="module")
def replication() -> Iterator[Replication]:
    with replicated_servers() as pair:
        yield pair


@pytest.fixture
def desk(replication: Replication) -> Iterator[tuple[Database, ReadReplica]]:
    """A workstation's database: the primary, with the replica attached for reads."""
    name = f"replica_{secrets.token_hex(4)}"
    url = replication.create_database(name)
    setup = make_engine(url)
    migrate(setup)
    seed_small(setup, calls=120, clients=20)
    setup.dispose()
    replication.wait_in_sync()
    db = Database(make_engine(url, interactive=True))
    reads = ReadReplica(
        db.engine, make_engine(replication.url(replication.replica, name), interactive=True)
    )
    db.attach_replica(reads)
    try:
        yield db, reads
    finally:
        replication.start_applying()
        db.dispose()


def _calls(db: Database) -> int:
    with db.reader.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Call)) or 0)


def test_reads_go_to_the_replica(
    replication: Replication, desk: tuple[Database, ReadReplica]
) -> None:
    db, reads = desk
    before = _calls(db)
    assert reads.reads_on_replica == 1
    replication.stop_applying()
    other_desk = Database(make_engine(str(db.engine.url.render_as_string(hide_password=False))))
    try:
        with other_desk.transaction() as s:  # a colleague's call: not our write
            missed(s, "+79995554433", clock.now() - timedelta(minutes=1))
    finally:
        other_desk.dispose()
    assert _calls(db) == before  # the replica has not applied it yet: we read there
    replication.start_applying()
    replication.wait_in_sync()
    assert _calls(db) == before + 1
    assert reads.reads_on_primary == 0


def test_the_users_own_write_is_read_back_even_from_a_lagging_replica(
    replication: Replication, desk: tuple[Database, ReadReplica]
) -> None:
    db, reads = desk
    with db.engine.connect() as conn:
        call_id = int(conn.scalar(select(func.min(Call.id))) or 0)
        version = read_comment(conn, call_id).version
    with db.transaction() as s:
        who = employee(s, "replica-op", "Сидорова", "777")
    replication.wait_in_sync()
    replication.stop_applying()
    db.write(lambda s: save_comment(s, call_id, "Перезвонить в 15:00", version, who))
    with db.reader.connect() as conn:
        assert read_comment(conn, call_id).text == "Перезвонить в 15:00"
    assert reads.reads_on_primary == 1  # the replica is behind our write: the primary answered
    replication.start_applying()
    with db.reader.connect() as conn:  # caught up (waited for): the replica answers again
        assert read_comment(conn, call_id).text == "Перезвонить в 15:00"
    assert (reads.reads_on_replica, reads.reads_on_primary) == (1, 1)


def test_a_replica_that_is_down_leaves_every_read_to_the_primary(
    replication: Replication, desk: tuple[Database, ReadReplica]
) -> None:
    db, reads = desk
    expected = _calls(db)
    replication.replica.halt()
    try:
        assert _calls(db) == expected
        assert _calls(db) == expected  # marked down: not even tried again for a while
        assert reads.reads_on_primary == 2
    finally:
        replication.replica.resume()


def test_the_company_setting_attaches_the_replica(
    replication: Replication, desk: tuple[Database, ReadReplica]
) -> None:
    db, _reads = desk
    fresh = Database(make_engine(db.engine.url))
    try:
        assert attach_configured(fresh) is None  # no setting: the primary reads
        with fresh.transaction() as s:
            put_setting(s, READ_REPLICA, f"127.0.0.1:{replication.replica.port}")
        attached = attach_configured(fresh)
        assert attached is not None and fresh.replica is attached
        assert attached.replica.url.port == replication.replica.port
        with fresh.reader.connect() as conn:
            assert conn.scalar(text("SELECT @@server_id")) == 2  # the replica's
    finally:
        fresh.dispose()


def test_the_tables_are_the_same_on_both(
    replication: Replication, desk: tuple[Database, ReadReplica]
) -> None:
    db, reads = desk
    assert set(inspect(db.engine).get_table_names()) == set(
        inspect(reads.replica).get_table_names()
    )


def test_the_journal_and_the_directory_read_on_the_replica(
    qtbot: object, desk: tuple[Database, ReadReplica]
) -> None:
    from pytestqt.qtbot import QtBot

    from app.workplace import Workplace
    from models import Role
    from tests.support.ui_support import user_with_role
    from ui.application import configure_settings
    from ui.clients.form import ClientsForm
    from ui.journal.form import JournalForm

    assert isinstance(qtbot, QtBot)
    db, reads = desk
    configure_settings()
    workplace = Workplace(db, user_with_role(db, Role.SUPERVISOR))
    journal = JournalForm(workplace, poll_ms=60_000)
    clients = ClientsForm(workplace)
    for form in (journal, clients):
        qtbot.addWidget(form)
        form.show()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0, timeout=15_000)
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0, timeout=15_000)
    assert reads.reads_on_replica >= 2 and reads.reads_on_primary == 0
    journal.close()
    clients.close()
