"""Administration -> Users: the employee dialog's SIP section stores the employee's SIP
account with the user (one transaction), says why a bad or taken one is refused; the Settings
dialog then shows that account to the employee and takes only the password for this computer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.database import Database
from app.softphone_settings import load_softphone_settings
from app.staff.sip_account import SipAccount, set_sip_account, sip_account_of
from app.workplace import Workplace
from models import Role
from softphone.audio import MemoryAudioDevice
from tests.support.ui_support import user_with_role
from ui.admin.dialogs import UserDialog
from ui.admin.form import AdminForm
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.seed(calls=50, clients=10)


def _when_dialog_opens(act: Callable[[UserDialog], None]) -> None:
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, UserDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def _edit(form: AdminForm, login: str, act: Callable[[UserDialog], None]) -> None:
    row = next(i for i, u in enumerate(form.users) if u.login == login)
    form.users_table.selectRow(row)
    _when_dialog_opens(act)
    form.edit_user()


def test_the_administrator_sets_an_operators_sip_account(qtbot: QtBot, db: Database) -> None:
    admin = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    form = AdminForm(Workplace(db, admin))
    qtbot.addWidget(form)

    def fill(dialog: UserDialog) -> None:
        box = dialog.sip
        assert not box.isChecked()  # none yet
        box.setChecked(True)
        box.registrar.setText(" pbx.example.com ")
        box.user.setText("301")
        box.transport.setCurrentIndex(box.transport.findData("tcp"))
        dialog.accept()

    _edit(form, operator.login, fill)
    with db.transaction() as s:
        stored = sip_account_of(s, operator.id)
    assert stored is not None
    assert (stored.registrar, stored.user, stored.transport) == ("pbx.example.com", "301", "tcp")

    # Taken by a colleague: refused in words, nothing changed for them.
    supervisor = user_with_role(db, Role.SUPERVISOR)

    def take(dialog: UserDialog) -> None:
        dialog.sip.setChecked(True)
        dialog.sip.registrar.setText("pbx.example.com")
        dialog.sip.user.setText("301")
        dialog.sip.transport.setCurrentIndex(dialog.sip.transport.findData("tcp"))
        dialog.accept()

    _edit(form, supervisor.login, take)
    assert f"already belongs to {operator.full_name}" in form.message.text()
    with db.transaction() as s:
        assert sip_account_of(s, supervisor.id) is None

    # Shown again as stored; switched off: removed.
    def remove(dialog: UserDialog) -> None:
        assert dialog.sip.isChecked() and dialog.sip.user.text() == "301"
        assert dialog.sip.registrar.text() == "pbx.example.com"
        dialog.sip.setChecked(False)
        dialog.accept()

    _edit(form, operator.login, remove)
    with db.transaction() as s:
        assert sip_account_of(s, operator.id) is None


def test_settings_show_the_employees_account_and_take_its_password(
    qtbot: QtBot, db: Database
) -> None:
    admin = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    account = db.write(
        lambda s: set_sip_account(s, admin, operator.id, SipAccount("pbx.example.com", "301"), 0)
    )
    dialog = SettingsDialog(audio_device=MemoryAudioDevice(("Headset",)))
    qtbot.addWidget(dialog)
    page = dialog.softphone
    page.show_employee_account(account)
    assert page.user.text() == "301" and not page.user.isEnabled()
    assert "301@pbx.example.com" in page.account_note.text()
    page.password.setText("typed")
    page.outside_prefix.setText("9")
    assert page.new_password() is None  # not the workstation's
    assert page.employee_password() == "typed"
    dialog.accept()
    assert dialog.settings is not None
    kept = load_softphone_settings(dialog.settings)
    assert not kept.configured and kept.outside_prefix == "9"  # the account stays the employee's

    none = SettingsDialog(audio_device=MemoryAudioDevice())
    qtbot.addWidget(none)
    none.softphone.show_employee_account(None)
    assert "no SIP account" in none.softphone.account_note.text()
    assert not none.softphone.password.isEnabled()
