"""Streaming a table of rows to xlsx (openpyxl write-only) or csv, page by page.

The file is written next to the target under a temporary name and renamed at the end, so a
cancelled or failed export never leaves a partial file behind and an older file at the
target stays untouched. Shared by the journal's and the client directory's exports; text
cells go through app.cell_text, so no value becomes a formula in Excel.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TextIO

from app.cell_text import csv_value, xlsx_value
from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError

XLSX_MAX_ROWS = 1_048_575  # a sheet's rows minus the header
EXPORT_BATCH = 1000

ExportFormat = Literal["xlsx", "csv"]
Page = Sequence[Sequence[Any]]


class ExportError(UserFacingError):
    """An export that cannot be written: the message is meant for the user."""


@dataclass(frozen=True)
class ExportResult:
    rows: int
    cancelled: bool
    path: Path | None  # None when cancelled


def check_target(path: str | os.PathLike[str], fmt: str) -> Path:
    """The target path, once the format is known and its folder exists."""
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"Unknown export format {fmt!r}: use 'xlsx' or 'csv'.")
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("app", "The folder {folder} does not exist."), folder=target.parent
        )
    return target


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


def write_table(
    target: Path,
    fmt: ExportFormat,
    headers: Sequence[str],
    pages: Iterable[Page],
    *,
    sheet_title: str,
    too_many_rows: Message,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write ``headers`` then every page to ``target``; ``progress`` gets the rows so far.

    ``cancelled`` is polled between pages; a cancelled export removes its temporary file.
    ``too_many_rows`` is the message when the rows do not fit an Excel sheet.
    """
    written = [0]
    try:
        with _replacing(target, f".{fmt}") as temp:
            if fmt == "csv":
                with temp.open("w", encoding="utf-8-sig", newline="") as out:
                    _write_csv(out, headers, pages, written, progress, cancelled)
            else:
                _write_xlsx(
                    temp, headers, pages, written, progress, cancelled, sheet_title, too_many_rows
                )
            os.replace(temp, target)
    except _Cancelled:
        return ExportResult(written[0], True, None)
    return ExportResult(written[0], False, target)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise _Cancelled


def _csv_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return "" if value is None else csv_value(value)


def _write_csv(
    out: TextIO,
    headers: Sequence[str],
    pages: Iterable[Page],
    written: list[int],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    # Semicolons: what Excel expects in the locales of our users (comma is the decimal mark).
    writer = csv.writer(out, delimiter=";")
    writer.writerow([csv_value(h) for h in headers])
    _check(cancelled)
    for page in pages:
        writer.writerows([_csv_cell(v) for v in row] for row in page)
        written[0] += len(page)
        if progress is not None:
            progress(written[0])
        _check(cancelled)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, str):
        return xlsx_value(sheet, value)
    if not isinstance(value, datetime):
        return value
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = "yyyy-mm-dd hh:mm:ss"
    return cell


def _write_xlsx(
    temp: Path,
    headers: Sequence[str],
    pages: Iterable[Page],
    written: list[int],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
    sheet_title: str,
    too_many_rows: Message,
) -> None:
    # Imported when an export runs: openpyxl is ~130 ms of every start otherwise (issue 17).
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title)
    sheet.append([xlsx_value(sheet, h) for h in headers])
    try:
        _check(cancelled)
        for page in pages:
            if written[0] + len(page) > XLSX_MAX_ROWS:
                raise ExportError(too_many_rows)
            for row in page:
                sheet.append([_xlsx_cell(sheet, v) for v in row])
            written[0] += len(page)
            if progress is not None:
                progress(written[0])
            _check(cancelled)
    except BaseException:
        # Finish the streamed sheet (its temp file) even when stopping; the caller deletes it.
        book.save(temp)
        raise
    book.save(temp)
