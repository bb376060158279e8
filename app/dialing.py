"""Dial rules: what the softphone sends to the PBX for the text an operator typed or pasted.

* formatting goes: ``+7 (916) 123-45-67`` -> ``+79161234567``; ``8 916 123 45 67`` -> the same;
* internal extensions (``301``) and feature codes (``*46``) are dialled as they are;
* external numbers are dialled in E.164 or in the national format (``89161234567``, what
  many Russian PBX dial plans expect), after an optional outside-line prefix (``9``).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

import phonenumbers

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.phones import DEFAULT_REGION, InvalidNumber, is_extension, normalize

_FEATURE_CODE = re.compile(r"[*#][0-9*#]{1,15}")
_KEYPAD = re.compile(r"[0-9*#]+")
_FORMATTING = re.compile(r"[\s().\-/\u00a0\u2010-\u2015]+")
_PREFIX = re.compile(r"[0-9*#]{0,4}")
MAX_LENGTH = 32


class NumberFormat(enum.StrEnum):
    E164 = "e164"  # +79161234567
    NATIONAL = "national"  # 89161234567 (Russia), 0xx… elsewhere


class DialError(UserFacingError, ValueError):
    """The text cannot be dialled; the message says why."""


@dataclass(frozen=True)
class DialRules:
    outside_prefix: str = ""  # dialled before every external number, e.g. "9"
    number_format: NumberFormat = NumberFormat.E164
    region: str = DEFAULT_REGION

    def __post_init__(self) -> None:
        if not _PREFIX.fullmatch(self.outside_prefix):
            raise DialError(
                QT_TRANSLATE_NOOP("app", "The outside-line prefix may have up to 4 digits, * or #.")
            )


def clean(text: str) -> str:
    """Pasted text without formatting: spaces, brackets, dashes, dots, 'tel:'."""
    raw = text.strip()
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
    return _FORMATTING.sub("", raw)


def dial_string(text: str, rules: DialRules | None = None) -> str:
    """What to dial for ``text``; :class:`DialError` with a clear message otherwise."""
    rules = rules or DialRules()
    raw = clean(text)
    if not raw:
        raise DialError(QT_TRANSLATE_NOOP("app", "Type a number to call."))
    if len(raw) > MAX_LENGTH:
        raise DialError(QT_TRANSLATE_NOOP("app", "The number is too long to dial."))
    if _FEATURE_CODE.fullmatch(raw) or (is_extension(raw) and _KEYPAD.fullmatch(raw)):
        return raw
    try:
        number = normalize(raw, rules.region)
    except InvalidNumber as e:
        raise DialError(e.message) from None
    if rules.number_format is NumberFormat.NATIONAL:
        return rules.outside_prefix + _national(number, rules.region)
    return rules.outside_prefix + number


def _national(number: str, region: str) -> str:
    parsed = phonenumbers.parse(number, None)
    if parsed.country_code == 7 and region == "RU":  # the Russian trunk prefix is 8
        return "8" + str(parsed.national_number)
    if phonenumbers.region_code_for_number(parsed) == region:
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return re.sub(r"\D", "", national)
    return ("810" if region == "RU" else "00") + number[1:]  # international access code
