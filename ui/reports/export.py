"""Saving a report: xlsx (titles, widths, duration and percent formats, bold total, frozen
header, a native Excel chart), CSV, and print / PDF through Qt's print support."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.chart import BarChart, Reference  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.cell_text import csv_value, plain_text
from app.reports import ColumnKind, ReportResult
from ui.reports.model import ReportModel, column_title, format_value
from ui.reports.vocabulary import value_text, word

SECONDS_PER_DAY = 86400
# Series of the native Excel chart, per report: (category column, value columns).
XLSX_CHARTS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "call-center": ("period", ("answered", "missed", "lost"), True),
    "operators": ("operator", ("incoming_taken", "outgoing_made", "missed_on_duty"), False),
    "waits": ("bucket", ("answered", "abandoned"), False),
    "traffic": ("hour_of_day", ("offered", "answered", "lost"), False),
}


def _cell_value(kind: ColumnKind, value: Any, key: str = "") -> Any:
    if value is None:
        return None
    if kind is ColumnKind.SECONDS:
        return float(value) / SECONDS_PER_DAY  # Excel durations are fractions of a day
    if kind is ColumnKind.PERCENT:
        return float(value) / 100
    if kind is ColumnKind.TEXT and isinstance(value, str):
        return value_text(key, value)
    if isinstance(value, (tuple, list)):
        return ", ".join(map(str, value))
    return value


NUMBER_FORMATS = {
    ColumnKind.SECONDS: "[h]:mm:ss",
    ColumnKind.PERCENT: "0.0%",
    ColumnKind.COUNT: "#,##0",
}


def write_xlsx(path: Path, result: ReportResult, title: str, header: str) -> None:
    """One sheet: the title and header lines, the table with a bold total, a chart."""
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31].replace("/", "-")
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([header])
    sheet.append([])
    first = 4
    sheet.append([column_title(c) for c in result.columns])
    for cell in sheet[first]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = list(result.rows) + ([result.total] if result.total else [])
    for values in rows:
        sheet.append([_cell_value(c.kind, values.get(c.key), c.key) for c in result.columns])
    last = first + len(rows)
    for i, column in enumerate(result.columns, start=1):
        fmt = NUMBER_FORMATS.get(column.kind)
        if column.kind is ColumnKind.DATETIME:
            fmt = "dd.mm.yyyy hh:mm"
        widths = [len(column_title(column))] + [
            len(format_value(column.kind, r.get(column.key), column.key)) for r in rows[:500]
        ]
        sheet.column_dimensions[get_column_letter(i)].width = min(45, max(8, max(widths) + 2))
        for r in range(first + 1, last + 1):
            cell = sheet.cell(row=r, column=i)
            if fmt:
                cell.number_format = fmt
            if isinstance(cell.value, date) and not isinstance(cell.value, datetime):
                cell.number_format = "dd.mm.yyyy"
    if result.total:
        for cell in sheet[last]:
            cell.font = Font(bold=True)
        if sheet.cell(row=last, column=1).value in (None, ""):
            sheet.cell(row=last, column=1).value = word("Total")
    for line in sheet.iter_rows():
        plain_text(line)  # text stays text, never a formula (app.cell_text)
    sheet.freeze_panes = sheet.cell(row=first + 1, column=2)
    _add_chart(sheet, result, title, first, first + len(result.rows))
    book.save(path)


def _add_chart(sheet: Any, result: ReportResult, title: str, header_row: int, last: int) -> None:
    spec = XLSX_CHARTS.get(result.report)
    if spec is None or last <= header_row:
        return
    category, values, stacked = spec
    keys = [c.key for c in result.columns]
    if category not in keys or not all(v in keys for v in values):
        return
    chart = BarChart()
    chart.title = title
    chart.height, chart.width = 9, 22
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    for key in values:
        col = keys.index(key) + 1
        chart.add_data(
            Reference(sheet, min_col=col, min_row=header_row, max_row=last), titles_from_data=True
        )
    cat = keys.index(category) + 1
    chart.set_categories(Reference(sheet, min_col=cat, min_row=header_row + 1, max_row=last))
    sheet.add_chart(chart, f"{get_column_letter(len(keys) + 2)}{header_row}")


def _csv_value(kind: ColumnKind, value: Any, key: str) -> Any:
    if value is None:
        return ""
    if kind in (ColumnKind.SECONDS, ColumnKind.DATETIME, ColumnKind.TEXT):
        return format_value(kind, value, key)
    if kind is ColumnKind.PERCENT:
        return f"{float(value):.1f}".replace(".", ",")
    return value


def write_csv(path: Path, result: ReportResult) -> None:
    """Semicolon-separated, UTF-8 with BOM (what Excel opens in our users' locales)."""
    rows = list(result.rows) + ([result.total] if result.total else [])
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow([csv_value(column_title(c)) for c in result.columns])
        for values in rows:
            writer.writerow([
                csv_value(_csv_value(c.kind, values.get(c.key), c.key)) for c in result.columns
            ])  # fmt: skip


# -- print and PDF ---------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def report_document(
    title: str, header: str, model: ReportModel, chart: QImage | None
) -> QTextDocument:
    """The report as a rich-text document: title, header line, chart picture, table."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSizeF(7 if len(model.columns) > 8 else 8)  # wide reports still fit the page
    document.setDefaultFont(font)
    headers, texts, total = model.table()
    numeric = [c.kind in NUMBER_FORMATS for c in model.columns]
    parts = [
        f"<h2>{_escape(title)}</h2><p>{_escape(header)}</p>",
    ]
    if chart is not None and not chart.isNull():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart)
        parts.append('<p><img src="chart.png" width="560"></p>')
    cells = "".join(
        f'<th align="{"right" if numeric[i] else "left"}">{_escape(h)}</th>'
        for i, h in enumerate(headers)
    )
    parts.append(
        '<table border="1" cellspacing="0" cellpadding="2" width="100%"'
        ' style="border-collapse: collapse;">'
        f"<thead><tr>{cells}</tr></thead><tbody>"
    )
    for r, row in enumerate(texts):
        tag = "b" if r == total else "span"
        parts.append(
            "<tr>"
            + "".join(
                f'<td align="{"right" if numeric[i] else "left"}" style="white-space: nowrap;">'
                f"<{tag}>{_escape(t)}</{tag}></td>"
                for i, t in enumerate(row)
            )
            + "</tr>"
        )
    parts.append("</tbody></table>")
    document.setHtml("".join(parts))
    return document


def configure_printer(printer: QPrinter, landscape: bool) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    document.print_(printer)


def write_pdf(
    path: Path, title: str, header: str, model: ReportModel, chart: QImage | None
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    configure_printer(printer, landscape=len(model.columns) > 8)
    print_document(report_document(title, header, model, chart), printer)
