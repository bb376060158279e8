"""The SIP engine: one pjsua2 endpoint on the GUI thread, its events as Qt signals.

Threading (DESIGN §7): ``threadCnt = 0`` and ``mainThreadOnly``; a QTimer pumps
``libHandleEvents(0)`` so every pjsua2 callback runs on the thread that owns this object.
Never call a method of this class from another thread: pjlib aborts the process.

Lifetime: the engine keeps a reference to its account and to every call until pjsua2 has
disconnected it; :meth:`shutdown` hangs up, waits for the BYEs, drops the calls, closes the
audio bridge, collects garbage and only then destroys the library — in ``try/finally``,
because anything else aborts the process at exit.
"""

from __future__ import annotations

import gc
import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import pjsua2 as pj
from PySide6.QtCore import QObject, QTimer, Signal

from softphone.calls import CallControl, Refusal, SoftphoneError, header, user_part
from softphone.recording import CallRecorders
from softphone.sip import LogToPython, ProbeAccount, SipAccount, SipCall
from softphone.state import (
    AccountConfig,
    CallView,
    Now,
    Registration,
    RegistrationState,
    Transport,
    system_now,
)

__all__ = [
    "CLOCK_RATE",
    "MediaBridge",
    "Refusal",
    "Softphone",
    "SoftphoneError",
    "header",
    "user_part",
]

log = logging.getLogger(__name__)

PUMP_MS = 10
PROBE_TIMEOUT_MS = 10_000
CLOCK_RATE = 16000  # the conference bridge; PCMU calls are resampled by pjmedia


class MediaBridge(Protocol):
    """The audio side (softphone.audio.AudioBridge); all calls on the engine's thread."""

    def create(self, endpoint_rate: int) -> None: ...
    @property
    def port(self) -> Any: ...  # our conference port: its transmit is the microphone
    def attach(self, media: Any) -> None: ...
    def detach(self, media: Any) -> None: ...
    def close(self) -> None: ...


def account_config(config: AccountConfig) -> pj.AccountConfig:
    """pjsua2's account settings for ``config``."""
    acfg = pj.AccountConfig()
    acfg.idUri = config.id_uri()
    if config.register:
        acfg.regConfig.registrarUri = config.registrar_uri()
    acfg.regConfig.registerOnAdd = config.register
    acfg.regConfig.timeoutSec = max(60, config.expires_seconds)
    acfg.regConfig.retryIntervalSec = max(1, config.retry_seconds)
    acfg.regConfig.firstRetryIntervalSec = max(1, config.retry_seconds)
    acfg.regConfig.randomRetryIntervalSec = 0
    acfg.regConfig.dropCallsOnFail = False
    acfg.sipConfig.authCreds.append(
        pj.AuthCredInfo("digest", "*", config.auth_user or config.user, 0, config.password)
    )
    if config.transport is Transport.TCP:
        acfg.sipConfig.proxies.append(config.registrar_uri() + ";lr")
    if config.bind_address:
        acfg.mediaConfig.transportConfig.boundAddress = config.bind_address
        acfg.mediaConfig.transportConfig.publicAddress = config.bind_address
    acfg.natConfig.contactRewriteUse = 0
    acfg.natConfig.viaRewriteUse = 0
    acfg.natConfig.sdpNatRewriteUse = 0
    return acfg


class Softphone(CallControl, QObject):
    registration_changed = Signal(object)  # Registration
    incoming_call = Signal(object)  # CallView: a new call rings here
    call_changed = Signal(object)  # CallView: any change of any call, ENDED last
    call_ended = Signal(object)  # CallRecord, once per call, after its last call_changed
    transfer_progress = Signal(int, int, str, bool)  # call id, SIP code, reason, final
    dtmf_received = Signal(int, str)  # call id, digit
    problem = Signal(str)  # something the operator should read (audio device gone…)

    def __init__(
        self,
        audio: MediaBridge | None = None,
        parent: QObject | None = None,
        clock: Now = system_now,
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self._now = clock
        self._ep: Any = None
        self._log_writer: LogToPython | None = None
        self._account: SipAccount | None = None
        self._config: AccountConfig | None = None
        self._calls: dict[int, SipCall] = {}
        self._views: dict[int, CallView] = {}
        self._transfers: dict[int, tuple[str, datetime]] = {}
        self._dtmf: dict[int, str] = {}
        self._cancel_reasons: dict[int, str] = {}
        self._hangup_ours: set[int] = set()
        self._attached: dict[int, Any] = {}
        self._ended: list[SipCall] = []  # dropped on the next pump, never inside a callback
        self._next_key = 1
        self._recorders = CallRecorders()
        self._transports: dict[Transport, int] = {}
        self._probes: list[ProbeAccount] = []  # "Test registration" accounts, until retired
        self._registration = Registration(RegistrationState.OFF)
        self._timer = QTimer(self)
        self._timer.setInterval(PUMP_MS)
        self._timer.timeout.connect(self._pump)

    # -- library ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._ep is not None

    def _start_library(self, config: AccountConfig) -> None:
        ep = pj.Endpoint()
        ep.libCreate()
        try:
            cfg = pj.EpConfig()
            cfg.uaConfig.threadCnt = 0
            cfg.uaConfig.mainThreadOnly = True
            cfg.uaConfig.maxCalls = 8
            cfg.uaConfig.userAgent = "CallDesk"
            self._log_writer = LogToPython()
            cfg.logConfig.writer = self._log_writer
            cfg.logConfig.level = 3
            cfg.logConfig.consoleLevel = 0
            cfg.logConfig.decor = 0
            cfg.medConfig.clockRate = CLOCK_RATE
            cfg.medConfig.sndClockRate = CLOCK_RATE
            cfg.medConfig.noVad = True
            cfg.medConfig.ecTailLen = 0
            ep.libInit(cfg)
            self._transports = {}
            for transport, kind in (
                (Transport.UDP, pj.PJSIP_TRANSPORT_UDP),
                (Transport.TCP, pj.PJSIP_TRANSPORT_TCP),
            ):
                tcfg = pj.TransportConfig()
                tcfg.port = config.local_port if transport is Transport.UDP else 0
                if config.bind_address:
                    tcfg.boundAddress = config.bind_address
                    tcfg.publicAddress = config.bind_address
                self._transports[transport] = ep.transportCreate(kind, tcfg)
            ep.libStart()
            ep.audDevManager().setNullDev()  # the conference clock; sound goes through the bridge
        except Exception:
            ep.libDestroy()
            raise
        self._ep = ep
        if self._audio is not None:
            try:
                self._audio.create(CLOCK_RATE)
            except Exception as e:  # no sound card must not stop the phone
                log.warning("softphone audio unavailable: %s", e)
                self.problem.emit(str(e))
                self._audio = None
        self._timer.start()

    def _pump(self) -> None:
        if self._ep is None:
            return
        try:
            self._ep.libHandleEvents(0)
        except Exception:
            log.exception("softphone: event pump failed")
        if self._ended:
            self._ended.clear()

    def local_address(self, transport: Transport = Transport.UDP) -> str:
        """'host:port' where this softphone listens for SIP (for tests and diagnostics)."""
        if self._ep is None:
            raise SoftphoneError("the softphone is not running", Refusal.NO_ACCOUNT)
        return str(self._ep.transportGetInfo(self._transports[transport]).localName)

    def pump(self, milliseconds: int = 0) -> None:
        """Handle pending SIP events now (tests and shutdown; the timer does it otherwise)."""
        if self._ep is not None:
            self._ep.libHandleEvents(milliseconds)
            self._ended.clear()

    def set_recording(self, spool: Path | None) -> None:
        """Record the calls answered from now on into ``spool`` (None: stop recording
        new calls; a call being recorded keeps its recorder until it ends)."""
        self._recorders.spool = spool

    @property
    def recording(self) -> bool:
        return self._recorders.spool is not None

    def do_not_record(self, key: int) -> None:
        """A call nobody talks in (a feature code to the PBX): no recording of it."""
        self._recorders.skip(key)

    # -- account ------------------------------------------------------------------------

    @property
    def registration(self) -> Registration:
        return self._registration

    @property
    def config(self) -> AccountConfig | None:
        return self._config

    def start(self, config: AccountConfig) -> None:
        """Starts the library if needed and (re)creates the account; registers at once."""
        if self._ep is None:
            self._start_library(config)
        self._drop_account()
        account = SipAccount(self)
        self._config = config
        state = RegistrationState.REGISTERING if config.register else RegistrationState.OFF
        self._set_registration(Registration(state, user=config.user))
        account.create(account_config(config))
        self._account = account

    def probe_registration(
        self,
        config: AccountConfig,
        done: Callable[[Registration], None],
        timeout_ms: int = PROBE_TIMEOUT_MS,
    ) -> None:
        """Registers ``config`` once beside the working account (Settings' "Test
        registration"), then unregisters it; ``done`` gets the registrar's answer, or 408
        when none came within ``timeout_ms``. The working account is not touched."""
        if self._ep is None:
            self._start_library(config)
        answered = False
        # The probe only by a weak reference here: the 10 s timer below keeps these closures
        # alive, and a probe freed after a new account took its id would delete that account.
        probe_ref: list[weakref.ReferenceType[ProbeAccount]] = []

        def finish(registration: Registration) -> None:
            nonlocal answered
            if answered:
                return
            answered = True
            ref = probe_ref[0]
            QTimer.singleShot(0, lambda: self._retire_probe(ref))
            done(registration)

        def on_state(code: int, reason: str, expires: int) -> None:
            if code < 200:
                return
            ok = 200 <= code < 300 and expires > 0
            state = RegistrationState.REGISTERED if ok else RegistrationState.FAILED
            finish(Registration(state, code, reason, config.user, expires))

        acfg = account_config(replace(config, register=True))
        acfg.regConfig.retryIntervalSec = 0  # one attempt
        # A contact of its own: unregistering the probe must not remove the binding of the
        # working account (the same AOR over the same transport would have the same contact).
        suffix = ";transport=tcp" if config.transport is Transport.TCP else ""
        here = self.local_address(config.transport)
        acfg.sipConfig.contactForced = f"<sip:{config.user}-test@{here}{suffix}>"
        probe = ProbeAccount(on_state)
        probe_ref.append(weakref.ref(probe))
        try:
            probe.create(acfg)
        except pj.Error as e:  # e.g. a registrar pjsip cannot parse
            done(Registration(RegistrationState.FAILED, 0, str(e.info()), config.user))
            return
        self._probes.append(probe)
        QTimer.singleShot(
            timeout_ms,
            lambda: finish(Registration(RegistrationState.FAILED, 408, "Request Timeout")),
        )

    def _retire_probe(self, ref: weakref.ReferenceType[ProbeAccount]) -> None:
        """Unregister and free the probe now, on this thread, before any new account can take
        its pjsua id (only ``_probes`` holds it, so it is freed when this returns)."""
        probe = ref()
        if probe is not None and probe in self._probes and self._ep is not None:
            self._probes.remove(probe)
            probe.retire()  # unregisters when it was registered

    def stop(self) -> None:
        """Hang up, unregister and forget the account; the library stays for a new start()."""
        self._drop_account()
        self._config = None

    def register_again(self) -> None:
        """Re-register now (the operator pressed the state in the status bar)."""
        if self._account is not None:
            self._set_registration(replace(self._registration, state=RegistrationState.REGISTERING))
            self._account.setRegistration(True)

    def _hang_up_all(self, timeout: float) -> None:
        """Hang up every call and handle events until pjsua2 has disconnected them."""
        for key in list(self._calls):
            self._detach(key)
            self.hangup(key)
        deadline = time.monotonic() + timeout
        while self._calls and time.monotonic() < deadline and self._ep is not None:
            self._ep.libHandleEvents(20)
        self._ended.clear()

    def _drop_account(self) -> None:
        if self._account is None:
            return
        self._hang_up_all(2.0)
        self._account.shutdown()
        self._account = None
        self._set_registration(Registration(RegistrationState.OFF))

    def _set_registration(self, registration: Registration) -> None:
        if registration != self._registration:
            self._registration = registration
            self.registration_changed.emit(registration)

    def _on_reg_state(self, code: int, reason: str, expires: int) -> None:
        user = self._config.user if self._config else ""
        if 200 <= code < 300:
            state = RegistrationState.REGISTERED if expires > 0 else RegistrationState.OFF
        else:
            state = RegistrationState.FAILED
        self._set_registration(Registration(state, code, reason, user, expires))

    # -- shutdown -----------------------------------------------------------------------

    def shutdown(self, timeout: float = 2.0) -> None:
        """Hang up, wait for the BYEs, free everything pjsua2 holds, destroy the library."""
        if self._ep is None:
            return
        ep = self._ep
        try:
            self._hang_up_all(timeout)
            if (
                self._account is not None
                and self._registration.state is RegistrationState.REGISTERED
            ):
                try:
                    self._account.setRegistration(False)
                    unreg_deadline = time.monotonic() + min(timeout, 1.0)
                    while (
                        self._registration.state is RegistrationState.REGISTERED
                        and time.monotonic() < unreg_deadline
                    ):
                        ep.libHandleEvents(20)
                except pj.Error as e:
                    log.debug("unregister: %s", e.info())
        finally:
            self._timer.stop()
            self._recorders.finish_all()
            self._calls.clear()
            self._ended.clear()
            self._attached.clear()
            if self._audio is not None:
                try:
                    self._audio.close()
                except Exception:
                    log.exception("softphone: closing audio")
            gc.collect()
            for probe in self._probes:
                probe.retire()
            self._probes.clear()
            if self._account is not None:
                self._account.shutdown()
                self._account = None
            self._views.clear()
            self._ep = None
            try:
                ep.libDestroy()
            finally:
                del ep
                gc.collect()
                self._log_writer = None
            self._set_registration(Registration(RegistrationState.OFF))
