"""The files of one card or task: upload, open with the system's application, save as, delete.

Bytes are streamed both ways (:mod:`app.files`); "Open" saves the file to a temporary folder
of this session and hands it to the desktop, like a mail client does with an attachment.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.files import AttachedFile, delete_file, list_files, save_to, upload
from app.workplace import Workplace
from models import FileOwner
from ui.empty_state import EmptyState
from ui.messages import user_text

log = logging.getLogger(__name__)
FILE_ID_ROLE = Qt.ItemDataRole.UserRole


_folder: Path | None = None


def _open_folder() -> Path:
    """This session's folder for opened files, removed when CallDesk exits."""
    global _folder  # one folder per process
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="calldesk-files-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def size_text(size: int) -> str:
    locale = QLocale()
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class FilesPanel(QWidget):
    """``changed()`` after an upload or a deletion."""

    changed = Signal()

    def __init__(
        self, workplace: Workplace, kind: FileOwner, owner_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self.kind = kind
        self.owner_id = owner_id
        self.files: list[AttachedFile] = []
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.upload_action = bar.addAction(self.tr("Attach file…"), self.choose_and_upload)
        self.upload_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_U))
        self.open_action = bar.addAction(self.tr("Open"), self.open_selected)
        self.save_action = bar.addAction(self.tr("Save as…"), self.save_selected)
        self.delete_action = bar.addAction(self.tr("Delete"), self.delete_selected)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("files_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Attached"), self.tr("Who")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_selected)
        self.empty = EmptyState(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        try:
            with self.workplace.db.transaction() as s:
                self.files = list_files(s, self.workplace.user, self.kind, self.owner_id)
        except Exception as e:  # shown, not swallowed: the panel stays usable
            log.exception("files could not be read")
            self.empty.show_text(user_text(e))
            return
        self.table.setRowCount(len(self.files))
        for row, f in enumerate(self.files):
            name = QTableWidgetItem(f.name)
            name.setData(FILE_ID_ROLE, f.id)
            when = f.uploaded_at.strftime("%d.%m.%Y %H:%M")
            for col, item in enumerate(
                (
                    name,
                    QTableWidgetItem(size_text(f.size)),
                    QTableWidgetItem(when),
                    QTableWidgetItem(f.uploaded_by),
                )
            ):
                self.table.setItem(row, col, item)
        self.empty.show_text("" if self.files else self.tr("No files. Attach one with Ctrl+U."))

    def selected(self) -> AttachedFile | None:
        row = self.table.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    def choose_and_upload(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach file"))
        if path:
            self.upload_path(Path(path))

    def upload_path(self, path: Path) -> int | None:
        """Attach the file at ``path`` (streamed); its id, or None when it was refused."""
        user, now = self.workplace.user, self.workplace.now()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with open(path, "rb") as source:
                file_id = self.workplace.db.write(
                    lambda s: upload(s, user, self.kind, self.owner_id, path.name, source, now)
                )
        except Exception as e:
            log.exception("upload of %s failed", path)
            self._fail(e)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.reload()
        self.changed.emit()
        return file_id

    def save_file(self, file_id: int, target: Path) -> bool:
        try:
            with self.workplace.db.transaction() as s:
                save_to(s, self.workplace.user, file_id, target)
        except Exception as e:
            log.exception("saving file %s failed", file_id)
            self._fail(e)
            return False
        return True

    def temporary_copy(self, f: AttachedFile) -> Path | None:
        folder = _open_folder() / str(f.id)
        folder.mkdir(exist_ok=True)
        target = folder / f.name
        return target if self.save_file(f.id, target) else None

    def open_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        target = self.temporary_copy(f)
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def save_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save file"), f.name)
        if path:
            self.save_file(f.id, Path(path))

    def delete_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete file"), self.tr("Delete «{name}»?").format(name=f.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete(f.id)

    def delete(self, file_id: int) -> None:
        try:
            self.workplace.db.write(lambda s: delete_file(s, self.workplace.user, file_id))
        except Exception as e:
            log.exception("deleting file %s failed", file_id)
            self._fail(e)
            return
        self.reload()
        self.changed.emit()

    def _fail(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Files"), user_text(error))
