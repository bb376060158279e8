"""The task board: four columns (New, In progress, Ready, Closed) with drag and drop between
them, overdue tasks in red, and a calendar of tasks by due date. Supervisors may group the
board by assignee (:mod:`ui.tasks.lanes`, remembered per user): a card dropped on another
person's lane goes to them after a confirmation, through the same versioned write.

A card dropped on another column is a status change: the form asks the hours spent when the
column is Ready or Closed, writes it (:func:`app.tasks.move_task`, a conflict when someone
changed the task meanwhile) and reads the board again; nothing moves on screen until the
database agrees.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.messages import UserFacingError
from app.staff.user_settings import get_setting, put_setting
from app.tasks import COLUMNS, NEEDS_HOURS, TaskCard, move_task, reassign_task
from app.tasks.editing import assignees
from app.workplace import Workplace
from models import TaskPriority, TaskStatus
from ui.database_runner import is_connection_lost
from ui.messages import user_text
from ui.style import set_role
from ui.tasks.column import CARD_ROLE, MIME, Drop, TaskColumn
from ui.tasks.dialog import TaskDialog
from ui.tasks.lanes import SwimLanes
from ui.tasks.report import TaskReport
from ui.tasks.texts import moment_text, priority_names, status_names
from ui.tasks.watch import TaskWatch

__all__ = ["CARD_ROLE", "MIME", "OVERDUE_COLOR", "TaskBoardForm", "TaskColumn"]
log = logging.getLogger(__name__)
OVERDUE_COLOR = QColor("#c62828")
CLOSED_SHOWN_DAYS = 30  # the board hides tasks closed longer ago (the report has them)
EVERYONE = -1
LANES_KEY = "tasks.board.lanes"  # the user's "Group by assignee" (user_settings)

HoursAsker = Callable[[TaskCard, TaskStatus], "float | None"]


class TaskBoardForm(QWidget):
    """The Tasks section; follows the window's :class:`TaskWatch`."""

    client_requested = Signal(int)
    client_filter_requested = Signal(object)  # dict: the saved clients filter

    def __init__(
        self,
        workplace: Workplace,
        watch: TaskWatch,
        current_client_filter: Callable[[], dict[str, object] | None] | None = None,
    ) -> None:
        super().__init__()
        self.workplace = workplace
        self.user = workplace.user
        self.watch = watch
        self.current_client_filter = current_client_filter
        self.cards: list[TaskCard] = []
        self.hours_asker: HoursAsker = self._ask_hours
        self.reassign_confirm: Callable[[TaskCard, str], bool] = self._confirm_reassign
        self.setWindowTitle(self.tr("Tasks"))
        self._build()
        watch.updated.connect(self._board_read)
        watch.failed.connect(self._show_problem)
        if watch.cards is not None:
            self._board_read(watch.cards)
        watch.refresh()

    # -- building -------------------------------------------------------------------------

    def _action(self, text: str, key: QKeySequence | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(key)
            action.setToolTip(f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build(self) -> None:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(
            self.tr("New task"), QKeySequence(Qt.Key.Key_Insert), self.new_task
        )
        self.open_action = self._action(
            self.tr("Open"), QKeySequence(Qt.Key.Key_Return), self.open_selected
        )
        self.refresh_action = self._action(
            self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.watch.refresh
        )
        bar.addAction(self.new_action)
        bar.addAction(self.open_action)
        bar.addSeparator()
        self.move_actions: dict[TaskStatus, QAction] = {}
        for number, status in enumerate(COLUMNS, 1):
            action = self._action(
                self.tr("To «{column}»").format(column=status_names()[status]),
                QKeySequence(f"Alt+{number}"),
                partial(self.move_selected, status),
            )
            self.move_actions[status] = action
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.refresh_action)
        self.lanes_action = QAction(self.tr("Group by assignee"), self)
        self.lanes_action.setObjectName("lanes_action")
        self.lanes_action.setCheckable(True)
        self.lanes_action.setToolTip(
            self.tr("One lane per assignee; drop a card on another lane to give it to them")
        )
        self.lanes_action.setChecked(self.user.sees_all_calls and self._lanes_remembered())
        self.lanes_action.setVisible(self.user.sees_all_calls)  # only they see everyone's
        self.lanes_action.toggled.connect(self.set_grouped)
        bar.addAction(self.lanes_action)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee_filter")
        self.assignee.addItem(self.tr("Everyone"), EVERYONE)
        with self.workplace.db.transaction() as s:
            for employee_id, name in assignees(s):
                self.assignee.addItem(name, employee_id)
        self.assignee.setCurrentIndex(
            0 if self.user.sees_all_calls else max(self.assignee.findData(self.user.id), 0)
        )
        self.assignee.currentIndexChanged.connect(lambda _i: self._show())
        bar.addWidget(QLabel(self.tr(" Assignee: ")))
        bar.addWidget(self.assignee)

        self.message = QLabel()
        self.message.setObjectName("board_message")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()

        flat = self._flat_board()
        self.swimlanes = SwimLanes()
        self.swimlanes.moved.connect(self.move_task_to)
        self.swimlanes.reassigned.connect(self.move_to_lane)
        self.swimlanes.activated.connect(self.open_task)
        self.board_pages = QStackedWidget()
        self.board_pages.setObjectName("board_pages")
        self.board_pages.addWidget(flat)
        self.board_pages.addWidget(self.swimlanes)
        board = self.board_pages

        calendar_page = QSplitter()
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("task_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.selectionChanged.connect(self._show_day)
        self.day_list = QListWidget()
        self.day_list.setObjectName("day_tasks")
        self.day_list.itemActivated.connect(lambda item: self.open_task(item.data(CARD_ROLE).id))
        calendar_page.addWidget(self.calendar)
        calendar_page.addWidget(self.day_list)
        calendar_page.setSizes([600, 400])

        self.views = QTabWidget()
        self.views.addTab(board, self.tr("Board"))
        self.views.addTab(calendar_page, self.tr("Calendar"))
        self.report = TaskReport(self.workplace)
        self.report_index = self.views.addTab(self.report, self.tr("Report"))
        self.views.currentChanged.connect(
            lambda index: self.report.reload() if index == self.report_index else None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.views)

    def _flat_board(self) -> QWidget:
        """The four columns of everyone shown (the board not grouped by assignee)."""
        flat = QWidget()
        columns = QHBoxLayout(flat)
        self.columns: dict[TaskStatus, TaskColumn] = {}
        self.column_titles: dict[TaskStatus, QLabel] = {}
        for status in COLUMNS:
            box = QVBoxLayout()
            title = QLabel()
            title.setObjectName(f"title_{status.value}")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            column = TaskColumn(status)
            column.dropped.connect(self.move_task_to)
            column.itemActivated.connect(lambda item: self.open_task(item.data(CARD_ROLE).id))
            box.addWidget(title)
            box.addWidget(column)
            columns.addLayout(box)
            self.columns[status] = column
            self.column_titles[status] = title
        return flat

    def help_topic(self) -> str:
        return "tasks"

    # -- showing --------------------------------------------------------------------------

    def _board_read(self, cards: list[TaskCard]) -> None:
        self.cards = cards
        self._show()

    def shown_cards(self) -> list[TaskCard]:
        chosen = self.assignee.currentData()
        since = self.workplace.now() - timedelta(days=CLOSED_SHOWN_DAYS)
        return [
            c
            for c in self.cards
            if (chosen == EVERYONE or c.assignee_id == chosen)
            and not (
                c.status is TaskStatus.CLOSED and c.closed_at is not None and c.closed_at < since
            )
        ]

    def _item(self, card: TaskCard, with_assignee: bool = True) -> QListWidgetItem:
        now = self.workplace.now()
        lines = [card.title]
        details = []
        if card.due_at is not None:
            details.append(self.tr("due {moment}").format(moment=moment_text(card.due_at)))
        if with_assignee:  # a lane says whose the cards are
            details.append(card.assignee)
        if card.priority != TaskPriority.NORMAL.value:
            details.append(priority_names()[TaskPriority(card.priority)])
        lines.append(" · ".join(details))
        item = QListWidgetItem("\n".join(lines))
        item.setData(CARD_ROLE, card)
        tip = [card.title, card.description[:300]]
        # Colour only: a bold line is wider than the item's measured size and gets elided.
        if card.overdue(now):
            item.setForeground(QBrush(OVERDUE_COLOR))
            tip.insert(0, self.tr("Overdue"))
        item.setToolTip("\n".join(t for t in tip if t))
        return item

    @property
    def grouped(self) -> bool:
        return self.lanes_action.isChecked()

    def _lanes_remembered(self) -> bool:
        try:
            with self.workplace.db.transaction() as s:
                return bool(get_setting(s, self.user.id, LANES_KEY, False))
        except Exception as e:  # the board still opens, without lanes
            log.warning("board grouping not read: %s", e)
            return False

    def set_grouped(self, on: bool) -> None:
        """Lanes by assignee or the plain four columns; remembered for this user."""
        if self.lanes_action.isChecked() != on:
            self.lanes_action.setChecked(on)  # toggled comes back here
            return
        self._show()
        user_id = self.user.id
        try:
            self.workplace.db.write(lambda s: put_setting(s, user_id, LANES_KEY, on))
        except Exception as e:  # shown anyway; only not remembered
            log.warning("board grouping not saved: %s", e)

    def _people(self) -> list[tuple[int, str]]:
        chosen = self.assignee.currentData()
        return [
            (int(self.assignee.itemData(i)), self.assignee.itemText(i))
            for i in range(self.assignee.count())
            if self.assignee.itemData(i) != EVERYONE
            and (chosen == EVERYONE or self.assignee.itemData(i) == chosen)
        ]

    def _show(self) -> None:
        selected = self.selected_card()
        shown = self.shown_cards()
        names = status_names()
        self.board_pages.setCurrentIndex(1 if self.grouped else 0)
        if self.grouped:
            self.swimlanes.show_lanes(
                self._people(),
                shown,
                partial(self._item, with_assignee=False),
                {s: f"{names[s]} ({sum(1 for c in shown if c.status is s)})" for s in COLUMNS},
                selected.id if selected is not None else None,
            )
        for status, column in self.columns.items():
            column.clear()
            mine = [c for c in shown if c.status is status]
            for card in mine:
                column.addItem(self._item(card))
                if selected is not None and card.id == selected.id:
                    column.setCurrentRow(column.count() - 1)
            self.column_titles[status].setText(f"{names[status]} ({len(mine)})")
        self._mark_calendar(shown)
        self._show_day()

    def _mark_calendar(self, shown: list[TaskCard]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all marks
        now = self.workplace.now()
        for card in shown:
            if card.due_at is None:
                continue
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            if card.overdue(now):
                mark.setForeground(QBrush(OVERDUE_COLOR))
            day = QDate(card.due_at.year, card.due_at.month, card.due_at.day)
            if self.calendar.dateTextFormat(day).foreground().color() != OVERDUE_COLOR:
                self.calendar.setDateTextFormat(day, mark)

    def _show_day(self) -> None:
        day = self.calendar.selectedDate().toPython()
        self.day_list.clear()
        for card in self.shown_cards():
            if card.due_at is not None and card.due_at.date() == day:
                item = self._item(card)
                item.setText(f"{card.due_at:%H:%M} {status_names()[card.status]}: {item.text()}")
                self.day_list.addItem(item)

    def selected_card(self) -> TaskCard | None:
        focused = self.focusWidget()
        lists = [focused] if isinstance(focused, QListWidget) else []
        lanes = [c for lane in self.swimlanes.lanes.values() for c in lane.values()]
        lists += [*(lanes if self.grouped else self.columns.values()), self.day_list]
        for column in lists:
            if isinstance(column, QListWidget) and column.currentItem() is not None:
                card = column.currentItem().data(CARD_ROLE)
                if isinstance(card, TaskCard):
                    return card
        return None

    def card(self, task_id: int) -> TaskCard | None:
        return next((c for c in self.cards if c.id == task_id), None)

    # -- commands -------------------------------------------------------------------------

    def _ask_hours(self, card: TaskCard, status: TaskStatus) -> float | None:
        hours, ok = QInputDialog.getDouble(
            self,
            self.tr("Hours spent"),
            self.tr("Hours spent on «{title}»:").format(title=card.title),
            card.hours_spent or 0.0,
            0.0,
            10_000.0,
            2,
        )
        return hours if ok else None

    def move_selected(self, status: TaskStatus) -> None:
        card = self.selected_card()
        if card is not None and card.status is not status:
            self.move_task_to(card.id, card.version, status)

    def move_task_to(self, task_id: int, version: int, status: TaskStatus) -> bool:
        """Move a task to ``status`` (asking the hours when needed); True when written."""
        card = self.card(task_id)
        if card is None:
            return False
        hours = None
        if status in NEEDS_HOURS:
            hours = self.hours_asker(card, status)
            if hours is None:
                return False
        user, now = self.user, self.workplace.now()
        return self._moved(
            task_id, lambda s: move_task(s, user, task_id, version, status, now, hours)
        )

    def _confirm_reassign(self, card: TaskCard, assignee: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Another assignee"),
            self.tr("Give «{title}» to {assignee}?").format(title=card.title, assignee=assignee),
        )
        return answer == QMessageBox.StandardButton.Yes

    def move_to_lane(self, drop: Drop) -> bool:
        """A card dropped on another person's lane: to them (and to the lane's column) after a
        confirmation, in one versioned write; True when written."""
        card = self.card(drop.task_id)
        if card is None:
            return False
        index = self.assignee.findData(drop.assignee_id)
        name = self.assignee.itemText(index) if index >= 0 else str(drop.assignee_id)
        if not self.reassign_confirm(card, name):
            return False
        status = drop.status if drop.status is not card.status else None
        hours = None
        if status in NEEDS_HOURS:
            hours = self.hours_asker(card, drop.status)
            if hours is None:
                return False
        user, now = self.user, self.workplace.now()
        return self._moved(
            card.id,
            lambda s: reassign_task(
                s, user, drop.task_id, drop.version, drop.assignee_id, now, status, hours
            ),
        )

    def _moved(self, task_id: int, work: Callable[[Session], object]) -> bool:
        try:
            self.workplace.db.write(work)
        except UserFacingError as e:
            self._show_problem(user_text(e))
            self.watch.refresh()
            return False
        except Exception as e:
            log.exception("moving task %s failed", task_id)
            if not is_connection_lost(e):
                self._show_problem(user_text(e))
            return False
        self.message.hide()
        self.watch.refresh()
        return True

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def new_task(self) -> None:
        self._edit(None)

    def open_selected(self) -> None:
        card = self.selected_card()
        if card is not None:
            self.open_task(card.id)

    def open_task(self, task_id: int) -> None:
        self._edit(task_id)

    def make_dialog(self, task_id: int | None) -> TaskDialog:
        dialog = TaskDialog(self.workplace, task_id, self, self.current_client_filter)
        dialog.client_requested.connect(self.client_requested)
        dialog.client_filter_requested.connect(self.client_filter_requested)
        dialog.saved.connect(lambda _id: self.watch.refresh())
        return dialog

    def _edit(self, task_id: int | None) -> None:
        dialog = self.make_dialog(task_id)
        dialog.exec()
        dialog.deleteLater()
