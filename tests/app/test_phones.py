"""Phone numbers: E.164 normalization, extensions and the suffix-search key."""

from __future__ import annotations

import pytest

from app.phones import InvalidNumber, display, is_extension, normalize, reversed_digits


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8 (495) 123-45-67", "+74951234567"),
        ("+7 916 123 45 67", "+79161234567"),
        ("+7(916)123-45-67", "+79161234567"),
        ("89161234567", "+79161234567"),
        ("  8-812-555-12-34  ", "+78125551234"),
        ("(495) 123-45-67", "+74951234567"),
        ("+380 44 123 4567", "+380441234567"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_normalize(typed: str, expected: str) -> None:
    assert normalize(typed) == expected
    assert normalize(expected) == expected  # already normalized stays as it is


@pytest.mark.parametrize("extension", ["301", "1001", " 12 ", "99999"])
def test_extension_is_not_a_client_number(extension: str) -> None:
    assert is_extension(extension)
    with pytest.raises(InvalidNumber, match="internal extension"):
        normalize(extension)


@pytest.mark.parametrize(
    "garbage",
    ["", "   ", "abc", "позвонить Ивану", "+7 000 000 00 00", "8 (495) 123", "+999 123456789"],
)
def test_garbage_is_refused(garbage: str) -> None:
    with pytest.raises(InvalidNumber):
        normalize(garbage)


def test_invalid_number_is_a_value_error_with_the_text() -> None:
    with pytest.raises(ValueError, match="abc"):
        normalize("abc")


def test_reversed_digits() -> None:
    assert reversed_digits("+74951234567") == "76543215947"
    assert reversed_digits("301") == "103"
    # The suffix a user types, reversed, is a prefix of the key: an index range scan.
    assert reversed_digits("+74951234567").startswith(reversed_digits("45-67"))


def test_display() -> None:
    assert display("+74951234567") == "+7 495 123-45-67"
    assert display("301") == "301"
