"""Running a report by name (the entry point of the UI and the CLI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine

from app.clock import Clock
from app.reports.drill import CallSelection
from app.reports.params import ReportParams
from app.reports.result import ReportResult

REPORTS: dict[str, str] = {
    "call-center": "Call center",
    "lost-calls": "Lost calls and callbacks",
    "operators": "Operator KPI",
    "detail": "Call detail",
    "traffic": "Traffic distribution",
    "waits": "Wait times and disconnection causes",
    "clients": "Client cards",
    "repeat-callers": "Repeat callers",
}


@dataclass(frozen=True)
class ReportSettings:
    service_level_s: int = 20
    short_abandon_s: int = 5
    time_zone: str = ""  # "" = the machine's local zone, named in the header


def report_settings(conn: Connection) -> ReportSettings:
    raise NotImplementedError


def set_report_settings(conn: Connection, settings: ReportSettings) -> None:
    """Store the settings; a changed threshold rebuilds the summaries (same transaction)."""
    raise NotImplementedError


def run_report(
    engine: Engine | Connection,
    name: str,
    params: ReportParams,
    *,
    settings: ReportSettings | None = None,
    clock: Clock | None = None,
) -> ReportResult:
    """Run report ``name`` (a key of :data:`REPORTS`); raises ReportError on bad params."""
    raise NotImplementedError


def drill_down(result: ReportResult, row_key: Any, column_key: str) -> CallSelection:
    """The calls counted in ``result``'s cell (row ``row_key`` — None for the total — and a
    drillable column). Raises KeyError for a cell that does not count calls."""
    raise NotImplementedError


def selection_page(
    engine: Engine | Connection,
    selection: CallSelection,
    after: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Calls of ``selection`` newest first, ``limit`` after the keyset ``after``."""
    raise NotImplementedError


def detail_page(
    engine: Engine | Connection, result: ReportResult, after: tuple[datetime, int]
) -> ReportResult:
    """The next page of a detail report (``after`` = ``result.next_page``)."""
    raise NotImplementedError


_RUNNERS: dict[str, Callable[..., ReportResult]] = {}
