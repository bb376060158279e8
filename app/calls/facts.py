"""The two records every view of a call shares: the status rule's facts and a list line.

:class:`CallFacts` is what the status rule (app.calls.status) reads; :meth:`CallFacts.from_row`
is its one constructor from a stored call, whatever shape the row comes in. :class:`CallSummary`
is the six fields every list of calls shows (the pop-up's last calls, the card's calls, the
journal line), which those records extend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CallFacts:
    """The stored facts a call's status and indicators follow from."""

    direction: str
    disposition: str
    number_known: bool
    started_at: datetime
    resolved_at: datetime | None = None
    dismissed_at: datetime | None = None
    # Still going: the row has no end yet (a softphone's answered call being talked).
    in_progress: bool = False

    @classmethod
    def from_row(cls, row: Mapping[str, Any] | object) -> CallFacts:
        """The facts of a call row: a mapping of ``calls`` columns (a dict being written, a
        ``RowMapping``) or anything with those attributes (a result row, a journal row).

        ``resolved_at`` and ``dismissed_at`` may be absent (a call being written has none);
        the call is in progress when ``ended_at`` is there and None.
        """
        values: Mapping[str, Any] = (
            row
            if isinstance(row, Mapping)
            else {name: getattr(row, name) for name in _FIELDS if hasattr(row, name)}
        )
        return cls(
            direction=values["direction"],
            disposition=values["disposition"],
            number_known=bool(values["number_known"]),
            started_at=values["started_at"],
            resolved_at=values.get("resolved_at"),
            dismissed_at=values.get("dismissed_at"),
            in_progress="ended_at" in values and values["ended_at"] is None,
        )


_FIELDS = (
    "direction",
    "disposition",
    "number_known",
    "started_at",
    "resolved_at",
    "dismissed_at",
    "ended_at",
)


@dataclass(frozen=True)
class CallSummary:
    """One call as a list of calls shows it.

    ``status`` is the stored journal status (a ``CallStatus`` value), so every list names
    and colours it as the journal does; ``number`` is the external number.
    """

    id: int
    started_at: datetime
    direction: str
    status: str
    number: str
    employee_name: str | None
