"""Softphone audio: the ring buffer's drift steering, the in-memory device, the ringer, and a
real call to SIPp's RTP echo through the bridge (a tone fed into the in-memory microphone
comes back on the in-memory speaker; its latency device to device is measured)."""

from __future__ import annotations

import random
import threading
import time
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from softphone.audio import (
    AudioBridge,
    AudioUnavailable,
    DeviceInfo,
    MemoryAudioDevice,
    Ringer,
    RingTone,
    SoundDeviceAudio,
    resolve_device,
)
from softphone.audio_ring import SampleRing
from tests.support.audio_call import RATE, EchoProbe, call_sipp, phone, tone_burst, tone_onsets
from tests.support.sipp import SIPP, SippPeer, free_rtp_port

FRAME = RATE * 20 // 1000
BLOCK = RATE * 10 // 1000
# Device to device through a call, on any machine: 47-57 ms when idle (the benchmark's figure),
# but on a loaded one pjmedia's adaptive jitter buffer grows with the jitter it sees (up to its
# default 500 ms) and each ring may steer its slack up to 40 ms after underruns.
MAX_LATENCY_MS = 500 + 2 * 40 + 20


def samples(n: int, value: int = 0) -> bytes:
    return array("h", [value] * n).tobytes()


def until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Poll ``condition`` (another thread makes it true); fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {condition}")
        time.sleep(0.005)


def played_to(device: MemoryAudioDevice, name: str | None = None) -> int:
    """The device clock position the speaker has played up to."""
    start, played = device.played(name)
    return start + len(played) // 2


# --- ring buffer -------------------------------------------------------------------------


def test_ring_returns_what_was_written_and_pads_underruns() -> None:
    ring = SampleRing(capacity=1000, target=0, band=100)
    data = array("h", range(300)).tobytes()
    ring.write(data)
    assert ring.read(200) == data[:400]
    out = ring.read(200)
    assert out == data[400:] + samples(100)
    assert ring.stats().underruns == 1


def test_ring_overrun_drops_the_oldest() -> None:
    ring = SampleRing(capacity=100, target=0, band=10)
    ring.write(array("h", range(150)).tobytes())
    stats = ring.stats()
    assert (stats.fill, stats.overruns) == (100, 1)
    assert ring.read(1) == array("h", [50]).tobytes()


def test_silence_before_the_first_write_is_no_underrun() -> None:
    ring = SampleRing(capacity=1000, target=0, band=100)
    assert ring.read(160) == samples(160)
    assert ring.stats().underruns == 0


def simulate(
    producer_ppm: float, seconds: float, *, stall_at: float | None = None
) -> tuple[SampleRing, int]:
    """A producer writing 10 ms blocks on a clock ``producer_ppm`` off, a consumer reading
    20 ms frames on the exact clock, simulated in time order. Returns the ring and the most
    it held after a read in the last half of the run: the latency it settled to."""
    ring = SampleRing(capacity=RATE // 5, target=RATE * 4 // 1000, band=RATE * 10 // 1000)
    block_period = 0.010 * (1 - producer_ppm / 1e6)
    jitter = random.Random(7)  # real callbacks wobble by a millisecond or two
    events: list[tuple[float, str]] = [
        (i * block_period + jitter.uniform(0, 0.002), "w")
        for i in range(int(seconds / block_period))
    ]
    events += [(0.025 + i * 0.020, "r") for i in range(int(seconds / 0.020) - 2)]
    events.sort()
    stalled: list[float] = []
    settled = 0
    for t, kind in events:
        if kind == "w":
            if stall_at is not None and stall_at <= t < stall_at + 0.1:
                stalled.append(t)  # the producer's thread held up: its blocks come late
                continue
            for _ in stalled:
                ring.write(samples(BLOCK))
            stalled.clear()
            ring.write(samples(BLOCK))
        else:
            ring.read(FRAME)
            if t > seconds / 2:
                settled = max(settled, ring.stats().fill)
    return ring, settled


@pytest.mark.parametrize("ppm", [-1000, -300, 0, 300, 1000])
def test_ring_keeps_latency_bounded_under_clock_drift(ppm: float) -> None:
    ring, settled = simulate(ppm, 60.0)
    stats = ring.stats()
    # unsteered, +1000 ppm piles up 60 ms a minute and -1000 ppm underruns every 10 s. Steered,
    # a block may land just before a read (slack plus one block) but no backlog grows, and a
    # slow producer glitches only until the target has grown past one block's phase step
    assert settled <= BLOCK + stats.target + RATE * 10 // 1000
    assert stats.underruns <= (6 if abs(ppm) >= 1000 else 2)
    assert stats.overruns == 0
    if ppm > 0:
        assert stats.dropped >= ppm * 1e-6 * 60 * RATE - RATE * 10 // 1000  # less the band
    if ppm < 0:
        assert stats.inserted >= -ppm * 1e-6 * 60 * RATE * 0.5


def test_ring_drops_a_backlog_after_a_stall_at_once() -> None:
    ring, settled = simulate(0, 10.0, stall_at=2.0)
    stats = ring.stats()
    # a block may land just before a read: the slack plus one block, never a growing backlog
    assert settled <= BLOCK + stats.target + RATE * 10 // 1000
    assert stats.dropped >= RATE * 50 // 1000


# --- devices -----------------------------------------------------------------------------


def test_resolve_device_by_id_then_by_name() -> None:
    devices = [
        DeviceInfo(
            "ALSA: Jabra Link 380: USB Audio", "Jabra Link 380: USB Audio (hw:2,0)", "ALSA", 1, 2
        ),
        DeviceInfo(
            "ALSA: HDA Intel PCH: ALC3246 Analog",
            "HDA Intel PCH: ALC3246 Analog (hw:0,0)",
            "ALSA",
            2,
            2,
        ),
        DeviceInfo("ALSA: HDMI 0", "HDMI 0 (hw:0,3)", "ALSA", 0, 8),
    ]
    assert resolve_device(devices, "ALSA: Jabra Link 380: USB Audio", "input") == devices[0].id
    # stored under another host API, card number changed since
    assert (
        resolve_device(devices, "JACK: Jabra Link 380: USB Audio (hw:3,0)", "output")
        == devices[0].id
    )
    assert resolve_device(devices, "ALSA: HDMI 0", "input") is None  # no microphone there
    assert resolve_device(devices, "ALSA: Gone", "output") is None
    assert resolve_device(devices, None, "output") is None


def test_sounddevice_without_devices_is_unavailable_not_a_crash() -> None:
    audio = SoundDeviceAudio()
    try:
        devices = audio.devices()
    except AudioUnavailable:
        return  # no PortAudio library at all
    if devices:
        pytest.skip("this machine has sound devices")
    with pytest.raises(AudioUnavailable, match="no audio device"):
        audio.open_capture(None, RATE, BLOCK, lambda _d: None, lambda _m: None)
    audio.close()


def test_memory_device_plays_what_is_fed_with_a_one_tick_delay() -> None:
    device = MemoryAudioDevice()
    try:
        captured = bytearray()
        lock = threading.Lock()

        def on_data(data: bytes) -> None:
            with lock:
                captured.extend(data)

        def loop(out: memoryview) -> None:
            with lock:
                out[:] = bytes(captured[: len(out)]).ljust(len(out), b"\0")
                del captured[: len(out)]

        cap = device.open_capture(None, RATE, BLOCK, on_data, lambda _m: None)
        play = device.open_playback(None, RATE, BLOCK, loop, lambda _m: None)
        until(lambda: len(device.played()[1]) > 0)  # the clock ticks
        burst = tone_burst(RATE, 50)
        position = device.feed(burst)
        until(lambda: played_to(device) >= position + len(burst) // 2 + 2 * BLOCK)
        cap.close()
        play.close()
        start, played = device.played()
        onsets, _ = tone_onsets(played, RATE)
        # where the detector puts the burst's start, fed right at ``position``
        lead, _ = tone_onsets(samples(BLOCK) + burst, RATE)
        fed_onset = position - start + lead[0] - BLOCK
        assert len(onsets) == 1
        # captured in tick n+1, played in tick n+1 for the interval after it: one tick
        assert onsets[0] - fed_onset == BLOCK
    finally:
        device.close()


def test_ringer_plays_the_cadence_on_its_own_device_and_is_silent_without_one() -> None:
    device = MemoryAudioDevice(["Headset", "Speakers"])
    problems: list[str] = []
    tone = RingTone(cadence=((0.1, 0.1),))
    ringer = Ringer(device, problems.append, tone=tone, choice="Memory: Speakers", rate=RATE)
    try:
        ringer.start()
        ringer.wait_idle()
        # the ringer fills by sample position: 0.45 s of the device's clock holds 3 rings
        until(lambda: len(device.played("Memory: Speakers")[1]) >= RATE * 45 // 100 * 2)
        ringer.stop()
        ringer.wait_idle()
        _, played = device.played("Memory: Speakers")
        onsets, _ = tone_onsets(played, RATE, freq=425.0)
        assert len(onsets) >= 3, onsets
        period = RATE * 200 // 1000  # 0.1 s on, 0.1 s off
        assert all(abs(b - a - period) <= RATE // 1000 for a, b in pairwise(onsets)), onsets
        assert device.played("Memory: Headset")[1] == b""
        assert problems == []
    finally:
        ringer.close()
        device.close()

    nothing = MemoryAudioDevice([])
    ringer = Ringer(nothing, problems.append, rate=RATE)
    ringer.start()
    ringer.wait_idle()
    ringer.close()
    assert problems and "no audio device" in problems[0]


# --- through pjsua2 and SIPp -------------------------------------------------------------

needs_sipp = pytest.mark.skipif(SIPP is None, reason="sipp (sip-tester) is not installed")


def echo_peer(tmp_path: Path) -> SippPeer:
    rtp = free_rtp_port()
    return SippPeer(
        "uas", tmp_path / "sipp", extra=["-mi", "127.0.0.1", "-mp", str(rtp), "-rtp_echo"]
    ).start()


@needs_sipp
def test_tone_comes_back_through_sipp_echo(tmp_path: Path) -> None:
    device = MemoryAudioDevice(drift_ppm=300)  # the card's clock runs off pjmedia's
    problems: list[str] = []
    bridge = AudioBridge(device, problems.append)
    peer = echo_peer(tmp_path)
    try:
        with phone(before_destroy=bridge.close) as p:
            bridge.create(RATE)
            call = call_sipp(p, peer.address, bridge.attach)
            assert p.pump(5.0, lambda: call.confirmed and call.media is not None), peer.errors()
            assert bridge.wait_idle()
            assert bridge.stats().capture_open and bridge.stats().playback_open
            probe = EchoProbe(
                device,
                RATE,
                lambda: p.ep.libHandleEvents(10),
                lambda: bridge.stats().frames_requested,
            )
            echoes = [probe.send() for _ in range(4)]
            stats = bridge.stats()
            call.hangup(pj_call_op())
            assert p.pump(3.0, lambda: call.ended), (call.state, call.errors)
            assert call.errors == []
    finally:
        peer.stop()
        device.close()
    assert all(e.heard_at is not None for e in echoes), f"bursts heard: {echoes}"
    latencies = [e.latency_ms for e in echoes]
    print(f"device-to-device latency through SIPp echo: {latencies} ms; {stats}")
    assert all(0 < ms < MAX_LATENCY_MS for ms in latencies), latencies
    _, fed_peaks = tone_onsets(probe.burst, RATE)
    assert min(e.peak for e in echoes) > 0.5 * fed_peaks[0]  # PCMU keeps the tone's level
    assert stats.errors == 0
    assert problems == []


@needs_sipp
def test_without_audio_device_the_call_still_connects(tmp_path: Path) -> None:
    problems: list[str] = []
    bridge = AudioBridge(MemoryAudioDevice([]), problems.append)
    peer = echo_peer(tmp_path)
    try:
        with phone(before_destroy=bridge.close) as p:
            bridge.create(RATE)
            call = call_sipp(p, peer.address, bridge.attach)
            assert p.pump(5.0, lambda: call.confirmed and call.media is not None), peer.errors()
            assert bridge.wait_idle()
            # the port keeps ticking with silence
            assert p.pump(5.0, lambda: bridge.stats().frames_requested > 0)
            stats = bridge.stats()
            call.hangup(pj_call_op())
            assert p.pump(3.0, lambda: call.ended)
    finally:
        peer.stop()
    assert not stats.capture_open and not stats.playback_open
    assert any("no audio device" in m for m in problems)


@needs_sipp
def test_unplugged_headset_falls_back_to_the_default_device(tmp_path: Path) -> None:
    device = MemoryAudioDevice(["Speakers", "Headset"])
    problems: list[str] = []
    bridge = AudioBridge(device, problems.append, mic="Memory: Headset", speaker="Memory: Headset")
    peer = echo_peer(tmp_path)
    try:
        with phone(before_destroy=bridge.close) as p:
            bridge.create(RATE)
            call = call_sipp(p, peer.address, bridge.attach)
            assert p.pump(5.0, lambda: call.confirmed and call.media is not None), peer.errors()
            assert bridge.wait_idle()
            assert bridge.stats().microphone == "Memory: Headset"
            device.unplug("Headset")
            p.pump(0.1)
            assert bridge.wait_idle()
            stats = bridge.stats()
            call.hangup(pj_call_op())
            assert p.pump(3.0, lambda: call.ended)
    finally:
        peer.stop()
        device.close()
    assert (stats.microphone, stats.speaker_device) == ("Memory: Speakers", "Memory: Speakers")
    assert any("unplugged" in m for m in problems)
    assert any("using the default device" in m for m in problems)


def pj_call_op() -> object:
    import pjsua2 as pj

    return pj.CallOpParam()


class _StandInPortAudio:
    """sounddevice's surface that SoundDeviceAudio uses, for a machine without a sound card:
    one headset, streams that start and close, and a count of re-initialisations."""

    class PortAudioError(Exception):
        pass

    class _Stream:
        def __init__(self, **_kw: object) -> None:
            self.open = False

        def start(self) -> None:
            self.open = True

        def abort(self, ignore_errors: bool = True) -> None:
            self.open = False

        def close(self, ignore_errors: bool = True) -> None:
            self.open = False

    RawInputStream = _Stream
    RawOutputStream = _Stream

    class default:  # noqa: N801 - sounddevice's name
        device = (0, 0)
        hostapi = 0

    def __init__(self) -> None:
        self.reinitialised = 0

    def _terminate(self) -> None:
        self.reinitialised += 1

    def _initialize(self) -> None:
        pass

    def query_devices(self) -> list[dict[str, object]]:
        return [
            {
                "name": "Headset",
                "index": 0,
                "hostapi": 0,
                "max_input_channels": 1,
                "max_output_channels": 1,
            }
        ]

    def query_hostapis(self, _index: int | None = None) -> list[dict[str, str]]:
        return [{"name": "ALSA"}]


def test_listing_devices_never_restarts_portaudio_under_an_open_stream() -> None:
    """PortAudio is one per process: the Settings dialog's own SoundDeviceAudio lists
    devices while the controller's instance carries a call; re-initialising PortAudio then
    would cut the call's audio."""
    portaudio = _StandInPortAudio()
    in_call, settings = SoundDeviceAudio(), SoundDeviceAudio()
    in_call._sd = settings._sd = portaudio  # type: ignore[assignment]
    stream = in_call.open_capture(None, RATE, BLOCK, lambda _d: None, lambda _m: None)
    before = portaudio.reinitialised
    assert [d.name for d in settings.devices()] == ["Headset"]
    assert portaudio.reinitialised == before  # the call's stream is left alone
    stream.close()
    settings.devices()
    assert portaudio.reinitialised == before + 1  # no stream open: new devices are seen
    in_call.close()


def silent_peer(tmp_path: Path) -> SippPeer:
    """A callee that answers and sends no audio back."""
    rtp = free_rtp_port()
    return SippPeer("uas", tmp_path / "sipp", extra=["-mi", "127.0.0.1", "-mp", str(rtp)]).start()


@contextmanager
def bridged_call(
    tmp_path: Path, make: Callable[[Path], SippPeer], device: MemoryAudioDevice
) -> Iterator[tuple[Any, AudioBridge]]:
    """A call to ``make``'s peer with ``device`` bridged to it, hung up afterwards:
    (the endpoint, the bridge)."""
    bridge = AudioBridge(device)
    peer = make(tmp_path)
    try:
        with phone(before_destroy=bridge.close) as p:
            bridge.create(RATE)
            call = call_sipp(p, peer.address, bridge.attach)
            assert p.pump(5.0, lambda: call.confirmed and call.media is not None), peer.errors()
            assert bridge.wait_idle()
            yield p, bridge
            call.hangup(pj_call_op())
            assert p.pump(3.0, lambda: call.ended)
    finally:
        peer.stop()
        device.close()


def _meters(tmp_path: Path, make: Callable[[Path], SippPeer]) -> tuple[int, int]:
    """The highest microphone and speaker levels seen during a 2 s tone fed into the
    microphone of a call to ``make``'s peer."""
    device = MemoryAudioDevice()
    mic = speaker = 0
    with bridged_call(tmp_path, make, device) as (p, bridge):
        device.feed(tone_burst(RATE, 2000))
        fed = RATE * 2 + bridge.stats().frames_requested * RATE // 50  # in samples
        give_up = time.monotonic() + 60  # only if the conference clock stopped
        while bridge.stats().frames_requested * RATE // 50 < fed:  # the tone went by
            assert time.monotonic() < give_up, "the conference clock stopped"
            p.ep.libHandleEvents(10)
            now_mic, now_speaker = bridge.levels()
            mic, speaker = max(mic, now_mic), max(speaker, now_speaker)
    return mic, speaker


@needs_sipp
def test_level_meters_tell_the_microphone_from_the_speaker(tmp_path: Path) -> None:
    """A tone fed into the microphone of a call to a silent callee moves the microphone's
    meter and not the speaker's; through an echo both move."""
    mic, speaker = _meters(tmp_path / "silent", silent_peer)
    assert mic >= 10 and speaker == 0, (mic, speaker)
    mic, speaker = _meters(tmp_path / "echo", echo_peer)
    assert mic >= 10 and speaker >= 10, (mic, speaker)


@needs_sipp
def test_a_silenced_microphone_sends_nothing_and_a_louder_speaker_is_louder(
    tmp_path: Path,
) -> None:
    device = MemoryAudioDevice()
    with bridged_call(tmp_path, echo_peer, device) as (p, bridge):
        probe = EchoProbe(
            device,
            RATE,
            lambda: p.ep.libHandleEvents(10),
            lambda: bridge.stats().frames_requested,
        )
        normal = probe.send()
        bridge.set_volumes(1.0, 2.0)
        louder = probe.send()
        bridge.set_volumes(0.0, 1.0)
        muted = probe.send()
    assert normal.heard_at is not None and louder.heard_at is not None
    assert louder.peak > 1.6 * normal.peak, (normal.peak, louder.peak)
    assert muted.heard_at is None, muted
