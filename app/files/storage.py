"""Attached files: upload, list, read back, delete — streamed, never held whole in memory.

The bytes go to ``file_chunks`` in rows of :data:`models.CHUNK_BYTES` (the same on SQLite and
MariaDB), or, when the company configured a file store (a directory every workstation
reaches), to a file under it; the row in ``stored_files`` is the same either way. An upload
is one transaction: a failure or an oversized file leaves nothing behind in the database.
"""

from __future__ import annotations

import errno
import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from app.company_settings import FILE_SIZE_LIMIT_MB, FILE_STORE_DIR, get_setting
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.tasks.board import visible
from models import CHUNK_BYTES, FileChunk, FileOwner, StoredFile, Task


class Readable(Protocol):
    """Anything read in pieces: an open file, a socket's file, a test's generator."""

    def read(self, size: int = -1, /) -> bytes: ...


class FileError(UserFacingError):
    """A file cannot be attached or read (too big, gone, store unreachable)."""


class TransferCancelled(FileError):
    """The user stopped an upload or a download; nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("app", "The transfer was cancelled."))


Progress = Callable[[int], None]
"""Told the bytes done so far after each chunk (called on the thread doing the transfer)."""
Cancelled = Callable[[], bool]
"""Asked before each chunk: True stops the transfer (:class:`TransferCancelled`)."""


def _never() -> bool:
    return False


def _ignore(_done: int) -> None:
    return None


def _disk_error(error: OSError, path: Path) -> FileError:
    if error.errno == errno.ENOSPC:
        return FileError(
            QT_TRANSLATE_NOOP("app", "The disk is full: {path} could not be written."),
            path=str(path),
        )
    return FileError(
        QT_TRANSLATE_NOOP("app", "The file could not be transferred ({path}): {reason}."),
        path=str(path),
        reason=error.strerror or str(error),
    )


@dataclass(frozen=True)
class AttachedFile:
    id: int
    name: str
    size: int
    uploaded_at: datetime
    uploaded_by: str
    sha256: str


def _check_owner(
    session: Session | Connection, who: CurrentUser, kind: FileOwner, owner_id: int
) -> None:
    if kind is FileOwner.TASK:
        seen = session.scalar(select(Task.id).where(Task.id == owner_id, visible(who)))
        if seen is None:
            raise FileError(QT_TRANSLATE_NOOP("app", "The task no longer exists or is not yours."))


def size_limit(conn: Session | Connection) -> int:
    """The largest file accepted, bytes (a company setting in megabytes)."""
    return int(float(get_setting(conn, FILE_SIZE_LIMIT_MB)) * 1024 * 1024)


def _too_big(limit: int) -> FileError:
    return FileError(
        QT_TRANSLATE_NOOP("app", "The file is larger than {limit} MB."),
        limit=limit // (1024 * 1024),
    )


def check_size(conn: Session | Connection, size: int) -> None:
    """Refuse a file of ``size`` bytes before any of it is sent."""
    limit = size_limit(conn)
    if size > limit:
        raise _too_big(limit)


def upload(
    session: Session,
    who: CurrentUser,
    kind: FileOwner,
    owner_id: int,
    name: str,
    source: Readable,
    now: datetime,
    *,
    expected_size: int | None = None,
    progress: Progress = _ignore,
    cancelled: Cancelled = _never,
) -> int:
    """Store ``source`` read in chunks under ``name``; the new file's id.

    ``expected_size`` (the file's size on disk) is checked against the limit before anything
    is written. ``cancelled`` is asked before each chunk; when it says stop, the file store's
    file is removed and :class:`TransferCancelled` raised, so the caller's transaction rolls
    back everything else.
    """
    _check_owner(session, who, kind, owner_id)
    limit = size_limit(session)
    if expected_size is not None and expected_size > limit:
        raise _too_big(limit)
    store = str(get_setting(session, FILE_STORE_DIR) or "")
    row = StoredFile(
        owner_kind=kind.value,
        owner_id=owner_id,
        name=Path(name).name[:255] or "file",
        size=0,
        uploaded_at=now.replace(microsecond=0),
        uploaded_by_id=who.id,
    )
    session.add(row)
    session.flush()
    digest = hashlib.sha256()
    size = 0
    target: Path | None = None
    if store:
        relative = Path(now.strftime("%Y/%m")) / f"{uuid.uuid4().hex}"
        target = Path(store) / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        row.store_path = relative.as_posix()
    try:
        with open(target, "wb") if target else nullcontext() as out:
            seq = 0
            while True:
                if cancelled():
                    raise TransferCancelled()
                chunk = source.read(CHUNK_BYTES)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise _too_big(limit)
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
                else:
                    session.execute(insert(FileChunk).values(file_id=row.id, seq=seq, data=chunk))
                seq += 1
                del chunk
                progress(size)
    except OSError as e:
        if target is not None:
            target.unlink(missing_ok=True)
        raise _disk_error(e, target or Path(name)) from e
    except BaseException:
        if target is not None:
            target.unlink(missing_ok=True)
        raise
    row.size = size
    row.sha256 = digest.hexdigest()
    session.flush()
    return row.id


def list_files(
    conn: Session | Connection, who: CurrentUser, kind: FileOwner, owner_id: int
) -> list[AttachedFile]:
    from models import Employee

    _check_owner(conn, who, kind, owner_id)
    rows = conn.execute(
        select(
            StoredFile.id,
            StoredFile.name,
            StoredFile.size,
            StoredFile.uploaded_at,
            func.coalesce(Employee.full_name, ""),
            StoredFile.sha256,
        )
        .outerjoin(Employee, Employee.id == StoredFile.uploaded_by_id)
        .where(StoredFile.owner_kind == kind.value, StoredFile.owner_id == owner_id)
        .order_by(StoredFile.uploaded_at.desc(), StoredFile.id.desc())
    )
    return [AttachedFile(*row) for row in rows]


def _file(conn: Session | Connection, who: CurrentUser, file_id: int) -> StoredFile:
    row = conn.execute(select(StoredFile).where(StoredFile.id == file_id)).scalar_one_or_none()
    if row is None:
        raise FileError(QT_TRANSLATE_NOOP("app", "The file was deleted."))
    _check_owner(conn, who, FileOwner(row.owner_kind), row.owner_id)
    return row


def read_chunks(session: Session, who: CurrentUser, file_id: int) -> Iterator[bytes]:
    """The file's bytes, one chunk at a time (each chunk is its own small query)."""
    row = _file(session, who, file_id)
    if row.store_path:
        store = str(get_setting(session, FILE_STORE_DIR) or "")
        path = Path(store) / row.store_path
        if not path.is_file():
            raise FileError(
                QT_TRANSLATE_NOOP("app", "The file store has no file {path}."), path=str(path)
            )
        with open(path, "rb") as source:
            while chunk := source.read(CHUNK_BYTES):
                yield chunk
        return
    seq = 0
    while True:
        data = session.scalar(
            select(FileChunk.data).where(FileChunk.file_id == file_id, FileChunk.seq == seq)
        )
        if data is None:
            return
        yield bytes(data)
        seq += 1


def file_size(conn: Session | Connection, who: CurrentUser, file_id: int) -> int:
    """The stored file's size, bytes (the total of a download's progress)."""
    return _file(conn, who, file_id).size


def save_to(
    session: Session,
    who: CurrentUser,
    file_id: int,
    target: Path,
    *,
    progress: Progress = _ignore,
    cancelled: Cancelled = _never,
) -> int:
    """Write the file to ``target`` (written beside it, then renamed); bytes written.

    Cancelled (``cancelled`` is asked before each chunk) or failed, the partial file is
    removed and ``target`` is left as it was.
    """
    partial = target.with_name(target.name + ".part")
    written = 0
    try:
        with open(partial, "wb") as out:
            for chunk in read_chunks(session, who, file_id):
                if cancelled():
                    raise TransferCancelled()
                out.write(chunk)
                written += len(chunk)
                progress(written)
        os.replace(partial, target)
    except OSError as e:
        raise _disk_error(e, target) from e
    finally:
        partial.unlink(missing_ok=True)
    return written


def delete_file(session: Session, who: CurrentUser, file_id: int) -> None:
    row = _file(session, who, file_id)
    store_path = row.store_path
    session.execute(delete(FileChunk).where(FileChunk.file_id == file_id))
    session.execute(delete(StoredFile).where(StoredFile.id == file_id))
    if store_path:
        store = str(get_setting(session, FILE_STORE_DIR) or "")
        (Path(store) / store_path).unlink(missing_ok=True)
