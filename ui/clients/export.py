"""Exporting the client table's current view to xlsx or csv in the background, with cancel."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.clients.directory import ClientFilter
from app.clients.export import export_clients
from app.database import Database
from app.staff.auth import CurrentUser
from app.table_export import ExportFormat, ExportResult
from ui.background import BackgroundTask, start
from ui.messages import user_text


def chosen_format(path: str, chosen_filter: str) -> tuple[str, ExportFormat]:
    """The path with its extension and the format the user picked (by name or by filter)."""
    fmt: ExportFormat = (
        "csv" if path.lower().endswith(".csv") or "csv" in chosen_filter.lower() else "xlsx"
    )
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    return path, fmt


class ClientExport(QObject):
    """One export run: a progress dialog with Cancel, the file written off the GUI thread."""

    finished = Signal(object)  # ExportResult, or the exception that stopped it

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        user: CurrentUser,
        flt: ClientFilter,
        headers: Mapping[str, str],
        quiet: bool = False,  # no message boxes at the end (tests)
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.db = db
        self.user = user
        self.filter = flt
        self.headers = dict(headers)
        self.quiet = quiet
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(
            self.tr("Exporting clients…"), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)

    def ask_and_start(self) -> bool:
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export clients"),
            "clients.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        )
        if not path:
            return False
        target, fmt = chosen_format(path, chosen)
        self.start(Path(target), fmt)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, path: Path, fmt: ExportFormat) -> None:
        kinds = {"company": self.tr("Company"), "person": self.tr("Person")}

        def run(progress: Any) -> ExportResult:
            with self.db.engine.connect() as conn:
                return export_clients(
                    conn,
                    self.filter,
                    self.user,
                    path,
                    fmt,
                    progress=lambda n: progress("rows", n, 0),
                    cancelled=self._cancel.is_set,
                    headers=self.headers,
                    kinds=kinds,
                )

        task = BackgroundTask(run, with_progress=True)
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._done)
        task.signals.failed.connect(self._failed)
        start(task)
        self.dialog.show()

    def _progress(self, _stage: str, done: int, _total: int) -> None:
        self.dialog.setLabelText(self.tr("Exported {0} clients…").format(done))

    def _done(self, result: ExportResult) -> None:
        self.dialog.close()
        if not result.cancelled and not self.quiet:
            QMessageBox.information(
                self._parent,
                self.tr("Export"),
                self.tr("{0} clients exported to {1}").format(result.rows, result.path),
            )
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.dialog.close()
        if not self.quiet:
            QMessageBox.warning(
                self._parent,
                self.tr("Export"),
                self.tr("Export failed: {0}").format(user_text(error)),
            )
        self.finished.emit(error)
