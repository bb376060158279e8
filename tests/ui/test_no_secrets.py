"""No secret in any file, log or message: the database password, the SIP password and a
user's password go through the real login and connection paths (the keyring as the suite
configures it, a MariaDB account with a password, wrong passwords, a mistyped address, a
lost connection) and then every file of the workstation's config and data folders, every log
record down to DEBUG (SQLAlchemy's statements included) and every message the user is shown
are searched for them. CallDesk writes no crash reports of its own: an uncaught error goes
to the log, searched here too."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from app.config import (
    config_dir,
    data_dir,
    load_settings,
    save_settings,
    set_secret,
    store_database_connection,
)
from app.database import (
    Database,
    DatabaseProblem,
    connect_check,
    make_engine,
    migrate,
    parse_url,
)
from app.softphone_settings import (
    SoftphoneSettings,
    load_softphone_settings,
    sip_password,
    store_softphone_settings,
)
from app.staff.auth import LoginFailed, authenticate, hash_password
from models import Employee, Role
from tests.support.clock_support import NOW
from tests.support.mariadb_server import MariaDBServer, free_port
from ui.database_runner import connection_monitor
from ui.messages import user_text
from ui.startup import connect_configured

pytestmark = pytest.mark.mariadb


def _files(*roots: Path) -> dict[Path, bytes]:
    return {
        path: path.read_bytes()
        for root in roots
        if root.exists()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_no_password_reaches_a_file_a_log_or_a_message(
    qtbot: QtBot,
    mariadb_server: MariaDBServer,
    mariadb_url: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    db_secret = "Db-" + secrets.token_hex(8)
    sip_secret = "Sip-" + secrets.token_hex(8)
    user_secret = "User-" + secrets.token_hex(8)
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []

    # A workstation account with a password, on a migrated database with one user.
    admin = make_url(mariadb_url)
    account = "cd_" + secrets.token_hex(4)
    mariadb_server.execute(f"CREATE USER '{account}'@'%' IDENTIFIED BY '{db_secret}'")
    mariadb_server.execute(f"GRANT ALL ON `{admin.database}`.* TO '{account}'@'%'")
    setup = make_engine(admin)
    migrate(setup)
    with Database(setup).transaction() as s:
        s.add(
            Employee(
                login="ivanov",
                full_name="Иванов Иван",
                role=Role.OPERATOR.value,
                password_hash=hash_password(user_secret),
                created_at=NOW,
            )
        )
    setup.dispose()
    typed = URL.create(
        "mysql+pymysql",
        username=account,
        password=db_secret,
        host=admin.host,
        port=admin.port,
        database=admin.database,
    ).render_as_string(hide_password=False)

    # Connecting: the address with its password typed in, remembered, then used at start.
    settings = load_settings()
    store_database_connection(settings, typed, None)
    phone = SoftphoneSettings(registrar="127.0.0.1", user="301", display_name="Иванов")
    store_softphone_settings(settings, phone, sip_secret)
    save_settings(settings)
    assert sip_password(load_softphone_settings(load_settings())) == sip_secret
    db = connect_configured(None)
    assert db is not None
    shown.append(db.engine.url.render_as_string())
    shown.append(repr(db.engine))

    # Logging in: right and wrong passwords.
    with db.transaction() as s:
        assert authenticate(s, "ivanov", user_secret).login == "ivanov"
    with db.transaction() as s, pytest.raises(LoginFailed) as wrong:
        authenticate(s, "ivanov", user_secret + "x")
    shown.append(user_text(wrong.value))
    db.dispose()

    # A wrong database password from the keyring; an address mistyped with its password.
    wrong_secret = db_secret[::-1]
    settings = load_settings()
    set_secret(f"db:{account}@{admin.host}:{admin.port}/{admin.database}", wrong_secret)
    engine = make_engine(parse_url(settings.database_url), wrong_secret)
    with pytest.raises(DatabaseProblem) as refused:
        connect_check(engine)
    engine.dispose()
    shown.append(user_text(refused.value))
    logging.getLogger("calldesk.test").warning("connection refused: %s", refused.value.__cause__)
    for mistyped in (
        typed.replace(f":{admin.port}/", ":port/"),
        typed.replace("mysql+pymysql", "postgresql"),
    ):
        with pytest.raises(DatabaseProblem) as bad:
            make_engine(mistyped, db_secret)
        shown.append(user_text(bad.value))
        logging.getLogger("calldesk.test").warning("bad address: %s", bad.value)

    # The server away: the one "no connection" message of the main window.
    lost_messages: list[str] = []
    monitor = connection_monitor()
    monitor.lost.connect(lost_messages.append)
    away = make_engine(typed.replace(f":{admin.port}/", f":{free_port()}/"), db_secret)
    try:
        with pytest.raises(DBAPIError) as gone, away.connect():
            pass
        monitor.report_lost(gone.value, away)
        logging.getLogger("ui.database_runner").warning("database connection lost: %s", gone.value)
    finally:
        monitor.shutdown()
        away.dispose()
    assert lost_messages
    shown.extend(lost_messages)

    files = _files(config_dir(), data_dir(), tmp_path)
    assert files, "the settings file was written"
    for secret in (db_secret, sip_secret, user_secret, wrong_secret):
        for path, content in files.items():
            assert secret.encode() not in content, f"{secret[:4]}… in {path}"
        assert secret not in caplog.text, f"{secret[:4]}… in the log"
        for text in shown:
            assert secret not in text, f"{secret[:4]}… shown: {text}"
    assert account in "".join(shown)  # the messages do name the account, just not its password
