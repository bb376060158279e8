"""My account from the status bar: a click on one's name opens it; the name and the password
are changed in the database, refusals are said in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.database import Database
from app.staff.auth import LoginFailed, authenticate, hash_password
from models import Employee, Role
from softphone.audio import MemoryAudioDevice
from tests.support.ui_support import user_with_role
from ui.account_dialog import AccountDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.seed(calls=30, clients=5, qt_settings=True)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


def test_my_account_from_the_status_bar(qtbot: QtBot, db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        employee = s.get(Employee, me.id)
        assert employee is not None
        employee.password_hash = hash_password("old-secret")
    window = MainWindow(db, me, "test", audio_device=MemoryAudioDevice())
    qtbot.addWidget(window)
    window.show()
    QTest.mouseClick(window.user_label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AccountDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AccountDialog)

    dialog.current.setText("not-it")
    dialog.new.setText("new-secret")
    dialog.again.setText("new-secret")
    dialog.change.click()
    assert "current password" in dialog.message.text()
    dialog.current.setText("old-secret")
    dialog.again.setText("new-secrex")
    dialog.change.click()
    assert "differ" in dialog.message.text()
    dialog.again.setText("new-secret")
    dialog.change.click()
    assert "changed" in dialog.message.text() and dialog.current.text() == ""
    with db.transaction() as s:
        assert authenticate(s, me.login, "new-secret").id == me.id
        with pytest.raises(LoginFailed):
            authenticate(s, me.login, "old-secret")

    dialog.name.setText("  Popova   Anna ")
    dialog.save_name.click()
    assert dialog.name.text() == "Popova Anna"
    assert window.user_label.text().startswith("Popova A. (")
    with db.transaction() as s:
        employee = s.get(Employee, me.id)
        assert employee is not None and employee.full_name == "Popova Anna"
    dialog.name.setText("   ")
    dialog.save_name.click()
    assert "full name" in dialog.message.text()
    dialog.close()
    window.softphone.shutdown()
