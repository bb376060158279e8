"""Reports (issue 14): call center, lost calls, operator KPI, detail, traffic, waits, clients,
repeat callers — read from summary tables kept in the calls' own transactions.

The public API the Reports UI and ``calldesk report`` use (see docs in /tmp/reports-api.md):

* :data:`REPORTS` — report name -> English title, in menu order.
* :class:`ReportParams` (+ :class:`Breakdown`, :class:`CallType`), :class:`ReportError`.
* :func:`run_report` -> :class:`ReportResult` (columns, rows, total, header facts).
* :func:`drill_down` -> :class:`CallSelection` (exact calls behind a number; its
  ``journal_filter()`` for the journal, ``journal_exact`` whether that is exact);
  :func:`selection_page` lists a selection's calls by keyset.
* :func:`detail_page` — the next page of the detail report.
* :func:`report_settings` / :func:`set_report_settings` — SL threshold, short abandon, time zone.
"""

from app.reports.drill import CallSelection
from app.reports.params import Breakdown, CallType, ReportError, ReportParams
from app.reports.result import Column, ColumnKind, ReportHeader, ReportResult
from app.reports.run import (
    OWN_CALLS_REPORTS,
    REPORTS,
    ReportSettings,
    detail_page,
    drill_down,
    report_settings,
    run_report,
    selection_page,
    set_report_settings,
)

__all__ = [
    "OWN_CALLS_REPORTS",
    "REPORTS",
    "Breakdown",
    "CallSelection",
    "CallType",
    "Column",
    "ColumnKind",
    "ReportError",
    "ReportHeader",
    "ReportParams",
    "ReportResult",
    "ReportSettings",
    "detail_page",
    "drill_down",
    "report_settings",
    "run_report",
    "selection_page",
    "set_report_settings",
]
