"""The Reports section: the list of reports, a filter bar, the header facts, the table with
its total, a chart; the numbers are computed on a pool thread; a count opens its calls."""

from __future__ import annotations

import functools
import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.clients.card import responsible_choices
from app.database import Database
from app.journal.filter import PeriodPreset, period
from app.messages import QT_TRANSLATE_NOOP
from app.reports import (
    OWN_CALLS_REPORTS,
    REPORTS,
    Breakdown,
    CallSelection,
    CallType,
    ColumnKind,
    ReportError,
    ReportParams,
    ReportResult,
    detail_page,
    drill_down,
    run_report,
)
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied, permissions, require_export
from app.tasks.report import task_viewer
from ui import background, icons
from ui.messages import user_text
from ui.reports import charts, export
from ui.reports.model import ROW_KEY_ROLE, ReportModel, format_value, total_is_row
from ui.reports.pick import PickButton
from ui.reports.task_filters import TaskReportFilters
from ui.reports.vocabulary import TOTAL_TEXT, value_text, word
from ui.text_fit import placeholder_width

log = logging.getLogger(__name__)

CUSTOM = "custom"
THIS_QUARTER = "this_quarter"
THIS_YEAR = "this_year"
LAST_MONTH = "last_month"
PERIOD_TEXT: dict[Any, str] = {
    PeriodPreset.TODAY: QT_TRANSLATE_NOOP("ReportsForm", "Today"),
    PeriodPreset.YESTERDAY: QT_TRANSLATE_NOOP("ReportsForm", "Yesterday"),
    PeriodPreset.THIS_WEEK: QT_TRANSLATE_NOOP("ReportsForm", "This week"),
    PeriodPreset.THIS_MONTH: QT_TRANSLATE_NOOP("ReportsForm", "This month"),
    PeriodPreset.LAST_7_DAYS: QT_TRANSLATE_NOOP("ReportsForm", "Last 7 days"),
    PeriodPreset.LAST_30_DAYS: QT_TRANSLATE_NOOP("ReportsForm", "Last 30 days"),
    LAST_MONTH: QT_TRANSLATE_NOOP("ReportsForm", "Last month"),
    THIS_QUARTER: QT_TRANSLATE_NOOP("ReportsForm", "This quarter"),
    THIS_YEAR: QT_TRANSLATE_NOOP("ReportsForm", "This year"),
    CUSTOM: QT_TRANSLATE_NOOP("ReportsForm", "Range"),
}
BREAKDOWN_TEXT: dict[Breakdown, str] = {
    Breakdown.NONE: QT_TRANSLATE_NOOP("ReportsForm", "No breakdown"),
    Breakdown.HOUR: QT_TRANSLATE_NOOP("ReportsForm", "Hour"),
    Breakdown.DAY: QT_TRANSLATE_NOOP("ReportsForm", "Day"),
    Breakdown.WEEK: QT_TRANSLATE_NOOP("ReportsForm", "Week"),
    Breakdown.MONTH: QT_TRANSLATE_NOOP("ReportsForm", "Month"),
    Breakdown.QUARTER: QT_TRANSLATE_NOOP("ReportsForm", "Quarter"),
    Breakdown.YEAR: QT_TRANSLATE_NOOP("ReportsForm", "Year"),
    Breakdown.WEEKDAY: QT_TRANSLATE_NOOP("ReportsForm", "Day of week"),
    Breakdown.HOUR_OF_DAY: QT_TRANSLATE_NOOP("ReportsForm", "Hour of day"),
}
CALL_TYPE_TEXT: dict[CallType, str] = {
    CallType.INCOMING: QT_TRANSLATE_NOOP("ReportsForm", "Incoming"),
    CallType.OUTGOING: QT_TRANSLATE_NOOP("ReportsForm", "Outgoing"),
    CallType.MISSED: QT_TRANSLATE_NOOP("ReportsForm", "Missed"),
    CallType.INTERNAL: QT_TRANSLATE_NOOP("ReportsForm", "Internal"),
}
# Report titles come from app.reports.REPORTS (English); their translations live here.
REPORT_TITLES = {
    "call-center": QT_TRANSLATE_NOOP("app", "Call center"),
    "lost-calls": QT_TRANSLATE_NOOP("app", "Lost calls and callbacks"),
    "operators": QT_TRANSLATE_NOOP("app", "Operator KPI"),
    "detail": QT_TRANSLATE_NOOP("app", "Call detail"),
    "traffic": QT_TRANSLATE_NOOP("app", "Traffic distribution"),
    "waits": QT_TRANSLATE_NOOP("app", "Wait times and disconnection causes"),
    "clients": QT_TRANSLATE_NOOP("app", "Client cards"),
    "repeat-callers": QT_TRANSLATE_NOOP("app", "Repeat callers"),
    "events": QT_TRANSLATE_NOOP("app", "Events"),
    "tasks": QT_TRANSLATE_NOOP("app", "Tasks"),
    "recording-access": QT_TRANSLATE_NOOP("app", "Recording access"),
}
# Reports only supervisors and administrators are offered (the app refuses the others too).
AUDIT_REPORTS = frozenset({"recording-access"})
RUN_DEBOUNCE_MS = 250
HIDDEN_COLUMNS = frozenset({"client_id"})  # ids behind a visible name (detail: the card link)


def summary_text(result: ReportResult) -> str:
    """Totals that are no row of the table (lost calls, detail) and the disconnection causes."""
    parts: list[str] = []
    if result.total and not total_is_row(result):
        for key, value in result.total.items():
            if key in ("key", "period") or value is None or isinstance(value, str):
                continue
            kind = ColumnKind.SECONDS if key.endswith("_s") else ColumnKind.COUNT
            label = QCoreApplication.translate("app", TOTAL_TEXT.get(key, key))
            parts.append(f"{label}: {format_value(kind, value)}")
    line = " · ".join(parts)
    causes = result.sections.get("causes") or []
    if causes:
        who = ", ".join(f"{word(str(c.get('cause')))} — {c.get('calls', 0)}" for c in causes)
        line = (line + "\n" if line else "") + QCoreApplication.translate(
            "ReportsForm", "Who ended the calls: {causes}"
        ).format(causes=who)
    outcomes = result.sections.get("outcomes") or []
    for direction, text in (
        ("in", QT_TRANSLATE_NOOP("ReportsForm", "Incoming calls nobody answered: {outcomes}")),
        ("out", QT_TRANSLATE_NOOP("ReportsForm", "Outgoing calls not answered: {outcomes}")),
    ):
        ended = [o for o in outcomes if o.get("direction") == direction]
        if ended:
            how = ", ".join(
                f"{value_text('status', str(o.get('status')))} — {o.get('calls', 0)}" for o in ended
            )
            line = (line + "\n" if line else "") + QCoreApplication.translate(
                "ReportsForm", text
            ).format(outcomes=how)
    return line


def _tagged(generation: int, fn: Any, *args: Any) -> tuple[int, Any]:
    """``fn(*args)`` with the run it belongs to (on errors too: ``report_generation``)."""
    try:
        return generation, fn(*args)
    except Exception as e:
        e.report_generation = generation  # type: ignore[attr-defined]
        raise


def report_title(name: str) -> str:
    return QCoreApplication.translate("app", REPORT_TITLES.get(name, REPORTS.get(name, name)))


def preset_dates(choice: Any, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of a period choice."""
    if isinstance(choice, PeriodPreset):
        start, end = period(choice, today)
        return start.date(), (end - timedelta(days=1)).date()
    if choice == LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if choice == THIS_QUARTER:
        return today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1), today
    if choice == THIS_YEAR:
        return today.replace(month=1, day=1), today
    return today, today


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ReportsForm(QWidget):
    """The Reports section. ``drill_requested(selection, title)``: the calls behind a number."""

    drill_requested = Signal(object, str)
    client_requested = Signal(int)  # a client's card (detail, lost calls, repeat callers)
    task_requested = Signal(int)  # a task's form (the tasks report)
    report_shown = Signal(object)  # a ReportResult, once it is on screen

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        with db.transaction() as session:
            allowed = permissions(session, user)
        self.may_export = allowed.export
        self.own_calls_only = not allowed.all_calls  # the app narrows the reports too
        self.task_viewer = self._task_viewer()
        self.result: ReportResult | None = None
        self._generation = 0
        self.running = False
        self.model = ReportModel(self)
        self.heat_model = charts.HeatMapModel(self)
        self.run_timer = QTimer(self)
        self.run_timer.setSingleShot(True)
        self.run_timer.setInterval(RUN_DEBOUNCE_MS)
        self.run_timer.timeout.connect(self.run)

        self._build_commands()
        self._build_list()
        self._build_filters()
        self.header = QLabel()
        self.header.setObjectName("report_header")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fdecea; color: #8e1b12; padding: 6px; border: 1px solid #f5c6c0;"
        )
        self.banner.hide()
        self._build_table()
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.summary = QLabel()
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.more_button = QPushButton(self.tr("More rows"))
        self.more_button.setObjectName("more_rows")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()

        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.commands)
        box.addLayout(self.filter_row1)
        box.addLayout(self.filter_row2)
        box.addLayout(self.filter_row3)
        box.addWidget(self.task_filters)
        box.addWidget(self.header)
        box.addWidget(self.banner)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.setObjectName("report_body")
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.summary)
        self.body.addWidget(table_box)
        self.body.addWidget(self.chart_stack)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        box.addWidget(self.body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        box.addLayout(bottom)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.report_list)
        outer.addWidget(right)
        outer.setStretchFactor(1, 1)
        outer.setSizes([250, 1030])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(outer)
        self.report_list.setCurrentRow(self._first_allowed_row())

    def _first_allowed_row(self) -> int:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                return row
        return 0

    # -- building ----------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(slot)
        self.commands.addAction(action)
        return action

    def _build_commands(self) -> None:
        self.commands = QToolBar()
        self.commands.setObjectName("commands")
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.run_action = self._action(self.tr("Build (F5)"), self.run, QKeySequence(Qt.Key.Key_F5))
        self.xlsx_action = self._action(self.tr("Excel…"), self.ask_export_xlsx)
        self.csv_action = self._action(self.tr("CSV…"), self.ask_export_csv)
        self.print_action = self._action(
            self.tr("Print…"), self.ask_print, QKeySequence(QKeySequence.StandardKey.Print)
        )
        self.pdf_action = self._action(self.tr("Save as PDF…"), self.ask_pdf)
        self.run_action.setIcon(icons.icon("refresh"))
        self.xlsx_action.setIcon(icons.icon("export"))
        self.csv_action.setIcon(icons.icon("export"))
        for action in self._output_actions():
            action.setEnabled(False)
            if not self.may_export:
                action.setToolTip(
                    self.tr("Exporting and printing need the Export permission (Administration).")
                )

    def _output_actions(self) -> tuple[QAction, ...]:
        return (self.xlsx_action, self.csv_action, self.print_action, self.pdf_action)

    def _build_list(self) -> None:
        self.report_list = QListWidget()
        self.report_list.setObjectName("report_list")
        for name in REPORTS:
            if name in AUDIT_REPORTS and not self.user.sees_all_calls:
                continue
            item = QListWidgetItem(report_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            if self.own_calls_only and name not in OWN_CALLS_REPORTS:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(
                    self.tr(
                        "This report covers every operator's calls; you may see only your "
                        "own (the permission to see all calls, Administration)."
                    )
                )
            self.report_list.addItem(item)
        self.report_list.setMinimumWidth(180)
        self.report_list.setWordWrap(True)
        self.report_list.setSpacing(2)
        self.report_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report_list.currentRowChanged.connect(self._report_changed)

    def _build_filters(self) -> None:
        today = clock.today()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period")
        for key, text in PERIOD_TEXT.items():
            self.period_combo.addItem(QCoreApplication.translate("ReportsForm", text), key)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self._dates_edited)
        self.breakdown = QComboBox()
        self.breakdown.setObjectName("breakdown")
        for key, text in BREAKDOWN_TEXT.items():
            self.breakdown.addItem(QCoreApplication.translate("ReportsForm", text), key)
        self.breakdown.setCurrentIndex(self.breakdown.findData(Breakdown.DAY))
        self.breakdown.currentIndexChanged.connect(lambda _i: self.schedule_run())
        self.operators = PickButton(self.tr("Operators:"), self.tr("all"))
        self.operators.setObjectName("operators")
        self.operators.set_choices(self._operator_choices())
        self.operators.changed.connect(self.schedule_run)
        if self.own_calls_only:
            self.operators.setEnabled(False)
            self.operators.setToolTip(self.tr("Your reports cover only your own calls."))
        self.call_types = PickButton(self.tr("Calls:"), self.tr("incoming and outgoing"))
        self.call_types.setObjectName("call_types")
        self.call_types.set_choices(
            [(k, QCoreApplication.translate("ReportsForm", t)) for k, t in CALL_TYPE_TEXT.items()]
        )
        self.call_types.changed.connect(self.schedule_run)
        self.queue = QLineEdit()
        self.queue.setObjectName("queue")
        self.did = QLineEdit()
        self.did.setObjectName("did")
        for line, hint in (
            (self.queue, self.tr("Queue: all")),
            (self.did, self.tr("DID: all")),
        ):
            line.setPlaceholderText(hint)
            line.setToolTip(self.tr("Several values separated by commas"))
            line.setClearButtonEnabled(True)
            line.setMinimumWidth(placeholder_width(line))
            line.setMaximumWidth(placeholder_width(line) + 40)
            line.editingFinished.connect(self.schedule_run)
        self.min_calls = QSpinBox()
        self.min_calls.setRange(2, 100)
        self.min_calls.setValue(3)
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 366)
        self.window_days.setValue(7)
        for spin in (self.min_calls, self.window_days):
            spin.valueChanged.connect(lambda _v: self.schedule_run())
        self.repeat_label1 = QLabel(self.tr("Calls at least:"))
        self.repeat_label2 = QLabel(self.tr("within days:"))

        row1 = self.filter_row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Period:")))
        row1.addWidget(self.period_combo)
        row1.addWidget(self.date_from)
        row1.addWidget(QLabel("–"))
        row1.addWidget(self.date_to)
        row1.addSpacing(12)
        row1.addWidget(QLabel(self.tr("By:")))
        row1.addWidget(self.breakdown)
        row1.addStretch(1)
        row2 = self.filter_row2 = QHBoxLayout()
        row2.addWidget(self.operators)
        row2.addWidget(self.call_types)
        row2.addWidget(self.queue)
        row2.addWidget(self.did)
        row2.addStretch(1)
        # The repeat callers' own filters in a row of their own: in the second row they
        # widened the window at 1280 beside the softphone dock.
        row3 = self.filter_row3 = QHBoxLayout()
        for widget in (self.repeat_label1, self.min_calls, self.repeat_label2, self.window_days):
            row3.addWidget(widget)
        row3.addStretch(1)
        self.task_filters = TaskReportFilters()
        self.task_filters.setObjectName("task_filters")
        self.task_filters.changed.connect(self.schedule_run)
        self.task_filters.hide()
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.period_combo.setCurrentIndex(self.period_combo.findData(PeriodPreset.THIS_MONTH))
        self._set_dates(*preset_dates(PeriodPreset.THIS_MONTH, today))

    def _operator_choices(self) -> list[tuple[Any, str]]:
        try:
            with self.db.engine.connect() as conn:
                return [(i, name) for i, name in responsible_choices(conn)]
        except Exception as e:  # the form still opens; the report shows the problem
            log.warning("operators not read: %s", e)
            return []

    def _build_table(self) -> None:
        table = QTableView()
        table.setObjectName("report_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        horizontal = table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.doubleClicked.connect(self._cell_activated)
        self.table = table

        self.chart_view = charts.chart_view()
        self.heat_map = charts.heat_map_view(self.heat_model)
        self.heat_map.doubleClicked.connect(self._heat_cell_activated)
        self.no_chart = QLabel()
        self.chart_stack = QStackedWidget()
        self.chart_stack.setObjectName("chart_stack")
        self.chart_stack.addWidget(self.chart_view)
        self.chart_stack.addWidget(self.heat_map)
        self.chart_stack.addWidget(self.no_chart)

    # -- parameters ---------------------------------------------------------------------

    @property
    def report_name(self) -> str:
        item = self.report_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "call-center"

    def select_report(self, name: str) -> None:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.report_list.setCurrentRow(row)
                return
        raise KeyError(name)

    def _set_dates(self, first: date, last: date) -> None:
        for edit, value in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)

    def set_period(self, first: date, last: date) -> None:
        """A range (both days included); the period list says "Range"."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM))
        self.period_combo.blockSignals(False)
        self._set_dates(first, last)
        self.schedule_run()

    def set_breakdown(self, breakdown: Breakdown) -> None:
        self.breakdown.setCurrentIndex(self.breakdown.findData(breakdown))

    def _period_chosen(self, _index: int) -> None:
        choice = self.period_combo.currentData()
        if choice != CUSTOM:
            self._set_dates(*preset_dates(choice, clock.today()))
        self.schedule_run()

    def _dates_edited(self, _value: QDate) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM))
        self.period_combo.blockSignals(False)
        self.schedule_run()

    def _report_changed(self, _row: int) -> None:
        repeat = self.report_name == "repeat-callers"
        for widget in (self.repeat_label1, self.min_calls, self.repeat_label2, self.window_days):
            widget.setVisible(repeat)
        tasks = self.report_name == "tasks"
        self.task_filters.setVisible(tasks)
        # A list of tasks or of accesses: no breakdown, no calls' filters.
        listing = tasks or self.report_name in AUDIT_REPORTS
        for other in (self.breakdown, self.call_types, self.queue, self.did):
            other.setEnabled(not listing)
        self.model.set_result(None)
        self.result = None
        self.run()

    @staticmethod
    def _list(text: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in text.split(",") if part.strip())

    def params(self) -> ReportParams:
        return ReportParams(
            date_from=self.date_from.date().toPython(),  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython(),  # type: ignore[arg-type]
            breakdown=Breakdown(self.breakdown.currentData()),
            operator_ids=tuple(int(v) for v in self.operators.chosen()),
            call_types=tuple(CallType(v) for v in self.call_types.chosen()),
            queues=self._list(self.queue.text()),
            dids=self._list(self.did.text()),
            min_calls=self.min_calls.value(),
            window_days=self.window_days.value(),
            viewer_id=self.task_viewer,
            requested_by=self.user.id,
            **(self.task_filters.params() if self.report_name == "tasks" else {}),
        )

    def _task_viewer(self) -> int | None:
        """Whose tasks the tasks report may show this user (None: everyone's)."""
        try:
            with self.db.transaction() as s:
                return task_viewer(s, self.user)
        except Exception as e:  # the form still opens; only their own tasks then
            log.warning("tasks permission not read: %s", e)
            return self.user.id

    # -- running ------------------------------------------------------------------------

    def schedule_run(self) -> None:
        self.run_timer.start()

    def run(self) -> None:
        """Build the current report on a pool thread; a newer run makes older ones moot."""
        self.run_timer.stop()
        params = self.params()
        try:
            params.validate()
        except ReportError as e:
            self._show_banner(user_text(e))
            return
        self.banner.hide()
        self._generation += 1
        generation = self._generation
        self.running = True
        self.status.setText(self.tr("Building the report…"))
        task = background.BackgroundTask(
            _tagged,
            generation,
            functools.partial(run_report, viewer=self.user),
            self.db.reader,
            self.report_name,
            params,
        )
        # Bound methods (not lambdas): Qt drops the connection if the form is gone first.
        task.signals.succeeded.connect(self._arrived)
        task.signals.failed.connect(self._failed)
        background.start(task)

    def _arrived(self, tagged: tuple[int, ReportResult]) -> None:
        generation, result = tagged
        if generation != self._generation:
            return
        self.running = False
        self.show_result(result)

    def _failed(self, error: BaseException) -> None:
        generation = getattr(error, "report_generation", None)
        if generation != self._generation:
            return
        self.running = False
        self.status.setText("")
        log.warning("report failed: %r", error)
        self._show_banner(user_text(error))

    def show_result(self, result: ReportResult) -> None:
        self.result = result
        if result.report == "tasks":
            self.task_filters.show_choices(result)
        self.model.set_result(result)
        self.header.setText(self.header_text(result))
        self._fit_columns()
        empty = set(self.model.empty_columns())
        for column, col in enumerate(result.columns):
            self.table.setColumnHidden(column, col.key in HIDDEN_COLUMNS or column in empty)
        text = summary_text(result)
        if not result.rows:
            text = self.tr("No calls or cards in this period for these filters.")
            if result.report == "tasks":
                text = self.tr("No tasks in this period for these filters.")
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self._show_chart(result)
        shown = len(result.rows)
        self.status.setText(self.tr("Rows: {count}").format(count=shown))
        self.more_button.setVisible(result.next_page is not None)
        for action in self._output_actions():
            action.setEnabled(self.may_export)
        self.report_shown.emit(result)

    def header_text(self, result: ReportResult) -> str:
        h = result.header
        if result.report in AUDIT_REPORTS:
            return self.tr(
                "{title}: {start} – {end}. Times are the database server's: a workstation's "
                "clock cannot change them."
            ).format(
                title=report_title(result.report),
                start=f"{h.date_from:%d.%m.%Y}",
                end=f"{h.date_to:%d.%m.%Y}",
            )
        zone = h.time_zone or self.tr("this computer's time zone")
        return self.tr(
            "{title}: {start} – {end}. Time zone: {zone}. Service level: answered within "
            "{sl} s. Abandons shorter than {short} s are not counted as lost."
        ).format(
            title=report_title(result.report),
            start=f"{h.date_from:%d.%m.%Y}",
            end=f"{h.date_to:%d.%m.%Y}",
            zone=zone,
            sl=h.service_level_s,
            short=h.short_abandon_s,
        )

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, min(max(width + 8, 56), 320))

    def _show_chart(self, result: ReportResult) -> None:
        if result.report == "traffic":
            self.heat_model.set_result(result)
            self.chart_stack.setCurrentWidget(self.heat_map)
            self.chart_stack.show()
            return
        chart = charts.chart_for(result)
        if chart is None:
            self.chart_stack.hide()
            return
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.chart_stack.setCurrentWidget(self.chart_view)
        self.chart_stack.show()
        # Operators' names stand upright under their bars: that chart needs more height.
        share = 0.6 if result.report == "operators" else 0.45
        height = sum(self.body.sizes()) or 600
        self.body.setSizes([int(height * (1 - share)), int(height * share)])

    def load_more(self) -> None:
        result = self.result
        if result is None or result.next_page is None:
            return
        generation = self._generation
        self.more_button.setEnabled(False)
        task = background.BackgroundTask(
            _tagged, generation, detail_page, self.db.reader, result, result.next_page
        )
        task.signals.succeeded.connect(self._more_arrived)
        task.signals.failed.connect(self._failed)
        background.start(task)

    def _more_arrived(self, tagged: tuple[int, ReportResult]) -> None:
        generation, page = tagged
        self.more_button.setEnabled(True)
        if generation != self._generation or self.result is None:
            return
        self.result.rows.extend(page.rows)
        self.result.next_page = page.next_page
        self.model.append_rows(page.rows)
        self.more_button.setVisible(page.next_page is not None)
        self.status.setText(self.tr("Rows: {count}").format(count=len(self.result.rows)))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    # -- drill-down ---------------------------------------------------------------------

    def _cell_activated(self, index: QModelIndex) -> None:
        if self.result is None:
            return
        column = self.model.columns[index.column()]
        if self.result.report == "tasks":
            task_id = self.model.row_dict(index.row()).get("key")
            if isinstance(task_id, int):
                self.task_requested.emit(task_id)
            return
        client_id = self.model.row_dict(index.row()).get("client_id")
        if column.key == "client" and isinstance(client_id, int):
            self.client_requested.emit(client_id)
            return
        if not self.model.drillable(index):
            return
        column = self.model.columns[index.column()]
        self.drill(index.data(ROW_KEY_ROLE), column.key)

    def _heat_cell_activated(self, index: QModelIndex) -> None:
        if self.result is None or not self.heat_model.value(index.row(), index.column()):
            return
        self.drill((index.row(), index.column()), "offered")

    def drill(self, row_key: Any, column_key: str) -> CallSelection | None:
        """Ask for the calls behind a cell (row ``row_key``, None = total)."""
        if self.result is None:
            return None
        try:
            selection = drill_down(self.result, row_key, column_key)
        except KeyError:
            return None
        title = self.tr("{report}: {column}").format(
            report=report_title(self.result.report),
            column=QCoreApplication.translate("app", self.result.column(column_key).title),
        )
        self.drill_requested.emit(selection, title)
        return selection

    # -- export and print ---------------------------------------------------------------

    def chart_image(self, width: int = 1200, height: int = 520) -> QImage | None:
        """The chart (or heat map) as a picture of a fixed size, for print and PDF."""
        if self.result is None or self.chart_stack.isHidden():
            return None
        widget = self.chart_stack.currentWidget()
        if widget is None or widget is self.no_chart:
            return None
        size = widget.size()
        widget.resize(width, height)
        image = widget.grab().toImage()
        widget.resize(size)
        return image

    def _file_name(self, suffix: str) -> str:
        result = self.result
        assert result is not None
        h = result.header
        return f"{result.report}_{h.date_from:%Y-%m-%d}_{h.date_to:%Y-%m-%d}.{suffix}"

    def _ask_path(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        if self.result is None:
            return None
        name, _ = QFileDialog.getSaveFileName(self, caption, self._file_name(suffix), filter_text)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}")

    def _title(self) -> str:
        return report_title(self.result.report) if self.result else ""

    def export_xlsx(self, path: Path) -> None:
        assert self.result is not None
        export.write_xlsx(path, self.result, self._title(), self.header.text())

    def export_csv(self, path: Path) -> None:
        assert self.result is not None
        export.write_csv(path, self.result)

    def save_pdf(self, path: Path) -> None:
        export.write_pdf(path, self._title(), self.header.text(), self.model, self.chart_image())

    def _export_refused(self) -> bool:
        """The app's check, at the moment of the export: the right may have been taken."""
        try:
            with self.db.transaction() as session:
                require_export(session, self.user)
        except PermissionDenied as e:
            QMessageBox.warning(self, self.tr("Reports"), user_text(e))
            return True
        return False

    def _saved(self, action: Any, path: Path) -> None:
        if self._export_refused():
            return
        try:
            action(path)
        except OSError as e:
            QMessageBox.warning(
                self,
                self.tr("Reports"),
                self.tr("The file could not be written: {error}").format(error=e),
            )
            return
        self.status.setText(self.tr("Saved: {path}").format(path=path))

    def ask_export_xlsx(self) -> None:
        path = self._ask_path(self.tr("Export to Excel"), "xlsx", self.tr("Excel (*.xlsx)"))
        if path is not None:
            self._saved(self.export_xlsx, path)

    def ask_export_csv(self) -> None:
        path = self._ask_path(self.tr("Export to CSV"), "csv", self.tr("CSV (*.csv)"))
        if path is not None:
            self._saved(self.export_csv, path)

    def ask_pdf(self) -> None:
        path = self._ask_path(self.tr("Save as PDF"), "pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            self._saved(self.save_pdf, path)

    def ask_print(self) -> None:
        if self.result is None or self._export_refused():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        export.configure_printer(printer, landscape=len(self.model.columns) > 8)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = export.report_document(
            self._title(), self.header.text(), self.model, self.chart_image()
        )
        export.print_document(document, printer)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._generation = -1  # results still on their way are dropped
        self.run_timer.stop()
        super().closeEvent(event)

    def help_topic(self) -> str:
        return "reports"
