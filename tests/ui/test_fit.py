"""Every text fits its widget: each form and dialog of the app at 1280x800, in Russian,
Ukrainian and English, with the app's own style and style sheet. A label, button, check
box, group box title, tab or header section that cuts its text fails the test."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import clock
from app.database import Database
from app.events import ALL_EMPLOYEES
from models import Role
from softphone.audio_devices import MemoryAudioDevice
from softphone.state import CallState, CallView, Direction
from tests.support.fit_support import truncations
from tests.support.ui_support import user_with_role
from ui import resources, style
from ui.account_dialog import AccountDialog
from ui.admin.form import AdminForm
from ui.call_panel.registration import AssignNumberDialog, CreateClientDialog
from ui.clients.card import ClientCardForm
from ui.clients.model import COL_EMAIL, COL_NAME
from ui.database_runner import connection_monitor
from ui.events.calendar import CalendarMode
from ui.events.form import EventsForm
from ui.journal.form import JournalForm, PeriodDialog
from ui.journal.layout import ColumnChooser
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.reports.form import ReportsForm
from ui.settings_dialog import SettingsDialog
from ui.softphone.popup import IncomingPopup

pytestmark = pytest.mark.seed(calls=400, clients=50, qt_settings=True)

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"  # as tests/ui/test_translations
NUMBER = "+79161234567"
# Widgets that elide or clip by design, by object name, with the reason (none so far: the
# journal's table cells elide by design, and cells are only checked where CELLS says).
ALLOWED: dict[str, str] = {}
# Views whose cells must show whole (besides every QTableWidget), minus the columns that
# elide by design: the client's name (the card shows it) and the e-mail.
CELLS = {"client_table": {COL_NAME, COL_EMAIL}}


@contextmanager
def language(code: str, target: Path) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    translator = QTranslator(app)
    if code != "en":
        qm = target / f"calldesk_{code}.qm"
        ts = resources.path("translations", f"calldesk_{code}.ts")
        subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        assert translator.load(str(qm))
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(code))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)


@contextmanager
def app_style() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name()
    app.setStyle(style.CallDeskStyle())
    app.setStyleSheet(style.style_sheet(app.palette()))
    try:
        yield
    finally:
        app.setStyleSheet("")
        app.setStyle(before)


def settle(qtbot: QtBot, ms: int = 200) -> None:
    qtbot.wait(ms)


def check(qtbot: QtBot, widget: QWidget, where: str, found: list[str]) -> None:
    settle(qtbot)
    found += truncations(widget, where, ALLOWED, CELLS)
    window = widget.window()
    if isinstance(window, MainWindow) and window.width() > 1280:
        found.append(f"{where}: the window widened to {window.width()} px")
        window.resize(1280, 800)


def off_the_bar(window: MainWindow) -> list[str]:
    """Every command of the sections bar is on it, none pushed into the overflow menu."""
    bar = window.sections
    lost = []
    for action in bar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        button = bar.widgetForAction(action)
        if button is None or not button.isVisible() or not bar.rect().contains(button.geometry()):
            lost.append(f"sections bar: {action.text()!r} does not fit on the bar")
    return lost


def walk_main_window(qtbot: QtBot, db: Database, found: list[str]) -> None:
    admin = user_with_role(db, Role.ADMIN)
    window = MainWindow(db, admin, "test", audio_device=MemoryAudioDevice())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.softphone_dock.show()
    journal = window.form(MainWindow.SECTION_JOURNAL)
    assert isinstance(journal, JournalForm)
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0, timeout=10_000)
    check(qtbot, window, "journal", found)
    found += off_the_bar(window)
    monitor = connection_monitor()
    monitor.lost.emit("the server went away")  # the status bar's fullest state
    settle(qtbot, 100)
    check(qtbot, window.statusBar(), "status bar, no connection to the database", found)
    label, bar = window.connection_label, window.statusBar()
    if label.mapTo(bar, label.rect().topRight()).x() > bar.width():
        found.append("status bar: 'no connection to the database' runs off the window")
    monitor.restored.emit()
    assert window.switch_button.isVisible() and not window.connection_label.isVisible()
    if journal.table.horizontalScrollBar().maximum() > 0:  # the default layout fits
        found.append(
            f"journal: the columns scroll sideways beside the softphone dock by "
            f"{journal.table.horizontalScrollBar().maximum()} px"
        )
    journal.panel_state.set_collapsed(False)
    journal.table.selectRow(0)
    qtbot.waitUntil(lambda: journal.panel.details is not None, timeout=10_000)
    check(qtbot, window, "journal, a call selected (side panel, player)", found)

    for key in (MainWindow.SECTION_CLIENTS, MainWindow.SECTION_CALLBACKS):
        window.open_section(key)
        settle(qtbot, 600)
        check(qtbot, window, key, found)
    reports = window.open_section(MainWindow.SECTION_REPORTS)
    assert isinstance(reports, ReportsForm)
    for row in range(reports.report_list.count()):
        reports.report_list.setCurrentRow(row)
        settle(qtbot, 400)
        check(qtbot, window, f"report {reports.report_list.item(row).text()}", found)
    admin_form = window.open_section(MainWindow.SECTION_ADMIN)
    assert isinstance(admin_form, AdminForm)
    for index in range(admin_form.tabs.count()):
        admin_form.tabs.setCurrentIndex(index)
        settle(qtbot, 400)
        check(qtbot, window, f"administration: {admin_form.tabs.tabText(index)}", found)
    card = window.open_client_card(1)
    assert isinstance(card, ClientCardForm)
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        settle(qtbot, 400)
        check(qtbot, window, f"client card: {card.tabs.tabText(index)}", found)
    files = card.files_panel
    assert files is not None
    card.tabs.setCurrentIndex(card.files_index)
    uploading = QCoreApplication.translate("FilesPanel", "Uploading «{name}»")
    files.transfer_bar.show_progress(
        uploading.format(name="Договор № 125.pdf"), 150 << 20, 200 << 20
    )
    files.transfer_bar.show()
    files._say(
        QCoreApplication.translate("FilesPanel", "Cancelled: nothing of the file was kept."), False
    )
    settle(qtbot, 400)
    check(qtbot, window, "client card: a file being attached", found)
    files.transfer_bar.hide()
    events = window.open_section(MainWindow.SECTION_EVENTS)
    assert isinstance(events, EventsForm)
    events.employee.setCurrentIndex(events.employee.findData(ALL_EMPLOYEES))
    for mode in CalendarMode:
        events.set_mode(mode)
        settle(qtbot, 600)
        check(qtbot, window, f"events: {mode}", found)

    popup = IncomingPopup(
        window.softphone, CallView(1, Direction.IN, NUMBER, "", CallState.INCOMING, clock.now())
    )
    qtbot.addWidget(popup)
    popup.show()
    check(qtbot, popup, "incoming pop-up", found)
    popup.close()
    dialogs: list[tuple[str, QWidget]] = [
        ("create client", CreateClientDialog(journal.workplace, NUMBER, window)),
        ("assign number", AssignNumberDialog(journal.workplace, NUMBER, window)),
        ("column chooser", ColumnChooser(journal.layout_store.current(), window)),
        ("period", PeriodDialog(clock.now().date(), clock.now().date(), window)),
        ("my account", AccountDialog(window.db, window.user, window)),
    ]
    settings = SettingsDialog(window, audio_device=MemoryAudioDevice())
    settings.softphone.set_probe(window.softphone.test_registration)
    dialogs.append(("settings", settings))
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        check(qtbot, dialog, name, found)
    settings.tabs.setCurrentIndex(1)
    settings.softphone._show_test(
        False,
        QCoreApplication.translate(
            "SoftphoneSession",
            "No answer from the PBX ({code}): check the address, port and transport",
        ).format(code=408),
    )
    check(qtbot, settings, "settings: softphone, a 408 answer", found)
    for _name, dialog in dialogs:
        dialog.close()
    window.softphone.shutdown()
    window.close()


@pytest.mark.parametrize("code", ["ru", "uk", "en"])
def test_every_text_fits_at_1280x800(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, code: str
) -> None:
    found: list[str] = []
    with language(code, tmp_path), app_style():
        login = LoginDialog(sqlite_db, demo_hint="Demo logins: supervisor / demo")
        qtbot.addWidget(login)
        login.show()
        login.login.setText("supervisor")
        login.password.setText("wrong")
        login.accept()
        check(qtbot, login, "login", found)
        login.close()
        walk_main_window(qtbot, sqlite_db, found)
    unique = list(dict.fromkeys(found))
    assert not unique, "\n".join(unique)
