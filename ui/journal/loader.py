"""The journal's database worker: one thread, one connection, results by signal.

Requests carry a generation number; a newer filter makes older requests stale, and the
worker skips stale requests still waiting in its queue instead of running them.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from app.database import describe_problem
from app.journal import query as journal
from app.journal.filter import FilterError, JournalFilter
from app.journal.search import SearchTimeout
from app.staff.auth import CurrentUser
from ui.messages import user_text

log = logging.getLogger(__name__)

Key = tuple[datetime, int]


class JournalLoader(QObject):
    page_loaded = Signal(int, int, object, int)  # generation, page, rows, watermark (page 0)
    newer_loaded = Signal(int, object)  # generation, journal.NewCalls
    count_loaded = Signal(int, int, bool)  # generation, count, capped
    failed = Signal(int, str, bool)  # generation, message, connection lost

    # Requests, delivered to the worker thread by queued connections.
    page_requested = Signal(int, object, object, int, int)
    newer_requested = Signal(int, object, int)
    count_requested = Signal(int, object)

    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        super().__init__()
        self.engine = engine
        self.viewer = viewer
        self.current_generation = 0  # written by the GUI thread, read here: a plain int
        self._conn: Connection | None = None
        self._prepared: tuple[int, journal.JournalQuery] | None = None
        self.page_requested.connect(self._load_page)
        self.newer_requested.connect(self._load_newer)
        self.count_requested.connect(self._count)

    def _connection(self) -> Connection:
        if self._conn is None or self._conn.closed or self._conn.invalidated:
            self._conn = self.engine.connect()
        return self._conn

    def _run(self, generation: int, fn: Any, *args: Any) -> Any:
        if generation != self.current_generation:
            return None
        try:
            conn = self._connection()
            try:
                return fn(conn, *args)
            finally:
                conn.rollback()  # read-only: end the snapshot so the next read sees new calls
        except (FilterError, SearchTimeout) as e:
            self.failed.emit(generation, user_text(e), False)
        except (OperationalError, DBAPIError) as e:
            log.warning("journal query failed: %s", e)
            self._drop_connection()
            self.failed.emit(generation, user_text(describe_problem(e, self.engine.url)), True)
        except Exception as e:  # a bug: show it, keep the worker alive
            log.exception("journal query failed")
            self.failed.emit(generation, f"{type(e).__name__}: {e}", False)
        return None

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()
                self._conn.close()
            except Exception:
                log.debug("closing a broken connection failed", exc_info=True)
        self._conn = None

    def _query(self, conn: Connection, generation: int, flt: JournalFilter) -> journal.JournalQuery:
        """The filter prepared (validated, search resolved) once per generation, not per page."""
        if self._prepared is None or self._prepared[0] != generation:
            self._prepared = (generation, journal.prepare(conn, flt, self.viewer))
        return self._prepared[1]

    def _page(
        self, conn: Connection, generation: int, flt: JournalFilter, after: Key | None, limit: int
    ) -> tuple[list[journal.JournalRow], int]:
        watermark = journal.newest_call_id(conn) if after is None else 0
        return self._query(conn, generation, flt).page(conn, after, limit), watermark

    @Slot(int, object, object, int, int)
    def _load_page(
        self, generation: int, flt: JournalFilter, after: Key | None, page: int, limit: int
    ) -> None:
        result = self._run(generation, self._page, generation, flt, after, limit)
        if result is not None:
            rows, watermark = result
            self.page_loaded.emit(generation, page, rows, watermark)

    def _newer(
        self, conn: Connection, generation: int, flt: JournalFilter, after_id: int
    ) -> journal.NewCalls:
        return self._query(conn, generation, flt).newer(conn, after_id)

    @Slot(int, object, int)
    def _load_newer(self, generation: int, flt: JournalFilter, after_id: int) -> None:
        result = self._run(generation, self._newer, generation, flt, after_id)
        if result is not None:
            self.newer_loaded.emit(generation, result)

    def _counted(self, conn: Connection, generation: int, flt: JournalFilter) -> tuple[int, bool]:
        return self._query(conn, generation, flt).count(conn)

    @Slot(int, object)
    def _count(self, generation: int, flt: JournalFilter) -> None:
        result = self._run(generation, self._counted, generation, flt)
        if result is not None:
            count, capped = result
            self.count_loaded.emit(generation, count, capped)

    @Slot()
    def shutdown(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class LoaderThread:
    """Owns the QThread the loader lives in; stops it cleanly."""

    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        self.thread = QThread()
        self.thread.setObjectName("journal-loader")
        self.loader = JournalLoader(engine, viewer)
        self.loader.moveToThread(self.thread)
        self.thread.start()

    def stop(self) -> None:
        """Stop the worker; its connection is closed once the thread has finished."""
        self.loader.current_generation = -1
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(10_000)
        self.loader.shutdown()
