"""What a report returns: columns with stable keys, rows as dicts, a total and its header."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.reports.params import ReportParams


class ColumnKind(enum.StrEnum):
    COUNT = "count"  # an int; a count of calls when the column is drillable
    PERCENT = "percent"  # a float 0..100 (None when the denominator is 0)
    SECONDS = "seconds"  # a duration in seconds (int or float; None when undefined)
    TEXT = "text"
    DATETIME = "datetime"  # a datetime (or a date for period labels)


@dataclass(frozen=True)
class Column:
    key: str  # stable snake_case key (JSON, CSV header ids, drill-down)
    title: str  # English title; translate with QT_TRANSLATE_NOOP context "app"
    kind: ColumnKind
    drillable: bool = False  # a number of calls that drill_down() turns into a filter


@dataclass(frozen=True)
class ReportHeader:
    """The facts a report's header states (issue 14: "every report")."""

    date_from: date
    date_to: date
    time_zone: str  # the company's time zone name (calls are stored in its local time)
    service_level_s: int  # answered within N seconds
    short_abandon_s: int  # abandons under M seconds are ignored


@dataclass
class ReportResult:
    """One report run.

    ``rows`` are dicts keyed by the column keys plus ``"key"``: the row's identity for
    drill-down (the period start as a date/datetime, an int for weekday / hour of day,
    an employee id, a call id...). ``total`` is keyed the same way (its "key" is None) or
    empty when the report has no total row. ``chart`` names the series the UI may draw.
    ``next_page`` (the paged reports: detail, lost calls) is the keyset to pass to
    ``detail_page`` for more rows.
    """

    report: str
    params: ReportParams
    header: ReportHeader
    columns: list[Column]
    rows: list[dict[str, Any]]
    total: dict[str, Any] = field(default_factory=dict)
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    next_page: tuple[Any, ...] | None = None
    # Value filters (tasks): column key -> the values found before those filters applied.
    choices: dict[str, list[str]] = field(default_factory=dict)

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def as_json(self) -> dict[str, Any]:
        """``{"report", "period", "header", "rows", "total"}`` with JSON-safe values."""
        return {
            "report": self.report,
            "period": {
                "from": self.header.date_from.isoformat(),
                "to": self.header.date_to.isoformat(),
                "breakdown": self.params.breakdown.value,
            },
            "header": {
                "time_zone": self.header.time_zone,
                "service_level_s": self.header.service_level_s,
                "short_abandon_s": self.header.short_abandon_s,
            },
            "rows": [_json_row(r) for r in self.rows],
            "total": _json_row(self.total),
            **(
                {"sections": {k: [_json_row(r) for r in v] for k, v in self.sections.items()}}
                if self.sections
                else {}
            ),
        }


def _json_value(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 2)
    return value


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _json_value(v) for k, v in row.items()}
