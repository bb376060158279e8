"""Where a call's recordings are and how to get them: a directory (share) or an HTTP(S) base.

A call part stores a *relative* reference (``2026/11/20/in-301-...wav``). It is resolved
against the workstation's configured base; anything that could escape the base (``..``,
absolute paths, URLs) is refused. Checks and downloads block, so the GUI runs them in the
background; every failure is a :class:`RecordingError` whose message a user can act on.
"""

from __future__ import annotations

import io
import os
import re
import socket
import tempfile
import urllib.error
import urllib.request
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO
from urllib.parse import quote, urlsplit

from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError, message

EMPTY_WAV_BYTES = 44  # a WAV header without a single sample
CHUNK_BYTES = 64 * 1024
DEFAULT_TIMEOUT = 5.0
WAV_HEADER_PROBE_BYTES = 4096  # RIFF, fmt and the start of data (a LIST chunk may come first)

Progress = Callable[[int, int], None]  # bytes done, bytes total (0: unknown)
_DRIVE = re.compile(r"^[A-Za-z]:")


class RecordingError(UserFacingError):
    """A recording that cannot be played or saved; the message says why in plain words."""


class UnsafeReference(RecordingError):
    pass


class NoRecordingsBase(RecordingError):
    pass


class RecordingMissing(RecordingError):
    pass


class RecordingEmpty(RecordingError):
    pass


class RecordingUnreachable(RecordingError):
    pass


class TargetExists(RecordingError):
    """The download target exists; the caller asks the user and passes ``overwrite``."""

    def __init__(self, target: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP("app", "{target} already exists."), target=target)
        self.target = target


class DownloadCancelled(RecordingError):
    pass


@dataclass(frozen=True)
class RecordingLocation:
    """A resolved reference: a local path or a URL, never both."""

    ref: str
    path: Path | None = None
    url: str | None = None

    @property
    def media(self) -> str:
        """What the player opens."""
        return str(self.path) if self.path is not None else str(self.url)

    @property
    def file_name(self) -> str:
        return PurePosixPath(self.ref).name


def check_reference(ref: str | None) -> PurePosixPath:
    """The reference as safe relative parts, or :class:`UnsafeReference`."""
    if ref is None or not ref.strip():
        raise UnsafeReference(
            QT_TRANSLATE_NOOP("app", "The call part has no recording."),
        )
    text = ref.strip()
    if "\x00" in text or "://" in text:
        raise UnsafeReference(
            QT_TRANSLATE_NOOP("app", "The recording reference {reference} is not a relative path."),
            reference=repr(ref),
        )
    if text.startswith(("/", "\\")) or _DRIVE.match(text):
        raise UnsafeReference(
            QT_TRANSLATE_NOOP(
                "app",
                "The recording reference {reference} is an absolute path; "
                "only paths relative to the recordings folder are allowed.",
            ),
            reference=repr(ref),
        )
    parts = [p for p in re.split(r"[\\/]+", text) if p not in ("", ".")]
    # Windows drops a name's trailing dots and spaces: ".. " and "..." are ".." and "." there.
    if any(p.rstrip(". ") == "" for p in parts):
        raise UnsafeReference(
            QT_TRANSLATE_NOOP(
                "app",
                "The recording reference {reference} points outside the recordings folder ('..').",
            ),
            reference=repr(ref),
        )
    if any(_DRIVE.match(p) for p in parts):  # "a/C:x.wav" is C:x.wav on Windows
        raise UnsafeReference(
            QT_TRANSLATE_NOOP(
                "app",
                "The recording reference {reference} is an absolute path; "
                "only paths relative to the recordings folder are allowed.",
            ),
            reference=repr(ref),
        )
    if not parts:
        raise UnsafeReference(
            QT_TRANSLATE_NOOP("app", "The recording reference {reference} names no file."),
            reference=repr(ref),
        )
    return PurePosixPath(*parts)


class RecordingArchive:
    """The configured place of recordings: a directory or an ``http(s)://`` base URL."""

    def __init__(self, base: str | Path, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.base = str(base).strip()
        self.timeout = timeout
        scheme = urlsplit(self.base).scheme.lower()
        self.is_http = scheme in ("http", "https")
        if scheme == "file":
            self.base = urlsplit(self.base).path

    @property
    def configured(self) -> bool:
        return bool(self.base)

    def locate(self, ref: str | None) -> RecordingLocation:
        relative = check_reference(ref)
        if not self.configured:
            raise NoRecordingsBase(
                QT_TRANSLATE_NOOP(
                    "app", "No recordings folder or address is configured on this workstation."
                ),
            )
        if self.is_http:
            base = self.base if self.base.endswith("/") else self.base + "/"
            return RecordingLocation(str(relative), url=base + quote(str(relative)))
        return RecordingLocation(str(relative), path=Path(self.base).joinpath(*relative.parts))

    # -- blocking work (run it off the GUI thread) ----------------------------------------

    def check(self, location: RecordingLocation) -> int:
        """The recording's size in bytes (0: the server did not say); raises if unusable."""
        if location.path is not None:
            size = self._file_size(location.path)
        else:
            with self._open_url(location, ranged=True) as (_response, size):
                pass
        if 0 < size <= EMPTY_WAV_BYTES or (location.path is not None and size == 0):
            raise RecordingEmpty(
                QT_TRANSLATE_NOOP("app", "The recording {file} is empty (no sound in it)."),
                file=location.file_name,
            )
        return size

    def download(
        self,
        location: RecordingLocation,
        target: Path,
        *,
        overwrite: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Copy the recording to ``target`` byte for byte, in chunks; returns the size.

        Written to a temporary file next to the target and renamed at the end, so an
        interrupted download never leaves a half file under the real name.
        """
        if target.exists() and not overwrite:
            raise TargetExists(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        if location.path is not None:
            total = self.check(location)
            try:
                source: IO[bytes] = location.path.open("rb")
            except OSError as e:
                raise RecordingMissing(self._missing_text(location)) from e
            with source:
                return self._stream(source, total, target, progress, cancelled)
        with self._open_url(location, ranged=False) as (response, total):
            if 0 < total <= EMPTY_WAV_BYTES:
                raise RecordingEmpty(
                    QT_TRANSLATE_NOOP("app", "The recording {file} is empty (no sound in it)."),
                    file=location.file_name,
                )
            return self._stream(response, total, target, progress, cancelled)

    def _stream(
        self,
        source: IO[bytes],
        total: int,
        target: Path,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> int:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        done = 0
        try:
            with os.fdopen(fd, "wb") as out:
                while True:
                    if cancelled is not None and cancelled():
                        raise DownloadCancelled(
                            QT_TRANSLATE_NOOP("app", "The download was cancelled."),
                        )
                    try:
                        chunk = source.read(CHUNK_BYTES)
                    except TimeoutError as e:
                        raise RecordingUnreachable(
                            QT_TRANSLATE_NOOP(
                                "app", "The recordings server stopped answering ({seconds} s)."
                            ),
                            seconds=f"{self.timeout:g}",
                        ) from e
                    if not chunk:
                        break
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
            if total and done != total:
                raise RecordingUnreachable(
                    QT_TRANSLATE_NOOP(
                        "app", "The download broke off after {done} of {total} bytes; try again."
                    ),
                    done=done,
                    total=total,
                )
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return done

    def wav_length_ms(self, location: RecordingLocation) -> int | None:
        """A PCM WAV recording's length from its header, without fetching the sound; None
        when it is not a WAV file the standard ``wave`` module reads (libVLC will know)."""
        if location.path is not None:
            size = self._file_size(location.path)
            try:
                with location.path.open("rb") as f:
                    head = f.read(WAV_HEADER_PROBE_BYTES)
            except OSError as e:
                raise RecordingMissing(self._missing_text(location)) from e
        else:
            with self._open_url(location, ranged=True, first_bytes=WAV_HEADER_PROBE_BYTES) as (
                response,
                size,
            ):
                head = response.read(WAV_HEADER_PROBE_BYTES)
        return wav_length_from_header(head, size)

    def _file_size(self, path: Path) -> int:
        try:
            return path.stat().st_size
        except FileNotFoundError as e:
            raise RecordingMissing(self._missing_text(RecordingLocation(path.name, path))) from e
        except OSError as e:
            raise RecordingUnreachable(
                QT_TRANSLATE_NOOP("app", "The recordings folder cannot be read ({error})."),
                error=e.strerror or e,
            ) from e

    def _missing_text(self, location: RecordingLocation) -> Message:
        return message(
            QT_TRANSLATE_NOOP(
                "app", "The recording {file} is not in the recordings folder {folder}."
            ),
            file=location.file_name,
            folder=self.base,
        )

    def _open_url(
        self, location: RecordingLocation, ranged: bool, first_bytes: int = 1
    ) -> _UrlResponse:
        request = urllib.request.Request(str(location.url))
        if ranged:
            request.add_header("Range", f"bytes=0-{first_bytes - 1}")
        try:
            response = urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            e.close()
            if e.code == 404:
                raise RecordingMissing(
                    QT_TRANSLATE_NOOP(
                        "app", "The recording {file} is not on the server (HTTP 404)."
                    ),
                    file=location.file_name,
                ) from e
            if e.code == 416:
                raise RecordingEmpty(
                    QT_TRANSLATE_NOOP("app", "The recording {file} is empty (no sound in it)."),
                    file=location.file_name,
                ) from e
            raise RecordingUnreachable(
                QT_TRANSLATE_NOOP(
                    "app", "The recordings server refused {file} (HTTP {code} {reason})."
                ),
                file=location.file_name,
                code=e.code,
                reason=e.reason,
            ) from e
        except TimeoutError as e:
            raise RecordingUnreachable(
                QT_TRANSLATE_NOOP(
                    "app", "The recordings server did not answer within {seconds} s."
                ),
                seconds=f"{self.timeout:g}",
            ) from e
        except urllib.error.URLError as e:
            if isinstance(e.reason, TimeoutError | socket.timeout):
                raise RecordingUnreachable(
                    QT_TRANSLATE_NOOP(
                        "app", "The recordings server did not answer within {seconds} s."
                    ),
                    seconds=f"{self.timeout:g}",
                ) from e
            raise RecordingUnreachable(
                QT_TRANSLATE_NOOP("app", "The recordings server cannot be reached ({reason})."),
                reason=e.reason,
            ) from e
        return _UrlResponse(response)


class _UrlResponse:
    """An open HTTP response and the recording's full size, as a context manager."""

    def __init__(self, response: IO[bytes]) -> None:
        self.response = response
        headers = getattr(response, "headers", {})
        size = 0
        content_range = headers.get("Content-Range") or ""
        if "/" in content_range and not content_range.endswith("/*"):
            size = int(content_range.rsplit("/", 1)[1])
        elif headers.get("Content-Length"):
            size = int(headers["Content-Length"])
        self.size = size

    def __enter__(self) -> tuple[IO[bytes], int]:
        return self.response, self.size

    def __exit__(self, *_exc: object) -> None:
        self.response.close()


def wav_length_from_header(head: bytes, size: int) -> int | None:
    """Milliseconds of PCM sound in a WAV file of ``size`` bytes that starts with ``head``.
    A recorder that has not finished may leave the data size empty or too big in the
    header: the file's size bounds it then."""
    try:
        with wave.open(io.BytesIO(head), "rb") as w:
            frame_bytes = w.getnchannels() * w.getsampwidth()
            frames, rate = w.getnframes(), w.getframerate()
    except (wave.Error, EOFError, ValueError):
        return None
    if frame_bytes <= 0 or rate <= 0:
        return None
    if size > 0:
        frames_in_file = max(0, size - EMPTY_WAV_BYTES) // frame_bytes
        frames = frames_in_file if frames <= 0 else min(frames, frames_in_file)
    return frames * 1000 // rate if frames > 0 else None


def download_names(parts: Sequence[tuple[int, str]]) -> dict[int, str]:
    """File names for saving parts ``(seq, ref)`` to one folder, without collisions."""
    names = {seq: check_reference(ref).name for seq, ref in parts}
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    return {seq: (f"part{seq}-{name}" if counts[name] > 1 else name) for seq, name in names.items()}
