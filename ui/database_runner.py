"""Database work off the GUI thread, and the one policy for a lost database connection.

:class:`DatabaseRunner` owns one worker thread with one connection.
``runner.run(work, done, failed=None, stale=None)`` calls ``work(conn)`` on the worker (jobs
one at a time, in order), then ``done(result)`` or ``failed(error)`` on the thread that owns
the runner (the GUI thread). ``stale()`` is asked on the worker just before the job runs:
True skips it (a newer filter made it pointless). After each job the connection's
transaction is rolled back, so the next read sees new data.

A lost connection (:func:`is_connection_lost`: OperationalError, or a DBAPI error that
invalidated the connection) is not the form's business: the runner drops the connection
and tells the :func:`connection_monitor`, which shows it once (the main window's status
bar) and probes the database with a bounded back-off until it answers, then emits
``restored`` — forms that want fresh data (the journal) refresh on it. ``failed`` is still
called so the owner can forget its pending request; it shows its own message only for
other errors (``not is_connection_lost(error)``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.database import describe_problem, replica_of
from ui.messages import user_text

log = logging.getLogger(__name__)

T = TypeVar("T")

# Seconds between probes while the database is away: doubling, never more than the last.
RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)


def is_connection_lost(error: BaseException) -> bool:
    """The database is unreachable (not: a refused query, a bug)."""
    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


class _Worker(QObject):
    """Lives on the runner's thread; holds its connection."""

    job = Signal(object, object, object, object)  # work, done, failed, stale
    finished = Signal(object, object)  # callback, argument (delivered on the owner's thread)

    def __init__(self, engine: Engine, replica_reads: bool = False) -> None:
        super().__init__()
        self.engine = engine
        self.replica_reads = replica_reads
        self._conn: Connection | None = None
        self.job.connect(self._run)

    def _connection(self) -> Connection:
        if self._conn is None or self._conn.closed or self._conn.invalidated:
            self._conn = self.engine.connect()
        return self._conn

    @Slot(object, object, object, object)
    def _run(
        self,
        work: Callable[[Connection], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None,
        stale: Callable[[], bool] | None,
    ) -> None:
        if stale is not None and stale():
            self.finished.emit(None, None)
            return
        replica = replica_of(self.engine) if self.replica_reads else None
        try:
            if replica is not None:  # a connection per read: the replica's, or the primary's
                with replica.connect() as conn:
                    result = work(conn)
            else:
                conn = self._connection()
                try:
                    result = work(conn)
                finally:
                    if not conn.invalidated:
                        conn.rollback()
        except Exception as e:  # handed to the owner; a lost connection to the monitor too
            if is_connection_lost(e):
                log.warning("database connection lost: %s", e)
                self.drop_connection()
                self.finished.emit(_lost, (e, self.engine, failed))
            else:
                log.debug("background database work failed", exc_info=True)
                self.finished.emit(failed or _log_failure, e)
            return
        self.finished.emit(_succeeded, (done, result))

    def drop_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()
                self._conn.close()
            except Exception:
                log.debug("closing a broken connection failed", exc_info=True)
        self._conn = None


def _log_failure(error: BaseException) -> None:
    log.error("background database work failed: %s", error, exc_info=error)


def _succeeded(outcome: tuple[Callable[[Any], None], Any]) -> None:
    done, result = outcome
    connection_monitor().report_ok()
    done(result)


def _lost(outcome: tuple[BaseException, Engine, Callable[[BaseException], None] | None]) -> None:
    error, engine, failed = outcome
    connection_monitor().report_lost(error, engine)
    if failed is not None:
        failed(error)


class DatabaseRunner(QObject):
    """One worker thread and its connection; see the module text. ``stop()`` when done."""

    def __init__(
        self,
        engine: Engine,
        name: str,
        parent: QObject | None = None,
        replica_reads: bool = False,
    ) -> None:
        """``replica_reads``: the jobs only read, and may read on the company's read replica
        when there is one (app.replica; the journal, the directory)."""
        super().__init__(parent)
        self.engine = engine
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker(engine, replica_reads)
        self._worker.moveToThread(self._thread)
        self._worker.finished.connect(self._deliver)
        self._thread.start()

    def run(
        self,
        work: Callable[[Connection], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        stale: Callable[[], bool] | None = None,
    ) -> None:
        self._pending += 1
        self._worker.job.emit(work, done, failed, stale)

    @property
    def idle(self) -> bool:
        """No job waiting, running or with a result not yet handed back."""
        return self._pending == 0

    def _deliver(self, callback: Callable[[Any], None] | None, argument: Any) -> None:
        self._pending -= 1
        if callback is not None:
            callback(argument)

    def stop(self) -> None:
        """Finish the running job, skip none of the queued ones' delivery, close the connection."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(10_000)
        self._worker.drop_connection()


class ConnectionMonitor(QObject):
    """Whether the database answers; one for the application (:func:`connection_monitor`).

    ``lost(message)`` once when a connection is lost, ``restored()`` once when the database
    answers again; meanwhile it probes with ``SELECT 1`` after each of :data:`RETRY_DELAYS`.
    """

    lost = Signal(str)
    restored = Signal()

    def __init__(self, delays: tuple[float, ...] = RETRY_DELAYS) -> None:
        super().__init__()
        self.delays = delays
        self.is_lost = False
        self.attempts = 0
        self._engine: Engine | None = None
        self._probe: DatabaseRunner | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._try_again)

    def report_lost(self, error: BaseException, engine: Engine | None = None) -> None:
        """A connection was lost. ``engine`` is what to probe; work that does not know its
        engine (a one-off background task) leaves it out and the last known one is probed."""
        if engine is not None:
            self._engine = engine
        if self.is_lost:
            return
        self.is_lost = True
        self.attempts = 0
        url = self._engine.url if self._engine is not None else None
        self.lost.emit(user_text(describe_problem(error, url)))
        self._schedule()

    def report_ok(self) -> None:
        if not self.is_lost:
            return
        self.is_lost = False
        self._timer.stop()
        self.restored.emit()

    def _schedule(self) -> None:
        delay = self.delays[min(self.attempts, len(self.delays) - 1)]
        self._timer.start(int(delay * 1000))

    def _try_again(self) -> None:
        if not self.is_lost or self._engine is None:
            return
        self.attempts += 1
        if self._probe is None or self._probe.engine is not self._engine:
            if self._probe is not None:
                self._probe.stop()
            self._probe = DatabaseRunner(self._engine, "database-probe", self)
        self._probe.run(lambda c: c.execute(text("SELECT 1")), lambda _r: None, self._probe_failed)

    def _probe_failed(self, error: BaseException) -> None:
        if self.is_lost:
            self._schedule()

    def shutdown(self) -> None:
        """Stop probing and forget the state (the application quits; a test ends)."""
        self._timer.stop()
        self.is_lost = False
        self.attempts = 0
        self._engine = None
        if self._probe is not None:
            self._probe.stop()
            self._probe = None


_monitor: ConnectionMonitor | None = None


def connection_monitor() -> ConnectionMonitor:
    """The application's monitor (made on first use, on the GUI thread)."""
    global _monitor
    if _monitor is None:
        _monitor = ConnectionMonitor()
    return _monitor
