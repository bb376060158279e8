"""The softphone's database work off the GUI thread: one worker thread, jobs in the order
they were given, each result handed back on the GUI thread.

This is the one seam between the softphone session and a thread pool: the shared runner
for all background database work (issue 12) replaces the body of this class, not its
callers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Results(QObject):
    """Lives on the GUI thread: a signal emitted from the worker arrives queued there."""

    ready = Signal(object, object)  # the callback, its argument


class _Job(QRunnable):
    def __init__(self, results: _Results, work: Callable[[], Any], done: Callable[[Any], None]):
        super().__init__()
        self.results, self.work, self.done = results, work, done

    def run(self) -> None:
        try:
            result = self.work()
        except Exception:  # a job handles the errors it expects; anything else is a bug
            log.exception("softphone database work failed")
            self.results.ready.emit(None, None)
            return
        self.results.ready.emit(self.done, result)


class DatabaseWork(QObject):
    """``run(work, done)``: ``work()`` on the worker thread, then ``done(result)`` on the
    thread that owns this object. Jobs run one at a time, first come first served."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._results = _Results(self)
        self._results.ready.connect(self._deliver)
        self._pending = 0

    def run(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        self._pending += 1
        self._pool.start(_Job(self._results, work, done))

    @property
    def idle(self) -> bool:
        """No job waiting, running or with a result not yet handed back."""
        return self._pending == 0

    def wait(self, msecs: int) -> bool:
        """Block until the running and queued jobs are done (their results stay queued)."""
        return self._pool.waitForDone(msecs)

    def _deliver(self, done: Callable[[Any], None] | None, result: Any) -> None:
        self._pending -= 1
        if done is not None:
            done(result)
