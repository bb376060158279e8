"""One upload or download on a thread of its own, with its progress and a Cancel, so the
window stays usable while 200 MB go through.

The work is an :mod:`app.files` function given ``progress`` and ``cancelled``; it is asked
to stop before each chunk and then keeps nothing (see :func:`app.files.upload`,
:func:`app.files.save_to`). A lost database connection also goes to the one monitor
(:func:`ui.background.report_if_connection_lost`), as for any background work.

Lifetimes are explicit, never left to Python's garbage collector (which may run on any
thread): the worker object lives on the transfer's ``QThread`` and is deleted as that thread
finishes; the transfer is kept in :data:`_transfers` until its thread has been waited for,
even when the panel that started it is closed meanwhile; it is then deleted on the GUI
thread. At application exit running transfers are cancelled and waited for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from app.files import Cancelled, Progress
from ui.background import report_if_connection_lost

log = logging.getLogger(__name__)

TransferWork = Callable[[Progress, Cancelled], Any]

_transfers: set[FileTransfer] = set()
_quit_hooked = False


class _Mover(QObject):
    """Runs the work on the transfer's thread; reports by signal (queued to the GUI)."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: TransferWork, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except Exception as e:  # handed to the GUI thread, which shows it
            log.debug("file transfer failed", exc_info=True)
            self.failed.emit(e)
        else:
            self.succeeded.emit(result)


class FileTransfer(QObject):
    """``progressed(done, total)`` in bytes, never going back; then ``succeeded(result)`` or
    ``failed(error)`` (:class:`app.files.TransferCancelled` after :meth:`cancel`)."""

    progressed = Signal(object, object)  # bytes done, bytes in all (may exceed a C int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, name: str, total: int, work: TransferWork) -> None:
        super().__init__()
        self.name = name
        self.total = total
        self.done = 0
        self.running = False
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("file-transfer")
        self._mover = _Mover(work, self._stop)
        self._mover.moveToThread(self._thread)
        self._thread.started.connect(self._mover.run)
        self._thread.finished.connect(self._mover.deleteLater)
        self._mover.progressed.connect(self._progressed)
        self._mover.succeeded.connect(self._succeeded)
        self._mover.failed.connect(self._failed)

    def start(self) -> None:
        global _quit_hooked  # one hook for the application
        _transfers.add(self)
        app = QCoreApplication.instance()
        if app is not None and not _quit_hooked:
            app.aboutToQuit.connect(stop_all)
            _quit_hooked = True
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the transfer to stop before its next chunk (it then reports ``failed``)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _progressed(self, done: int) -> None:
        if done <= self.done:  # a retried write starts again: the bar does not go back
            return
        self.done = done
        self.total = max(self.total, done)
        self.progressed.emit(done, self.total)

    def _finish(self) -> None:
        self.running = False
        self._thread.quit()
        self._thread.wait()
        _transfers.discard(self)
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        report_if_connection_lost(error)
        self.failed.emit(error)


def stop_all() -> None:
    """Cancel every running transfer and wait for its thread (the application quits)."""
    for transfer in list(_transfers):
        transfer.cancel()
        transfer._thread.quit()
        transfer._thread.wait()
    _transfers.clear()
