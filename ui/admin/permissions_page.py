"""Administration -> Permissions: every employee's role and permission toggles in one table.

Choosing a role fills the row with the role's preset; the toggles may then differ. Save
writes every changed row in one transaction; a row another administrator changed since it
was read is a conflict (the page says whose and reads the list again).
"""

from __future__ import annotations

import textwrap
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.staff.auth import CurrentUser
from app.staff.permissions import PERMISSION_NAMES, PermissionDenied, Permissions
from app.staff.rights import EmployeeRights, RightsConflict, RightsError, list_rights, save_rights
from models import Role
from ui.admin.dialogs import role_names
from ui.call_vocabulary import short_name
from ui.messages import user_text
from ui.style import set_role

FIRST_PERMISSION = 2  # columns: name, role, then one per permission
HEADER_LINE = 13  # characters per line of a column's title
ROLE_PADDING = 44  # the combo box's frame and arrow


def permission_titles() -> dict[str, tuple[str, str]]:
    """Each permission's column title and what it allows (the header's tooltip)."""
    return {
        "reports": (
            QCoreApplication.translate("admin", "Reports"),
            QCoreApplication.translate("admin", "The Reports section."),
        ),
        "create_clients": (
            QCoreApplication.translate("admin", "Create and edit clients"),
            QCoreApplication.translate(
                "admin", "Create client cards, change them, assign numbers. Without it: view only."
            ),
        ),
        "delete_clients": (
            QCoreApplication.translate("admin", "Delete clients"),
            QCoreApplication.translate("admin", "Delete client cards."),
        ),
        "import_clients": (
            QCoreApplication.translate("admin", "Import"),
            QCoreApplication.translate("admin", "Import clients from Excel or CSV files."),
        ),
        "admin": (
            QCoreApplication.translate("admin", "Administration"),
            QCoreApplication.translate(
                "admin", "Users, permissions, groups, card fields and settings."
            ),
        ),
        "tasks": (
            QCoreApplication.translate("admin", "Tasks"),
            QCoreApplication.translate("admin", "The Tasks section: create and change tasks."),
        ),
        "all_calls": (
            QCoreApplication.translate("admin", "See all calls"),
            QCoreApplication.translate(
                "admin",
                "Every call in the journal, cards, pop-up, search, exports and reports. "
                "Without it: only the calls the employee took part in.",
            ),
        ),
        "export": (
            QCoreApplication.translate("admin", "Export"),
            QCoreApplication.translate(
                "admin", "Save the journal, clients and reports to Excel or CSV, print reports."
            ),
        ),
        "listen": (
            QCoreApplication.translate("admin", "Listen to recordings"),
            QCoreApplication.translate(
                "admin", "Play the recordings of the calls the employee may see."
            ),
        ),
        "download": (
            QCoreApplication.translate("admin", "Download recordings"),
            QCoreApplication.translate("admin", "Save recordings to files."),
        ),
    }


class PermissionsPage(QWidget):
    """The editor; ``rows`` are as read, the table holds the edits until Save."""

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permissions_page")
        self.db = db
        self.user = user
        self.rows: list[EmployeeRights] = []
        self._filling = False
        titles = permission_titles()
        self.table = QTableWidget(0, FIRST_PERMISSION + len(PERMISSION_NAMES))
        self.table.setObjectName("permissions_table")
        headers = [self.tr("Employee"), self.tr("Role")] + [titles[n][0] for n in PERMISSION_NAMES]
        for col, text in enumerate(headers):
            # Titles on up to three short lines: ten toggles and the names fit in 1280 px.
            item = QTableWidgetItem(
                "\n".join(textwrap.wrap(text, HEADER_LINE, break_long_words=False)) or text
            )
            if col >= FIRST_PERMISSION:
                item.setToolTip(titles[PERMISSION_NAMES[col - FIRST_PERMISSION]][1])
            self.table.setHorizontalHeaderItem(col, item)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its content: a cut name is a wrong person, a cut title a
        # wrong right (in Ukrainian at 1280 px the table may scroll sideways a little).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        longest = max(self.fontMetrics().horizontalAdvance(t) for t in role_names().values())
        self.table.setColumnWidth(1, longest + ROLE_PADDING)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._toggled)

        note = QLabel(
            self.tr(
                "A role fills its preset of permissions; each toggle may then differ. "
                "Hover over a column's title for what it allows. An employee gets the new "
                "permissions at their next login."
            )
        )
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("permissions_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_permissions")
        self.save_button.setToolTip(self.tr("Save the changed rows (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revert_permissions")
        self.revert_button.setToolTip(self.tr("Drop the changes and read the list again"))
        self.revert_button.clicked.connect(self.reload)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.reload()

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            with self.db.transaction() as session:
                self.rows = list_rights(session, self.user)
        except PermissionDenied as e:
            self.rows = []
            self._say(user_text(e), error=True)
        self._fill()
        self._update_buttons()

    def _fill(self) -> None:
        self._filling = True
        roles = role_names()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            shown = short_name(row.full_name) or row.full_name  # "Иванов И. П.": all fit
            inactive = self.tr("{name} (inactive)").format(name=shown)
            name = QTableWidgetItem(shown if row.active else inactive)
            name.setToolTip(f"{row.full_name} ({row.login})")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(i, 0, name)
            combo = QComboBox()
            combo.setObjectName(f"role_{row.employee_id}")
            for role, text in roles.items():
                combo.addItem(text, role.value)
            combo.setCurrentIndex(combo.findData(row.role.value))
            combo.setToolTip(self.tr("Choosing a role fills the row with its preset."))
            combo.currentIndexChanged.connect(lambda _i, r=i: self._role_chosen(r))
            self.table.setCellWidget(i, 1, combo)
            self._show_toggles(i, row.permissions)
        self._filling = False

    def _show_toggles(self, i: int, allowed: Permissions) -> None:
        filling, self._filling = self._filling, True
        for k, name in enumerate(PERMISSION_NAMES):
            item = self.table.item(i, FIRST_PERMISSION + k)
            if item is None:
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, FIRST_PERMISSION + k, item)
            on = getattr(allowed, name)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._filling = filling
        self._mark(i)

    # -- editing --------------------------------------------------------------------------

    def role_box(self, i: int) -> QComboBox:
        box = self.table.cellWidget(i, 1)
        assert isinstance(box, QComboBox)
        return box

    def edited(self, i: int) -> EmployeeRights:
        """Row ``i`` as the table shows it now."""
        values = {
            name: self.toggle(i, name).checkState() == Qt.CheckState.Checked
            for name in PERMISSION_NAMES
        }
        return replace(
            self.rows[i],
            role=Role(self.role_box(i).currentData()),
            permissions=Permissions(**values),
        )

    def changed_rows(self) -> list[EmployeeRights]:
        return [self.edited(i) for i in range(len(self.rows)) if self.edited(i) != self.rows[i]]

    def toggle(self, i: int, name: str) -> QTableWidgetItem:
        item = self.table.item(i, FIRST_PERMISSION + PERMISSION_NAMES.index(name))
        assert item is not None
        return item

    def set_permission(self, i: int, name: str, on: bool) -> None:
        self.toggle(i, name).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _role_chosen(self, i: int) -> None:
        if not self._filling:
            self._show_toggles(i, Permissions.preset(Role(self.role_box(i).currentData())))
            self._update_buttons()

    def _toggled(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self._mark(item.row())
            self._update_buttons()

    def _mark(self, i: int) -> None:
        """A changed row's name in bold, so the administrator sees what Save will write."""
        name = self.table.item(i, 0)
        if (
            name is None
            or i >= len(self.rows)
            or self.table.item(i, self.table.columnCount() - 1) is None
        ):
            return
        font = QFont(name.font())
        font.setBold(self.edited(i) != self.rows[i])
        name.setFont(font)

    def _update_buttons(self) -> None:
        count = len(self.changed_rows())
        self.save_button.setEnabled(count > 0)
        self.revert_button.setEnabled(count > 0)
        if count:
            self._say(self.tr("Changed rows: {count}").format(count=count))
        else:
            self.message.clear()

    def _say(self, text: str, error: bool = False) -> None:
        set_role(self.message, "error" if error else None)
        self.message.setText(text)

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        changes = self.changed_rows()
        if not changes:
            return False
        try:
            self.db.write(lambda session: save_rights(session, self.user, changes))
        except RightsConflict as e:
            self.reload()
            self._say(user_text(e), error=True)
            return False
        except (RightsError, PermissionDenied) as e:
            self._say(user_text(e), error=True)
            return False
        self.reload()
        self._say(self.tr("Saved: {count} employees.").format(count=len(changes)))
        return True
