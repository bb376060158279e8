"""Call control of the softphone: placing, answering, holding, transferring calls, and the
pjsua2 call callbacks that keep each call's :class:`CallView` current.

A mixin of :class:`softphone.engine.Softphone` (which owns the library, the account and the
signals); every method runs on the engine's thread, like the rest of pjsua2.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from softphone.recording import CallRecorders, recording_name
from softphone.sip import SipAccount, SipCall
from softphone.state import (
    AccountConfig,
    CallRecord,
    CallState,
    CallView,
    Direction,
    EndedBy,
    Now,
)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from softphone.engine import MediaBridge

log = logging.getLogger(__name__)


class Refusal(enum.StrEnum):
    """Why the engine refused, in terms the panel can put in the operator's words."""

    NO_CALL = "no_call"  # the call has ended (or never was)
    NOT_NOW = "not_now"  # the call's state does not allow it (still ringing, on hold…)
    BAD_ADDRESS = "bad_address"  # pjsip cannot make a SIP address of the number
    NETWORK = "network"  # the operating system's sockets, name resolution, a timeout
    NO_ACCOUNT = "no_account"  # the softphone is not set up or not started
    TOO_MANY = "too_many"  # pjsua's limit of calls at once
    SAID = "said"  # the message is already in the operator's words
    OTHER = "other"


class SoftphoneError(Exception):
    """An operation the engine cannot do now (no account, no such call, SIP refused); the
    message is the technical one (logs), ``kind`` what the operator is told."""

    def __init__(self, message: str, kind: Refusal = Refusal.OTHER) -> None:
        super().__init__(message)
        self.kind = kind


# pjlib's and pjsip's symbolic names, which their error texts end with: "Invalid operation
# (PJ_EINVALIDOP)".
_SYMBOL = re.compile(r"\((PJ[A-Z0-9_]*_E[A-Z0-9_]+)\)")
_REFUSALS = {
    "PJ_EINVALIDOP": Refusal.NOT_NOW,
    "PJ_EBUSY": Refusal.NOT_NOW,
    "PJ_EPENDING": Refusal.NOT_NOW,
    "PJSIP_ESESSIONSTATE": Refusal.NOT_NOW,
    "PJSIP_ESESSIONTERMINATED": Refusal.NO_CALL,
    "PJSIP_ENOTINITIALIZED": Refusal.NO_ACCOUNT,
    "PJ_EINVAL": Refusal.BAD_ADDRESS,
    "PJSIP_EINVALIDURI": Refusal.BAD_ADDRESS,
    "PJSIP_EINVALIDREQURI": Refusal.BAD_ADDRESS,
    "PJSIP_EINVALIDSCHEME": Refusal.BAD_ADDRESS,
    "PJSIP_EURITOOLONG": Refusal.BAD_ADDRESS,
    "PJ_ERESOLVE": Refusal.NETWORK,
    "PJ_ETIMEDOUT": Refusal.NETWORK,
    "PJSIP_ETPNOTAVAIL": Refusal.NETWORK,
    "PJSIP_ETPNOTSUITABLE": Refusal.NETWORK,
    "PJSIP_ERESOLVE": Refusal.NETWORK,
    "PJ_ETOOMANY": Refusal.TOO_MANY,
    "PJ_ETOOMANYCONN": Refusal.TOO_MANY,
}
_SYSTEM_ERRORS = range(120_000, 170_000)  # PJ_ERRNO_START_SYS: errno and socket errors


def refusal(status: int, text: str) -> Refusal:
    """What a pjsua2 Error with ``status`` and ``text`` means for the operator."""
    found = _SYMBOL.search(text)
    if found and found.group(1) in _REFUSALS:
        return _REFUSALS[found.group(1)]
    if status in _SYSTEM_ERRORS:
        return Refusal.NETWORK
    return Refusal.OTHER


def _error(e: Any) -> SoftphoneError:
    """The SoftphoneError for pjsua2's Error ``e``, whose own traceback is dropped: its
    frames (pjsua2's wrappers) hold the call or account that refused."""
    text = str(e.info())
    e.__traceback__ = None
    return SoftphoneError(text, refusal(int(e.status), text))


_STATES = {
    pj.PJSIP_INV_STATE_CALLING: CallState.CALLING,
    pj.PJSIP_INV_STATE_INCOMING: CallState.INCOMING,
    pj.PJSIP_INV_STATE_EARLY: CallState.RINGING,
    pj.PJSIP_INV_STATE_CONNECTING: CallState.CONNECTING,
    pj.PJSIP_INV_STATE_CONFIRMED: CallState.CONNECTED,
    pj.PJSIP_INV_STATE_DISCONNECTED: CallState.ENDED,
}


def user_part(uri: str) -> tuple[str, str]:
    """('302', 'Ivanov') from '"Ivanov" <sip:302@pbx;transport=udp>'."""
    name = ""
    text = uri.strip()
    if "<" in text:
        name, _, text = text.partition("<")
        name = name.strip().strip('"').strip()
        text = text.rstrip(">")
    for scheme in ("sips:", "sip:", "tel:"):
        if text.startswith(scheme):
            text = text[len(scheme) :]
    number = text.split("@", 1)[0].split(";", 1)[0]
    return number, name


def header(message: str, name: str, compact: str = "") -> str:
    """The first value of a SIP header in a raw message ('' when absent); names ignore case."""
    wanted = {name.lower(), compact.lower()} - {""}
    for line in message.split("\r\n\r\n", 1)[0].splitlines()[1:]:
        field, sep, value = line.partition(":")
        if sep and field.strip().lower() in wanted:
            return value.strip()
    return ""


@contextmanager
def refused() -> Iterator[None]:
    """pjsua2's Error (a call that just ended, an operation the state does not allow) as the
    SoftphoneError the UI shows, instead of an exception escaping a Qt slot."""
    try:
        yield
    except pj.Error as e:
        raise _error(e) from None


class CallControl:
    if TYPE_CHECKING:  # provided by Softphone
        incoming_call: SignalInstance
        call_changed: SignalInstance
        call_ended: SignalInstance
        transfer_progress: SignalInstance
        dtmf_received: SignalInstance
        _audio: MediaBridge | None
        _account: SipAccount | None
        _config: AccountConfig | None
        _calls: dict[int, SipCall]
        _views: dict[int, CallView]
        _transfers: dict[int, tuple[str, datetime]]
        _now: Now
        _dtmf: dict[int, str]
        _cancel_reasons: dict[int, str]
        _hangup_ours: set[int]
        _attached: dict[int, Any]
        _ended: list[SipCall]
        _next_key: int
        _recorders: CallRecorders

    def calls(self) -> list[CallView]:
        return [v for v in self._views.values() if v.active]

    def call(self, key: int) -> CallView:
        try:
            return self._views[key]
        except KeyError:
            raise SoftphoneError(f"no call {key}", Refusal.NO_CALL) from None

    def _sip_call(self, key: int) -> SipCall:
        call = self._calls.get(key)
        if call is None:
            raise SoftphoneError(f"no call {key}", Refusal.NO_CALL)
        return call

    def _new_key(self) -> int:
        key = self._next_key
        self._next_key += 1
        return key

    def dial(self, number: str, consult_for: int | None = None) -> int:
        """Calls a number (already cleaned by the dial rules); returns the call's id."""
        if self._account is None or self._config is None:
            raise SoftphoneError("the softphone has no account", Refusal.NO_ACCOUNT)
        key = self._new_key()
        call = SipCall(self, self._account, key, pj.PJSUA_INVALID_ID)
        shown, _ = user_part(number)
        self._calls[key] = call
        self._views[key] = CallView(
            key,
            Direction.OUT,
            shown,
            "",
            CallState.CALLING,
            self._now(),
            consult_for=consult_for,
        )
        prm = pj.CallOpParam(True)
        try:
            call.makeCall(self._config.target_uri(number), prm)
        except pj.Error as e:
            del self._calls[key], self._views[key]
            error = _error(e)
            # The call is freed now, on this thread: a traceback kept by whoever catches the
            # error must not hold it until after the library is gone (pjsua aborts then).
            del call
            raise error from None
        self.call_changed.emit(self._views[key])
        return key

    def _on_incoming(self, account: SipAccount, call_id: int, message: str = "") -> None:
        key = self._new_key()
        call = SipCall(self, account, key, call_id)
        self._calls[key] = call
        ci = call.getInfo()
        number, name = user_part(str(ci.remoteUri))
        referred = header(message, "Referred-By", "b")
        view = CallView(
            key,
            Direction.IN,
            number,
            name,
            CallState.INCOMING,
            self._now(),
            referred_by=user_part(referred)[0] if referred else None,
        )
        self._views[key] = view
        prm = pj.CallOpParam()
        prm.statusCode = 180
        call.answer(prm)
        self.incoming_call.emit(view)
        self.call_changed.emit(view)

    def answer(self, key: int) -> None:
        """Answers a ringing call; a call already up goes on hold first (call waiting)."""
        call = self._sip_call(key)
        for other, view in list(self._views.items()):
            if other != key and view.state is CallState.CONNECTED and not view.on_hold:
                self.hold(other)
        prm = pj.CallOpParam()
        prm.statusCode = 200
        with refused():
            call.answer(prm)

    def reject(self, key: int, code: int = 486) -> None:
        """Declines a ringing call (486 Busy Here: the PBX may send it to voicemail/queue)."""
        self._hangup_ours.add(key)
        prm = pj.CallOpParam()
        prm.statusCode = code
        with refused():
            self._sip_call(key).hangup(prm)

    def hangup(self, key: int) -> None:
        call = self._calls.get(key)
        if call is None:
            return
        self._hangup_ours.add(key)
        prm = pj.CallOpParam()
        if self._views[key].state is CallState.INCOMING:
            prm.statusCode = 486
        try:
            call.hangup(prm)
        except pj.Error as e:  # already gone: its DISCONNECTED event is on the way
            log.debug("hangup of %s: %s", key, e.info())

    def hold(self, key: int) -> None:
        view = self.call(key)
        if view.state is not CallState.CONNECTED or view.on_hold:
            return
        with refused():
            self._sip_call(key).setHold(pj.CallOpParam(True))
        self._update(key, on_hold=True)

    def unhold(self, key: int) -> None:
        view = self.call(key)
        if not view.on_hold:
            return
        for other, v in list(self._views.items()):  # one call talks at a time
            if other != key and v.state is CallState.CONNECTED and not v.on_hold:
                self.hold(other)
        prm = pj.CallOpParam(True)
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        with refused():
            self._sip_call(key).reinvite(prm)
        self._update(key, on_hold=False)

    def set_muted(self, key: int, muted: bool) -> None:
        """Mute: the microphone stops reaching this call (the other side hears silence)."""
        self.call(key)  # SoftphoneError for a call that is gone
        self._update(key, muted=muted)
        media = self._attached.get(key)
        if media is not None:
            media.adjustRxLevel(0.0 if muted else 1.0)
        self._recorders.mute(key, muted, self._microphone())

    def send_dtmf(self, key: int, digits: str) -> None:
        """RFC 2833 telephone-events; SIP INFO when the other side did not offer them."""
        call = self._sip_call(key)
        clean = "".join(d for d in digits.upper() if d in "0123456789*#ABCD")
        if not clean:
            return
        try:
            call.dialDtmf(clean)
        except pj.Error:
            prm = pj.CallSendDtmfParam()
            prm.method = pj.PJSUA_DTMF_METHOD_SIP_INFO
            prm.digits = clean
            with refused():
                call.sendDtmf(prm)
        self._dtmf[key] = self._dtmf.get(key, "") + clean

    def blind_transfer(self, key: int, number: str) -> None:
        """REFER the other side to a number; our leg ends when the target accepts."""
        if self._config is None:
            raise SoftphoneError("the softphone has no account", Refusal.NO_ACCOUNT)
        call = self._sip_call(key)
        with refused():
            call.xfer(self._config.target_uri(number), pj.CallOpParam(True))
        self._transfers[key] = (user_part(number)[0], self._now())

    def consult(self, key: int, number: str) -> int:
        """Attended transfer, step 1: hold the caller and call the colleague."""
        self.hold(key)
        consult_key = self.dial(number, consult_for=key)
        # A word between colleagues about the caller is not part of the caller's recording.
        self._recorders.skip(consult_key)
        return consult_key

    def complete_transfer(self, consult_key: int) -> None:
        """Attended transfer, step 2: join the held caller with the colleague (REFER/Replaces)."""
        original = self.call(consult_key).consult_for
        if original is None:
            raise SoftphoneError(f"call {consult_key} is not a consultation", Refusal.NOT_NOW)
        with refused():
            self._sip_call(original).xferReplaces(self._sip_call(consult_key), pj.CallOpParam(True))
        self._transfers[original] = (self.call(consult_key).number, self._now())

    def cancel_consult(self, consult_key: int) -> None:
        """Attended transfer cancelled: hang up on the colleague, take the caller back."""
        original = self.call(consult_key).consult_for
        self.hangup(consult_key)
        if original is not None and original in self._calls:
            self.unhold(original)

    # -- pjsua2 callbacks (GUI thread) --------------------------------------------------

    def _update(self, key: int, **changes: Any) -> CallView:
        view = replace(self._views[key], **changes)
        self._views[key] = view
        self.call_changed.emit(view)
        return view

    def _on_call_state(self, call: SipCall) -> None:
        key = call.key
        if key not in self._views:
            return
        ci = call.getInfo()
        state = _STATES.get(ci.state, self._views[key].state)
        if state is CallState.RINGING and self._views[key].direction is Direction.IN:
            state = CallState.INCOMING  # after our 180 pjsua says EARLY: it still rings here
        changes: dict[str, Any] = {
            "state": state,
            "status_code": int(ci.lastStatusCode),
            "reason": str(ci.lastReason),
        }
        view = self._views[key]
        if state is CallState.CONNECTED and view.answered_at is None:
            changes["answered_at"] = self._now()
        if state is CallState.RINGING:
            changes["rang"] = True
        if not view.name:
            changes["name"] = user_part(str(ci.remoteUri))[1]
        if state is CallState.ENDED:
            changes["ended_at"] = self._now()
            changes["has_audio"] = False
            self._detach(key)
        view = self._update(key, **changes)
        if state is CallState.CONNECTED:
            self._record(key)
        if state is CallState.ENDED:
            self._finish(key, view)

    def _finish(self, key: int, view: CallView) -> None:
        call = self._calls.pop(key)
        self._ended.append(call)  # pjsua2 still runs code of this object after the callback
        transfer = self._transfers.pop(key, None)
        ours = key in self._hangup_ours or transfer is not None
        self._hangup_ours.discard(key)
        ended_by: EndedBy | None = EndedBy.US if ours else EndedBy.THEM
        if view.answered_at is None and view.direction is Direction.OUT:
            ended_by = EndedBy.US if ours else None
        record = CallRecord(
            id=key,
            direction=view.direction,
            number=view.number,
            name=view.name,
            started_at=view.started_at,
            answered_at=view.answered_at,
            ended_at=view.ended_at or self._now(),
            status_code=view.status_code,
            reason=view.reason,
            ended_by=ended_by,
            transferred_to=transfer[0] if transfer else None,
            transferred_at=transfer[1] if transfer else None,
            consult_for=view.consult_for,
            dtmf_sent=self._dtmf.pop(key, ""),
            referred_by=view.referred_by,
            cancel_reason=self._cancel_reasons.pop(key, ""),
            recording=self._recorders.finish(key),
            rang=view.rang,
        )
        del self._views[key]
        self.call_ended.emit(record)

    def _on_cancel(self, call: SipCall, message: str) -> None:
        """The other side cancelled a ringing call; its Reason says why (answered elsewhere)."""
        if call.key in self._views:
            self._cancel_reasons[call.key] = header(message, "Reason")

    def _on_media_state(self, call: SipCall) -> None:
        key = call.key
        if key not in self._views:
            return
        ci = call.getInfo()  # keep it: iterating a temporary's media crashes (DESIGN §7)
        active = False
        remote_hold = False
        for media in ci.media:
            if media.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            if media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                active = True
                self._attach(key, call, int(media.index))
            elif media.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD:
                remote_hold = True
                self._detach(key)
            elif media.status in (pj.PJSUA_CALL_MEDIA_LOCAL_HOLD, pj.PJSUA_CALL_MEDIA_NONE):
                self._detach(key)
        self._update(key, has_audio=active, held_by_remote=remote_hold)

    def _attach(self, key: int, call: SipCall, index: int) -> None:
        if key in self._attached:
            return
        media = call.getAudioMedia(index)
        self._attached[key] = media
        if self._views[key].muted:
            media.adjustRxLevel(0.0)
        if self._audio is not None:
            self._audio.attach(media)
        self._record(key)

    def _record(self, key: int) -> None:
        """Answered with audio: the call's sound and our microphone into its recording
        (when the company records calls), from the answer on, not the ringback before."""
        media = self._attached.get(key)
        view = self._views.get(key)
        if media is None or view is None or view.state is not CallState.CONNECTED:
            return
        name = recording_name(view.started_at, view.direction.value, view.number)
        self._recorders.connect(key, name, media, self._microphone())

    def _microphone(self) -> Any:
        """Our conference port (its transmit is the microphone), None without one."""
        if self._audio is not None:
            with contextlib.suppress(RuntimeError):  # a bridge without its port
                return self._audio.port
        return None

    def _detach(self, key: int) -> None:
        self._recorders.disconnect(key)
        media = self._attached.pop(key, None)
        if media is not None and self._audio is not None:
            try:
                self._audio.detach(media)
            except Exception:
                log.exception("softphone: detaching audio of call %s", key)

    def _on_transfer_status(self, call: SipCall, code: int, reason: str, final: bool) -> bool:
        """NOTIFYs of our REFER. A final 2xx: the caller is with the target, we leave."""
        key = call.key
        self.transfer_progress.emit(key, code, reason, final)
        if not final:
            return True
        if not 200 <= code < 300:
            self._transfers.pop(key, None)  # the target refused: the caller stays with us
            return False
        for other, view in list(self._views.items()):  # the consultation leg is done too
            if view.consult_for == key and view.active:
                self.hangup(other)
        self.hangup(key)
        return False

    def _on_transferred(self, call: SipCall, target: str) -> SipCall:
        """We are the one transferred (REFER received): own the new outgoing call."""
        if self._account is None:
            raise SoftphoneError("no account", Refusal.NO_ACCOUNT)
        key = self._new_key()
        new = SipCall(self, self._account, key, pj.PJSUA_INVALID_ID)
        self._calls[key] = new
        number, name = user_part(target)
        self._views[key] = CallView(
            key, Direction.OUT, number, name, CallState.CALLING, self._now()
        )
        return new

    def _on_replaced(self, call: SipCall, new_call_id: int) -> SipCall:
        """An attended transfer elsewhere replaced this call by a new incoming one."""
        if self._account is None:
            raise SoftphoneError("no account", Refusal.NO_ACCOUNT)
        key = self._new_key()
        new = SipCall(self, self._account, key, new_call_id)
        self._calls[key] = new
        number, name = user_part(str(new.getInfo().remoteUri))
        old = self._views[call.key]
        # The colleague whose call this replaced handed the caller over (an attended
        # transfer): the journal joins this leg to their call.
        self._views[key] = CallView(
            key,
            old.direction,
            number,
            name,
            CallState.CONNECTED,
            self._now(),
            self._now(),
            referred_by=old.number,
        )
        return new
