"""The ring of an incoming call, played on its own device (e.g. the PC speakers) so it is
heard while the headset is off, independent of pjsua2 and of the call's audio."""

from __future__ import annotations

import contextlib
import logging
import math
from array import array
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from softphone.audio_devices import AudioDevice, AudioStream, AudioUnavailable, resolve_device

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RingTone:
    """Tone frequencies (mixed) and a cadence of (on, off) seconds, repeated."""

    frequencies: tuple[float, ...] = (425.0,)
    cadence: tuple[tuple[float, float], ...] = ((1.0, 3.0),)
    level: float = 0.3  # of full scale

    def samples(self, rate: int) -> bytes:
        """One full cadence cycle, int16 mono, with 10 ms fades so bursts do not click."""
        out = array("h")
        fade = max(1, rate // 100)
        peak = 32767 * self.level / len(self.frequencies)
        steps = [2 * math.pi * f / rate for f in self.frequencies]
        for on, off in self.cadence:
            count = int(on * rate)
            for i in range(count):
                envelope = min(1.0, i / fade, (count - 1 - i) / fade)
                value = sum(math.sin(step * i) for step in steps)
                out.append(int(peak * envelope * value))
            out.extend([0] * int(off * rate))
        return out.tobytes()


class Ringer:
    """Starts and stops the ring on a chosen output device. Call ``start``/``stop``/
    ``set_device``/``close`` from one thread (the GUI's); the device is opened on a worker
    thread, so ringing never delays the incoming-call pop-up. No device: silence, and
    ``on_problem`` (called from the worker thread) says why."""

    def __init__(
        self,
        device: AudioDevice,
        on_problem: Callable[[str], None] | None = None,
        *,
        tone: RingTone | None = None,
        choice: str | None = None,
        rate: int = 16000,
        block_ms: int = 20,
    ) -> None:
        self._device = device
        self._on_problem = on_problem
        self._choice = choice
        self._rate = rate
        self._block = rate * block_ms // 1000
        self._pattern = (tone or RingTone()).samples(rate)
        self._position = 0
        self._stream: AudioStream | None = None
        self._wanted = False
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="ringer")

    @property
    def ringing(self) -> bool:
        return self._wanted

    def set_device(self, choice: str | None) -> None:
        self._choice = choice
        if self._wanted:
            self._worker.submit(self._open)

    def start(self) -> None:
        if not self._wanted:
            self._wanted = True
            self._worker.submit(self._open)

    def stop(self) -> None:
        if self._wanted:
            self._wanted = False
            self._worker.submit(self._close)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        return self._worker.submit(lambda: None).exception(timeout) is None

    def close(self) -> None:
        self._wanted = False
        self._worker.submit(self._close)
        self._worker.shutdown(wait=True)

    def _problem(self, message: str) -> None:
        log.warning("ringer: %s", message)
        if self._on_problem is not None:
            try:
                self._on_problem(message)
            except Exception:
                log.exception("the ringer problem handler failed")

    def _close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.close()
            except Exception:
                log.exception("closing the ringer stream failed")

    def _open(self) -> None:
        self._close()
        if not self._wanted:
            return
        try:
            found = resolve_device(self._device.devices(), self._choice, "output")
            if self._choice and found is None:
                self._problem(
                    f"the ringer device {self._choice} is not connected; using the default device"
                )
            self._position = 0
            self._stream = self._device.open_playback(
                found, self._rate, self._block, self._fill, self._lost
            )
        except AudioUnavailable as e:
            self._problem(f"no audio device for the ringer: {e.message}")

    def _lost(self, message: str) -> None:
        self._problem(message)
        if self._wanted:
            with contextlib.suppress(RuntimeError):  # closing
                self._worker.submit(self._open)

    def _fill(self, out: memoryview) -> None:
        """On the device thread: the next piece of the looped cadence."""
        pattern = self._pattern
        size = len(out)
        pos = self._position
        written = 0
        while written < size:
            piece = pattern[pos : pos + size - written]
            out[written : written + len(piece)] = piece
            written += len(piece)
            pos = (pos + len(piece)) % len(pattern)
        self._position = pos
