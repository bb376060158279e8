"""The main window, login and connection dialogs, and the command line, on real databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from app.database import Database
from models import Employee, Role
from tests.support.mariadb_server import MariaDBServer, free_port
from tests.support.ui_support import user_with_role
from ui.board import BoardForm, BoardModel
from ui.call_vocabulary import short_name
from ui.clients.form import ClientsForm
from ui.connection_dialog import KIND_MYSQL, ConnectionDialog
from ui.login import LoginDialog
from ui.main import main
from ui.main_window import MainWindow
from ui.reports.form import ReportsForm

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


pytestmark = pytest.mark.seed(calls=400, clients=50, qt_settings=True)


def distinct_colors(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_login_rejects_wrong_password_and_accepts_right_one(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db, demo_hint="Demo logins: supervisor / demo")
    qtbot.addWidget(dialog)
    dialog.login.setText("supervisor")
    dialog.password.setText("wrong")
    dialog.accept()
    assert dialog.user is None
    assert "Wrong login or password" in dialog.error.text()
    assert dialog.findChild(QLabel, "demo_hint") is not None

    dialog.password.setText("demo")
    dialog.accept()
    assert dialog.user is not None
    assert dialog.user.role is Role.SUPERVISOR
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_main_window_sections_by_role_and_screenshot(qtbot: QtBot, db: Database) -> None:
    admin = user_with_role(db, Role.ADMIN)
    window = MainWindow(db, admin, "test database")
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    assert set(window.section_actions) == {
        "journal",
        "clients",
        "callbacks",
        "reports",
        "admin",
        "tasks",
        "events",
        "board",  # the live operators board: supervisors and administrators
    }
    assert window.section_actions["board"].shortcut().toString() == "Ctrl+8"
    assert short_name(admin.full_name) in window.user_label.text()  # surname, initials
    assert admin.full_name in window.user_label.toolTip()
    clients = window.open_section(MainWindow.SECTION_CLIENTS)
    assert isinstance(clients, ClientsForm)
    assert isinstance(window.open_section(MainWindow.SECTION_REPORTS), ReportsForm)
    window.close_form_at(window.tabs.currentIndex())
    assert window.tabs.count() == 2
    window.open_section(MainWindow.SECTION_JOURNAL)
    assert window.tabs.count() == 2  # an open form is focused, not opened twice
    window.close_form_at(window.tabs.indexOf(clients))
    assert window.tabs.count() == 1

    operator = user_with_role(db, Role.OPERATOR)
    other = MainWindow(db, operator)
    qtbot.addWidget(other)
    assert "admin" not in other.section_actions
    colleagues = other.open_board()  # an operator sees colleagues' states, not whom they call
    assert isinstance(colleagues, BoardForm)
    assert colleagues.table.isColumnHidden(BoardModel.PEER)
    assert not window.open_board().table.isColumnHidden(BoardModel.PEER)  # type: ignore[union-attr]
    assert "callbacks" in other.section_actions  # every operator calls back
    other.close()  # its database threads' connections back to the pool
    with db.transaction() as s:  # the "administration" permission, not the role, decides
        employee = s.get(Employee, operator.id)
        assert employee is not None
        employee.can_admin = True
    granted = MainWindow(db, operator)
    qtbot.addWidget(granted)
    assert "admin" in granted.section_actions
    granted.close()

    journal = window.form(MainWindow.SECTION_JOURNAL)
    assert journal is not None
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0, timeout=10_000)  # type: ignore[attr-defined]
    qtbot.wait(200)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"main-window-{db.dialect}.png"
    assert window.grab().save(str(path))
    assert distinct_colors(path) > 20, "the screenshot is blank"
    window.close()


def test_connection_dialog_explains_wrong_password(
    qtbot: QtBot, mariadb_server: MariaDBServer, mariadb_url: str
) -> None:
    url = make_url(mariadb_url)
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(KIND_MYSQL))
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(url.port or 3306)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText("not-the-password")
    assert not dialog.test_connection()
    assert "password" in dialog.status.text().lower()

    dialog.password.setText(str(url.password))
    assert dialog.test_connection()
    assert "succeeded" in dialog.status.text()

    dialog.database.setText("no_such_database")
    assert not dialog.test_connection()
    assert "no_such_database" in dialog.status.text()

    dialog.port.setValue(free_port())
    assert not dialog.test_connection()
    assert "Cannot reach" in dialog.status.text()

    dialog.user.setText("")
    assert not dialog.test_connection()
    assert "user name" in dialog.status.text()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["migrate", "--db", "nonsense://"], "not supported"),
        (["migrate", "--db", "::not a url::"], "not a database address"),
        (["seed", "--db", "sqlite:////nonexistent-dir/x.db", "--calls", "1"], "SQLite"),
    ],
)
def test_cli_bad_input_exits_2_with_a_message(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert expected in capsys.readouterr().err


def test_cli_unknown_revision_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["migrate", "--db", url]) == 0
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    eng.dispose()
    assert main(["migrate", "--db", url]) == 2
    assert "unknown" in capsys.readouterr().err


def test_cli_wrong_mariadb_password(mariadb_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    bad = make_url(mariadb_url).set(password="wrong").render_as_string(hide_password=False)
    assert main(["migrate", "--db", bad]) == 2
    assert "password" in capsys.readouterr().err


def test_cli_seed_and_migrate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'seeded.db'}"
    assert main(["seed", "--db", url, "--calls", "500", "--clients", "40"]) == 0
    assert "Seeded 500 calls" in capsys.readouterr().out
    assert main(["migrate", "--db", url]) == 0
    assert "already at revision" in capsys.readouterr().out


def test_startup_refuses_unknown_revision_in_gui(
    qtbot: QtBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from ui import startup

    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, message, *a: shown.append(message))
    assert QApplication.instance() is not None
    assert startup.ensure_schema(Database(engine)) is False
    assert shown and "unknown" in shown[0]


def test_help_is_offered_once_and_the_journal_tab_stays(qtbot: QtBot, db: Database) -> None:
    from PySide6.QtWidgets import QTabBar, QToolButton

    window = MainWindow(db, user_with_role(db, Role.SUPERVISOR), "test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    helps = [b for b in window.findChildren(QToolButton) if b.isVisible() and "F1" in b.text()]
    assert len(helps) == 1
    journal = window.form(MainWindow.SECTION_JOURNAL)
    assert journal is not None
    index = window.tabs.indexOf(journal)
    bar = window.tabs.tabBar()
    sides = (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide)
    assert all(bar.tabButton(index, side) is None for side in sides)
    clients = window.open_section(MainWindow.SECTION_CLIENTS)
    assert any(bar.tabButton(window.tabs.indexOf(clients), side) for side in sides)
    window.close_form_at(index)  # Ctrl+W on the journal
    assert window.form(MainWindow.SECTION_JOURNAL) is journal
    assert window.tabs.indexOf(journal) == index
    window.close()


def test_a_lost_database_connection_is_shown_once_in_the_status_bar(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from sqlalchemy import text

    from app.database import make_engine
    from ui.database_runner import DatabaseRunner, connection_monitor

    window = MainWindow(sqlite_db, user_with_role(sqlite_db, Role.SUPERVISOR), "test database")
    qtbot.addWidget(window)
    window.show()
    from ui.journal.form import JournalForm

    journal = window.tabs.currentWidget()
    assert isinstance(journal, JournalForm)
    # The journal's own reads succeed (and would end the loss between the two failures on a
    # loaded machine): let its first load finish and stop its polling for this test.
    journal.poll_timer.stop()
    qtbot.waitUntil(lambda: journal.model.runner.idle, timeout=15_000)
    # So does the operators board's read every second (a supervisor's window).
    assert window.board_watch is not None
    window.board_watch.stop()
    nowhere = make_engine(f"mysql+pymysql://calldesk:x@127.0.0.1:{free_port()}/calldesk")
    lost_runner = DatabaseRunner(nowhere, "test-nowhere")
    good_runner = DatabaseRunner(sqlite_db.engine, "test-good")
    failures: list[BaseException] = []
    reports: list[str] = []
    connection_monitor().lost.connect(reports.append)
    try:
        for _ in range(2):  # nothing listens on that port: a real OperationalError, twice
            lost_runner.run(lambda c: c.execute(text("SELECT 1")), lambda _r: None, failures.append)
        qtbot.waitUntil(lambda: len(failures) == 2, timeout=15_000)
        label = window.connection_label
        assert label.isVisible()
        assert label.text() == "No connection to the database, retrying…"
        assert connection_monitor().is_lost and len(reports) == 1  # two failures, one report
        good_runner.run(lambda c: c.execute(text("SELECT 1")).scalar(), lambda _r: None)
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=10_000)
        assert not connection_monitor().is_lost
    finally:
        connection_monitor().lost.disconnect(reports.append)
        connection_monitor().shutdown()
        lost_runner.stop()
        good_runner.stop()
        nowhere.dispose()
        window.close()
