"""Exporting the current journal view to xlsx or csv in the background, with cancel."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.database import Database
from app.journal.export import JOURNAL_COLUMNS, export_rows
from app.journal.filter import JournalFilter
from app.staff.auth import CurrentUser
from ui.background import BackgroundTask, start
from ui.messages import user_text


def export_columns(visible_keys: list[str]) -> list[str]:
    """The export's columns: those shown, in their order; the marks as two yes/no columns."""
    columns: list[str] = []
    for key in visible_keys:
        if key == "indicators":
            columns += ["first_contact", "needs_attention"]
        elif key in JOURNAL_COLUMNS:
            columns.append(key)
    return columns or list(JOURNAL_COLUMNS)


def default_file_name(flt: JournalFilter) -> str:
    """journal-<first day>-<last day>.xlsx; the period's end is exclusive (next midnight)."""
    last = flt.period_end - timedelta(microseconds=1)
    return f"journal-{flt.period_start:%Y%m%d}-{last:%Y%m%d}.xlsx"


def export_view(
    parent: QWidget,
    db: Database,
    user: CurrentUser,
    flt: JournalFilter,
    visible_keys: list[str],
) -> None:
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("JournalExport", "Export the journal"),
        default_file_name(flt),
        QCoreApplication.translate(
            "JournalExport", "Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"
        ),
    )
    if not path:
        return
    fmt = "csv" if path.lower().endswith(".csv") or "csv" in chosen.lower() else "xlsx"
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    cancel = threading.Event()
    dialog = QProgressDialog(
        QCoreApplication.translate("JournalExport", "Exporting…"),
        QCoreApplication.translate("JournalExport", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.canceled.connect(cancel.set)

    columns = export_columns(visible_keys)

    def run(progress: Any) -> int:
        with db.engine.connect() as conn:
            result = export_rows(
                conn,
                flt,
                user,
                Path(path),
                "csv" if fmt == "csv" else "xlsx",
                progress=lambda n: progress("rows", n, 0),
                cancelled=cancel.is_set,
                columns=columns,
            )
        return result.rows

    task = BackgroundTask(run, with_progress=True)

    def on_progress(_stage: str, done: int, _total: int) -> None:
        dialog.setLabelText(
            QCoreApplication.translate("JournalExport", "Exported {count} calls…").format(
                count=done
            )
        )

    def on_done(count: Any) -> None:
        dialog.close()
        if cancel.is_set():
            return
        QMessageBox.information(
            parent,
            QCoreApplication.translate("JournalExport", "Export"),
            QCoreApplication.translate("JournalExport", "{count} calls exported to {path}").format(
                count=count, path=path
            ),
        )

    def on_failed(error: Any) -> None:
        dialog.close()
        if not cancel.is_set():
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("JournalExport", "Export"),
                QCoreApplication.translate("JournalExport", "Export failed: {error}").format(
                    error=user_text(error)
                ),
            )

    task.signals.progress.connect(on_progress)
    task.signals.succeeded.connect(on_done)
    task.signals.failed.connect(on_failed)
    start(task)
    dialog.show()
