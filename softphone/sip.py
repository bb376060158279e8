"""pjsua2's account and call classes, reduced to forwarding their callbacks to the engine.

pjsua2 calls these on the GUI thread (``threadCnt = 0``, ``mainThreadOnly``) while the
engine pumps ``libHandleEvents``. An exception escaping a SWIG director keeps objects
alive and aborts the process at exit (DESIGN §7), so every callback catches and logs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

if TYPE_CHECKING:
    from softphone.calls import CallControl
    from softphone.engine import Softphone

log = logging.getLogger(__name__)


def guarded(what: str, fn: Callable[[], None]) -> None:
    try:
        fn()
    except Exception:
        log.exception("softphone: %s failed", what)


class SipAccount(pj.Account):  # type: ignore[misc]
    def __init__(self, engine: Softphone) -> None:
        super().__init__()
        self._engine = engine

    def onRegState(self, prm: Any) -> None:
        code, reason, expires = int(prm.code), str(prm.reason), int(prm.expiration)
        guarded("registration", lambda: self._engine._on_reg_state(code, reason, expires))

    def onIncomingCall(self, prm: Any) -> None:
        call_id = int(prm.callId)
        message = str(prm.rdata.wholeMsg)
        guarded("incoming call", lambda: self._engine._on_incoming(self, call_id, message))


def _ignore(_code: int, _reason: str, _expires: int) -> None:
    return None


class ProbeAccount(pj.Account):  # type: ignore[misc]
    """A one-off registration (Settings' "Test registration"): reports to a callback."""

    def __init__(self, on_state: Callable[[int, str, int], None]) -> None:
        super().__init__()
        self._on_state = on_state

    def onRegState(self, prm: Any) -> None:
        code, reason, expires = int(prm.code), str(prm.reason), int(prm.expiration)
        guarded("registration test", lambda: self._on_state(code, reason, expires))

    def retire(self) -> None:
        """Delete the account in pjsua and drop the callback. The callback's closure refers
        to this probe: left in place, only the cycle collector would free the probe, on
        whatever thread allocates at that moment, and pjsua2's destructor would then delete
        whichever account reused its id, from a thread pjlib does not know (an abort)."""
        self.shutdown()
        self._on_state = _ignore


class SipCall(pj.Call):  # type: ignore[misc]
    """One pjsua2 call; ``key`` is the engine's number for it."""

    def __init__(self, engine: CallControl, account: SipAccount, key: int, call_id: int) -> None:
        super().__init__(account, call_id)
        self._engine = engine
        self.key = key

    def onCallState(self, prm: Any) -> None:
        guarded("call state", lambda: self._engine._on_call_state(self))

    def onCallTsxState(self, prm: Any) -> None:
        # A CANCEL's Reason (RFC 3326) is only here: onCallState sees our 487, not the CANCEL.
        def forward() -> None:
            event = prm.e
            if event.type != pj.PJSIP_EVENT_TSX_STATE:
                return
            tsx = event.body.tsxState
            if tsx.type == pj.PJSIP_EVENT_RX_MSG and str(tsx.tsx.method) == "CANCEL":
                self._engine._on_cancel(self, str(tsx.src.rdata.wholeMsg))

        guarded("call transaction", forward)

    def onCallMediaState(self, prm: Any) -> None:
        guarded("call media", lambda: self._engine._on_media_state(self))

    def onCallTransferStatus(self, prm: Any) -> None:
        code, reason, final = int(prm.statusCode), str(prm.reason), bool(prm.finalNotify)

        def forward() -> None:
            # Once the transfer target answered, our leg is done: pjsua hangs it up.
            prm.cont = self._engine._on_transfer_status(self, code, reason, final)

        guarded("transfer status", forward)

    def onCallTransferRequest(self, prm: Any) -> None:
        # The PBX (or the other side) transfers us: pjsua makes the new call; we must own it.
        def forward() -> None:
            prm.newCall = self._engine._on_transferred(self, str(prm.dstUri))

        guarded("transfer request", forward)

    def onCallReplaced(self, prm: Any) -> None:
        new_id = int(prm.newCallId)

        def forward() -> None:
            prm.newCall = self._engine._on_replaced(self, new_id)

        guarded("call replaced", forward)

    def onDtmfDigit(self, prm: Any) -> None:
        digit = str(prm.digit)
        guarded("dtmf", lambda: self._engine.dtmf_received.emit(self.key, digit))


class LogToPython(pj.LogWriter):  # type: ignore[misc]
    """pjlib's log into Python logging (called from whichever thread logs)."""

    def write(self, entry: Any) -> None:
        try:
            level = int(entry.level)
            text = str(entry.msg).rstrip()
            log.log(logging.WARNING if level <= 2 else logging.DEBUG, "pjsip: %s", text)
        except Exception:  # never into pjlib
            pass
