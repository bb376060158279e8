"""Administration -> Lists: reusable lists (client statuses, sources…) and their items.

Left, the lists and the fields using each; right, the chosen list: its name and items in
order, each with "hide clients with this value in the default view". Removing an item that
cards hold asks first, naming the number of cards (app.staff.lists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clients.field_values import WouldDropData
from app.database import Database
from app.messages import UserFacingError
from app.staff import lists
from app.staff.auth import CurrentUser
from app.staff.lists import ItemEdit, ListInfo
from ui.messages import user_text
from ui.style import set_role

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_HIDES = range(2)


class ListsPage(QWidget):
    """The lists; every save is one transaction (Database.write)."""

    changed = Signal()  # a list was saved or deleted (the card fields page shows names)

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.lists: list[ListInfo] = []
        self.current: ListInfo | None = None
        # Asked before cards lose values; tests answer it themselves.
        self.confirm_drop: Callable[[int], bool] = self.ask_drop

        self.list_view = QListWidget()
        self.list_view.setObjectName("value_lists")
        self.list_view.currentRowChanged.connect(self._list_chosen)
        new = QPushButton(self.tr("New list"))
        new.clicked.connect(self.new_list)
        delete = QPushButton(self.tr("Delete list"))
        delete.setObjectName("delete_list")
        delete.clicked.connect(self.delete_list)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(new)
        left_buttons.addWidget(delete)
        left_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view)
        left_layout.addLayout(left_buttons)

        self.name = QLineEdit()
        self.name.setObjectName("list_name")
        self.used_by = QLabel()
        self.used_by.setWordWrap(True)
        set_role(self.used_by, "muted")
        self.items = QTableWidget(0, 2)
        self.items.setObjectName("list_items")
        self.items.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Hide clients with this value")]
        )
        self.items.verticalHeader().setVisible(False)
        self.items.verticalHeader().setDefaultSectionSize(26)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_HIDES, QHeaderView.ResizeMode.ResizeToContents)
        self.items.setToolTip(
            self.tr(
                "Clients whose card holds an item marked here are left out of the client "
                'table until "Show hidden" is on (e.g. statuses "Closed", "Not our client").'
            )
        )
        item_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add item"), self.add_item),
            (self.tr("Remove item"), self.remove_item),
            (self.tr("Up"), lambda: self.move_item(-1)),
            (self.tr("Down"), lambda: self.move_item(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=slot: s())
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save list"))
        self.save_button.setObjectName("save_list")
        self.save_button.clicked.connect(self.save)
        item_buttons.addWidget(self.save_button)
        right = QWidget()
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.used_by)
        form.addRow(self.tr("Items:"), self.items)
        form.addRow(item_buttons)

        self.message = QLabel()
        self.message.setObjectName("lists_message")
        self.message.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                'Reusable lists for card fields of the type "One item of a list": a status, '
                "a source… Renaming an item renames it on every card."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- reading --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            with self.db.transaction() as s:
                self.lists = lists.list_lists(s, self.user)
        except UserFacingError as e:  # not an administrator: the refusal, never the data
            self.lists = []
            self._say(user_text(e), error=True)
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.list_view.blockSignals(True)
        self.list_view.clear()
        for info in self.lists:
            QListWidgetItem(info.name, self.list_view)
        self.list_view.blockSignals(False)
        row = next((i for i, info in enumerate(self.lists) if info.id == keep), 0)
        if self.lists:
            self.list_view.setCurrentRow(row)
            self._list_chosen(row)
        else:
            self._show(None)

    def _list_chosen(self, row: int) -> None:
        self._show(self.lists[row] if 0 <= row < len(self.lists) else None)

    def _show(self, info: ListInfo | None) -> None:
        self.current = info
        self.name.setText(info.name if info else "")
        if info is None or not info.fields:
            self.used_by.setText(self.tr("No card field uses this list yet."))
        else:
            self.used_by.setText(self.tr("Used by the fields: {0}").format(", ".join(info.fields)))
        self.items.setRowCount(0)
        for choice in info.items if info else ():
            self._append(choice.name, choice.hides, choice.id)

    def _append(self, name: str, hides: bool, item_id: int | None) -> int:
        row = self.items.rowCount()
        self.items.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(ITEM_ID_ROLE, item_id)
        self.items.setItem(row, COL_NAME, item)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if hides else Qt.CheckState.Unchecked)
        self.items.setItem(row, COL_HIDES, check)
        return row

    def edits(self) -> list[ItemEdit]:
        result = []
        for row in range(self.items.rowCount()):
            name = self.items.item(row, COL_NAME)
            check = self.items.item(row, COL_HIDES)
            if name is None:
                continue
            hides = check is not None and check.checkState() == Qt.CheckState.Checked
            result.append(ItemEdit(name.text(), hides, name.data(ITEM_ID_ROLE)))
        return result

    # -- commands -------------------------------------------------------------------------

    def new_list(self) -> None:
        self.list_view.clearSelection()
        self._show(None)
        self.name.setFocus()

    def add_item(self, name: str = "") -> None:
        row = self._append(name, False, None)
        self.items.setCurrentCell(row, COL_NAME)
        created = self.items.item(row, COL_NAME)
        if not name and created is not None:
            self.items.editItem(created)

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def move_item(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.rowCount():
            return
        edits = self.edits()
        edits[row], edits[target] = edits[target], edits[row]
        self.items.setRowCount(0)
        for e in edits:
            self._append(e.name, e.hides, e.id)
        self.items.setCurrentCell(target, COL_NAME)

    def save(self) -> bool:
        info = self.current
        list_id = info.id if info else None
        version = info.version if info else None
        name, edits = self.name.text(), self.edits()

        def write(confirmed: int | None) -> Any:
            return self.db.write(
                lambda s: lists.save_list(s, self.user, list_id, name, edits, version, confirmed)
            )

        return self._guarded(write, self.tr("The list was saved."))

    def delete_list(self) -> bool:
        info = self.current
        if info is None:
            return False
        return self._guarded(
            lambda _c: self.db.write(lambda s: lists.delete_list(s, self.user, info.id)),
            self.tr("The list was deleted."),
            reselect=False,
        )

    def _guarded(
        self, write: Callable[[int | None], Any], done: str, reselect: bool = True
    ) -> bool:
        """Run ``write``; when cards would lose values, ask and run it again confirmed."""
        confirmed: int | None = None
        while True:
            try:
                result = write(confirmed)
            except WouldDropData as e:
                if not self.confirm_drop(e.cards):
                    self._say(self.tr("Nothing was changed."), error=False)
                    return False
                confirmed = e.cards
                continue
            except (UserFacingError, ValueError) as e:
                self._say(user_text(e), error=True)
                return False
            break
        self.reload(result if reselect and isinstance(result, int) else None)
        self._say(done, error=False)
        self.changed.emit()
        return True

    def _say(self, text: str, error: bool) -> None:
        set_role(self.message, "error" if error else "success")
        self.message.setText(text)

    def ask_drop(self, cards: int) -> bool:
        return ask_data_loss(self, cards)


def ask_data_loss(parent: QWidget, cards: int) -> bool:
    """The administrator's "yes" before a change empties a field on ``cards`` cards."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("admin", "Data will be lost"))
    box.setText(
        QCoreApplication.translate(
            "admin",
            "The change clears the value on {0} client cards. This cannot be undone "
            "(the cards' history keeps the old values). Continue?",
        ).format(cards)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
