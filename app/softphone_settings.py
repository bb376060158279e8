"""The softphone's settings of this workstation: SIP account, dial rules, pause codes, devices.

They live in ``WorkstationSettings.extra["softphone"]`` (the settings file); the SIP password
goes to the OS keyring under :meth:`SoftphoneSettings.secret_key`, never to the file.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from app.config import WorkstationSettings, delete_secret, get_secret, set_secret
from app.dialing import DialError, DialRules, NumberFormat
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.phones import DEFAULT_REGION

EXTRA_KEY = "softphone"
TRANSPORTS = ("udp", "tcp")
MAX_WRAP_UP_SECONDS = 3600
MAX_VOLUME = 200  # percent
COMPANY_WRAP_UP = -1  # SoftphoneSettings.wrap_up_seconds: as the company says


def wrap_up_for(own: int, company: object) -> int:
    """The wrap-up seconds after a call: the workstation's own, else the company's setting
    (a value out of range, or none stored, is no wrap-up)."""
    if own != COMPANY_WRAP_UP:
        return own
    if isinstance(company, int) and not isinstance(company, bool):
        return company if 0 < company <= MAX_WRAP_UP_SECONDS else 0
    return 0


_HOST = re.compile(r"[A-Za-z0-9.\-:\[\]]+")
_USER = re.compile(r"[A-Za-z0-9_.\-+*#]+")
_FEATURE_CODE = re.compile(r"[0-9*#]{1,16}")


class SoftphoneSettingsError(UserFacingError, ValueError):
    """A softphone setting is not valid; the message says which and why."""


@dataclass(frozen=True)
class SoftphoneSettings:
    registrar: str = ""  # the PBX host name or address
    port: int = 5060
    user: str = ""  # the operator's extension
    auth_user: str = ""  # empty: the same as user
    display_name: str = ""
    transport: str = "udp"
    outside_prefix: str = ""
    number_format: str = NumberFormat.E164.value
    pause_code: str = ""  # dialled silently when the operator pauses, e.g. "*46"
    unpause_code: str = ""  # and when back to Ready, e.g. "*47"
    # The automatic wrap-up pause after a call: COMPANY_WRAP_UP (the company's length, set
    # in Administration), 0 (none) or this workstation's own seconds.
    wrap_up_seconds: int = -1
    mic_volume: int = 100  # percent: 0 silent, 100 as the device gives it, up to 200
    speaker_volume: int = 100
    microphone: str = ""  # device ids; empty: the system default
    speaker: str = ""
    ringer: str = ""

    @property
    def configured(self) -> bool:
        """An account is set up: the softphone starts and registers."""
        return bool(self.registrar.strip() and self.user.strip())

    def secret_key(self) -> str:
        """The keyring entry of the SIP password."""
        who = (self.auth_user or self.user).strip()
        return f"sip:{who}@{self.registrar.strip()}:{self.port}"

    def dial_rules(self, region: str = DEFAULT_REGION) -> DialRules:
        return DialRules(self.outside_prefix, NumberFormat(self.number_format), region)

    def validated(self) -> SoftphoneSettings:
        """The settings with spaces trimmed; :class:`SoftphoneSettingsError` when invalid."""
        s = replace(
            self,
            registrar=self.registrar.strip(),
            user=self.user.strip(),
            auth_user=self.auth_user.strip(),
            display_name=" ".join(self.display_name.split()),
            outside_prefix=self.outside_prefix.strip(),
            pause_code=self.pause_code.strip(),
            unpause_code=self.unpause_code.strip(),
        )
        if bool(s.registrar) != bool(s.user):
            raise SoftphoneSettingsError(
                QT_TRANSLATE_NOOP(
                    "app", "Fill in both the PBX address and the extension, or leave both empty."
                )
            )
        if s.registrar and not _HOST.fullmatch(s.registrar):
            raise SoftphoneSettingsError(
                QT_TRANSLATE_NOOP("app", "{value} is not a host name or an address of the PBX."),
                value=repr(s.registrar),
            )
        for value in (s.user, s.auth_user):
            if value and not _USER.fullmatch(value):
                raise SoftphoneSettingsError(
                    QT_TRANSLATE_NOOP("app", "{value} is not a valid SIP user name."),
                    value=repr(value),
                )
        if not 1 <= s.port <= 65535:
            raise SoftphoneSettingsError(
                QT_TRANSLATE_NOOP("app", "The SIP port must be between 1 and 65535.")
            )
        if s.transport not in TRANSPORTS:
            raise SoftphoneSettingsError(
                QT_TRANSLATE_NOOP("app", "The SIP transport must be UDP or TCP.")
            )
        for code in (s.pause_code, s.unpause_code):
            if code and not _FEATURE_CODE.fullmatch(code):
                raise SoftphoneSettingsError(
                    QT_TRANSLATE_NOOP(
                        "app", "{value} is not a feature code: use digits, * and # only."
                    ),
                    value=repr(code),
                )
        if not COMPANY_WRAP_UP <= s.wrap_up_seconds <= MAX_WRAP_UP_SECONDS:
            raise SoftphoneSettingsError(
                QT_TRANSLATE_NOOP("app", "The wrap-up pause lasts 0 to {limit} seconds."),
                limit=MAX_WRAP_UP_SECONDS,
            )
        for volume in (s.mic_volume, s.speaker_volume):
            if not 0 <= volume <= MAX_VOLUME:
                raise SoftphoneSettingsError(
                    QT_TRANSLATE_NOOP("app", "A volume is 0 to {limit} %."), limit=MAX_VOLUME
                )
        try:
            NumberFormat(s.number_format)
            s.dial_rules()
        except DialError as e:
            raise SoftphoneSettingsError(e.message) from None
        except ValueError:
            raise SoftphoneSettingsError(
                QT_TRANSLATE_NOOP("app", "{value} is not a number format."),
                value=repr(s.number_format),
            ) from None
        return s


def load_softphone_settings(settings: WorkstationSettings) -> SoftphoneSettings:
    """The stored softphone settings; unknown keys and values of a wrong type are ignored."""
    raw = settings.extra.get(EXTRA_KEY)
    if not isinstance(raw, dict):
        return SoftphoneSettings()
    defaults = SoftphoneSettings()
    values: dict[str, Any] = {}
    for f in fields(SoftphoneSettings):
        value = raw.get(f.name)
        if isinstance(value, type(getattr(defaults, f.name))) and not isinstance(value, bool):
            values[f.name] = value
    return SoftphoneSettings(**values)


def store_softphone_settings(
    settings: WorkstationSettings, softphone: SoftphoneSettings, password: str | None = None
) -> SoftphoneSettings:
    """Put validated softphone settings into ``settings.extra`` (the caller saves the file).

    ``password`` None keeps the stored one; a new password goes to the keyring (and the one
    under the old key is removed when the account moved)."""
    checked = softphone.validated()
    previous = load_softphone_settings(settings)
    if password is not None and checked.configured:
        set_secret(checked.secret_key(), password)
    elif (
        password is None
        and previous.configured
        and checked.configured
        and previous.secret_key() != checked.secret_key()
    ):
        old = get_secret(previous.secret_key())
        if old is not None:
            set_secret(checked.secret_key(), old)
    if previous.configured and previous.secret_key() != checked.secret_key():
        delete_secret(previous.secret_key())
    settings.extra = {**settings.extra, EXTRA_KEY: asdict(checked)}
    return checked


def sip_password(softphone: SoftphoneSettings) -> str:
    """The SIP password from the keyring; empty when none is stored."""
    if not softphone.configured:
        return ""
    return get_secret(softphone.secret_key()) or ""
