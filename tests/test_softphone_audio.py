"""The engine with the real audio bridge: a call through the Softphone to SIPp's RTP echo
carries a tone from the in-memory microphone back to the in-memory speaker; mute stops it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from softphone.audio import AudioBridge, MemoryAudioDevice
from softphone.engine import CLOCK_RATE, Softphone
from softphone.state import CallState
from tests.audio_call import tone_burst, tone_onsets
from tests.sipp import SippPeer, free_rtp_port
from tests.softphone_support import account, running, wait_until

pytestmark = pytest.mark.usefixtures("qapp")
GAP_MS = 320


def pause(phone: Softphone, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    wait_until(phone, lambda: time.monotonic() >= deadline, seconds + 5)


def bursts_heard(phone: Softphone, device: MemoryAudioDevice, count: int) -> int:
    burst = tone_burst(CLOCK_RATE, 80)
    silence = bytes(CLOCK_RATE * GAP_MS // 1000 * 2)
    before = len(device.played()[1])
    for _ in range(count):
        device.feed(burst + silence)
    pause(phone, count * (80 + GAP_MS) / 1000 + 0.6)
    onsets, _ = tone_onsets(device.played()[1][before:], CLOCK_RATE)
    return len(onsets)


def test_tone_round_trip_through_the_engine_and_mute(tmp_path: Path) -> None:
    device = MemoryAudioDevice()
    problems: list[str] = []
    bridge = AudioBridge(device, problems.append)
    rtp = free_rtp_port()
    peer = SippPeer(
        "uas", tmp_path, extra=["-mi", "127.0.0.1", "-mp", str(rtp), "-rtp_echo"]
    ).start()
    try:
        with running(bridge) as phone:
            phone.start(account(peer.port, register=False))
            key = phone.dial("302")
            wait_until(phone, lambda: phone.call(key).state is CallState.CONNECTED)
            wait_until(phone, lambda: phone.call(key).has_audio)
            assert bridge.wait_idle()
            pause(phone, 0.3)
            assert bursts_heard(phone, device, 3) == 3
            phone.set_muted(key, True)
            assert phone.call(key).muted
            assert bursts_heard(phone, device, 3) == 0  # the far end hears silence
            phone.set_muted(key, False)
            assert bursts_heard(phone, device, 2) == 2
            phone.hangup(key)
            wait_until(phone, lambda: not peer.running())
        assert bridge.stats().errors == 0
        assert problems == []
    finally:
        peer.stop()
        device.close()
