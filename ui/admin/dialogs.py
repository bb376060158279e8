"""Dialogs of the administration section: a user, a card field, a new password."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clients.fields import CHOICE_TYPES, FieldDef
from app.staff.admin import FieldEdit, GroupInfo, UserEdit, UserInfo
from app.staff.lists import ListInfo
from app.staff.sip_account import SipAccount
from models import FieldType, Role
from ui.admin.sip_account_box import SipAccountBox
from ui.clients.field_editors import add_sections
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
        FieldType.LIST: QCoreApplication.translate("admin", "One item of a list"),
        FieldType.LINES: QCoreApplication.translate("admin", "Lines of text"),
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
        self,
        groups: list[GroupInfo],
        user: UserInfo | None,
        parent: QWidget | None = None,
        sip_account: SipAccount | None = None,
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
        # The role's preset is applied when the role is chosen; each permission is then set
        # on the Permissions page.
        self.role.setToolTip(
            self.tr("Choosing a role gives its permissions; change them on the Permissions page.")
        )
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
        form.addRow("", self.active)
        if user is None:
            form.addRow(self.tr("Password:"), self.password)
        self.sip = SipAccountBox(sip_account, self)
        form.addRow(self.sip)
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
            active=self.active.isChecked(),
            groups_seen=self.seen_groups,
        )


class FieldDialog(QDialog):
    """A card field's attributes beside a preview of how the card shows it."""

    def __init__(
        self,
        field: FieldDef | None,
        parent: QWidget | None = None,
        lists: Sequence[ListInfo] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New field") if field is None else self.tr("Field"))
        self.lists = list(lists)
        self.title = QLineEdit(field.title if field else "")
        self.title.setObjectName("field_title")
        self.code = QLineEdit(field.code if field else "")
        self.code.setObjectName("field_code")
        self.code.setPlaceholderText(self.tr("made from the title"))
        self.code.setToolTip(
            self.tr(
                "A stable Latin key: small letters, digits and «_». Import matches a "
                "column headed with it to this field."
            )
        )
        self.field_type = QComboBox()
        self.field_type.setObjectName("field_type")
        for kind, name in type_names().items():
            self.field_type.addItem(name, kind.value)
        self.field_type.setCurrentIndex(
            self.field_type.findData((field.field_type if field else FieldType.TEXT).value)
        )
        self.value_list = QComboBox()
        self.value_list.setObjectName("field_list")
        for info in self.lists:
            self.value_list.addItem(info.name, info.id)
        if field is not None and field.list_id is not None:
            self.value_list.setCurrentIndex(max(self.value_list.findData(field.list_id), 0))
        self.required = QCheckBox(self.tr("Required"))
        self.required.setChecked(bool(field and field.required))
        self.in_table = QCheckBox(self.tr("Show in the client table"))
        self.in_table.setChecked(bool(field and field.in_table))
        self.shown = QCheckBox(self.tr("Shown on the card"))
        self.shown.setObjectName("field_shown")
        self.shown.setChecked(field.shown if field else True)
        self.shown.setToolTip(
            self.tr("A field not shown keeps its values; the card simply does not show it.")
        )
        self.order = QSpinBox()
        self.order.setRange(0, 9999)
        self.order.setValue(field.sort_order if field else 0)
        self.tab = QLineEdit(field.tab_title if field else "")
        self.tab.setObjectName("field_tab")
        self.tab.setPlaceholderText(self.tr("Additional fields"))
        self.group = QLineEdit(field.group_title if field else "")
        self.group.setPlaceholderText(self.tr("General"))
        self.hint = QLineEdit(field.hint if field else "")
        self.hint.setObjectName("field_hint")
        self.hint.setPlaceholderText(self.tr("Shown in the empty field and as its tooltip"))
        self.items = QPlainTextEdit("\n".join(field.items) if field else "")
        self.items.setPlaceholderText(self.tr("One item per line"))
        self.items.setFixedHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Key:"), self.code)
        form.addRow(self.tr("Type:"), self.field_type)
        form.addRow(self.tr("List:"), self.value_list)
        form.addRow(self.tr("List items:"), self.items)
        form.addRow(self.tr("Hint:"), self.hint)
        form.addRow(self.tr("Tab on the card:"), self.tab)
        form.addRow(self.tr("Section on the tab:"), self.group)
        form.addRow(self.tr("Order:"), self.order)
        form.addRow("", self.required)
        form.addRow("", self.in_table)
        form.addRow("", self.shown)

        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("field_preview")
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        preview_box = QGroupBox(self.tr("Preview of the card"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_tabs, 1)
        preview_layout.addWidget(self.preview_note)
        preview_box.setMinimumWidth(380)

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(preview_box, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        for edit in (self.title, self.hint, self.tab, self.group):
            edit.textChanged.connect(lambda _t: self.update_preview())
        self.items.textChanged.connect(self.update_preview)
        for combo in (self.field_type, self.value_list):
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        for check in (self.required, self.shown):
            check.toggled.connect(lambda _on: self.update_preview())
        self.update_preview()

    def _kind(self) -> FieldType:
        return FieldType(self.field_type.currentData())

    def preview_field(self) -> FieldDef:
        """The field as it stands in the dialog (id 0), for the preview."""
        kind = self._kind()
        info = next((i for i in self.lists if i.id == self.value_list.currentData()), None)
        return FieldDef(
            id=0,
            title=" ".join(self.title.text().split()) or self.tr("New field"),
            field_type=kind,
            required=self.required.isChecked(),
            sort_order=self.order.value(),
            group_title=" ".join(self.group.text().split()),
            in_table=self.in_table.isChecked(),
            items=tuple(i.strip() for i in self.items.toPlainText().splitlines() if i.strip()),
            code=self.code.text().strip(),
            hint=self.hint.text().strip(),
            tab_title=" ".join(self.tab.text().split()),
            shown=self.shown.isChecked(),
            list_id=info.id if info and kind is FieldType.LIST else None,
            choices=info.items if info and kind is FieldType.LIST else (),
        )

    def update_preview(self) -> None:
        kind = self._kind()
        self.value_list.setEnabled(kind is FieldType.LIST)
        self.items.setEnabled(kind in CHOICE_TYPES)
        field = self.preview_field()
        self.preview_tabs.clear()
        page = QWidget()
        layout = QVBoxLayout(page)
        if field.shown:
            add_sections(layout, [(field, True)], self.tr("General"))
        layout.addStretch(1)
        self.preview_tabs.addTab(page, field.tab_title or self.tr("Additional fields"))
        if not field.shown:
            note = self.tr("The card does not show this field; its values are kept.")
        elif kind is FieldType.LIST and not self.lists:
            note = self.tr("Create a list first (Administration → Lists).")
        elif field.hint:
            note = self.tr("The hint shows in the empty field and as its tooltip.")
        else:
            note = ""
        self.preview_note.setText(note)

    def edit(self) -> FieldEdit:
        kind = self._kind()
        return FieldEdit(
            title=self.title.text(),
            field_type=kind,
            required=self.required.isChecked(),
            sort_order=self.order.value(),
            group_title=self.group.text(),
            in_table=self.in_table.isChecked(),
            items=self.items.toPlainText().splitlines(),
            code=self.code.text(),
            hint=self.hint.text(),
            tab_title=self.tab.text(),
            shown=self.shown.isChecked(),
            list_id=self.value_list.currentData() if kind is FieldType.LIST else None,
        )
