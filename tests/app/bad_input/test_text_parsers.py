"""Property tests over the parsers of what an operator types or pastes and of what the PBX
and the database hand over: dial strings, phone numbers, card field values of each type,
recording references, the collector's CDR rows and Master.csv lines. Every input ends in a
value that keeps the parser's promise or in its documented refusal (a UserFacingError or the
collector's BadRow) — never another exception, never a hang (bounded examples, no deadline).
Examples hypothesis found are kept as explicit ``@example``s."""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.calls.collector.legs import MAX_LEG_SECONDS, BadRow, Leg, leg_from_row
from app.calls.collector.sources import CSV_COLUMNS, csv_row
from app.clients.fields import FieldDef, FieldValueError, clean_value, value_text
from app.dialing import MAX_LENGTH, DialError, DialRules, NumberFormat, dial_string
from app.phones import InvalidNumber, display, is_extension, normalize, phone_digits
from app.recordings import RecordingArchive, UnsafeReference, check_reference
from models import FieldType
from tests.app.bad_input.support import BOUNDED, PASTED, PIECES, tried

E164 = re.compile(r"\+[1-9][0-9]{1,14}")
DIALLED = re.compile(r"[0-9*#]{0,4}\+?[0-9*#]+")  # the outside-line prefix, then the number
REGIONS = st.sampled_from(["RU", "UA", "KZ", "DE", "US", "GB"])

# -- dial strings (app/dialing.py) -------------------------------------------------------


@BOUNDED
@given(
    text=PASTED,
    prefix=st.sampled_from(["", "9", "0", "*8"]),
    fmt=st.sampled_from(list(NumberFormat)),
    region=REGIONS,
)
@example(text="٣٠١", prefix="", fmt=NumberFormat.E164, region="RU")
@example(text="tel:+7 (916) 123-45-67", prefix="9", fmt=NumberFormat.NATIONAL, region="RU")
@example(text="\x00301", prefix="", fmt=NumberFormat.E164, region="RU")
def test_a_dial_string_is_keypad_text_or_refused(
    text: str, prefix: str, fmt: NumberFormat, region: str
) -> None:
    tried("dial string")
    try:
        dialled = dial_string(text, DialRules(prefix, fmt, region))
    except DialError as e:
        assert str(e.message)
        return
    assert DIALLED.fullmatch(dialled), dialled
    assert len(dialled) <= MAX_LENGTH + len(prefix) + 4  # 810 / 00 before a foreign number


@BOUNDED
@given(prefix=PASTED)
def test_an_outside_line_prefix_is_short_keypad_text_or_refused(prefix: str) -> None:
    tried("dial string")
    try:
        rules = DialRules(prefix)
    except DialError:
        return
    assert re.fullmatch(r"[0-9*#]{0,4}", rules.outside_prefix)


# -- phone numbers (app/phones.py) -------------------------------------------------------


@BOUNDED
@given(text=PASTED, region=REGIONS)
@example(text="١٢٣٤٥٦٧٨٩٠١", region="RU")
@example(text="8" * 5000, region="RU")
def test_a_phone_number_is_e164_or_refused(text: str, region: str) -> None:
    tried("phone number")
    display(text)  # shows anything as it is
    assert phone_digits(text).isascii() and (phone_digits(text).isdigit() or not phone_digits(text))
    try:
        number = normalize(text, region)
    except InvalidNumber as e:
        assert str(e.message)
        return
    assert E164.fullmatch(number), number
    assert normalize(number, region) == number  # stable
    assert not is_extension(number)
    assert display(number).startswith("+")


# -- card field values (app/clients/fields.py) ---------------------------------------------

ITEMS = ("Опт", "Розница", "VIP")
VALUES: st.SearchStrategy[Any] = st.one_of(
    PASTED,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.lists(st.one_of(st.sampled_from(ITEMS), PASTED), max_size=5),
    st.sampled_from(ITEMS),
    st.from_regex(r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,25}", fullmatch=True),
    st.from_regex(r"-?[0-9 \u00a0]{1,12}([,.][0-9]{0,4})?", fullmatch=True),
    st.none(),
)


def _field(kind: FieldType) -> FieldDef:
    return FieldDef(1, "Поле", kind, False, 0, "", True, ITEMS)


@BOUNDED
@given(kind=st.sampled_from(list(FieldType)), value=VALUES)
@example(kind=FieldType.NUMBER, value="1e400")
@example(kind=FieldType.NUMBER, value=float("nan"))
@example(kind=FieldType.NUMBER, value="-inf")
@example(kind=FieldType.NUMBER, value=10**400)
@example(kind=FieldType.DATE, value="1.1.99999999999999999999")
@example(kind=FieldType.DATE, value="1.1.²")
@example(kind=FieldType.DATE, value="31.12.0")
@example(kind=FieldType.MULTI_SELECT, value=0)
@example(kind=FieldType.LIST, value=date(2026, 1, 1))
def test_a_field_value_is_stored_as_json_or_refused(kind: FieldType, value: Any) -> None:
    tried(f"card field ({kind.value})")
    field = _field(kind)
    try:
        stored = clean_value(field, value)
    except FieldValueError as e:
        assert "Поле" in str(e.message)
        return
    json.dumps(stored, allow_nan=False)  # what the database's JSON column takes
    value_text(field, stored)
    if stored is None:
        return
    if kind is FieldType.NUMBER:
        assert isinstance(stored, int | float) and not isinstance(stored, bool)
        assert math.isfinite(stored)
    elif kind is FieldType.DATE:
        assert date.fromisoformat(stored)
    elif kind in (FieldType.LIST, FieldType.MULTI_SELECT, FieldType.CHECKBOXES):
        assert isinstance(stored, list) and all(isinstance(v, str) and v for v in stored)
    elif kind is FieldType.DROPDOWN:
        assert stored in ITEMS
    assert clean_value(field, stored) == stored  # what was stored is taken back as it is


# -- recording references (app/recordings.py) -------------------------------------------

REF_PIECES = st.sampled_from(
    [
        "..",
        ".",
        "...",
        ".. ",
        " ..",
        "a",
        "2026",
        "x.wav",
        "C:",
        "c:x.wav",
        "/",
        "\\",
        "//",
        "%2e%2e",
        "http://evil.example/",
        "file:///etc/passwd",
        "\x00",
        "?",
        "#",
        "~",
        " ",
        "con",
        "a:b",
        "\\\\server\\share",
    ]
)
REFS = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(REF_PIECES, st.text(max_size=3)), max_size=10).map("".join),
    st.lists(st.one_of(REF_PIECES, st.text(max_size=5)), max_size=6).map("/".join),
)


def _windows_parts_stay_inside(parts: tuple[str, ...]) -> bool:
    """What a Windows workstation would open: no drive, no component that Win32 reads as
    '..' or '.' (it drops trailing dots and spaces), nothing that leaves D:\\rec."""
    base = PureWindowsPath("D:/rec")
    joined = base.joinpath(*parts)
    if joined.drive != base.drive or not joined.is_relative_to(base):
        return False
    return all(p.rstrip(". ") not in ("", "..") or p == "" for p in joined.parts[2:])


@BOUNDED
@given(ref=REFS)
@example(ref="a/C:x.wav")
@example(ref="a/.. /.. /x.wav")
@example(ref="a/.../x.wav")
@example(ref="http://evil.example/x.wav")
@example(ref="//evil.example/x.wav")
def test_a_recording_reference_stays_inside_the_archive_or_is_refused(
    ref: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tried("recording reference")
    try:
        relative = check_reference(ref)
    except UnsafeReference as e:
        assert str(e.message)
        return
    assert isinstance(relative, PurePosixPath) and not relative.is_absolute()
    assert ".." not in relative.parts
    assert _windows_parts_stay_inside(relative.parts), relative.parts
    base = Path("/srv/recordings")
    located = RecordingArchive(base).locate(ref)
    assert located.path is not None and located.path.is_relative_to(base)
    http = RecordingArchive("https://rec.example.com/calls/").locate(ref)
    assert http.url is not None
    parsed = urlsplit(http.url)
    assert (parsed.scheme, parsed.netloc) == ("https", "rec.example.com")
    assert parsed.path.startswith("/calls/") and not parsed.query and not parsed.fragment


# -- the collector's CDR rows and Master.csv lines (app/calls/collector/) ----------------

CDR_VALUES: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    PASTED,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(),
    st.sampled_from(["", "0000-00-00 00:00:00", "ANSWERED", "NO ANSWER", "2026-11-20 10:15:00"]),
)
CDR_KEYS = (
    "calldate",
    "duration",
    "billsec",
    "disposition",
    "src",
    "dst",
    "dcontext",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "uniqueid",
    "linkedid",
    "sequence",
    "recordingfile",
)
GOOD_ROW: dict[str, Any] = {
    "calldate": datetime(2026, 11, 20, 10, 15),
    "duration": 30,
    "billsec": 20,
    "disposition": "ANSWERED",
    "src": "79161234567",
    "dst": "301",
    "uniqueid": "1763622900.12",
    "linkedid": "1763622900.12",
    "sequence": 12,
}


def _check_leg(leg: Leg) -> None:
    assert 0 <= leg.billsec <= leg.duration <= MAX_LEG_SECONDS
    assert leg.uniqueid and leg.linkedid
    assert isinstance(leg.calldate, datetime) and leg.calldate.tzinfo is None


@BOUNDED
@given(changes=st.dictionaries(st.sampled_from(CDR_KEYS), CDR_VALUES, max_size=6))
@example(changes={"duration": float("inf")})
@example(changes={"billsec": float("-inf")})
@example(changes={"sequence": float("inf")})
@example(changes={"calldate": "2026-11-20 25:61:00"})
def test_a_cdr_row_is_a_leg_or_a_bad_row(changes: dict[str, Any]) -> None:
    tried("CDR row")
    try:
        leg = leg_from_row({**GOOD_ROW, **changes})
    except BadRow as e:
        assert e.reason
        return
    _check_leg(leg)


LINE_FIELDS = st.lists(
    st.one_of(PASTED, st.sampled_from(["2026-11-20 10:15:00", "30", "20", "ANSWERED"])),
    min_size=0,
    max_size=23,
)


@BOUNDED
@given(
    line=st.one_of(
        st.text(max_size=200),
        LINE_FIELDS.map(lambda fields: ",".join(f'"{f}"' for f in fields)),
        LINE_FIELDS.map(",".join),
        st.lists(PIECES, max_size=40).map("".join),
    )
)
@example(line='"' + '","'.join(["x"] * 18))
@example(line="\x00" * 30)
@example(line='"a' + "," * 20)
def test_a_master_csv_line_is_a_leg_or_a_bad_row(line: str) -> None:
    tried("Master.csv line")
    try:
        row = csv_row(line)
        leg = leg_from_row(row)
    except BadRow as e:
        assert e.reason
        return
    assert set(row) <= {*CSV_COLUMNS, "calldate"} - {"start"}
    _check_leg(leg)
