"""One upload or download running on a pool thread (:class:`ui.background.BackgroundTask`),
with its progress and a Cancel, so the window stays usable while 200 MB go through.

The work is an :mod:`app.files` function given ``progress`` and ``cancelled``; it is asked
to stop before each chunk and then keeps nothing (see :func:`app.files.upload`,
:func:`app.files.save_to`). A lost database connection also goes to the one monitor.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from app.files import Cancelled, Progress
from ui.background import BackgroundTask, start

TransferWork = Callable[[Progress, Cancelled], Any]


class FileTransfer(QObject):
    """``progressed(done, total)`` in bytes, never going back; then ``succeeded(result)`` or
    ``failed(error)`` (:class:`app.files.TransferCancelled` after :meth:`cancel`)."""

    progressed = Signal(object, object)  # bytes done, bytes in all (may exceed a C int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, name: str, total: int, work: TransferWork, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.total = total
        self.done = 0
        self.running = False
        self._stop = threading.Event()
        self._work = work
        self._task: BackgroundTask | None = None

    def start(self) -> None:
        stop = self._stop
        work = self._work

        def run(progress: Callable[[str, int, int], None]) -> Any:
            return work(lambda done: progress("", done, 0), stop.is_set)

        task = BackgroundTask(run, with_progress=True)
        queued = Qt.ConnectionType.QueuedConnection
        task.signals.progress.connect(self._progressed, queued)
        task.signals.succeeded.connect(self._succeeded, queued)
        task.signals.failed.connect(self._failed, queued)
        self._task = task
        self.running = True
        start(task)

    def cancel(self) -> None:
        """Ask the transfer to stop before its next chunk (it then reports ``failed``)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _progressed(self, _stage: str, done: int, _total: int) -> None:
        if done <= self.done:  # a retried write starts again: the bar does not go back
            return
        self.done = done
        self.total = max(self.total, done)
        self.progressed.emit(done, self.total)

    def _succeeded(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(error)
