"""A shared database with least privileges and TLS, on real MariaDB servers: the accounts
``calldesk grants`` prints can do CallDesk's work and nothing else, and a server that
requires TLS is reached with ``?ssl_ca=`` and refused, with a clear word, without it or with
a certificate of another authority."""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.callbacks import read_worklist, take
from app.database import (
    Database,
    DatabaseProblem,
    SchemaState,
    check_schema,
    connect_check,
    describe_problem,
    make_engine,
    migrate,
)
from app.grants import Account, GrantsError, grant_statements
from tests.app.callbacks.support import at, missed, staff
from tests.support.mariadb_server import MariaDBServer
from ui.main import main

pytestmark = pytest.mark.mariadb


def _run_as_root(engine: Engine, statements: list[str]) -> None:
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def test_the_workstation_account_does_calldesk_work_and_nothing_else(mariadb_url: str) -> None:
    root = make_engine(mariadb_url)
    migrate(root)
    url = make_url(mariadb_url)
    user, password = f"ws_{secrets.token_hex(4)}", secrets.token_hex(8)
    _run_as_root(
        root, grant_statements(url.database or "", Account(user, "127.0.0.1"), password=password)
    )
    workstation = make_engine(url.set(username=user, password=password))
    try:
        assert check_schema(workstation).state is SchemaState.CURRENT
        db = Database(workstation)
        ivanova, _petrov = staff(db)  # inserts as the workstation
        with db.transaction() as s:
            missed(s, "+79161110001", at("10:00"))
        db.write(lambda s: take(s, "+79161110001", ivanova, at("10:05"), minutes=15))
        with db.transaction() as s:
            (item,) = read_worklist(s, at("10:06")).items
        assert item.claimed_at(at("10:06")) is not None
        for forbidden in ("CREATE TABLE intruder (id INT)", "SELECT COUNT(*) FROM mysql.user"):
            with pytest.raises(DBAPIError) as refused, workstation.begin() as conn:
                conn.execute(text(forbidden))
            assert getattr(refused.value.orig, "args", ())[:1] == (1142,)  # command denied
    finally:
        workstation.dispose()
        _run_as_root(root, [f"DROP USER '{user}'@'127.0.0.1'"])
        root.dispose()


def test_grants_refuse_names_that_do_not_belong_in_sql(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(GrantsError):
        grant_statements("calldesk", Account("x'; DROP DATABASE calldesk; --"))
    with pytest.raises(GrantsError):
        grant_statements("calldesk`", Account("calldesk"))
    assert main(["grants", "--db", "mysql+pymysql://bad;user@db/calldesk"]) == 2
    assert "bad;user is not a user name" in capsys.readouterr().err
    assert main(["grants", "--db", "mysql+pymysql://ops@db/cd", "--require-tls"]) == 0
    printed = capsys.readouterr().out
    assert "GRANT SELECT, INSERT, UPDATE, DELETE ON `cd`.* TO 'ops'@'%';" in printed
    assert "REQUIRE SSL" in printed


# -- TLS --------------------------------------------------------------------------------------


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _authority(
    folder: Path, name: str
) -> tuple[Path, x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)  # valid for decades: no date bomb
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365 * 40))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = _write(folder / f"{name}.pem", cert.public_bytes(serialization.Encoding.PEM))
    return path, cert, key


@pytest.fixture(scope="module")
def tls_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[MariaDBServer, Path, Path]]:
    """A MariaDB that requires TLS, its CA file, and the CA file of another authority."""
    folder = tmp_path_factory.mktemp("tls")
    ca_path, ca_cert, ca_key = _authority(folder, "calldesk-test-ca")
    other_ca, _c, _k = _authority(folder, "someone-else")
    key = _key()
    now = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365 * 40))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_path = _write(folder / "server.pem", cert.public_bytes(serialization.Encoding.PEM))
    key_path = _write(
        folder / "server-key.pem",
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ),
    )
    server = MariaDBServer(
        extra_options=[
            f"--ssl-ca={ca_path}",
            f"--ssl-cert={cert_path}",
            f"--ssl-key={key_path}",
            "--require-secure-transport=ON",
        ]
    )
    server.start()
    try:
        yield server, ca_path, other_ca
    finally:
        server.stop()


def test_tls_is_used_with_the_ca_and_refused_clearly_without_it(
    tls_server: tuple[MariaDBServer, Path, Path],
) -> None:
    server, ca, other_ca = tls_server
    url = server.create_database("calldesk_tls")
    secured = make_engine(make_url(url).update_query_dict({"ssl_ca": str(ca)}))
    try:
        migrate(secured)
        with secured.connect() as conn:
            version = conn.execute(text("SHOW SESSION STATUS LIKE 'Ssl_version'")).one()[1]
        assert version.startswith("TLSv1.")
    finally:
        secured.dispose()

    # PyMySQL encrypts on its own when the server offers TLS, but checks nobody's certificate:
    # only ?ssl_ca= makes sure it is our server (certificate and address). Without TLS at all
    # the server refuses.
    plain = make_engine(url, connect_args={"connect_timeout": 5, "ssl_disabled": True})
    with pytest.raises(DBAPIError) as refused, plain.connect():
        pass
    plain.dispose()
    assert getattr(refused.value.orig, "args", ())[:1] == (1045,)  # "access denied", no more

    impostor = make_engine(make_url(url).update_query_dict({"ssl_ca": str(other_ca)}))
    with pytest.raises(DBAPIError) as untrusted, impostor.connect():
        pass
    impostor.dispose()
    said = str(describe_problem(untrusted.value, make_url(url)))
    assert "certificate" in said and "cannot be verified" in said


def test_the_connection_dialog_keeps_the_ca_file_and_connects_with_tls(
    qtbot: QtBot, tls_server: tuple[MariaDBServer, Path, Path], tmp_path: Path
) -> None:
    from ui.connection_dialog import KIND_MYSQL, ConnectionDialog

    server, ca, _other = tls_server
    server.create_database("calldesk_dialog")
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(KIND_MYSQL))
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port)
    dialog.database.setText("calldesk_dialog")
    dialog.user.setText(server.user)
    dialog.password.setText(server.password)
    dialog.tls_ca.setText(str(tmp_path / "missing.pem"))
    assert not dialog.test_connection()
    assert dialog.status.text() == f"There is no CA file {tmp_path / 'missing.pem'}."
    dialog.tls_ca.setText(str(ca))
    assert dialog.test_connection(), dialog.status.text()
    stored = dialog.url().render_as_string(hide_password=False)
    assert make_url(stored).query["ssl_ca"] == str(ca) and server.password not in stored
    again = ConnectionDialog(url=stored)
    qtbot.addWidget(again)
    assert again.tls_ca.text() == str(ca)


def _bad_ca_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """A CA setting that points at no certificate, and what the user is told about it."""
    folder.mkdir(exist_ok=True)
    key = _write(
        folder / "key-not-ca.pem",
        _key().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
    (folder / "a-folder.pem").mkdir(exist_ok=True)
    return {
        "missing": (folder / "missing.pem", "does not exist"),
        "folder": (folder / "a-folder.pem", "is a folder, not a file"),
        "empty": (_write(folder / "empty.pem", b""), "is not a certificate"),
        "text": (_write(folder / "notes.pem", b"not a certificate\n"), "is not a"),
        "key": (key, "is not a certificate"),
    }


def _with_ca(url: str, ca: Path) -> str:
    return make_url(url).update_query_dict({"ssl_ca": str(ca)}).render_as_string(False)


@pytest.mark.parametrize("case", ["missing", "folder", "empty", "text", "key"])
def test_a_ca_file_that_is_no_certificate_is_named_with_its_setting(
    tls_server: tuple[MariaDBServer, Path, Path],
    tmp_path: Path,
    case: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not a bare FileNotFoundError / ssl.SSLError: the setting, the path, what is wrong —
    when connecting in the app and in the command line."""
    server, _ca, _other = tls_server
    url = server.create_database(f"calldesk_bad_ca_{case}")
    path, said = _bad_ca_files(tmp_path / "ca")[case]
    engine = make_engine(_with_ca(url, path))
    try:
        with pytest.raises(DatabaseProblem) as refused:
            connect_check(engine)
    finally:
        engine.dispose()
    text_ = str(refused.value)
    assert str(path) in text_ and "ssl_ca" in text_ and said in text_, text_
    assert main(["migrate", "--db", _with_ca(url, path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("calldesk: ") and str(path) in err and "ssl_ca" in err and said in err
    assert "Traceback" not in err


def test_a_ca_file_removed_while_the_app_runs_is_named_at_the_next_connection(
    tls_server: tuple[MariaDBServer, Path, Path], tmp_path: Path
) -> None:
    server, ca, _other = tls_server
    url = server.create_database("calldesk_ca_gone")
    copy = _write(tmp_path / "ca.pem", ca.read_bytes())
    engine = make_engine(_with_ca(url, copy), interactive=True)
    try:
        with engine.connect() as conn:  # a pooled connection, made with the file
            assert conn.execute(text("SELECT 1")).scalar() == 1
            copy.unlink()
            with pytest.raises(DatabaseProblem, match="does not exist"), engine.connect():
                pass  # a second connection needs the file again
    finally:
        engine.dispose()


def test_the_connection_dialog_says_which_file_is_no_certificate(
    qtbot: QtBot, tls_server: tuple[MariaDBServer, Path, Path], tmp_path: Path
) -> None:
    from ui.connection_dialog import KIND_MYSQL, ConnectionDialog

    server, _ca, _other = tls_server
    server.create_database("calldesk_dialog_bad_ca")
    path, _said = _bad_ca_files(tmp_path / "ca")["key"]
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(KIND_MYSQL))
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port)
    dialog.database.setText("calldesk_dialog_bad_ca")
    dialog.user.setText(server.user)
    dialog.password.setText(server.password)
    dialog.tls_ca.setText(str(path))
    assert not dialog.test_connection()
    assert dialog.status.text().startswith(f"The file {path} given as ssl_ca")
