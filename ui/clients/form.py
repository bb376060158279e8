"""The clients section: search line, per-column filters, the client table and commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.clients.card import CardError, delete_client
from app.clients.column_filters import (
    BUILT_IN,
    CONTACTS,
    EMAIL,
    KIND,
    NAME,
    PHONES,
    RESPONSIBLE,
    field_column,
    field_id_of,
)
from app.clients.column_values import ColumnValues, column_values
from app.clients.directory import ClientFilter, ClientRow, table_fields
from app.clients.export import CLIENT_COLUMNS
from app.clients.views import ClientView, keep_last_filter, last_filter, list_views
from app.database import describe_problem
from app.phones import display as display_number
from app.staff.permissions import PermissionDenied, VisibleField, permissions
from app.table_export import ExportFormat
from app.workplace import Workplace
from models import FieldType
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
from ui.clients.views import ViewsBar
from ui.column_fit import content_widths, shrink
from ui.empty_state import EmptyState
from ui.messages import user_text
from ui.paged_navigation import PagedNavigation
from ui.style import set_role
from ui.value_filter import FilterChoice, FilterHeader, ValueFilterPopup

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
KEEP_FILTER_MS = 1000  # the last filter is stored this long after it stopped changing
# The columns whose filter also takes a typed text ("contains"), by their filter field.
CONTAINS = {NAME: "name", EMAIL: "email", PHONES: "number", CONTACTS: "contact"}
# Opens a form as a tab of the main window: (key, title, factory) -> the form.
OpenForm = Callable[[str, str, Callable[[], QWidget]], QWidget]


def _as_column_picks(flt: ClientFilter) -> ClientFilter:
    """A filter saved before the header filters (a task's "kind" or "responsible manager")
    as the picks of those columns, so the headers show it and Reset clears it."""
    picked = dict(flt.values)
    if flt.kind and KIND not in picked:
        flt = replace(flt, kind=None, values=(*flt.values, (KIND, (flt.kind,))))
    if flt.responsible_id is not None and RESPONSIBLE not in picked:
        manager = (RESPONSIBLE, (str(flt.responsible_id),))
        flt = replace(flt, responsible_id=None, values=(*flt.values, manager))
    return flt


class ClientsForm(QWidget):
    call_requested = Signal(str)  # number, for the softphone

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
            stored = last_filter(conn, user)
            views = list_views(conn, user)
        self.columns = [*BUILT_IN, *(field_column(v.field.id) for v in self.fields)]
        self._filter = ClientFilter()  # the filters of the headers, views and sort
        self._calling = (False, self.tr("The softphone is not configured."))
        self.popup: ValueFilterPopup | None = None
        self._popup_column = ""

        self.commands = QToolBar()
        self.create_action = self._command(self.tr("Create"), Qt.Key.Key_Insert, self.create_client)
        self.open_action = self._command(self.tr("Open"), Qt.Key.Key_Return, self.open_current)
        self.delete_action = self._command(self.tr("Delete"), Qt.Key.Key_Delete, self.delete)
        self.refresh_action = self._command(self.tr("Refresh"), Qt.Key.Key_F5, self.refresh)
        self.import_action = self._command(self.tr("Import…"), None, self.import_clients)
        self.export_action = self._command(self.tr("Export…"), None, self.export)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.call_action = self._command(self.tr("Call"), None, self.call_current)
        self.call_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D)
        )
        self.filter_action = self._command(
            self.tr("Filter column…"), None, self.open_current_column_filter
        )
        self.filter_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L)
        )
        self.commands.removeAction(self.filter_action)  # keyboard and context menu only
        self._apply_rights()
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, icon in (
            (self.create_action, "client-add"),
            (self.open_action, "open"),
            (self.delete_action, "delete"),
            (self.refresh_action, "refresh"),
            (self.import_action, "import"),
            (self.export_action, "export"),
            (self.call_action, "call"),
            (self.filter_action, "filter"),
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

        self.show_hidden = self._hidden_toggle()  # before the views bar reads the filter
        self.views = ViewsBar(self.db, user, views, self.current_filter, self)
        self.views.view_chosen.connect(self.show_view)
        self.views.reset_requested.connect(self.reset_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("client_count")

        self.worker = ClientLoaderThread(db.engine, user)
        self.model = ClientTableModel(self.worker.loader)
        self.model.count_changed.connect(self._show_count)
        self.model.load_failed.connect(self._show_error)
        self.view = self._build_view()
        self.empty = EmptyState(self.view)  # what an empty list means, what to do
        self.error = self._error_label()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())

        self.keep_timer = QTimer(self)
        self.keep_timer.setSingleShot(True)
        self.keep_timer.setInterval(KEEP_FILTER_MS)
        self.keep_timer.timeout.connect(self.keep_filter)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_hidden)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.commands)
        layout.addLayout(top)
        layout.addWidget(self.views)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self._set_state(stored, keep=False)
        self._update_call()
        self._set_widths()
        self._fitted = False
        self.model.first_page_loaded.connect(self._fit_widths)

    def _apply_rights(self) -> None:
        """The commands the user's permissions allow (the app layer checks them again)."""
        ask = self.tr("Ask an administrator for the permission (Administration → Permissions).")
        for action, allowed in (
            (self.create_action, self.rights.create_clients),
            (self.import_action, self.rights.import_clients),
            (self.delete_action, self.rights.delete_clients),
            (self.export_action, self.rights.export),
        ):
            action.setEnabled(allowed)
            action.setToolTip("" if allowed else ask)

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
        self.header = FilterHeader(view)
        self.header.setToolTip(self.tr("Click a column's title to filter by its values"))
        view.setHorizontalHeader(self.header)
        self.header.sectionClicked.connect(self.open_column_filter)
        view.setModel(self.model)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: self.open_current())
        view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_call())
        self.model.hidden_count_changed.connect(self._show_hidden_count)
        self.navigation = PagedNavigation(view, self.model)  # End / Home: one query away
        return view

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        set_role(label, "error")
        label.hide()
        return label

    def _hidden_toggle(self) -> QCheckBox:
        """Clients whose status (a list item marked "hide") keeps them out of the default
        view: shown with this on; its text says how many ("Show hidden (12)")."""
        toggle = QCheckBox()
        toggle.setObjectName("show_hidden")
        toggle.setToolTip(
            self.tr(
                "Clients whose card holds a list item the administrator marked as hiding "
                '(e.g. status "Closed") are left out of the table unless this is on.'
            )
        )
        toggle.hide()
        toggle.toggled.connect(lambda _on: self.apply_filter())
        self._last_count: int | None = None  # the last count shown (None: not yet)
        return toggle

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
        """The search line with the headers' filters, the sort and "Show hidden"."""
        return replace(
            self._filter, search=self.search.text(), show_hidden=self.show_hidden.isChecked()
        )

    def _allowed(self, flt: ClientFilter) -> ClientFilter:
        """``flt`` without parts on fields this user does not see in the table (a stored
        filter may name a field hidden since): those are dropped, never applied."""
        shown = {v.field.id for v in self.fields}
        return replace(
            flt,
            custom=tuple(c for c in flt.custom if c[0] in shown),
            values=tuple(
                p for p in flt.values if field_id_of(p[0]) is None or field_id_of(p[0]) in shown
            ),
        )

    def _set_state(self, flt: ClientFilter, keep: bool = True) -> None:
        flt = self._allowed(_as_column_picks(flt))
        self._filter = replace(flt, search="")
        self.search.blockSignals(True)
        self.search.setText(flt.search)
        self.search.blockSignals(False)
        self.apply_filter(keep)

    def show_filter(self, saved: dict[str, object]) -> None:
        """Show the clients as a saved :class:`ClientFilter` (a task's) says."""
        self._set_state(ClientFilter.from_json(saved))

    def show_view(self, view: ClientView) -> None:
        self._set_state(view.filter)

    def reset_filters(self) -> None:
        """Every column's filter off, the search cleared, A to Z."""
        self._set_state(ClientFilter())

    def apply_filter(self, keep: bool = True) -> None:
        self.search_timer.stop()
        self.error.hide()
        flt = self.current_filter()
        self.model.set_query(flt, self.fields)
        self.header.set_filtered(
            {i for i, column in enumerate(self.columns) if self._column_filtered(column)}
        )
        self.views.show_filter(flt)
        self._update_call()  # the selection goes with the old rows
        if keep:
            self.keep_timer.start()

    def keep_filter(self) -> None:
        """Store the filter as the one to restore at the next start."""
        self.keep_timer.stop()
        flt = self.current_filter()
        try:
            self.db.write(lambda s: keep_last_filter(s, self.user, flt))
        except Exception as e:  # not worth a message box: shown beside the table
            self._show_error(user_text(e))

    # -- column filters -------------------------------------------------------------------

    def _column_filtered(self, column: str) -> bool:
        flt = self._filter
        if any(p[0] == column for p in flt.values):
            return True
        if column in CONTAINS:
            return bool(getattr(flt, CONTAINS[column]))
        field_id = field_id_of(column)
        return field_id is not None and any(c[0] == field_id for c in flt.custom)

    def _column_text(self, column: str) -> str:
        if column in CONTAINS:
            return str(getattr(self._filter, CONTAINS[column]))
        field_id = field_id_of(column)
        return next((t for f, t in self._filter.custom if f == field_id), "")

    def open_current_column_filter(self) -> ValueFilterPopup | None:
        index = self.view.currentIndex()
        return self.open_column_filter(index.column() if index.isValid() else 0)

    def open_column_filter(self, section: int) -> ValueFilterPopup | None:
        """The pop-up of a column's value filter, below its title."""
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
        title = str(self.model.headerData(section, Qt.Orientation.Horizontal))
        contains = column in CONTAINS or (
            field_id_of(column) is not None and self._field_is_text(column)
        )
        popup = self.popup = ValueFilterPopup(
            title, self, sortable=column == NAME, contains=contains
        )
        self._popup_column = column
        picked = next((p[1] for p in self._filter.values if p[0] == column), ())
        popup.set_chosen(picked, self._column_text(column))
        popup.search_changed.connect(lambda text: self._list_values(popup, column, text))
        popup.applied.connect(lambda choice: self._column_applied(column, choice))
        popup.reset_requested.connect(lambda: self._column_applied(column, FilterChoice(())))
        popup.sort_requested.connect(self._sort)
        x = self.header.sectionViewportPosition(section)
        anchor = self.header.mapToGlobal(QPoint(max(x, 0), self.header.height()))
        popup.popup_below(anchor)
        return popup

    def _field_is_text(self, column: str) -> bool:
        field_id = field_id_of(column)
        return any(
            v.field.id == field_id and v.field.field_type is FieldType.TEXT for v in self.fields
        )

    def _list_values(self, popup: ValueFilterPopup, column: str, text: str) -> None:
        flt = self.current_filter()
        viewer = self.user
        kinds = {"company": self.tr("Company"), "person": self.tr("Person")}

        def done(found: ColumnValues) -> None:
            if self.popup is not popup:
                return
            values = []
            for v in found.values:
                shown = v.text
                if column == PHONES:
                    shown = display_number(v.value)
                elif column == KIND:
                    shown = kinds.get(v.value, v.value)
                values.append((v.value, shown, v.count))
            popup.show_values(values, found.more)

        def failed(error: BaseException) -> None:
            if self.popup is popup:
                popup.show_failure(user_text(error))

        self.worker.loader.runner.run(
            lambda conn: column_values(conn, flt, viewer, column, text), done, failed
        )

    def _column_applied(self, column: str, choice: FilterChoice) -> None:
        flt = self._filter
        values = tuple(p for p in flt.values if p[0] != column)
        if choice.values:
            values += ((column, choice.values),)
        flt = replace(flt, values=values)
        if column in CONTAINS:

            def text(key: str, now: str) -> str:
                return choice.text if CONTAINS[column] == key else now

            flt = replace(
                flt,
                name=text("name", flt.name),
                email=text("email", flt.email),
                number=text("number", flt.number),
                contact=text("contact", flt.contact),
            )
        field_id = field_id_of(column)
        if field_id is not None:
            custom = tuple(c for c in flt.custom if c[0] != field_id)
            if choice.text:
                custom += ((field_id, choice.text),)
            flt = replace(flt, custom=custom)
        self._filter = flt
        self.apply_filter()

    def _sort(self, descending: bool) -> None:
        self._filter = replace(self._filter, descending=descending)
        self.apply_filter()

    def refresh(self) -> None:
        self.model.refresh()

    def _show_count(self, count: int, capped: bool) -> None:
        shown = f"{count}+" if capped else str(count)
        self._last_count = count
        self.count_label.setText(self.tr("Clients: {0}").format(shown))
        self.empty.show_text(self._empty_text() if count == 0 else None)

    def _show_hidden_count(self, count: int, capped: bool) -> None:
        shown = f"{count}+" if capped else str(count)
        self.show_hidden.setText(self.tr("Show hidden ({0})").format(shown))
        self.show_hidden.setVisible(count > 0 or self.show_hidden.isChecked())
        if self._last_count == 0:  # the table is empty: say why
            self.empty.show_text(self._empty_text())

    def _empty_text(self) -> str:
        if self.show_hidden.isVisible() and not self.show_hidden.isChecked():
            return self.tr(
                'The clients that match are hidden by their status (e.g. "Closed"): tick '
                '"Show hidden" to see them.'
            )
        if self.current_filter() not in (ClientFilter(), ClientFilter(descending=True)):
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
        row = self.current_row()
        return row.id if row is not None else None

    def current_row(self) -> ClientRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- calls ----------------------------------------------------------------------------

    def set_calling_available(self, available: bool, reason: str = "") -> None:
        """Whether the softphone can place calls now, and why not (the window tells)."""
        self._calling = (available, reason)
        self._update_call()

    def _update_call(self) -> None:
        available, reason = self._calling
        row = self.current_row()
        if not available:
            why = reason
        elif row is None:
            why = self.tr("Select a client to call.")
        elif not row.numbers:
            why = self.tr("The client has no phone number.")
        else:
            why = ""
        self.call_action.setEnabled(not why)
        shortcut = self.call_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr("Call the client's first number ({key})").format(key=shortcut)
        self.call_action.setToolTip(why or tip)

    def call_current(self, number: str | None = None) -> bool:
        """Call the selected client (its first number, or ``number``) through the softphone."""
        row = self.current_row()
        if row is None or not row.numbers or not self._calling[0]:
            return False
        self.call_requested.emit(number or row.numbers[0])
        return True

    def _context_menu(self, pos: QPoint) -> QMenu | None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        row = self.current_row()
        available, reason = self._calling
        for number in row.numbers if row is not None else ():
            action = menu.addAction(
                icons.icon("call"), self.tr("Call {number}").format(number=display_number(number))
            )
            action.setEnabled(available)
            action.setToolTip(reason)
            action.triggered.connect(lambda _c=False, n=number: self.call_current(n))
        if row is not None and not row.numbers:
            menu.addAction(self.call_action)
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        menu.addAction(self.filter_action)
        menu.addAction(self.delete_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

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
        if self.keep_timer.isActive():
            self.keep_filter()
        self.worker.stop()
        super().closeEvent(event)
