"""The task form: what, who, by when, how urgent, which clients; comments, history, files.

Saving is one transaction; when a colleague saved the task since it was opened here the form
says who and keeps what was typed (:class:`app.tasks.TaskConflict`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.messages import UserFacingError
from app.tasks import TaskDetails, TaskDraft, add_comment, create_task, read_task, update_task
from app.tasks.editing import assignees
from app.workplace import Workplace
from models import Client, FileOwner, TaskPriority
from ui.clients.views import filter_summary
from ui.files.panel import FilesPanel
from ui.messages import user_text
from ui.style import set_role
from ui.tasks.texts import field_names, moment_text, priority_names, status_names

log = logging.getLogger(__name__)
CLIENT_ROLE = Qt.ItemDataRole.UserRole
CLIENT_MATCHES = 30


def qt_moment(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


class TaskDialog(QDialog):
    saved = Signal(int)
    client_requested = Signal(int)
    client_filter_requested = Signal(object)

    def __init__(
        self,
        workplace: Workplace,
        task_id: int | None,
        parent: QWidget | None = None,
        current_client_filter: Callable[[], dict[str, object] | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("task_dialog")
        self.workplace = workplace
        self.user = workplace.user
        self.task_id = task_id
        self.details: TaskDetails | None = None
        self.client_filter: dict[str, object] | None = None
        self.current_client_filter = current_client_filter
        self.setWindowTitle(self.tr("New task") if task_id is None else self.tr("Task"))
        self.resize(760, 620)
        self._build()
        if task_id is not None:
            self.load()

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("task_title")
        self.title.setMaxLength(255)
        self.description = QPlainTextEdit()
        self.description.setObjectName("task_description")
        self.assignee = QComboBox()
        self.assignee.setObjectName("task_assignee")
        with self.workplace.db.transaction() as s:
            for employee_id, name in assignees(s):
                self.assignee.addItem(name, employee_id)
        self.assignee.setCurrentIndex(max(self.assignee.findData(self.user.id), 0))
        self.priority = QComboBox()
        self.priority.setObjectName("task_priority")
        for priority, name in priority_names().items():
            self.priority.addItem(name, priority.value)
        self.priority.setCurrentIndex(self.priority.findData(TaskPriority.NORMAL.value))
        start = self.workplace.now().replace(second=0, microsecond=0)
        self.has_due = QCheckBox(self.tr("Due:"))
        self.has_due.setObjectName("task_has_due")
        self.due = QDateTimeEdit(qt_moment(start + timedelta(days=1)))
        self.due.setObjectName("task_due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(False)
        self.has_reminder = QCheckBox(self.tr("Remind:"))
        self.reminder = QDateTimeEdit(qt_moment(start + timedelta(hours=1)))
        self.reminder.setCalendarPopup(True)
        self.reminder.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.has_reminder.toggled.connect(self.reminder.setEnabled)
        self.reminder.setEnabled(False)
        self.status = QLabel(status_names()[next(iter(status_names()))])
        self.status.setObjectName("task_status")

        self._build_pages(self._main_page())

    def _main_page(self) -> QWidget:
        self.clients = QListWidget()
        self.clients.setObjectName("task_clients")
        self.clients.setMinimumHeight(90)
        self.clients.itemActivated.connect(
            lambda item: self.client_requested.emit(int(item.data(CLIENT_ROLE)))
        )
        add_client = QPushButton(self.tr("Add client…"))
        add_client.clicked.connect(self.ask_client)
        remove_client = QPushButton(self.tr("Remove"))
        remove_client.clicked.connect(self.remove_client)
        self.filter_label = QLabel()
        self.filter_label.setObjectName("task_client_filter")
        self.filter_label.setWordWrap(True)
        take_filter = QPushButton(self.tr("Attach the current client filter"))
        take_filter.clicked.connect(self.take_client_filter)
        take_filter.setEnabled(self.current_client_filter is not None)
        self.open_filter = QPushButton(self.tr("Open the filtered clients"))
        self.open_filter.clicked.connect(
            lambda: self.client_filter_requested.emit(self.client_filter)
        )
        client_buttons = QVBoxLayout()
        for button in (add_client, remove_client, take_filter, self.open_filter):
            client_buttons.addWidget(button)
        client_buttons.addStretch(1)
        client_row = QHBoxLayout()
        client_row.addWidget(self.clients, 1)
        client_row.addLayout(client_buttons)

        main = QWidget()
        form = QFormLayout(main)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Assignee:"), self.assignee)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.has_due, self.due)
        form.addRow(self.has_reminder, self.reminder)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Clients:"), client_row)
        form.addRow("", self.filter_label)
        return main

    def _build_pages(self, main: QWidget) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(main, self.tr("Task"))
        self.comments = QListWidget()
        self.comments.setObjectName("task_comments")
        self.comments.setWordWrap(True)
        self.comment_text = QLineEdit()
        self.comment_text.setObjectName("task_comment_text")
        self.comment_text.setPlaceholderText(self.tr("Write a comment and press Enter"))
        self.comment_text.returnPressed.connect(self.send_comment)
        comments_page = QWidget()
        comments_layout = QVBoxLayout(comments_page)
        comments_layout.addWidget(self.comments)
        comments_layout.addWidget(self.comment_text)
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("task_history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Was"), self.tr("Now")]
        )
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.comments_index = self.tabs.addTab(comments_page, self.tr("Comments"))
        self.history_index = self.tabs.addTab(self.history, self.tr("History"))
        self.files: FilesPanel | None = None
        if self.task_id is not None:
            self.files = FilesPanel(self.workplace, FileOwner.TASK, self.task_id)
            self.tabs.addTab(self.files, self.tr("Files"))
        else:
            for index in (self.comments_index, self.history_index):
                self.tabs.setTabEnabled(index, False)

        self.message = QLabel()
        self.message.setObjectName("task_message")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(
            QKeySequence(QKeySequence.StandardKey.Save)
        )
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_filter()

    # -- reading --------------------------------------------------------------------------

    def load(self) -> None:
        assert self.task_id is not None
        task_id = self.task_id
        with self.workplace.db.transaction() as s:
            self.details = details = read_task(s, self.user, task_id)
        draft = details.draft
        self.setWindowTitle(self.tr("Task: {title}").format(title=draft.title))
        self.title.setText(draft.title)
        self.description.setPlainText(draft.description)
        self.assignee.setCurrentIndex(max(self.assignee.findData(draft.assignee_id), 0))
        self.priority.setCurrentIndex(self.priority.findData(draft.priority.value))
        self.has_due.setChecked(draft.due_at is not None)
        if draft.due_at is not None:
            self.due.setDateTime(qt_moment(draft.due_at))
        self.has_reminder.setChecked(draft.remind_at is not None)
        if draft.remind_at is not None:
            self.reminder.setDateTime(qt_moment(draft.remind_at))
        status = status_names()[details.status]
        if details.hours_spent is not None:
            status += " · " + self.tr("{hours} h spent").format(hours=f"{details.hours_spent:g}")
        self.status.setText(status)
        self.clients.clear()
        for client_id, name in details.clients:
            self._add_client_item(client_id, name)
        self.client_filter = draft.client_filter
        self._show_filter()
        self.comments.clear()
        for c in details.comments:
            self.comments.addItem(f"{moment_text(c.at)}  {c.author}\n{c.text}")
        names = field_names()
        self.history.setRowCount(len(details.history))
        for row, h in enumerate(details.history):
            values = (
                moment_text(h.at),
                h.author,
                names.get(h.field, h.field),
                h.old or "",
                h.new or "",
            )
            for col, value in enumerate(values):
                self.history.setItem(row, col, QTableWidgetItem(value))

    def _show_filter(self) -> None:
        if self.client_filter:
            shown = filter_summary(self.client_filter)
            self.filter_label.setText(self.tr("Client filter: {filter}").format(filter=shown))
        else:
            self.filter_label.setText("")
        self.open_filter.setEnabled(bool(self.client_filter))

    # -- clients --------------------------------------------------------------------------

    def _add_client_item(self, client_id: int, name: str) -> None:
        for row in range(self.clients.count()):
            if self.clients.item(row).data(CLIENT_ROLE) == client_id:
                return
        item = QListWidgetItem(name)
        item.setData(CLIENT_ROLE, client_id)
        self.clients.addItem(item)

    def find_clients(self, text: str) -> list[tuple[int, str]]:
        pattern = f"%{text.strip()}%"
        with self.workplace.db.transaction() as s:
            return [
                (r[0], r[1])
                for r in s.execute(
                    select(Client.id, Client.display_name)
                    .where(Client.display_name.ilike(pattern))
                    .order_by(Client.display_name)
                    .limit(CLIENT_MATCHES)
                )
            ]

    def ask_client(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Add client"), self.tr("Client name contains:")
        )
        if not ok or not text.strip():
            return
        found = self.find_clients(text)
        if not found:
            self._problem(self.tr("No client's name contains «{text}».").format(text=text))
            return
        if len(found) == 1:
            self._add_client_item(*found[0])
            return
        names = [name for _id, name in found]
        name, ok = QInputDialog.getItem(
            self, self.tr("Add client"), self.tr("Client:"), names, 0, False
        )
        if ok:
            self._add_client_item(*found[names.index(name)])

    def remove_client(self) -> None:
        row = self.clients.currentRow()
        if row >= 0:
            self.clients.takeItem(row)

    def take_client_filter(self) -> None:
        if self.current_client_filter is not None:
            self.client_filter = self.current_client_filter()
            self._show_filter()

    # -- writing --------------------------------------------------------------------------

    def draft(self) -> TaskDraft:
        def moment(edit: QDateTimeEdit) -> datetime:
            value: datetime = edit.dateTime().toPython()  # type: ignore[assignment]
            return value.replace(second=0, microsecond=0)

        return TaskDraft(
            title=self.title.text(),
            assignee_id=int(self.assignee.currentData()),
            description=self.description.toPlainText(),
            priority=TaskPriority(self.priority.currentData()),
            due_at=moment(self.due) if self.has_due.isChecked() else None,
            remind_at=moment(self.reminder) if self.has_reminder.isChecked() else None,
            client_ids=tuple(
                int(self.clients.item(row).data(CLIENT_ROLE)) for row in range(self.clients.count())
            ),
            client_filter=self.client_filter,
        )

    def save(self) -> bool:
        draft, user, now = self.draft(), self.user, self.workplace.now()
        task_id, details = self.task_id, self.details
        try:
            if task_id is None or details is None:
                self.task_id = self.workplace.db.write(lambda s: create_task(s, user, draft, now))
            else:
                version = self.workplace.db.write(
                    lambda s: update_task(s, user, task_id, details.version, draft, now)
                )
                self.details = replace(details, version=version, draft=draft)
        except UserFacingError as e:
            self._problem(user_text(e))
            return False
        except Exception as e:
            log.exception("saving task failed")
            self._problem(user_text(e))
            return False
        self.message.hide()
        assert self.task_id is not None
        self.saved.emit(self.task_id)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def send_comment(self) -> None:
        text = self.comment_text.text()
        if self.task_id is None or not text.strip():
            return
        task_id, user, now = self.task_id, self.user, self.workplace.now()
        try:
            self.workplace.db.write(lambda s: add_comment(s, user, task_id, text, now))
        except Exception as e:
            log.exception("comment failed")
            self._problem(user_text(e))
            return
        self.comment_text.clear()
        self.comments.addItem(f"{moment_text(now)}  {user.full_name}\n{text.strip()}")

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
