"""Softphone audio: one pjsua2 media port bridged to the operator's microphone and headset.

pjsua2 runs on the null sound device (no wheel has real ones); its conference clock calls
the port's frame callbacks every 20 ms on pjmedia's clock thread. Those callbacks only move
bytes between the port and two ``SampleRing`` s; the sound card's callbacks, on the card's own
thread, fill and drain the other side. Opening and closing device streams happens on a
worker thread, so the GUI thread never waits for a sound card nor handles a frame.

Threading contract: ``create``, ``attach``, ``detach``, ``set_devices`` and ``close`` on the
thread that owns the pjsua2 endpoint (the GUI thread); ``stats``, ``devices`` from any
thread; ``on_problem`` may be called from any thread (turn it into a queued Qt signal).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj

from softphone.audio_devices import (
    AudioDevice,
    AudioStream,
    AudioUnavailable,
    DeviceInfo,
    MemoryAudioDevice,
    SoundDeviceAudio,
    resolve_device,
)
from softphone.audio_ring import RingStats, SampleRing
from softphone.ringer import Ringer, RingTone

__all__ = [
    "AudioBridge",
    "AudioDevice",
    "AudioUnavailable",
    "BridgeStats",
    "DeviceInfo",
    "MemoryAudioDevice",
    "ProblemCallback",
    "RingTone",
    "Ringer",
    "SoundDeviceAudio",
    "resolve_device",
]

log = logging.getLogger(__name__)

ProblemCallback = Callable[[str], None]
FRAME_MS = 20  # pjmedia's conference frame
STALL_SECONDS = 1.0  # a stream silent this long is treated as lost

_POINTERS = ctypes.POINTER(ctypes.c_void_p)


def _vector_bytes_fast(vector: Any) -> bytes:
    """The bytes of a SWIG ``ByteVector`` read from its memory: std::vector keeps
    (begin, end, capacity) pointers first in libstdc++ and MSVC's release runtime alike."""
    pointers = ctypes.cast(int(vector.this), _POINTERS)
    begin = pointers[0]
    end = pointers[1]
    if not begin or not end:
        return b""
    return ctypes.string_at(begin, end - begin)


def _vector_set_fast(vector: Any, data: bytes) -> None:
    vector.resize(len(data))
    if data:
        ctypes.memmove(ctypes.cast(int(vector.this), _POINTERS)[0], data, len(data))


def _vector_bytes_slow(vector: Any) -> bytes:
    return bytes(vector)


def _vector_set_slow(vector: Any, data: bytes) -> None:
    vector.assign(data)


def _vector_access() -> tuple[Callable[[Any], bytes], Callable[[Any, bytes], None]]:
    """The ctypes route if this build's vector layout is the one expected, else SWIG's."""
    probe = b"\x01\x02\x03\x04\x05"
    try:
        vector = pj.ByteVector(probe)
        if _vector_bytes_fast(vector) == probe:
            _vector_set_fast(vector, probe[::-1])
            if bytes(vector) == probe[::-1]:
                return _vector_bytes_fast, _vector_set_fast
    except Exception:
        log.exception("ByteVector memory cannot be read directly")
    log.warning("audio frames go through SWIG's slow ByteVector copy")
    return _vector_bytes_slow, _vector_set_slow


@dataclass(frozen=True)
class BridgeStats:
    rate: int
    capture_open: bool
    playback_open: bool
    frames_requested: int  # port → call
    frames_received: int  # call → port
    mic: RingStats  # device → call
    speaker: RingStats  # call → device
    callback_seconds: float  # time spent in the port callbacks, all told
    device_callback_seconds: float  # time spent in the sound card's callbacks
    errors: int  # exceptions caught inside callbacks
    microphone: str | None  # device ids in use
    speaker_device: str | None


class _BridgePort(pj.AudioMediaPort):  # type: ignore[misc]
    """The pjsua2 port: its callbacks run on pjmedia's clock thread and only move bytes."""

    def __init__(self, bridge: AudioBridge) -> None:
        super().__init__()
        self._bridge = bridge

    def onFrameRequested(self, frame: Any) -> None:
        try:
            self._bridge._frame_requested(frame)
        except BaseException:  # an escaping exception keeps objects alive and aborts at exit
            self._bridge._errors += 1

    def onFrameReceived(self, frame: Any) -> None:
        try:
            self._bridge._frame_received(frame)
        except BaseException:
            self._bridge._errors += 1


class AudioBridge:
    """One pjsua2 ``AudioMediaPort`` for the whole app, connected to each call's audio in
    turn and bridged to a microphone and a speaker of ``device``."""

    def __init__(
        self,
        device: AudioDevice,
        on_problem: ProblemCallback | None = None,
        *,
        mic: str | None = None,
        speaker: str | None = None,
        block_ms: int = 10,
        mic_target_ms: int = 4,
        speaker_target_ms: int = 4,
        max_buffer_ms: int = 200,
    ) -> None:
        self._device = device
        self._on_problem = on_problem
        self._mic_choice = mic
        self._speaker_choice = speaker
        self._block_ms = block_ms
        self._targets = (mic_target_ms, speaker_target_ms)
        self._max_buffer_ms = max_buffer_ms
        self._port: _BridgePort | None = None
        self._rate = 0
        self._frame_samples = 0
        self._read_vector, self._write_vector = _vector_access()
        self._attached: list[Any] = []
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="audio-devices")
        self._capture: AudioStream | None = None
        self._playback: AudioStream | None = None
        self._streams_wanted = False
        self._mic = self._speaker = SampleRing(1, 0, 0)
        self._frames_requested = self._frames_received = 0
        self._callback_ns = 0
        self._device_ns = 0
        self._errors = 0
        self._last_capture = self._last_playback = 0.0
        self._recovering = False
        self._frame_type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        self._volumes = (1.0, 1.0)  # microphone, speaker: 0.0 silent, 1.0 as is, 2.0 louder

    # --- GUI thread -------------------------------------------------------------------
    def create(self, endpoint_rate: int) -> None:
        """Create the port at the conference clock rate; call once after ``libStart``."""
        if self._port is not None:
            raise RuntimeError("the audio bridge exists already")
        if sys.getswitchinterval() > 0.001:
            sys.setswitchinterval(0.001)  # frame callbacks keep time while the GUI is busy
        self._rate = endpoint_rate
        self._frame_samples = endpoint_rate * FRAME_MS // 1000
        self._mic = self._ring(self._targets[0])
        self._speaker = self._ring(self._targets[1])
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, endpoint_rate, 1, FRAME_MS * 1000, 16)
        port = _BridgePort(self)
        port.createPort("calldesk-audio", fmt)
        self._port = port
        self._apply_volumes()

    @property
    def port(self) -> pj.AudioMediaPort:
        """The conference port (e.g. to also connect a recorder or a tone to it)."""
        if self._port is None:
            raise RuntimeError("the audio bridge is not created")
        return self._port

    def attach(self, media: pj.AudioMedia) -> None:
        """Connect a call's audio both ways; the first call opens the sound card."""
        port = self.port
        media.startTransmit(port)
        port.startTransmit(media)
        if all(m.getPortId() != media.getPortId() for m in self._attached):
            self._attached.append(media)
        if not self._streams_wanted:
            self._streams_wanted = True
            self._worker.submit(self._open_streams)

    def detach(self, media: pj.AudioMedia) -> None:
        """Disconnect a call's audio; the last one closes the sound card. Safe to call for
        a call whose media is gone already."""
        port = self.port
        for sink, source in ((port, media), (media, port)):
            with contextlib.suppress(pj.Error):  # the call's slot may be gone with its media
                source.stopTransmit(sink)
        self._attached = [m for m in self._attached if m.getPortId() != media.getPortId()]
        if not self._attached and self._streams_wanted:
            self._streams_wanted = False
            self._worker.submit(self._close_streams)

    def set_volumes(self, mic: float, speaker: float) -> None:
        """The microphone's and the speaker's level (0.0 silent, 1.0 unchanged, up to 2.0),
        applied by pjmedia's conference bridge on our port, at once during a call."""
        self._volumes = (max(0.0, min(mic, 2.0)), max(0.0, min(speaker, 2.0)))
        self._apply_volumes()

    def _apply_volumes(self) -> None:
        if self._port is not None:
            mic, speaker = self._volumes
            # Seen from our port (measured, tests/softphone/test_audio_bridge.py): "tx" is
            # what it transmits into the bridge (the microphone), "rx" what it receives
            # from the bridge (the call, for the speaker).
            self._port.adjustTxLevel(mic)
            self._port.adjustRxLevel(speaker)

    def levels(self) -> tuple[int, int]:
        """The signal levels now (0-255) of the microphone into the call and of the call
        into the speaker, after the volumes: for a level meter."""
        if self._port is None:
            return 0, 0
        return int(self._port.getTxLevel()), int(self._port.getRxLevel())

    def set_devices(self, mic: str | None, speaker: str | None) -> None:
        """Stored device ids (None: the system default); applied at once during a call."""
        self._mic_choice, self._speaker_choice = mic, speaker
        if self._streams_wanted:
            self._worker.submit(self._open_streams)

    def close(self) -> None:
        """Disconnect everything, close the sound card and destroy the port. Before
        ``libDestroy``; the bridge cannot be used afterwards."""
        for media in list(self._attached):
            self.detach(media)
        self._streams_wanted = False
        self._worker.submit(self._close_streams)
        self._worker.shutdown(wait=True)
        port, self._port = self._port, None
        if port is not None:
            time.sleep(2 * FRAME_MS / 1000)  # let the clock thread leave the callbacks
            pj.AudioMediaPort.__swig_destroy__(port)

    # --- any thread ---------------------------------------------------------------------
    def devices(self) -> list[DeviceInfo]:
        """The devices to choose from; ``AudioUnavailable`` when there is none."""
        return self._device.devices()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until queued device work (opening, closing, recovering) is done."""
        done = threading.Event()
        try:
            self._worker.submit(done.set)
        except RuntimeError:  # shut down
            return True
        return done.wait(timeout)

    def stats(self) -> BridgeStats:
        capture, playback = self._capture, self._playback
        return BridgeStats(
            rate=self._rate,
            capture_open=capture is not None,
            playback_open=playback is not None,
            frames_requested=self._frames_requested,
            frames_received=self._frames_received,
            mic=self._mic.stats(),
            speaker=self._speaker.stats(),
            callback_seconds=self._callback_ns / 1e9,
            device_callback_seconds=self._device_ns / 1e9,
            errors=self._errors,
            microphone=capture.device if capture else None,
            speaker_device=playback.device if playback else None,
        )

    # --- pjmedia's clock thread ---------------------------------------------------------
    def _frame_requested(self, frame: Any) -> None:
        self._frames_requested += 1
        if self._capture is None:
            return  # no microphone: an empty frame is silence to the conference
        start = time.perf_counter_ns()
        self._write_vector(frame.buf, self._mic.read(self._frame_samples))
        frame.type = self._frame_type
        if self._frames_requested % 25 == 0:
            self._watch(start / 1e9)
        self._callback_ns += time.perf_counter_ns() - start

    def _frame_received(self, frame: Any) -> None:
        self._frames_received += 1
        if self._playback is None or frame.type != self._frame_type:
            return
        start = time.perf_counter_ns()
        self._speaker.write(self._read_vector(frame.buf))
        self._callback_ns += time.perf_counter_ns() - start

    def _watch(self, now: float) -> None:
        """A stream whose callbacks stopped without a word (some drivers on unplug)."""
        if self._recovering or not self._streams_wanted:
            return
        for stream, last in (
            (self._capture, self._last_capture),
            (self._playback, self._last_playback),
        ):
            if stream is not None and last and now - last > STALL_SECONDS:
                self._lost(f"audio device stopped responding: {stream.device}")
                return

    # --- the sound card's threads -------------------------------------------------------
    def _captured(self, data: bytes) -> None:
        start = time.perf_counter_ns()
        self._last_capture = start / 1e9
        self._mic.write(data)
        self._device_ns += time.perf_counter_ns() - start

    def _fill(self, out: memoryview) -> None:
        start = time.perf_counter_ns()
        self._last_playback = start / 1e9
        out[:] = self._speaker.read(len(out) // 2)
        self._device_ns += time.perf_counter_ns() - start

    def _lost(self, message: str) -> None:
        if self._recovering:
            return
        self._recovering = True
        try:
            self._worker.submit(self._recover, message)
        except RuntimeError:  # closing
            self._recovering = False

    # --- the device worker thread -----------------------------------------------------
    def _ring(self, target_ms: int) -> SampleRing:
        per_ms = self._rate // 1000
        return SampleRing(
            capacity=self._max_buffer_ms * per_ms,
            target=target_ms * per_ms,
            band=max(target_ms, self._block_ms) * per_ms,
            max_target=max(40, target_ms * 4) * per_ms,
        )

    def _problem(self, message: str) -> None:
        log.warning("audio: %s", message)
        if self._on_problem is not None:
            try:
                self._on_problem(message)
            except Exception:
                log.exception("the audio problem handler failed")

    def _close_streams(self) -> None:
        capture, playback = self._capture, self._playback
        self._capture = self._playback = None
        for stream in (capture, playback):
            if stream is not None:
                try:
                    stream.close()
                except Exception:
                    log.exception("closing an audio stream failed")

    def _open_streams(self) -> None:
        self._close_streams()
        if not self._streams_wanted:
            return
        try:
            present = self._device.devices()
        except AudioUnavailable as e:
            self._problem(f"no audio device: {e.message}")
            return
        block = self._rate * self._block_ms // 1000
        self._mic.clear()
        self._speaker.clear()
        self._last_capture = self._last_playback = 0.0
        mic = self._choose(present, self._mic_choice, "input", "microphone")
        speaker = self._choose(present, self._speaker_choice, "output", "speaker")
        try:
            self._playback = self._device.open_playback(
                speaker, self._rate, block, self._fill, self._lost
            )
        except AudioUnavailable as e:
            self._problem(f"no audio device (speaker): {e.message}")
        try:
            self._capture = self._device.open_capture(
                mic, self._rate, block, self._captured, self._lost
            )
        except AudioUnavailable as e:
            self._problem(f"no audio device (microphone): {e.message}")

    def _choose(
        self, present: list[DeviceInfo], choice: str | None, direction: Any, what: str
    ) -> str | None:
        found = resolve_device(present, choice, direction)
        if choice and found is None:
            self._problem(f"the {what} {choice} is not connected; using the default device")
        return found

    def _recover(self, message: str) -> None:
        try:
            self._problem(message)
            self._open_streams()
        finally:
            self._recovering = False
