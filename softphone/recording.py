"""The softphone recording its own calls: one pjsua2 ``AudioMediaRecorder`` per call on the
conference bridge, fed by the call's audio and by our microphone port (both directions
mixed into one mono WAV file in a local spool directory).

Every method runs on the engine's thread (the pump thread), like the rest of pjsua2, and
every recorder's life ends there: :meth:`CallRecorders.finish` drops the last reference
in the engine's callback, never a garbage collector elsewhere. pjmedia 2.15 closes the
file later, on its clock thread, when the bridge removes the port: whoever uploads it
waits for :func:`recording_closed`.
"""

from __future__ import annotations

import contextlib
import logging
import re
import struct
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pjsua2 as pj

log = logging.getLogger(__name__)

WAV_HEADER_BYTES = 44


def recording_name(started_at: datetime, direction: str, number: str) -> str:
    """A file name no other workstation's call can take: the start, the direction, the
    number's digits and a random part (the store's day folder comes from the start)."""
    digits = re.sub(r"\D", "", number)[-20:] or "x"
    return f"{started_at:%Y%m%d-%H%M%S}-{direction}-{digits}-{uuid.uuid4().hex[:12]}.wav"


def recording_closed(path: Path) -> bool:
    """Has the recorder finished the file (its WAV header says how many samples follow)?"""
    try:
        with path.open("rb") as f:
            head = f.read(WAV_HEADER_BYTES)
    except OSError:
        return False
    if len(head) < WAV_HEADER_BYTES or head[:4] != b"RIFF" or head[36:40] != b"data":
        return False
    return int(struct.unpack("<I", head[40:44])[0]) > 0


@dataclass
class _Recording:
    path: Path
    recorder: Any
    sources: list[Any] = field(default_factory=list)  # what transmits to it now
    microphone: Any = None  # our port, while it transmits to the recorder


class CallRecorders:
    """The recorders of the calls going on; ``spool`` None: recording is off."""

    def __init__(self) -> None:
        self.spool: Path | None = None
        self._recordings: dict[int, _Recording] = {}
        self._skipped: set[int] = set()
        self._muted: set[int] = set()

    def skip(self, key: int) -> None:
        """Never record call ``key`` (feature codes dialled to the PBX)."""
        self._skipped.add(key)

    def connect(self, key: int, name: str, media: Any, microphone: Any | None) -> None:
        """The call's audio is active (answered, or taken off hold): record it and our
        microphone. The first time creates the file; a problem is logged, the call goes on."""
        recording = self._recordings.get(key)
        if recording is None:
            if self.spool is None or key in self._skipped:
                return
            path = self.spool / name
            try:
                self.spool.mkdir(parents=True, exist_ok=True)
                recorder = pj.AudioMediaRecorder()
                recorder.createRecorder(str(path))
            except OSError as e:
                log.warning("call %s is not recorded: %s", key, e)
                return
            except pj.Error as e:
                log.warning("call %s is not recorded: %s", key, e.info())
                return
            recording = self._recordings[key] = _Recording(path, recorder)
        self.disconnect(key)
        self._transmit(key, recording, media)
        if microphone is not None and key not in self._muted:
            self._add_microphone(key, recording, microphone)

    def _add_microphone(self, key: int, recording: _Recording, microphone: Any) -> None:
        if self._transmit(key, recording, microphone):
            recording.microphone = microphone

    def _transmit(self, key: int, recording: _Recording, source: Any) -> bool:
        try:
            source.startTransmit(recording.recorder)
        except pj.Error as e:
            log.warning("recording of call %s misses a side: %s", key, e.info())
            return False
        recording.sources.append(source)
        return True

    def mute(self, key: int, muted: bool, microphone: Any | None) -> None:
        """A muted microphone is not recorded either: the recording holds what the other
        side heard."""
        if muted:
            self._muted.add(key)
        else:
            self._muted.discard(key)
        recording = self._recordings.get(key)
        if recording is None or not recording.sources:
            return  # not recording now; connect() looks at the mute
        if muted and recording.microphone is not None:
            with contextlib.suppress(pj.Error):
                recording.microphone.stopTransmit(recording.recorder)
            recording.sources.remove(recording.microphone)
            recording.microphone = None
        elif not muted and recording.microphone is None and microphone is not None:
            self._add_microphone(key, recording, microphone)

    def disconnect(self, key: int) -> None:
        """The call is held or its audio went away: nothing goes into its file meanwhile
        (our microphone then talks to someone else, a consultation records itself)."""
        recording = self._recordings.get(key)
        if recording is None:
            return
        for source in recording.sources:
            with contextlib.suppress(pj.Error):  # the call's slot may be gone with its media
                source.stopTransmit(recording.recorder)
        recording.sources.clear()
        recording.microphone = None

    def recording(self, key: int) -> Path | None:
        found = self._recordings.get(key)
        return found.path if found is not None else None

    def finish(self, key: int) -> Path | None:
        """The call ended: its recorder is destroyed here (on the engine's thread) and the
        file's path returned; pjmedia closes the file shortly after on its clock thread."""
        self.disconnect(key)
        self._skipped.discard(key)
        self._muted.discard(key)
        recording = self._recordings.pop(key, None)
        if recording is None:
            return None
        recorder, recording.recorder = recording.recorder, None
        del recorder  # pjsua2's destructor removes the port from the bridge
        return recording.path

    def finish_all(self) -> None:
        """At shutdown, before the library goes."""
        for key in list(self._recordings):
            self.finish(key)

    @property
    def active(self) -> bool:
        return bool(self._recordings)
