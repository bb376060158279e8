"""A call's recorded parts joined into one WAV file, with the standard ``wave`` module.

Only plain PCM WAV files of one format (channels, sample width, rate) can be joined
sample by sample; anything else is a :class:`JoinNeedsSameFormat` the user can act on
(save the parts one by one instead).
"""

from __future__ import annotations

import os
import tempfile
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.messages import QT_TRANSLATE_NOOP
from app.recordings import (
    DownloadCancelled,
    Progress,
    RecordingArchive,
    RecordingError,
    RecordingLocation,
    TargetExists,
)

FRAMES_PER_CHUNK = 16_000


class JoinNeedsSameFormat(RecordingError):
    """A part is not a PCM WAV file, or not of the first part's format."""


@dataclass(frozen=True)
class WavFormat:
    channels: int
    sample_width: int  # bytes
    rate: int


@dataclass(frozen=True)
class WavPart:
    """A part's file to join and the name the user knows it by."""

    name: str
    path: Path


def wav_format(part: WavPart) -> tuple[WavFormat, int]:
    """The file's PCM format and its number of frames."""
    try:
        with wave.open(str(part.path), "rb") as w:
            return WavFormat(w.getnchannels(), w.getsampwidth(), w.getframerate()), w.getnframes()
    except (wave.Error, EOFError) as e:
        raise JoinNeedsSameFormat(
            QT_TRANSLATE_NOOP(
                "app",
                "The recording {file} is not a plain WAV file; only WAV recordings of the same "
                "format can be joined into one file.",
            ),
            file=part.name,
        ) from e


def join_wav(
    parts: Sequence[WavPart],
    target: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the parts' sound one after another into ``target``; returns the frames written.

    Every part is checked before a byte is written; the file appears under its name only
    when it is complete (a temporary file next to it is renamed)."""
    if not parts:
        raise ValueError("nothing to join")
    if target.exists() and not overwrite:
        raise TargetExists(target)
    formats = [wav_format(p) for p in parts]
    first = formats[0][0]
    for part, (fmt, _frames) in zip(parts, formats, strict=True):
        if fmt != first:
            raise JoinNeedsSameFormat(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The recording {file} is {rate} Hz, {bits} bit, {channels} channel(s); the "
                    "first part is {first_rate} Hz, {first_bits} bit, {first_channels} "
                    "channel(s). Only recordings of the same format can be joined into one file.",
                ),
                file=part.name,
                rate=fmt.rate,
                bits=8 * fmt.sample_width,
                channels=fmt.channels,
                first_rate=first.rate,
                first_bits=8 * first.sample_width,
                first_channels=first.channels,
            )
    total = sum(frames for _fmt, frames in formats)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    done = 0
    try:
        with wave.open(tmp, "wb") as out:
            out.setnchannels(first.channels)
            out.setsampwidth(first.sample_width)
            out.setframerate(first.rate)
            for part in parts:
                with wave.open(str(part.path), "rb") as source:
                    while chunk := source.readframes(FRAMES_PER_CHUNK):
                        if cancelled is not None and cancelled():
                            raise DownloadCancelled(
                                QT_TRANSLATE_NOOP("app", "The download was cancelled."),
                            )
                        out.writeframesraw(chunk)
                        done += len(chunk) // (first.channels * first.sample_width)
                        if progress is not None:
                            progress(done, total)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return done


def fetch_and_join(
    archive: RecordingArchive,
    parts: Sequence[RecordingLocation],
    target: Path,
    *,
    overwrite: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Join recordings from the archive into ``target``: files of a folder are read where
    they are, those of a server are downloaded to a temporary folder first. ``progress``
    gets a stage (``"1/3 name.wav"``, then the target's name) and its bytes or frames."""
    with tempfile.TemporaryDirectory(prefix="calldesk-join-") as scratch:
        local = []
        for n, location in enumerate(parts, 1):
            stage = f"{n}/{len(parts)} {location.file_name}"
            if location.path is not None:
                archive.check(location)
                local.append(WavPart(location.file_name, location.path))
                continue
            copy = Path(scratch) / f"{n}.wav"

            def report(done: int, total: int, stage: str = stage) -> None:
                if progress is not None:
                    progress(stage, done, total)

            archive.download(location, copy, progress=report, cancelled=cancelled)
            local.append(WavPart(location.file_name, copy))

        def joining(done: int, total: int) -> None:
            if progress is not None:
                progress(target.name, done, total)

        join_wav(local, target, overwrite=overwrite, progress=joining, cancelled=cancelled)
    return target
