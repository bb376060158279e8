"""Phone numbers: E.164 normalization, internal extensions and suffix-search keys."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from app.messages import QT_TRANSLATE_NOOP, UserFacingError

DEFAULT_REGION = "RU"  # where numbers without + are from, unless configured
MAX_EXTENSION_DIGITS = 5
_NON_DIGITS = re.compile(r"[^0-9]+")


class InvalidNumber(UserFacingError, ValueError):
    """The text is not a phone number the company can call."""


def digits(text: str) -> str:
    """The ASCII digits of ``text``; other scripts' digits (Arabic-Indic, full-width, pasted
    from a foreign keyboard) count as the same digits, so a search key or an extension is
    always plain 0-9."""
    if not text.isascii():
        text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    return _NON_DIGITS.sub("", text)


def phone_digits(text: str) -> str:
    """The digits of a searched number as stored numbers end: spaces, brackets and dashes go,
    and a Russian 8XXXXXXXXXX is +7XXXXXXXXXX."""
    d = digits(text)
    if len(d) == 11 and d.startswith("8"):
        d = "7" + d[1:]
    return d


def is_extension(text: str) -> bool:
    """Internal extensions (e.g. ``301``) are never registered as client numbers."""
    d = digits(text)
    return 0 < len(d) <= MAX_EXTENSION_DIGITS and not text.strip().startswith("+")


def normalize(text: str, region: str = DEFAULT_REGION) -> str:
    """Return the number in E.164 or raise :class:`InvalidNumber` with a clear message."""
    raw = text.strip()
    if not raw:
        raise InvalidNumber(QT_TRANSLATE_NOOP("app", "The phone number is empty."))
    if is_extension(raw):
        raise InvalidNumber(
            QT_TRANSLATE_NOOP("app", "{number} is an internal extension, not a client number."),
            number=raw,
        )
    d = digits(raw)
    # Russian habit: 8XXXXXXXXXX means +7XXXXXXXXXX.
    if region == "RU" and len(d) == 11 and d.startswith("8") and not raw.startswith("+"):
        raw = "+7" + d[1:]
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as e:
        raise InvalidNumber(
            QT_TRANSLATE_NOOP("app", "{number} is not a phone number."), number=repr(text)
        ) from e
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidNumber(
            QT_TRANSLATE_NOOP("app", "{number} is not a valid phone number."), number=repr(text)
        )
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def reversed_digits(number: str) -> str:
    """Key of the suffix index: ``+74951234567`` -> ``76543215947``."""
    return digits(number)[::-1]


def display(number: str) -> str:
    """A number as people read it: +7 495 123-45-67; extensions and junk as they are."""
    if not number.startswith("+"):
        return number
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
