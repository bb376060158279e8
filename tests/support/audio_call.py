"""A raw pjsua2 endpoint and call for the audio tests and benchmark, plus tone analysis.

The endpoint runs as the softphone runs it (no worker threads, events pumped on this thread,
the null sound device as the conference clock). ``tone_onsets`` finds where 1 kHz bursts
start in int16 samples, so a burst fed into a microphone can be found on a speaker.
``EchoProbe`` sends one burst at a time through a call and waits, on conditions rather than
the scheduler, until it came back or could no longer come back.
"""

from __future__ import annotations

import gc
import math
import operator
import time
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import pjsua2 as pj

from softphone.audio import MemoryAudioDevice
from tests.support.sipp import free_rtp_port

RATE = 16000


def tone_burst(rate: int, ms: int, freq: float = 1000.0, level: int = 8000) -> bytes:
    n = rate * ms // 1000
    fade = rate // 1000  # 1 ms
    step = 2 * math.pi * freq / rate
    return array(
        "h",
        (
            int(level * min(1.0, i / fade, (n - 1 - i) / fade) * math.sin(step * i))
            for i in range(n)
        ),
    ).tobytes()


def tone_onsets(
    samples: bytes,
    rate: int,
    freq: float = 1000.0,
    window_ms: int = 4,
    hop_ms: int = 1,
    floor: float = 500.0,
) -> tuple[list[int], list[float]]:
    """Sample positions where a tone of ``freq`` starts (its amplitude crossing half of the
    loudest burst's), and each burst's peak amplitude."""
    hop = rate * hop_ms // 1000
    amps = tone_levels(samples, rate, freq, window_ms, hop_ms)
    peak = max(amps, default=0.0)
    if peak < floor:
        return [], []
    onsets: list[int] = []
    peaks: list[float] = []
    on = False
    for i, a in enumerate(amps):
        if not on and a > peak / 2:
            on = True
            onsets.append(i * hop)
            peaks.append(a)
        elif on:
            peaks[-1] = max(peaks[-1], a)
            if a < peak / 8:
                on = False
    return onsets, peaks


def tone_levels(
    samples: bytes, rate: int, freq: float = 1000.0, window_ms: int = 4, hop_ms: int = 1
) -> list[float]:
    """The amplitude of ``freq`` in each ``window_ms`` window, ``hop_ms`` apart."""
    x = array("h")
    x.frombytes(samples)
    n = rate * window_ms // 1000
    hop = rate * hop_ms // 1000
    cos = [math.cos(2 * math.pi * freq * i / rate) for i in range(n)]
    sin = [math.sin(2 * math.pi * freq * i / rate) for i in range(n)]
    amps: list[float] = []
    for start in range(0, len(x) - n, hop):
        chunk = x[start : start + n]
        re = sum(map(operator.mul, chunk, cos))
        im = sum(map(operator.mul, chunk, sin))
        amps.append(2 * math.hypot(re, im) / n)
    return amps


SILENT = 500.0  # a 1 kHz amplitude below this is silence (the bursts are fed at 8000)


@dataclass(frozen=True)
class Echo:
    """One burst fed into the microphone and what the speaker played after it."""

    fed_at: int  # device clock position (samples) of the burst's first sample
    heard_at: int | None  # position where it came back (crossing half its peak); None: not
    peak: float  # the loudest 1 kHz amplitude the speaker played after the burst was fed
    rate: int

    @property
    def latency_ms(self) -> float:
        """Device to device: microphone in to speaker out, on the device's clock."""
        if self.heard_at is None:
            raise AssertionError("the burst did not come back")
        return (self.heard_at - self.fed_at) * 1000 / self.rate


class EchoProbe:
    """Sends one tone burst at a time into ``device``'s microphone and waits for it on the
    speaker (a call to an RTP echo in between), so the answer depends on the audio, not on
    how the scheduler ran the threads that carry it.

    ``send`` first waits until the speaker has been quiet for ``quiet_ms`` (what came back
    before is over, and a stretched or split echo of an earlier burst cannot be taken for
    this one), feeds the burst, and pumps until it came back whole, or until the device
    played ``hear_within_ms`` past the burst **and** the conference moved that many
    frames through the bridge (``frames``, e.g. the bridge's frames_requested): the burst
    went into the call and had all that time to come back (well past the worst latency of a
    loaded machine: pjmedia's jitter buffer at its 500 ms maximum plus the rings). A burst
    that did not come back by then is not coming: a muted microphone is proven silent so.

    ``pump`` handles events once (SIP and Qt), waiting up to ~10 ms."""

    def __init__(
        self,
        device: MemoryAudioDevice,
        rate: int,
        pump: Callable[[], None],
        frames: Callable[[], int],
        *,
        burst_ms: int = 80,
        level: int = 8000,
        quiet_ms: int = 200,
        hear_within_ms: int = 1000,
        timeout: float = 20.0,
    ) -> None:
        self.device = device
        self.rate = rate
        self.pump = pump
        self.frames = frames
        self.burst = tone_burst(rate, burst_ms, level=level)
        self.burst_samples = len(self.burst) // 2
        self.heard_level = level / 4  # PCMU keeps the level; a real echo is far louder
        self.quiet = rate * quiet_ms // 1000
        self.hear_within = rate * hear_within_ms // 1000
        self.frames_within = (burst_ms + hear_within_ms) // 20  # pjmedia's 20 ms frames
        self.timeout = timeout
        self.hop = rate // 1000  # tone_levels' default 1 ms hop
        onsets, _ = tone_onsets(self.burst, rate)
        self.burst_onset = onsets[0]  # where the burst itself crosses half its level

    def _until(self, condition: Callable[[], bool], what: str) -> None:
        """Pump until ``condition``; it is looked at every 20 ms, so that analysing the
        speaker does not take the CPU (and the GIL) from the threads carrying the audio."""
        now = time.monotonic()
        deadline, look = now + self.timeout, now
        while now < deadline:
            self.pump()
            now = time.monotonic()
            if now >= look:
                if condition():
                    return
                look = now + 0.02
        raise AssertionError(f"timed out after {self.timeout} s waiting until {what}")

    def _played_since(self, position: int) -> tuple[int, bytes]:
        """(position of the first sample returned, what the speaker played from there)."""
        start, played = self.device.played()
        skip = max(0, position - start)
        return start + skip, played[skip * 2 :]

    def _quiet(self) -> bool:
        _, played = self.device.played()
        if len(played) // 2 < self.quiet:
            return False
        return max(tone_levels(played[-self.quiet * 2 :], self.rate), default=0.0) < SILENT

    def send(self) -> Echo:
        self._until(self._quiet, f"the speaker was quiet for {self.quiet} samples")
        frames_before = self.frames()
        fed_at = self.device.feed(self.burst)
        give_up = fed_at + self.burst_samples + self.hear_within

        def settled() -> bool:
            at, played = self._played_since(fed_at)
            end = at + len(played) // 2
            levels = tone_levels(played, self.rate)
            loud = next((i for i, a in enumerate(levels) if a > self.heard_level), None)
            if loud is not None:  # came back: wait until the whole burst has
                return end >= at + loud * self.hop + self.burst_samples + self.quiet
            return end >= give_up and self.frames() - frames_before >= self.frames_within

        self._until(settled, "the burst came back or had the time to")
        at, played = self._played_since(fed_at)
        levels = tone_levels(played, self.rate)
        peak = max(levels, default=0.0)
        if peak <= self.heard_level:
            return Echo(fed_at, None, peak, self.rate)
        first = next(i for i, a in enumerate(levels) if a > peak / 2)
        return Echo(fed_at, at + first * self.hop - self.burst_onset, peak, self.rate)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


@dataclass
class Phone:
    """One endpoint with one account (no registrar) on 127.0.0.1."""

    ep: Any
    account: Any
    calls: list[Any] = field(default_factory=list)

    def pump(self, seconds: float, until: Callable[[], bool] | None = None) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if until is not None and until():
                return True
            self.ep.libHandleEvents(10)
        return until() if until is not None else True


class TestCall(pj.Call):  # type: ignore[misc]
    """Hands the call's audio to ``on_media`` once pjsua2 reports it active."""

    __test__ = False  # not a pytest class

    def __init__(self, account: Any, on_media: Callable[[Any], None]) -> None:
        super().__init__(account)
        self.on_media = on_media
        self.state = pj.PJSIP_INV_STATE_NULL
        self.media: Any = None
        self.errors: list[str] = []

    def onCallState(self, prm: Any) -> None:
        try:
            self.state = self.getInfo().state
        except Exception as e:  # escaping, it would abort the process at exit
            self.errors.append(repr(e))

    def onCallMediaState(self, prm: Any) -> None:
        try:
            ci = self.getInfo()  # keep it: iterating a temporary's media reads freed memory
            for mi in ci.media:
                active = mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE
                if mi.type == pj.PJMEDIA_TYPE_AUDIO and active and self.media is None:
                    self.media = self.getAudioMedia(mi.index)
                    self.on_media(self.media)
        except Exception as e:
            self.errors.append(repr(e))

    @property
    def confirmed(self) -> bool:
        return bool(self.state == pj.PJSIP_INV_STATE_CONFIRMED)

    @property
    def ended(self) -> bool:
        return bool(self.state == pj.PJSIP_INV_STATE_DISCONNECTED)


@contextmanager
def phone(before_destroy: Callable[[], None] | None = None) -> Iterator[Phone]:
    """An endpoint + account; on exit calls are hung up and everything is destroyed in the
    order that does not abort the process (``before_destroy`` closes the audio bridge)."""
    ep = pj.Endpoint()
    ep.libCreate()
    p: Phone | None = None
    try:
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.logConfig.level = 0
        cfg.logConfig.consoleLevel = 0
        cfg.medConfig.clockRate = RATE
        ep.libInit(cfg)
        tcfg = pj.TransportConfig()
        tcfg.port = 0
        tcfg.boundAddress = "127.0.0.1"
        ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
        ep.libStart()
        ep.audDevManager().setNullDev()
        acfg = pj.AccountConfig()
        acfg.idUri = "sip:audio@127.0.0.1"
        acfg.mediaConfig.transportConfig.port = free_rtp_port()
        acfg.mediaConfig.transportConfig.portRange = 1
        acfg.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
        account = pj.Account()
        account.create(acfg)
        p = Phone(ep, account)
        yield p
    finally:
        try:
            if p is not None:
                _hang_up_all(p)
            if before_destroy is not None:
                before_destroy()
            gc.collect()
            if p is not None:
                p.account.shutdown()
                p.account = None
        finally:
            ep.libDestroy()
            if p is not None:
                # A failed test's traceback keeps ``p``: an Endpoint object still alive there
                # makes the next ``pj.Endpoint()`` throw in C++, which aborts the whole run.
                p.ep = None
            del ep
            gc.collect()


def _hang_up_all(p: Phone) -> None:
    """Hang up and forget every call; no reference may outlive libDestroy (not even a loop
    variable), or the Call's destructor aborts the process."""
    for c in p.calls:
        if not c.ended:
            with suppress(pj.Error):
                c.hangup(pj.CallOpParam())
    p.pump(2.0, lambda: all(c.ended for c in p.calls))
    for c in p.calls:
        c.thisown = False  # a failed test's traceback may still hold it: leak, don't abort
    p.calls.clear()


def call_sipp(p: Phone, address: str, on_media: Callable[[Any], None]) -> TestCall:
    call = TestCall(p.account, on_media)
    p.calls.append(call)
    prm = pj.CallOpParam(True)
    call.makeCall(f"sip:echo@{address}", prm)
    return call
