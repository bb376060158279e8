"""The side panel next to the journal: the selected call's details, recordings and comment.

Details are read in the background (a newer selection makes older results stale); commands
that change the call (comment, registering the number) tell the journal by signal so it
can update its row without a reload.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.callbacks.path import missed_call_path
from app.clients.numbers import Registration
from app.config import data_dir
from app.database import describe_problem
from app.journal.comments import CommentState
from app.journal.details import CallDetails, CallNotFound, load_call_details
from app.phones import display as display_number
from app.recordings import RecordingArchive
from app.recordings_access_queue import AccessLog, AccessQueue
from app.staff.permissions import permissions
from app.staff.user_settings import get_setting, put_setting
from app.workplace import Workplace
from models import RecordingAction
from ui import icons
from ui.background import BackgroundTask, start
from ui.call_panel.comment import CommentEditor
from ui.call_panel.registration import AssignNumberDialog, CreateClientDialog
from ui.call_vocabulary import (
    DIRECTION_TEXT,
    HANGUP_TEXT,
    QUEUE_OUTCOME_TEXT,
    STATUS_TEXT,
    duration,
    short_name,
    status_colors,
)
from ui.call_vocabulary import translated as journal_tr
from ui.database_runner import connection_monitor, is_connection_lost
from ui.messages import user_text
from ui.player import DEFAULT_VLC_ARGS, RecordingPlayer, give_access
from ui.style import is_dark, set_role

log = logging.getLogger(__name__)

SPEED_KEY = "player.speed"


class CallPanel(QWidget):
    details_shown = Signal(object)  # CallDetails | None
    comment_saved = Signal(int, object)  # call id, CommentState
    number_registered = Signal(object)  # Registration
    client_requested = Signal(int)  # the client's card should open

    def __init__(
        self,
        workplace: Workplace,
        vlc_args: Sequence[str] = DEFAULT_VLC_ARGS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_panel")
        self.workplace = workplace
        self.db = workplace.db
        self.user = workplace.user
        self.details: CallDetails | None = None
        self.call_id: int | None = None
        self._generation = 0
        self.open_dialog: QWidget | None = None
        self.player = RecordingPlayer(vlc_args)
        self.player.set_archive(RecordingArchive(workplace.recordings_base))
        give_access(self.player, self.db, self.user)
        with self.db.transaction() as session:
            self.may_register = permissions(session, self.user).create_clients
        self.player.speed_changed.connect(self._remember_speed)
        self.player.recording_accessed.connect(self._log_access)
        self.access_writes = 0  # access log rows being written (tests wait for 0)
        # Accesses the database could not take wait on this computer until it answers.
        queue = AccessQueue.of(data_dir(), self.db.engine.url, self.user.id)
        self.access_log = AccessLog(self.db, queue)
        connection_monitor().restored.connect(self._flush_access_log)
        self.comment = CommentEditor(self.db, self.user)
        self.comment.saved.connect(self._comment_saved)
        self._build()
        if not self.may_register:
            why = self.tr("Creating and changing clients needs the permission (Administration).")
            for button in (self.create_button, self.assign_button):
                button.setEnabled(False)
                button.setToolTip(why)
        self.show_call(None)
        self._load_speed()
        self._flush_access_log()  # left by an earlier run that lost the database

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Call details"))
        set_role(self.title, "heading")
        self.status_badge = QLabel()
        self.status_badge.setObjectName("status_badge")
        self.placeholder = QLabel(self.tr("Select a call in the journal."))
        set_role(self.placeholder, "muted")
        self.placeholder.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("panel_error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()

        self.fields: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(2)
        for key, label in (
            ("number", self.tr("Number:")),
            ("client", self.tr("Client:")),
            ("contact", self.tr("Contact person:")),
            ("employee", self.tr("Employee:")),
            ("participants", self.tr("Took part:")),
            ("responsible", self.tr("Responsible manager:")),
            ("started", self.tr("Started:")),
            ("answered", self.tr("Answered:")),
            ("ended", self.tr("Ended:")),
            ("wait", self.tr("Wait duration:")),
            ("talk", self.tr("Talk duration:")),
            ("hangup", self.tr("Hung up:")),
            ("queue", self.tr("Queue:")),
            ("line", self.tr("Line:")),
            ("transfers", self.tr("Transfers:")),
            ("cost", self.tr("Cost:")),
        ):
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            self.form.addRow(label, value)
        client = self.fields["client"]
        client.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        client.linkActivated.connect(self._client_link)
        self.explanation = QLabel()
        self.explanation.setObjectName("status_explanation")
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "explanation")

        self.create_button = QPushButton(self.tr("Create client (F7)"))
        self.create_button.setObjectName("create_client")
        self.create_button.clicked.connect(self.create_client)
        self.assign_button = QPushButton(self.tr("Assign number to client…"))
        self.assign_button.setObjectName("assign_number")
        self.assign_button.clicked.connect(self.assign_number)
        self.create_button.setIcon(icons.icon("client-add"))
        self.assign_button.setIcon(icons.icon("number-assign"))
        register = QHBoxLayout()
        register.addWidget(self.create_button)
        register.addWidget(self.assign_button)
        register.addStretch(1)
        self.register_row = QWidget()
        self.register_row.setLayout(register)
        register.setContentsMargins(0, 0, 0, 0)

        self.recording_box = QGroupBox()
        QVBoxLayout(self.recording_box).addWidget(self.player)
        self.comment_box = QGroupBox(self.tr("Comment"))
        QVBoxLayout(self.comment_box).addWidget(self.comment)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.status_badge)
        body = QWidget()
        self.body = body
        content = QVBoxLayout(body)
        content.setContentsMargins(6, 4, 6, 4)
        content.setSpacing(6)
        content.addLayout(header)
        content.addWidget(self.placeholder)
        content.addWidget(self.error)
        self.details_box = QWidget()
        details = QVBoxLayout(self.details_box)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(self.form)
        details.addWidget(self.explanation)
        details.addWidget(self.register_row)
        content.addWidget(self.details_box)
        content.addWidget(self.recording_box)
        content.addWidget(self.comment_box)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(300)

    # -- showing a call -------------------------------------------------------------------

    def show_call(self, call_id: int | None) -> None:
        """Show a call (None: nothing selected); its details are read in the background."""
        self._generation += 1
        generation = self._generation
        if call_id is not None and call_id == self.call_id and self.details is not None:
            return
        self.call_id = call_id
        if call_id is None:
            self._show(None)
            return
        self.placeholder.setText(self.tr("Loading…"))
        engine, user = self.db.engine, self.user

        def work() -> CallDetails:
            with engine.connect() as conn:
                return load_call_details(conn, call_id, user)

        task = BackgroundTask(work)
        task.signals.succeeded.connect(lambda details: self._loaded(generation, details))
        task.signals.failed.connect(lambda error: self._load_failed(generation, error))
        start(task)

    def reload(self) -> None:
        call_id, self.call_id = self.call_id, None
        self.show_call(call_id)

    def _loaded(self, generation: int, details: CallDetails) -> None:
        if generation == self._generation:
            self._show(details)

    def _load_failed(self, generation: int, error: Any) -> None:
        if generation != self._generation:
            return
        self._show(None)
        if isinstance(error, CallNotFound):
            text = user_text(error)
        elif isinstance(error, DBAPIError):
            text = self.tr("The call cannot be read: {error}").format(
                error=user_text(describe_problem(error))
            )
        else:
            log.error("loading call details failed: %r", error)
            text = self.tr("The call cannot be read: {error}").format(error=user_text(error))
        self.error.setText(text)
        self.error.show()

    def _show(self, details: CallDetails | None) -> None:
        previous = self.details
        self.details = details
        self.error.hide()
        has = details is not None
        self.placeholder.setVisible(not has)
        self.placeholder.setText(self.tr("Select a call in the journal."))
        for widget in (self.details_box, self.recording_box, self.comment_box, self.status_badge):
            widget.setVisible(has)
        if details is None:
            self.player.set_call(None, ())
            self.comment.set_state(None)
            self.details_shown.emit(None)
            return
        self._fill(details)
        if previous is None or previous.id != details.id or previous.parts != details.parts:
            self.player.set_call(details.id, details.parts)
        if details.recordings:
            self.recording_box.setTitle(
                self.tr("Recordings: {recorded} of {parts} parts").format(
                    recorded=len(details.recordings), parts=len(details.parts)
                )
            )
        else:
            self.recording_box.setTitle(self.tr("Parts: no recordings"))
        self.comment.set_state(
            CommentState(
                details.id,
                details.comment,
                details.comment_by_name,
                details.comment_at,
                details.comment_version,
            )
        )
        self.details_shown.emit(details)

    def _fill(self, d: CallDetails) -> None:
        status = journal_tr(STATUS_TEXT.get(d.status, d.status))
        colours = status_colors(d.status, is_dark(self.palette()))
        background, color = colours if colours is not None else ("#eee", "#333")
        self.status_badge.setText(status)
        # The badge draws the journal delegate's colours (light or dark), not the sheet's roles.
        self.status_badge.setStyleSheet(
            f"background: {background}; color: {color}; padding: 2px 8px; border-radius: 8px;"
        )
        direction = journal_tr(DIRECTION_TEXT.get(d.direction, d.direction))
        self.title.setText(self.tr("{direction} call").format(direction=direction))
        f = self.fields
        f["number"].setText(display_number(d.number) or "—")
        name = d.shown_client_name
        if name is not None and d.shown_client_id is not None:
            suffix = "" if d.client_id is not None else " " + self.tr("(registered after the call)")
            f["client"].setText(
                f'<a href="client:{d.shown_client_id}">{_escape(name)}</a>{_escape(suffix)}'
            )
            f["client"].setToolTip(self.tr("Open the client's card"))
        else:
            f["client"].setText(self.tr("not registered"))
            f["client"].setToolTip("")
        contact = d.contact_name or (d.owner_now.contact_name if d.owner_now else None)
        f["contact"].setText(contact or "—")
        f["employee"].setText(d.employee_name or "—")
        others = [n for n in d.participant_names if n != d.employee_name]
        f["participants"].setText(", ".join(short_name(n) for n in others) or "—")
        f["responsible"].setText(d.responsible_name or "—")
        f["started"].setText(f"{d.started_at:%d.%m.%Y %H:%M:%S}")
        f["answered"].setText(f"{d.answered_at:%H:%M:%S}" if d.answered_at else "—")
        f["ended"].setText(f"{d.ended_at:%H:%M:%S}" if d.ended_at else "—")
        f["wait"].setText(duration(d.wait_seconds) or "0:00")
        f["talk"].setText(duration(d.talk_seconds) or "0:00")
        hangup = HANGUP_TEXT.get(d.hangup_by or "")
        f["hangup"].setText(journal_tr(hangup) if hangup else "—")
        f["queue"].setText(self._queue_text(d))
        f["line"].setText(display_number(d.did) if d.did else "")
        self.form.setRowVisible(f["queue"], bool(d.queue))
        self.form.setRowVisible(f["line"], bool(d.did))
        f["transfers"].setText(str(d.transfer_count))
        f["cost"].setText(self.locale().toString(float(d.cost), "f", 2) if d.cost else "—")
        path = [user_text(line) for line in missed_call_path(d)]
        self.explanation.setText("\n".join([user_text(d.status_explanation), *path]))
        self.register_row.setVisible(d.can_register_number)

    def _queue_text(self, d: CallDetails) -> str:
        """ "400 — Caller left after 0:31 (position 3)" """
        if not d.queue:
            return ""
        text = d.queue
        outcome = QUEUE_OUTCOME_TEXT.get(d.queue_outcome or "")
        if outcome:
            text += " — " + journal_tr(outcome)
        if d.queue_seconds:
            text += ", " + self.tr("{time} in the queue").format(time=duration(d.queue_seconds))
        if d.queue_position:
            text += " " + self.tr("(position {n})").format(n=d.queue_position)
        return text

    def _client_link(self, link: str) -> None:
        if link.startswith("client:"):
            self.client_requested.emit(int(link.split(":", 1)[1]))

    # -- commands -------------------------------------------------------------------------

    def can_register(self) -> bool:
        return self.may_register and self.details is not None and self.details.can_register_number

    def create_client(self) -> Registration | None:
        if self.details is None or not self.can_register():
            return None
        dialog = CreateClientDialog(self.workplace, self.details.number, self)
        self.open_dialog = dialog
        dialog.exec()
        self.open_dialog = None
        return self._registered(dialog.registration)

    def assign_number(self) -> Registration | None:
        if self.details is None or not self.can_register():
            return None
        dialog = AssignNumberDialog(self.workplace, self.details.number, self)
        self.open_dialog = dialog
        dialog.exec()
        self.open_dialog = None
        return self._registered(dialog.registration)

    def _registered(self, registration: Registration | None) -> Registration | None:
        if registration is not None:
            self.number_registered.emit(registration)
            self.reload()
        return registration

    def _log_access(self, part: Any, action: RecordingAction) -> None:
        """The recording access log's row, written off the GUI thread; kept on this computer
        when the database is away (app.recordings_access_queue)."""
        call_id = self.player.call_id
        if call_id is None:
            return
        access_log, employee_id = self.access_log, self.user.id
        seq, ref = part.seq, part.recording_ref

        def work() -> Exception | None:
            return access_log.record(employee_id, call_id, seq, ref, action)

        self.access_writes += 1
        task = BackgroundTask(work)
        task.signals.succeeded.connect(self._access_logged)
        task.signals.failed.connect(self._access_failed)
        start(task)

    def _access_logged(self, kept_because: Exception | None) -> None:
        self.access_writes -= 1
        if kept_because is not None and is_connection_lost(kept_because):
            # Kept on this computer: the one monitor shows it, probes this engine, and says
            # when the database is back (then the kept rows are written: _flush_access_log).
            connection_monitor().report_lost(kept_because, self.db.engine)

    def _access_failed(self, error: BaseException) -> None:
        self.access_writes -= 1
        log.error("the recording access log was not written: %s", error)

    def _flush_access_log(self) -> None:
        if not self.access_log.queue.path.exists():
            return
        self.access_writes += 1
        task = BackgroundTask(self.access_log.flush)
        task.signals.succeeded.connect(lambda _n: self._flushed(None))
        task.signals.failed.connect(self._flushed)
        start(task)

    def _flushed(self, error: BaseException | None) -> None:
        self.access_writes -= 1
        if error is not None:
            log.warning("recording accesses still kept on this computer: %s", error)

    def _comment_saved(self, state: CommentState) -> None:
        self.comment_saved.emit(state.call_id, state)

    # -- per-user settings ----------------------------------------------------------------

    def _load_speed(self) -> None:
        engine, user_id = self.db.engine, self.user.id

        def work() -> Any:
            with engine.connect() as conn:
                return get_setting(conn, user_id, SPEED_KEY, 1.0)

        task = BackgroundTask(work)
        task.signals.succeeded.connect(self._speed_loaded)
        task.signals.failed.connect(lambda e: log.warning("player speed not read: %r", e))
        start(task)

    def _speed_loaded(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.player.set_speed(float(value))

    def _remember_speed(self, value: float) -> None:
        db, user_id = self.db, self.user.id

        def work() -> None:
            db.write(lambda session: put_setting(session, user_id, SPEED_KEY, value))

        task = BackgroundTask(work)
        task.signals.failed.connect(lambda e: log.warning("player speed not saved: %r", e))
        start(task)

    def release(self) -> None:
        self.player.release()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
