"""From the first window to the main window: database, schema check, login; and back to the
login when the user switches (:class:`Workstation`)."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.exc import DBAPIError

from app.cli import DemoPaths, demo_paths, prepare_demo
from app.config import (
    SecretsUnavailable,
    WorkstationSettings,
    database_password,
    load_settings,
    save_settings,
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
from app.replica import attach_configured
from app.staff.auth import CurrentUser, authenticate
from ui.application import saved_language, saved_theme
from ui.background import BackgroundTask, start, wait_for
from ui.connection_dialog import ConnectionDialog
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.messages import user_text
from ui.softphone.demo_line import DemoLine
from ui.splash import SplashWindow

__all__ = ["Workstation", "ensure_schema", "run_gui", "saved_language", "saved_theme"]

log = logging.getLogger(__name__)

# The demo opens as this one (README: "The demo logs in as supervisor").
DEMO_SUPERVISOR = "supervisor"


def demo_hint() -> str:
    logins = ", ".join(DEMO_LOGINS)
    return QApplication.translate(
        "startup", "Demo database. Logins: {logins}; password for all: {password}"
    ).format(logins=logins, password=DEMO_PASSWORD)


def in_background(
    splash: SplashWindow, text: str, fn: Callable[..., Any], *args: Any, counted: bool = False
) -> Any:
    """Run ``fn`` off the GUI thread while the first window says what is going on (and how
    far it got when ``counted``: ``fn`` takes a ``progress`` keyword); raise what it raised."""
    splash.set_text(text)
    task = BackgroundTask(fn, *args, with_progress=counted)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    queued = Qt.ConnectionType.QueuedConnection
    task.signals.succeeded.connect(lambda r: finish("result", r), queued)
    task.signals.failed.connect(lambda e: finish("error", e), queued)
    task.signals.progress.connect(lambda _s, done, total: splash.set_progress(done, total), queued)
    start(task)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


# The demo database's size: a quarter of a year of a small call center.
DEMO_CALLS = 30_000


def open_demo(reset: bool, splash: SplashWindow, calls: int = DEMO_CALLS) -> Database:
    paths: DemoPaths = demo_paths()
    if reset and paths.directory.exists():
        shutil.rmtree(paths.directory)
    if not paths.database.exists():
        in_background(
            splash,
            QApplication.translate(
                "startup", "First start: creating the demo database ({calls} calls)…"
            ).format(calls=QLocale().toString(calls)),
            partial(prepare_demo, calls=calls),
            paths,
            counted=True,
        )
    engine = make_engine(paths.url)
    # The demo database is this user's own: upgrade it without asking.
    if check_schema(engine).state is SchemaState.BEHIND:
        in_background(splash, QApplication.translate("startup", "Upgrading…"), migrate, engine)
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
            engine = make_engine(url, password, interactive=True)
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
            engine = make_engine(parsed, password, interactive=True)
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
    """The login form at start (a configured database; the demo logs straight in)."""
    settings = load_settings()
    dialog = LoginDialog(db, demo_hint=demo_hint() if demo else "", login=settings.remember_login)
    if dialog.exec() != LoginDialog.DialogCode.Accepted:
        return None
    remember_login(settings, dialog.login.text())
    return dialog.user


def remember_login(settings: WorkstationSettings, login: str) -> None:
    """The next start offers the login that worked last on this workstation."""
    if login and settings.remember_login != login:
        settings.remember_login = login
        try:
            save_settings(settings)
        except (OSError, ValueError):
            log.warning("the login could not be remembered", exc_info=True)


def demo_login(db: Database, splash: SplashWindow) -> CurrentUser:
    """The demo opens as its supervisor: nothing to type (Switch user shows the others)."""

    def work() -> CurrentUser:
        return db.write(lambda s: authenticate(s, DEMO_SUPERVISOR, DEMO_PASSWORD))

    user: CurrentUser = in_background(
        splash, QApplication.translate("startup", "Logging in…"), work
    )
    return user


class Workstation(QObject):
    """The app from its first window on: one database, one main window at a time.

    :meth:`begin` connects (or builds the demo), logs in and shows the main window;
    *Log out* / *Switch user* in that window comes to :meth:`switch_user`: the window of the
    user closes first (its forms, watches and softphone stop), then the login form, then the
    main window of whoever logged in, in the same process: two never run at once.
    """

    main_window_shown = Signal(object)  # the MainWindow
    logged_out = Signal(object)  # the MainWindow just closed (deleted once control returns)
    ended = Signal()  # nobody logged in after a log out: the app ends (run_gui quits)

    def __init__(self, splash: SplashWindow, demo: bool, db_url: str | None = None) -> None:
        super().__init__()
        self.splash = splash
        self.demo = demo
        self.db_url = db_url
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.login_dialog: LoginDialog | None = None
        self._quit_on_close = True
        self.settings = load_settings()

    def begin(self, reset_demo: bool = False, demo_calls: int = DEMO_CALLS) -> int | None:
        """Up to the main window; an exit code when the start went no further."""
        try:
            db = (
                open_demo(reset_demo, self.splash, demo_calls)
                if self.demo
                else connect_configured(self.db_url)
            )
        except DatabaseProblem as e:
            self.splash.close()
            QMessageBox.critical(None, "CallDesk", user_text(e))
            return 2
        if db is None:
            return 1
        self.db = db
        if not ensure_schema(db):
            return 2
        try:  # the company's read replica, if any: the big reads go there (app.replica)
            wait_for(None, QApplication.translate("startup", "Connecting…"), attach_configured, db)
        except DBAPIError as e:
            log.warning("the read replica setting could not be read: %s", e)
        if self.demo:
            user: CurrentUser | None = demo_login(db, self.splash)
        else:
            self.splash.hide()
            user = login(db, demo=False)
        if user is None:
            return 1
        if self.demo and not self.settings.recordings_base:
            # The demo's recordings are generated next to its database: it plays out of the box.
            self.settings.recordings_base = str(demo_paths().recordings)
        self.show_main_window(user)
        return None

    def show_main_window(self, user: CurrentUser) -> MainWindow:
        assert self.db is not None
        label = (
            QApplication.translate("startup", "Demo database")
            if self.demo
            else self.db.engine.url.render_as_string()
        )
        window = MainWindow(self.db, user, label, self.settings)
        window.switch_user_requested.connect(self.switch_user)
        self.window = window
        window.show()
        self.splash.close()
        if self.demo:
            start_demo_line(window)  # the softphone starts on it once it listens
        else:
            window.start_softphone()  # registers with the employee's own SIP account
        self.main_window_shown.emit(window)
        return window

    def switch_user(self) -> None:
        """Log out: this user's window ends its session at once (softphone unregistered and
        freed, pause and stretch of work ended, offline on the board) and closes; then the
        login form asks who works next and opens their window. Cancel there ends the app,
        as at start."""
        if self.db is None or self.window is None or self.login_dialog is not None:
            return
        old = self.window
        self.window = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._quit_on_close = app.quitOnLastWindowClosed()
            app.setQuitOnLastWindowClosed(False)  # no window of ours is open for a moment
        old.hide()  # gone at once: freeing the softphone takes a second or two
        old.close()  # its forms, watches and softphone stop here
        line = getattr(old, "demo_line", None)
        if isinstance(line, DemoLine):
            line.stop()  # after the softphone: its last BYEs were answered
        old.deleteLater()
        self.logged_out.emit(old)
        dialog = LoginDialog(self.db, demo_hint=demo_hint() if self.demo else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._switched(dialog))
        dialog.rejected.connect(self._switch_cancelled)
        self.login_dialog = dialog
        dialog.open()

    def _restore_quit_on_close(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(self._quit_on_close)

    def _switch_cancelled(self) -> None:
        """Nobody logged in after a log out: the app ends, as a cancelled login at start."""
        self.login_dialog = None
        self._restore_quit_on_close()
        self.ended.emit()

    def _switched(self, dialog: LoginDialog) -> None:
        self.login_dialog = None
        user = dialog.user
        if user is None:
            self._switch_cancelled()
            return
        if not self.demo:
            remember_login(self.settings, dialog.login.text())
        try:
            self.show_main_window(user)
        finally:
            self._restore_quit_on_close()


def run_gui(
    db_url: str | None, demo: bool, reset_demo: bool = False, splash: SplashWindow | None = None
) -> int:
    app = QApplication.instance()
    if splash is None:
        from ui.splash import open_first_window

        splash = open_first_window(None)
        app = QApplication.instance()
    assert isinstance(app, QApplication)
    workstation = Workstation(splash, demo, db_url)
    workstation.ended.connect(app.quit)
    code = workstation.begin(reset_demo)
    if code is not None:
        splash.close()
        return code
    code = app.exec()
    if workstation.db is not None:
        workstation.db.dispose()
    return code
