"""Administration -> Users: the user dialog picks several groups from a checkable list (what the
choice means said under it), saved in one write; another administrator's change meanwhile is
reported, not overwritten; the groups page shows each group's members."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidgetItem
from pytestqt.qtbot import QtBot

from app.database import Database
from app.demo.cards import DELIVERY, GROUPS, SALES
from app.staff import admin
from app.staff.groups import groups_of
from app.staff.permissions import visible_fields
from app.workplace import Workplace
from models import Role
from tests.support.ui_support import user_with_role
from ui.admin.dialogs import UserDialog
from ui.admin.form import AdminForm

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"

pytestmark = pytest.mark.seed(calls=50, clients=10, days=2, cards=True, qt_settings=True)


def _when_dialog(qtbot: QtBot, act: Callable[[UserDialog], None]) -> list[UserDialog]:
    """Run ``act`` on the user dialog once it is open (modal: its own event loop)."""
    seen: list[UserDialog] = []

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UserDialog):
            QTimer.singleShot(20, find)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, find)
    return seen


def _item(dialog: UserDialog, name: str) -> QListWidgetItem:
    found = dialog.groups.list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(found) == 1
    return found[0]


def _groups_cell(form: AdminForm, row: int) -> str:
    item = form.users_table.item(row, 5)
    assert item is not None
    return item.text()


def _open_user(form: AdminForm, login: str) -> None:
    row = next(i for i, u in enumerate(form.users) if u.login == login)
    form.users_table.selectRow(row)
    form.edit_user()


def test_the_dialog_picks_several_groups_and_reports_a_conflict(qtbot: QtBot, db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    form = AdminForm(Workplace(db, me))
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    sales, delivery = GROUPS[SALES], GROUPS[DELIVERY]

    def add_delivery(dialog: UserDialog) -> None:
        assert dialog.groups.checked() == (SALES,)  # the demo operator: sales only
        assert dialog.groups.hint.text() == "Card fields as the group allows."
        _item(dialog, delivery).setCheckState(Qt.CheckState.Checked)
        assert dialog.groups.hint.text().startswith("Several groups: per field, the widest")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(ARTIFACTS / f"admin-user-groups-{db.dialect}.png"))
        dialog.accept()

    seen = _when_dialog(qtbot, add_delivery)
    _open_user(form, operator.login)
    assert seen and not form.message.text()
    with db.engine.connect() as conn:
        assert groups_of(conn, operator.id) == (SALES, DELIVERY)
        # Delivery edits the addresses sales may only view.
        access = {v.field.title: v.access.value for v in visible_fields(conn, operator)}
    assert access["Адреса доставки"] == "edit" and access["ИНН"] == "view"
    row = next(i for i, u in enumerate(form.users) if u.id == operator.id)
    assert _groups_cell(form, row) == f"{sales}, {delivery}"

    # The groups page lists the members.
    form.tabs.setCurrentIndex(1)
    index = next(i for i, g in enumerate(form.groups) if g.id == DELIVERY)
    form.group_list.setCurrentRow(index)
    assert operator.full_name in form.group_members.text()
    members = next(g for g in form.groups if g.id == DELIVERY).members
    assert form.group_list.currentItem().text() == f"{delivery} ({len(members)})"

    # Another administrator takes the operator out of sales while this one has the dialog open.
    def conflict(dialog: UserDialog) -> None:
        info = next(u for u in form.users if u.id == operator.id)
        other = admin.UserEdit(
            info.login, info.full_name, role=info.role, group_ids=(DELIVERY,),
            groups_seen=info.group_ids,
        )  # fmt: skip
        db.write(lambda s: admin.update_user(s, me, operator.id, other))
        _item(dialog, delivery).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    form.tabs.setCurrentIndex(0)
    seen = _when_dialog(qtbot, conflict)
    _open_user(form, operator.login)
    assert seen
    assert form.message.text().startswith(
        f"Another administrator changed the groups of {operator.full_name}"
    )
    with db.engine.connect() as conn:
        assert groups_of(conn, operator.id) == (DELIVERY,)  # theirs stays
    assert _groups_cell(form, row) == delivery  # and is shown

    # Out of every group: no custom field at all.
    def none(dialog: UserDialog) -> None:
        _item(dialog, delivery).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.groups.checked() == ()
        assert dialog.groups.hint.text().startswith("In no group: no custom card fields")
        dialog.accept()

    seen = _when_dialog(qtbot, none)
    _open_user(form, operator.login)
    assert seen and not form.message.text()
    with db.engine.connect() as conn:
        assert groups_of(conn, operator.id) == ()
        assert visible_fields(conn, operator) == []
    assert _groups_cell(form, row) == ""
