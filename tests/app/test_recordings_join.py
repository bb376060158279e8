"""Joining a call's WAV parts into one file with the standard wave module."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from app.recordings import DownloadCancelled, TargetExists
from app.recordings_join import JoinNeedsSameFormat, WavPart, join_wav
from tests.support.recording_server import write_wav


def frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as w:
        return w.readframes(w.getnframes())


def test_the_joined_file_is_the_parts_one_after_another(tmp_path: Path) -> None:
    one = write_wav(tmp_path / "one.wav", 3, tone=400)
    two = write_wav(tmp_path / "two.wav", 4, tone=700)
    seen: list[tuple[int, int]] = []
    target = tmp_path / "out" / "call.wav"
    written = join_wav(
        [WavPart("one.wav", one), WavPart("two.wav", two)],
        target,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert written == 7 * 8000
    with wave.open(str(target), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 8000)
        assert w.getnframes() == 7 * 8000
    assert frames(target) == frames(one) + frames(two)
    assert seen[-1] == (7 * 8000, 7 * 8000)
    assert [p.name for p in target.parent.iterdir()] == ["call.wav"]  # no temporary left

    with pytest.raises(TargetExists):
        join_wav([WavPart("one.wav", one)], target)
    join_wav([WavPart("one.wav", one)], target, overwrite=True)
    assert frames(target) == frames(one)


def test_different_formats_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    one = write_wav(tmp_path / "one.wav", 1, rate=8000)
    wide = write_wav(tmp_path / "wide.wav", 1, rate=16000)
    target = tmp_path / "call.wav"
    with pytest.raises(JoinNeedsSameFormat, match=r"wide\.wav is 16000 Hz, 16 bit, 1 channel"):
        join_wav([WavPart("one.wav", one), WavPart("wide.wav", wide)], target)
    assert not target.exists()


def test_a_file_that_is_not_wav_is_refused(tmp_path: Path) -> None:
    one = write_wav(tmp_path / "one.wav", 1)
    mp3 = tmp_path / "two.mp3"
    mp3.write_bytes(b"ID3\x04" + bytes(500))
    with pytest.raises(JoinNeedsSameFormat, match=r"two\.mp3 is not a plain WAV"):
        join_wav([WavPart("one.wav", one), WavPart("two.mp3", mp3)], tmp_path / "call.wav")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.wav", "two.mp3"]


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    one = write_wav(tmp_path / "one.wav", 5)
    target = tmp_path / "call.wav"
    with pytest.raises(DownloadCancelled):
        join_wav([WavPart("one.wav", one)], target, cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.wav"]
