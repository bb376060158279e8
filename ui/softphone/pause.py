"""The status bar's "Ready ▾ / Pause" control: the operator's pause with a reason.

A pause is stored through app.staff.pauses (for KPI) and told to the PBX by dialling the
configured feature code silently (e.g. *46 to pause, *47 to come back). After each answered
call an automatic wrap-up pause of N seconds (a setting; 0: off) returns to Ready by itself,
unless the operator chose another pause meanwhile.

Every write runs off the GUI thread (:mod:`ui.background`); the control shows the choice as
"saving…" until it is stored, and the operator is paused (and the PBX told) only then. A write
lost with the database connection waits — said once, by the connection monitor in the status
bar — and is sent again when the database is back; its request key lets the repeated write
find a pause the lost one had already opened instead of opening a second. A refused write
leaves the stored state as it was, and the reason goes to the status bar (``notice``).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton, QWidget
from sqlalchemy.exc import DBAPIError

from app import clock
from app.company_settings import WRAP_UP_S, get_setting
from app.database import Database, describe_problem, lock_error
from app.messages import UserFacingError
from app.softphone_settings import COMPANY_WRAP_UP, wrap_up_for
from app.staff.auth import CurrentUser
from app.staff.pauses import PAUSE_REASON_TEXT, PauseState, current_pause
from app.staff.pauses import end_pause as end_stored_pause
from app.staff.pauses import start_pause as start_stored_pause
from models import PauseReason
from softphone.state import CallRecord
from ui import background, icons
from ui.database_runner import connection_monitor, is_connection_lost
from ui.messages import user_text
from ui.softphone.session import SoftphoneSession
from ui.style import set_property

log = logging.getLogger(__name__)


def reason_text(reason: PauseReason) -> str:
    return QCoreApplication.translate("app", PAUSE_REASON_TEXT[reason])


def _company_wrap_up(db: Database) -> int:
    with db.engine.connect() as conn:
        return wrap_up_for(COMPANY_WRAP_UP, get_setting(conn, WRAP_UP_S))


def elapsed(since: datetime, now: datetime) -> str:
    seconds = max(0, int((now - since).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


@dataclass(frozen=True)
class PauseRequest:
    """One choice of the operator on its way to the database: a pause (``reason``) or Ready
    (``reason`` None). ``at`` is when it was chosen — the time it is stored with, however late
    the database answers; ``key`` names it, so sending it again never opens a second pause."""

    reason: PauseReason | None
    note: str | None
    at: datetime
    key: str
    wrap_up_seconds: int = 0  # the automatic wrap-up: Ready again after this long

    @classmethod
    def make(
        cls, reason: PauseReason | None, note: str | None = None, wrap_up_seconds: int = 0
    ) -> PauseRequest:
        return cls(reason, note, clock.now(), uuid.uuid4().hex, wrap_up_seconds)


def save_request(db: Database, user: CurrentUser, request: PauseRequest) -> PauseState | None:
    """Store the request (on a pool thread): the pause it opened, or the pause Ready ended."""
    reason = request.reason
    if reason is None:
        return db.write(lambda session: end_stored_pause(session, user, request.at))
    return db.write(
        lambda session: start_stored_pause(
            session, user, reason, request.note, request.at, request_key=request.key
        )
    )


def _read_current(db: Database, employee_id: int) -> PauseState | None:
    with db.transaction() as session:
        return current_pause(session, employee_id)


class PauseControl(QToolButton):
    # Emitted with the reason a choice was refused (not saved), for the status bar.
    notice = Signal(str)

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        softphone: SoftphoneSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pause_control")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.db = db
        self.user = user
        self.softphone = softphone
        self.current: PauseState | None = None  # as stored
        self.pending: PauseRequest | None = None  # being saved, or waiting for the database
        self.waiting_for_database = False  # the pending write was lost with the connection
        self._next: PauseRequest | None = None  # chosen while ``pending`` was on its way
        self._task: background.BackgroundTask | None = None  # the write on its way
        self._load_task: background.BackgroundTask | None = None
        self._loaded = False
        self._closed = False
        self._auto_wrap_up: int | None = None  # id of the pause the wrap-up timer may end
        self._wrap_up_task: background.BackgroundTask | None = None

        menu = QMenu(self)
        group = QActionGroup(self)
        self.ready_action = QAction(self.tr("Ready"), self)
        self.ready_action.setCheckable(True)
        self.ready_action.setIcon(icons.icon("status-accepted"))
        self.ready_action.triggered.connect(self.end_pause)
        group.addAction(self.ready_action)
        menu.addAction(self.ready_action)
        menu.addSeparator()
        self.reason_actions: dict[PauseReason, QAction] = {}
        for reason in PauseReason:
            text = reason_text(reason)
            if reason is PauseReason.OTHER:
                text = self.tr("{reason} (with a note)…").format(reason=text)
            action = QAction(icons.icon("break"), text, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, r=reason: self.choose(r))
            group.addAction(action)
            menu.addAction(action)
            self.reason_actions[reason] = action
        self.setMenu(menu)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._show)
        self.wrap_up_timer = QTimer(self)
        self.wrap_up_timer.setSingleShot(True)
        self.wrap_up_timer.timeout.connect(self._wrap_up_over)
        if softphone is not None:
            softphone.call_finished.connect(self._call_finished)
        connection_monitor().restored.connect(self._database_back)
        self._load()

    def _load(self) -> None:
        """The stored state, read off the GUI thread; a choice made meanwhile wins."""
        task = background.BackgroundTask(_read_current, self.db, self.user.id)
        task.signals.succeeded.connect(self._read)
        task.signals.failed.connect(lambda e: log.warning("pause state not read: %s", e))
        self._load_task = task
        background.start(task)
        self._show()

    def _read(self, state: PauseState | None) -> None:
        self._load_task = None
        if self._closed or self._loaded or self.saving:
            return
        self._loaded = True
        self.current = state
        self._show()

    @property
    def paused(self) -> bool:
        """Paused as stored (a pause being saved is not one yet)."""
        return self.current is not None

    @property
    def saving(self) -> bool:
        """A choice is on its way to the database or waits for it."""
        return self.pending is not None or self._next is not None

    def _show(self) -> None:
        if self._closed:
            return
        shown = self._next or self.pending
        if shown is not None:
            self._show_saving(shown)
            return
        set_property(self, "saving", False)
        pause = self.current
        if pause is None:
            self.setText(self.tr("Ready") + " ▾")
            self.setToolTip(self.tr("Ready for calls. Choose a pause reason to pause."))
            set_property(self, "paused", False)
            self.ready_action.setChecked(True)
            self.timer.stop()
            return
        self.setText(
            self.tr("Pause: {reason} {time}").format(
                reason=self._label(pause.reason, pause.note),
                time=elapsed(pause.started_at, clock.now()),
            )
            + " ▾"
        )
        self.setToolTip(self.tr("On pause. Choose Ready to take calls again."))
        set_property(self, "paused", True)
        self.reason_actions[pause.reason].setChecked(True)
        if not self.timer.isActive():
            self.timer.start()

    @staticmethod
    def _label(reason: PauseReason, note: str | None) -> str:
        label = reason_text(reason)
        return f"{label}: {note}" if note else label

    def _show_saving(self, request: PauseRequest) -> None:
        """The choice as asked, marked as not stored yet (the operator is not paused yet)."""
        waiting = self.waiting_for_database and request is self.pending
        if request.reason is None:
            text = self.tr("Ready — not saved yet") if waiting else self.tr("Ready — saving…")
            self.ready_action.setChecked(True)
        else:
            label = self._label(request.reason, " ".join((request.note or "").split()))
            text = (
                self.tr("Pause: {reason} — not saved yet").format(reason=label)
                if waiting
                else self.tr("Pause: {reason} — saving…").format(reason=label)
            )
            self.reason_actions[request.reason].setChecked(True)
        self.setText(text + " ▾")
        self.setToolTip(
            self.tr(
                "Not saved yet: the database does not answer. It is saved as soon as the "
                "database is back; choose again to change it."
            )
            if waiting
            else self.tr("Being saved. The new state counts once it is saved.")
        )
        set_property(self, "saving", True)
        set_property(self, "paused", self.current is not None)
        self.timer.stop()

    # -- commands -------------------------------------------------------------------------

    def choose(self, reason: PauseReason) -> None:
        note: str | None = None
        if reason is PauseReason.OTHER:
            text, ok = QInputDialog.getText(
                self, self.tr("Pause"), self.tr("What is the pause for?")
            )
            if not ok:
                self._show()
                return
            note = text
        self.start_pause(reason, note)

    def start_pause(self, reason: PauseReason, note: str | None = None) -> PauseRequest:
        """Pause with a reason: saved in the background (``notice`` tells a refusal)."""
        request = PauseRequest.make(reason, note)
        self._ask(request)
        return request

    def end_pause(self) -> PauseRequest | None:
        """Ready again: saved in the background. None: there was nothing to end."""
        if self.current is None and not self.saving:
            self._show()
            return None
        request = PauseRequest.make(None)
        self._ask(request)
        return request

    def _ask(self, request: PauseRequest) -> None:
        self._auto_wrap_up = None
        self.wrap_up_timer.stop()
        if self._task is not None:  # one write at a time, in the order chosen: the last wins
            self._next = request
        else:
            self.pending = request
            self._send()
        self._show()

    def _send(self) -> None:
        request = self.pending
        if request is None or self._closed:
            return
        self.waiting_for_database = False
        task = background.BackgroundTask(save_request, self.db, self.user, request)
        task.signals.succeeded.connect(self._written)
        task.signals.failed.connect(self._not_written)
        self._task = task
        background.start(task)

    def _written(self, state: PauseState | None) -> None:
        self._task = None
        request = self.pending
        if self._closed or request is None:
            return
        self.pending = None
        was_paused = self.current is not None
        self.current = None if request.reason is None or state is None else state
        if self.current is not None and self.current.ended_at is not None:
            self.current = None  # ended meanwhile (at another workstation)
        self._loaded = True
        if self.current is not None and request.wrap_up_seconds > 0 and self._next is None:
            self._auto_wrap_up = self.current.id
            self.wrap_up_timer.start(request.wrap_up_seconds * 1000)
        if was_paused != (self.current is not None):
            self._signal(pause=self.current is not None)
        self._send_next()

    def _not_written(self, error: BaseException) -> None:
        self._task = None
        request = self.pending
        if self._closed or request is None:
            return
        if is_connection_lost(error) and lock_error(error) is None:
            # Said once by the connection monitor; sent again when the database is back
            # (or now, when a newer choice replaces it).
            log.warning("pause not saved yet, the database is away: %s", error)
            connection_monitor().report_lost(error, self.db.engine)  # what to probe
            self.waiting_for_database = True
            if self._next is not None:
                self._send_next()
            else:
                self._show()
            return
        self.pending = None
        self.waiting_for_database = False
        self._refused(request, error)
        self._send_next()

    def _send_next(self) -> None:
        if self._next is not None:
            self.pending, self._next = self._next, None
            self._send()
        self._show()

    def _database_back(self) -> None:
        if self._closed:
            return
        if self.pending is not None and self.waiting_for_database and self._task is None:
            self._send()
            self._show()
        if not self._loaded and self._load_task is None and not self.saving:
            self._load()

    def _refused(self, request: PauseRequest, error: BaseException) -> None:
        if isinstance(error, DBAPIError):
            reason = user_text(describe_problem(error))
        elif isinstance(error, UserFacingError):
            reason = user_text(error)
        else:  # a bug: said as it is, logged whole
            log.error("saving a pause failed", exc_info=error)
            reason = str(error)
        if request.reason is None:
            text = self.tr("Ready was not saved: {reason}").format(reason=reason)
        else:
            text = self.tr("The pause ({pause}) was not saved: {reason}").format(
                pause=reason_text(request.reason), reason=reason
            )
        log.warning("%s", text)
        self.notice.emit(text)

    def end_at_close(self) -> None:
        """The window closes (log out, exit): an open pause ends with the session, so no pause
        runs on while nobody is logged in. The PBX is not dialled: the softphone is leaving.
        A pause being saved may have been stored already: it is ended too."""
        self.timer.stop()
        self.wrap_up_timer.stop()
        self._closed = True
        unsure = self.saving or self._task is not None
        self.pending = self._next = None
        if self.current is None and not unsure:
            return
        if connection_monitor().is_lost:
            log.warning("the open pause was not ended at close: no connection to the database")
            return
        try:
            self.db.write(lambda session: end_stored_pause(session, self.user))
        except DBAPIError as e:
            log.warning("the open pause was not ended at close: %s", e)
            return
        self.current = None

    def _signal(self, pause: bool) -> None:
        if self.softphone is None:
            return
        settings = self.softphone.settings
        code = settings.pause_code if pause else settings.unpause_code
        if code:
            self.softphone.signal_pbx(code)

    # -- automatic wrap-up -----------------------------------------------------------------

    def _call_finished(self, record: CallRecord) -> None:
        if self.softphone is None or record.answered_at is None:
            return
        own = self.softphone.settings.wrap_up_seconds
        if own != COMPANY_WRAP_UP:
            self._wrap_up_after_call(own)
            return
        # The company's length (Administration), read off the GUI thread.
        task = background.BackgroundTask(_company_wrap_up, self.db)
        task.signals.succeeded.connect(self._wrap_up_after_call)
        task.signals.failed.connect(lambda e: log.info("company wrap-up not read: %s", e))
        self._wrap_up_task = task  # kept until it reports
        background.start(task)

    def _wrap_up_after_call(self, seconds: int) -> None:
        self._wrap_up_task = None
        softphone = self.softphone
        if softphone is None or self._closed:
            return
        if seconds > 0 and self.current is None and not self.saving and not softphone.calls():
            self.start_wrap_up(seconds)

    def start_wrap_up(self, seconds: int) -> PauseRequest:
        request = PauseRequest.make(PauseReason.WRAP_UP, wrap_up_seconds=seconds)
        self._ask(request)
        return request

    def _wrap_up_over(self) -> None:
        pause = self.current
        if pause is not None and pause.id == self._auto_wrap_up and not self.saving:
            self.end_pause()
