"""Benchmark of the softphone's audio latency, device to device, through a real call.

    python -m tests.benchmarks.audio_latency [--bursts 20] [--drift-ppm 300]

Three legs in one run, all with 80 ms bursts of 1 kHz found by their onsets:
* ``bridge_loopback``: in-memory microphone -> AudioBridge -> conference -> the same port ->
  in-memory speaker, no call: what the bridge and the device blocks cost alone;
* ``network_leg``: a bare pjsua2 AudioMediaPort sending the bursts into a call to SIPp's RTP
  echo and hearing them back (PCMU, jitter buffer), timed on pjmedia's clock: the baseline;
* ``sipp_echo``: the same call with the AudioBridge and the in-memory device, device to device.
``added_by_bridge_ms`` is sipp_echo minus network_leg (p50). CPU is the time spent in the
bridge's callbacks (pjmedia's and the card's) per second of audio. Prints JSON.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pjsua2 as pj

from softphone.audio import AudioBridge, MemoryAudioDevice
from tests.support.audio_call import (
    RATE,
    Phone,
    call_sipp,
    percentile,
    phone,
    tone_burst,
    tone_onsets,
)
from tests.support.sipp import SippPeer, free_rtp_port

FRAME = RATE * 20 // 1000
BURST_MS = 80
GAP_MS = 320


def figures(latencies: list[float]) -> dict[str, Any]:
    if not latencies:
        return {"bursts": 0}
    return {
        "bursts": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "min_ms": round(min(latencies), 1),
        "max_ms": round(max(latencies), 1),
    }


def match(fed: list[int], heard: list[int], limit: int) -> list[float]:
    """Latency of each fed onset to the first heard onset after it (within ``limit``)."""
    out = []
    for f in fed:
        later = [h - f for h in heard if 0 < h - f < limit]
        if later:
            out.append(min(later) * 1000 / RATE)
    return out


def feed_bursts(device: MemoryAudioDevice, count: int) -> tuple[list[int], bytes]:
    burst = tone_burst(RATE, BURST_MS)
    gap = bytes(RATE * GAP_MS // 1000 * 2)
    return [device.feed(burst + gap) for _ in range(count)], burst


def device_latencies(device: MemoryAudioDevice, fed_at: list[int], burst: bytes) -> list[float]:
    start, played = device.played()
    reference = bytearray((fed_at[-1] - start) * 2 + len(burst))
    for at in fed_at:
        reference[(at - start) * 2 : (at - start) * 2 + len(burst)] = burst
    fed, _ = tone_onsets(bytes(reference), RATE)
    heard, _ = tone_onsets(played, RATE)
    return match(fed, heard, RATE // 2)


def cpu(bridge: AudioBridge, seconds: float, before: Any) -> dict[str, float]:
    after = bridge.stats()
    return {
        "port_callbacks_pct_of_core": round(
            100 * (after.callback_seconds - before.callback_seconds) / seconds, 3
        ),
        "device_callbacks_pct_of_core": round(
            100 * (after.device_callback_seconds - before.device_callback_seconds) / seconds, 3
        ),
    }


def bridge_loopback(
    p: Phone, bridge: AudioBridge, device: MemoryAudioDevice, n: int
) -> dict[str, Any]:
    bridge.attach(bridge.port)  # the port hears itself through the conference
    bridge.wait_idle()
    p.pump(0.5)
    before = bridge.stats()
    t0 = time.perf_counter()
    fed_at, burst = feed_bursts(device, n)
    p.pump(n * (BURST_MS + GAP_MS) / 1000 + 0.5)
    result = figures(device_latencies(device, fed_at, burst))
    result |= cpu(bridge, time.perf_counter() - t0, before)
    bridge.detach(bridge.port)
    bridge.wait_idle()
    return result


def sipp_echo(
    p: Phone, bridge: AudioBridge, device: MemoryAudioDevice, n: int, work: Path
) -> dict[str, Any]:
    peer = SippPeer("uas", work / "bridge", extra=echo_args()).start()
    try:
        call = call_sipp(p, peer.address, bridge.attach)
        p.pump(5.0, lambda: call.confirmed and call.media is not None)
        bridge.wait_idle()
        p.pump(0.5)
        before = bridge.stats()
        t0 = time.perf_counter()
        fed_at, burst = feed_bursts(device, n)
        p.pump(n * (BURST_MS + GAP_MS) / 1000 + 0.5)
        seconds = time.perf_counter() - t0
        stats = bridge.stats()
        bridge.detach(call.media)
        call.hangup(pj.CallOpParam())
        p.pump(3.0, lambda: call.ended)
        bridge.wait_idle()
    finally:
        peer.stop()
    result = figures(device_latencies(device, fed_at, burst))
    result |= cpu(bridge, seconds, before)
    result["mic_ring"] = stats.mic.__dict__
    result["speaker_ring"] = stats.speaker.__dict__
    return result


class ProbePort(pj.AudioMediaPort):  # type: ignore[misc]
    """Sends a burst every ``period`` frames and records what comes back, frame by frame."""

    def __init__(self, bursts: int) -> None:
        super().__init__()
        self.burst = tone_burst(RATE, BURST_MS)
        self.period = (BURST_MS + GAP_MS) // 20
        self.bursts = bursts
        self.sent: list[int] = []
        self.heard = bytearray()
        self.tick_out = 0
        self.started = False

    def onFrameRequested(self, frame: Any) -> None:
        try:
            k = self.tick_out
            self.tick_out += 1
            data = bytes(FRAME * 2)
            if self.started and len(self.sent) <= self.bursts:
                phase = k % self.period
                offset = phase * FRAME * 2
                if offset < len(self.burst):
                    if phase == 0:
                        self.sent.append(k * FRAME)
                    data = self.burst[offset : offset + FRAME * 2].ljust(FRAME * 2, b"\0")
            frame.buf = pj.ByteVector(data)
            frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        except BaseException:
            pass

    def onFrameReceived(self, frame: Any) -> None:
        try:
            data = bytes(frame.buf) if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO else b""
            self.heard += data.ljust(FRAME * 2, b"\0")[: FRAME * 2]
        except BaseException:
            pass


def network_leg(p: Phone, n: int, work: Path) -> dict[str, Any]:
    probe = ProbePort(n)
    fmt = pj.MediaFormatAudio()
    fmt.init(pj.PJMEDIA_FORMAT_PCM, RATE, 1, 20000, 16)
    probe.createPort("probe", fmt)
    peer = SippPeer("uas", work / "probe", extra=echo_args()).start()
    try:
        media: list[Any] = []

        def connect(m: Any) -> None:
            m.startTransmit(probe)
            probe.startTransmit(m)
            media.append(m)

        call = call_sipp(p, peer.address, connect)
        p.pump(5.0, lambda: call.confirmed and bool(media))
        p.pump(0.5)
        base_in = probe.tick_out
        base_heard = len(probe.heard)
        probe.started = True
        p.pump(n * (BURST_MS + GAP_MS) / 1000 + 0.5)
        probe.started = False
        for sink, source in ((probe, media[0]), (media[0], probe)):
            source.stopTransmit(sink)
        call.hangup(pj.CallOpParam())
        p.pump(3.0, lambda: call.ended)
    finally:
        peer.stop()
        time.sleep(0.05)
        pj.AudioMediaPort.__swig_destroy__(probe)
    # both directions count the same ticks: received tick k is heard position k * FRAME
    offset = base_in * FRAME - base_heard // 2
    heard, _ = tone_onsets(bytes(probe.heard), RATE)
    reference = bytearray((probe.sent[-1] + len(probe.burst) // 2) * 2)
    for at in probe.sent:
        reference[at * 2 : at * 2 + len(probe.burst)] = probe.burst
    fed, _ = tone_onsets(bytes(reference), RATE)
    return figures(match(fed, [h + offset for h in heard], RATE // 2))


def echo_args() -> list[str]:
    return ["-mi", "127.0.0.1", "-mp", str(free_rtp_port()), "-rtp_echo"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--bursts", type=int, default=20)
    parser.add_argument("--drift-ppm", type=float, default=300.0)
    args = parser.parse_args(argv)
    device = MemoryAudioDevice(drift_ppm=args.drift_ppm)
    bridge = AudioBridge(device)
    out: dict[str, Any] = {
        "rate_hz": RATE,
        "codec": "PCMU/8000 (SIPp's built-in uas)",
        "device": f"in-memory, 10 ms blocks, clock {args.drift_ppm:+.0f} ppm off pjmedia's",
    }
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)  # pjlib writes its start-up lines to stdout: keep stdout for the JSON
    try:
        with tempfile.TemporaryDirectory() as tmp, phone(before_destroy=bridge.close) as p:
            bridge.create(RATE)
            out["bridge_loopback"] = bridge_loopback(p, bridge, device, args.bursts)
            out["network_leg"] = network_leg(p, args.bursts, Path(tmp))
            out["sipp_echo"] = sipp_echo(p, bridge, device, args.bursts, Path(tmp))
    finally:
        device.close()
        ctypes.CDLL(None).fflush(None)
        os.dup2(saved, 1)
        os.close(saved)
    if out["sipp_echo"].get("bursts") and out["network_leg"].get("bursts"):
        added = out["sipp_echo"]["p50_ms"] - out["network_leg"]["p50_ms"]
        out["added_by_bridge_ms"] = round(added, 1)
        out["target_added_ms"] = 60
    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
