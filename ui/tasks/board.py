"""The task board: four columns (New, In progress, Ready, Closed) with drag and drop between
them, overdue tasks in red, and a calendar of tasks by due date.

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

from PySide6.QtCore import QDate, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.messages import UserFacingError
from app.tasks import COLUMNS, NEEDS_HOURS, TaskCard, move_task
from app.tasks.editing import assignees
from app.workplace import Workplace
from models import TaskPriority, TaskStatus
from ui.database_runner import is_connection_lost
from ui.messages import user_text
from ui.style import set_role
from ui.tasks.dialog import TaskDialog
from ui.tasks.report import TaskReport
from ui.tasks.texts import moment_text, priority_names, status_names
from ui.tasks.watch import TaskWatch

log = logging.getLogger(__name__)
MIME = "application/x-calldesk-task"
CARD_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = QColor("#c62828")
CLOSED_SHOWN_DAYS = 30  # the board hides tasks closed longer ago (the report has them)
EVERYONE = -1

HoursAsker = Callable[[TaskCard, TaskStatus], "float | None"]


class TaskColumn(QListWidget):
    """One column; ``dropped(task_id, version, status)`` when a card of another column lands."""

    dropped = Signal(int, int, object)

    def __init__(self, status: TaskStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"column_{status.value}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # the source keeps its item
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Cards, not lines: each task a framed box on the column's darker ground.
        self.setStyleSheet(
            "QListWidget { background: palette(window); }"
            "QListWidget::item { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px; }"
            "QListWidget::item:selected { border: 2px solid palette(highlight);"
            " color: palette(text); }"
        )

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            card: TaskCard = items[0].data(CARD_ROLE)
            data.setData(MIME, f"{card.id}:{card.version}:{card.status.value}".encode())
        return data

    @staticmethod
    def parse(data: QMimeData) -> tuple[int, int, TaskStatus] | None:
        if not data.hasFormat(MIME):
            return None
        try:
            task_id, version, status = bytes(data.data(MIME).data()).decode().split(":")
            return int(task_id), int(version), TaskStatus(status)
        except ValueError:
            return None

    def _acceptable(self, data: QMimeData) -> bool:
        parsed = self.parse(data)
        return parsed is not None and parsed[2] is not self.status

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._acceptable(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._acceptable(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        parsed = self.parse(event.mimeData())
        if parsed is None or parsed[2] is self.status:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(parsed[0], parsed[1], self.status)


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

        board = QWidget()
        columns = QHBoxLayout(board)
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

    def _item(self, card: TaskCard) -> QListWidgetItem:
        now = self.workplace.now()
        lines = [card.title]
        details = []
        if card.due_at is not None:
            details.append(self.tr("due {moment}").format(moment=moment_text(card.due_at)))
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

    def _show(self) -> None:
        selected = self.selected_card()
        shown = self.shown_cards()
        names = status_names()
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
        lists += [*self.columns.values(), self.day_list]
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
        try:
            self.workplace.db.write(
                lambda s: move_task(s, user, task_id, version, status, now, hours)
            )
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
