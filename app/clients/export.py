"""Export of the client directory's current view (search and filters) to xlsx or csv.

Rows come from :func:`app.clients.directory.iter_rows`, so the columns are the viewer's table:
built-in columns then the custom fields shown in the table that the viewer may see (a
hidden field never reaches the file). Writing is :mod:`app.table_export`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from itertools import islice
from typing import Any

from sqlalchemy import Connection

from app.clients.directory import ClientFilter, ClientRow, iter_rows, table_fields
from app.messages import QT_TRANSLATE_NOOP, message
from app.staff.auth import CurrentUser
from app.staff.permissions import require_export
from app.table_export import (
    EXPORT_BATCH,
    XLSX_MAX_ROWS,
    ExportFormat,
    ExportResult,
    check_target,
    write_table,
)

# Column id -> English header; the GUI passes translated ones under the same ids.
CLIENT_COLUMNS: dict[str, str] = {
    "name": "Client",
    "kind": "Kind",
    "numbers": "Phones",
    "contacts": "Contact persons",
    "responsible": "Responsible manager",
    "email": "E-mail",
}
KIND_LABELS = {"company": "Company", "person": "Person"}


def client_cells(row: ClientRow, field_ids: list[int], kinds: Mapping[str, str]) -> list[Any]:
    """A row as exported: numbers in E.164 (unambiguous, importable), lists comma-joined."""
    return [
        row.display_name,
        kinds.get(row.kind, row.kind),
        ", ".join(row.numbers),
        ", ".join(row.contacts),
        row.responsible_name or "",
        row.email,
        *(row.custom.get(i, "") for i in field_ids),
    ]


def export_clients(
    conn: Connection,
    flt: ClientFilter,
    viewer: CurrentUser,
    path: str | os.PathLike[str],
    fmt: ExportFormat,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    kinds: Mapping[str, str] | None = None,
) -> ExportResult:
    """Write every client of the view to ``path``; ``progress`` gets the rows written so far.

    ``cancelled`` is polled between pages; a cancelled export leaves no file and an older
    file at ``path`` untouched. ``headers`` / ``kinds`` translate the built-in headers and
    the kind labels (English by default); custom field titles are the administrator's.
    """
    require_export(conn, viewer)
    target = check_target(path, fmt)
    fields = table_fields(conn, viewer)
    field_ids = [v.field.id for v in fields]
    titles = {**CLIENT_COLUMNS, **(headers or {})}
    labels = {**KIND_LABELS, **(kinds or {})}
    rows = iter_rows(conn, flt, viewer, EXPORT_BATCH)

    def pages() -> Iterator[list[list[Any]]]:
        while page := list(islice(rows, EXPORT_BATCH)):
            yield [client_cells(r, field_ids, labels) for r in page]

    return write_table(
        target,
        fmt,
        [titles[c] for c in CLIENT_COLUMNS] + [v.field.title for v in fields],
        pages(),
        sheet_title="Clients",
        too_many_rows=message(
            QT_TRANSLATE_NOOP(
                "app",
                "The view has more than {limit} clients, more than an Excel sheet "
                "holds: narrow the search or export to CSV.",
            ),
            limit=f"{XLSX_MAX_ROWS:,}",
        ),
        progress=progress,
        cancelled=cancelled,
    )
