"""The engine with the real audio bridge: a call through the Softphone to SIPp's RTP echo
carries a tone from the in-memory microphone back to the in-memory speaker; mute stops it.

Each burst is sent on its own and waited for (``EchoProbe``): heard or not is decided by the
audio that came back, never by how long the test slept on a loaded machine."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from softphone.audio import AudioBridge, MemoryAudioDevice
from softphone.engine import CLOCK_RATE
from softphone.state import CallState
from tests.support.audio_call import SILENT, EchoProbe
from tests.support.sipp import SippPeer, free_rtp_port
from tests.support.softphone_support import account, running, wait_until

pytestmark = pytest.mark.usefixtures("qapp")


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

            def pump() -> None:
                phone.pump(10)
                QCoreApplication.processEvents()

            probe = EchoProbe(device, CLOCK_RATE, pump, lambda: bridge.stats().frames_requested)
            heard = [probe.send() for _ in range(3)]
            assert all(e.heard_at is not None for e in heard), heard
            phone.set_muted(key, True)
            assert phone.call(key).muted
            muted = [probe.send() for _ in range(3)]
            # the far end hears silence: nothing came back in the time a burst takes and more
            assert all(e.heard_at is None and e.peak < SILENT for e in muted), muted
            phone.set_muted(key, False)
            unmuted = [probe.send() for _ in range(2)]
            assert all(e.heard_at is not None for e in unmuted), unmuted
            print("round trip latencies, ms:", [e.latency_ms for e in heard + unmuted])
            phone.hangup(key)
            wait_until(phone, lambda: not peer.running())
        assert bridge.stats().errors == 0
        assert problems == []
    finally:
        peer.stop()
        device.close()
