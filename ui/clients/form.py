"""The clients section: search line, per-column filters, the client table and commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.clients.card import CardError, delete_client
from app.clients.directory import ClientFilter, table_fields
from app.clients.export import CLIENT_COLUMNS
from app.database import describe_problem
from app.staff.permissions import PermissionDenied, VisibleField, permissions
from app.table_export import ExportFormat
from app.workplace import Workplace
from ui import icons
from ui.background import wait_for
from ui.clients.card import ClientCardForm
from ui.clients.export import ClientExport
from ui.clients.model import (
    BUILT_IN_COLUMNS,
    COL_CONTACTS,
    COL_EMAIL,
    COL_KIND,
    COL_NAME,
    COL_NUMBERS,
    COL_RESPONSIBLE,
    ClientLoaderThread,
    ClientTableModel,
)
from ui.column_fit import content_widths, shrink
from ui.empty_state import EmptyState
from ui.messages import user_text
from ui.paged_navigation import PagedNavigation
from ui.style import set_role

SEARCH_DEBOUNCE_MS = 300
FIT_CAPS = {
    COL_NAME: 320,
    COL_KIND: 140,
    COL_NUMBERS: 280,
    COL_CONTACTS: 260,
    COL_RESPONSIBLE: 240,
    COL_EMAIL: 240,
}
FIT_FLOORS = {COL_NAME: 160, COL_EMAIL: 120}  # these give way (elided) when room is short
ROW_HEIGHT = 24
# Opens a form as a tab of the main window: (key, title, factory) -> the form.
OpenForm = Callable[[str, str, Callable[[], QWidget]], QWidget]


class ClientsForm(QWidget):
    def __init__(
        self,
        workplace: Workplace,
        open_form: OpenForm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.db = db = workplace.db
        self.user = user = workplace.user
        self._open_form = open_form
        self._windows: list[QWidget] = []  # cards opened without a main window (tests)
        self._new_cards = 0
        with db.engine.connect() as conn:
            self.rights = permissions(conn, user)
            self.fields: list[VisibleField] = table_fields(conn, user)

        self.commands = QToolBar()
        self.create_action = self._command(self.tr("Create"), Qt.Key.Key_Insert, self.create_client)
        self.open_action = self._command(self.tr("Open"), Qt.Key.Key_Return, self.open_current)
        self.delete_action = self._command(self.tr("Delete"), Qt.Key.Key_Delete, self.delete)
        self.refresh_action = self._command(self.tr("Refresh"), Qt.Key.Key_F5, self.refresh)
        self.import_action = self._command(self.tr("Import…"), None, self.import_clients)
        self.export_action = self._command(self.tr("Export…"), None, self.export)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._apply_rights()
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, icon in (
            (self.create_action, "client-add"),
            (self.open_action, "open"),
            (self.delete_action, "delete"),
            (self.refresh_action, "refresh"),
            (self.import_action, "import"),
            (self.export_action, "export"),
        ):
            action.setIcon(icons.icon(icon))

        self.search = QLineEdit()
        self.search.setObjectName("client_search")
        self.search.setPlaceholderText(self.tr("Search by name, number or contact person"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)

        self.filter_name = self._filter_edit(self.tr("Name contains"))
        self.filter_number = self._filter_edit(self.tr("Number ends with"))
        self.filter_contact = self._filter_edit(self.tr("Contact person"))
        self.filter_email = self._filter_edit(self.tr("E-mail contains"))
        self.filter_kind = QComboBox()
        self.filter_kind.addItem(self.tr("Any kind"), None)
        self.filter_kind.addItem(self.tr("Company"), "company")
        self.filter_kind.addItem(self.tr("Person"), "person")
        self.filter_kind.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.filter_field = QComboBox()
        self.filter_field.addItem(self.tr("Field…"), None)
        for v in self.fields:
            self.filter_field.addItem(v.field.title, v.field.id)
        self.filter_field.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.filter_field_text = self._filter_edit(self.tr("Field contains"))
        self.count_label = QLabel()
        self.count_label.setObjectName("client_count")

        self.worker = ClientLoaderThread(db.engine, user)
        self.model = ClientTableModel(self.worker.loader)
        self.model.count_changed.connect(self._show_count)
        self.model.load_failed.connect(self._show_error)
        self.view = self._build_view()
        self.empty = EmptyState(self.view)  # what an empty list means, what to do
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.hide()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        # Two rows: in one, at 1280 with the softphone dock, the placeholders were cut.
        filters = QVBoxLayout()
        for group in (
            (self.filter_name, self.filter_number, self.filter_contact, self.filter_email),
            (self.filter_kind, self.filter_field, self.filter_field_text),
        ):
            row = QHBoxLayout()
            for w in group:
                row.addWidget(w, 1)
            filters.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.commands)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.apply_filter()
        self._set_widths()
        self._fitted = False
        self.model.first_page_loaded.connect(self._fit_widths)

    def _apply_rights(self) -> None:
        """The commands the user's permissions allow (the app layer checks them again)."""
        self.create_action.setEnabled(self.rights.create_clients)
        self.import_action.setEnabled(self.rights.admin)  # an administrator's right
        self.import_action.setToolTip(
            "" if self.rights.admin else self.tr("Only an administrator may import clients.")
        )
        self.delete_action.setEnabled(self.rights.delete_clients)

    def _command(self, text: str, key: Qt.Key | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.commands.addAction(action)
        self.addAction(action)
        return action

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("client_table")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: self.open_current())
        self.navigation = PagedNavigation(view, self.model)  # End / Home: one query away
        return view

    def _filter_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(lambda _t: self.search_timer.start())
        return edit

    def _set_widths(self) -> None:
        for col, width in enumerate((250, 90, 180, 190, 180, 170)):
            self.view.setColumnWidth(col, width)

    def _fit_widths(self) -> None:
        """Once, on the first page: the columns as wide as their data (phones, contacts and
        manager whole; the e-mail no wider than its addresses), the name and contacts
        giving way first when the sum is wider than the table."""
        if self._fitted or not self.model.rowCount():
            return
        self._fitted = True
        built_in = range(BUILT_IN_COLUMNS)
        widths = content_widths(self.view, built_in, FIT_CAPS)
        header = self.view.horizontalHeader()
        floors = {col: max(header.sectionSizeHint(col), FIT_FLOORS[col]) for col in FIT_FLOORS}
        for col, width in shrink(widths, floors, self.view.viewport().width()).items():
            self.view.setColumnWidth(col, width)

    def current_filter(self) -> ClientFilter:
        field_id = self.filter_field.currentData()
        text = self.filter_field_text.text()
        return ClientFilter(
            search=self.search.text(),
            name=self.filter_name.text(),
            kind=self.filter_kind.currentData(),
            email=self.filter_email.text(),
            number=self.filter_number.text(),
            contact=self.filter_contact.text(),
            custom=((int(field_id), text),) if field_id is not None and text.strip() else (),
        )

    def show_filter(self, saved: dict[str, object]) -> None:
        """Fill the search line and filters from a saved :class:`ClientFilter` (a task's)."""
        for edit, key in (
            (self.search, "search"),
            (self.filter_name, "name"),
            (self.filter_email, "email"),
            (self.filter_number, "number"),
            (self.filter_contact, "contact"),
        ):
            edit.setText(str(saved.get(key) or ""))
        self.filter_kind.setCurrentIndex(max(self.filter_kind.findData(saved.get("kind")), 0))
        custom = saved.get("custom") or ()
        if isinstance(custom, list | tuple) and custom:
            field_id, text = custom[0]
            self.filter_field.setCurrentIndex(max(self.filter_field.findData(field_id), 0))
            self.filter_field_text.setText(str(text))
        else:
            self.filter_field.setCurrentIndex(0)
            self.filter_field_text.clear()
        self.apply_filter()

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.error.hide()
        self.model.set_query(self.current_filter(), self.fields)

    def refresh(self) -> None:
        self.model.refresh()

    def _show_count(self, count: int, capped: bool) -> None:
        shown = f"{count}+" if capped else str(count)
        self.count_label.setText(self.tr("Clients: {0}").format(shown))
        self.empty.show_text(self._empty_text() if count == 0 else None)

    def _empty_text(self) -> str:
        if self.current_filter() != ClientFilter():
            return self.tr(
                "No client matches the search and filters. Check the spelling, type less "
                "(part of the name, the last digits of the number) or clear the filters."
            )
        if self.rights.create_clients:
            return self.tr("No clients yet. Create one (Insert) or import them from Excel or CSV.")
        return self.tr("No clients yet.")

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def current_client(self) -> int | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    # -- commands -------------------------------------------------------------------------

    def open_card(self, client_id: int | None) -> ClientCardForm:
        def make() -> QWidget:
            card = ClientCardForm(self.workplace, client_id)
            card.saved.connect(lambda _id: self.refresh())
            return card

        self._new_cards += 1
        key = f"client:{client_id}" if client_id is not None else f"client:new:{self._new_cards}"
        if self._open_form is not None:
            form = self._open_form(key, self.tr("New client"), make)
        else:
            form = make()
            self._windows.append(form)
            form.resize(900, 650)
            form.show()
        assert isinstance(form, ClientCardForm)
        return form

    def create_client(self) -> ClientCardForm | None:
        if not self.rights.create_clients:
            return None
        return self.open_card(None)

    def open_current(self) -> ClientCardForm | None:
        client_id = self.current_client()
        return self.open_card(client_id) if client_id is not None else None

    def delete(self, confirm: bool = True) -> bool:
        client_id = self.current_client()
        row = self.model.row_at(self.view.currentIndex().row())
        if client_id is None or row is None or not self.rights.delete_clients:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete client"),
                self.tr(
                    "Delete the client «{0}» with its numbers and contact persons? "
                    "Its calls stay in the journal."
                ).format(row.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False

        def work() -> None:
            self.db.write(lambda s: delete_client(s, client_id, self.user))

        try:
            wait_for(self, self.tr("Deleting…"), work)
        except (CardError, PermissionDenied) as e:
            self._show_error(user_text(e))
            return False
        except DBAPIError as e:
            self._show_error(
                self.tr("Not deleted: {error}").format(error=user_text(describe_problem(e)))
            )
            return False
        self.refresh()
        return True

    def import_clients(self) -> None:
        from ui.clients.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self.user, self)
        if dialog.exec():
            self.refresh()

    def export(self, path: Path | None = None, fmt: ExportFormat = "xlsx") -> ClientExport | None:
        """Export what the table shows (its query, its columns); asks for a file unless given."""
        headers = {
            key: str(self.model.headerData(col, Qt.Orientation.Horizontal))
            for col, key in enumerate(CLIENT_COLUMNS)
        }
        run = ClientExport(
            self, self.db, self.user, self.model.filter or self.current_filter(), headers
        )
        run.finished.connect(lambda _r: run.deleteLater())
        if path is not None:
            run.quiet = True
            run.start(path, fmt)
        elif not run.ask_and_start():
            run.deleteLater()
            return None
        return run

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.stop()
        super().closeEvent(event)
