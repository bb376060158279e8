"""Reminders on screen: one window at the bottom left of the screen listing the reminders
due now, of events and of tasks (overdue ones marked: the app may have been closed at their
time), with Open,
Later and Dismiss per reminder, and a tray message when a new one comes. It follows the
window's :class:`~ui.events.watch.EventWatch`; dismissing and snoozing are written to the
database, so the user's other workstations stop showing the reminder too."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.database import describe_problem
from app.events import Reminder, ReminderKind, dismiss_reminder, snooze_reminder
from app.tasks.reminders import dismiss_task_reminder, snooze_task_reminder
from app.workplace import Workplace
from ui import resources
from ui.events.watch import EventWatch
from ui.messages import user_text
from ui.style import set_role

log = logging.getLogger(__name__)
SNOOZE_MINUTES = 10
MARGIN = 16


class ReminderRow(QFrame):
    def __init__(self, reminder: Reminder, overdue: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_row")
        self.reminder = reminder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        when = reminder.starts_at.strftime("%d.%m.%Y %H:%M")
        if reminder.kind is ReminderKind.TASK:
            when = self.tr("Task, {time}").format(time=when)
        self.time_label = QLabel(when)
        set_role(self.time_label, "strong")
        if overdue:
            self.time_label.setText(self.tr("{time} — overdue").format(time=when))
            set_role(self.time_label, "error")
        layout.addWidget(self.time_label)
        text = QLabel(reminder.description)
        text.setWordWrap(True)
        layout.addWidget(text)
        if reminder.client:
            client = QLabel(reminder.client)
            set_role(client, "muted")
            layout.addWidget(client)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.later_button = QPushButton(
            self.tr("Later ({minutes} min)").format(minutes=SNOOZE_MINUTES)
        )
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        for button in (self.open_button, self.later_button, self.dismiss_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)


class ReminderWindow(QFrame):
    """``event_requested(id)`` / ``task_requested(id)``: the user opens a reminder's event
    or task."""

    event_requested = Signal(int)
    task_requested = Signal(int)

    def __init__(
        self, workplace: Workplace, watch: EventWatch, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("reminders")
        self.setWindowTitle(self.tr("Reminders"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.workplace = workplace
        self.watch = watch
        self.rows: list[ReminderRow] = []
        self._shown: set[tuple[object, object]] = set()
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Reminders"))
        set_role(self.title, "heading")
        layout.addWidget(self.title)
        self.list_layout = QVBoxLayout()
        layout.addLayout(self.list_layout)
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.dismiss_all_button = QPushButton(self.tr("Dismiss all"))
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        layout.addWidget(self.dismiss_all_button)
        self.setMinimumWidth(340)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(resources.icon("calldesk"), self)
            self.tray.setToolTip("CallDesk")
        watch.reminders_changed.connect(self.show_reminders)

    def show_reminders(self, reminders: list[Reminder]) -> None:
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        now = self.workplace.now()
        for reminder in reminders:
            row = ReminderRow(reminder, reminder.overdue(now))
            row.open_button.clicked.connect(lambda _c=False, r=reminder: self.open(r))
            row.later_button.clicked.connect(lambda _c=False, r=reminder: self.later(r))
            row.dismiss_button.clicked.connect(lambda _c=False, r=reminder: self.dismiss(r))
            self.list_layout.addWidget(row)
            self.rows.append(row)
        self.dismiss_all_button.setVisible(len(reminders) > 1)
        new = [r for r in reminders if (r.key, r.starts_at) not in self._shown]
        self._shown = {(r.key, r.starts_at) for r in reminders}
        if not reminders:
            self.hide()
            return
        self._place()
        self.show()
        if new:
            self.raise_()
            if self.tray is not None:
                self.tray.show()
                self.tray.showMessage(
                    self.tr("Reminder"),
                    "\n".join(f"{r.starts_at:%H:%M} {r.description}" for r in new),
                    QSystemTrayIcon.MessageIcon.Information,
                    15_000,
                )

    def _place(self) -> None:
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.left() + MARGIN, max(area.top(), area.bottom() - self.height() - MARGIN))

    def _write(self, work: object) -> bool:
        try:
            self.workplace.db.write(work)  # type: ignore[arg-type]
        except Exception as error:  # a lost connection: say so, keep the reminder
            log.warning("reminder not written: %s", error)
            self.message.setText(user_text(describe_problem(error)))
            self.message.show()
            return False
        self.message.hide()
        self.watch.poll()
        return True

    def open(self, reminder: Reminder) -> None:
        if reminder.kind is ReminderKind.TASK:
            self.task_requested.emit(reminder.item_id)
        else:
            self.event_requested.emit(reminder.item_id)

    def dismiss(self, reminder: Reminder) -> bool:
        user, now = self.workplace.user, self.workplace.now()
        done = dismiss_task_reminder if reminder.kind is ReminderKind.TASK else dismiss_reminder
        return self._write(lambda s: done(s, user, reminder.item_id, now))

    def later(self, reminder: Reminder) -> bool:
        user, now = self.workplace.user, self.workplace.now()
        snooze = snooze_task_reminder if reminder.kind is ReminderKind.TASK else snooze_reminder
        return self._write(lambda s: snooze(s, user, reminder.item_id, now, SNOOZE_MINUTES))

    def dismiss_all(self) -> None:
        user, now = self.workplace.user, self.workplace.now()
        keys = [row.reminder.key for row in self.rows]

        def work(session: object) -> None:
            for kind, item_id in keys:
                done = dismiss_task_reminder if kind is ReminderKind.TASK else dismiss_reminder
                done(session, user, item_id, now)  # type: ignore[arg-type]

        self._write(work)

    def shutdown(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        self.close()
