"""The journal's database work: the queries the journal model runs on its worker.

One :class:`ui.database_runner.DatabaseRunner` (one thread, one connection) per journal;
the filter is prepared (validated, search resolved) once per query generation, not per page.
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import Connection, Engine

from app.journal import query as journal
from app.journal.filter import JournalFilter
from app.staff.auth import CurrentUser
from ui.database_runner import DatabaseRunner

Key = tuple[datetime, int]


class JournalLoader:
    """The journal's runner and the prepared query of the current generation."""

    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        self.engine = engine
        self.viewer = viewer
        self.runner = DatabaseRunner(engine, "journal-loader", replica_reads=True)
        # The counts on a thread and connection of their own: the next filter's rows never
        # wait for the last filter's count ("1000+" over a search can take longer).
        self.counter = DatabaseRunner(engine, "journal-counter", replica_reads=True)
        # Per worker thread: (generation, filter, prepared), read and written by that thread.
        self._prepared: dict[int, tuple[int, JournalFilter, journal.JournalQuery]] = {}

    def prepared(
        self, conn: Connection, generation: int, flt: JournalFilter
    ) -> journal.JournalQuery:
        thread = threading.get_ident()
        cached = self._prepared.get(thread)
        if cached is None or cached[0] != generation or cached[1] is not flt:
            cached = (generation, flt, journal.prepare(conn, flt, self.viewer))
            self._prepared[thread] = cached
        return cached[2]


class LoaderThread:
    """Owns the journal's loader; ``stop()`` ends its thread and closes its connection."""

    def __init__(self, engine: Engine, viewer: CurrentUser) -> None:
        self.loader = JournalLoader(engine, viewer)

    def stop(self) -> None:
        self.loader.runner.stop()
        self.loader.counter.stop()
