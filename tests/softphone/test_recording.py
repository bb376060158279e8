"""The softphone records its own calls: a real pjsua2 call to SIPp, the microphone fed by
the in-memory device, the recorder on the conference bridge. A tone burst into the
microphone of a call to SIPp's RTP echo is in the recording twice (our side, then the
call's side coming back); towards a silent callee once; nothing is recorded when off."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from softphone.audio import AudioBridge, MemoryAudioDevice
from softphone.engine import Softphone
from softphone.recording import recording_closed
from softphone.state import CallRecord, CallState
from tests.support.audio_call import RATE, EchoProbe, tone_burst, tone_onsets
from tests.support.sipp import SIPP, SippPeer, free_rtp_port
from tests.support.softphone_support import Recorder, account, running, wait_until

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(SIPP is None, reason="sipp (sip-tester) is not installed"),
]


def sipp_peer(tmp_path: Path, echo: bool, scenario: str = "uas") -> SippPeer:
    extra = ["-mi", "127.0.0.1", "-mp", str(free_rtp_port())] + (["-rtp_echo"] if echo else [])
    return SippPeer(scenario, tmp_path / "sipp", extra=extra).start()


@dataclass
class RecordedCall:
    record: CallRecord
    samples: bytes  # the recording's 16-bit mono samples
    rate: int


@dataclass
class Talk:
    phone: Softphone
    bridge: AudioBridge
    device: MemoryAudioDevice
    key: int

    def probe(self) -> EchoProbe:
        return EchoProbe(
            self.device,
            RATE,
            lambda: wait_until(self.phone, lambda: True),
            lambda: self.bridge.stats().frames_requested,
            burst_ms=20,  # shorter than the echo's way back: its two sides do not overlap
        )

    def let_frames_pass(self, frames: int) -> None:
        until = self.bridge.stats().frames_requested + frames
        wait_until(self.phone, lambda: self.bridge.stats().frames_requested >= until, 60)


@contextmanager
def recorded_call(
    tmp_path: Path, spool: Path | None, echo: bool = True, scenario: str = "uas"
) -> Iterator[tuple[Talk, list[RecordedCall]]]:
    """A call through the real engine (recording into ``spool``) to a SIPp peer; after the
    block it is hung up and the recording read once pjmedia has closed it."""
    device = MemoryAudioDevice()
    bridge = AudioBridge(device)
    peer = sipp_peer(tmp_path, echo, scenario)
    done: list[RecordedCall] = []
    try:
        with running(bridge) as phone:
            seen = Recorder(phone)
            phone.set_recording(spool)
            phone.start(account(peer.port, register=False))
            key = phone.dial("302")
            wait_until(phone, lambda: phone.call(key).state is CallState.CONNECTED)
            wait_until(phone, lambda: phone.call(key).has_audio)
            assert bridge.wait_idle()
            yield Talk(phone, bridge, device, key), done
            phone.hangup(key)
            wait_until(phone, lambda: seen.ended)
            record = seen.ended[0]
            if record.recording is not None:
                path = record.recording
                # pjmedia closes the file on its clock thread, after the call's end
                wait_until(phone, lambda: recording_closed(path))
                with wave.open(str(path), "rb") as w:
                    assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
                    samples = w.readframes(w.getnframes())
                    done.append(RecordedCall(record, samples, w.getframerate()))
            else:
                done.append(RecordedCall(record, b"", 0))
    finally:
        peer.stop()
        device.close()


def test_a_call_to_an_echo_is_recorded_from_both_sides(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    with recorded_call(tmp_path, spool) as (talk, done):
        assert talk.phone.recording
        probe = talk.probe()
        echoes = [probe.send() for _ in range(2)]
        talk.let_frames_pass(10)
    assert all(e.heard_at is not None for e in echoes), echoes
    recorded = done[0]
    assert recorded.record.recording is not None
    assert recorded.record.recording.parent == spool
    assert recorded.rate == RATE
    onsets, peaks = tone_onsets(recorded.samples, recorded.rate)
    # each burst twice: the microphone into the call, then the echo out of the call
    assert len(onsets) == 4, onsets
    latency = [(b - a) * 1000 / RATE for a, b in zip(onsets[::2], onsets[1::2], strict=True)]
    assert all(10 < ms < 1000 for ms in latency), latency
    assert min(peaks) > 8000 / 4, peaks  # both sides at the level they were heard at


def test_a_call_to_a_silent_callee_records_the_microphone_only(tmp_path: Path) -> None:
    with recorded_call(tmp_path, tmp_path / "spool", echo=False) as (talk, done):
        talk.device.feed(tone_burst(RATE, 200))
        talk.let_frames_pass(40)
    onsets, _ = tone_onsets(done[0].samples, done[0].rate)
    assert len(onsets) == 1, onsets


def test_recording_off_writes_nothing(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    with recorded_call(tmp_path, None) as (talk, done):
        assert not talk.phone.recording
        talk.device.feed(tone_burst(RATE, 200))
        talk.let_frames_pass(20)
    assert done[0].record.recording is None
    assert not spool.exists()


def test_a_muted_microphone_is_not_recorded_and_a_held_call_goes_on_after_it(
    tmp_path: Path,
) -> None:
    """What the other side did not hear is not in the recording (the muted microphone), and
    a call taken off hold goes on recording into the same file."""
    spool = tmp_path / "spool"
    with recorded_call(tmp_path, spool, echo=False, scenario="uas_hold.xml") as (talk, done):
        talk.phone.set_muted(talk.key, True)
        talk.device.feed(tone_burst(RATE, 200))  # muted: not recorded
        talk.let_frames_pass(40)
        talk.phone.set_muted(talk.key, False)
        talk.device.feed(tone_burst(RATE, 200))  # heard: recorded
        talk.let_frames_pass(40)
        talk.phone.hold(talk.key)
        wait_until(talk.phone, lambda: not talk.phone.call(talk.key).has_audio)
        talk.phone.unhold(talk.key)
        wait_until(talk.phone, lambda: talk.phone.call(talk.key).has_audio)
        talk.device.feed(tone_burst(RATE, 200))  # taken back: recorded again
        talk.let_frames_pass(40)
    onsets, _ = tone_onsets(done[0].samples, done[0].rate)
    assert len(onsets) == 2, onsets
