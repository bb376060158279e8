"""The event's form: what, when, who, which client, the reminder; complete it, go to the
client, make a linked event and see the events linked to it."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.events import (
    EventConflict,
    EventDraft,
    EventEntry,
    complete_event,
    create_event,
    delete_event,
    linked_events,
    read_event,
    reopen_event,
    update_event,
)
from app.events.calendar import client_name, clients_named, employees
from app.events.changes import may_delete, may_edit
from app.messages import UserFacingError
from app.workplace import Workplace
from models import MAX_EVENT_DESCRIPTION_LENGTH
from ui.messages import user_text
from ui.style import set_role

REMINDER_CHOICES = (None, 0, 5, 10, 15, 30, 60, 120, 24 * 60)
DEFAULT_REMINDER = 15
CLIENT_CHOICES = 5000
DATE_TIME_FORMAT = "%d.%m.%Y %H:%M"


def moment_text(moment: datetime) -> str:
    return moment.strftime(DATE_TIME_FORMAT)


class EventDialog(QDialog):
    """A new event (``entry`` None; ``draft`` prefills) or an existing one to edit."""

    saved = Signal(int)  # event id, after any write (save, complete, reopen)
    client_requested = Signal(int)
    event_requested = Signal(int)  # a linked event, to open in its own form

    def __init__(
        self,
        workplace: Workplace,
        entry: EventEntry | None = None,
        draft: EventDraft | None = None,
        linked_to: EventEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.user = workplace.user
        self.entry = entry
        self.linked_to = linked_to
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("Event") if entry else self.tr("New event"))
        self.resize(560, 520)
        with workplace.db.transaction() as s:
            self._employees = employees(s)
            self._clients = clients_named(s, "", CLIENT_CHOICES)
            linked = linked_events(s, self.user, entry) if entry else []
            chosen_client = entry.client_id if entry else draft.client_id if draft else None
            if chosen_client and chosen_client not in {c for c, _ in self._clients}:
                self._clients.insert(0, (chosen_client, client_name(s, chosen_client)))
        self._build(linked)
        self._fill(entry, draft)

    # -- building -------------------------------------------------------------------------

    def _build(self, linked: list[EventEntry]) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What to do, e.g. call back about the offer"))
        form.addRow(self.tr("Description:"), self.description)
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("starts")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("dd.MM.yyyy HH:mm")
        form.addRow(self.tr("Date and time:"), self.starts)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        for employee_id, name in self._employees:
            label = (
                self.tr("{name} (me)").format(name=name) if employee_id == self.user.id else name
            )
            self.assignee.addItem(label, employee_id)
        form.addRow(self.tr("Assignee:"), self.assignee)
        self.client = QComboBox()
        self.client.setObjectName("client")
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.addItem(self.tr("(no client)"), None)
        for client_id, name in self._clients:
            self.client.addItem(name, client_id)
        completer = self.client.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        form.addRow(self.tr("Client:"), self.client)
        self.reminder = QComboBox()
        self.reminder.setObjectName("reminder")
        for minutes in REMINDER_CHOICES:
            self.reminder.addItem(self.reminder_text(minutes), minutes)
        form.addRow(self.tr("Reminder:"), self.reminder)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        form.addRow(self.facts)
        layout.addLayout(form)
        self.linked_label = QLabel(self.tr("Linked events:"))
        self.linked = QListWidget()
        self.linked.setObjectName("linked")
        for other in linked:
            text = f"{moment_text(other.starts_at)}  {other.description}  — {other.assignee}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            if other.completed:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.linked.addItem(item)
        self.linked.itemActivated.connect(
            lambda item: self.event_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.linked_label.setVisible(bool(linked))
        self.linked.setVisible(bool(linked))
        layout.addWidget(self.linked_label)
        layout.addWidget(self.linked)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        layout.addWidget(self.message)

        self._build_buttons(layout)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("complete")
        buttons.addButton(self.complete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.client_button = buttons.addButton(
            self.tr("Go to client"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.client_button.setObjectName("go_to_client")
        self.link_button = buttons.addButton(
            self.tr("New linked event"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.link_button.setObjectName("new_linked")
        self.delete_button = buttons.addButton(
            self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self._delete_asked)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.complete_button.clicked.connect(self.toggle_complete)
        self.client_button.clicked.connect(self._go_to_client)
        self.link_button.clicked.connect(self.new_linked)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    def reminder_text(self, minutes: int | None) -> str:
        texts = {
            None: self.tr("No reminder"),
            0: self.tr("At the time of the event"),
            5: self.tr("5 minutes before"),
            10: self.tr("10 minutes before"),
            15: self.tr("15 minutes before"),
            30: self.tr("30 minutes before"),
            60: self.tr("1 hour before"),
            120: self.tr("2 hours before"),
            24 * 60: self.tr("1 day before"),
        }
        if minutes in texts:
            return texts[minutes]
        return self.tr("{minutes} min before").format(minutes=minutes)

    def _fill(self, entry: EventEntry | None, draft: EventDraft | None) -> None:
        if entry is not None:
            draft = EventDraft(
                entry.description,
                entry.starts_at,
                entry.assignee_id,
                entry.client_id,
                entry.remind_minutes,
                entry.call_id,
            )
        if draft is None:
            start = self.workplace.now().replace(second=0, microsecond=0) + timedelta(hours=1)
            draft = EventDraft("", start.replace(minute=0), self.user.id)
        self.call_id = draft.call_id
        self.description.setPlainText(draft.description)
        start = draft.starts_at
        self.starts.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        self._select(self.assignee, draft.assignee_id)
        self._select(self.client, draft.client_id)
        if draft.remind_minutes not in REMINDER_CHOICES:
            self.reminder.addItem(self.reminder_text(draft.remind_minutes), draft.remind_minutes)
        self._select(self.reminder, draft.remind_minutes)
        facts: list[str] = []
        if entry is not None:
            facts.append(
                self.tr("Created {time} by {name}").format(
                    time=moment_text(entry.created_at), name=entry.created_by
                )
            )
            if entry.completed_at is not None:
                facts.append(
                    self.tr("Done at {time} ({name})").format(
                        time=moment_text(entry.completed_at), name=entry.completed_by
                    )
                )
        self.facts.setText("\n".join(facts))
        self.facts.setVisible(bool(facts))
        editable = entry is None or may_edit(self.user, entry)
        for widget in (self.description, self.starts, self.assignee, self.client, self.reminder):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.complete_button.setVisible(entry is not None and editable)
        self.complete_button.setText(
            self.tr("Not done") if entry is not None and entry.completed else self.tr("Complete")
        )
        self.link_button.setVisible(entry is not None and entry.created_by_id == self.user.id)
        self.delete_button.setVisible(entry is not None and may_delete(self.user, entry))
        self.client_button.setEnabled(self.chosen_client() is not None)
        self.client.currentIndexChanged.connect(
            lambda _i: self.client_button.setEnabled(self.chosen_client() is not None)
        )

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # -- reading the form -----------------------------------------------------------------

    def chosen_client(self) -> int | None:
        index = self.client.findText(self.client.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        data = self.client.itemData(index)
        return int(data) if data is not None else None

    def chosen_start(self) -> datetime:
        chosen = self.starts.dateTime()
        day, moment = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())

    def draft(self) -> EventDraft:
        minutes = self.reminder.currentData()
        return EventDraft(
            description=self.description.toPlainText()[: MAX_EVENT_DESCRIPTION_LENGTH + 1],
            starts_at=self.chosen_start(),
            assignee_id=int(self.assignee.currentData()),
            client_id=self.chosen_client(),
            remind_minutes=None if minutes is None else int(minutes),
            call_id=self.call_id,
        )

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- commands -------------------------------------------------------------------------

    def save(self) -> bool:
        draft, user, now = self.draft(), self.user, self.workplace.now()
        entry, linked_to = self.entry, self.linked_to
        try:
            if entry is None:
                event_id = self.workplace.db.write(
                    lambda s: create_event(s, user, draft, now, linked_to=linked_to)
                )
            else:
                self.workplace.db.write(lambda s: update_event(s, user, entry, draft, now))
                event_id = entry.id
        except EventConflict as conflict:
            self._show_error(user_text(conflict))
            return False
        except UserFacingError as error:
            self._show_error(user_text(error))
            return False
        self.saved.emit(event_id)
        self.accept()
        return True

    def toggle_complete(self) -> bool:
        entry, user, now = self.entry, self.user, self.workplace.now()
        if entry is None:
            return False
        change = reopen_event if entry.completed else complete_event
        try:
            self.workplace.db.write(lambda s: change(s, user, entry, now))
        except UserFacingError as error:
            self._show_error(user_text(error))
            return False
        self.saved.emit(entry.id)
        self.accept()
        return True

    def _delete_asked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            self.tr("Delete the event? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()

    def delete(self) -> bool:
        entry, user = self.entry, self.user
        if entry is None:
            return False
        try:
            self.workplace.db.write(lambda s: delete_event(s, user, entry))
        except UserFacingError as error:
            self._show_error(user_text(error))
            return False
        self.saved.emit(entry.id)
        self.accept()
        return True

    def _go_to_client(self) -> None:
        client_id = self.chosen_client()
        if client_id is not None:
            self.client_requested.emit(client_id)
            self.accept()

    def new_linked(self) -> EventDialog | None:
        """A new event prefilled from this one (its client, description, assignee)."""
        entry = self.entry
        if entry is None:
            return None
        draft = EventDraft(
            entry.description,
            max(entry.starts_at, self.workplace.now().replace(second=0, microsecond=0))
            + timedelta(days=1),
            entry.assignee_id,
            entry.client_id,
            entry.remind_minutes,
        )
        dialog = EventDialog(
            self.workplace, draft=draft, linked_to=entry, parent=self.parentWidget()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.saved)
        dialog.client_requested.connect(self.client_requested)
        self.accept()
        dialog.open()
        return dialog


def open_event(workplace: Workplace, event_id: int, parent: QWidget | None) -> EventDialog | None:
    """The form of event ``event_id`` (read now), or a message when it is gone or not visible."""
    with workplace.db.transaction() as s:
        entry = read_event(s, workplace.user, event_id)
    if entry is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("EventDialog", "Event"),
            QCoreApplication.translate("EventDialog", "The event is not there any more."),
        )
        return None
    dialog = EventDialog(workplace, entry, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
