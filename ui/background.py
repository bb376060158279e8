"""One-off work off the GUI thread (a save, a lookup, an export with progress); results come
back by signal as plain values.

Streams of reads on one connection (tables, the softphone session) use
:class:`ui.database_runner.DatabaseRunner`; both follow its policy for a lost database
connection: it is reported to :func:`ui.database_runner.connection_monitor`, which shows it
once in the main window and probes until the database is back. The task's ``failed`` still
reaches its owner, which keeps the user's input and says what was not done.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.database_runner import connection_monitor, is_connection_lost

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)


class BackgroundTask(QRunnable):
    """Calls ``fn(*args)`` on a pool thread. ``fn`` may take a ``progress`` keyword."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._fn = fn
        self._args = args
        self._with_progress = with_progress
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(*self._args, progress=self.signals.progress.emit)
            else:
                result = self._fn(*self._args)
        except Exception as e:  # handed to the GUI thread, which shows it
            log.debug("background task failed: %s", traceback.format_exc())
            self.signals.failed.emit(e)
        else:
            self.signals.succeeded.emit(result)


# Tasks stay referenced until a moment after they reported back: Python must not destroy
# a runnable that the pool thread is still leaving.
_running: set[BackgroundTask] = set()


def _release_later(task: BackgroundTask) -> None:
    QTimer.singleShot(2000, lambda: _running.discard(task))


def report_if_connection_lost(error: BaseException) -> None:
    """On the GUI thread: a lost connection goes to the one monitor (shown once, retried)."""
    if is_connection_lost(error):
        connection_monitor().report_lost(error)


def start(task: BackgroundTask) -> None:
    _running.add(task)
    task.signals.succeeded.connect(lambda _r: _release_later(task))
    task.signals.failed.connect(lambda _e: _release_later(task))
    task.signals.failed.connect(report_if_connection_lost)
    QThreadPool.globalInstance().start(task)


def wait_for(
    parent: QWidget | None,
    text: str,
    fn: Callable[..., Any],
    *args: Any,
    with_progress: bool = False,
    delay_ms: int = 400,
) -> Any:
    """Run ``fn`` in the background while the GUI keeps painting; raise what it raised.

    A modal progress dialog appears only if the work takes longer than ``delay_ms``.
    """
    task = BackgroundTask(fn, *args, with_progress=with_progress)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(stage: str, done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    task.signals.succeeded.connect(
        lambda r: finish("result", r), Qt.ConnectionType.QueuedConnection
    )
    task.signals.failed.connect(lambda e: finish("error", e), Qt.ConnectionType.QueuedConnection)
    task.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    start(task)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
