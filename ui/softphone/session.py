"""The operator's softphone without any widget: the SIP engine, its audio and ringer, the
caller lookup, the missed-call count and the journal writing of finished calls.

The widgets (pop-ups, tray, status label, panel, pause control) follow it by its signals
and call its methods; it knows none of them and loads no QtWidgets.

Engine signals arrive on the GUI thread (the engine's rule) from inside a pjsua2 callback:
nothing slow runs there. The database work (automatic card, journal writes) runs on the
session's database runner (``ui.database_runner``: one worker thread, one connection, the
one lost-connection policy), the caller lookup on a runner of its own (a pop-up never waits
behind a write), and both report back on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from app import clock
from app.calls.joining import answered_by_colleague, close_abandoned, close_stale
from app.calls.softphone_log import (
    SoftphoneCall,
    SoftphoneLogError,
    log_call,
    open_call,
)
from app.clients.caller_id import CallerInfo, identify
from app.company_settings import card_for_unknown_incoming
from app.config import SecretsUnavailable, WorkstationSettings, data_dir, save_settings
from app.database import Database, describe_problem
from app.dialing import dial_string
from app.messages import UserFacingError
from app.phones import DEFAULT_REGION, InvalidNumber, is_extension, normalize
from app.recordings_spool import PassResult, RecordingSpool, SpoolUploader
from app.softphone_settings import (
    SoftphoneSettings,
    load_softphone_settings,
    sip_password,
    store_softphone_settings,
)
from app.staff.auth import CurrentUser
from app.staff.sip_account import (
    SipAccount,
    known_sip_password,
    remember_sip_password,
    without_account,
)
from softphone.audio import AudioBridge, AudioDevice, Ringer, SoundDeviceAudio
from softphone.engine import Refusal, Softphone, SoftphoneError
from softphone.state import (
    AccountConfig,
    CallRecord,
    CallState,
    CallView,
    Direction,
    EndedBy,
    Registration,
    RegistrationState,
    Transport,
)
from ui.database_runner import DatabaseRunner, connection_monitor, is_connection_lost
from ui.messages import user_text
from ui.softphone.journal_entry import live_call, softphone_call
from ui.softphone.refusals import refusal_text

log = logging.getLogger(__name__)

# How a failed REGISTER reads to the operator: the credentials, or the PBX not reachable.
REFUSED_CREDENTIALS = frozenset({401, 403, 407})
NO_ANSWER = frozenset({0, 408, 502, 503, 504})
SILENT_ANSWERED_MS = 1500  # a feature code call is left this long after the PBX answers
SILENT_LIMIT_MS = 8000  # and hung up after this long in any case
# A caller who "gave up" without a Reason may have been answered by a colleague whose
# CallDesk writes that answer a moment later: look again this long after before calling
# it a missed call.
ELSEWHERE_GRACE_MS = 2500
VOLUMES_SAVE_MS = 500
# How often a softphone ends the calls that silent softphones (a crash) left in progress.
SILENT_SWEEP_MS = 60_000


def rings_here(view: CallView) -> bool:
    """An incoming call waiting for the operator to answer or reject it."""
    return view.direction is Direction.IN and view.state is CallState.INCOMING


@dataclass(frozen=True)
class Lookup:
    """A finished caller lookup and how long its query took."""

    info: CallerInfo
    ms: float


def look_up(
    conn: Connection, number: str, region: str, viewer: CurrentUser | None = None
) -> Lookup:
    """On the worker thread: who is calling (one indexed query); the last calls are only
    the ``viewer``'s own unless they may see all calls."""
    begin = time.perf_counter()
    info = identify(conn, number, region, viewer)
    return Lookup(info, (time.perf_counter() - begin) * 1000)


def card_for_unknown(
    conn: Connection, db: Database, number: str, user: CurrentUser, region: str
) -> CallerInfo | None:
    """On the worker thread: the company setting "card for an unknown incoming number" —
    the new client's identification, or None (setting off, number taken, refused). A lost
    connection is raised: the runner's policy shows it."""
    try:
        made = db.write(lambda session: card_for_unknown_incoming(session, number, user))
        if made is None:
            return None
        return identify(conn, number, region, user)
    except SQLAlchemyError as e:
        if is_connection_lost(e):
            raise
        log.warning("no automatic card for %s: %s", number, e)
        return None
    except UserFacingError as e:
        log.warning("no automatic card for %s: %s", number, e)
        return None


@dataclass(frozen=True)
class Written:
    """What became of a finished call: its journal id (None: not written, nothing wrong)
    or the problem that kept it out of the journal; ``answered_elsewhere``: the leg joined
    a call a colleague answered (a ring group), so it was not missed."""

    call_id: int | None = None
    problem: SoftphoneLogError | DBAPIError | None = None
    answered_elsewhere: bool = False


class OpenedCall:
    """The journal id of a call written while it goes on (set on the worker thread by the
    write when it rang, was dialled or answered, read there by the next write, which the
    runner runs after); ``answered``: the last such write had the answer."""

    def __init__(self) -> None:
        self.call_id: int | None = None
        self.answered = False


def write_call(
    conn: Connection,
    db: Database,
    record: CallRecord,
    call: SoftphoneCall,
    user: CurrentUser,
    region: str,
    caller: CallerInfo | None,
    opened: OpenedCall | None = None,
) -> Written:
    """On the worker thread: the finished call into the journal, one transaction. A lost
    connection is raised: the runner's policy shows it. ``opened``: the call as written
    while it went on, finished now. A caller a colleague transferred here is not a call
    of its own: this operator's leg joins the colleague's call (app.calls.softphone_log)."""

    def work(session: Session) -> Written:
        known = opened.call_id if opened is not None else None
        call_id = log_call(session, call, user, region=region, opened=known)
        elsewhere = (
            call_id is not None
            and record.answered_at is None
            and answered_by_colleague(session, call_id, user.id)
        )
        return Written(call_id=call_id, answered_elsewhere=elsewhere)

    try:
        return db.write(work)
    except SoftphoneLogError as e:
        return Written(problem=e)
    except DBAPIError as e:
        if is_connection_lost(e):
            raise
        return Written(problem=e)


def open_in_journal(
    conn: Connection,
    db: Database,
    call: SoftphoneCall,
    user: CurrentUser,
    region: str,
    opened: OpenedCall,
) -> int | None:
    """On the worker thread: a call still going into the journal ("in progress"): ringing
    here, being dialled, just answered (so a colleague's phone that rang for the same
    caller sees it answered). The first write makes (or joins) the call, the next ones
    replace this operator's open leg in it."""
    try:
        opened.call_id = db.write(
            lambda session: open_call(session, call, user, region=region, opened=opened.call_id)
        )
    except SoftphoneLogError as e:
        log.warning("softphone call not opened in the journal: %s", e)
    except DBAPIError as e:
        if is_connection_lost(e):
            raise
        log.warning("softphone call not opened in the journal: %s", e)
    return opened.call_id


def close_silent_softphones(conn: Connection, db: Database, user: CurrentUser) -> list[int]:
    """On the worker thread: calls left "in progress" by softphones that went silent (a
    crash, a power cut) are ended (app.calls.joining.close_stale); not ``user``'s own."""
    now = clock.now()
    return db.write(lambda session: close_stale(session, now, alive=user.id))


def colleague_answered(conn: Connection, call_id: int, employee_id: int) -> bool:
    """On the worker thread: has a colleague answered the call since (a late write)?"""
    return answered_by_colleague(conn, call_id, employee_id)


class SoftphoneSession(QObject):
    registration_text_changed = Signal(str)
    availability_changed = Signal(bool, str)  # calls can be placed; else the reason
    calls_changed = Signal()  # a call of the operator appeared, changed or ended
    caller_identified = Signal(int, object)  # call key, CallerInfo
    caller_unknown_for_now = Signal(int)  # call key: the lookup could not reach the database
    audio_problem = Signal(str)  # "no audio device" and the like, from any thread
    call_finished = Signal(object)  # CallRecord of an operator's call (not a feature code)
    call_logged = Signal(int)  # the journal id of a call the softphone wrote
    notice = Signal(str)  # a one-line message for the status bar
    missed_changed = Signal(int)  # calls that rang here unanswered since the operator looked
    ringing = Signal(object)  # CallView: an incoming call waits for the operator
    ringing_ended = Signal(int)  # call key: answered, rejected, given up or gone
    missed_call = Signal(object, object)  # CallRecord, CallerInfo or None: the caller gave up
    answered_elsewhere = Signal(object)  # CallRecord: it rang here, a colleague answered it
    closing = Signal()  # shutdown begins: whatever shows a call goes away
    recording_changed = Signal(bool)  # the company records the softphone's calls (or not)
    _recording_setting = Signal(bool)  # read by the uploader's thread
    _upload_passed = Signal(object)  # PassResult, from the uploader's thread

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        workstation: WorkstationSettings,
        parent: QObject | None = None,
        audio_device: AudioDevice | None = None,
        sip_account: SipAccount | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.workstation = workstation
        # The employee's SIP account (it goes with them from desk to desk); the workstation
        # gives the rest (devices, volumes, dial rules, wrap-up).
        self.sip_account = sip_account
        self._typed_password: str | None = None  # asked this session, not remembered
        self.settings: SoftphoneSettings = self._settings_of(workstation)
        self.region = workstation.phone_region or DEFAULT_REGION
        self._device = audio_device if audio_device is not None else SoundDeviceAudio()
        self.bridge = AudioBridge(
            self._device,
            self.audio_problem.emit,
            mic=self.settings.microphone or None,
            speaker=self.settings.speaker or None,
        )
        self._apply_volumes()
        self.ringer = Ringer(
            self._device, self.audio_problem.emit, choice=self.settings.ringer or None
        )
        self._volumes_timer = QTimer(self)  # a slider dragged is stored once it rests
        self._volumes_timer.setSingleShot(True)
        self._volumes_timer.setInterval(VOLUMES_SAVE_MS)
        self._volumes_timer.timeout.connect(self._store_volumes)
        self.phone = Softphone(self.bridge, self, clock=clock.now)
        self.phone.registration_changed.connect(self._registration_changed)
        self.phone.incoming_call.connect(self._incoming)
        self.phone.call_changed.connect(self._call_changed)
        self.phone.call_ended.connect(self._call_ended)
        self.phone.problem.connect(self.audio_problem.emit)
        self.audio_problem.connect(self._remember_audio_problem)
        self.audio_trouble = ""
        self._silent: set[int] = set()
        self._numbers: dict[int, str] = {}  # what the operator dialled, per call
        self._callers: dict[int, CallerInfo] = {}
        self._ringing: set[int] = set()
        self._opened: dict[int, OpenedCall] = {}  # answered calls written while they go on
        self._abandoned_closed = False
        self._sweep_timer = QTimer(self)
        self._sweep_timer.setInterval(SILENT_SWEEP_MS)
        self._sweep_timer.timeout.connect(self.close_silent_calls)
        self._shut_down = False
        self.database = DatabaseRunner(db.engine, "softphone-db", self)
        # The caller lookup on a thread and connection of its own: the pop-up's name never
        # waits behind the journal writes of the calls before (written while they ring).
        self.lookups = DatabaseRunner(db.engine, "softphone-lookup", self)
        # The calls' own recordings: the spool of this employee on this workstation, the
        # uploader's thread taking them to the recordings folder (app.recordings_spool).
        self.spool = RecordingSpool(data_dir() / "recordings-spool" / str(user.id), user.id)
        self.recording = False
        self.upload_problem = ""
        self._uploader: SpoolUploader | None = None
        self._recording_setting.connect(self._apply_recording)
        self._upload_passed.connect(self._upload_reported)
        self._lookup_started: dict[int, float] = {}
        # Calls whose caller lookup could not reach the database: looked up again when the
        # database is back, if they still go on (call key: number).
        self._unidentified: dict[int, str] = {}
        connection_monitor().restored.connect(self._database_back)
        self.missed = 0
        self.last_lookup_ms = 0.0  # the caller lookup of the last incoming call
        self.last_popup_ms = 0.0  # INVITE signal to the caller known (the pop-up's name)
        self._text = ""
        self._update_text()

    # -- life cycle ---------------------------------------------------------------------

    def _settings_of(self, workstation: WorkstationSettings) -> SoftphoneSettings:
        own = load_softphone_settings(workstation)
        if self.sip_account is None:
            return without_account(own)
        return self.sip_account.as_settings(own)

    def use_account(self, account: SipAccount | None) -> None:
        """The employee's SIP account changed (taken over from this workstation)."""
        self.sip_account = account
        self._typed_password = None
        self.settings = self._settings_of(self.workstation)
        self._update_text()

    def known_password(self) -> str | None:
        """The employee's SIP password: typed this session, else kept on this workstation;
        None: not known here (the window asks for it before starting)."""
        account = self.sip_account
        if account is None:
            return None
        if self._typed_password is not None:
            return self._typed_password
        try:
            return known_sip_password(self.user.login, account)
        except SecretsUnavailable as e:
            self.notice.emit(user_text(e))
            return None

    @property
    def password_needed(self) -> bool:
        """The employee has an account whose password this workstation does not know."""
        return self.sip_account is not None and self.known_password() is None

    def set_password(self, password: str, remember: bool) -> None:
        """The password the operator typed; ``remember``: kept in this computer's keyring
        (without a keyring: for this session only, and said so)."""
        self._typed_password = password
        if remember and self.sip_account is not None:
            try:
                remember_sip_password(self.user.login, self.sip_account, password)
            except SecretsUnavailable as e:
                self.notice.emit(user_text(e))

    def account_config(self) -> AccountConfig:
        if self.sip_account is not None:
            return self._config_from(self.settings, self.known_password() or "")
        try:
            password = sip_password(self.settings)
        except SecretsUnavailable as e:
            self.notice.emit(user_text(e))
            password = ""
        return self._config_from(self.settings, password)

    def _config_from(self, s: SoftphoneSettings, password: str) -> AccountConfig:
        return AccountConfig(
            registrar=s.registrar,
            user=s.user,
            password=password,
            port=s.port,
            auth_user=s.auth_user,
            display_name=s.display_name or self.user.full_name,
            transport=Transport(s.transport),
        )

    def test_registration(
        self,
        settings: SoftphoneSettings,
        password: str | None,
        done: Callable[[bool, str], None],
    ) -> None:
        """Settings' "Test registration": one REGISTER with what the dialog shows (the
        working account stays as it is); ``done(ok, text)`` with the PBX's answer."""
        if password is None and self.sip_account is not None:
            password = self.known_password() or ""
        if password is None:
            try:
                password = sip_password(settings)
            except SecretsUnavailable:
                password = ""

        def report(reg: Registration) -> None:
            if reg.state is RegistrationState.REGISTERED:
                done(
                    True,
                    self.tr("Registered: {code} {reason}").format(code=reg.code, reason=reg.reason),
                )
            elif reg.code in REFUSED_CREDENTIALS:
                done(
                    False,
                    self.tr(
                        "Refused: {code} {reason} — check the extension, user and password"
                    ).format(code=reg.code, reason=reg.reason),
                )
            elif reg.code in NO_ANSWER:
                done(
                    False,
                    self.tr(
                        "No answer from the PBX ({code}): check the address, port and transport"
                    ).format(code=reg.code or 408),
                )
            else:
                done(
                    False,
                    self.tr("Refused: {code} {reason}").format(code=reg.code, reason=reg.reason),
                )

        try:
            self.phone.probe_registration(self._config_from(settings, password), report)
        except Exception as e:  # pjsua2's Error (no network, bad address)
            info = getattr(e, "info", None)
            done(False, str(info() if callable(info) else e))

    def start(self, config: AccountConfig | None = None) -> bool:
        """Start (or restart with new settings) the account; False when none is configured.

        ``config`` replaces the one built from the settings (tests: local SIPp peers)."""
        if self._shut_down:
            return False
        if config is None:
            if not self.settings.configured:
                self._update_text()
                return False
            if self.password_needed:  # the window asks for it first (ui.softphone.start)
                return False
            config = self.account_config()
        try:
            self.phone.start(config)
        except Exception as e:  # pjsua2 raises its own Error (no port, bad address)
            log.exception("softphone did not start")
            info = getattr(e, "info", None)
            self._update_text(
                self.tr("Softphone: {error}").format(error=info() if callable(info) else str(e))
            )
            return False
        self._update_text()
        self._close_abandoned_calls()
        self._sweep_timer.start()
        self._start_uploader()
        return True

    # -- recordings ---------------------------------------------------------------------

    def _start_uploader(self) -> None:
        """At the first start: leftovers of an earlier run go to the store, and the company
        setting is read (and again every minute) on the uploader's own thread."""
        if self._uploader is not None or self._shut_down:
            return
        self._uploader = SpoolUploader(
            self.spool,
            lambda: self.workstation.recordings_base,
            self.db,
            self._upload_passed.emit,
            self._recording_setting.emit,
        )
        self._uploader.start()

    def _apply_recording(self, on: bool) -> None:
        if self._shut_down or on == self.recording:
            return
        self.recording = on
        self.phone.set_recording(self.spool.directory if on else None)
        self.recording_changed.emit(on)

    def _upload_reported(self, result: PassResult) -> None:
        problem = user_text(result.problem) if result.problem is not None else ""
        if problem and problem != self.upload_problem:
            log.warning("recordings wait in %s: %s", self.spool.directory, problem)
            self.notice.emit(problem)
        self.upload_problem = problem

    def _spool_recording(self, record: CallRecord) -> Path | None:
        if record.recording is None:
            return None
        try:
            self.spool.add(record.recording, self.user.id, record.started_at)
        except OSError as e:
            log.warning("recording %s not noted in the spool: %s", record.recording, e)
            return None
        return record.recording

    def _recording_logged(self, path: Path | None, call_id: int | None) -> None:
        """The call's journal write is over: its recording may go to the store."""
        if path is None:
            return
        try:
            self.spool.logged(path, call_id)
        except OSError as e:
            log.warning("recording %s: %s", path, e)
        if self._uploader is not None:
            self._uploader.wake()

    def close_silent_calls(self) -> None:
        """Calls other softphones left "in progress" and went silent on (no heartbeat for
        minutes: a crash) are ended, so the journal does not show them live forever. Runs
        every :data:`SILENT_SWEEP_MS` while the softphone runs."""
        if self._shut_down or not self.database.idle:
            return
        db, user = self.db, self.user
        self.database.run(
            lambda conn: close_silent_softphones(conn, db, user),
            lambda calls: (
                log.info("calls left open by silent softphones ended: %s", calls) if calls else None
            ),
            lambda error: log.warning("calls left open by silent softphones: %s", error),
        )

    def _close_abandoned_calls(self) -> None:
        """Calls this operator's softphone left "in progress" (a crash mid-call) are ended."""
        if self._abandoned_closed:
            return
        self._abandoned_closed = True
        db, user_id = self.db, self.user.id
        self.database.run(
            lambda _conn: db.write(lambda session: close_abandoned(session, user_id)),
            lambda calls: log.info("softphone calls left open ended: %s", calls) if calls else None,
            lambda error: log.warning("softphone calls left open not ended: %s", error),
        )

    def apply_settings(self, workstation: WorkstationSettings) -> None:
        """New settings saved: devices switch at once, the account restarts."""
        before = self.settings
        self.workstation = workstation
        self.settings = self._settings_of(workstation)
        self.bridge.set_devices(self.settings.microphone or None, self.settings.speaker or None)
        self._apply_volumes()
        self.ringer.set_device(self.settings.ringer or None)
        if self.settings.configured:
            self.start()
        elif before.configured and self.phone.running:
            self.phone.stop()  # account removed: hang up, unregister; the library stays
        self._update_text()

    # -- volumes ------------------------------------------------------------------------

    def _apply_volumes(self) -> None:
        self.bridge.set_volumes(self.settings.mic_volume / 100, self.settings.speaker_volume / 100)

    def set_volumes(self, mic: int, speaker: int) -> None:
        """The operator moved a volume slider (percent): heard at once, stored shortly."""
        self.settings = replace(self.settings, mic_volume=mic, speaker_volume=speaker)
        self._apply_volumes()
        self._volumes_timer.start()

    def _store_volumes(self) -> None:
        try:
            # Only the volumes: the account is the employee's, not this workstation's.
            own = load_softphone_settings(self.workstation)
            chosen = replace(
                own,
                mic_volume=self.settings.mic_volume,
                speaker_volume=self.settings.speaker_volume,
            )
            store_softphone_settings(self.workstation, chosen)
            save_settings(self.workstation)
        except (OSError, ValueError, UserFacingError) as e:
            log.warning("the volumes were not stored: %s", e)

    def levels(self) -> tuple[int, int]:
        """The microphone's and the speaker's signal level now (0-255), for the meters."""
        return self.bridge.levels()

    def shutdown(self) -> None:
        """At exit (aboutToQuit, window closed): hang up, unregister, free pjsua2."""
        if self._shut_down:
            return
        self._shut_down = True
        self._sweep_timer.stop()
        if self._volumes_timer.isActive():  # a volume just moved: keep it
            self._volumes_timer.stop()
            self._store_volumes()
        self.closing.emit()
        self._finish_database_work()
        if self._uploader is not None:
            self._uploader.stop()
        engine_owns_audio = self.phone.running  # it closes the bridge in its shutdown
        try:
            self.phone.shutdown()
        finally:
            if not engine_owns_audio:
                # The engine closes the bridge once it has started the library.
                try:
                    self.bridge.close()
                except Exception:
                    log.exception("softphone: closing the audio bridge")
            self.ringer.close()
            # Calls hung up just now are written before the process goes on to exit.
            self._finish_database_work()
            self.database.stop()
            self.lookups.stop()

    def _finish_database_work(self, msecs: int = 5_000) -> None:
        """Let the queued lookups and writes run and report back (at exit: no event loop
        of ours runs after this)."""
        deadline = time.monotonic() + msecs / 1000
        while not (self.database.idle and self.lookups.idle) and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(2)

    # -- state --------------------------------------------------------------------------

    @property
    def can_call(self) -> bool:
        config = self.phone.config
        if not self.phone.running or config is None:
            return False
        return (not config.register) or self.phone.registration.state is (
            RegistrationState.REGISTERED
        )

    def unavailable_reason(self) -> str:
        if not self.settings.configured and self.phone.config is None:
            return self.tr(
                "You have no SIP account: an administrator sets it in Administration, Users."
            )
        if not self.can_call:
            return self.tr("The softphone is not registered on the PBX.")
        return ""

    def registration_text(self, registration: Registration | None = None) -> str:
        reg = registration or self.phone.registration
        config = self.phone.config
        user = reg.user or (config.user if config else self.settings.user)
        if config is None:
            return self.tr("Softphone: not configured")
        if reg.state is RegistrationState.REGISTERED:
            return self.tr("SIP {user}: registered").format(user=user)
        if reg.state is RegistrationState.REGISTERING:
            return self.tr("SIP {user}: registering…").format(user=user)
        if reg.state is RegistrationState.FAILED:
            if reg.code in REFUSED_CREDENTIALS:
                return self.tr("SIP {user}: {code} {reason} — check the password").format(
                    user=user, code=reg.code, reason=reg.reason
                )
            if reg.code in NO_ANSWER:
                return self.tr("SIP {user}: no answer from the PBX ({code}), retrying").format(
                    user=user, code=reg.code or 408
                )
            return self.tr("SIP {user}: {code} {reason}, retrying").format(
                user=user, code=reg.code, reason=reg.reason
            )
        if not config.register:
            return self.tr("SIP {user}: ready (no registration)").format(user=user)
        return self.tr("SIP {user}: not registered").format(user=user)

    def _update_text(self, text: str | None = None) -> None:
        self._text = text or self.registration_text()
        self.registration_text_changed.emit(self._text)
        self.availability_changed.emit(self.can_call, self.unavailable_reason())

    @property
    def text(self) -> str:
        return self._text

    def _registration_changed(self, registration: Registration) -> None:
        self._update_text(self.registration_text(registration))

    def _remember_audio_problem(self, message: str) -> None:
        self.audio_trouble = message

    def calls(self) -> list[CallView]:
        """The operator's calls now (feature-code calls to the PBX are not shown)."""
        return [v for v in self.phone.calls() if v.id not in self._silent]

    def caller(self, key: int) -> CallerInfo | None:
        return self._callers.get(key)

    # -- placing calls ------------------------------------------------------------------

    def dial(self, text: str) -> int:
        """Call what the operator typed; DialError / SoftphoneError say why not."""
        if not self.can_call:
            raise SoftphoneError(self.unavailable_reason(), Refusal.SAID)
        number = dial_string(text, self.settings.dial_rules(self.region))
        key = self.phone.dial(number)
        self._numbers[key] = self._known_form(text)
        self._identify_later(key, self._numbers[key])
        self._go_live(self.phone.call(key))
        self.calls_changed.emit()
        return key

    def dial_target(self, text: str) -> str:
        """What to send for a transfer or consultation target (DialError when invalid)."""
        return dial_string(text, self.settings.dial_rules(self.region))

    def consult(self, key: int, number: str) -> int:
        """Attended transfer, step 1: the caller on hold, the colleague called."""
        consult_key = self.phone.consult(key, number)
        self.calls_changed.emit()
        return consult_key

    def _known_form(self, text: str) -> str:
        """The number as the journal stores it (E.164, an extension), else the text."""
        raw = "".join(text.split())
        if is_extension(raw):
            return raw
        try:
            return normalize(raw, self.region)
        except InvalidNumber:
            return raw

    def signal_pbx(self, code: str) -> int | None:
        """Dial a feature code silently (pause / unpause): no pop-up, no journal, hung up
        once the PBX answered it or after a few seconds."""
        if not code or not self.can_call:
            return None
        try:
            key = self.phone.dial(code)
        except SoftphoneError as e:
            self.notice.emit(self.tr("The PBX was not told: {error}").format(error=refusal_text(e)))
            return None
        self._silent.add(key)
        self.phone.do_not_record(key)
        QTimer.singleShot(SILENT_LIMIT_MS, lambda: self._hang_up_silent(key))
        return key

    def _hang_up_silent(self, key: int) -> None:
        if key in self._silent and any(v.id == key for v in self.phone.calls()):
            self.phone.hangup(key)

    # -- ringing calls ------------------------------------------------------------------

    def answer(self, key: int) -> None:
        """Answer a ringing call (SoftphoneError says why not); it no longer rings here."""
        self.phone.answer(key)
        self._stopped_ringing(key)

    def reject(self, key: int) -> None:
        """Decline a ringing call (486); one that ended meanwhile is left alone."""
        with contextlib.suppress(SoftphoneError):  # it may have ended meanwhile
            self.phone.reject(key)
        self._stopped_ringing(key)

    def _stopped_ringing(self, key: int) -> None:
        if key in self._ringing:
            self._ringing.discard(key)
            self.ringing_ended.emit(key)

    # -- engine signals -----------------------------------------------------------------

    def _incoming(self, view: CallView) -> None:
        started = time.perf_counter()
        self._ringing.add(view.id)
        self.ringing.emit(view)  # the pop-up shows the number at once
        self.ringer.start()
        self._identify_later(view.id, view.number, started)
        self._go_live(view)
        self.calls_changed.emit()

    def _identify_later(self, key: int, number: str, started: float | None = None) -> None:
        """The caller lookup on a worker thread: a slow or unreachable database never
        freezes the window while a call rings; the pop-up already shows the number."""
        if not number or self._shut_down:
            return
        if started is not None:
            self._lookup_started[key] = started
        region, user = self.region, self.user
        self.lookups.run(
            lambda conn: look_up(conn, number, region, user),
            lambda found: self._identified(key, number, found),
            lambda error: self._lookup_failed(key, number, error),
        )

    def _lookup_failed(self, key: int, number: str, error: BaseException) -> None:
        """The pop-up keeps the number and says the name is unknown for now; a lost connection
        is shown by the runner's monitor, and the caller is looked up again once it is back
        (if the call still goes on)."""
        self._lookup_started.pop(key, None)
        if is_connection_lost(error):
            self._unidentified[key] = number
        else:
            log.warning("caller lookup of %s failed: %s", number, error)
        self.caller_unknown_for_now.emit(key)

    def _database_back(self) -> None:
        waiting, self._unidentified = self._unidentified, {}
        if self._shut_down:
            return
        live = {view.id for view in self.phone.calls()}
        for key, number in waiting.items():
            if key in live:
                self._identify_later(key, number)

    def _identified(self, key: int, number: str, found: Lookup) -> None:
        started = self._lookup_started.pop(key, None)
        info = found.info
        self._callers[key] = info
        self.caller_identified.emit(key, info)
        if info.valid and not info.known and not is_extension(number) and not self._shut_down:
            db, user, region = self.db, self.user, self.region
            self.database.run(
                lambda conn: card_for_unknown(conn, db, number, user, region),
                lambda made: self._card_made(key, made),
                lambda error: log.warning("no automatic card for %s: %s", number, error),
            )
        if started is not None:
            self.last_lookup_ms = found.ms
            self.last_popup_ms = (time.perf_counter() - started) * 1000
            log.info(
                "incoming %s: lookup %.1f ms, pop-up with the name %.1f ms",
                number,
                self.last_lookup_ms,
                self.last_popup_ms,
            )

    def _card_made(self, key: int, info: CallerInfo | None) -> None:
        """The company setting "card for an unknown incoming number" made one while it
        rang: the pop-up shows it like any client and can open it."""
        if info is None:
            return
        if any(v.id == key for v in self.phone.calls()):
            self._callers[key] = info
            self.caller_identified.emit(key, info)
        self.notice.emit(self.tr("New client card for {number}").format(number=info.display_number))

    def _call_changed(self, view: CallView) -> None:
        if view.id in self._silent:
            if view.state is CallState.CONNECTED:
                QTimer.singleShot(SILENT_ANSWERED_MS, lambda: self._hang_up_silent(view.id))
            return
        if not rings_here(view):
            self._stopped_ringing(view.id)
        if not any(rings_here(v) for v in self.phone.calls()):
            self.ringer.stop()
        if view.direction is Direction.IN or view.id in self._numbers:
            self._go_live(view)
        self.calls_changed.emit()

    def _go_live(self, view: CallView) -> None:
        """The call into the journal while it goes on ("in progress"): when it starts
        ringing here or is dialled, and again when it is answered. Not a word between
        colleagues (an extension, a consultation before a transfer)."""
        if self._shut_down or not view.active or view.consult_for is not None:
            return
        number = self._numbers.get(view.id, view.number)
        if not number or is_extension(number):
            return
        answered = view.answered_at is not None
        opened = self._opened.get(view.id)
        if opened is not None and (opened.answered or not answered):
            return  # written at this step already
        if opened is None:
            opened = self._opened[view.id] = OpenedCall()
        opened.answered = answered
        call = live_call(view, number)
        db, user, region = self.db, self.user, self.region
        self.database.run(
            lambda conn: open_in_journal(conn, db, call, user, region, opened),
            lambda _call_id: None,
            lambda error: log.warning("softphone call not opened in the journal: %s", error),
        )

    def _call_ended(self, record: CallRecord) -> None:
        key = record.id
        if key in self._silent:
            self._silent.discard(key)
            return
        self._stopped_ringing(key)
        self._unidentified.pop(key, None)
        number = self._numbers.pop(key, "")
        caller = self._callers.pop(key, None)
        # Out of the engine's callback: listeners write pauses and may dial a feature code.
        QTimer.singleShot(0, lambda: self.call_finished.emit(record))
        opened = self._opened.pop(key, None)
        rang_unanswered = record.direction is Direction.IN and record.answered_at is None
        # Not rejected by the operator, not answered by a colleague: the caller gave up —
        # unless the journal shows a colleague answered (told once the leg is written).
        maybe_missed = (
            rang_unanswered and record.ended_by is not EndedBy.US and not record.answered_elsewhere
        )
        if record.answered_elsewhere:
            self.answered_elsewhere.emit(record)  # the PBX said so in its CANCEL's Reason
        recording = self._spool_recording(record)
        if record.consult_for is not None:
            self._recording_logged(recording, None)
            return  # a consultation with a colleague is part of the transfer it served
        call = softphone_call(
            record, number or record.number, self.user.id, self.user.extension or ""
        )
        db, user, region = self.db, self.user, self.region

        def written(outcome: Written) -> None:
            self._written(outcome, record, caller, maybe_missed)
            self._recording_logged(recording, outcome.call_id)

        def not_written(error: BaseException) -> None:
            self._not_written(error, record, caller, maybe_missed)
            self._recording_logged(recording, None)

        self.database.run(
            lambda conn: write_call(conn, db, record, call, user, region, caller, opened),
            written,
            not_written,
        )

    def _missed_call(self, record: CallRecord, caller: CallerInfo | None) -> None:
        self.missed += 1
        self.missed_changed.emit(self.missed)
        self.missed_call.emit(record, caller)

    def clear_missed(self) -> None:
        """The operator looked at the missed calls."""
        if self.missed:
            self.missed = 0
            self.missed_changed.emit(0)

    # -- the journal --------------------------------------------------------------------

    def _missed_unless_answered_elsewhere(
        self, record: CallRecord, caller: CallerInfo | None, call_id: int
    ) -> None:
        """The leg is in the journal, not (yet) answered by anyone: look again after a
        moment (the colleague's answer may be on its way) before it counts as missed."""

        def look_again() -> None:
            if self._shut_down:
                return
            user_id = self.user.id
            self.database.run(
                lambda conn: colleague_answered(conn, call_id, user_id),
                lambda elsewhere: (
                    self.answered_elsewhere.emit(record)
                    if elsewhere
                    else self._missed_call(record, caller)
                ),
                lambda _error: self._missed_call(record, caller),
            )

        QTimer.singleShot(ELSEWHERE_GRACE_MS, look_again)

    def _written(
        self,
        outcome: Written,
        record: CallRecord | None = None,
        caller: CallerInfo | None = None,
        maybe_missed: bool = False,
    ) -> None:
        if maybe_missed and record is not None and outcome.answered_elsewhere:
            self.answered_elsewhere.emit(record)  # the journal shows a colleague's answer
        elif maybe_missed and record is not None:
            if outcome.call_id is not None and outcome.problem is None:
                self._missed_unless_answered_elsewhere(record, caller, outcome.call_id)
            else:
                self._missed_call(record, caller)
        if outcome.problem is not None:
            log.warning("softphone call not written: %s", outcome.problem)
            if isinstance(outcome.problem, SoftphoneLogError):
                text = self.tr("The call was not written to the journal: {error}").format(
                    error=user_text(outcome.problem)
                )
            else:
                text = user_text(describe_problem(outcome.problem))
            self.notice.emit(text)
        elif outcome.call_id is not None:
            self.call_logged.emit(outcome.call_id)

    def _not_written(
        self,
        error: BaseException,
        record: CallRecord | None = None,
        caller: CallerInfo | None = None,
        maybe_missed: bool = False,
    ) -> None:
        if maybe_missed and record is not None:
            self._missed_call(record, caller)
        log.warning("softphone call not written: %s", error)
        if not is_connection_lost(error):  # a lost connection: the runner's monitor shows it
            self.notice.emit(
                self.tr("The call was not written to the journal: {error}").format(
                    error=user_text(error)
                )
            )

    def reconnect(self) -> bool:
        """Register again (or start the account); False when no account is set up."""
        if self.phone.config is None:
            return False
        if self.phone.running:
            self.phone.register_again()
        else:
            self.start()
        return True


def application_quitting(session: SoftphoneSession) -> None:
    """Connect the engine's shutdown to the application's exit (never skipped)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(session.shutdown)
