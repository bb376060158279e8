"""The client card form, opened as a tab: main data, phones, contacts, fields, history, calls."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.clients.card import (
    Card,
    CardConflict,
    CardError,
    ContactEntry,
    PhoneEntry,
    load_card,
    merge,
    new_card,
    responsible_choices,
    save_card,
)
from app.clients.fields import FieldDef
from app.clients.history import ClientCalls, HistoryRow, card_history, client_calls
from app.database import describe_problem
from app.files import list_files
from app.journal.details import CallDetails, load_call_details
from app.mail import read_mail_settings
from app.phones import display as display_number
from app.recordings import RecordingArchive
from app.staff.permissions import PermissionDenied, permissions
from app.workplace import Workplace
from models import FileOwner
from ui import icons
from ui.background import BackgroundTask, start, wait_for
from ui.call_vocabulary import STATUS_TEXT, status_colors, translated
from ui.clients.field_editors import FieldEditor, add_sections
from ui.empty_state import EmptyState
from ui.events.client_tab import ClientEventsTab
from ui.files.panel import FilesPanel
from ui.mail.letter import LetterDialog
from ui.messages import user_text
from ui.player import DEFAULT_VLC_ARGS, RecordingPlayer, give_access
from ui.style import is_dark, set_role

log = logging.getLogger(__name__)
USER_ROLE = Qt.ItemDataRole.UserRole
SAVED_NOTE_MS = 5000  # how long "Saved." stays in the card's tool bar
# The Calls tab's columns.
CALL_DATE, CALL_DIRECTION, CALL_STATUS, CALL_NUMBER, CALL_EMPLOYEE, CALL_TALK, CALL_RECORDING = (
    range(7)
)
# The History tab's: the old and the new value share the spare width.
HISTORY_WAS, HISTORY_NOW = 3, 4


def history_value(field: str, value: str | None) -> str:
    """A history value as the card shows it: numbers read "+7 925 141-39-46 (contact)"."""
    if not value:
        return ""
    if field != "phone":
        return value
    number, sep, contact = value.partition(" (")
    return display_number(number) + sep + contact


class ClientCardForm(QWidget):
    saved = Signal(int)  # client id
    call_requested = Signal(str)  # number, for the softphone
    event_requested = Signal(int)  # the window opens the event
    new_event_requested = Signal(object)  # EventDraft with this client

    def __init__(
        self,
        workplace: Workplace,
        client_id: int | None = None,
        parent: QWidget | None = None,
        vlc_args: Sequence[str] = DEFAULT_VLC_ARGS,
    ) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.db = db = workplace.db
        self.user = user = workplace.user
        self._vlc_args = tuple(vlc_args)
        self._call_rows: list[Any] = []
        self._call_generation = 0
        self.original: Card | None = None
        self._editors: dict[int, FieldEditor] = {}
        self._new_contact_key = -1
        self.letter_dialog: LetterDialog | None = None
        self._edit_buttons: list[QPushButton] = []
        with db.transaction() as session:
            # Without "create and edit clients" the card is for viewing (the app refuses too).
            self.may_edit = permissions(session, user).create_clients

        self.commands = QToolBar()
        self.save_action = self._command(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.reload_action = self._command(self.tr("Reload"), QKeySequence("F5"), self.reload)
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action.setIcon(icons.icon("save"))
        self.reload_action.setIcon(icons.icon("refresh"))
        self.message = QLabel()  # what went wrong: stays above the tabs until the next try
        self.message.setObjectName("card_message")
        self.message.setWordWrap(True)
        self.message.hide()
        # "Saved.": in the tool bar, so the tabs do not move, and gone after a few seconds.
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.commands.addWidget(spacer)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("card_saved")
        set_role(self.saved_note, "success")
        self.commands.addWidget(self.saved_note)
        self.saved_timer = QTimer(self)
        self.saved_timer.setSingleShot(True)
        self.saved_timer.setInterval(SAVED_NOTE_MS)
        self.saved_timer.timeout.connect(self.saved_note.clear)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._main_page(), self.tr("Main"))
        self.fields_page = QWidget()
        self.fields_layout = QVBoxLayout(self.fields_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_page)
        self.fields_scroll = scroll
        self._field_tabs: list[QScrollArea] = []  # the administrator's own tabs
        self.tabs.addTab(scroll, self.tr("Additional fields"))
        self.history_table = self._table(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Was"), self.tr("Now")]
        )
        self.history_empty = EmptyState(self.history_table)
        self.tabs.addTab(self.history_table, self.tr("History"))
        self.calls_page = self._calls_page()
        self.tabs.addTab(self.calls_page, self.tr("Calls"))
        # Files (issue 20): made when first opened on a saved card.
        self.files_page = QWidget()
        self.files_page.setObjectName("card_files_page")
        QVBoxLayout(self.files_page).setContentsMargins(0, 0, 0, 0)
        self.files_panel: FilesPanel | None = None
        self.tabs.addTab(self.files_page, self.tr("Files"))
        self.events_tab = ClientEventsTab(workplace)
        self.events_tab.event_requested.connect(self.event_requested)
        self.events_tab.new_event_requested.connect(self.new_event_requested)
        self.tabs.addTab(self.events_tab, self.tr("Events"))
        self.tabs.currentChanged.connect(self._tab_opened)

        layout = QVBoxLayout(self)
        layout.addWidget(self.commands)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        self._employees = self._load_employees()
        for employee_id, name in self._employees:
            self.responsible.addItem(name, employee_id)
        if not self.may_edit:
            self._lock_for_viewing()
        if client_id is None:
            with db.transaction() as s:
                self._show(new_card(s, user))
        else:
            self._load(client_id)

    @property
    def files_index(self) -> int:
        return self.tabs.indexOf(self.files_page)

    # -- building -------------------------------------------------------------------------

    def _lock_for_viewing(self) -> None:
        why = self.tr(
            "You may only view client cards: changing them needs the permission "
            "(Administration → Permissions)."
        )
        self.save_action.setEnabled(False)
        self.save_action.setToolTip(why)
        for line in (self.name, self.email):
            line.setReadOnly(True)
        for widget in (self.kind, self.responsible, *self._edit_buttons):
            widget.setEnabled(False)
            widget.setToolTip(why)
        for table in (self.phones, self.contacts):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _command(self, text: str, key: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(action.shortcutContext().WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.commands.addAction(action)
        self.addAction(action)
        return action

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _main_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("client_name")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Company"), "company")
        self.kind.addItem(self.tr("Person"), "person")
        self.responsible = QComboBox()
        self.responsible.addItem("", None)
        self.email = QLineEdit()
        write = QPushButton(self.tr("Write"))
        write.setObjectName("write_mail")
        write.setToolTip(
            self.tr("Write a letter (through the company's mail server, else the mail client)")
        )
        write.clicked.connect(self._write_mail)
        email_row = QHBoxLayout()
        email_row.addWidget(self.email)
        email_row.addWidget(write)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Responsible manager:"), self.responsible)
        form.addRow(self.tr("E-mail:"), email_row)

        self.phones = QTableWidget(0, 2)
        self.phones.setObjectName("phones")
        self.phones.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Contact person")])
        self.phones.verticalHeader().setVisible(False)
        self.phones.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.phones.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        phone_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add number"), self.add_phone),
            (self.tr("Remove number"), self._remove_phone),
            (self.tr("Call"), self._call_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            phone_buttons.addWidget(button)
            self._edit_buttons.append(button)
        self.call_button = button  # the last one: "Call"
        self._edit_buttons.remove(button)
        self.call_button.setObjectName("card_call")
        phone_buttons.addStretch(1)
        phones_box = QGroupBox(self.tr("Phones"))
        phones_layout = QVBoxLayout(phones_box)
        phones_layout.addWidget(self.phones)
        phones_layout.addLayout(phone_buttons)

        self.contacts = QTableWidget(0, 2)
        self.contacts.setObjectName("contacts")
        self.contacts.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Position")])
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.contacts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.contacts.itemChanged.connect(lambda _item: self._refresh_contact_choices())
        contact_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add contact person"), self.add_contact),
            (self.tr("Remove contact person"), self._remove_contact),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            contact_buttons.addWidget(button)
            self._edit_buttons.append(button)
        contact_buttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("Contact persons"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts)
        contacts_layout.addLayout(contact_buttons)

        lists = QHBoxLayout()
        lists.addWidget(phones_box)
        lists.addWidget(contacts_box)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        return page

    def _calls_page(self) -> QWidget:
        page = QWidget()
        self.calls_totals = QLabel()
        self.calls_totals.setObjectName("calls_totals")
        self.calls_table = self._table(
            [
                self.tr("Date"),
                self.tr("Direction"),
                self.tr("Status"),
                self.tr("Number"),
                self.tr("Employee"),
                self.tr("Talk"),
                self.tr("Recording"),
            ]
        )
        self.calls_table.horizontalHeader().setStretchLastSection(False)
        self.calls_empty = EmptyState(self.calls_table)
        call_back = self.call_back_button = QPushButton(self.tr("Call back"))
        call_back.setObjectName("card_call_back")
        call_back.clicked.connect(self._call_back)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(self.calls_totals, 1)
        top.addWidget(call_back)
        layout.addLayout(top)
        layout.addWidget(self.calls_table, 1)
        # The call's recordings, played like in the journal's side panel.
        self.player = RecordingPlayer(self._vlc_args, parent=page)
        self.player.setObjectName("card_player")
        self.player.set_archive(RecordingArchive(self.workplace.recordings_base))
        give_access(self.player, self.workplace.db, self.workplace.user)
        self.player.set_call(None, ())
        self.player_note = QLabel(self.tr("Select a call with a recording (♪) to listen to it."))
        self.player_note.setObjectName("player_note")
        layout.addWidget(self.player_note)
        layout.addWidget(self.player)
        self.calls_table.currentCellChanged.connect(self._call_chosen)
        return page

    def _call_chosen(self, row: int, *_args: Any) -> None:
        self._call_generation += 1
        generation = self._call_generation
        call = self._call_rows[row] if 0 <= row < len(self._call_rows) else None
        self.player_note.setVisible(call is None)  # the hint has done its job
        if call is None or not call.has_recording:
            self.player.set_call(None, ())
            return
        engine, user, call_id = self.db.engine, self.user, call.id

        def work() -> CallDetails:
            with engine.connect() as conn:
                return load_call_details(conn, call_id, user)

        task = BackgroundTask(work)
        task.signals.succeeded.connect(lambda d: self._call_loaded(generation, d))
        task.signals.failed.connect(lambda e: log.warning("loading call %s: %s", call_id, e))
        start(task)

    def _call_loaded(self, generation: int, details: CallDetails) -> None:
        if generation == self._call_generation:
            self.player.set_call(details.id, details.parts)

    def _load_employees(self) -> list[tuple[int, str]]:
        with self.db.engine.connect() as conn:
            return responsible_choices(conn)

    # -- showing --------------------------------------------------------------------------

    def _load(self, client_id: int) -> None:
        def work() -> Card:
            with self.db.engine.connect() as conn:
                return load_card(conn, client_id, self.user)

        self._show(wait_for(self, self.tr("Opening the card…"), work))

    def _show(self, card: Card) -> None:
        self.original = card
        self.name.setText(card.display_name)
        self.kind.setCurrentIndex(max(self.kind.findData(card.kind), 0))
        index = self.responsible.findData(card.responsible_id)
        if index < 0 and card.responsible_id is not None:
            self.responsible.addItem(card.responsible_name or "?", card.responsible_id)
            index = self.responsible.count() - 1
        self.responsible.setCurrentIndex(max(index, 0))
        self.email.setText(card.email)
        self.contacts.blockSignals(True)
        self.contacts.setRowCount(0)
        for c in card.contacts:
            self._append_contact(c)
        self.contacts.blockSignals(False)
        self.phones.setRowCount(0)
        for p in card.phones:
            self._append_phone(p)
        self._build_fields(card)
        self.setWindowTitle(self.title())
        if card.id is not None:
            self._tab_opened(self.tabs.currentIndex())

    def reload(self) -> None:
        """Show the card as it is in the database now (unsaved edits are dropped)."""
        if self.original is not None and self.original.id is not None:
            self._load(self.original.id)
            self.message.hide()

    def title(self) -> str:
        if self.original is None or self.original.id is None:
            return self.tr("New client")
        return self.original.display_name

    def _build_fields(self, card: Card) -> None:
        while self.fields_layout.count():
            item = self.fields_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for old in self._field_tabs:
            self.tabs.removeTab(self.tabs.indexOf(old))
            old.deleteLater()
        self._field_tabs.clear()
        self._editors.clear()
        # Hidden fields (Administration: not shown) keep their values: edited_card copies them.
        shown = [v for v in card.fields if v.field.shown]
        tabs: dict[str, list[tuple[FieldDef, bool]]] = {}
        for v in shown:
            tabs.setdefault(v.field.tab_title, []).append((v.field, v.editable and self.may_edit))
        general = self.tr("General")
        self._editors.update(add_sections(self.fields_layout, tabs.pop("", []), general))
        if not shown:
            # None set up, or none the user's groups show (in no group: none at all).
            self.fields_layout.addWidget(
                QLabel(self.tr("No additional fields: the administrator opens them to groups."))
            )
        self.fields_layout.addStretch(1)
        fields_index = self.tabs.indexOf(self.fields_scroll)
        self.tabs.setTabVisible(fields_index, bool(self._editors) or not shown)
        for offset, (title, fields) in enumerate(tabs.items(), start=1):
            content = QWidget()
            layout = QVBoxLayout(content)
            self._editors.update(add_sections(layout, fields, general))
            layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(content)
            self.tabs.insertTab(fields_index + offset, scroll, title)
            self._field_tabs.append(scroll)
        for editor in self._editors.values():
            editor.set_value(card.custom.get(editor.field.id))

    def _append_contact(self, c: ContactEntry) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        name = QTableWidgetItem(c.name)
        name.setData(USER_ROLE, c.key)
        self.contacts.setItem(row, 0, name)
        self.contacts.setItem(row, 1, QTableWidgetItem(c.position))

    def _contact_choices(self) -> list[tuple[int, str]]:
        result = []
        for row in range(self.contacts.rowCount()):
            item = self.contacts.item(row, 0)
            if item is not None:
                result.append((int(item.data(USER_ROLE)), item.text()))
        return result

    def _append_phone(self, p: PhoneEntry) -> None:
        row = self.phones.rowCount()
        self.phones.insertRow(row)
        self.phones.setItem(row, 0, QTableWidgetItem(display_number(p.number)))
        combo = QComboBox()
        self._fill_contacts(combo, p.contact_key)
        combo.setEnabled(self.may_edit)
        self.phones.setCellWidget(row, 1, combo)

    def _fill_contacts(self, combo: QComboBox, selected: int | None) -> None:
        combo.clear()
        combo.addItem(self.tr("(the client)"), None)
        for key, name in self._contact_choices():
            combo.addItem(name, key)
        combo.setCurrentIndex(max(combo.findData(selected), 0) if selected is not None else 0)

    def _refresh_contact_choices(self) -> None:
        for row in range(self.phones.rowCount()):
            combo = self.phones.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                self._fill_contacts(combo, combo.currentData())

    def add_phone(self, number: str = "") -> None:
        self._append_phone(PhoneEntry(number if isinstance(number, str) else ""))
        row = self.phones.rowCount() - 1
        self.phones.setCurrentCell(row, 0)
        if not number:
            item = self.phones.item(row, 0)
            if item is not None:
                self.phones.editItem(item)

    def _remove_phone(self) -> None:
        row = self.phones.currentRow()
        if row >= 0:
            self.phones.removeRow(row)

    def add_contact(self, name: str = "", position: str = "") -> None:
        key = self._new_contact_key
        self._new_contact_key -= 1
        self.contacts.blockSignals(True)
        self._append_contact(ContactEntry(key, name if isinstance(name, str) else "", position))
        self.contacts.blockSignals(False)
        self._refresh_contact_choices()

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)
            self._refresh_contact_choices()

    def _selected_number(self) -> str | None:
        row = self.phones.currentRow()
        item = self.phones.item(row, 0) if row >= 0 else None
        return item.text().strip() if item is not None and item.text().strip() else None

    def _call_selected(self) -> None:
        number = self._selected_number()
        if number:
            self.call_requested.emit(number)

    def set_calling_available(self, available: bool, reason: str = "") -> None:
        """The softphone can place calls now; else the buttons say why in a tooltip."""
        for button in (self.call_button, self.call_back_button):
            button.setEnabled(available)
            button.setToolTip("" if available else reason)

    def _call_back(self) -> None:
        row = self.calls_table.currentRow()
        item = self.calls_table.item(row, CALL_NUMBER) if row >= 0 else None
        if item is not None and item.text():
            self.call_requested.emit(item.text())

    def _write_mail(self) -> None:
        """The letter form when the company has an SMTP server, else the mail client."""
        address = self.email.text().strip()
        client_id = self.original.id if self.original is not None else None
        with self.db.transaction() as s:
            settings = read_mail_settings(s)
            files = (
                list_files(s, self.user, FileOwner.CLIENT, client_id)
                if settings is not None and client_id is not None
                else []
            )
        if settings is None or client_id is None:
            if address:
                QDesktopServices.openUrl(QUrl(f"mailto:{address}"))
            return
        self.letter_dialog = LetterDialog(self.workplace, settings, client_id, address, files, self)
        if self.letter_dialog.exec() == QDialog.DialogCode.Accepted:
            self.saved_note.setText(self.tr("The letter was sent."))
            self.saved_timer.start()
            if self.tabs.currentWidget() is self.history_table:
                self._tab_opened(self.tabs.currentIndex())
        self.letter_dialog.deleteLater()
        self.letter_dialog = None

    # -- history and calls ----------------------------------------------------------------

    def _tab_opened(self, index: int) -> None:
        if self.original is None or self.original.id is None:
            unsaved = self.tr("The card is not saved yet: save it (Ctrl+S) to see this.")
            self.events_tab.show_client(None)
            self.history_empty.show_text(unsaved)
            self.calls_empty.show_text(unsaved)
            return
        client_id = self.original.id
        page = self.tabs.widget(index)  # by page: the administrator's tabs shift indexes
        if page is self.history_table:
            with self.db.engine.connect() as conn:
                self._show_history(card_history(conn, client_id, self.user))
        elif page is self.calls_page:
            with self.db.engine.connect() as conn:
                self._show_calls(client_calls(conn, client_id, self.user))
        elif page is self.files_page:
            self._show_files(client_id)
        elif page is self.events_tab:
            self.events_tab.show_client(client_id)

    def _show_files(self, client_id: int) -> FilesPanel:
        panel = self.files_panel
        if panel is None or panel.owner_id != client_id:
            if panel is not None:
                panel.deleteLater()
            panel = FilesPanel(self.workplace, FileOwner.CLIENT, client_id)
            layout = self.files_page.layout()
            assert layout is not None
            layout.addWidget(panel)
            self.files_panel = panel
        else:
            panel.reload()
        return panel

    def field_name(self, field: str, title: str | None) -> str:
        names = {
            "created": self.tr("Card created"),
            "imported": self.tr("Imported"),
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "responsible": self.tr("Responsible manager"),
            "email": self.tr("E-mail"),
            "email_sent": self.tr("Letter sent"),
            "phone": self.tr("Phone"),
            "contact": self.tr("Contact person"),
        }
        return title or names.get(field, field)

    def _show_history(self, rows: list[HistoryRow]) -> None:
        self.history_table.setRowCount(len(rows))
        for i, h in enumerate(rows):
            values = [
                h.changed_at.strftime("%d.%m.%Y %H:%M"),
                h.employee_name or "",
                self.field_name(h.field, h.field_title),
                history_value(h.field, h.old_value),
                history_value(h.field, h.new_value),
            ]
            for col, text in enumerate(values):
                self.history_table.setItem(i, col, QTableWidgetItem(text))
        self.history_table.resizeColumnsToContents()
        header = self.history_table.horizontalHeader()
        for col in (HISTORY_WAS, HISTORY_NOW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.history_empty.show_text(
            ""
            if rows
            else self.tr(
                "No changes yet. Changes of the name, phones, contact persons and fields "
                "are listed here once the card is saved."
            )
        )

    def _show_calls(self, calls: ClientCalls) -> None:
        self.calls_totals.setText(
            self.tr("Made: {0}   Taken: {1}   Missed: {2}").format(
                calls.made, calls.taken, calls.missed
            )
        )
        directions = {"in": self.tr("Incoming"), "out": self.tr("Outgoing")}
        self._call_rows = list(calls.rows)
        self.calls_table.setRowCount(len(calls.rows))
        for i, c in enumerate(calls.rows):
            minutes, seconds = divmod(c.talk_seconds, 60)
            values = [
                c.started_at.strftime("%d.%m.%Y %H:%M"),
                directions.get(c.direction, c.direction),
                translated(STATUS_TEXT[c.status]) if c.status in STATUS_TEXT else c.status,
                display_number(c.number),
                c.employee_name or "",
                f"{minutes}:{seconds:02}" if c.talk_seconds else "",
                "♪" if c.has_recording else "",
            ]
            for col, text in enumerate(values):
                self.calls_table.setItem(i, col, QTableWidgetItem(text))
            status = self.calls_table.item(i, CALL_STATUS)
            colours = status_colors(c.status, is_dark(self.palette()))
            if colours is not None and status is not None:
                background, foreground = colours
                status.setBackground(QColor(background))
                status.setForeground(QColor(foreground))
        self.calls_table.resizeColumnsToContents()
        self.calls_table.horizontalHeader().setSectionResizeMode(
            CALL_EMPLOYEE, QHeaderView.ResizeMode.Stretch
        )
        self.player_note.setVisible(self.calls_table.currentRow() < 0)
        if calls.rows:
            self.calls_empty.show_text(None)
        elif self.user.sees_all_calls:
            self.calls_empty.show_text(
                self.tr(
                    "No calls with this client yet. Calls from and to its numbers are "
                    "listed here; to call it, choose a number on the Main tab."
                )
            )
        else:
            self.calls_empty.show_text(
                self.tr(
                    "You have had no calls with this client yet (you see the calls you took "
                    "part in). To call it, choose a number on the Main tab."
                )
            )

    # -- saving ---------------------------------------------------------------------------

    def edited_card(self) -> Card:
        assert self.original is not None
        contacts = []
        for row in range(self.contacts.rowCount()):
            name = self.contacts.item(row, 0)
            position = self.contacts.item(row, 1)
            if name is None:
                continue
            contacts.append(
                ContactEntry(
                    int(name.data(USER_ROLE)), name.text(), position.text() if position else ""
                )
            )
        phones = []
        for row in range(self.phones.rowCount()):
            item = self.phones.item(row, 0)
            combo = self.phones.cellWidget(row, 1)
            if item is None or not item.text().strip():
                continue
            key = combo.currentData() if isinstance(combo, QComboBox) else None
            phones.append(PhoneEntry(item.text().strip(), key))
        # Fields not on the card (hidden by the administrator) keep what they hold.
        custom = {
            v.field.id: self.original.custom.get(v.field.id)
            for v in self.original.fields
            if v.field.id not in self._editors
        }
        custom.update({fid: editor.value() for fid, editor in self._editors.items()})
        # Numbers as loaded stay in E.164 so an unchanged number is not "changed".
        shown = {display_number(p.number): p.number for p in self.original.phones}
        phones = [replace(p, number=shown.get(p.number, p.number)) for p in phones]
        return replace(
            self.original,
            display_name=self.name.text(),
            kind=str(self.kind.currentData()),
            responsible_id=self.responsible.currentData(),
            responsible_name=self.responsible.currentText() or None,
            email=self.email.text(),
            contacts=tuple(contacts),
            phones=tuple(phones),
            custom={k: v for k, v in custom.items() if v is not None},
        )

    def _show_message(self, text: str, error: bool = True) -> None:
        if not error:
            self.message.hide()
            self.saved_note.setText(text)
            self.saved_timer.start()
            return
        self.saved_note.clear()
        set_role(self.message, "error")
        self.message.setText(text)
        self.message.show()

    def save(self) -> bool:
        if self.original is None:
            return False
        original, edited = self.original, self.edited_card()

        def work() -> int:
            return self.db.write(lambda s: save_card(s, original, edited, self.user))

        try:
            client_id = wait_for(self, self.tr("Saving…"), work)
        except CardConflict as conflict:
            return self._resolve(conflict, edited)
        except (CardError, PermissionDenied, ValueError) as e:
            self._show_message(str(e))
            return False
        except DBAPIError as e:  # the connection went (shown once in the status bar too)
            self._show_message(
                self.tr("Nothing was saved: {error} Your changes are kept; save again.").format(
                    error=user_text(describe_problem(e))
                )
            )
            return False
        self._load(client_id)
        self._show_message(self.tr("Saved."), error=False)
        self.saved.emit(client_id)
        return True

    def conflict_text(self, conflict: CardConflict) -> str:
        def lines(changes: list[Any]) -> str:
            return "\n".join(
                f"• {self._change_title(c.field)}: «{c.old}» → «{c.new}»" for c in changes
            )

        text = self.tr("Someone saved this card while you were editing it.")
        text += "\n\n" + self.tr("They changed:") + "\n" + lines(conflict.theirs)
        text += "\n\n" + self.tr("You changed:") + "\n" + lines(conflict.mine)
        if conflict.overlapping:
            text += "\n\n" + self.tr("Where you both changed a field, merging keeps your value.")
        return text

    def _change_title(self, field: str) -> str:
        if field.startswith("field:") and self.original is not None:
            for v in self.original.fields:
                if field == f"field:{v.field.id}":
                    return v.field.title
        return self.field_name(field, None)

    def _resolve(self, conflict: CardConflict, edited: Card) -> bool:
        assert self.original is not None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The card was changed"))
        box.setText(self.conflict_text(conflict))
        merge_button = box.addButton(self.tr("Merge and save"), QMessageBox.ButtonRole.AcceptRole)
        reload_button = box.addButton(
            self.tr("Reload (drop my changes)"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is merge_button:
            merged = merge(self.original, edited, conflict.current)
            self.original = conflict.current
            self._fill(merged)
            return self.save()
        if box.clickedButton() is reload_button:
            self._show(conflict.current)
        return False

    def _fill(self, card: Card) -> None:
        """Put a card's values into the editors, keeping ``original`` as the base."""
        base = self.original
        self._show(card)
        self.original = base
