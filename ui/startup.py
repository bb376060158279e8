"""From start to the main window: database, schema check, login."""

from __future__ import annotations

import logging
import shutil

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from app.cli import DemoPaths, demo_paths, prepare_demo
from app.config import (
    SecretsUnavailable,
    database_password,
    load_settings,
    store_database_connection,
)
from app.database import (
    Database,
    DatabaseProblem,
    SchemaState,
    check_schema,
    connect_check,
    make_engine,
    migrate,
    parse_url,
)
from app.demo.seed import DEMO_LOGINS, DEMO_PASSWORD
from app.messages import UserFacingError
from app.staff.auth import CurrentUser
from ui.application import create_application
from ui.background import wait_for
from ui.connection_dialog import ConnectionDialog
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.messages import user_text
from ui.softphone.demo_line import DemoLine

log = logging.getLogger(__name__)


def demo_hint() -> str:
    logins = ", ".join(DEMO_LOGINS)
    return QApplication.translate(
        "startup", "Demo database. Logins: {logins}; password for all: {password}"
    ).format(logins=logins, password=DEMO_PASSWORD)


def open_demo(reset: bool) -> Database:
    paths: DemoPaths = demo_paths()
    if reset and paths.directory.exists():
        shutil.rmtree(paths.directory)
    if not paths.database.exists():
        wait_for(
            None,
            QApplication.translate("startup", "Creating the demo database with 30,000 calls…"),
            prepare_demo,
            paths,
            with_progress=True,
            delay_ms=0,
        )
    engine = make_engine(paths.url)
    # The demo database is this user's own: upgrade it without asking.
    if check_schema(engine).state is SchemaState.BEHIND:
        wait_for(None, QApplication.translate("startup", "Upgrading…"), migrate, engine)
    return Database(engine)


def start_demo_line(window: MainWindow) -> DemoLine:
    """The demo's own SIP line (issue 17): demo clients call, calls placed are answered."""
    line = DemoLine(window.softphone, demo_paths().recordings, window)
    window.attach_demo_line(line)
    try:
        line.start()
    except (UserFacingError, OSError) as e:  # the demo still opens, without its line
        log.warning("demo line not started: %s", e)
        window.statusBar().showMessage(user_text(e), 30_000)
    return line


def _ask_password(url_text: str) -> str | None:
    text, ok = QInputDialog.getText(
        None,
        QApplication.translate("startup", "Database password"),
        QApplication.translate("startup", "Password for {url}:").format(url=url_text),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def connect_configured(url_text: str | None) -> Database | None:
    """Connect to ``--db`` or the configured database, asking for what is missing."""
    settings = load_settings()
    url_text = url_text or settings.database_url
    message = ""
    while True:
        if not url_text:
            dialog = ConnectionDialog(message=message)
            if dialog.exec() != ConnectionDialog.DialogCode.Accepted:
                return None
            url = dialog.url()
            password = dialog.password.text() or None
            url_text = url.render_as_string(hide_password=False)
            if dialog.remember.isChecked():
                try:
                    store_database_connection(settings, url_text, password)
                except SecretsUnavailable as e:
                    QMessageBox.warning(None, "CallDesk", user_text(e))
                    settings.database_url = url_text
                    store_database_connection(settings, url_text, None)
            engine = make_engine(url, password)
        else:
            parsed = parse_url(url_text)
            password = None
            if parsed.password is None and parsed.get_backend_name() != "sqlite":
                try:
                    password = database_password(url_text)
                except SecretsUnavailable:
                    password = None
                if password is None:
                    password = _ask_password(parsed.render_as_string(hide_password=True))
                    if password is None:
                        return None
            engine = make_engine(parsed, password)
        try:
            wait_for(None, QApplication.translate("startup", "Connecting…"), connect_check, engine)
        except DatabaseProblem as e:
            engine.dispose()
            message = user_text(e)
            answer = QMessageBox.critical(
                None,
                "CallDesk",
                message,
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Retry:
                return None
            url_text = None  # show the connection dialog with the error
            continue
        return Database(engine)


def ensure_schema(db: Database) -> bool:
    check = wait_for(None, QApplication.translate("startup", "Checking…"), check_schema, db.engine)
    if check.state is SchemaState.CURRENT:
        return True
    if check.state is SchemaState.UNKNOWN:
        QMessageBox.critical(None, "CallDesk", user_text(check.problem()))
        return False
    question = (
        user_text(check.problem())
        + "\n\n"
        + QApplication.translate(
            "startup",
            "Upgrade the database now? Every workstation must then run this version of CallDesk.",
        )
    )
    answer = QMessageBox.question(None, "CallDesk", question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        wait_for(None, QApplication.translate("startup", "Upgrading…"), migrate, db.engine)
    except DatabaseProblem as e:
        QMessageBox.critical(None, "CallDesk", user_text(e))
        return False
    return True


def login(db: Database, demo: bool) -> CurrentUser | None:
    settings = load_settings()
    dialog = LoginDialog(db, login=settings.remember_login)
    if demo:
        dialog = LoginDialog(db, demo_hint=demo_hint(), login="supervisor")
    if dialog.exec() != LoginDialog.DialogCode.Accepted:
        return None
    return dialog.user


def saved_language() -> str | None:
    """The language chosen in Settings; None: the system's (also when the file is broken,
    which the connection step reports)."""
    try:
        return load_settings().language or None
    except ValueError:
        return None


def saved_theme() -> str:
    """The theme chosen in Settings ("" as the system, also when the file is broken)."""
    try:
        return load_settings().theme
    except ValueError:
        return ""


def run_gui(
    db_url: str | None, demo: bool, reset_demo: bool = False, language: str | None = None
) -> int:
    app = create_application(language or saved_language(), saved_theme())
    try:
        db = open_demo(reset_demo) if demo else connect_configured(db_url)
    except DatabaseProblem as e:
        QMessageBox.critical(None, "CallDesk", user_text(e))
        return 2
    if db is None:
        return 1
    if not ensure_schema(db):
        return 2
    user = login(db, demo)
    if user is None:
        return 1
    label = app.translate("startup", "Demo database") if demo else db.engine.url.render_as_string()
    settings = load_settings()
    if demo and not settings.recordings_base:
        # The demo's recordings are generated next to its database: it plays out of the box.
        settings.recordings_base = str(demo_paths().recordings)
    window = MainWindow(db, user, label, settings)
    window.show()
    if demo:
        start_demo_line(window)  # the softphone starts on it once it listens
    else:
        window.softphone.start()  # registers when this workstation has a SIP account
    code = app.exec()
    db.dispose()
    return code
