"""The files of one card or task: upload, open with the system's application, save as, delete.

Bytes are streamed both ways (:mod:`app.files`) on a pool thread (:class:`FileTransfer`): a
bar under the toolbar shows how much went through and offers Cancel, the rest of the window
stays usable. "Open" saves the file to a temporary folder of this session and hands it to
the desktop, like a mail client does with an attachment.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.database import describe_problem
from app.files import (
    AttachedFile,
    Cancelled,
    Progress,
    TransferCancelled,
    delete_file,
    list_files,
    save_to,
    upload,
)
from app.messages import UserFacingError
from app.workplace import Workplace
from models import FileOwner
from ui.database_runner import is_connection_lost
from ui.empty_state import EmptyState
from ui.files.transfer import FileTransfer
from ui.messages import user_text
from ui.style import set_role

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


def _nothing(_result: object) -> None:
    return None


BAR_STEPS = 1000  # the bar counts per mille: 200 MB in bytes would overflow its int


class TransferBar(QWidget):
    """What is being sent or fetched, how much of it, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.label = QLabel()
        self.label.setObjectName("transfer_label")
        self.bar = QProgressBar()
        self.bar.setObjectName("transfer_progress")
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("transfer_cancel")
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)

    def show_progress(self, title: str, done: int, total: int) -> None:
        self.label.setText(
            self.tr("{title}: {done} of {total}").format(
                title=title, done=size_text(done), total=size_text(total)
            )
        )
        self.bar.setValue(min(BAR_STEPS, done * BAR_STEPS // total) if total > 0 else 0)


class FilesPanel(QWidget):
    """``changed()`` after an upload or a deletion; ``transfer_ended(ok)`` when an upload or
    a download ends (done, failed or cancelled)."""

    changed = Signal()
    transfer_ended = Signal(bool)

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
        self.transfer: FileTransfer | None = None
        self._transfer_done: Callable[[object], object] = _nothing
        self.transfer_bar = TransferBar()
        self.transfer_bar.cancel_button.clicked.connect(self.cancel_transfer)
        self.transfer_bar.hide()
        self.message = QLabel()
        self.message.setObjectName("files_message")
        self.message.setWordWrap(True)
        self.message.setContentsMargins(6, 2, 6, 2)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.transfer_bar)
        layout.addWidget(self.message)
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

    # -- transfers ------------------------------------------------------------------------

    def upload_path(self, path: Path) -> FileTransfer | None:
        """Start attaching the file at ``path`` (streamed, in the background); None when it
        cannot start (another transfer runs, the file is unreadable)."""
        try:
            total = path.stat().st_size
        except OSError as e:
            self._say(self.tr("{path}: {reason}").format(path=path, reason=e.strerror), True)
            return None
        user, now, db = self.workplace.user, self.workplace.now(), self.workplace.db
        kind, owner_id = self.kind, self.owner_id

        def work(progress: Progress, cancelled: Cancelled) -> int:
            def attach(s: Session) -> int:
                # opened per attempt: a retried write reads the file from its start again
                with open(path, "rb") as source:
                    return upload(
                        s,
                        user,
                        kind,
                        owner_id,
                        path.name,
                        source,
                        now,
                        expected_size=total,
                        progress=progress,
                        cancelled=cancelled,
                    )

            return db.write(attach)

        title = self.tr("Uploading «{name}»").format(name=path.name)
        return self._start(title, total, work, self._uploaded)

    def _uploaded(self, _file_id: object) -> None:
        self.reload()
        self.changed.emit()

    def save_file(
        self, file_id: int, target: Path, then: Callable[[Path], object] | None = None
    ) -> FileTransfer | None:
        """Start saving the file to ``target`` in the background; ``then(target)`` after it."""
        known = next((f for f in self.files if f.id == file_id), None)
        total = known.size if known is not None else 0
        user, db = self.workplace.user, self.workplace.db

        def work(progress: Progress, cancelled: Cancelled) -> int:
            with db.transaction() as s:
                return save_to(s, user, file_id, target, progress=progress, cancelled=cancelled)

        return self._start(
            self.tr("Saving «{name}»").format(name=target.name),
            total,
            work,
            lambda _written: then(target) if then is not None else None,
        )

    def _start(
        self,
        title: str,
        total: int,
        work: Callable[[Progress, Cancelled], object],
        done: Callable[[object], object],
    ) -> FileTransfer | None:
        if self.transfer is not None:
            self._say(self.tr("Wait for the current transfer to end or cancel it."), True)
            return None
        transfer = FileTransfer(title, total, work)
        # Bound methods of the panel: a panel closed meanwhile is simply not told.
        transfer.progressed.connect(self._transfer_progressed)
        transfer.succeeded.connect(self._transfer_succeeded)
        transfer.failed.connect(self._transfer_failed)
        self.transfer = transfer
        self._transfer_done = done
        self.message.hide()
        self.transfer_bar.show_progress(title, 0, total)
        self.transfer_bar.cancel_button.setEnabled(True)
        self.transfer_bar.show()
        self._enable_actions()
        transfer.start()
        return transfer

    def cancel_transfer(self) -> None:
        if self.transfer is not None:
            self.transfer.cancel()
            self.transfer_bar.cancel_button.setEnabled(False)

    def _transfer_progressed(self, done: int, total: int) -> None:
        if self.transfer is not None:
            self.transfer_bar.show_progress(self.transfer.name, int(done), int(total))

    def _transfer_succeeded(self, result: object) -> None:
        done = self._transfer_done
        self._transfer_ended()
        done(result)
        self.transfer_ended.emit(True)

    def _transfer_failed(self, error: BaseException) -> None:
        self._transfer_ended()
        if isinstance(error, TransferCancelled):
            self._say(self.tr("Cancelled: nothing of the file was kept."), False)
        else:
            if isinstance(error, UserFacingError):
                log.info("file transfer refused: %s", error)
            else:
                log.error("file transfer failed: %s", error, exc_info=error)
            if is_connection_lost(error):
                text = user_text(describe_problem(error, self.workplace.db.engine.url))
            else:
                text = user_text(error)
            self._say(text, True)
        self.transfer_ended.emit(False)

    def _transfer_ended(self) -> None:
        self.transfer = None
        self._transfer_done = _nothing
        self.transfer_bar.hide()
        self._enable_actions()

    def _say(self, text: str, problem: bool) -> None:
        set_role(self.message, "error" if problem else "muted")
        self.message.setText(text)
        self.message.show()

    def _enable_actions(self) -> None:
        idle = self.transfer is None
        for action in (self.upload_action, self.open_action, self.save_action, self.delete_action):
            action.setEnabled(idle)

    def temporary_copy(
        self, f: AttachedFile, then: Callable[[Path], object]
    ) -> FileTransfer | None:
        folder = _open_folder() / str(f.id)
        folder.mkdir(exist_ok=True)
        return self.save_file(f.id, folder / f.name, then)

    def open_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        self.temporary_copy(
            f, lambda target: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        )

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
