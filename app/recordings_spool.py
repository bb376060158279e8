"""The softphone's own recordings on their way to the recordings store (issue 15).

A finished call's WAV file waits in the workstation's spool directory, with a small JSON
note beside it (whose call, where it goes in the store, its journal id once the call is
written). :func:`upload_pending` copies each closed file into the store at
``YYYY/MM/DD/<file>`` — into the folder or share the player resolves references against (a
temporary name, then a rename), or onto the web server it reads them from (an HTTP PUT) —,
writes the reference on the operator's part of the call in one transaction, and only then
removes the spool copy. Each step can be repeated: a file already in the store under its
name is not copied again and a reference already written is not written twice, so a pass
interrupted anywhere is finished by the next one.
:class:`SpoolUploader` runs the passes on its own thread: at start, when a call ended,
and again after a failure with a bounded backoff. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from urllib import error, request
from urllib.parse import quote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.company_settings import RECORD_SOFTPHONE_CALLS, get_setting
from app.database import Database
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from models import CallPart

log = logging.getLogger(__name__)

WAV_HEADER_BYTES = 44
# A file whose header was never finished (the workstation went down mid-call) is taken
# as it is once nobody wrote to it for this long; the player bounds it by its size.
ABANDONED_AFTER_S = 120.0
FIRST_RETRY_S = 5.0
MAX_RETRY_S = 300.0
CHECK_EVERY_S = 60.0
# Workstations' clocks differ: a transferred call's part starts when the colleague's
# CallDesk saw it handed over.
MATCH_WINDOW = timedelta(seconds=60)  # the company setting and files a pass could not take yet
NOTE_SUFFIX = ".json"
HTTP_SCHEMES = ("http", "https")
HTTP_TIMEOUT_S = 30.0  # a connection or a read that takes longer: the pass stops, retried


class UploadError(UserFacingError):
    """The recordings store cannot take the file now; it stays in the spool."""


@dataclass(frozen=True)
class SpooledRecording:
    """A recording in the spool and what the upload needs to know about it."""

    path: Path  # the WAV file in the spool
    ref: str  # where it goes in the store: YYYY/MM/DD/<file>
    employee_id: int
    started_at: datetime  # the call's start, whole seconds, as the journal stores it
    call_id: int | None = None  # the journal's call, once written
    logged: bool = False  # the journal write is over (whatever it wrote): upload it

    @property
    def note(self) -> Path:
        return self.path.with_suffix(NOTE_SUFFIX)


@dataclass(frozen=True)
class PassResult:
    """What one pass did: references written per file, and why the rest waits."""

    uploaded: list[str]
    waiting: int  # files still in the spool (not closed yet, or the store failed)
    problem: UserFacingError | None = None


def store_folder(base: str) -> Path:
    """The store as a folder (a path or a ``file://`` address; a web address goes to
    :func:`put_over_http`), or :class:`UploadError` when none is configured."""
    text = base.strip()
    if not text:
        raise UploadError(
            QT_TRANSLATE_NOOP(
                "app",
                "No recordings folder is configured on this workstation: the softphone's "
                "recordings wait on this computer.",
            )
        )
    scheme = urlsplit(text).scheme.lower()
    return Path(urlsplit(text).path if scheme == "file" else text)


def upload_to_store(item: SpooledRecording, base: str) -> str:
    """The file into the store the player reads: a web server (``http(s)://``, by PUT) or
    a folder (a copy); returns where it went."""
    if urlsplit(base.strip()).scheme.lower() in HTTP_SCHEMES:
        return put_over_http(item, base.strip())
    return str(copy_to_store(item, store_folder(base)))


def put_over_http(item: SpooledRecording, base: str, timeout: float = HTTP_TIMEOUT_S) -> str:
    """PUT the file at ``<base>/<reference>`` (a WebDAV folder: nginx's ``dav_methods PUT``,
    Apache's mod_dav), where the player then GETs it. A file the server already has with
    the same size is this one, uploaded before: not sent again. The server writes a PUT
    whole or not at all (nginx and mod_dav write a temporary file and rename it)."""
    url = base.rstrip("/") + "/" + quote(item.ref)
    size = item.path.stat().st_size

    def problem(error: object) -> UploadError:
        return UploadError(
            QT_TRANSLATE_NOOP(
                "app",
                "The recording {file} could not be uploaded to {url} ({error}); it waits on "
                "this computer and is tried again.",
            ),
            file=item.path.name,
            url=url,
            error=error,
        )

    try:
        head = request.Request(url, method="HEAD")
        with request.urlopen(head, timeout=timeout) as answer:
            if int(answer.headers.get("Content-Length") or -1) == size:
                return url
    except error.HTTPError as e:
        e.close()  # its connection: left to the garbage collector it warns (ResourceWarning)
        if e.code != 404:  # not there yet is the usual answer; anything else: try the PUT
            log.info("HEAD %s: HTTP %s", url, e.code)
    except (OSError, ValueError) as e:
        raise problem(_reason(e)) from e
    try:
        with item.path.open("rb") as body:
            put = request.Request(
                url,
                data=body,
                method="PUT",
                headers={"Content-Type": "audio/wav", "Content-Length": str(size)},
            )
            with request.urlopen(put, timeout=timeout) as answer:
                answer.read()
    except error.HTTPError as e:
        e.close()
        raise problem(f"HTTP {e.code} {e.reason}") from e
    except (OSError, ValueError) as e:
        raise problem(_reason(e)) from e
    return url


def _reason(e: BaseException) -> object:
    if isinstance(e, error.URLError):
        return e.reason
    return getattr(e, "strerror", None) or e


def recording_on(session: Session) -> bool:
    return bool(get_setting(session, RECORD_SOFTPHONE_CALLS))


class RecordingSpool:
    """The workstation's spool directory of one employee's recordings."""

    def __init__(self, directory: Path, employee_id: int | None = None) -> None:
        self.directory = directory
        self.employee_id = employee_id  # whose files are here (adopts a file without a note)

    def add(self, wav: Path, employee_id: int, started_at: datetime) -> SpooledRecording:
        """Note a finished call's recording (the file may still be closing)."""
        whole = started_at.replace(microsecond=0)
        item = SpooledRecording(wav, f"{whole:%Y/%m/%d}/{wav.name}", employee_id, whole)
        self._write_note(item)
        return item

    def logged(self, wav: Path, call_id: int | None) -> None:
        """The call's journal write is over; ``call_id`` the call it wrote (None: none)."""
        item = self._read(wav)
        if item is not None:
            self._write_note(replace(item, call_id=call_id, logged=True))

    def pending(self, *, at_start: bool = False) -> list[SpooledRecording]:
        """The recordings waiting, oldest first; ``at_start``: left by an earlier run, so
        their journal writes are over whatever they did."""
        found = []
        for wav in sorted(self.directory.glob("*.wav")):
            item = self._read(wav)
            if item is None and at_start:
                item = self._adopt(wav)
            if item is None:
                continue
            found.append(replace(item, logged=True) if at_start else item)
        return found

    def _adopt(self, wav: Path) -> SpooledRecording | None:
        """A recording without its note (the workstation went down during the call): its
        call's start is in its name (softphone.recording.recording_name)."""
        if self.employee_id is None:
            return None
        try:
            started = datetime.strptime(wav.name[:15], "%Y%m%d-%H%M%S")
        except ValueError:
            return None
        try:
            return self.add(wav, self.employee_id, started)
        except OSError as e:
            log.warning("spooled recording %s cannot be noted: %s", wav.name, e)
            return None

    def _read(self, wav: Path) -> SpooledRecording | None:
        try:
            data = json.loads(wav.with_suffix(NOTE_SUFFIX).read_text(encoding="utf-8"))
            return SpooledRecording(
                wav,
                str(data["ref"]),
                int(data["employee_id"]),
                datetime.fromisoformat(str(data["started_at"])),
                int(data["call_id"]) if data.get("call_id") is not None else None,
                bool(data.get("logged", False)),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as e:
            log.warning("spooled recording %s has an unreadable note: %s", wav.name, e)
            return None

    def _write_note(self, item: SpooledRecording) -> None:
        data = {
            "ref": item.ref,
            "employee_id": item.employee_id,
            "started_at": item.started_at.isoformat(),
            "call_id": item.call_id,
            "logged": item.logged,
        }
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = item.note.with_name(f".{item.note.name}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, item.note)


def _wav_state(path: Path) -> tuple[bool, int]:
    """(the recorder finished the header, the file's size)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(WAV_HEADER_BYTES)
    except OSError:
        return False, 0
    closed = (
        len(head) == WAV_HEADER_BYTES
        and head[:4] == b"RIFF"
        and head[36:40] == b"data"
        and struct.unpack("<I", head[40:44])[0] > 0
    )
    return closed, size


def copy_to_store(item: SpooledRecording, store: Path) -> Path:
    """The file into the store under its reference: a temporary name in the target folder,
    then a rename, so the store never shows half a file. A file already there with the
    same size is this one, uploaded before: not copied again."""
    target = store.joinpath(*item.ref.split("/"))
    size = item.path.stat().st_size
    try:
        if target.is_file() and target.stat().st_size == size:
            return target
        if not store.is_dir():
            raise FileNotFoundError(str(store))
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out, item.path.open("rb") as source:
                shutil.copyfileobj(source, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise UploadError(
            QT_TRANSLATE_NOOP(
                "app",
                "The recording {file} could not be copied to the recordings folder {folder} "
                "({error}); it waits on this computer and is tried again.",
            ),
            file=item.path.name,
            folder=str(store),
            error=e.strerror or e,
        ) from e
    return target


def attach_reference(session: Session, item: SpooledRecording) -> int | None:
    """Write the recording's reference on the employee's part of its call; returns the
    call's id (None: the journal has no such part, e.g. the PBX writes the calls). A part
    that has it already is left as it is. Without the call's id (a call a colleague's
    CallDesk wrote, transferred here) the employee's part that started nearest to the
    recording's call, within :data:`MATCH_WINDOW`, takes it."""
    query = select(CallPart).where(CallPart.employee_id == item.employee_id)
    if item.call_id is not None:
        query = query.where(CallPart.call_id == item.call_id)
    else:
        query = query.where(
            CallPart.started_at >= item.started_at - MATCH_WINDOW,
            CallPart.started_at <= item.started_at + MATCH_WINDOW,
        )
    parts = session.scalars(query.order_by(CallPart.call_id.desc(), CallPart.seq)).all()
    for part in parts:
        if part.recording_ref == item.ref:
            return int(part.call_id)
    free = [p for p in parts if p.recording_ref is None]
    free.sort(
        key=lambda p: (
            p.answered_at is None,
            abs((p.started_at - item.started_at).total_seconds()),
            -p.call_id,
        )
    )
    if not free:
        return None
    free[0].recording_ref = item.ref
    session.flush()
    return int(free[0].call_id)


def upload_pending(
    spool: RecordingSpool,
    store_base: str,
    db: Database,
    *,
    at_start: bool = False,
    now: Callable[[], float] = time.time,
) -> PassResult:
    """One pass over the spool: every closed recording whose call is written goes to the
    store, gets its reference, and leaves the spool. The first store failure stops the
    pass (the rest would fail the same way); the files stay for the next one."""
    uploaded: list[str] = []
    waiting = 0
    problem: UserFacingError | None = None
    for item in spool.pending(at_start=at_start):
        closed, size = _wav_state(item.path)
        if not closed:
            try:
                idle = now() - item.path.stat().st_mtime
            except OSError:
                idle = 0.0
            if idle < ABANDONED_AFTER_S:
                waiting += 1  # pjmedia closes it on its clock thread, in a moment
                continue
            if size <= WAV_HEADER_BYTES:  # not a sample in it: nothing to keep
                _remove(item)
                continue
        if not item.logged or problem is not None:
            waiting += 1
            continue
        try:
            upload_to_store(item, store_base)
        except UploadError as e:
            problem = e
            waiting += 1
            continue
        call_id = db.write(lambda session, it=item: attach_reference(session, it))  # type: ignore[misc]
        log.info("recording %s uploaded (call %s)", item.ref, call_id)
        _remove(item)
        uploaded.append(item.ref)
    return PassResult(uploaded, waiting, problem)


def _remove(item: SpooledRecording) -> None:
    item.path.unlink(missing_ok=True)
    item.note.unlink(missing_ok=True)


class SpoolUploader:
    """The upload passes on a thread of their own, never the GUI's: one at start, one
    when :meth:`wake` is called (a call ended), one every :data:`CHECK_EVERY_S`, and
    after a failure again in 5 s, 10 s, 20 s … up to 5 minutes. ``on_pass`` and
    ``on_setting`` are called on that thread (turn them into queued Qt signals)."""

    def __init__(
        self,
        spool: RecordingSpool,
        store_base: Callable[[], str],
        db: Database,
        on_pass: Callable[[PassResult], None] | None = None,
        on_setting: Callable[[bool], None] | None = None,
    ) -> None:
        self.spool = spool
        self.store_base = store_base
        self.db = db
        self.on_pass = on_pass
        self.on_setting = on_setting
        self.passes = 0
        self.retry_in = 0.0  # seconds until the next try after a failure; 0: none failed
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="recordings-upload", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        at_start = True
        failures = 0
        while not self._stop.is_set():
            result = self._one_pass(at_start)
            at_start = False
            if result is not None and result.problem is None:
                failures = 0
                self.retry_in = 0.0
                delay = CHECK_EVERY_S if not result.waiting else FIRST_RETRY_S
            else:
                delay = min(MAX_RETRY_S, FIRST_RETRY_S * 2**failures)
                failures += 1
                self.retry_in = delay
            self._wake.wait(delay)
            self._wake.clear()

    def _one_pass(self, at_start: bool) -> PassResult | None:
        try:
            if self.on_setting is not None:
                with self.db.transaction() as session:
                    on = recording_on(session)
                self.on_setting(on)
            result = upload_pending(self.spool, self.store_base(), self.db, at_start=at_start)
        except Exception as e:  # the database away: try again later, files stay
            log.warning("recordings upload pass failed: %s", e)
            return None
        finally:
            self.passes += 1
        if self.on_pass is not None:
            try:
                self.on_pass(result)
            except Exception:
                log.exception("recordings upload: reporting a pass failed")
        return result
