"""The call journal form: commands, filter bar, table, live updates and messages."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.clients.numbers import Registration
from app.database import describe_problem
from app.journal import query as journal
from app.journal.filter import (
    FilterError,
    JournalFilter,
    PeriodPreset,
    period,
)
from app.messages import QT_TRANSLATE_NOOP
from app.phones import display
from app.staff.permissions import permissions
from app.workplace import Workplace
from ui import icons
from ui.call_panel.panel import CallPanel
from ui.call_panel.splitter import SidePanelState, default_width, side_splitter
from ui.events.client_tab import call_back_draft
from ui.journal.columns import Col, needs
from ui.journal.delegates import IndicatorDelegate, StatusBadgeDelegate
from ui.journal.export import export_view
from ui.journal.fit import Fit, fit_columns, sample
from ui.journal.layout import ColumnLayout
from ui.journal.loader import LoaderThread
from ui.journal.model import ROW_ROLE, JournalModel
from ui.journal.status_filter import StatusFilterButton
from ui.messages import user_text
from ui.paged_navigation import PagedNavigation
from ui.player import DEFAULT_VLC_ARGS
from ui.style import set_role

log = logging.getLogger(__name__)

ROW_HEIGHT = 24
POLL_MS = 3000
SEARCH_DEBOUNCE_MS = 300
FIT_DELAY_MS = 50
CUSTOM_PERIOD = "custom"
PRESET_TEXT = {
    PeriodPreset.TODAY: QT_TRANSLATE_NOOP("JournalForm", "Today"),
    PeriodPreset.YESTERDAY: QT_TRANSLATE_NOOP("JournalForm", "Yesterday"),
    PeriodPreset.THIS_WEEK: QT_TRANSLATE_NOOP("JournalForm", "This week"),
    PeriodPreset.THIS_MONTH: QT_TRANSLATE_NOOP("JournalForm", "This month"),
    PeriodPreset.LAST_7_DAYS: QT_TRANSLATE_NOOP("JournalForm", "Last 7 days"),
    PeriodPreset.LAST_30_DAYS: QT_TRANSLATE_NOOP("JournalForm", "Last 30 days"),
}


class PeriodDialog(QDialog):
    """An arbitrary period; the end day is included."""

    def __init__(self, start: date, last_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDateEdit

        self.setWindowTitle(self.tr("Period"))
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(last_day.year, last_day.month, last_day.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.error = QLabel()
        set_role(self.error, "error")
        form = QFormLayout(self)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To (inclusive):"), self.end)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def dates(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def accept(self) -> None:
        first, last = self.dates()
        if last < first:
            self.error.setText(self.tr("The end of the period is before its start."))
            return
        super().accept()


class JournalForm(QWidget):
    filter_applied = Signal(object)
    call_requested = Signal(str)  # number, for the softphone
    new_event_requested = Signal(object)  # EventDraft: "Call back at…" (the window's form)

    def __init__(
        self,
        workplace: Workplace,
        parent: QWidget | None = None,
        poll_ms: int = POLL_MS,
        vlc_args: Sequence[str] = DEFAULT_VLC_ARGS,
    ) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.db = db = workplace.db
        self.user = user = workplace.user
        self._custom_period: tuple[datetime, datetime] | None = None
        self._new_hint_count = 0
        self._oldest_first = False
        with db.transaction() as session:
            self.rights = permissions(session, user)  # the app layer checks them again
        self._worker = LoaderThread(self.db.engine, self.user)
        self.model = JournalModel(self._worker.loader)
        self.panel = CallPanel(workplace, vlc_args)

        self._build_commands()
        self._build_filters()
        self._build_table()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "alert")
        self.banner.hide()
        self.new_hint = QPushButton()
        self.new_hint.setObjectName("new_calls_hint")
        self.new_hint.clicked.connect(self._go_to_top)
        self.new_hint.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.commands)
        layout.addLayout(self.filter_row1)
        layout.addLayout(self.filter_row2)
        layout.addWidget(self.banner)
        layout.addWidget(self.new_hint, 0, Qt.AlignmentFlag.AlignHCenter)
        self.splitter = side_splitter(self.table, self.panel)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.panel_state = SidePanelState(db, user, self.splitter)
        self.panel_action.setChecked(True)
        self.panel_state.collapsed_changed.connect(lambda c: self.panel_action.setChecked(not c))
        self.panel_state.restored.connect(self.fit_layout_later)
        self.panel_state.restore()
        self.panel.comment_saved.connect(self._comment_saved)
        self.panel.number_registered.connect(self._number_registered)
        self.panel.details_shown.connect(lambda _d: self._update_register_actions())
        self.addAction(self.panel.player.play_action)

        # A new filter or search resets the model and with it the selection, without a
        # currentRowChanged: the panel follows the selection, so it clears too (and F7 /
        # Assign number go disabled: no registering a number against a call not in the list).
        self.model.modelReset.connect(self._selection_changed)
        self.model.modelReset.connect(self._forget_new_hint)  # a jump: those rows are gone
        self.model.count_changed.connect(self._show_count)
        self.model.new_rows_inserted.connect(self._rows_arrived)
        self.model.new_calls_waiting.connect(self._calls_waiting)
        self.model.load_failed.connect(self._load_failed)
        self.model.first_page_loaded.connect(self._loaded_ok)
        self.model.end_loaded.connect(self._loaded_ok)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.model.poll_newer)
        self.poll_timer.start()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_filter)

        self.layout_store = ColumnLayout(db, user, self.table)
        # The rows read only what the shown columns need (the side panel reads the rest).
        self.layout_store.shown_changed.connect(self._columns_shown)
        self.layout_store.restore()
        self.layout_store.columns_chosen.connect(self.fit_layout_later)
        # Until the user sizes them, the columns (and the side panel) fit the journal's
        # width: measured on the first page, again when the window or the dock resizes it.
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(FIT_DELAY_MS)
        self.fit_timer.timeout.connect(self.fit_layout)
        self.model.first_page_loaded.connect(self.fit_layout_later)
        self.splitter.installEventFilter(self)
        self.apply_filter()

    # -- building -------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | None, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.commands.addAction(action)
        return action

    def _build_commands(self) -> None:
        self.commands = QToolBar()
        self.commands.setObjectName("commands")
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_action = self._action(
            self.tr("Refresh (F5)"), QKeySequence(Qt.Key.Key_F5), self.refresh
        )
        self.dismiss_action = self._action(
            self.tr('Remove "No answer" mark'), None, self.dismiss_selected
        )
        self.dismiss_action.setVisible(self.user.sees_all_calls)
        self.dismiss_action.setEnabled(False)
        self.create_client_action = self._action(
            self.tr("Create client (F7)"), QKeySequence(Qt.Key.Key_F7), self.create_client
        )
        self.assign_number_action = self._action(
            self.tr("Assign number to client…"), None, self.assign_number
        )
        self.create_client_action.setEnabled(False)
        self.assign_number_action.setEnabled(False)
        self.call_back_action = self._action(
            self.tr("Call back"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D),
            self.call_back,
        )
        self._calling = (False, self.tr("The softphone is not configured."))
        self.call_back_action.setEnabled(False)
        self.call_back_at_action = self._action(
            self.tr("Call back at…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E),
            self.call_back_at,
        )
        self.call_back_at_action.setObjectName("call_back_at")
        self.call_back_at_action.setToolTip(
            self.tr("Plan a call back: a new event with the client and a reminder (Ctrl+Shift+E)")
        )
        self.call_back_at_action.setEnabled(False)
        self.panel_action = self._action(
            self.tr("Call details (F8)"), QKeySequence(Qt.Key.Key_F8), self.toggle_panel
        )
        self.panel_action.setCheckable(True)
        self.panel_action.setToolTip(self.tr("Show or hide the call details panel (F8)"))
        self.export_action = self._action(
            self.tr("Export…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self.export
        )
        if not self.rights.export:
            self.export_action.setEnabled(False)
            self.export_action.setToolTip(
                self.tr("Exporting needs the Export permission (Administration).")
            )
        if not self.rights.create_clients:
            why = self.tr("Creating and changing clients needs the permission (Administration).")
            self.create_client_action.setToolTip(why)
            self.assign_number_action.setToolTip(why)
        self.columns_action = self._action(self.tr("Columns…"), None, self.choose_columns)
        for action, name in (
            (self.refresh_action, "refresh"),
            (self.dismiss_action, "mark-done"),
            (self.create_client_action, "client-add"),
            (self.assign_number_action, "number-assign"),
            (self.call_back_action, "call"),
            (self.call_back_at_action, "event-add"),
            (self.panel_action, "details"),
            (self.export_action, "export"),
            (self.columns_action, "columns"),
        ):
            action.setIcon(icons.icon(name))
        # Only its icon in the bar (its name in the tooltip): at 1280 px a supervisor's bar
        # would otherwise push Export and Columns into the overflow menu.
        button = self.commands.widgetForAction(self.call_back_at_action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # Help (F1) is the main window's command (its toolbar), which asks this form for its page.
        for action in self.commands.actions():
            self.addAction(action)

    def _build_filters(self) -> None:
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period")
        for preset, label in PRESET_TEXT.items():
            self.period_combo.addItem(QCoreApplication.translate("JournalForm", label), preset)
        self.period_combo.addItem(self.tr("Period…"), CUSTOM_PERIOD)
        self.period_combo.setCurrentIndex(self.period_combo.findData(PeriodPreset.LAST_7_DAYS))
        self.period_combo.activated.connect(self._period_chosen)
        self.period_label = QLabel()
        self.toggles: dict[str, QCheckBox] = {}
        row1 = self.filter_row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Period:")))
        row1.addWidget(self.period_combo)
        row1.addWidget(self.period_label)
        for key, text in (
            ("incoming", self.tr("Incoming")),
            ("outgoing", self.tr("Outgoing")),
            ("missed", self.tr("Missed")),
            ("lost", self.tr("Lost")),
        ):
            row1.addWidget(self._toggle(key, text))
        self.status_filter = StatusFilterButton()
        self.status_filter.changed.connect(self.apply_filter)
        row1.addWidget(self.status_filter)
        row1.addStretch(1)
        row2 = self.filter_row2 = QHBoxLayout()
        for key, text in (
            ("first_contacts", self.tr("First contacts")),
            ("unregistered", self.tr("Unregistered")),
            ("show_internal", self.tr("Show internal calls")),
            ("my_calls", self.tr("My calls")),
        ):
            row2.addWidget(self._toggle(key, text))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        # The short hint fits beside the softphone dock at 1280; the tooltip says it all.
        self.search.setPlaceholderText(self.tr("Client, employee or number"))
        self.search.setToolTip(self.tr("Search: client, employee or number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        row2.addWidget(self.search, 1)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _toggle(self, key: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(f"toggle_{key}")
        box.toggled.connect(lambda _on: self.apply_filter())
        self.toggles[key] = box
        return box

    def _build_table(self) -> None:
        table = QTableView()
        table.setObjectName("journal_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setSortingEnabled(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        horizontal = table.horizontalHeader()
        horizontal.setSectionsMovable(True)
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(True)
        # The one sort that scales to millions of calls: by start time, either way.
        horizontal.setSortIndicatorShown(True)
        horizontal.setSectionsClickable(True)
        horizontal.setSortIndicator(Col.STARTED, Qt.SortOrder.DescendingOrder)
        horizontal.sortIndicatorChanged.connect(self._sort_changed)
        horizontal.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        horizontal.customContextMenuRequested.connect(lambda _pos: self.choose_columns())
        table.setItemDelegateForColumn(Col.STATUS, StatusBadgeDelegate(table))
        table.setItemDelegateForColumn(Col.INDICATORS, IndicatorDelegate(table))
        table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table = table
        # End / Home jump to either end of the period (one query, not a walk through pages).
        self.navigation = PagedNavigation(table, self.model)

    # -- filter ---------------------------------------------------------------------------

    def current_filter(self) -> JournalFilter:
        choice = self.period_combo.currentData()
        if choice == CUSTOM_PERIOD and self._custom_period is not None:
            start, end = self._custom_period
        else:
            preset = choice if isinstance(choice, PeriodPreset) else PeriodPreset.LAST_7_DAYS
            start, end = period(preset, self.workplace.today())
        flags = {key: box.isChecked() for key, box in self.toggles.items()}
        return JournalFilter(
            period_start=start,
            period_end=end,
            search=self.search.text(),
            oldest_first=self._oldest_first,
            statuses=self.status_filter.statuses(),
            **flags,
        )

    def apply_filter(self) -> None:
        flt = self.current_filter()
        try:
            flt.validate()
        except FilterError as e:
            self._show_banner(user_text(e))
            return
        self.banner.hide()
        self._new_hint_count = 0
        self.new_hint.hide()
        last_day = (flt.period_end - timedelta(seconds=1)).date()
        self.period_label.setText(f"{flt.period_start:%d.%m.%Y} – {last_day:%d.%m.%Y}")
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_filter(flt)
        self.filter_applied.emit(flt)

    def show_filter(self, flt: JournalFilter) -> None:
        """Set the filter bar to ``flt`` (its period as a custom period) and apply it: how
        other sections (a report's drill-down) open the journal on exactly their calls."""
        self._custom_period = (flt.period_start, flt.period_end)
        self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM_PERIOD))
        for key, box in self.toggles.items():
            box.blockSignals(True)
            box.setChecked(bool(getattr(flt, key)))
            box.blockSignals(False)
        self.status_filter.set_statuses(flt.statuses)
        self.search.blockSignals(True)
        self.search.setText(flt.search)
        self.search.blockSignals(False)
        self.search_timer.stop()
        if self._oldest_first != flt.oldest_first:
            self._oldest_first = flt.oldest_first
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                Col.STARTED,
                Qt.SortOrder.AscendingOrder if flt.oldest_first else Qt.SortOrder.DescendingOrder,
            )
            header.blockSignals(False)
        self.apply_filter()

    def _period_chosen(self, _index: int) -> None:
        if self.period_combo.currentData() == CUSTOM_PERIOD:
            current = self.current_filter() if self._custom_period else None
            start = current.period_start.date() if current else self.workplace.today()
            end = current.period_end.date() if current else self.workplace.today()
            dialog = PeriodDialog(
                start, date.fromordinal(max(start.toordinal(), end.toordinal() - 1)), self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            first, last = dialog.dates()
            self._custom_period = (
                datetime.combine(first, datetime.min.time()),
                datetime.combine(date.fromordinal(last.toordinal() + 1), datetime.min.time()),
            )
        self.apply_filter()

    def refresh(self) -> None:
        self.apply_filter()

    # -- results --------------------------------------------------------------------------

    def _show_count(self, count: int, capped: bool) -> None:
        shown = f"{count}+" if capped else str(count)
        self.count_label.setText(self.tr("Calls: {count}").format(count=shown))

    def _rows_arrived(self, count: int) -> None:
        bar = self.table.verticalScrollBar()
        if bar.value() > 0:
            # Keep what the user is looking at where it is; tell them new calls came.
            bar.setValue(bar.value() + count * ROW_HEIGHT)
            self._new_hint_count += count
            self.new_hint.setText(
                self.tr("↑ New calls: {count}").format(count=self._new_hint_count)
            )
            self.new_hint.show()

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if section != Col.STARTED:
            # Only the start time sorts (any other order would sort millions of rows).
            header.blockSignals(True)
            header.setSortIndicator(
                Col.STARTED,
                Qt.SortOrder.AscendingOrder if self._oldest_first else Qt.SortOrder.DescendingOrder,
            )
            header.blockSignals(False)
            return
        self._oldest_first = order == Qt.SortOrder.AscendingOrder
        self.apply_filter()

    def _calls_waiting(self, count: int) -> None:
        self.new_hint.setText(self.tr("New calls: {count} — refresh (F5)").format(count=count))
        self.new_hint.show()

    def _go_to_top(self) -> None:
        if self._oldest_first:
            self.refresh()
            return
        self._forget_new_hint()
        self.navigation.go_to_start(select=False)  # after a jump to the end: back to the top

    def _forget_new_hint(self) -> None:
        self._new_hint_count = 0
        self.new_hint.hide()

    def _load_failed(self, message: str) -> None:
        # A lost connection is not reported here: the connection monitor shows it once (the
        # main window's status bar), retries, and the model reloads when the database is back.
        self._show_banner(message)

    def _loaded_ok(self) -> None:
        self.banner.hide()

    def _show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected_row()
        self.dismiss_action.setEnabled(row is not None and bool(row.needs_attention))
        index = self.table.currentIndex()
        if row is not None:
            self.panel.show_call(row.id)
        elif not index.isValid():
            self.panel.show_call(None)
        self._update_register_actions()
        self._update_call_back()
        self.call_back_at_action.setEnabled(row is not None)

    def call_back_at(self) -> None:
        """A new event to call the selected call's client (or number) back, with a reminder."""
        row = self.selected_row()
        if row is None:
            return
        who = row.client_name or (display(row.number) if row.number else "")
        text = self.tr("Call back: {who}").format(who=who) if who else self.tr("Call back")
        draft = call_back_draft(self.user.id, row.client_id, row.id, self.workplace.now(), text)
        self.new_event_requested.emit(draft)

    def set_calling_available(self, available: bool, reason: str = "") -> None:
        """The softphone can place calls now; else Call back says why in its tooltip."""
        self._calling = (available, reason)
        self._update_call_back()

    def _update_call_back(self) -> None:
        available, reason = self._calling
        self.call_back_action.setEnabled(available and self.selected_row() is not None)
        self.call_back_action.setToolTip(
            self.tr("Call the selected call's number") if available else reason
        )

    def call_back(self) -> None:
        row = self.selected_row()
        if row is not None and row.number and self._calling[0]:
            self.call_requested.emit(row.number)

    def selected_row(self) -> journal.JournalRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, journal.JournalRow) else None

    # -- commands -------------------------------------------------------------------------

    def dismiss_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            when = self.db.write(
                lambda session: journal.dismiss_no_answer(session, row.id, self.user)
            )
        except journal.JournalError as e:
            QMessageBox.warning(self, self.tr("Call journal"), user_text(e))
            return
        except DBAPIError as e:
            QMessageBox.warning(self, self.tr("Call journal"), user_text(describe_problem(e)))
            return
        changed = replace(row, dismissed_at=when, dismissed_by_name=self.user.full_name)
        self.model.replace_row(self.table.currentIndex().row(), changed)
        self.dismiss_action.setEnabled(False)
        self.panel.reload()

    # -- the side panel -------------------------------------------------------------------

    def _update_register_actions(self) -> None:
        can = self.panel.can_register() and self.rights.create_clients
        self.create_client_action.setEnabled(can)
        self.assign_number_action.setEnabled(can)

    def create_client(self) -> None:
        if self.panel_state.collapsed:
            self.panel_state.set_collapsed(False)
        self.panel.create_client()

    def assign_number(self) -> None:
        if self.panel_state.collapsed:
            self.panel_state.set_collapsed(False)
        self.panel.assign_number()

    def toggle_panel(self) -> None:
        self.panel_state.toggle()

    # -- fitting the width ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.fit_layout_later()
        return super().eventFilter(watched, event)

    def fit_layout_later(self) -> None:
        if self.layout_store.automatic or self.panel_state.automatic:
            self.fit_timer.start()

    def _fit(self, table_width: int) -> Fit:
        table = self.table
        # What the table keeps around its viewport (frame, vertical header, a shown scroll
        # bar), measured: the style sheet's frame and scroll bar are not the style's metrics.
        chrome = table.width() - table.viewport().width() if table.width() > 0 else 0
        chrome = max(chrome, 2 * table.frameWidth())
        scroll = table.verticalScrollBar()
        if not scroll.isVisible() and self.model.rowCount() * ROW_HEIGHT > max(
            1, table.viewport().height()
        ):
            chrome += scroll.sizeHint().width()  # it is about to show
        return fit_columns(
            table.horizontalHeader(),
            table.fontMetrics(),
            self.layout_store.visible_columns(),
            sample(self.model.row_at, self.model.rowCount()),
            self.model.display_text,
            table_width - chrome,
        )

    def fit_layout(self) -> None:
        """The automatic layout: the side panel at its share of the width, collapsed when
        the columns would not fit beside it; the columns measured on the rows in memory and
        shrunk (names and comment first) to the table's width."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        if self.panel_state.automatic and self.panel_state.loaded:
            beside = total - default_width(total) - self.splitter.handleWidth()
            self.panel_state.fit(collapsed=self._fit(beside).needed > beside)
        if self.layout_store.automatic:
            self.layout_store.fit(self._fit(self.splitter.sizes()[0]).widths)

    def _columns_shown(self) -> None:
        self.model.set_extra(needs(self.layout_store.visible_columns()))

    def _comment_saved(self, call_id: int, state: Any) -> None:
        text = state.text

        def change(row: journal.JournalRow) -> journal.JournalRow | None:
            return replace(row, comment=text) if row.id == call_id else None

        self.model.update_rows(change)

    def _number_registered(self, registration: Registration) -> None:
        """Every call with the number shows its new client at once (number_known stays)."""

        def change(row: journal.JournalRow) -> journal.JournalRow | None:
            if row.number != registration.number or row.client_id is not None:
                return None
            return replace(
                row, client_id=registration.client_id, client_name=registration.client_name
            )

        self.model.update_rows(change)
        self._update_register_actions()

    def export(self) -> None:
        layout = self.layout_store.current()
        hidden = set(layout["hidden"])
        visible = [key for key in layout["order"] if key not in hidden]
        export_view(self, self.db, self.user, self.model.filter or self.current_filter(), visible)

    def choose_columns(self) -> None:
        self.layout_store.choose(self)

    def help_topic(self) -> str:
        """The guide's page for where the focus is: the player, registration or the journal."""
        focus = QApplication.focusWidget()
        if focus is not None and self.panel.player.isAncestorOf(focus):
            return "player"
        if focus in (self.panel.create_button, self.panel.assign_button):
            return "registration"
        return "journal"

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poll_timer.stop()
        self.layout_store.save_now()
        if not self.panel_state.automatic:
            self.panel_state.save_now()
        self.panel.release()
        self._worker.stop()
        super().closeEvent(event)
