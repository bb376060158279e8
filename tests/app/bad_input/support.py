"""Shared pieces of the property tests over what users and files hand the app: bounded
settings (no deadline, which flakes on a loaded machine; few examples, so the suite stays
fast), text that looks like what people paste, and a tally of what was tried per parser."""

from __future__ import annotations

import atexit
import json
import os
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# No per-example deadline (a loaded CI machine would flake), a bounded count instead, and the
# same examples on every run (derandomize): a suite that passes today passes tomorrow; a run
# with CALLDESK_PROPERTY_RANDOM=1 explores new ones (what it finds is kept as an @example).
BOUNDED = settings(
    deadline=None,
    max_examples=int(os.environ.get("CALLDESK_PROPERTY_EXAMPLES", "120")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=os.environ.get("CALLDESK_PROPERTY_RANDOM") != "1",
)
FEW = settings(BOUNDED, max_examples=int(os.environ.get("CALLDESK_PROPERTY_FEW", "25")))

# Text people paste: any Unicode, plus the pieces that matter to these parsers.
PIECES = st.sampled_from(
    [
        "+7",
        "8",
        "9",
        "0",
        "(",
        ")",
        "-",
        " ",
        "\u00a0",
        "\u2013",
        "tel:",
        "*",
        "#",
        ",",
        ".",
        "..",
        "/",
        "\\",
        "\x00",
        "\n",
        "\r",
        "\t",
        ";",
        '"',
        "'",
        "%",
        "_",
        "=",
        "C:",
        "http://",
        "file://",
        "٣",
        "²",
        "e",
        "E",
        "1e400",
        "nan",
        "inf",
        "Infinity",
        "0x1",
        "١٢٣",
        "𝟗",
        "\ufeff",
        "\u200b",
        "ё",
        "Ромашка",
        "%_",
        "\\%",
    ]
)
PASTED = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=20).map("".join),
    st.from_regex(r"[+8]?[0-9 ()\-]{0,40}", fullmatch=True),
)

TRIED: Counter[str] = Counter()
TALLY = (
    Path(os.environ.get("CALLDESK_PROPERTY_TALLY", ""))
    if os.environ.get("CALLDESK_PROPERTY_TALLY")
    else None
)


def tried(parser: str) -> None:
    """Count one input given to ``parser`` (written at exit when CALLDESK_PROPERTY_TALLY is a
    file name: the figures of the closing note)."""
    TRIED[parser] += 1


def _write_tally() -> None:
    if TALLY is None or not TRIED:
        return
    old: dict[str, int] = json.loads(TALLY.read_text()) if TALLY.exists() else {}
    for key, value in TRIED.items():
        old[key] = old.get(key, 0) + value
    TALLY.write_text(json.dumps(old, indent=1, sort_keys=True))


atexit.register(_write_tally)
