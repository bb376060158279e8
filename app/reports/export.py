"""A report to xlsx (formatted, with a native chart), csv or JSON; text stays text
(app.cell_text)."""

from __future__ import annotations

import csv
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.chart import BarChart, LineChart, Reference  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from app.cell_text import csv_value, plain_text
from app.reports.result import ColumnKind, ReportResult
from app.reports.run import REPORTS
from app.table_export import check_target

_DURATION = "[h]:mm:ss"
_PERCENT = '0.0"%"'
_DATETIME = "yyyy-mm-dd hh:mm"


def to_json(result: ReportResult) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False, indent=1)


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value)
    return "" if value is None else value


def write_csv(result: ReportResult, path: str | os.PathLike[str]) -> Path:
    """Header row of column keys, the rows, then the total row."""
    target = check_target(path, "csv")
    keys = [c.key for c in result.columns]
    tmp = target.with_name(f".{target.name}.partial")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow([csv_value(k) for k in keys])
        for row in [*result.rows, *([result.total] if result.total else [])]:
            out.writerow([csv_value(_plain(row.get(k))) for k in keys])
    tmp.replace(target)
    return target


def _cell_value(kind: ColumnKind, value: Any) -> tuple[Any, str | None]:
    if value is None:
        return None, None
    if kind is ColumnKind.SECONDS:
        return float(value) / 86400.0, _DURATION  # Excel durations are days
    if kind is ColumnKind.PERCENT:
        return round(float(value), 1), _PERCENT
    if kind is ColumnKind.DATETIME:
        return value, _DATETIME
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value), None
    return value, None


def write_xlsx(result: ReportResult, path: str | os.PathLike[str]) -> Path:
    """A titled sheet: header facts, bold frozen header, formats, bold total, a chart."""
    target = check_target(path, "xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = result.report[:31]
    h = result.header
    ws.append([REPORTS.get(result.report, result.report)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([
        f"Period {h.date_from:%Y-%m-%d} – {h.date_to:%Y-%m-%d}; time zone {h.time_zone}; "
        f"service level: answered within {h.service_level_s} s; "
        f"abandons under {h.short_abandon_s} s ignored"
    ])  # fmt: skip
    ws.append([])
    first = 4
    ws.append([c.title for c in result.columns])
    for cell in ws[first]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    lines = [*result.rows, *([result.total] if result.total else [])]
    for i, row in enumerate(lines):
        values = []
        formats = []
        for c in result.columns:
            v, fmt = _cell_value(c.kind, row.get(c.key))
            values.append(v)
            formats.append(fmt)
        ws.append(values)
        r = first + 1 + i
        for j, fmt in enumerate(formats, start=1):
            cell = ws.cell(row=r, column=j)
            if fmt:
                cell.number_format = fmt
            if result.total and i == len(lines) - 1:
                cell.font = Font(bold=True)
    for row in ws.iter_rows():
        plain_text(row)
    ws.freeze_panes = ws.cell(row=first + 1, column=1)
    for j, c in enumerate(result.columns, start=1):
        longest = max([len(c.title)] + [len(str(_plain(r.get(c.key)))) for r in lines[:500]])
        ws.column_dimensions[get_column_letter(j)].width = min(max(10, longest + 2), 48)
    _chart(ws, result, first, len(result.rows))
    tmp = target.with_name(f".{target.name}.partial")
    wb.save(tmp)
    tmp.replace(target)
    return target


def _chart(ws: Any, result: ReportResult, header_row: int, rows: int) -> None:
    if rows == 0 or result.report not in ("call-center", "operators"):
        return
    keys = [c.key for c in result.columns]
    last = header_row + rows
    cats = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last)
    bars = BarChart()
    if result.report == "call-center":
        bars.type, bars.grouping, bars.overlap = "col", "stacked", 100
        bars.title = "Calls by status"
        series = ("answered", "missed", "outgoing")
    else:
        bars.type = "bar"
        bars.title = "Calls per operator"
        series = ("incoming_taken", "outgoing_made", "missed_on_duty")
    for key in series:
        col = keys.index(key) + 1
        bars.add_data(
            Reference(ws, min_col=col, min_row=header_row, max_row=last), titles_from_data=True
        )
    bars.set_categories(cats)
    if result.report == "call-center":
        line = LineChart()
        col = keys.index("service_level_pct") + 1
        line.add_data(
            Reference(ws, min_col=col, min_row=header_row, max_row=last), titles_from_data=True
        )
        line.y_axis.axId = 200
        line.y_axis.title = "Service level %"
        line.y_axis.crosses = "max"
        bars += line
    bars.height, bars.width = 9, 18
    ws.add_chart(bars, f"A{last + 4}")
