"""Administration -> PBX: where the collector reads the PBX's records, and how it is doing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.calls.collector.cel import CelTable
from app.calls.collector.lease import CollectorStatus, collector_status
from app.calls.collector.pbx_settings import (
    PbxSettings,
    load_pbx_settings,
    save_pbx_settings,
    validated,
)
from app.calls.collector.preview import Preview, preview
from app.calls.collector.sources import CdrTable, open_source
from app.config import SecretsUnavailable, database_password, split_password
from app.database import Database
from app.messages import UserFacingError
from app.phones import display
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied
from ui import background
from ui.call_vocabulary import DIRECTION_TEXT, HANGUP_TEXT, STATUS_TEXT, translated
from ui.messages import user_text
from ui.style import set_role

COMMON_ZONES = ["", "UTC", "Europe/Moscow", "Europe/Kyiv", "Europe/Minsk", "Asia/Almaty"]


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d.%m.%Y %H:%M:%S") if moment else "—"


def _error_time(text: str) -> str:
    try:
        return _when(datetime.fromisoformat(text))
    except ValueError:
        return text


class PbxPage(QWidget):
    """The collector's connection (company-wide; the password stays on this machine) and
    its heartbeat, lag, counts and last errors."""

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:  # noqa: PLR0915  the page's widgets, built in reading order
        super().__init__(parent)
        self.db = db
        self.user = user
        self.message = QLabel()
        self.message.setObjectName("pbx_message")
        self.message.setWordWrap(True)

        self.cdr_url = QLineEdit()
        self.cdr_url.setObjectName("pbx_cdr_url")
        self.cdr_url.setPlaceholderText("mysql+pymysql://reader@pbx/asteriskcdrdb")
        self.password = QLineEdit()
        self.password.setObjectName("pbx_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this computer's keyring"))
        self.queue_log_url = QLineEdit()
        self.queue_log_url.setObjectName("pbx_queue_log_url")
        self.queue_log_url.setPlaceholderText("file:///var/log/asterisk/queue_log")
        self.cel = QCheckBox(self.tr("Read channel events (cel): who hung up"))
        self.cel.setObjectName("pbx_cel")
        self.trunks = QPlainTextEdit()
        self.trunks.setObjectName("pbx_trunks")
        self.trunks.setPlaceholderText(
            self.tr("One pattern a line, e.g. ^PJSIP/trunk-. Empty: any non-extension channel.")
        )
        self.trunks.setFixedHeight(64)
        self.timezone = QComboBox()
        self.timezone.setObjectName("pbx_timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        self.recordings = QLineEdit()
        self.recordings.setObjectName("pbx_recordings")
        self.recordings.setPlaceholderText("/mnt/pbx/monitor  |  https://pbx/monitor")
        save = QPushButton(self.tr("Save"))
        save.setObjectName("pbx_save")
        save.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Call records (cdr):"), self.cdr_url)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Queue log:"), self.queue_log_url)
        form.addRow("", self.cel)
        form.addRow(self.tr("Trunk channels:"), self.trunks)
        form.addRow(self.tr("PBX time zone:"), self.timezone)
        form.addRow(self.tr("Recordings:"), self.recordings)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("pbx_test")
        self.test_button.setToolTip(
            self.tr("Reads a few of the newest records and shows the calls they would become")
        )
        self.test_button.clicked.connect(self.test_connection)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.test_result = QLabel()
        self.test_result.setObjectName("pbx_test_result")
        self.test_result.setWordWrap(True)
        self.preview_table = QTableWidget(0, 9)
        self.preview_table.setObjectName("pbx_preview")
        self.preview_table.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("Direction"),
                self.tr("Number"),
                self.tr("Extension"),
                self.tr("Status"),
                self.tr("Wait, s"),
                self.tr("Talk, s"),
                self.tr("Parts / records"),
                self.tr("Hung up"),
            ]
        )
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.hide()
        form.addRow(self.test_result)
        form.addRow(self.preview_table)
        connection = QGroupBox(self.tr("Connection of the collector"))
        connection.setLayout(form)

        self.state = QLabel("—")
        self.state.setObjectName("pbx_state")
        self.heartbeat = QLabel("—")
        self.heartbeat.setObjectName("pbx_heartbeat")
        self.lag = QLabel("—")
        self.lag.setObjectName("pbx_lag")
        self.counts = QLabel("—")
        self.counts.setObjectName("pbx_counts")
        self.counts.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("pbx_errors")
        self.errors.setFixedHeight(90)
        self.errors.setWordWrap(True)
        self.errors.setTextElideMode(Qt.TextElideMode.ElideNone)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("pbx_refresh")
        refresh.clicked.connect(self.refresh_status)
        status_form = QFormLayout()
        status_form.addRow(self.tr("State:"), self.state)
        status_form.addRow(self.tr("Last heartbeat:"), self.heartbeat)
        status_form.addRow(self.tr("Behind:"), self.lag)
        status_form.addRow(self.tr("Since start:"), self.counts)
        status_form.addRow(self.tr("Last errors:"), self.errors)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(refresh)
        refresh_row.addStretch(1)
        status_form.addRow("", refresh_row)
        status = QGroupBox(self.tr("Collector"))
        status.setLayout(status_form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(connection)
        layout.addWidget(status)
        layout.addStretch(1)
        self.reload()

    # -- settings -------------------------------------------------------------------------

    def reload(self) -> None:
        with self.db.transaction() as session:
            settings = load_pbx_settings(session)
        self.show_settings(settings)
        self.refresh_status()

    def show_settings(self, settings: PbxSettings) -> None:
        self.cdr_url.setText(settings.cdr_url)
        self.queue_log_url.setText(settings.queue_log_url)
        self.cel.setChecked(settings.cel)
        self.trunks.setPlainText("\n".join(settings.trunk_patterns))
        self.timezone.setCurrentText(settings.timezone)
        self.recordings.setText(settings.recordings)

    def entered(self) -> PbxSettings:
        return PbxSettings(
            cdr_url=self.cdr_url.text(),
            queue_log_url=self.queue_log_url.text(),
            cel=self.cel.isChecked(),
            trunk_patterns=tuple(self.trunks.toPlainText().splitlines()),
            timezone=self.timezone.currentText(),
            recordings=self.recordings.text(),
        )

    def save(self) -> None:
        try:
            entered, password = self.entered(), self.password.text() or None
            saved = self.db.write(
                lambda session: save_pbx_settings(session, self.user, entered, password)
            )
        except (UserFacingError, PermissionDenied, SecretsUnavailable, ValueError) as e:
            self.show_message(user_text(e), error=True)
            return
        self.password.clear()
        self.show_settings(saved)
        self.show_message(self.tr("Saved. The collector reads these settings when it starts."))

    def show_message(self, text: str, error: bool = False) -> None:
        set_role(self.message, "error" if error else "success")
        self.message.setText(text)

    # -- test connection ------------------------------------------------------------------

    def test_connection(self) -> None:
        try:
            settings = validated(self.entered())
        except UserFacingError as e:
            self.show_message(user_text(e), error=True)
            return
        if not settings.cdr_url:
            self.show_message(self.tr("Enter where the call records are first."), error=True)
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Reading the PBX's newest records…"))
        task = background.BackgroundTask(self._run_test, settings, self.password.text() or None)
        task.signals.succeeded.connect(self.show_preview)
        task.signals.failed.connect(self._test_failed)
        background.start(task)

    def _run_test(self, settings: PbxSettings, password: str | None) -> Preview:
        url, inline = split_password(settings.cdr_url)
        secret = password or inline
        if secret is None and not url.startswith("file:"):
            secret = database_password(url)
        source = open_source(url, password=secret, max_rows=2000)
        cel = CelTable(source.engine) if settings.cel and isinstance(source, CdrTable) else None
        with self.db.transaction() as session:
            return preview(source, session, settings.trunk_patterns, cel=cel)

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.preview_table.hide()
        set_role(self.test_result, "error")
        self.test_result.setText(
            self.tr("The PBX records cannot be read: {reason}").format(reason=user_text(error))
        )

    def show_preview(self, result: Preview) -> None:
        self.test_button.setEnabled(True)
        set_role(self.test_result, None)
        lines = [
            self.tr(
                "{rows} records read ({bad} not usable): the newest {calls} calls below."
            ).format(rows=result.rows, bad=result.bad_rows, calls=len(result.calls)),
            *result.notes,
        ]
        self.test_result.setText("\n".join(lines))
        table = self.preview_table
        table.setRowCount(len(result.calls))
        for row, call in enumerate(result.calls):
            values = [
                call.started.strftime("%d.%m.%Y %H:%M:%S"),
                translated(DIRECTION_TEXT.get(call.direction.value, call.direction.value)),
                display(call.number) if call.number.startswith("+") else call.number,
                call.extension or "",
                translated(STATUS_TEXT.get(call.status.value, call.status.value)),
                str(call.wait_seconds),
                str(call.talk_seconds),
                f"{call.parts} / {call.recordings}",
                translated(HANGUP_TEXT[call.hangup_by.value]) if call.hangup_by else "",
            ]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.setVisible(bool(result.calls))

    # -- status ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        task = background.BackgroundTask(self._read_status)
        task.signals.succeeded.connect(self.show_status)
        task.signals.failed.connect(lambda e: self.show_message(user_text(e), error=True))
        background.start(task)

    def _read_status(self) -> CollectorStatus | None:
        with self.db.transaction() as session:
            return collector_status(session)

    def show_status(self, status: CollectorStatus | None) -> None:
        self.errors.clear()
        if status is None:
            self.state.setText(self.tr("no collector has run yet"))
            for label in (self.heartbeat, self.lag, self.counts):
                label.setText("—")
            return
        states = {
            "running": self.tr("running on {holder}"),
            "retrying": self.tr("retrying a lost connection on {holder}"),
            "stopped": self.tr("stopped"),
        }
        self.state.setText(
            states.get(status.state, status.state).format(holder=status.holder or "—")
        )
        self.heartbeat.setText(_when(status.heartbeat_at))
        self.lag.setText(
            "—"
            if status.lag is None
            else self.tr("{minutes} min (records up to {moment})").format(
                minutes=status.lag_minutes, moment=_when(status.caught_up_to)
            )
        )
        self.counts.setText(
            self.tr(
                "{rows} records read, {calls} calls and {parts} parts written, {skipped} skipped"
            ).format(
                rows=status.rows_read,
                calls=status.calls_written,
                parts=status.parts_written,
                skipped=status.rows_skipped,
            )
        )
        for error in reversed(status.recent_errors):
            self.errors.addItem(f"{_error_time(error.get('at', ''))}  {error.get('error', '')}")
