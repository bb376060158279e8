"""The recording player on real libVLC (dummy audio output): files on disk and over HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.journal.details import PartDetails
from app.recordings import RecordingArchive
from tests.support.recording_server import serve_recordings, write_wav
from ui.player import RecordingPlayer

VLC_TEST_ARGS = ("--aout=adummy", "--vout=dummy", "--no-video", "--quiet")
T0 = datetime(2026, 11, 20, 10, 0)
LENGTHS = (20, 8, 12)  # seconds of each recorded part


def part(seq: int, ref: str | None, start_s: int = 0) -> PartDetails:
    start = T0 + timedelta(seconds=start_s)
    return PartDetails(
        id=100 + seq,
        seq=seq,
        employee_id=None,
        employee_name=f"Сотрудник {seq}",
        extension=str(300 + seq),
        started_at=start,
        answered_at=start,
        ended_at=start + timedelta(seconds=30),
        disposition="answered",
        talk_seconds=30,
        recording_ref=ref,
    )


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "rec"
    for i, seconds in enumerate(LENGTHS, 1):
        write_wav(root / f"2026/11/20/part-{i}.wav", seconds, tone=300 + 100 * i)
    (root / "2026/11/20/broken.wav").write_bytes(b"RIFF" + b"\x13\x37" * 500)
    (root / "2026/11/20/empty.wav").write_bytes(b"RIFF" + bytes(40))
    return root


@pytest.fixture
def parts() -> list[PartDetails]:
    # Part 2 is a ring with nobody answering: no recording, skipped by the sequence.
    return [
        part(1, "2026/11/20/part-1.wav"),
        part(2, None, 30),
        part(3, "2026/11/20/part-2.wav", 40),
        part(4, "2026/11/20/part-3.wav", 60),
    ]


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[RecordingPlayer]:
    widget = RecordingPlayer(VLC_TEST_ARGS)
    qtbot.addWidget(widget)
    widget.resize(420, 260)
    widget.show()
    yield widget
    widget.release()


@pytest.fixture(params=["folder", "http"])
def archive(request: pytest.FixtureRequest, share: Path) -> Iterator[RecordingArchive]:
    if request.param == "folder":
        yield RecordingArchive(share)
        return
    with serve_recordings(share) as server:
        yield RecordingArchive(server.base_url, timeout=3)


def start_playing(qtbot: QtBot, player: RecordingPlayer, index: int = 0) -> None:
    player.play_part(index)
    qtbot.waitUntil(
        lambda: player.engine.is_playing and player.engine.length_ms() > 0, timeout=10_000
    )


def test_plays_all_parts_as_one_sequence(
    qtbot: QtBot, player: RecordingPlayer, parts: list[PartDetails], archive: RecordingArchive
) -> None:
    player.set_archive(archive)
    player.set_call(1, parts)
    assert [p.seq for p in player.recorded] == [1, 3, 4]
    assert player.highlighted_part_id() == 101
    assert not player.previous_button.isEnabled() and player.next_button.isEnabled()
    started = time.monotonic()
    player.toggle()
    qtbot.waitUntil(lambda: player.engine.is_playing, timeout=10_000)
    first_sound = time.monotonic() - started
    assert first_sound < 3
    qtbot.waitUntil(lambda: abs(player.engine.length_ms() - LENGTHS[0] * 1000) < 100, timeout=5000)

    player.next_part()
    qtbot.waitUntil(lambda: player.engine.is_playing and player.current == 1, timeout=10_000)
    assert player.highlighted_part_id() == 103
    qtbot.waitUntil(lambda: abs(player.engine.length_ms() - LENGTHS[1] * 1000) < 100, timeout=5000)
    # The end of a part moves on to the next recorded one by itself.
    player.seek(LENGTHS[1] * 1000 - 700)
    qtbot.waitUntil(lambda: player.current == 2 and player.engine.is_playing, timeout=10_000)
    assert player.highlighted_part_id() == 104
    assert not player.next_button.isEnabled()
    qtbot.waitUntil(lambda: player.timeline.is_known(2), timeout=5000)
    player.previous_part()
    qtbot.waitUntil(lambda: player.current == 1 and player.engine.is_playing, timeout=10_000)
    # The clock is the whole call's (20 + 8 + 12 s, all three opened by now), part 2 in it.
    qtbot.waitUntil(lambda: player.time_label.text().endswith("/ 0:40"), timeout=3000)
    assert 20_000 <= player.call_position_ms() <= 28_000


def test_seek_skip_and_pause(
    qtbot: QtBot, player: RecordingPlayer, parts: list[PartDetails], archive: RecordingArchive
) -> None:
    player.set_archive(archive)
    player.set_call(1, parts)
    start_playing(qtbot, player)
    errors = []
    for target in (12_000, 3_000, 17_500):
        player.seek(target)
        qtbot.wait(250)
        errors.append(abs(player.engine.position_ms() - target) / 1000)
    assert max(errors) < 0.5, errors
    print(f"\nseek error, s: {errors}")
    player.seek(5_000)
    qtbot.wait(200)
    before = player.engine.position_ms()
    player.forward()
    qtbot.wait(200)
    assert abs(player.engine.position_ms() - (before + 10_000)) < 600
    player.back()
    qtbot.wait(200)
    assert abs(player.engine.position_ms() - before) < 600
    player.toggle()
    qtbot.waitUntil(lambda: not player.engine.is_playing, timeout=3000)
    paused_at = player.engine.position_ms()
    qtbot.wait(400)
    assert player.engine.position_ms() == paused_at
    assert player.play_button.property("playing") is False
    player.toggle()
    qtbot.waitUntil(lambda: player.engine.is_playing, timeout=3000)
    qtbot.waitUntil(lambda: player.play_button.property("playing") is True, timeout=3000)


def _advance_rate(qtbot: QtBot, player: RecordingPlayer, seconds: float = 1.5) -> float:
    qtbot.wait(300)
    a, t = player.engine.position_ms(), time.monotonic()
    qtbot.wait(int(seconds * 1000))
    return (player.engine.position_ms() - a) / 1000 / (time.monotonic() - t)


def test_speed_changes_how_fast_time_runs(
    qtbot: QtBot, player: RecordingPlayer, parts: list[PartDetails], share: Path
) -> None:
    player.set_archive(RecordingArchive(share))
    player.set_call(1, parts)
    announced: list[float] = []
    player.speed_changed.connect(announced.append)
    start_playing(qtbot, player)
    normal = _advance_rate(qtbot, player)
    player.speed.setCurrentIndex(player.speed.findData(2.0))
    player.speed.activated.emit(player.speed.currentIndex())
    player.seek(2_000)
    double = _advance_rate(qtbot, player)
    print(f"\nadvance per wall second: 1x {normal:.2f}, 2x {double:.2f}")
    assert 0.7 < normal < 1.3
    assert 1.6 < double < 2.4
    assert announced == [2.0]
    # The speed stays for the next part.
    player.next_part()
    qtbot.waitUntil(lambda: player.engine.is_playing and player.current == 1, timeout=10_000)
    assert _advance_rate(qtbot, player, 1.0) > 1.5


def test_clear_messages_for_missing_empty_broken_and_404(
    qtbot: QtBot, player: RecordingPlayer, share: Path
) -> None:
    bad = [
        part(1, "2026/11/20/nothere.wav"),
        part(2, "2026/11/20/empty.wav"),
        part(3, "2026/11/20/broken.wav"),
        part(4, "../../etc/passwd"),
    ]
    player.set_archive(RecordingArchive(share))
    player.set_call(1, bad)
    player.play_part(0)
    qtbot.waitUntil(lambda: "not in the recordings folder" in player.message.text(), timeout=5000)
    player.play_part(1)
    qtbot.waitUntil(lambda: "empty" in player.message.text(), timeout=5000)
    player.play_part(2)
    qtbot.waitUntil(lambda: "cannot be played" in player.message.text(), timeout=10_000)
    player.play_part(3)
    qtbot.waitUntil(lambda: "outside the recordings folder" in player.message.text(), timeout=5000)
    assert player.message.isVisible()

    with serve_recordings(share) as server:
        player.set_archive(RecordingArchive(server.base_url, timeout=2))
        player.set_call(2, bad[:1])
        player.play_part(0)
        qtbot.waitUntil(lambda: "HTTP 404" in player.message.text(), timeout=5000)


def test_slow_server_never_blocks_the_window(
    qtbot: QtBot, player: RecordingPlayer, parts: list[PartDetails], share: Path
) -> None:
    with serve_recordings(share, delay=3) as server:
        player.set_archive(RecordingArchive(server.base_url, timeout=1))
        player.set_call(1, parts)
        started = time.monotonic()
        player.play_part(0)
        returned = time.monotonic() - started
        qtbot.waitUntil(lambda: "did not answer" in player.message.text(), timeout=5000)
    assert returned < 0.2, f"play_part blocked for {returned:.2f} s"


def test_download_current_and_all_byte_identical(
    qtbot: QtBot,
    player: RecordingPlayer,
    parts: list[PartDetails],
    archive: RecordingArchive,
    share: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    player._ask_folder = lambda _parent: str(folder)
    player.set_archive(archive)
    player.set_call(1, parts)
    player.download_current()
    qtbot.waitUntil(lambda: not player.downloading, timeout=10_000)
    assert [p.name for p in player.downloaded_files] == ["part-1.wav"]
    assert (folder / "part-1.wav").read_bytes() == (share / "2026/11/20/part-1.wav").read_bytes()

    # "All parts": an existing file is never replaced without asking; here the user says No.
    (folder / "part-1.wav").write_bytes(b"mine")
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer_no(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    player.download_all()
    qtbot.waitUntil(lambda: not player.downloading, timeout=10_000)
    assert asked and "part-1.wav" in asked[0]
    assert (folder / "part-1.wav").read_bytes() == b"mine"
    for i in (2, 3):
        name = f"part-{i}.wav"
        assert (folder / name).read_bytes() == (share / f"2026/11/20/{name}").read_bytes()


def test_speeds_read_with_the_multiplication_sign_and_the_locales_comma(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("ru"))
    try:
        widget = RecordingPlayer(VLC_TEST_ARGS)
        qtbot.addWidget(widget)
        texts = [widget.speed.itemText(i) for i in range(widget.speed.count())]
        widget.release()
    finally:
        QLocale.setDefault(before)
    assert texts == ["0,5×", "0,75×", "1×", "1,25×", "1,5×", "2×"]
    assert widget.speed.currentText() == "1×"


# ALSA with a device no machine has: libVLC finds no audio output and plays in silence. No
# --quiet: the player's own log handler has to keep libVLC's messages off stderr.
NO_AUDIO_ARGS = ("--aout=alsa", "--alsa-audio-device=calldesk-no-such-device", "--vout=dummy")


def test_without_an_audio_device_the_player_says_so_and_stderr_stays_quiet(
    qtbot: QtBot, parts: list[PartDetails], share: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    widget = RecordingPlayer(NO_AUDIO_ARGS)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_archive(RecordingArchive(share))
    widget.set_call(1, parts)
    capfd.readouterr()
    widget.play()
    qtbot.waitUntil(
        lambda: widget.message.isVisible() and widget.message.text().startswith("No audio device"),
        timeout=10_000,
    )
    widget.release()
    err = capfd.readouterr().err
    assert "ALSA lib" not in err
    assert "audio output" not in err


def test_with_an_audio_output_there_is_no_such_message(
    qtbot: QtBot, player: RecordingPlayer, parts: list[PartDetails], share: Path
) -> None:
    player.set_archive(RecordingArchive(share))
    player.set_call(1, parts)
    start_playing(qtbot, player)
    qtbot.waitUntil(lambda: player.engine.position_ms() > 500, timeout=10_000)
    assert not player.message.isVisible()
