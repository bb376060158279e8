"""Export of the journal's current view to xlsx or csv, streamed page by page.

The file is written next to the target under a temporary name and renamed at the end, so a
cancelled or failed export never leaves a partial file behind. Headers are English; the GUI
translates them with the same column ids (:data:`JOURNAL_COLUMNS`).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TextIO

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from sqlalchemy import Connection

from app.auth import CurrentUser
from app.journal import JournalError, JournalRow, iter_rows
from app.journal_filter import JournalFilter
from app.journal_search import SearchMatch

# Column id -> English header, in the journal's default order. The GUI keeps its column
# numbers and the saved layout by these ids.
JOURNAL_COLUMNS: dict[str, str] = {
    "started_at": "Date and time",
    "direction": "Direction",
    "status": "Status",
    "client": "Client",
    "number": "Phone number",
    "contact": "Contact person",
    "employee": "Employee",
    "position": "Position",
    "responsible": "Responsible manager",
    "responsible_match": "Responsible match",
    "wait": "Wait duration",
    "talk": "Talk duration",
    "transfers": "Transfers",
    "hangup_by": "Hung up",
    "cost": "Cost",
    "comment": "Comment",
    "first_contact": "First contact",
    "needs_attention": "Needs attention",
}

DIRECTION_LABELS = {"in": "Incoming", "out": "Outgoing", "internal": "Internal"}
STATUS_LABELS = {
    "accepted": "Accepted",
    "reached": "Reached",
    "no_answer": "No answer",
    "lost": "Lost",
    "cancelled": "Cancelled",
    "busy": "Busy",
    "failed": "Failed",
}
HANGUP_LABELS = {"client": "Client", "employee": "Employee", "system": "System"}
XLSX_MAX_ROWS = 1_048_575  # a sheet's rows minus the header
EXPORT_BATCH = 1000

ExportFormat = Literal["xlsx", "csv"]


@dataclass(frozen=True)
class ExportResult:
    rows: int
    cancelled: bool
    path: Path | None  # None when cancelled


def _yes(value: bool) -> str:
    return "Yes" if value else ""


def column_value(row: JournalRow, column: str) -> Any:
    """A cell as exported: dates stay dates and numbers numbers; labels in English."""
    values: dict[str, Callable[[JournalRow], Any]] = {
        "started_at": lambda r: r.started_at,
        "direction": lambda r: DIRECTION_LABELS.get(r.direction, r.direction),
        "status": lambda r: STATUS_LABELS.get(r.status, r.status),
        "client": lambda r: r.client_name or "",
        "number": lambda r: r.number,
        "contact": lambda r: r.contact_name or "",
        "employee": lambda r: ", ".join(r.participant_names) or (r.employee_name or ""),
        "position": lambda r: r.employee_position or "",
        "responsible": lambda r: r.responsible_name or "",
        "responsible_match": lambda r: _yes(r.responsible_match),
        "wait": lambda r: r.wait_seconds,
        "talk": lambda r: r.talk_seconds,
        "transfers": lambda r: r.transfer_count,
        "hangup_by": lambda r: HANGUP_LABELS.get(r.hangup_by or "", r.hangup_by or ""),
        "cost": lambda r: r.cost,
        "comment": lambda r: r.comment or "",
        "first_contact": lambda r: _yes(r.first_contact),
        "needs_attention": lambda r: _yes(r.needs_attention),
    }
    return values[column](row)


@contextmanager
def _replacing(path: Path, suffix: str) -> Iterator[Path]:
    """A temp file in the target's folder, moved over the target only on success."""
    fd, name = tempfile.mkstemp(prefix=".calldesk-export-", suffix=suffix, dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class _Cancelled(Exception):
    pass


def export_rows(
    conn: Connection,
    flt: JournalFilter,
    viewer: CurrentUser,
    path: str | os.PathLike[str],
    fmt: ExportFormat,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    columns: Sequence[str] | None = None,
    *,
    search: SearchMatch | None = None,
) -> ExportResult:
    """Write every row of the view to ``path``; ``progress`` gets the rows written so far.

    ``cancelled`` is polled between pages; a cancelled export removes its temporary file
    and leaves an existing file at ``path`` untouched.
    """
    flt.validate()
    target = Path(path)
    cols = list(columns or JOURNAL_COLUMNS)
    unknown = [c for c in cols if c not in JOURNAL_COLUMNS]
    if unknown:
        raise ValueError(f"Unknown journal columns: {', '.join(unknown)}")
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"Unknown export format {fmt!r}: use 'xlsx' or 'csv'.")
    if not target.parent.is_dir():
        raise JournalError(f"The folder {target.parent} does not exist.")
    pages = iter_rows(conn, flt, viewer, EXPORT_BATCH, search=search)
    written = 0
    try:
        with _replacing(target, f".{fmt}") as temp:
            if fmt == "csv":
                with temp.open("w", encoding="utf-8-sig", newline="") as out:
                    written = _write_csv(out, cols, pages, progress, cancelled)
            else:
                written = _write_xlsx(temp, cols, pages, progress, cancelled)
            os.replace(temp, target)
    except _Cancelled:
        return ExportResult(written, True, None)
    return ExportResult(written, False, target)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise _Cancelled


def _csv_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return "" if value is None else value


def _write_csv(
    out: TextIO,
    cols: list[str],
    pages: Iterator[list[JournalRow]],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    # Semicolons: what Excel expects in the locales of our users (comma is the decimal mark).
    writer = csv.writer(out, delimiter=";")
    writer.writerow([JOURNAL_COLUMNS[c] for c in cols])
    written = 0
    _check(cancelled)
    for page in pages:
        writer.writerows([_csv_cell(column_value(r, c)) for c in cols] for r in page)
        written += len(page)
        if progress is not None:
            progress(written)
        _check(cancelled)
    return written


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell
    return value


def _write_xlsx(
    temp: Path,
    cols: list[str],
    pages: Iterator[list[JournalRow]],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Calls")
    sheet.append([JOURNAL_COLUMNS[c] for c in cols])
    written = 0
    try:
        _check(cancelled)
        for page in pages:
            if written + len(page) > XLSX_MAX_ROWS:
                raise JournalError(
                    f"The view has more than {XLSX_MAX_ROWS:,} calls, more than an Excel sheet "
                    "holds: choose a shorter period or export to CSV."
                )
            for r in page:
                sheet.append([_xlsx_cell(sheet, column_value(r, c)) for c in cols])
            written += len(page)
            if progress is not None:
                progress(written)
            _check(cancelled)
    except BaseException:
        # Finish the streamed sheet (its temp file) even when stopping; the caller deletes it.
        book.save(temp)
        raise
    book.save(temp)
    return written
