"""Recording accesses the database could not take yet, kept on the workstation (issue 18).

Call centers are audited on who listened to which recording: an access must not be lost
because the database was restarted or the network dropped while someone listened.
:class:`AccessLog` writes each access at once; when the database is away it appends the
access to a JSON-lines file in the workstation's data folder, one per user and database
(flushed and fsync'd before the player goes on, like the recordings spool keeps its files)
and writes the file's accesses, with the time each really happened, when the database
answers again
(:meth:`AccessLog.flush`: at start, after every access written, when the connection is back).
Every access has a unique key, so a flush interrupted after its commit, or two flushes of
one file, write nothing twice. Nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from sqlalchemy import exc
from sqlalchemy.engine import URL

from app.database import Database, DatabaseProblem
from app.recordings_access import Access, write_accesses
from models import RecordingAction

__all__ = ["AccessLog", "AccessQueue", "database_away"]

log = logging.getLogger(__name__)

FLUSH_BATCH = 500
# One lock for every queue file of the process: the player's accesses are written from
# background threads, and two forms of one user share the user's file.
_FILE_LOCK = threading.Lock()


def database_away(error: BaseException) -> bool:
    """The write failed because the database could not be reached (keep the access), not
    because it refused it."""
    if isinstance(error, (exc.OperationalError, exc.InterfaceError, DatabaseProblem)):
        return True
    return isinstance(error, exc.DBAPIError) and bool(error.connection_invalidated)


class AccessQueue:
    """The accesses waiting for the database, one JSON object a line, in ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def of(cls, folder: Path, url: URL, employee_id: int) -> AccessQueue:
        """The user's queue for one database (``folder``: the workstation's data folder): a
        workstation that later connects to another database does not write its accesses
        there."""
        where = url.set(password=None).render_as_string(hide_password=True)
        name = hashlib.sha256(where.encode()).hexdigest()[:12]
        return cls(folder / "recording-access" / f"{name}-{employee_id}.jsonl")

    def add(self, access: Access) -> None:
        """Append ``access``; on disk (fsync'd) when this returns."""
        line = json.dumps(access.to_json(), ensure_ascii=False) + "\n"
        with _FILE_LOCK:
            created = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line)
                out.flush()
                os.fsync(out.fileno())
            if created:
                _sync_folder(self.path.parent)

    def pending(self) -> list[Access]:
        """The accesses in the file, oldest first. A damaged line (a write cut by a power
        loss) is skipped and logged; it stays in the file for whoever looks."""
        with _FILE_LOCK:
            try:
                lines = self.path.read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                return []
        found: list[Access] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                found.append(Access.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError) as e:
                log.error("%s, line %d: not an access record (%s)", self.path, number, e)
        return found

    def remove(self, keys: Iterable[str]) -> None:
        """Drop the accesses with these keys (written to the database); the file is
        replaced at once (a temporary file, fsync'd, renamed), or removed when empty."""
        gone = set(keys)
        with _FILE_LOCK:
            try:
                lines = self.path.read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                return
            kept = [line for line in lines if line.strip() and _key(line) not in gone]
            if not kept:
                self.path.unlink()
            else:
                tmp = self.path.with_name(f".{self.path.name}.tmp")
                with tmp.open("w", encoding="utf-8") as out:
                    out.write("\n".join(kept) + "\n")
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.path)
            _sync_folder(self.path.parent)


def _key(line: str) -> str | None:
    try:
        value = json.loads(line).get("key")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _sync_folder(folder: Path) -> None:
    """A new or renamed file's name on disk too (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AccessLog:
    """Writes recording accesses to the database, through the queue when it is away."""

    def __init__(self, db: Database, queue: AccessQueue) -> None:
        self.db = db
        self.queue = queue
        self._flushing = threading.Lock()

    def record(
        self,
        employee_id: int,
        call_id: int,
        part_seq: int | None,
        recording_ref: str | None,
        action: RecordingAction,
    ) -> Exception | None:
        """Log one access now. Returns None when it is in the database, or the database's
        error when it waits in the queue; a refusal that is not the database being away is
        raised (not queued)."""
        access = Access.now(employee_id, call_id, part_seq, recording_ref, action)
        try:
            self.db.write(lambda s: write_accesses(s, [access]))
        except Exception as e:
            if not database_away(e):
                raise
            self.queue.add(access)
            log.warning("the database is away: recording access kept on this computer (%s)", e)
            return e
        if self.queue.path.exists():
            try:  # the database answers again: the kept accesses follow this one
                self.flush()
            except Exception as e:
                log.warning("kept recording accesses not written yet: %s", e)
        return None

    def flush(self) -> int:
        """Write the waiting accesses; returns how many were inserted (0 when another flush
        is running). Raises the database's error when it is still away (they stay)."""
        if not self._flushing.acquire(blocking=False):
            return 0
        try:
            written = 0
            waiting = self.queue.pending()
            for start in range(0, len(waiting), FLUSH_BATCH):
                batch = waiting[start : start + FLUSH_BATCH]
                written += self.db.write(partial(write_accesses, accesses=batch))
                self.queue.remove(a.key for a in batch)
            if waiting:
                log.info("%d waiting recording accesses written (%d new)", len(waiting), written)
            return written
        finally:
            self._flushing.release()
