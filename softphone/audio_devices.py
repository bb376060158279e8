"""The device side of softphone audio: sound cards through PortAudio, or an in-memory card.

Both speak mono 16-bit frames through callbacks that run on the device's own thread. A
device is named by a stable string id (host API and name, no ALSA ``hw:N,M`` numbers), which
the settings store per workstation; ``resolve_device`` maps a stored id back to a present
device or to None (use the default).
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, ClassVar, Literal, Protocol

Direction = Literal["input", "output"]
# The device hands over one block of captured samples (int16 mono, native byte order).
CaptureCallback = Callable[[bytes], None]
# The device asks for one block: fill the whole writable view with int16 mono samples.
PlaybackCallback = Callable[[memoryview], None]
# The stream stopped on its own (device unplugged, driver error); the text says why.
LostCallback = Callable[[str], None]


class AudioUnavailable(Exception):
    """No usable audio device: PortAudio missing, no device, or the device refused to open."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class DeviceInfo:
    id: str  # stable across restarts; what the workstation settings store
    name: str
    host_api: str
    input_channels: int
    output_channels: int
    default_input: bool = False
    default_output: bool = False

    def can(self, direction: Direction) -> bool:
        return (self.input_channels if direction == "input" else self.output_channels) > 0


class AudioStream(Protocol):
    @property
    def device(self) -> str:
        """Id of the device the stream really runs on (the default resolved)."""
        ...

    def close(self) -> None: ...


class AudioDevice(Protocol):
    """A sound card API. Methods may be called from any one thread at a time; the
    callbacks given to ``open_*`` run on the device's thread and must not block."""

    def devices(self) -> list[DeviceInfo]: ...

    def open_capture(
        self,
        device: str | None,
        rate: int,
        block: int,
        on_data: CaptureCallback,
        on_lost: LostCallback,
    ) -> AudioStream: ...

    def open_playback(
        self,
        device: str | None,
        rate: int,
        block: int,
        fill: PlaybackCallback,
        on_lost: LostCallback,
    ) -> AudioStream: ...

    def close(self) -> None: ...


_ALSA_NUMBERS = re.compile(r"\s*\((?:hw|plughw):\d+,\d+\)$")


def stable_name(name: str) -> str:
    """The device name without ALSA's card numbers, which change with plugging order."""
    return _ALSA_NUMBERS.sub("", name).strip()


def resolve_device(
    devices: Sequence[DeviceInfo], wanted: str | None, direction: Direction
) -> str | None:
    """The id of the present device matching a stored choice, or None for the default:
    first the exact id, then the same name under another host API."""
    if not wanted:
        return None
    usable = [d for d in devices if d.can(direction)]
    for d in usable:
        if d.id == wanted:
            return d.id
    name = stable_name(wanted.split(": ", 1)[-1])
    for d in usable:
        if stable_name(d.name) == name:
            return d.id
    return None


def default_device(devices: Sequence[DeviceInfo], direction: Direction) -> DeviceInfo | None:
    usable = [d for d in devices if d.can(direction)]
    for d in usable:
        if d.default_input if direction == "input" else d.default_output:
            return d
    return usable[0] if usable else None


# --- PortAudio through sounddevice -------------------------------------------------------


class _PortAudioStream:
    def __init__(self, device: str, stream: Any, lock: threading.RLock) -> None:
        self._device = device
        self._stream = stream
        self._lock = lock
        self.closing = False

    @property
    def device(self) -> str:
        return self._device

    def close(self) -> None:
        self.closing = True
        with self._lock:
            try:
                self._stream.abort(ignore_errors=True)
                self._stream.close(ignore_errors=True)
            except Exception:  # a vanished device may fail to close; nothing left to free
                pass


class SoundDeviceAudio:
    """Real sound cards through PortAudio (sounddevice's raw streams, no numpy).

    PortAudio is loaded on first use: without the library, or without any device, every
    call raises ``AudioUnavailable`` instead of failing at import."""

    # PortAudio is one per process: its calls are serialised, and it is re-initialised to
    # see new devices only while no stream is open, whichever instance opened it (the
    # Settings dialog lists devices during a call that the controller's instance carries).
    _portaudio_lock: ClassVar[threading.RLock] = threading.RLock()
    _open_anywhere: ClassVar[set[_PortAudioStream]] = set()

    def __init__(self, latency: str | float = "low") -> None:
        self._latency = latency
        self._sd: ModuleType | None = None
        self._lock = SoundDeviceAudio._portaudio_lock
        self._streams: set[_PortAudioStream] = set()
        self._indexes: dict[str, int] = {}

    def _module(self) -> ModuleType:
        if self._sd is None:
            try:
                import sounddevice
            except OSError as e:  # no libportaudio on this machine
                raise AudioUnavailable(f"PortAudio is not installed: {e}") from e
            self._sd = sounddevice
        return self._sd

    def devices(self) -> list[DeviceInfo]:
        sd = self._module()
        with self._lock:
            if not SoundDeviceAudio._open_anywhere:  # it lists devices once per initialisation
                sd._terminate()
                sd._initialize()
            try:
                raw = list(sd.query_devices())
                apis = [a["name"] for a in sd.query_hostapis()]
                default_in, default_out = (int(x) for x in sd.default.device)
                if default_in < 0 or default_out < 0:
                    api = sd.query_hostapis(sd.default.hostapi)
                    default_in, default_out = (
                        api["default_input_device"],
                        api["default_output_device"],
                    )
            except sd.PortAudioError as e:
                raise AudioUnavailable(f"PortAudio cannot list devices: {e}") from e
        result: list[DeviceInfo] = []
        self._indexes = {}
        for d in raw:
            api = apis[d["hostapi"]] if d["hostapi"] < len(apis) else "?"
            ident = f"{api}: {stable_name(d['name'])}"
            n = 2
            while ident in self._indexes:
                ident = f"{api}: {stable_name(d['name'])} #{n}"
                n += 1
            self._indexes[ident] = int(d["index"])
            result.append(
                DeviceInfo(
                    id=ident,
                    name=d["name"],
                    host_api=api,
                    input_channels=int(d["max_input_channels"]),
                    output_channels=int(d["max_output_channels"]),
                    default_input=d["index"] == default_in,
                    default_output=d["index"] == default_out,
                )
            )
        return result

    def _pick(self, device: str | None, direction: Direction) -> tuple[str, int]:
        devices = self.devices()
        if device is None:
            chosen = default_device(devices, direction)
            if chosen is None:
                kind = "microphone" if direction == "input" else "speaker"
                raise AudioUnavailable(f"no audio device ({kind})")
            return chosen.id, self._indexes[chosen.id]
        if device not in self._indexes:
            raise AudioUnavailable(f"audio device not found: {device}")
        return device, self._indexes[device]

    def _open(
        self,
        direction: Direction,
        device: str | None,
        rate: int,
        block: int,
        callback: Callable[..., None],
        on_lost: LostCallback,
    ) -> AudioStream:
        sd = self._module()
        with self._lock:
            ident, index = self._pick(device, direction)
            holder: list[_PortAudioStream] = []

            def finished() -> None:
                if holder and not holder[0].closing:
                    with contextlib.suppress(Exception):
                        on_lost(f"audio device stopped: {ident}")

            kind = sd.RawInputStream if direction == "input" else sd.RawOutputStream
            try:
                stream = kind(
                    samplerate=rate,
                    blocksize=block,
                    device=index,
                    channels=1,
                    dtype="int16",
                    latency=self._latency,
                    callback=callback,
                    finished_callback=finished,
                )
                stream.start()
            except (sd.PortAudioError, ValueError) as e:
                raise AudioUnavailable(f"cannot open {ident}: {e}") from e
            wrapper = _PortAudioStream(ident, stream, self._lock)
            holder.append(wrapper)
            self._streams.add(wrapper)
            SoundDeviceAudio._open_anywhere.add(wrapper)
            return wrapper

    def open_capture(
        self,
        device: str | None,
        rate: int,
        block: int,
        on_data: CaptureCallback,
        on_lost: LostCallback,
    ) -> AudioStream:
        def callback(indata: Any, _frames: int, _time: Any, _status: Any) -> None:
            with contextlib.suppress(Exception):  # escaping, it would stop the stream for good
                on_data(bytes(indata))

        return self._track(self._open("input", device, rate, block, callback, on_lost))

    def open_playback(
        self,
        device: str | None,
        rate: int,
        block: int,
        fill: PlaybackCallback,
        on_lost: LostCallback,
    ) -> AudioStream:
        def callback(outdata: Any, _frames: int, _time: Any, _status: Any) -> None:
            view = memoryview(outdata).cast("B")
            try:
                fill(view)
            except Exception:
                view[:] = bytes(len(view))

        return self._track(self._open("output", device, rate, block, callback, on_lost))

    def _track(self, stream: AudioStream) -> AudioStream:
        assert isinstance(stream, _PortAudioStream)
        original = stream.close

        def close() -> None:
            original()
            with self._lock:
                self._streams.discard(stream)
                SoundDeviceAudio._open_anywhere.discard(stream)

        stream.close = close  # type: ignore[method-assign]
        return stream

    def close(self) -> None:
        with self._lock:
            for s in list(self._streams):
                s.close()
                SoundDeviceAudio._open_anywhere.discard(s)
            self._streams.clear()


# --- in memory ------------------------------------------------------------------------------


class _MemoryStream:
    def __init__(
        self,
        owner: MemoryAudioDevice,
        device: str,
        direction: Direction,
        rate: int,
        callback: Callable[..., None],
        on_lost: LostCallback,
    ) -> None:
        self._owner = owner
        self._device = device
        self.direction = direction
        self.rate = rate
        self.callback = callback
        self.on_lost = on_lost
        self.per_tick = rate * owner.tick_ms // 1000

    @property
    def device(self) -> str:
        return self._device

    def close(self) -> None:
        self._owner._remove(self)


class MemoryAudioDevice:
    """A sound card in memory, for tests and machines without one.

    A thread ticks every ``tick_ms`` (slowed or sped up by ``drift_ppm`` against real time,
    so it drifts against pjmedia's clock like a real card). At tick n it delivers the capture
    block of the interval n-1 (from what ``feed`` queued, else silence) and asks for the
    playback block of the interval n, which it records. Positions are sample indexes on this
    clock (``rate`` samples a second, counted from the clock's start), so the distance between
    a fed sample and the played sample is the latency device to device."""

    def __init__(
        self,
        names: Sequence[str] = ("Memory headset",),
        *,
        tick_ms: int = 10,
        drift_ppm: float = 0.0,
    ) -> None:
        self.tick_ms = tick_ms
        self.drift_ppm = drift_ppm
        self._names = list(names)
        self._lock = threading.Lock()
        self._streams: list[_MemoryStream] = []
        self._queued: dict[str, bytearray] = {}
        self._played: dict[str, tuple[int, bytearray]] = {}
        self._tick = 0
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def devices(self) -> list[DeviceInfo]:
        with self._lock:
            names = list(self._names)
        return [
            DeviceInfo(f"Memory: {n}", n, "Memory", 1, 1, i == 0, i == 0)
            for i, n in enumerate(names)
        ]

    def _pick(self, device: str | None) -> str:
        ids = [d.id for d in self.devices()]
        if not ids:
            raise AudioUnavailable("no audio device")
        if device is None:
            return ids[0]
        if device not in ids:
            raise AudioUnavailable(f"audio device not found: {device}")
        return device

    def open_capture(
        self,
        device: str | None,
        rate: int,
        block: int,
        on_data: CaptureCallback,
        on_lost: LostCallback,
    ) -> AudioStream:
        return self._add(_MemoryStream(self, self._pick(device), "input", rate, on_data, on_lost))

    def open_playback(
        self,
        device: str | None,
        rate: int,
        block: int,
        fill: PlaybackCallback,
        on_lost: LostCallback,
    ) -> AudioStream:
        return self._add(_MemoryStream(self, self._pick(device), "output", rate, fill, on_lost))

    def _add(self, stream: _MemoryStream) -> _MemoryStream:
        with self._lock:
            self._streams.append(stream)
            if stream.direction == "output" and stream.device not in self._played:
                self._played[stream.device] = ((self._tick + 1) * stream.per_tick, bytearray())
            if self._thread is None:
                self._stop.clear()
                self._thread = threading.Thread(target=self._run, name="memory-audio", daemon=True)
                self._thread.start()
        return stream

    def _remove(self, stream: _MemoryStream) -> None:
        with self._lock:
            if stream in self._streams:
                self._streams.remove(stream)

    # what tests see and do
    def feed(self, samples: bytes, device: str | None = None) -> int:
        """Queue samples for the microphone; returns the clock position of the first one
        (meaningful while a capture stream is open on that device)."""
        ident = device or self.devices()[0].id
        with self._lock:
            queue = self._queued.setdefault(ident, bytearray())
            rate = next(
                (s.rate for s in self._streams if s.device == ident and s.direction == "input"), 0
            )
            position = self._tick * rate * self.tick_ms // 1000 + len(queue) // 2
            queue += samples
        return position

    def played(self, device: str | None = None) -> tuple[int, bytes]:
        """(clock position of the first sample, every sample the speaker played since)."""
        ident = device or self.devices()[0].id
        with self._lock:
            start, data = self._played.get(ident, (0, bytearray()))
            return start, bytes(data)

    def position(self, rate: int) -> int:
        with self._lock:
            return self._tick * rate * self.tick_ms // 1000

    def unplug(self, name: str) -> None:
        """The device vanishes: its streams stop and report it, like a pulled USB headset."""
        with self._lock:
            self._names = [n for n in self._names if n != name]
            lost = [s for s in self._streams if s.device == f"Memory: {name}"]
            self._streams = [s for s in self._streams if s not in lost]
        for s in lost:
            s.on_lost(f"audio device unplugged: {s.device}")

    def plug(self, name: str) -> None:
        with self._lock:
            if name not in self._names:
                self._names.append(name)

    def close(self) -> None:
        with self._lock:
            self._streams.clear()
            thread, self._thread = self._thread, None
        self._stop.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(2)

    def _run(self) -> None:
        period = self.tick_ms / 1000 * (1 + self.drift_ppm / 1e6)
        start = time.perf_counter() - self._tick * period
        while not self._stop.is_set():
            due = start + (self._tick + 1) * period
            delay = due - time.perf_counter()
            if delay > 0:
                self._stop.wait(delay)
                continue
            with self._lock:
                self._tick += 1
                tick = self._tick
                streams = list(self._streams)
            for s in streams:
                with contextlib.suppress(Exception):  # a failing consumer must not stop the clock
                    self._serve(s, tick)

    def _serve(self, stream: _MemoryStream, tick: int) -> None:
        size = stream.per_tick * 2
        if stream.direction == "input":
            with self._lock:
                queue = self._queued.get(stream.device)
                if queue:
                    block = bytes(queue[:size]).ljust(size, b"\0")
                    del queue[:size]
                else:
                    block = bytes(size)
            stream.callback(block)
        else:
            out = bytearray(size)
            stream.callback(memoryview(out))
            with self._lock:
                start, data = self._played.setdefault(
                    stream.device, (tick * stream.per_tick, bytearray())
                )
                expected = start + len(data) // 2
                gap = tick * stream.per_tick - expected
                if gap > 0:
                    data += bytes(gap * 2)
                data += out
