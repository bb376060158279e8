"""A bounded sample FIFO between two audio clocks that keeps its latency from growing.

The producer and the consumer tick on different clocks (a sound card's and pjmedia's), so
one of them is always a little faster. The consumer watches the smallest slack it saw over
a window of reads (samples left beyond what it needed) and steers it to a target: one sample
dropped or repeated per read while outside the band, a whole chunk dropped when the excess is
large (after a stall), the target raised after underruns and lowered again when calm.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class RingStats:
    fill: int  # samples buffered now
    target: int  # slack the ring steers to, samples
    underruns: int  # reads that found too little (padded with silence)
    overruns: int  # writes that found it full (oldest samples dropped)
    dropped: int  # samples dropped to keep latency down (clock drift, stalls)
    inserted: int  # samples repeated to build slack back (clock drift)
    written: int  # samples written in all


class SampleRing:
    """FIFO of int16 mono samples (bytes in native order); thread-safe for one producer and
    one consumer. ``capacity``, ``target`` and ``band`` are in samples."""

    def __init__(
        self,
        capacity: int,
        target: int,
        band: int,
        *,
        window: int = 50,
        max_target: int | None = None,
    ) -> None:
        self.capacity = capacity
        self._initial_target = target
        self._target = target
        self._band = band
        self._max_target = max_target if max_target is not None else target * 4
        self._window = window
        self._lock = threading.Lock()
        self._buf = bytearray()
        self._primed = False  # silence until the first reads can be served with slack
        self._reads = 0
        self._window_min = 1 << 30
        self._calm_windows = 0
        self._window_underrun = False
        self._correction = 0  # > 0: drop this many samples; < 0: repeat this many
        self._underruns = self._overruns = self._dropped = self._inserted = self._written = 0

    def write(self, data: bytes | bytearray | memoryview) -> None:
        with self._lock:
            self._buf += data
            self._written += len(data) // 2
            excess = len(self._buf) - self.capacity * 2
            if excess > 0:
                del self._buf[:excess]
                self._overruns += 1

    def read(self, n: int) -> bytes:
        """Exactly ``n`` samples: silence where the producer fell behind."""
        with self._lock:
            buf = self._buf
            available = len(buf) // 2
            slack = available - n
            if not self._primed:
                if slack < self._target:
                    return bytes(n * 2)
                self._primed = True
            if slack < self._window_min:
                self._window_min = slack
            if slack < 0:
                data = bytes(buf) + bytes(-slack * 2)
                buf.clear()
                if self._written:  # silence before the producer's first block is no underrun
                    self._underruns += 1
                    self._window_underrun = True
            elif self._correction > 0 and slack > 0:
                data = bytes(buf[: n * 2 - 2]) + bytes(buf[n * 2 : n * 2 + 2])
                del buf[: n * 2 + 2]
                self._correction -= 1
                self._dropped += 1
            elif self._correction < 0 and n > 1:
                data = bytes(buf[: n * 2 - 2])
                data += data[-2:]
                del buf[: n * 2 - 2]
                self._correction += 1
                self._inserted += 1
            else:
                data = bytes(buf[: n * 2])
                del buf[: n * 2]
            self._reads += 1
            if self._reads % self._window == 0:
                self._steer()
            return data

    def _steer(self) -> None:
        """End of a window: choose the correction for the next one (lock held)."""
        low = self._window_min
        self._window_min = 1 << 30
        if self._window_underrun:
            self._window_underrun = False
            self._calm_windows = 0
            self._target = min(self._max_target, self._target + max(1, self._initial_target // 2))
        else:
            self._calm_windows += 1
            if self._calm_windows >= 30 and self._target > self._initial_target:
                self._target = max(
                    self._initial_target, self._target - max(1, self._initial_target // 4)
                )
                self._calm_windows = 0
        excess = low - self._target
        if excess > self._band * 3:
            # a stall left far too much behind: drop it at once rather than over seconds
            del self._buf[: excess * 2]
            self._dropped += excess
            self._correction = 0
        elif excess > self._band:
            self._correction = min(excess, self._window)
        elif low < self._target // 2:
            # aim past the target: the drift keeps eating slack while we insert
            self._correction = -min(self._target - max(low, 0), self._window)
        else:
            self._correction = 0

    def clear(self) -> None:
        """Empty, as for a new stream: silence again until the producer is ahead."""
        with self._lock:
            self._buf.clear()
            self._primed = False
            self._correction = 0
            self._window_min = 1 << 30

    def stats(self) -> RingStats:
        with self._lock:
            return RingStats(
                fill=len(self._buf) // 2,
                target=self._target,
                underruns=self._underruns,
                overruns=self._overruns,
                dropped=self._dropped,
                inserted=self._inserted,
                written=self._written,
            )
