"""The administration section: users, groups with field access, card fields, settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.callbacks.settings import (
    MAX_CLAIM_MINUTES,
    MAX_TARGET_MINUTES,
    MAX_WINDOW_HOURS,
    CallbackSettings,
)
from app.callbacks.settings import read_settings as read_callback_settings
from app.clients.field_values import WouldDropData
from app.clients.fields import FieldDef
from app.company_settings import (
    AUTO_CREATE_CLIENTS,
    CALL_SOURCE,
    CALL_SOURCE_PBX,
    CALL_SOURCE_SOFTPHONE,
    RECORD_SOFTPHONE_CALLS,
    WRAP_UP_S,
    get_setting,
)
from app.database import describe_problem
from app.messages import UserFacingError
from app.replica import READ_REPLICA
from app.reports.run import ReportSettings, report_settings
from app.softphone_settings import COMPANY_WRAP_UP, MAX_WRAP_UP_SECONDS, wrap_up_for
from app.staff import admin
from app.staff.admin import AdminError, GroupInfo, UserInfo
from app.staff.groups import GroupsChanged
from app.staff.permissions import PermissionDenied
from app.staff.sip_account import create_user_with_sip as create_with_sip
from app.staff.sip_account import sip_account_of
from app.staff.sip_account import update_user_with_sip as update_with_sip
from app.workplace import Workplace
from models import FieldAccess
from ui.admin.dialogs import FieldDialog, UserDialog, role_names, type_names
from ui.admin.lists_page import ListsPage
from ui.admin.mail_files import MailAndFilesPage
from ui.admin.pbx_page import PbxPage
from ui.admin.permissions_page import PermissionsPage
from ui.background import wait_for
from ui.messages import user_text
from ui.style import set_role


class AdminForm(QWidget):
    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.db = db = workplace.db
        self.user = user = workplace.user
        self.users: list[UserInfo] = []
        self.groups: list[GroupInfo] = []
        self.fields: list[FieldDef] = []
        self.message = QLabel()
        self.message.setObjectName("admin_message")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._users_page(), self.tr("Users"))
        self.permissions = PermissionsPage(db, user)
        self.tabs.addTab(self.permissions, self.tr("Permissions"))
        self.tabs.addTab(self._groups_page(), self.tr("Groups and field access"))
        self.tabs.addTab(self._fields_page(), self.tr("Card fields"))
        self.lists_page = ListsPage(db, user)
        self.lists_page.changed.connect(self._show_fields)
        self.tabs.addTab(self.lists_page, self.tr("Lists"))
        self.tabs.addTab(self._settings_page(), self.tr("Settings"))
        self.mail_files = MailAndFilesPage(workplace)
        self.tabs.addTab(self.mail_files, self.tr("Mail and files"))
        self.pbx = PbxPage(db, user)
        self.tabs.addTab(self.pbx, self.tr("PBX"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        self.reload()

    # -- plumbing -------------------------------------------------------------------------

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """One admin action in one transaction; problems are shown, not raised."""
        try:
            result = self.db.write(lambda s: fn(s, self.user, *args))
        except GroupsChanged as e:  # someone else's change: show theirs, then say so
            self.reload()
            self.show_message(user_text(e), error=True)
            return None
        except (AdminError, PermissionDenied, ValueError) as e:
            self.show_message(user_text(e), error=True)
            return None
        self.message.clear()
        return result if result is not None else True

    def show_message(self, text: str, error: bool = False) -> None:
        set_role(self.message, "error" if error else "success")
        self.message.setText(text)

    def reload(self) -> None:
        self.users = self.run(admin.list_users) or []
        self.groups = self.run(admin.list_groups) or []
        self.fields = self.run(admin.list_fields) or []
        self._show_users()
        self._show_groups()
        self._show_fields()
        if not self.permissions.changed_rows():  # a new user or a new role: its row
            self.permissions.reload()
        with self.db.engine.connect() as conn:
            self.auto_create.blockSignals(True)
            self.auto_create.setChecked(bool(get_setting(conn, AUTO_CREATE_CLIENTS)))
            self.auto_create.blockSignals(False)
            self.record_calls.blockSignals(True)
            self.record_calls.setChecked(bool(get_setting(conn, RECORD_SOFTPHONE_CALLS)))
            self.record_calls.blockSignals(False)
            self.call_source.blockSignals(True)
            index = self.call_source.findData(get_setting(conn, CALL_SOURCE))
            self.call_source.setCurrentIndex(max(0, index))
            self.call_source.blockSignals(False)
            self.wrap_up_default.setValue(
                wrap_up_for(COMPANY_WRAP_UP, get_setting(conn, WRAP_UP_S))
            )
            self.read_replica.setText(str(get_setting(conn, READ_REPLICA) or ""))
            self._show_work_settings(read_callback_settings(conn), report_settings(conn))

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _buttons(self, *specs: tuple[str, Callable[[], object]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- users ----------------------------------------------------------------------------

    def _users_page(self) -> QWidget:
        page = QWidget()
        self.users_table = self._table(
            [
                self.tr("Full name"),
                self.tr("Login"),
                self.tr("Role"),
                self.tr("Position"),
                self.tr("Extension"),
                self.tr("Groups"),
                self.tr("Active"),
            ]
        )
        self.users_table.setObjectName("users_table")
        self.users_table.doubleClicked.connect(lambda _i: self.edit_user())
        layout = QVBoxLayout(page)
        layout.addLayout(
            self._buttons(
                (self.tr("Create user"), self.create_user),
                (self.tr("Edit"), self.edit_user),
                (self.tr("Reset password"), self.reset_password),
                (self.tr("Deactivate"), self.deactivate_user),
            )
        )
        layout.addWidget(self.users_table)
        return page

    def _show_users(self) -> None:
        roles = role_names()
        groups = {g.id: g.name for g in self.groups}
        self.users_table.setRowCount(len(self.users))
        for i, u in enumerate(self.users):
            values = [
                u.full_name,
                u.login,
                roles[u.role],
                u.position,
                u.extension or "",
                ", ".join(groups[g] for g in u.group_ids if g in groups),
                self.tr("yes") if u.active else self.tr("no"),
            ]
            for col, text in enumerate(values):
                self.users_table.setItem(i, col, QTableWidgetItem(text))
        self.users_table.resizeColumnsToContents()

    def selected_user(self) -> UserInfo | None:
        row = self.users_table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def create_user(self) -> None:
        dialog = UserDialog(self.groups, None, self)
        if dialog.exec() and self.run(
            create_with_sip, dialog.edit(), dialog.password.text(), dialog.sip.account()
        ):
            self.reload()

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        found = self.run(lambda s, _who: (sip_account_of(s, user.id),))
        if found is None:
            return
        dialog = UserDialog(self.groups, user, self, sip_account=found[0])
        if dialog.exec() and self.run(
            update_with_sip, user.id, dialog.edit(), dialog.sip.account(), dialog.sip.version
        ):
            self.reload()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for {0}:").format(user.full_name),
            QLineEdit.EchoMode.Password,
        )
        if ok and self.run(admin.reset_password, user.id, password):
            self.show_message(self.tr("The password of {0} was changed.").format(user.full_name))

    def deactivate_user(self) -> None:
        user = self.selected_user()
        if user is not None and self.run(admin.deactivate_user, user.id):
            self.reload()

    # -- groups ---------------------------------------------------------------------------

    def _groups_page(self) -> QWidget:
        page = QWidget()
        self.group_list = QListWidget()
        self.group_list.setObjectName("group_list")
        self.group_list.currentRowChanged.connect(self._show_access)
        self.group_name = QLineEdit()
        self.group_members = QLabel()
        self.group_members.setObjectName("group_members")
        self.group_members.setWordWrap(True)
        self.access_table = self._table([self.tr("Field"), self.tr("Access")])
        self.access_table.setObjectName("access_table")
        left = QVBoxLayout()
        left.addWidget(self.group_list)
        left.addLayout(
            self._buttons(
                (self.tr("New group"), self.new_group),
                (self.tr("Delete group"), self.delete_group),
            )
        )
        right = QVBoxLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Group name:")))
        name_row.addWidget(self.group_name, 1)
        right.addLayout(name_row)
        right.addWidget(self.group_members)
        right.addWidget(self.access_table)
        right.addLayout(self._buttons((self.tr("Save group"), self.save_group)))
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        return page

    def access_names(self) -> dict[FieldAccess, str]:
        return {
            FieldAccess.HIDDEN: self.tr("hidden"),
            FieldAccess.VIEW: self.tr("view"),
            FieldAccess.EDIT: self.tr("edit"),
        }

    def _show_groups(self, current: int | None = None) -> None:
        """The groups with their member counts; ``current``: the group to select (by
        default the one selected, else the first)."""
        if current is None:
            item = self.group_list.currentItem()
            current = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.group_list.blockSignals(True)
        self.group_list.clear()
        row = 0
        for i, g in enumerate(self.groups):
            item = QListWidgetItem(f"{g.name} ({len(g.members)})")
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setToolTip(self._members_text(g))
            self.group_list.addItem(item)
            if g.id == current:
                row = i
        self.group_list.blockSignals(False)
        self.group_list.setCurrentRow(row if self.groups else -1)
        self._show_access(self.group_list.currentRow())

    def _members_text(self, group: GroupInfo | None) -> str:
        names = {u.id: u.full_name for u in self.users}
        members = sorted(names[m] for m in (group.members if group else ()) if m in names)
        if group is None:
            return self.tr("Choose the members in each user's dialog (Users tab).")
        if not members:
            return self.tr("No members: choose them in each user's dialog (Users tab).")
        return self.tr("Members: {names}").format(names=", ".join(members))

    def _show_access(self, row: int) -> None:
        group = self.groups[row] if 0 <= row < len(self.groups) else None
        self.group_name.setText(group.name if group else "")
        self.group_members.setText(self._members_text(group))
        self.access_table.setRowCount(len(self.fields))
        names = self.access_names()
        for i, f in enumerate(self.fields):
            self.access_table.setItem(i, 0, QTableWidgetItem(f.title))
            combo = self.access_table.cellWidget(i, 1)
            if not isinstance(combo, QComboBox):  # reused: a replaced widget lingers a while
                combo = QComboBox()
                for level, name in names.items():
                    combo.addItem(name, level.value)
                self.access_table.setCellWidget(i, 1, combo)
            level = group.access.get(f.id, FieldAccess.EDIT) if group else FieldAccess.EDIT
            combo.setCurrentIndex(combo.findData(level.value))
        self.access_table.resizeColumnToContents(0)

    def current_access(self) -> dict[int, FieldAccess]:
        result = {}
        for i, f in enumerate(self.fields):
            combo = self.access_table.cellWidget(i, 1)
            if isinstance(combo, QComboBox):
                result[f.id] = FieldAccess(combo.currentData())
        return result

    def new_group(self) -> None:
        self.group_list.setCurrentRow(-1)
        self.group_list.clearSelection()
        self._show_access(-1)
        self.group_name.setFocus()

    def save_group(self) -> None:
        row = self.group_list.currentRow()
        seen = self.groups[row] if 0 <= row < len(self.groups) else None
        saved = self.run(
            admin.save_group,
            seen.id if seen else None,
            self.group_name.text(),
            self.current_access(),
            seen,
        )
        if saved:
            self.users = self.run(admin.list_users) or []
            self.groups = self.run(admin.list_groups) or []
            self._show_users()
            self._show_groups(saved)
            self.show_message(self.tr("The group was saved."))

    def delete_group(self) -> None:
        row = self.group_list.currentRow()
        if 0 <= row < len(self.groups) and self.run(admin.delete_group, self.groups[row].id):
            self.reload()

    # -- fields ---------------------------------------------------------------------------

    def _fields_page(self) -> QWidget:
        page = QWidget()
        self.fields_table = self._table(
            [
                self.tr("Title"),
                self.tr("Key"),
                self.tr("Type"),
                self.tr("Required"),
                self.tr("In table"),
                self.tr("On the card"),
                self.tr("Tab / section"),
                self.tr("Order"),
                self.tr("Items"),
            ]
        )
        self.fields_table.setObjectName("fields_table")
        self.fields_table.doubleClicked.connect(lambda _i: self.edit_field())
        layout = QVBoxLayout(page)
        layout.addLayout(
            self._buttons(
                (self.tr("Add field"), self.add_field),
                (self.tr("Edit"), self.edit_field),
                (self.tr("Delete field"), self.delete_field),
            )
        )
        layout.addWidget(self.fields_table)
        return page

    def _show_fields(self) -> None:
        types = type_names()
        yes = self.tr("yes")
        self.fields_table.setRowCount(len(self.fields))
        lists = {info.id: info.name for info in self.lists_page.lists}
        for i, f in enumerate(self.fields):
            items = lists.get(f.list_id, "") if f.list_id is not None else ", ".join(f.items)
            values = [
                f.title,
                f.code,
                types[f.field_type],
                yes if f.required else "",
                yes if f.in_table else "",
                yes if f.shown else self.tr("hidden"),
                " / ".join(t for t in (f.tab_title, f.group_title) if t),
                str(f.sort_order),
                items,
            ]
            for col, text in enumerate(values):
                self.fields_table.setItem(i, col, QTableWidgetItem(text))
        self.fields_table.resizeColumnsToContents()

    def selected_field(self) -> FieldDef | None:
        row = self.fields_table.currentRow()
        return self.fields[row] if 0 <= row < len(self.fields) else None

    def field_dialog(self, field: FieldDef | None) -> FieldDialog:
        return FieldDialog(field, self, self.lists_page.lists)

    def add_field(self) -> None:
        dialog = self.field_dialog(None)
        if dialog.exec():
            self.save_field(None, dialog.edit())

    def edit_field(self) -> None:
        field = self.selected_field()
        if field is None:
            return
        dialog = self.field_dialog(field)
        if dialog.exec():
            self.save_field(field.id, dialog.edit())

    def save_field(self, field_id: int | None, edit: admin.FieldEdit) -> bool:
        """Save; a change that would clear cards' values asks first (their number)."""
        return self._confirmed(admin.save_field, field_id, edit)

    def delete_field(self) -> bool:
        field = self.selected_field()
        return field is not None and self._confirmed(admin.delete_field, field.id)

    def _confirmed(self, fn: Callable[..., Any], *args: Any) -> bool:
        confirmed: int | None = None
        while True:
            try:

                def work(session: Any, c: int | None = confirmed) -> Any:
                    return fn(session, self.user, *args, confirmed=c)

                self.db.write(work)
            except WouldDropData as e:
                if not self.lists_page.confirm_drop(e.cards):
                    self.show_message(self.tr("Nothing was changed."))
                    return False
                confirmed = e.cards
                continue
            except (AdminError, PermissionDenied, ValueError) as e:
                self.show_message(user_text(e), error=True)
                return False
            break
        self.message.clear()
        self.reload()
        self.lists_page.reload()
        return True

    # -- settings -------------------------------------------------------------------------

    def _settings_page(self) -> QWidget:
        page = QWidget()
        self.auto_create = QCheckBox(
            self.tr("Create a client card automatically for an unknown incoming number")
        )
        self.auto_create.setObjectName("auto_create")
        self.auto_create.toggled.connect(self._auto_create_toggled)
        self.call_source = QComboBox()
        self.call_source.setObjectName("call_source")
        self.call_source.addItem(
            self.tr("the PBX (its call records; the softphones write nothing)"), CALL_SOURCE_PBX
        )
        self.call_source.addItem(
            self.tr("CallDesk softphones (each writes the calls it makes and takes)"),
            CALL_SOURCE_SOFTPHONE,
        )
        self.call_source.setToolTip(
            self.tr("Only one source writes calls, so that nothing is counted twice.")
        )
        self.call_source.currentIndexChanged.connect(self._call_source_changed)
        self.wrap_up_default = QSpinBox()
        self.wrap_up_default.setObjectName("wrap_up_default")
        self.wrap_up_default.setRange(0, MAX_WRAP_UP_SECONDS)
        self.wrap_up_default.setSuffix(self.tr(" s"))
        self.wrap_up_default.setSpecialValueText(self.tr("none"))
        self.wrap_up_default.setMaximumWidth(160)  # as the page's other spin boxes
        self.wrap_up_default.setToolTip(
            self.tr(
                'For every operator whose softphone settings say "as the company"; '
                "a workstation may set its own."
            )
        )
        self.wrap_up_default.editingFinished.connect(self._wrap_up_default_changed)
        self.record_calls = QCheckBox(self.tr("Record softphone calls"))
        self.record_calls.setObjectName("record_calls")
        self.record_calls.setToolTip(
            self.tr(
                "Each softphone records its answered calls (both voices) and uploads them "
                "into a folder per day of the recordings folder its workstation plays "
                "recordings from (recordings_base in its settings.json); until that folder "
                "is reachable they wait on the operator's computer. Operators see that "
                "calls are recorded."
            )
        )
        self.record_calls.toggled.connect(self._record_calls_toggled)
        source = QFormLayout()
        source.addRow(self.tr("Calls in the journal come from:"), self.call_source)
        source.addRow(self.tr("Wrap-up pause after a call:"), self.wrap_up_default)
        self.read_replica = QLineEdit()
        self.read_replica.setObjectName("read_replica")
        self.read_replica.setPlaceholderText(self.tr("none: every read goes to this server"))
        self.read_replica.setMaximumWidth(320)
        self.read_replica.setToolTip(
            self.tr(
                "host:port of a MariaDB/MySQL replica of this database. The journal, reports "
                "and client directory read there (writes always go to this server); "
                "workstations use it from their next start."
            )
        )
        self.read_replica.editingFinished.connect(self._read_replica_changed)
        source.addRow(self.tr("Read replica:"), self.read_replica)
        source.addRow("", self.record_calls)
        layout = QVBoxLayout(page)
        layout.addWidget(self.auto_create)
        layout.addLayout(source)
        layout.addWidget(self._work_settings_box())
        layout.addStretch(1)
        return page

    def _work_settings_box(self) -> QGroupBox:
        """The working day, the callback target and the report thresholds (saved together)."""
        box = QGroupBox(self.tr("Working day, calls back and reports"))
        self.day_start = QTimeEdit()
        self.day_start.setObjectName("day_start")
        self.day_end = QTimeEdit()
        self.day_end.setObjectName("day_end")
        for edit in (self.day_start, self.day_end):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.day_end)
        hours.addStretch(1)
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("time_zone")
        self.time_zone.setEditable(True)
        self.time_zone.addItem(self.tr("this computer's"), "")
        for zone in sorted(available_timezones()):
            self.time_zone.addItem(zone, zone)
        self.target_minutes_on = QRadioButton(self.tr("within"))
        self.target_minutes_on.setObjectName("target_minutes_on")
        self.target_minutes = QSpinBox()
        self.target_minutes.setObjectName("target_minutes")
        self.target_minutes.setRange(1, MAX_TARGET_MINUTES)
        self.target_minutes.setSuffix(self.tr(" min of the first attempt"))
        self.target_end_of_day = QRadioButton(self.tr("before the end of the working day"))
        self.target_end_of_day.setObjectName("target_end_of_day")
        self.target_minutes_on.toggled.connect(self.target_minutes.setEnabled)
        target = QHBoxLayout()
        target.addWidget(self.target_minutes_on)
        target.addWidget(self.target_minutes)
        target.addWidget(self.target_end_of_day)
        target.addStretch(1)
        self.window_hours = QSpinBox()
        self.window_hours.setObjectName("window_hours")
        self.window_hours.setRange(0, MAX_WINDOW_HOURS)
        self.window_hours.setSpecialValueText(self.tr("the same day"))
        self.window_hours.setSuffix(self.tr(" h"))
        self.claim_minutes = QSpinBox()
        self.claim_minutes.setObjectName("claim_minutes")
        self.claim_minutes.setRange(1, MAX_CLAIM_MINUTES)
        self.claim_minutes.setSuffix(self.tr(" min"))
        self.service_level = QSpinBox()
        self.service_level.setObjectName("service_level")
        self.service_level.setRange(0, 3600)
        self.service_level.setSuffix(self.tr(" s"))
        self.short_abandon = QSpinBox()
        self.short_abandon.setObjectName("short_abandon")
        self.short_abandon.setRange(0, 3600)
        self.short_abandon.setSuffix(self.tr(" s"))
        save = QPushButton(self.tr("Save settings"))
        save.setObjectName("save_work_settings")
        save.clicked.connect(self.save_work_settings)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.time_zone.setMinimumContentsLength(24)
        form.addRow(self.tr("Working hours:"), hours)
        form.addRow(self.tr("Time zone:"), self.time_zone)
        form.addRow(self.tr("Call a missed caller back:"), target)
        form.addRow(self.tr("Repeated calls of one number are one item over:"), self.window_hours)
        form.addRow(self.tr("Take it holds for:"), self.claim_minutes)
        form.addRow(self.tr("Service level: answered within"), self.service_level)
        form.addRow(self.tr("Ignore abandoned calls shorter than"), self.short_abandon)
        form.addRow("", save)
        return box

    def _show_work_settings(self, callbacks: CallbackSettings, reports: ReportSettings) -> None:
        self.day_start.setTime(QTime(callbacks.day_start.hour, callbacks.day_start.minute))
        self.day_end.setTime(QTime(callbacks.day_end.hour, callbacks.day_end.minute))
        index = self.time_zone.findData(reports.time_zone)
        if index < 0:
            self.time_zone.setEditText(reports.time_zone)
        else:
            self.time_zone.setCurrentIndex(index)
        by_minutes = callbacks.target_minutes is not None
        self.target_minutes_on.setChecked(by_minutes)
        self.target_end_of_day.setChecked(not by_minutes)
        self.target_minutes.setEnabled(by_minutes)
        self.target_minutes.setValue(callbacks.target_minutes or 30)
        self.window_hours.setValue(callbacks.window_hours)
        self.claim_minutes.setValue(callbacks.claim_minutes)
        self.service_level.setValue(reports.service_level_s)
        self.short_abandon.setValue(reports.short_abandon_s)

    def work_settings(self) -> tuple[CallbackSettings, ReportSettings]:
        """What the settings box says now."""
        start, end = self.day_start.time(), self.day_end.time()
        text = self.time_zone.currentText().strip()
        index = self.time_zone.findText(text)
        zone = str(self.time_zone.itemData(index)) if index >= 0 else text
        callbacks = CallbackSettings(
            target_minutes=(
                self.target_minutes.value() if self.target_minutes_on.isChecked() else None
            ),
            day_start=time(start.hour(), start.minute()),
            day_end=time(end.hour(), end.minute()),
            time_zone=zone,
            window_hours=self.window_hours.value(),
            claim_minutes=self.claim_minutes.value(),
        )
        reports = ReportSettings(
            service_level_s=self.service_level.value(),
            short_abandon_s=self.short_abandon.value(),
            time_zone=zone,
        )
        return callbacks, reports

    def save_work_settings(self) -> None:
        """One transaction; changed report thresholds rebuild the summaries (with progress)."""
        callbacks, reports = self.work_settings()

        def save() -> None:
            self.db.write(lambda s: admin.save_work_settings(s, self.user, callbacks, reports))

        try:
            wait_for(self, self.tr("Saving the settings…"), save)
        except UserFacingError as e:
            self.show_message(user_text(e), error=True)
            return
        except DBAPIError as e:
            self.show_message(user_text(describe_problem(e)), error=True)
            return
        self.show_message(self.tr("The settings were saved."))

    def _auto_create_toggled(self, on: bool) -> None:
        self.run(admin.set_company_setting, AUTO_CREATE_CLIENTS, on)

    def _record_calls_toggled(self, on: bool) -> None:
        if self.run(admin.set_company_setting, RECORD_SOFTPHONE_CALLS, on) is not None:
            self.show_message(self.tr("The settings were saved."))

    def _read_replica_changed(self) -> None:
        stored = self.run(admin.set_read_replica, self.read_replica.text())
        if isinstance(stored, str):
            self.read_replica.setText(stored)
            self.show_message(self.tr("The settings were saved."))

    def _wrap_up_default_changed(self) -> None:
        if self.run(admin.set_wrap_up_default, self.wrap_up_default.value()) is not None:
            self.show_message(self.tr("The settings were saved."))

    def _call_source_changed(self, _index: int) -> None:
        self.run(admin.set_company_setting, CALL_SOURCE, self.call_source.currentData())
