"""Dial rules: pasted numbers, extensions, feature codes, prefixes and formats."""

from __future__ import annotations

import pytest

from app.dialing import DialError, DialRules, NumberFormat, clean, dial_string


@pytest.mark.parametrize(
    ("typed", "e164", "national_with_9"),
    [
        ("+7 (916) 123-45-67", "+79161234567", "989161234567"),
        ("8 916 123 45 67", "+79161234567", "989161234567"),
        ("tel:+7-495-123-45-67", "+74951234567", "984951234567"),
        ("+44 20 7946 0958", "+442079460958", "9810442079460958"),
        ("301", "301", "301"),
        ("*46", "*46", "*46"),
        ("#21#", "#21#", "#21#"),
    ],
)
def test_dial_strings(typed: str, e164: str, national_with_9: str) -> None:
    assert dial_string(typed) == e164
    rules = DialRules(outside_prefix="9", number_format=NumberFormat.NATIONAL)
    assert dial_string(typed, rules) == national_with_9


def test_clean_removes_formatting_only() -> None:
    assert clean(" +7\u00a0(916)\u2011123.45/67 ") == "+79161234567"
    assert clean("*46#") == "*46#"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Type a number to call."),
        ("   ", "Type a number to call."),
        ("call me", "is not a phone number"),
        ("+7 916 12", "is not a valid phone number"),
        ("1" * 40, "too long"),
    ],
)
def test_bad_input_says_why(typed: str, problem: str) -> None:
    with pytest.raises(DialError, match=problem):
        dial_string(typed)


def test_bad_prefix_is_refused() -> None:
    with pytest.raises(DialError, match="outside-line prefix"):
        DialRules(outside_prefix="9x")
