"""The status bar's "Ready ▾ / Pause" control: the operator's pause with a reason.

A pause is stored through app.staff.pauses (for KPI) and told to the PBX by dialling the
configured feature code silently (e.g. *46 to pause, *47 to come back). After each answered
call an automatic wrap-up pause of N seconds (a setting; 0: off) returns to Ready by itself,
unless the operator chose another pause meanwhile.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QToolButton, QWidget
from sqlalchemy.exc import DBAPIError

from app import clock
from app.company_settings import WRAP_UP_S, get_setting
from app.database import Database, describe_problem
from app.softphone_settings import COMPANY_WRAP_UP, wrap_up_for
from app.staff.auth import CurrentUser
from app.staff.pauses import PAUSE_REASON_TEXT, PauseError, PauseState, current_pause
from app.staff.pauses import end_pause as end_stored_pause
from app.staff.pauses import start_pause as start_stored_pause
from models import PauseReason
from softphone.state import CallRecord
from ui import background, icons
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


class PauseControl(QToolButton):
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
        self.current: PauseState | None = None
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
        self._load()

    def _load(self) -> None:
        try:
            with self.db.transaction() as session:
                self.current = current_pause(session, self.user.id)
        except DBAPIError as e:
            log.warning("pause state not read: %s", e)
        self._show()

    @property
    def paused(self) -> bool:
        return self.current is not None

    def _show(self) -> None:
        pause = self.current
        if pause is None:
            self.setText(self.tr("Ready") + " ▾")
            self.setToolTip(self.tr("Ready for calls. Choose a pause reason to pause."))
            set_property(self, "paused", False)
            self.ready_action.setChecked(True)
            self.timer.stop()
            return
        label = reason_text(pause.reason)
        if pause.note:
            label += f": {pause.note}"
        self.setText(
            self.tr("Pause: {reason} {time}").format(
                reason=label, time=elapsed(pause.started_at, clock.now())
            )
            + " ▾"
        )
        self.setToolTip(self.tr("On pause. Choose Ready to take calls again."))
        set_property(self, "paused", True)
        self.reason_actions[pause.reason].setChecked(True)
        if not self.timer.isActive():
            self.timer.start()

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

    def start_pause(self, reason: PauseReason, note: str | None = None) -> PauseState | None:
        was_ready = self.current is None
        try:
            state = self.db.write(
                lambda session: start_stored_pause(session, self.user, reason, note)
            )
        except PauseError as e:
            self._problem(user_text(e))
            return None
        except DBAPIError as e:
            self._problem(user_text(describe_problem(e)))
            return None
        self.current = state
        self._auto_wrap_up = None
        self.wrap_up_timer.stop()
        if was_ready:
            self._signal(pause=True)
        self._show()
        return state

    def end_pause(self) -> PauseState | None:
        if self.current is None:
            self._show()
            return None
        try:
            ended = self.db.write(lambda session: end_stored_pause(session, self.user))
        except DBAPIError as e:
            self._problem(user_text(describe_problem(e)))
            return None
        self.current = None
        self._auto_wrap_up = None
        self.wrap_up_timer.stop()
        self._signal(pause=False)
        self._show()
        return ended

    def end_at_close(self) -> None:
        """The window closes (log out, exit): an open pause ends with the session, so no pause
        runs on while nobody is logged in. The PBX is not dialled: the softphone is leaving."""
        self.timer.stop()
        self.wrap_up_timer.stop()
        if self.current is None:
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

    def _problem(self, text: str) -> None:
        self._show()
        QMessageBox.warning(self, self.tr("Pause"), text)

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
        if softphone is None:
            return
        if seconds > 0 and self.current is None and not softphone.calls():
            self.start_wrap_up(seconds)

    def start_wrap_up(self, seconds: int) -> None:
        state = self.start_pause(PauseReason.WRAP_UP)
        if state is not None:
            self._auto_wrap_up = state.id
            self.wrap_up_timer.start(seconds * 1000)

    def _wrap_up_over(self) -> None:
        pause = self.current
        if pause is not None and pause.id == self._auto_wrap_up:
            self.end_pause()
