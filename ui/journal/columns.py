"""Columns of the journal: ids, translatable headers, default layout and display text."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.journal.rows import Extra
from app.messages import QT_TRANSLATE_NOOP
from ui.call_vocabulary import translated


class Col(enum.IntEnum):
    INDICATORS = 0
    STARTED = enum.auto()
    DIRECTION = enum.auto()
    STATUS = enum.auto()
    CLIENT = enum.auto()
    NUMBER = enum.auto()
    EMPLOYEE = enum.auto()
    POSITION = enum.auto()
    RESPONSIBLE = enum.auto()
    RESPONSIBLE_MATCH = enum.auto()
    WAIT = enum.auto()
    TALK = enum.auto()
    TRANSFERS = enum.auto()
    HANGUP = enum.auto()
    QUEUE = enum.auto()
    QUEUE_OUTCOME = enum.auto()
    QUEUE_WAIT = enum.auto()
    DID = enum.auto()
    COST = enum.auto()
    COMMENT = enum.auto()
    CALLBACK = enum.auto()
    RECORDING = enum.auto()


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str  # English source; translated in the "journal" context
    width: int  # without a sample page to measure, and the most the fit gives it
    visible: bool
    align_right: bool = False
    short: str | None = None  # the header when the name is too long for its data


COLUMNS: dict[Col, ColumnSpec] = {
    Col.INDICATORS: ColumnSpec("indicators", QT_TRANSLATE_NOOP("journal", "Marks"), 54, True),
    Col.STARTED: ColumnSpec("started_at", QT_TRANSLATE_NOOP("journal", "Date and time"), 150, True),
    # Hidden by default: the status says it (accepted / no answer / lost are incoming,
    # reached / cancelled / busy outgoing) and internal calls are hidden by default too.
    Col.DIRECTION: ColumnSpec("direction", QT_TRANSLATE_NOOP("journal", "Direction"), 112, False),
    Col.STATUS: ColumnSpec("status", QT_TRANSLATE_NOOP("journal", "Status"), 130, True),
    Col.CLIENT: ColumnSpec("client", QT_TRANSLATE_NOOP("journal", "Client"), 220, True),
    Col.NUMBER: ColumnSpec("number", QT_TRANSLATE_NOOP("journal", "Phone number"), 140, True),
    Col.EMPLOYEE: ColumnSpec("employee", QT_TRANSLATE_NOOP("journal", "Employee"), 170, True),
    Col.CALLBACK: ColumnSpec("callback", QT_TRANSLATE_NOOP("journal", "Callback"), 210, True),
    Col.POSITION: ColumnSpec("position", QT_TRANSLATE_NOOP("journal", "Position"), 150, False),
    Col.RESPONSIBLE: ColumnSpec(
        "responsible", QT_TRANSLATE_NOOP("journal", "Responsible manager"), 170, False
    ),
    Col.RESPONSIBLE_MATCH: ColumnSpec(
        "responsible_match", QT_TRANSLATE_NOOP("journal", "Responsible match"), 40, False
    ),
    Col.WAIT: ColumnSpec(
        "wait",
        QT_TRANSLATE_NOOP("journal", "Wait duration"),
        175,
        True,
        True,
        QT_TRANSLATE_NOOP("journal", "Wait"),
    ),
    Col.TALK: ColumnSpec(
        "talk",
        QT_TRANSLATE_NOOP("journal", "Talk duration"),
        175,
        True,
        True,
        QT_TRANSLATE_NOOP("journal", "Talk"),
    ),
    Col.RECORDING: ColumnSpec(
        "recording",
        QT_TRANSLATE_NOOP("journal", "Recording"),
        30,
        False,
        short="♪",
    ),
    Col.TRANSFERS: ColumnSpec(
        "transfers", QT_TRANSLATE_NOOP("journal", "Transfers"), 70, False, True
    ),
    Col.HANGUP: ColumnSpec("hangup_by", QT_TRANSLATE_NOOP("journal", "Hung up"), 90, False),
    Col.QUEUE: ColumnSpec("queue", QT_TRANSLATE_NOOP("journal", "Queue"), 90, False),
    Col.QUEUE_OUTCOME: ColumnSpec(
        "queue_outcome", QT_TRANSLATE_NOOP("journal", "Queue result"), 170, False
    ),
    Col.QUEUE_WAIT: ColumnSpec(
        "queue_wait", QT_TRANSLATE_NOOP("journal", "Time in queue"), 125, False, True
    ),
    Col.DID: ColumnSpec("did", QT_TRANSLATE_NOOP("journal", "Line (DID)"), 150, False),
    Col.COST: ColumnSpec("cost", QT_TRANSLATE_NOOP("journal", "Cost"), 70, False, True),
    Col.COMMENT: ColumnSpec("comment", QT_TRANSLATE_NOOP("journal", "Comment"), 260, True),
}


# What a column shows beyond a row's common facts: read only while the column is shown.
NEEDS: dict[Col, frozenset[Extra]] = {
    Col.EMPLOYEE: frozenset({Extra.PARTICIPANTS}),  # "+2" and the names in the tooltip
    Col.POSITION: frozenset({Extra.POSITION}),
    Col.RESPONSIBLE: frozenset({Extra.RESPONSIBLE}),
    Col.RESPONSIBLE_MATCH: frozenset({Extra.RESPONSIBLE}),
    Col.RECORDING: frozenset({Extra.RECORDING}),
    Col.HANGUP: frozenset({Extra.HANGUP}),
    Col.QUEUE: frozenset({Extra.QUEUE}),
    Col.QUEUE_OUTCOME: frozenset({Extra.QUEUE}),
    Col.QUEUE_WAIT: frozenset({Extra.QUEUE}),
    Col.DID: frozenset({Extra.QUEUE}),
    Col.COST: frozenset({Extra.COST}),
}


def needs(columns: Iterable[Col]) -> frozenset[Extra]:
    """What the rows must carry for these columns (the shown ones)."""
    return frozenset(e for col in columns for e in NEEDS.get(col, ()))


def header(col: Col) -> str:
    """The column's full name: the chooser, the tooltip, the export."""
    return translated(COLUMNS[col].header)


def title(col: Col) -> str:
    """The header's text: a short word where the full name would be wider than its data."""
    spec = COLUMNS[col]
    return translated(spec.short or spec.header)


def default_layout() -> dict[str, Any]:
    """Visible columns in order, with widths: what a new employee sees first."""
    return {
        "order": [spec.key for spec in COLUMNS.values()],
        "hidden": [spec.key for spec in COLUMNS.values() if not spec.visible],
        "widths": {spec.key: spec.width for spec in COLUMNS.values()},
    }


KEY_TO_COL = {spec.key: col for col, spec in COLUMNS.items()}
