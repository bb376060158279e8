"""The "To call back" section: the callers who did not get through, collapsed per number,
with a live countdown to the company's callback target, "Take it" so two operators do not
call the same client, and why each item is open (the call's path, in words)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from app.callbacks import CallbackItem, ClaimConflict, Worklist, release, take
from app.callbacks.path import explain_item
from app.callbacks.worklist import AttemptPath, read_paths
from app.database import describe_problem
from app.messages import UserFacingError
from app.workplace import Workplace
from ui import icons
from ui.callbacks.model import ITEM_ROLE, WIDTHS, Col, WorklistModel, clock_text
from ui.callbacks.watch import WorklistWatch
from ui.empty_state import EmptyState
from ui.messages import user_text
from ui.style import set_role

log = logging.getLogger(__name__)
ROW_HEIGHT = 24


class CallbackForm(QWidget):
    """The worklist; follows the window's :class:`WorklistWatch`."""

    call_requested = Signal(str)
    client_requested = Signal(int)
    new_client_requested = Signal(str)

    def __init__(self, workplace: Workplace, watch: WorklistWatch) -> None:
        super().__init__()
        self.workplace = workplace
        self.user = workplace.user
        self.watch = watch
        self.setWindowTitle(self.tr("To call back"))
        self.model = WorklistModel(workplace.clock, workplace.user.id)
        self._calling = (False, self.tr("The softphone is not configured."))
        self._path_token = 0
        self._build()
        watch.updated.connect(self._worklist_read)
        watch.tick_timer.timeout.connect(self._tick)
        watch.failed.connect(self._read_failed)
        if watch.worklist is not None:
            self._worklist_read(watch.worklist)
        watch.refresh()

    # -- building -------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | None, slot: Callable[[], Any], name: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.commands.addAction(action)
        self.addAction(action)
        return action

    def _build(self) -> None:
        self.commands = QToolBar()
        self.commands.setObjectName("commands")
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        ctrl = Qt.Modifier.CTRL
        self.refresh_action = self._action(
            self.tr("Refresh (F5)"), QKeySequence(Qt.Key.Key_F5), self.refresh, "refresh"
        )
        self.take_action = self._action(
            self.tr("Take it"), QKeySequence(ctrl | Qt.Key.Key_T), self.take_selected, "take"
        )
        self.release_action = self._action(
            self.tr("Give back"), None, self.release_selected, "release"
        )
        self.call_back_action = self._action(
            self.tr("Call back"),
            QKeySequence(ctrl | Qt.Modifier.SHIFT | Qt.Key.Key_D),
            self.call_back,
            "call_back",
        )
        self.card_action = self._action(
            self.tr("Client card"), QKeySequence(ctrl | Qt.Key.Key_Return), self.open_card, "card"
        )
        self.create_client_action = self._action(
            self.tr("Create client (F7)"), QKeySequence(Qt.Key.Key_F7), self.create_client, "new"
        )
        for action, icon in (
            (self.refresh_action, "refresh"),
            (self.call_back_action, "call"),
            (self.card_action, "details"),
            (self.create_client_action, "client-add"),
        ):
            action.setIcon(icons.icon(icon))

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.show_closed = QCheckBox(self.tr("Show closed"))
        self.show_closed.setObjectName("show_closed")
        self.show_closed.setToolTip(self.tr("Also the items closed by a later call"))
        self.show_closed.toggled.connect(self._show_closed_toggled)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "alert")
        self.notice.hide()

        self.table = QTableView()
        self.table.setObjectName("worklist_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in WIDTHS.items():
            # Never narrower than the header's words (Ukrainian "Чекав усього").
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))
        header.setStretchLastSection(True)
        self.table.setColumnHidden(Col.RESULT, True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty = EmptyState(self.table)

        self.path_title = QLabel(self.tr("Why it is here"))
        set_role(self.path_title, "heading")
        self.path = QLabel()
        self.path.setObjectName("path")
        self.path.setWordWrap(True)
        self.path.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget()
        side.setObjectName("path_panel")
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.path_title)
        side_layout.addWidget(self.path, 1)
        side.setMinimumWidth(220)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([960, 280])

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.show_closed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.commands)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._update_actions()
        self._show_path(None, [])

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.watch.refresh()

    def _worklist_read(self, worklist: Worklist) -> None:
        selected = self.selected_item()
        self.model.set_worklist(worklist)
        if selected is not None:
            row = self.model.row_of(selected.number, selected.attempts[0].call_id)
            if row is not None:
                self.table.selectRow(row)
        self._update_empty()
        self._update_summary(worklist)
        self._update_actions()
        current = self.selected_item()
        if current is not None and current != selected:
            self._load_path(current)

    def _update_empty(self) -> None:
        self.empty.show_text(
            ""
            if self.model.rowCount()
            else self.tr(
                "Nobody is waiting for a call back.\nMissed and lost calls appear here until "
                "someone talks to the caller."
            )
        )

    def _read_failed(self, problem: str) -> None:
        self.summary.setText(self.tr("The worklist cannot be read: {error}").format(error=problem))

    def _tick(self) -> None:
        self.model.tick()
        if self.watch.worklist is not None:
            self._update_summary(self.watch.worklist)

    def _update_summary(self, worklist: Worklist) -> None:
        now = self.workplace.now()
        settings = worklist.settings
        if settings.target_minutes is None:
            target = self.tr("call back before the end of the working day ({time})").format(
                time=settings.day_end.strftime("%H:%M")
            )
        else:
            target = self.tr("call back within {minutes} min of the first attempt").format(
                minutes=settings.target_minutes
            )
        self.summary.setText(
            self.tr("Waiting: {open}, overdue: {overdue} — {target}").format(
                open=len(worklist.open_items), overdue=worklist.overdue_count(now), target=target
            )
        )

    def _show_closed_toggled(self, on: bool) -> None:
        self.model.set_show_closed(on)
        self.table.setColumnHidden(Col.RESULT, not on)  # all "Open" otherwise
        self._update_empty()
        self._update_actions()

    # -- selection and its path ---------------------------------------------------------------

    def selected_item(self) -> CallbackItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        item = index.data(ITEM_ROLE)
        return item if isinstance(item, CallbackItem) else None

    def select_number(self, number: str) -> bool:
        for row, item in enumerate(self.model.items):
            if item.number == number:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        self.notice.hide()
        item = self.selected_item()
        if item is None:
            self._show_path(None, [])
        else:
            self._load_path(item)

    def _load_path(self, item: CallbackItem) -> None:
        self._path_token += 1
        token = self._path_token
        ids = [a.call_id for a in item.attempts]

        def work(conn: Connection) -> list[AttemptPath]:
            return read_paths(conn, ids)

        def done(paths: list[AttemptPath]) -> None:
            if token == self._path_token:
                self._show_path(item, paths)

        self.watch.run(work, done)

    def _show_path(self, item: CallbackItem | None, paths: list[AttemptPath]) -> None:
        if item is None:
            self.path.setText(self.tr("Select a caller to see whom the calls rang and why."))
            set_role(self.path, "muted")
            return
        set_role(self.path, None)
        lines = [user_text(line) for line in explain_item(item, paths)]
        head = [item.client_name or item.number]
        if item.client_name:
            head.append(item.number)
        head.append(
            self.tr("Attempts: {count}, waited {time} in all").format(
                count=item.attempt_count,
                time=clock_text(timedelta(seconds=item.total_wait_seconds)),
            )
        )
        steps = "".join(f"<li>{escape(line)}</li>" for line in lines)
        self.path.setText("<br>".join(escape(h) for h in head) + f"<ul>{steps}</ul>")

    def _double_clicked(self, _index: QModelIndex) -> None:
        """Call the caller back; without a softphone, open the client's card."""
        if self._calling[0]:
            self.call_back()
        else:
            self.open_card()

    # -- commands -----------------------------------------------------------------------------

    def set_calling_available(self, available: bool, reason: str) -> None:
        self._calling = (available, reason)
        self._update_actions()

    def _update_actions(self) -> None:
        item = self.selected_item()
        now = self.workplace.now()
        open_item = item is not None and item.is_open
        claim = item.claimed_at(now) if item is not None else None
        mine = claim is not None and claim.employee_id == self.user.id
        self.take_action.setEnabled(open_item and not mine)
        self.release_action.setEnabled(open_item and mine)
        available, reason = self._calling
        self.call_back_action.setEnabled(available and item is not None)
        self.call_back_action.setToolTip(
            self.tr("Call the caller back (taking the item)") if available else reason
        )
        self.card_action.setEnabled(item is not None and item.client_id is not None)
        self.create_client_action.setEnabled(item is not None and item.client_id is None)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _claim(self, item: CallbackItem) -> bool | None:
        """Take ``item``: True when taken, False on a conflict (said), None on an error."""
        now = self.workplace.now()
        minutes = self.watch.worklist.settings.claim_minutes if self.watch.worklist else 15
        try:
            self.workplace.db.write(lambda s: take(s, item.number, self.user, now, minutes))
        except ClaimConflict as conflict:
            self._say(user_text(conflict))
            self.refresh()
            return False
        except UserFacingError as e:
            self._say(user_text(e))
            return None
        except DBAPIError as e:
            log.warning("taking a callback failed: %s", e)
            self._say(user_text(describe_problem(e)))
            return None
        self.notice.hide()
        self.refresh()
        return True

    def take_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.is_open:
            self._claim(item)

    def release_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        try:
            self.workplace.db.write(lambda s: release(s, item.number, self.user))
        except DBAPIError as e:
            self._say(user_text(describe_problem(e)))
            return
        self.refresh()

    def call_back(self) -> None:
        """Take the item (asking first when a colleague holds it), then dial."""
        item = self.selected_item()
        if item is None or not self._calling[0]:
            return
        if item.is_open:
            taken = self._claim(item)
            if taken is None:
                return
            if not taken:
                answer = QMessageBox.question(
                    self,
                    self.tr("To call back"),
                    self.tr("{notice}\nCall anyway?").format(notice=self.notice.text()),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
        self.call_requested.emit(item.number)

    def open_card(self) -> None:
        item = self.selected_item()
        if item is not None and item.client_id is not None:
            self.client_requested.emit(item.client_id)

    def create_client(self) -> None:
        item = self.selected_item()
        if item is not None and item.client_id is None:
            self.new_client_requested.emit(item.number)

    def help_topic(self) -> str:
        return "callbacks"

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watch.updated.disconnect(self._worklist_read)
        self.watch.tick_timer.timeout.disconnect(self._tick)
        self.watch.failed.disconnect(self._read_failed)
        super().closeEvent(event)
