"""The collector's DATETIME decoder returns what PyMySQL's own returns, for any text."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from pymysql.converters import convert_datetime

from app.calls.collector.decoding import decode_datetime


def test_times_decode_as_pymysql_decodes_them() -> None:
    rng = random.Random(5)
    start = datetime(1970, 1, 1)
    for _ in range(5000):
        moment = start + timedelta(seconds=rng.randrange(0, 4 * 10**9))
        text = f"{moment:%Y-%m-%d %H:%M:%S}"
        assert decode_datetime(text) == convert_datetime(text) == moment


@pytest.mark.parametrize(
    "text",
    [
        "0000-00-00 00:00:00",  # MariaDB's zero date: the text itself
        "2026-02-31 10:00:00",  # no such day: the text itself
        "2026-12-01 10:00:00.123456",  # a fraction
        "2026-12-01 10:00:00.5",
        "2026-12-01T10:00:00",
        "2026-12-01",
        "",
    ],
)
def test_odd_values_decode_as_pymysql_decodes_them(text: str) -> None:
    assert decode_datetime(text) == convert_datetime(text)
    assert type(decode_datetime(text)) is type(convert_datetime(text))
