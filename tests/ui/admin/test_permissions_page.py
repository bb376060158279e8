"""Permissions through the window (issue 19): the administrator's editor (a role fills its
preset, toggles, save, a second administrator's change is a conflict) and, for each
permission, a user without it is not offered the action (disabled or absent, with the
reason in its tooltip). The app layer's refusals are tests/app/staff/test_permissions.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.database import Database
from app.staff.auth import CurrentUser, current_user
from app.staff.permissions import PERMISSION_NAMES, Permissions, permissions
from app.staff.rights import list_rights, save_rights
from app.workplace import Workplace
from models import CallPart, Employee, Role
from tests.support.ui_support import user_with_role
from tests.ui.test_player import VLC_TEST_ARGS
from ui.admin.form import AdminForm
from ui.admin.permissions_page import PermissionsPage
from ui.call_panel.panel import CallPanel
from ui.clients.card import ClientCardForm
from ui.clients.form import ClientsForm
from ui.journal.form import JournalForm
from ui.main_window import MainWindow
from ui.reports.form import ReportsForm

pytestmark = pytest.mark.seed(calls=200, clients=30, days=4, seed=9, qt_settings=True)


def grant(db: Database, who: CurrentUser, allowed: Permissions) -> CurrentUser:
    admin_user = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        row = next(r for r in list_rights(s, admin_user) if r.employee_id == who.id)
    db.write(lambda s: save_rights(s, admin_user, [replace(row, permissions=allowed)]))
    with db.transaction() as s:
        employee = s.get(Employee, who.id)
        assert employee is not None
        return current_user(employee)


def everything_but(name: str) -> Permissions:
    return Permissions(**{n: n != name for n in PERMISSION_NAMES})


def row_of(page: PermissionsPage, employee_id: int) -> int:
    return next(i for i, r in enumerate(page.rows) if r.employee_id == employee_id)


# -- the editor ---------------------------------------------------------------------------


def test_editor_role_preset_toggle_save_and_conflict(qtbot: QtBot, db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    form = AdminForm(Workplace(db, me))
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    page = form.permissions
    assert form.tabs.indexOf(page) >= 0
    i = row_of(page, operator.id)
    assert not page.save_button.isEnabled()
    # Choosing a role fills its preset; a toggle may then differ.
    box = page.role_box(i)
    box.setCurrentIndex(box.findData(Role.SUPERVISOR.value))
    assert page.edited(i).permissions == Permissions.preset(Role.SUPERVISOR)
    page.set_permission(i, "export", False)
    assert page.save_button.isEnabled()
    name = page.table.item(i, 0)
    assert name is not None and name.font().bold()  # the changed row stands out
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        stored = permissions(s, operator)
        role = s.scalar(select(Employee.role).where(Employee.id == operator.id))
    assert stored == replace(Permissions.preset(Role.SUPERVISOR), export=False)
    assert role == Role.SUPERVISOR.value
    assert not page.save_button.isEnabled()

    # A second administrator saves a change to the same employee meanwhile.
    i = row_of(page, operator.id)
    page.set_permission(i, "reports", False)
    with db.transaction() as s:
        theirs = next(r for r in list_rights(s, me) if r.employee_id == operator.id)
    db.write(
        lambda s: save_rights(
            s, me, [replace(theirs, permissions=replace(theirs.permissions, download=False))]
        )
    )
    assert not page.save()
    assert "Another administrator" in page.message.text()
    with db.transaction() as s:
        stored = permissions(s, operator)
    assert stored.reports and not stored.download  # theirs kept, mine not written over it
    i = row_of(page, operator.id)
    assert page.edited(i).permissions == stored  # the list was read again
    # Taking administration from oneself is refused with a message, nothing written.
    page.set_permission(row_of(page, me.id), "admin", False)
    assert not page.save()
    assert page.message.text()
    with db.transaction() as s:
        assert permissions(s, me).admin
    page.reload()


# -- the UI does not offer what a permission does not allow --------------------------------


@pytest.fixture
def operator(db: Database) -> CurrentUser:
    return user_with_role(db, Role.OPERATOR)


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[object]]:
    made: list[object] = []
    yield made
    for w in made:
        if isinstance(w, CallPanel):
            w.release()
        else:
            w.close()  # type: ignore[attr-defined]


def clients_form(qtbot: QtBot, db: Database, who: CurrentUser, made: list[object]) -> ClientsForm:
    form = ClientsForm(Workplace(db, who))
    qtbot.addWidget(form)
    made.append(form)
    return form


def test_sections_follow_reports_tasks_and_administration(
    qtbot: QtBot, db: Database, operator: CurrentUser, windows: list[object]
) -> None:
    full = grant(db, operator, Permissions(**dict.fromkeys(PERMISSION_NAMES, True)))
    window = MainWindow(db, full)
    qtbot.addWidget(window)
    windows.append(window)
    assert {"reports", "tasks", "admin"} <= set(window.section_actions)
    for name, section in (("reports", "reports"), ("tasks", "tasks"), ("admin", "admin")):
        who = grant(db, operator, everything_but(name))
        other = MainWindow(db, who)
        qtbot.addWidget(other)
        windows.append(other)
        assert section not in other.section_actions, name


def test_client_actions_follow_their_permissions(
    qtbot: QtBot, db: Database, operator: CurrentUser, windows: list[object]
) -> None:
    for name, action in (
        ("create_clients", "create_action"),
        ("delete_clients", "delete_action"),
        ("import_clients", "import_action"),
        ("export", "export_action"),
    ):
        form = clients_form(qtbot, db, grant(db, operator, everything_but(name)), windows)
        qa = getattr(form, action)
        assert not qa.isEnabled(), name
        assert "permission" in qa.toolTip(), name
    full = grant(db, operator, Permissions(**dict.fromkeys(PERMISSION_NAMES, True)))
    form = clients_form(qtbot, db, full, windows)
    assert form.create_action.isEnabled() and form.import_action.isEnabled()
    assert form.export_action.isEnabled()


def test_without_create_and_edit_a_card_is_for_viewing(
    qtbot: QtBot, db: Database, operator: CurrentUser, windows: list[object]
) -> None:
    from models import Client

    with db.transaction() as s:
        client_id = s.scalars(select(Client.id).order_by(Client.id)).first()
    viewer = grant(db, operator, Permissions())
    card = ClientCardForm(Workplace(db, viewer), client_id)
    qtbot.addWidget(card)
    windows.append(card)
    assert not card.save_action.isEnabled()
    assert "view" in card.save_action.toolTip()
    assert card.name.isReadOnly() and not card.responsible.isEnabled()
    assert card.call_button.isEnabled()  # calling the client is not changing it
    editor = grant(db, operator, Permissions(create_clients=True))
    card = ClientCardForm(Workplace(db, editor), client_id)
    qtbot.addWidget(card)
    windows.append(card)
    assert card.save_action.isEnabled() and not card.name.isReadOnly()


def test_journal_export_and_registration_follow_their_permissions(
    qtbot: QtBot, db: Database, operator: CurrentUser, windows: list[object]
) -> None:
    who = grant(db, operator, Permissions(listen=True))
    form = JournalForm(Workplace(db, who), poll_ms=60_000)
    qtbot.addWidget(form)
    windows.append(form)
    assert not form.export_action.isEnabled()
    assert "permission" in form.export_action.toolTip()
    assert not form.panel.can_register()
    assert not form.panel.create_button.isEnabled()
    assert "permission" in form.create_client_action.toolTip()


def test_reports_export_and_own_calls_only(
    qtbot: QtBot, db: Database, operator: CurrentUser, windows: list[object]
) -> None:
    who = grant(db, operator, Permissions(reports=True))
    form = ReportsForm(db, who)
    qtbot.addWidget(form)
    windows.append(form)
    qtbot.waitUntil(lambda: form.result is not None, timeout=15_000)
    assert not form.xlsx_action.isEnabled() and not form.print_action.isEnabled()
    assert "Export" in form.xlsx_action.toolTip()
    assert form.report_name == "operators"  # the first report narrowed to own calls
    call_center = next(
        form.report_list.item(r)
        for r in range(form.report_list.count())
        if form.report_list.item(r).data(Qt.ItemDataRole.UserRole) == "call-center"
    )
    assert not call_center.flags() & Qt.ItemFlag.ItemIsEnabled
    assert call_center.toolTip()
    assert not form.operators.isEnabled()
    assert form.result is not None
    keys = {r["key"] for r in form.result.rows}
    assert {k[0] if isinstance(k, tuple) else k for k in keys} <= {who.id}


def test_player_follows_listen_and_download(
    qtbot: QtBot, db: Database, operator: CurrentUser, windows: list[object], tmp_path: Path
) -> None:
    with db.transaction() as s:
        call_id = s.scalar(
            select(CallPart.call_id)
            .where(CallPart.recording_ref.is_not(None))
            .order_by(CallPart.call_id)
        )
    assert call_id is not None
    for allowed, play, download in (
        (Permissions(all_calls=True), False, False),
        (Permissions(all_calls=True, listen=True), True, False),
        (Permissions(all_calls=True, download=True), False, True),
    ):
        who = grant(db, operator, allowed)
        panel = CallPanel(Workplace(db, who, str(tmp_path), "RU"), VLC_TEST_ARGS)
        qtbot.addWidget(panel)
        windows.append(panel)
        panel.show_call(call_id)
        qtbot.waitUntil(lambda p=panel: p.details is not None, timeout=10_000)  # type: ignore[misc]
        player = panel.player
        assert player.play_button.isEnabled() is play
        assert player.download_button.isEnabled() is download
        if not play:
            assert "permission" in player.play_button.toolTip()
        if not download:
            assert "permission" in player.download_button.toolTip()
