"""What the softphone tells the rest of the app: plain, immutable values, no pjsua2 objects.

Every signal of :class:`softphone.engine.Softphone` carries one of these, so the UI and the
journal writer never hold a pjsua2 object (whose lifetime belongs to the engine).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

# Where the engine reads "now" for the times of its calls. The app passes its one clock
# (app.clock.now); the softphone package itself never reads the wall clock but through this.
Now = Callable[[], datetime]


def system_now() -> datetime:
    return datetime.now()


class Transport(enum.StrEnum):
    UDP = "udp"
    TCP = "tcp"


@dataclass(frozen=True)
class AccountConfig:
    """One SIP account; the password comes from the keyring, never from a settings file."""

    registrar: str  # host name or address of the PBX
    user: str  # the extension, e.g. "301"
    password: str = ""
    port: int = 5060
    auth_user: str = ""  # empty: same as user
    display_name: str = ""
    transport: Transport = Transport.UDP
    expires_seconds: int = 300
    retry_seconds: int = 30  # re-register this long after a failure or a lost network
    bind_address: str = ""  # empty: all interfaces; tests use 127.0.0.1
    local_port: int = 0  # 0: any free port
    register: bool = True  # False: calls only (a trunk-less test peer, a PBX without registration)

    def registrar_uri(self) -> str:
        suffix = ";transport=tcp" if self.transport is Transport.TCP else ""
        return f"sip:{self.registrar.strip()}:{self.port}{suffix}"

    def target_uri(self, number: str) -> str:
        """The SIP URI of a dialled number (already cleaned by the dial rules) or a URI."""
        if number.startswith(("sip:", "sips:")):
            return number
        suffix = ";transport=tcp" if self.transport is Transport.TCP else ""
        return f"sip:{number}@{self.registrar.strip()}:{self.port}{suffix}"

    def id_uri(self) -> str:
        name = self.display_name.replace('"', "").strip()
        uri = f"sip:{self.user.strip()}@{self.registrar.strip()}"
        return f'"{name}" <{uri}>' if name else f"<{uri}>"


class RegistrationState(enum.StrEnum):
    OFF = "off"  # no account configured or unregistered on purpose
    REGISTERING = "registering"
    REGISTERED = "registered"
    FAILED = "failed"  # retried after AccountConfig.retry_seconds


@dataclass(frozen=True)
class Registration:
    state: RegistrationState
    code: int = 0  # the SIP status (403, 408, 503…); 0 when none yet
    reason: str = ""  # the SIP reason phrase as the registrar sent it
    user: str = ""
    expires: int = 0


class CallState(enum.StrEnum):
    CALLING = "calling"  # our INVITE is out, nothing heard back yet
    RINGING = "ringing"  # the other side rings (180/183)
    INCOMING = "incoming"  # rings here, waits for answer or reject
    CONNECTING = "connecting"  # answered, waiting for the ACK
    CONNECTED = "connected"
    ENDED = "ended"


class Direction(enum.StrEnum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True)
class CallView:
    """A call as the operator sees it at one moment."""

    id: int  # the engine's own number of the call, stable for its lifetime
    direction: Direction
    number: str  # the other side's user part ("+79161234567", "302")
    name: str  # the other side's display name, may be empty
    state: CallState
    started_at: datetime
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    on_hold: bool = False  # we put it on hold
    held_by_remote: bool = False
    muted: bool = False
    has_audio: bool = False  # media flows (and the audio device is attached)
    consult_for: int | None = None  # this call consults the operator's call with that id
    referred_by: str | None = None  # a colleague transferred this caller to us (Referred-By)
    status_code: int = 0  # last SIP status, e.g. 486 when the other side was busy
    reason: str = ""
    rang: bool = False  # outgoing: the other side said it rings (180/183)

    @property
    def active(self) -> bool:
        return self.state is not CallState.ENDED


class EndedBy(enum.StrEnum):
    US = "us"
    THEM = "them"


@dataclass(frozen=True)
class CallRecord:
    """A finished call, for the journal when the softphone is the call source."""

    id: int  # the CallView.id the call had
    direction: Direction
    number: str
    name: str
    started_at: datetime
    answered_at: datetime | None
    ended_at: datetime
    status_code: int  # final SIP status: 200 talked, 486 busy, 487 cancelled, 603 declined…
    reason: str
    ended_by: EndedBy | None
    transferred_to: str | None = None  # the number the operator transferred the call to
    transferred_at: datetime | None = None
    consult_for: int | None = None
    dtmf_sent: str = ""
    referred_by: str | None = None  # transferred to us: the transferring side logs the call
    cancel_reason: str = ""  # the Reason header of the CANCEL that ended its ringing, if any
    recording: Path | None = None  # the call's own recording in the spool (still closing)
    # Outgoing: the other side said it rings; a 408 without it is our own timeout (nothing
    # answered at that address), with it the callee never picked up.
    rang: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def answered_elsewhere(self) -> bool:
        """The PBX cancelled the ringing because a colleague answered (ring group, queue)."""
        return self.answered_at is None and completed_elsewhere(self.cancel_reason)


def completed_elsewhere(reason: str) -> bool:
    """An RFC 3326 Reason saying the call was answered on another phone: ``SIP;cause=200``
    (``text="Call completed elsewhere"``) or ISDN's ``Q.850;cause=26`` (non-selected user
    clearing). Several reasons may be given, comma-separated."""
    for value in reason.split(","):
        protocol, _, params = value.strip().partition(";")
        causes = {
            p.strip().lower().removeprefix("cause=").strip()
            for p in params.split(";")
            if p.strip().lower().startswith("cause=")
        }
        name = protocol.strip().upper()
        if (name == "SIP" and "200" in causes) or (name == "Q.850" and "26" in causes):
            return True
    return False
