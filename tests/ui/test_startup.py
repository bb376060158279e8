"""The start of the app: the first window, the demo straight into the journal as its
supervisor, and Switch user (log out) back to the login and into another user's window
(one process)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.cli import demo_paths
from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, get_setting
from models import Role
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.splash import SplashWindow, open_first_window
from ui.startup import Workstation

# A small demo: the start is the same as with the real one's 30,000 calls.
CALLS = 300


@pytest.fixture
def workstation(qtbot: QtBot) -> Iterator[Workstation]:
    splash = open_first_window("en")
    qtbot.addWidget(splash)
    station = Workstation(splash, demo=True)
    yield station
    for window in (station.window, station.login_dialog):
        if window is not None:
            window.close()
    if station.db is not None:
        station.db.dispose()


def test_the_first_window_loads_nothing_heavy() -> None:
    """ui.main and ui.splash (all the first window needs) import no database code, no
    forms and no softphone: those come after the window is painted."""
    heavy = ("sqlalchemy", "keyring", "models", "ui.main_window", "ui.startup", "pjsua2")
    code = (
        f"import sys, ui.main, ui.splash; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_first_window_shows_what_the_start_does(qtbot: QtBot) -> None:
    splash = open_first_window("en")
    qtbot.addWidget(splash)
    assert isinstance(splash, SplashWindow) and splash.isVisible()
    splash.set_progress(5, 10)
    assert splash.progress.maximum() == 10 and splash.progress.value() == 5
    splash.set_text("Logging in…")
    assert splash.status.text() == "Logging in…"
    assert splash.progress.maximum() == 0  # busy again: not counted


def test_demo_opens_the_journal_logged_in_as_supervisor(
    qtbot: QtBot, workstation: Workstation
) -> None:
    progress: list[int] = []
    workstation.splash.progress.valueChanged.connect(progress.append)
    assert not demo_paths().database.exists()
    assert workstation.begin(demo_calls=CALLS) is None
    window = workstation.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.user.login == "supervisor" and window.user.role is Role.SUPERVISOR
    assert not workstation.splash.isVisible()
    assert progress and max(progress) == CALLS  # the generation was shown as it went
    assert demo_paths().database.exists()
    with workstation.db.transaction() as session:  # type: ignore[union-attr]
        # No PBX behind the demo: no "collector not running" for its supervisor.
        assert get_setting(session, CALL_SOURCE) == CALL_SOURCE_SOFTPHONE
    assert window.tabs.currentWidget() is window.form(MainWindow.SECTION_JOURNAL)
    switch = window.switch_user_action
    assert switch.isEnabled() and switch.text() == "Switch user"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog)]


def test_switch_user_logs_in_as_an_operator_in_the_same_process(
    qtbot: QtBot, workstation: Workstation
) -> None:
    assert workstation.begin(demo_calls=CALLS) is None
    first = workstation.window
    assert first is not None

    first.switch_user_action.trigger()
    # The supervisor's window stopped all it ran at once: its softphone, its worklist watch.
    assert not first.isVisible() and first.softphone._shut_down
    assert not first.callback_watch.poll_timer.isActive()
    dialog = workstation.login_dialog
    assert isinstance(dialog, LoginDialog)
    dialog.login.setText("operator")
    dialog.password.setText("demo")
    with qtbot.waitSignal(workstation.main_window_shown, timeout=30_000) as shown:
        dialog.accept()
    second = shown.args[0] if shown.args else None
    assert isinstance(second, MainWindow) and second is workstation.window
    assert second is not first and second.isVisible()
    assert second.user.login == "operator" and second.user.role is Role.OPERATOR
    assert "reports" not in second.section_actions  # an operator's window, not the old one
    assert first.demo_line is not None and not first.demo_line.running  # its SIP line too
    assert second.demo_line is not None and second.demo_line is not first.demo_line
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # the window itself is gone
    assert QApplication.instance() is not None and QApplication.quitOnLastWindowClosed()

    # And back again to the supervisor: the operator's window goes the same way.
    second.switch_user_action.trigger()
    dialog = workstation.login_dialog
    assert isinstance(dialog, LoginDialog)
    dialog.login.setText("supervisor")
    dialog.password.setText("demo")
    with qtbot.waitSignal(workstation.main_window_shown, timeout=30_000):
        dialog.accept()
    third = workstation.window
    assert third is not None and third.user.login == "supervisor"

    # Log out, and nobody logs in: the app ends (as a cancelled login at start).
    third.switch_user_action.trigger()
    dialog = workstation.login_dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert not third.isVisible() and third.softphone._shut_down  # ended at once
    assert workstation.window is None
    with qtbot.waitSignal(workstation.ended, timeout=5_000):
        dialog.reject()
    assert workstation.login_dialog is None
