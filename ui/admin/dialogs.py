"""Dialogs of the administration section: a user, a card field, a new password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clients.fields import FieldDef
from app.staff.admin import FieldEdit, GroupInfo, UserEdit, UserInfo
from models import FieldType, Role
from ui.style import set_role


def role_names() -> dict[Role, str]:
    return {
        Role.ADMIN: QCoreApplication.translate("admin", "administrator"),
        Role.SUPERVISOR: QCoreApplication.translate("admin", "supervisor"),
        Role.OPERATOR: QCoreApplication.translate("admin", "operator"),
        Role.ACCOUNTANT: QCoreApplication.translate("admin", "accountant"),
    }


def type_names() -> dict[FieldType, str]:
    return {
        FieldType.TEXT: QCoreApplication.translate("admin", "Text"),
        FieldType.NUMBER: QCoreApplication.translate("admin", "Number"),
        FieldType.DATE: QCoreApplication.translate("admin", "Date"),
        FieldType.LIST: QCoreApplication.translate("admin", "List of lines"),
        FieldType.DROPDOWN: QCoreApplication.translate("admin", "Dropdown"),
        FieldType.MULTI_SELECT: QCoreApplication.translate("admin", "Multi-select"),
        FieldType.CHECKBOXES: QCoreApplication.translate("admin", "Checkboxes"),
    }


class GroupChecklist(QWidget):
    """The groups an employee belongs to: one check box per group, and what the choice means
    for the card fields (none: no custom fields; several: the widest access per field)."""

    def __init__(
        self, groups: list[GroupInfo], checked: tuple[int, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("user_groups")
        for g in groups:
            item = QListWidgetItem(g.name)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if g.id in checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        rows = max(3, min(len(groups), 6))
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 4)
        self.hint = QLabel()
        self.hint.setObjectName("user_groups_hint")
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        # Room for two lines whatever the choice: the dialog does not grow as the hint changes.
        self.hint.setMinimumHeight(2 * self.hint.fontMetrics().lineSpacing() + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.list.itemChanged.connect(lambda _item: self._show_hint())
        self._show_hint()

    def checked(self) -> tuple[int, ...]:
        return tuple(
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def _show_hint(self) -> None:
        count = len(self.checked())
        if count == 0:
            text = self.tr("In no group: no custom card fields (administrators see all).")
        elif count == 1:
            text = self.tr("Card fields as the group allows.")
        else:
            text = self.tr("Several groups: per field, the widest access of them.")
        self.hint.setText(text)


class UserDialog(QDialog):
    def __init__(
        self, groups: list[GroupInfo], user: UserInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("User"))
        self.setMinimumWidth(440)
        self.login = QLineEdit(user.login if user else "")
        self.full_name = QLineEdit(user.full_name if user else "")
        self.position = QLineEdit(user.position if user else "")
        self.role = QComboBox()
        for role, name in role_names().items():
            self.role.addItem(name, role.value)
        self.role.setCurrentIndex(self.role.findData((user.role if user else Role.OPERATOR).value))
        self.extension = QLineEdit((user.extension or "") if user else "")
        self.groups = GroupChecklist(groups, user.group_ids if user else ())
        self.can_reports = QCheckBox(self.tr("Reports"))
        self.can_reports.setChecked(bool(user and user.can_reports))
        self.can_create = QCheckBox(self.tr("Create clients"))
        self.can_create.setChecked(user.can_create_clients if user else True)
        self.can_tasks = QCheckBox(self.tr("Tasks"))
        self.can_tasks.setObjectName("can_tasks")
        self.can_tasks.setChecked(user.can_tasks if user else True)
        self.can_admin = QCheckBox(self.tr("Administration"))
        self.can_admin.setChecked(bool(user and user.can_admin))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(user.active if user else True)
        self.seen_groups = user.group_ids if user else None
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Extension:"), self.extension)
        form.addRow(self.tr("Groups:"), self.groups)
        form.addRow(self.tr("Permissions:"), self.can_reports)
        form.addRow("", self.can_create)
        form.addRow("", self.can_tasks)
        form.addRow("", self.can_admin)
        form.addRow("", self.active)
        if user is None:
            form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edit(self) -> UserEdit:
        return UserEdit(
            login=self.login.text(),
            full_name=self.full_name.text(),
            position=self.position.text(),
            role=Role(self.role.currentData()),
            extension=self.extension.text() or None,
            group_ids=self.groups.checked(),
            can_reports=self.can_reports.isChecked(),
            can_create_clients=self.can_create.isChecked(),
            can_admin=self.can_admin.isChecked(),
            can_tasks=self.can_tasks.isChecked(),
            active=self.active.isChecked(),
            groups_seen=self.seen_groups,
        )


class FieldDialog(QDialog):
    def __init__(self, field: FieldDef | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New field") if field is None else self.tr("Field"))
        self.title = QLineEdit(field.title if field else "")
        self.field_type = QComboBox()
        for kind, name in type_names().items():
            self.field_type.addItem(name, kind.value)
        self.field_type.setCurrentIndex(
            self.field_type.findData((field.field_type if field else FieldType.TEXT).value)
        )
        self.required = QCheckBox(self.tr("Required"))
        self.required.setChecked(bool(field and field.required))
        self.in_table = QCheckBox(self.tr("Show in the client table"))
        self.in_table.setChecked(bool(field and field.in_table))
        self.order = QSpinBox()
        self.order.setRange(0, 9999)
        self.order.setValue(field.sort_order if field else 0)
        self.group = QLineEdit(field.group_title if field else "")
        self.items = QPlainTextEdit("\n".join(field.items) if field else "")
        self.items.setPlaceholderText(self.tr("One item per line"))
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Type:"), self.field_type)
        form.addRow("", self.required)
        form.addRow("", self.in_table)
        form.addRow(self.tr("Order:"), self.order)
        form.addRow(self.tr("Group on the card:"), self.group)
        form.addRow(self.tr("List items:"), self.items)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edit(self) -> FieldEdit:
        return FieldEdit(
            title=self.title.text(),
            field_type=FieldType(self.field_type.currentData()),
            required=self.required.isChecked(),
            sort_order=self.order.value(),
            group_title=self.group.text(),
            in_table=self.in_table.isChecked(),
            items=self.items.toPlainText().splitlines(),
        )
