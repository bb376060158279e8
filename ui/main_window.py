"""The main window, 1C style: sections bar, open forms as tabs, status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date, datetime, time, timedelta
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.config import WorkstationSettings
from app.database import Database
from app.events import EventDraft
from app.messages import UserFacingError
from app.reports import CallSelection
from app.staff.auth import CurrentUser
from app.staff.permissions import permissions
from app.staff.presence import BoardRow
from app.staff.sip_account import SipAccount, sip_account_of
from app.workplace import Workplace
from models import Role
from softphone.audio import AudioDevice
from ui import icons, resources, style
from ui.account_dialog import AccountDialog
from ui.admin.form import AdminForm
from ui.board import COLLEAGUES_POLL_MS, POLL_MS, BoardForm, BoardWatch, board_summary
from ui.call_vocabulary import short_name
from ui.callbacks.form import CallbackForm
from ui.callbacks.watch import WorklistWatch
from ui.clients.form import ClientsForm
from ui.collector_status import CollectorStatusLabel
from ui.database_runner import connection_monitor
from ui.events.dialog import EventDialog, open_event
from ui.events.form import EventsForm
from ui.events.reminders import ReminderWindow
from ui.events.watch import EventWatch
from ui.help import HelpWindow, show_help, topic_for_dialog
from ui.journal.form import JournalForm
from ui.messages import user_text
from ui.settings_dialog import SettingsDialog
from ui.softphone.alerts import CallAlerts
from ui.softphone.demo_line import DemoLine
from ui.softphone.panel import SoftphonePanel
from ui.softphone.pause import PauseControl
from ui.softphone.presence import PresenceReporter
from ui.softphone.session import SoftphoneSession, application_quitting
from ui.softphone.start import SoftphoneStart
from ui.softphone.status_label import SipStatusLabel
from ui.style import set_property, set_role
from ui.tasks.board import TaskBoardForm
from ui.tasks.dialog import TaskDialog
from ui.tasks.watch import TaskWatch
from ui.work_session import WorkSessionKeeper

FormFactory = Callable[[], QWidget]


class MainWindow(QMainWindow):
    # "Switch user" was chosen: whoever started the window shows the login (ui.startup).
    switch_user_requested = Signal()

    SECTION_JOURNAL = "journal"
    SECTION_CLIENTS = "clients"
    SECTION_CALLBACKS = "callbacks"
    SECTION_REPORTS = "reports"
    SECTION_ADMIN = "admin"
    SECTION_TASKS = "tasks"
    SECTION_EVENTS = "events"
    SECTION_BOARD = "board"
    # Every section keeps its number whichever sections a role has (operators have no Ctrl+4).
    SECTION_SHORTCUTS: ClassVar[dict[str, str]] = {
        SECTION_JOURNAL: "Ctrl+1",
        SECTION_CLIENTS: "Ctrl+2",
        SECTION_CALLBACKS: "Ctrl+3",
        SECTION_REPORTS: "Ctrl+4",
        SECTION_EVENTS: "Ctrl+5",
        SECTION_TASKS: "Ctrl+6",
        SECTION_ADMIN: "Ctrl+7",
        SECTION_BOARD: "Ctrl+8",
    }
    SECTION_ICONS: ClassVar[dict[str, str]] = {
        SECTION_JOURNAL: "journal",
        SECTION_CLIENTS: "clients",
        SECTION_CALLBACKS: "callback",
        SECTION_REPORTS: "reports",
        SECTION_ADMIN: "admin",
        SECTION_TASKS: "mark-done",
        SECTION_EVENTS: "calendar",
        SECTION_BOARD: "operators",
    }
    # The guide's page for each section; client cards (tabs of their own) are "card".
    HELP_TOPICS: ClassVar[dict[str, str]] = {
        SECTION_JOURNAL: "journal",
        SECTION_CLIENTS: "card",
        SECTION_CALLBACKS: "callbacks",
        SECTION_REPORTS: "reports",
        SECTION_ADMIN: "settings",
        SECTION_TASKS: "tasks",
        SECTION_EVENTS: "events",
        SECTION_BOARD: "softphone",
    }

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        database_label: str = "",
        settings: WorkstationSettings | None = None,
        audio_device: AudioDevice | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.user = user
        self.settings = settings or WorkstationSettings()
        self.workplace = Workplace.of(db, user, self.settings)  # handed to every form
        self.setWindowTitle(self.tr("CallDesk"))
        self.setWindowIcon(resources.icon("calldesk"))
        self.resize(1280, 800)
        self._forms: dict[str, QWidget] = {}
        self._factories: dict[str, tuple[str, FormFactory]] = {}
        self._drill_count = 0
        with db.transaction() as session:
            # Reports are for those with the "reports" permission (supervisors, admins...).
            allowed = permissions(session, user)
            self.can_reports = allowed.reports
            self.can_tasks = allowed.tasks
            self.can_admin = allowed.admin  # the admin role, or the "administration" permission
            # The softphone registers with the employee's own account, at any desk.
            sip_account = sip_account_of(session, user.id)

        self.sections = QToolBar(self.tr("Sections"))
        self.sections.setObjectName("sections")
        self.sections.setMovable(False)
        self.sections.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.sections)
        self._section_group = QActionGroup(self)
        self.section_actions: dict[str, QAction] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("forms")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_form_at)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.user_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self._show_user()
        self.user_label.installEventFilter(self)  # a click opens My account
        self.database_label = QLabel(database_label)
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        self.switch_user_action = QAction(self.tr("Switch user"), self)
        self.switch_user_action.setObjectName("switch_user_action")
        self.switch_user_action.setToolTip(
            self.tr("Log out and log in as another employee (Ctrl+Shift+L)")
        )
        self.switch_user_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L)
        )
        self.switch_user_action.triggered.connect(self.switch_user_requested)
        self.addAction(self.switch_user_action)
        self.switch_button = switch = QToolButton()
        switch.setObjectName("switch_user")
        switch.setDefaultAction(self.switch_user_action)
        switch.setAutoRaise(True)
        bar.addWidget(switch)
        bar.addPermanentWidget(self.database_label)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connection_label")
        set_role(self.connection_label, "error")
        self.connection_label.hide()
        bar.addPermanentWidget(self.connection_label)
        monitor = connection_monitor()
        monitor.lost.connect(self._connection_lost)
        monitor.restored.connect(self._connection_restored)
        self.collector_label: CollectorStatusLabel | None = None
        if user.sees_all_calls:  # supervisors and administrators: is the PBX data current?
            self.collector_label = CollectorStatusLabel(db)
            self.collector_label.clicked.connect(self._collector_clicked)
            bar.addPermanentWidget(self.collector_label)
        self.demo_line: DemoLine | None = None
        self._add_softphone(audio_device, sip_account)
        self._add_callback_watch()
        self.work_session = WorkSessionKeeper(db, user.id, self)
        self._add_board()
        self._add_task_watch()
        self._add_event_watch()

        self._add_sections()
        close_tab = QAction(self.tr("Close form"), self)
        close_tab.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W))
        close_tab.triggered.connect(lambda: self.close_form_at(self.tabs.currentIndex()))
        self.addAction(close_tab)
        self._add_tools()
        self._restore_geometry()
        self.open_section(self.SECTION_JOURNAL)
        self._start_watches()

    def _start_watches(self) -> None:
        """The worklist's, the tasks' and the events' counters, the stretch of work for "time
        logged in", the softphone's state for the operators board and the board itself."""
        self.callback_watch.start()
        self.work_session.start()
        self.presence.start()
        if self.board_watch is not None:
            self.board_watch.start()
        if self.task_watch is not None:
            self.task_watch.start()
        self.event_watch.start()

    def _add_softphone(
        self, audio_device: AudioDevice | None, sip_account: SipAccount | None
    ) -> None:
        """The softphone (with the employee's own SIP account) and its panel (a dock), the
        incoming-call pop-ups and the tray, the SIP state, the pause control and the missed
        calls in the status bar."""
        self.softphone = SoftphoneSession(
            self.db, self.user, self.settings, self, audio_device, sip_account=sip_account
        )
        self.softphone_start = SoftphoneStart(self)
        phone = self.softphone
        self.softphone_label = SipStatusLabel(phone)
        self.softphone_label.settings_requested.connect(self._softphone_label_clicked)
        self.statusBar().addWidget(self.softphone_label)
        self.call_alerts = CallAlerts(phone, self)
        self.call_alerts.card_requested.connect(self.open_client_card)
        self.call_alerts.new_client_requested.connect(self.create_client_for)
        self.softphone_panel = SoftphonePanel(phone)
        self.softphone_dock = QDockWidget(self.tr("Softphone"), self)
        self.softphone_dock.setObjectName("softphone_dock")
        self.softphone_dock.setWidget(self.softphone_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.softphone_dock)
        # The dock takes its narrowest from the journal (never widening the window).
        self.softphone_dock.visibilityChanged.connect(self._softphone_shown)
        self.softphone_dock.setVisible(phone.settings.configured)
        for action in self.softphone_panel.window_actions():
            self.addAction(action)
        self.pause_control = PauseControl(self.db, self.user, phone)
        self.statusBar().addWidget(self.pause_control)
        # A pause the database refused: said once, where the softphone's notices go.
        self.pause_control.notice.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.missed_label = self._status_link(
            "missed_label", self.tr("Show my missed calls in the journal")
        )
        phone.missed_changed.connect(self._missed_changed)
        phone.notice.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        phone.call_logged.connect(self._call_logged)
        phone.availability_changed.connect(self._calling_available)
        application_quitting(phone)

    def _add_board(self) -> None:
        """What this softphone is doing, for the operators board, and the board itself (a
        section, Ctrl+8): supervisors and administrators see whom everyone talks with, read
        every second; operators see their colleagues' states and pauses, every 5 s."""
        now = self.workplace.clock.now
        self.presence = PresenceReporter(self.softphone, self.user.id, now, self)
        poll = POLL_MS if self.user.sees_all_calls else COLLEAGUES_POLL_MS
        self.board_watch: BoardWatch | None = BoardWatch(self.db, now, self, poll_ms=poll)

    def open_board(self) -> QWidget | None:
        """The live operators board."""
        if self.SECTION_BOARD not in self._factories:
            return None
        return self.open_section(self.SECTION_BOARD)

    def attach_demo_line(self, line: DemoLine) -> None:
        """``calldesk demo``: the softphone is on the demo line, and a command (in the
        softphone panel and on Ctrl+Shift+I) makes a demo client call the operator."""
        self.demo_line = line
        action = QAction(self.tr("Simulate an incoming call"), self)
        action.setObjectName("demo_call_action")
        action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I))
        action.setToolTip(
            self.tr(
                "A client of the demo database calls you now (one also calls every minute "
                "while you are not on a call). Ctrl+Shift+I"
            )
        )
        action.setEnabled(False)
        action.triggered.connect(line.simulate_call)
        line.ready.connect(lambda _address: action.setEnabled(True))
        line.failed.connect(lambda text: self._demo_line_failed(action, text))
        self.addAction(action)
        self.softphone_panel.add_command(action)
        self.demo_call_action = action
        self.softphone_dock.show()

    def _demo_line_failed(self, action: QAction, text: str) -> None:
        action.setEnabled(False)
        self.statusBar().showMessage(text, 30_000)

    def _softphone_shown(self, visible: bool) -> None:
        dock = self.softphone_dock
        if visible and not dock.isFloating():
            width = dock.minimumSizeHint().width()
            self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _add_callback_watch(self) -> None:
        """The callers waiting for a call back: counted in the section's title, the overdue
        ones in every operator's status bar (a click opens the worklist)."""
        self.callback_watch = WorklistWatch(self.db, self.workplace.clock, self)
        self.overdue_label = self._status_link(
            "overdue_label", self.tr("Open the callers waiting for a call back")
        )
        self.callback_watch.counts_changed.connect(self._callback_counts)

    def _add_event_watch(self) -> None:
        """The user's events: the active ones counted in the section's title, reminders in
        their own window and the tray, whichever workstation created the event."""
        self.event_watch = EventWatch(
            self.db, self.user, self.workplace.clock, self, with_tasks=self.can_tasks
        )
        self.event_watch.count_changed.connect(self._event_count)
        self.reminder_window = ReminderWindow(self.workplace, self.event_watch, self)
        self.reminder_window.event_requested.connect(self.open_event)
        self.reminder_window.task_requested.connect(self.open_task)

    def _event_count(self, active: int) -> None:
        action = self.section_actions.get(self.SECTION_EVENTS)
        if action is not None:
            action.setText(self._events_title(active))

    def _events_title(self, active: int) -> str:
        title = self.tr("Events")
        return f"{title} ({active})" if active > 0 else title

    def _events_form(self) -> QWidget:
        form = EventsForm(self.workplace, self.event_watch)
        form.event_requested.connect(self.open_event)
        form.new_event_requested.connect(self._new_event_on)
        return form

    def _new_event_on(self, day: object) -> None:
        draft = None
        if isinstance(day, datetime):  # an hour of the day view
            draft = EventDraft("", day, self.user.id)
        elif isinstance(day, date):
            at = self.workplace.now().replace(second=0, microsecond=0) + timedelta(hours=1)
            draft = EventDraft("", datetime.combine(day, time(at.hour)), self.user.id)
        self.new_event(draft)

    def new_event(self, draft: EventDraft | None = None) -> EventDialog:
        """The form of a new event, prefilled by ``draft`` (a client, a call to return)."""
        dialog = EventDialog(self.workplace, draft=draft, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._connect_event_dialog(dialog)
        dialog.open()
        return dialog

    def open_event(self, event_id: int) -> EventDialog | None:
        dialog = open_event(self.workplace, event_id, self)
        if dialog is not None:
            self._connect_event_dialog(dialog)
            dialog.open()
        return dialog

    def _connect_event_dialog(self, dialog: EventDialog) -> None:
        dialog.saved.connect(self._event_saved)
        dialog.client_requested.connect(self.open_client_card)
        dialog.event_requested.connect(self.open_event)

    def _event_saved(self, _event_id: int) -> None:
        """Counter, reminders and calendar at once; open cards show the event too."""
        self.event_watch.poll()
        for form in self._forms.values():
            tab = getattr(form, "events_tab", None)
            if tab is not None and tab.client_id is not None:
                tab.reload()

    def _status_link(self, name: str, tip: str) -> QLabel:
        """A red, clickable word in the status bar, hidden until there is something to say
        (a click goes to :meth:`eventFilter`)."""
        label = QLabel()
        label.setObjectName(name)
        set_role(label, "error")
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.setToolTip(tip)
        label.hide()
        label.installEventFilter(self)
        self.statusBar().addWidget(label)
        return label

    def _callback_counts(self, waiting: int, overdue: int) -> None:
        action = self.section_actions.get(self.SECTION_CALLBACKS)
        if action is not None:
            action.setText(self._callbacks_title(waiting))
        self.overdue_label.setText(self.tr("Overdue callbacks: {count}").format(count=overdue))
        self.overdue_label.setVisible(overdue > 0)

    def _callbacks_title(self, waiting: int) -> str:
        title = self.tr("To call back")
        return f"{title} ({waiting})" if waiting else title

    def _callbacks_form(self) -> QWidget:
        form = CallbackForm(self.workplace, self.callback_watch)
        form.client_requested.connect(self.open_client_card)
        form.new_client_requested.connect(self.create_client_for)
        return form

    def _collector_clicked(self) -> None:
        """Administrators go to Administration -> PBX; supervisors read the tooltip."""
        if self.SECTION_ADMIN in self._factories:
            form = self.open_section(self.SECTION_ADMIN)
            if isinstance(form, AdminForm):
                form.tabs.setCurrentWidget(form.pbx)
                form.pbx.refresh_status()

    def _missed_changed(self, count: int) -> None:
        self.missed_label.setText(self.tr("Missed: {count}").format(count=count))
        self.missed_label.setVisible(count > 0)

    def show_missed_calls(self) -> None:
        """The journal with Missed and My calls on; the counter starts again."""
        journal = self.open_section(self.SECTION_JOURNAL)
        toggles = getattr(journal, "toggles", {})
        for key in ("missed", "my_calls"):
            box = toggles.get(key)
            if box is not None and box.isEnabled():
                box.setChecked(True)
        self.softphone.clear_missed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.sections and event.type() == QEvent.Type.Resize:
            self._fit_tools()
        if event.type() == QEvent.Type.MouseButtonRelease:
            if watched is getattr(self, "missed_label", None):
                self.show_missed_calls()
                return True
            if watched is getattr(self, "overdue_label", None):
                self.open_section(self.SECTION_CALLBACKS)
                return True
            if watched is getattr(self, "user_label", None):
                self.open_account()
                return True
        return super().eventFilter(watched, event)

    def call_number(self, number: str) -> int | None:
        """Click-to-call from the journal or a card: the panel dials (and shows problems)."""
        self.softphone_dock.show()
        return self.softphone_panel.dial(number)

    def open_client_card(self, client_id: int) -> QWidget:
        from ui.clients.card import ClientCardForm

        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        return self.open_form(
            f"client:{client_id}",
            self.tr("Client"),
            lambda: ClientCardForm(self.workplace, client_id),
        )

    def create_client_for(self, number: str) -> None:
        """An unknown caller: the journal's compact registration, then the new card."""
        from ui.call_panel.registration import CreateClientDialog

        dialog = CreateClientDialog(self.workplace, number, self)
        accepted = dialog.exec() == CreateClientDialog.DialogCode.Accepted
        registration = dialog.registration
        dialog.deleteLater()
        if accepted and registration is not None:
            self.open_client_card(registration.client_id)

    def _call_logged(self, call_id: int) -> None:
        """This softphone wrote a call: the journal shows it (or its row again, finished), and
        a call back that reached the caller closes their line in the worklist now rather than
        at the next poll."""
        self.callback_watch.poll()
        journal = self._forms.get(self.SECTION_JOURNAL)
        model = getattr(journal, "model", None)
        poll = getattr(model, "poll_newer", None)
        if callable(poll):
            poll()
        refresh = getattr(model, "refresh_call", None)
        if callable(refresh):
            refresh(call_id)

    def _connect_calls(self, form: QWidget) -> None:
        """Forms that place calls (journal, client card) get the softphone."""
        requested = getattr(form, "call_requested", None)
        if requested is not None:
            requested.connect(self.call_number)
        event = getattr(form, "new_event_requested", None)
        if event is not None and not isinstance(form, EventsForm):
            event.connect(self.new_event)  # a card or the journal: "call back at…"
        opened = getattr(form, "event_requested", None)
        if opened is not None and not isinstance(form, EventsForm):
            opened.connect(self.open_event)
        available = getattr(form, "set_calling_available", None)
        if callable(available):
            available(self.softphone.can_call, self.softphone.unavailable_reason())

    def _calling_available(self, available: bool, reason: str) -> None:
        for form in self._forms.values():
            setter = getattr(form, "set_calling_available", None)
            if callable(setter):
                setter(available, reason)

    def role_name(self, role: Role) -> str:
        return {
            Role.ADMIN: self.tr("administrator"),
            Role.SUPERVISOR: self.tr("supervisor"),
            Role.OPERATOR: self.tr("operator"),
            Role.ACCOUNTANT: self.tr("accountant"),
        }[role]

    def start_softphone(self) -> None:
        """After login: the softphone registers with the employee's account (the workstation's
        old account offered to them first, the password asked once on this computer)."""
        self.softphone_start.begin()

    def _softphone_label_clicked(self) -> None:
        if self.softphone.password_needed:
            self.softphone_start.ask_password()
        else:
            self.open_settings()

    def open_account(self) -> AccountDialog:
        """My account: the employee's own name and password, their SIP account, Log out."""
        dialog = AccountDialog(self.db, self.user, self, sip_account=self.softphone.sip_account)
        dialog.renamed.connect(self._renamed)
        dialog.log_out_requested.connect(self.switch_user_requested)
        dialog.open()
        return dialog

    def _renamed(self, name: str) -> None:
        self.user = replace(self.user, full_name=name)
        self._show_user()

    def _show_user(self) -> None:
        """Surname and initials, as people sign in 1C: the status bar is full at 1280 px
        (the whole name is in the tooltip and in My account)."""
        role = self.role_name(self.user.role)
        self.user_label.setText(f"{short_name(self.user.full_name)} ({role})")
        self.user_label.setToolTip(
            f"{self.user.full_name}\n{self.tr('My account: your name and password')}"
        )

    def _reports_form(self) -> QWidget:
        from ui.reports.form import ReportsForm

        form = ReportsForm(self.db, self.user)
        form.drill_requested.connect(self.show_report_calls)
        form.client_requested.connect(self.open_client_card)
        if self.can_tasks:
            form.task_requested.connect(self.open_task)
        return form

    def show_report_calls(self, selection: CallSelection, title: str) -> QWidget:
        """A report's number: the journal filtered to those calls when its filter bar can say
        exactly which, else a list of exactly those calls in a tab of its own."""
        if selection.journal_exact:
            journal = self.open_section(self.SECTION_JOURNAL)
            if isinstance(journal, JournalForm):
                journal.show_filter(selection.journal_filter())
            return journal
        from ui.reports.calls import SelectionForm

        self._drill_count += 1
        key = f"report_calls:{self._drill_count}"

        def make() -> QWidget:
            form = SelectionForm(self.db, selection, title)
            form.client_requested.connect(self.open_client_card)
            return form

        return self.open_form(key, title, make)

    def _task_count(self, count: int) -> None:
        action = self.section_actions.get(self.SECTION_TASKS)
        if action is not None:
            action.setText(self._tasks_title(count))

    def _tasks_title(self, count: int) -> str:
        title = self.tr("Tasks")
        return f"{title} ({count})" if count else title

    def _current_client_filter(self) -> dict[str, object] | None:
        """The clients section's filter as it is now (saved with a task), None when closed."""
        form = self._forms.get(self.SECTION_CLIENTS)
        if not isinstance(form, ClientsForm):
            return None
        return asdict(form.current_filter())

    def show_client_filter(self, saved: object) -> None:
        """Open the clients section filtered as a task saved it."""
        if not isinstance(saved, dict):
            return
        form = self.open_section(self.SECTION_CLIENTS)
        if isinstance(form, ClientsForm):
            form.show_filter(saved)

    def open_task(self, task_id: int) -> TaskDialog | None:
        """A task's form (from its reminder); saving refreshes the board and the reminders."""
        try:
            dialog = TaskDialog(self.workplace, task_id, self, self._current_client_filter)
        except UserFacingError as e:  # deleted meanwhile, or no longer the user's
            self.statusBar().showMessage(user_text(e), 15_000)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_requested.connect(self.open_client_card)
        dialog.client_filter_requested.connect(self.show_client_filter)
        dialog.saved.connect(self._task_saved)
        dialog.open()
        return dialog

    def _task_saved(self, _task_id: int) -> None:
        if self.task_watch is not None:
            self.task_watch.refresh()
        self.event_watch.poll()

    def _tasks_form(self) -> QWidget:
        assert self.task_watch is not None
        form = TaskBoardForm(self.workplace, self.task_watch, self._current_client_filter)
        form.client_requested.connect(self.open_client_card)
        form.client_filter_requested.connect(self.show_client_filter)
        return form

    def _add_sections(self) -> None:
        self.register_section(
            self.SECTION_JOURNAL,
            self.tr("Call journal"),
            lambda: JournalForm(self.workplace),
        )
        self.register_section(
            self.SECTION_CLIENTS,
            self.tr("Clients"),
            lambda: ClientsForm(self.workplace, self.open_form),
        )
        self.register_section(
            self.SECTION_CALLBACKS, self._callbacks_title(0), self._callbacks_form
        )
        if self.can_reports:
            self.register_section(self.SECTION_REPORTS, self.tr("Reports"), self._reports_form)
        self.register_section(self.SECTION_EVENTS, self._events_title(0), self._events_form)
        if self.can_tasks:
            self.register_section(
                self.SECTION_TASKS, self._tasks_title(self.task_watch_count()), self._tasks_form
            )
        if self.can_admin:
            self.register_section(
                self.SECTION_ADMIN,
                self.tr("Administration"),
                lambda: AdminForm(self.workplace),
            )
        watch = self.board_watch
        if watch is not None:
            self.register_section(
                self.SECTION_BOARD,
                self.tr("Operators"),
                lambda: BoardForm(
                    watch, self.workplace.clock.now, show_peers=self.user.sees_all_calls
                ),
            )
            watch.changed.connect(self._board_summary)

    def _board_summary(self, rows: list[BoardRow]) -> None:
        """The board's counts in its section's tooltip."""
        action = self.section_actions.get(self.SECTION_BOARD)
        if action is not None:
            action.setToolTip(f"{board_summary(rows)} (Ctrl+8)")

    def _add_task_watch(self) -> None:
        """The tasks' counter (the section's title) for those with the tasks permission."""
        self.task_watch: TaskWatch | None = None
        if self.can_tasks:
            self.task_watch = TaskWatch(self.db, self.user, self.workplace.clock, self)
            self.task_watch.count_changed.connect(self._task_count)

    def task_watch_count(self) -> int:
        return self.task_watch.count if self.task_watch is not None else 0

    def _add_tools(self) -> None:
        """Settings and help at the right end of the sections bar."""
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.sections.addWidget(spacer)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setIcon(icons.icon("settings"))
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.triggered.connect(self.open_settings)
        self.sections.addAction(self.settings_action)
        self.help_action = QAction(self.tr("Help (F1)"), self)
        self.help_action.setObjectName("help_action")
        self.help_action.setIcon(icons.icon("help"))
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        # Also inside modal dialogs of this window (they have no F1 of their own).
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        self.sections.addAction(self.help_action)
        self._fitting = False
        self._bar_widths: dict[tuple[bool, Qt.ToolButtonStyle], int] = {}
        self.sections.installEventFilter(self)
        for action in self.section_actions.values():  # a counter in a title widens it
            action.changed.connect(self._sections_changed)

    def _tool_buttons(self) -> list[QToolButton]:
        found = (self.sections.widgetForAction(a) for a in (self.settings_action, self.help_action))
        return [b for b in found if isinstance(b, QToolButton)]

    def _section_buttons(self) -> list[QToolButton]:
        found = (self.sections.widgetForAction(a) for a in self.section_actions.values())
        return [b for b in found if isinstance(b, QToolButton)]

    def _bar_needs(self) -> int:
        """The sections bar's width for its buttons as they are styled now."""
        buttons = self._section_buttons() + self._tool_buttons()
        layout = self.sections.layout()
        spacing = layout.spacing() if layout is not None else 0
        margins = self.sections.contentsMargins()
        needed = sum(b.sizeHint().width() for b in buttons) + spacing * (len(buttons) + 1)
        return needed + margins.left() + margins.right() + 2 * spacing + 16  # the handle

    BAR_STATES: ClassVar[tuple[tuple[bool, Qt.ToolButtonStyle], ...]] = (
        (False, Qt.ToolButtonStyle.ToolButtonTextBesideIcon),
        (False, Qt.ToolButtonStyle.ToolButtonIconOnly),
        (True, Qt.ToolButtonStyle.ToolButtonIconOnly),
    )

    def _style_bar(self, compact: bool, style: Qt.ToolButtonStyle) -> None:
        for button in self._section_buttons():
            set_property(button, "compact", compact)
        for button in self._tool_buttons():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _sections_changed(self) -> None:
        """A section's title changed (a counter): the bar's widths are measured again."""
        self._bar_widths.clear()
        self._fit_tools()

    def _fit_tools(self) -> None:
        """Everything on the sections bar, as roomy as the width allows: first "Settings…"
        and "Help (F1)" become icons (their words in the tooltip), then the sections' buttons
        lose some padding (at 1280 px an administrator has eight sections). Each state's
        width is measured once (until a title changes), so a resize only picks one."""
        if self._fitting:
            return
        self._fitting = True
        try:
            for state in self.BAR_STATES:
                if state not in self._bar_widths:
                    self._style_bar(*state)
                    self._bar_widths[state] = self._bar_needs()
            room = self.sections.width()
            chosen = next(
                (state for state in self.BAR_STATES if self._bar_widths[state] <= room),
                self.BAR_STATES[-1],
            )
            self._style_bar(*chosen)
        finally:
            self._fitting = False

    def help_topic(self) -> str:
        """The guide's page for what the operator is looking at."""
        dialog_topic = topic_for_dialog(QApplication.activeModalWidget())
        if dialog_topic is not None:
            return dialog_topic
        form = self.tabs.currentWidget()
        own = getattr(form, "help_topic", None)
        if callable(own):
            return str(own())
        key = str(form.property("section")) if form is not None else ""
        return self.HELP_TOPICS.get(key, "card" if key.startswith("client") else "journal")

    def show_help(self) -> None:
        if isinstance(QApplication.activeWindow(), HelpWindow):
            return  # F1 while reading the guide keeps the page
        show_help(self, self.help_topic())

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        phone = self.softphone
        dialog.softphone.show_employee_account(
            phone.sip_account, password_known=phone.known_password() is not None
        )
        dialog.softphone.set_probe(self.softphone.test_registration)
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        self.settings.language = dialog.chosen_language()
        self.settings.theme = dialog.chosen_theme()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.set_theme(app, self.settings.theme)  # at once: the sheet and icons follow
        if dialog.settings is not None:
            self.settings.extra = dict(dialog.settings.extra)
            typed = dialog.softphone.employee_password()
            if typed is not None:  # the employee's SIP password, kept on this computer
                self.softphone.set_password(typed, remember=True)
            self.softphone.apply_settings(self.settings)
            self.softphone_dock.setVisible(
                self.softphone.settings.configured or self.demo_line is not None
            )
        if dialog.restart_needed:
            self.statusBar().showMessage(
                self.tr("Settings saved. Restart CallDesk to switch the language."), 15_000
            )

    def register_section(self, key: str, title: str, factory: FormFactory) -> None:
        """Add (or replace the form of) a section; forms are created on first open."""
        self._factories[key] = (title, factory)
        if key in self.section_actions:
            return
        action = QAction(title, self)
        if key in self.SECTION_ICONS:
            action.setIcon(icons.icon(self.SECTION_ICONS[key]))
        action.setCheckable(True)
        action.setShortcut(
            QKeySequence(self.SECTION_SHORTCUTS.get(key, f"Ctrl+{len(self.section_actions) + 1}"))
        )
        action.triggered.connect(lambda _checked=False, k=key: self.open_section(k))
        self._section_group.addAction(action)
        self.sections.addAction(action)
        self.section_actions[key] = action

    def open_section(self, key: str) -> QWidget:
        form = self._forms.get(key)
        if form is None:
            title, factory = self._factories[key]
            form = factory()
            form.setProperty("section", key)
            self._forms[key] = form
            self._connect_calls(form)
            index = self.tabs.addTab(form, title)
            if key == self.SECTION_JOURNAL:  # the operator's workplace: always there
                for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                    self.tabs.tabBar().setTabButton(index, side, None)
        self.tabs.setCurrentWidget(form)
        self.section_actions[key].setChecked(True)
        return form

    def open_form(self, key: str, title: str, factory: FormFactory) -> QWidget:
        """Open a form (e.g. a client card) as a tab, or show it if it is open already."""
        form = self._forms.get(key)
        if form is None:
            form = factory()
            form.setProperty("section", key)
            self._forms[key] = form
            self._connect_calls(form)
            index = self.tabs.addTab(form, form.windowTitle() or title)
            form.windowTitleChanged.connect(
                lambda text, f=form: self.tabs.setTabText(self.tabs.indexOf(f), text)
            )
            self.tabs.setTabToolTip(index, form.windowTitle() or title)
        self.tabs.setCurrentWidget(form)
        return form

    def form(self, key: str) -> QWidget | None:
        return self._forms.get(key)

    def close_form_at(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None:
            return
        key = widget.property("section")
        if key == self.SECTION_JOURNAL:
            return
        self.tabs.removeTab(index)
        if key in self._forms:
            del self._forms[key]
        widget.close()
        widget.deleteLater()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        key = widget.property("section") if widget is not None else None
        if key in self.section_actions:
            self.section_actions[key].setChecked(True)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _connection_lost(self, problem: str) -> None:
        """The one place a lost database connection is shown; the monitor retries."""
        self.connection_label.setText(self.tr("No connection to the database, retrying…"))
        self.connection_label.setToolTip(problem)
        self.connection_label.show()
        # Switching user needs the database: its link makes room for the message (at 1280 px
        # with a pause and overdue callbacks shown, the bar is full).
        self.switch_button.hide()

    def _connection_restored(self) -> None:
        self.connection_label.hide()
        self.switch_button.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        for form in list(self._forms.values()):
            form.close()
        self.callback_watch.stop()
        self.work_session.stop()
        self.presence.stop()  # offline on the board at once
        if self.board_watch is not None:
            self.board_watch.stop()
        if self.task_watch is not None:
            self.task_watch.stop()
        self.event_watch.stop()
        self.reminder_window.shutdown()
        self.softphone_start.close()
        self.pause_control.end_at_close()
        self.softphone.shutdown()
        if self.demo_line is not None:  # after the softphone: its last BYEs need an answer
            self.demo_line.stop()
        super().closeEvent(event)
