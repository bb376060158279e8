"""Registering a call's unknown number: "Create client" (F7) and "Assign number to client…"."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.clients.numbers import (
    ClientChoice,
    NewClient,
    NumberTaken,
    Registration,
    RegistrationError,
    assign_number,
    create_client,
    quoted,
    search_clients,
)
from app.database import describe_problem
from app.phones import display as display_number
from app.workplace import Workplace
from models import ClientKind
from ui.background import BackgroundTask, start, wait_for
from ui.messages import user_text
from ui.style import set_role
from ui.text_fit import placeholder_width

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("registration", text)


def failure_text(error: BaseException) -> str:
    """What went wrong, in words the operator can act on."""
    if isinstance(error, NumberTaken):
        who = error.by_name or _tr("another user")
        when = error.at.strftime("%d.%m.%Y %H:%M") if error.at else ""
        text = _tr("The number {number} is already assigned to {client} by {who} at {when}.")
        return text.format(
            number=display_number(error.number),
            client=quoted(error.client_name),
            who=who,
            when=when,
        )
    if isinstance(error, RegistrationError):
        return user_text(error)
    if isinstance(error, DBAPIError):
        return _tr("Not saved: {error} Your input is kept; try again.").format(
            error=user_text(describe_problem(error))
        )
    log.error("registering a number failed: %r", error)
    return _tr("Not saved: {error}").format(error=user_text(error))


class _RegistrationDialog(QDialog):
    def __init__(self, workplace: Workplace, number: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db = workplace.db
        self.user = workplace.user
        self.region = workplace.region
        self.number = number
        self.registration: Registration | None = None
        self.error = QLabel()
        self.error.setObjectName("registration_error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _run(self, work: Callable[[], Registration]) -> bool:
        try:
            self.registration = wait_for(self, self.tr("Saving…"), work)
        except Exception as e:  # shown in the dialog; the input stays for another try
            self.show_error(failure_text(e))
            return False
        return True


class CreateClientDialog(_RegistrationDialog):
    """A compact card: the number, a name, company or person, optional contact person."""

    def __init__(
        self,
        workplace: Workplace,
        number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workplace, number, parent)
        self.setWindowTitle(self.tr("Create client"))
        self.number_label = QLabel(display_number(number))
        set_role(self.number_label, "strong")
        self.name = QLineEdit()
        self.name.setObjectName("client_name")
        self.name.setPlaceholderText(self.tr("e.g. ООО «Ромашка» or Иванов Иван"))
        self.name.setMaxLength(255)
        self.name.setMinimumWidth(placeholder_width(self.name))
        self.name.textChanged.connect(lambda _t: self.show_error(""))
        self.kind = QComboBox()
        self.kind.setObjectName("client_kind")
        self.kind.addItem(self.tr("Company"), ClientKind.COMPANY)
        self.kind.addItem(self.tr("Person"), ClientKind.PERSON)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.responsible = QLabel(workplace.user.full_name)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contact_name")
        self.contact_name.setPlaceholderText(self.tr("optional"))
        self.contact_name.setMaxLength(200)
        self.contact_position = QLineEdit()
        self.contact_position.setObjectName("contact_position")
        self.contact_position.setPlaceholderText(self.tr("optional"))
        self.contact_position.setMaxLength(200)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        form = QFormLayout(self)
        form.addRow(self.tr("Number:"), self.number_label)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Responsible manager:"), self.responsible)
        form.addRow(self.tr("Contact person:"), self.contact_name)
        form.addRow(self.tr("Position:"), self.contact_position)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)

    def _kind_changed(self) -> None:
        company = self.kind.currentData() == ClientKind.COMPANY
        self.contact_name.setEnabled(company)
        self.contact_position.setEnabled(company)

    def new_client(self) -> NewClient:
        company = self.kind.currentData() == ClientKind.COMPANY
        return NewClient(
            name=self.name.text(),
            kind=ClientKind(self.kind.currentData()),
            contact_name=self.contact_name.text() if company else "",
            contact_position=self.contact_position.text() if company else "",
        )

    def accept(self) -> None:
        new = self.new_client()
        if not new.name.strip():
            self.show_error(self.tr("Enter the client's name."))
            self.name.setFocus()
            return
        db, user, number, region = self.db, self.user, self.number, self.region

        def work() -> Registration:
            return db.write(lambda session: create_client(session, number, new, user, region))

        if self._run(work):
            super().accept()


class AssignNumberDialog(_RegistrationDialog):
    """Search a client as you type, then add the number to it or to one of its contacts."""

    def __init__(
        self,
        workplace: Workplace,
        number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workplace, number, parent)
        self.setWindowTitle(self.tr("Assign number to client"))
        self._generation = 0
        self.search_timer = QTimer(self)
        self.search = QLineEdit()
        self.search.setObjectName("client_search")
        self.search.setPlaceholderText(self.tr("Client name or phone number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.results = QListWidget()
        self.results.setObjectName("client_results")
        self.results.currentItemChanged.connect(lambda *_a: self._client_chosen())
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.status = QLabel()
        set_role(self.status, "muted")
        self.to_client = QRadioButton(self.tr("Add number to client"))
        self.to_client.setObjectName("to_client")
        self.to_contact = QRadioButton(self.tr("Add number to contact person"))
        self.to_contact.setObjectName("to_contact")
        group = QButtonGroup(self)
        group.addButton(self.to_client)
        group.addButton(self.to_contact)
        self.to_client.setChecked(True)
        self.contact = QComboBox()
        self.contact.setObjectName("contact_choice")
        self.to_contact.toggled.connect(self.contact.setEnabled)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        number_label = QLabel(display_number(number))
        set_role(number_label, "strong")
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Number:"), number_label)
        top.addRow(self.tr("Find client:"), self.search)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.to_client)
        layout.addWidget(self.to_contact)
        layout.addWidget(self.contact)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 440)
        self._client_chosen()

    def run_search(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        if not text.strip():
            self._show_results(generation, [])
            return
        engine = self.db.engine

        def work() -> list[ClientChoice]:
            with engine.connect() as conn:
                return search_clients(conn, text)

        self.status.setText(self.tr("Searching…"))
        task = BackgroundTask(work)
        task.signals.succeeded.connect(lambda found: self._show_results(generation, found))
        task.signals.failed.connect(lambda error: self._search_failed(generation, error))
        start(task)

    def _show_results(self, generation: int, found: list[ClientChoice]) -> None:
        if generation != self._generation:
            return  # a newer keystroke's search is on its way
        self.results.clear()
        for choice in found:
            numbers = ", ".join(display_number(n) for n in choice.numbers[:3])
            item = QListWidgetItem(f"{choice.name}\n{numbers}" if numbers else choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("Found: {count}").format(count=len(found)))
        else:
            self.status.setText(self.tr("Nothing found") if self.search.text().strip() else "")
        self._client_chosen()

    def _search_failed(self, generation: int, error: Any) -> None:
        if generation == self._generation:
            self.status.setText(failure_text(error))

    def chosen(self) -> ClientChoice | None:
        item = self.results.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, ClientChoice) else None

    def _client_chosen(self) -> None:
        choice = self.chosen()
        self.contact.clear()
        contacts = choice.contacts if choice is not None else ()
        for contact in contacts:
            label = f"{contact.name} ({contact.position})" if contact.position else contact.name
            self.contact.addItem(label, contact.id)
        self.to_contact.setEnabled(bool(contacts))
        if not contacts:
            self.to_client.setChecked(True)
        self.contact.setEnabled(bool(contacts) and self.to_contact.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(choice is not None)

    def accept(self) -> None:
        choice = self.chosen()
        if choice is None:
            self.show_error(self.tr("Choose a client first."))
            return
        contact_id = self.contact.currentData() if self.to_contact.isChecked() else None
        db, user, number, region = self.db, self.user, self.number, self.region

        def work() -> Registration:
            return db.write(
                lambda session: assign_number(session, number, choice.id, user, contact_id, region)
            )

        if self._run(work):
            super().accept()
