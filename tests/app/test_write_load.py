"""Fifty desktops writing at once into one MariaDB (issue 18): every write is either done
exactly once or refused with a message, and the database agrees with what each writer was
told. The minute-long run with figures is tests/benchmarks/write_load.py."""

from __future__ import annotations

import pytest

from tests.support.write_load import prepare, run_load, verify

pytestmark = pytest.mark.mariadb

WRITERS = 50
SECONDS = 8.0


def test_fifty_writers_each_write_is_done_once_or_refused_with_a_message(
    mariadb_url: str,
) -> None:
    setup = prepare(mariadb_url, WRITERS)
    out = run_load(setup, SECONDS)
    counts = out.counts()
    assert out.failed == [], out.failed[:5]  # neither done nor refused: lost
    assert counts["done_register"] > 0 and counts["done_pause"] > 0 and counts["done_comment"] > 0
    # The races really happened and were refused in words: a number taken, a comment changed.
    refusals = {kind for kind, _token, _message, _class in out.refused}
    assert {"register", "comment"} <= refusals, counts
    assert all(message.strip() for _kind, _token, message, _class in out.refused)
    assert verify(setup, out) == []
