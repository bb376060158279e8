"""One timeline for the whole call (issue 16) on real libVLC and generated WAV parts: the
total, the boundary marks with names, ±10 s and dragging across parts, the real lengths
replacing the database's guesses, and the parts joined into one WAV file."""

from __future__ import annotations

import struct
import wave
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.journal.details import PartDetails
from app.recordings import RecordingArchive
from tests.support.recording_server import serve_recordings, write_wav
from tests.ui.test_player import VLC_TEST_ARGS
from ui.player import RecordingPlayer

T0 = datetime(2026, 11, 20, 10, 0)


def leg(seq: int, ref: str | None, name: str, talk: int) -> PartDetails:
    start = T0 + timedelta(seconds=20 * seq)
    return PartDetails(
        id=200 + seq,
        seq=seq,
        employee_id=None,
        employee_name=name,
        extension=str(300 + seq),
        started_at=start,
        answered_at=start,
        ended_at=start + timedelta(seconds=talk),
        disposition="answered" if ref else "no_answer",
        talk_seconds=talk,
        recording_ref=ref,
    )


def write_ulaw_wav(path: Path, seconds: int, rate: int = 8000) -> Path:
    """A G.711 µ-law WAV, as Asterisk may record: libVLC plays it, Python's wave cannot read it."""
    data = bytes([0xFF, 0x7F] * (seconds * rate // 2))
    fmt = struct.pack("<HHIIHHH", 7, 1, rate, rate, 1, 8, 0)
    path.write_bytes(
        b"RIFF"
        + struct.pack("<I", 4 + 8 + len(fmt) + 8 + len(data))
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", len(data))
        + data
    )
    return path


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "rec"
    write_wav(root / "a3.wav", 3, tone=300)
    write_wav(root / "b4.wav", 4, tone=600)
    write_wav(root / "a12.wav", 12, tone=300)
    write_wav(root / "b8.wav", 8, tone=600)
    write_wav(root / "wide.wav", 2, rate=16000)
    write_ulaw_wav(root / "ulaw3.wav", 3)
    return root


def call_3_4(talk: tuple[int, int] = (3, 4)) -> list[PartDetails]:
    """3 s with Anna, a ring nobody answered (no recording), 4 s with Boris."""
    return [
        leg(1, "a3.wav", "Петрова Анна", talk[0]),
        leg(2, None, "Иванов Иван", 0),
        leg(3, "b4.wav", "Сидоров Борис", talk[1]),
    ]


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[RecordingPlayer]:
    widget = RecordingPlayer(VLC_TEST_ARGS)
    qtbot.addWidget(widget)
    widget.resize(420, 280)
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


class Positions:
    """Every position the engine reports, with the part it was in."""

    def __init__(self, player: RecordingPlayer) -> None:
        self.player = player
        self.seen: list[tuple[int, int]] = []
        player.engine.position_changed.connect(self._add)

    def _add(self, elapsed: int, _length: int) -> None:
        self.seen.append((self.player.current, elapsed))

    def clear(self) -> None:
        self.seen.clear()

    def in_part(self, index: int) -> list[int]:
        return [ms for part, ms in self.seen if part == index]


def test_all_parts_on_one_slider_with_named_marks(
    qtbot: QtBot, player: RecordingPlayer, share: Path
) -> None:
    player.set_archive(RecordingArchive(share))
    player.set_call(1, call_3_4())
    assert player.slider.maximum() == 7000
    assert player.time_label.text() == "0:00 / 0:07"
    assert player.slider.marks == [3000]
    strip = player.strip.parts
    assert [(p.start_ms, p.end_ms, p.name) for p in strip] == [
        (0, 3000, "Петрова А."),
        (3000, 7000, "Сидоров Б."),
    ]
    assert "Сидоров Борис" in strip[1].tip and "0:03" in strip[1].tip
    # The strip's tick sits where the slider puts 3 s, and it names the right part.
    mark_x = player.strip._x(3000)
    assert player.strip.part_at(mark_x + 2) == 1
    assert player.strip.part_at(mark_x - 2) == 0
    assert (
        abs(mark_x - player.strip._x(0) - 3 / 7 * (player.strip._x(7000) - player.strip._x(0))) <= 1
    )
    # The ring without a recording is listed, but not on the line.
    ring = player.part_list.topLevelItem(1)
    assert ring is not None and ring.toolTip(4) == "No recording: not on the timeline"


def test_seeking_the_call_plays_the_right_part_at_the_right_offset(
    qtbot: QtBot, player: RecordingPlayer, archive: RecordingArchive
) -> None:
    player.set_archive(archive)
    player.set_call(1, call_3_4())
    positions = Positions(player)
    player.seek_call(5000)  # 3 s of Anna, then 2 s into Boris's part
    qtbot.waitUntil(
        lambda: player.current == 1 and player.engine.position_ms() >= 2300, timeout=10_000
    )
    assert player.highlighted_part_id() == 203
    assert positions.in_part(0) == []  # Anna's part was never played
    assert min(positions.in_part(1)) >= 1900, positions.seen[:5]
    qtbot.waitUntil(lambda: player.call_position_ms() >= 5300, timeout=3000)
    assert player.slider.value() >= 5000
    assert player.time_label.text().endswith("/ 0:07")

    # Back into the first part.
    positions.clear()
    player.seek_call(1000)
    qtbot.waitUntil(
        lambda: player.current == 0 and player.engine.position_ms() >= 1300, timeout=10_000
    )
    assert min(positions.in_part(0)) >= 900, positions.seen[:5]


def test_ten_seconds_forward_and_back_cross_the_boundary(
    qtbot: QtBot, player: RecordingPlayer, share: Path
) -> None:
    player.set_archive(RecordingArchive(share))
    player.set_call(
        1, [leg(1, "a12.wav", "Петрова Анна", 12), leg(2, "b8.wav", "Сидоров Борис", 8)]
    )
    positions = Positions(player)
    player.seek_call(5000)
    qtbot.waitUntil(
        lambda: player.current == 0 and player.engine.position_ms() >= 5000, timeout=10_000
    )
    player.pause()
    qtbot.waitUntil(lambda: not player.engine.is_playing, timeout=3000)
    before = player.call_position_ms()
    positions.clear()
    player.forward()  # 12 s part: +10 s from ~5 s lands ~3 s into part 2
    qtbot.waitUntil(lambda: player.current == 1 and player.engine.is_playing, timeout=10_000)
    qtbot.waitUntil(lambda: bool(positions.in_part(1)), timeout=3000)
    landed = min(positions.in_part(1))
    assert abs(12_000 + landed - (before + 10_000)) < 400, (before, positions.seen[:5])

    # Back 10 s from early in part 2 goes back into part 1.
    player.seek_call(13_000)
    qtbot.waitUntil(
        lambda: player.current == 1 and 1000 <= player.engine.position_ms() < 3000,
        timeout=10_000,
    )
    player.pause()
    qtbot.waitUntil(lambda: not player.engine.is_playing, timeout=3000)
    before = player.call_position_ms()
    positions.clear()
    player.back()
    qtbot.waitUntil(lambda: player.current == 0 and player.engine.is_playing, timeout=10_000)
    qtbot.waitUntil(lambda: bool(positions.in_part(0)), timeout=3000)
    landed = min(positions.in_part(0))
    assert abs(landed - (before - 10_000)) < 400, (before, positions.seen[:5])


def test_dragging_the_slider_opens_the_part_under_it(
    qtbot: QtBot, player: RecordingPlayer, share: Path
) -> None:
    player.set_archive(RecordingArchive(share))
    player.set_call(1, call_3_4())
    positions = Positions(player)
    player.slider.setSliderDown(True)
    player.slider.setSliderPosition(4500)  # what a mouse drag does
    assert player.time_label.text() == "0:04 / 0:07"
    assert player.strip.current == 1
    player.slider.setSliderDown(False)
    qtbot.waitUntil(
        lambda: player.current == 1 and player.engine.position_ms() >= 1700, timeout=10_000
    )
    assert min(positions.in_part(1)) >= 1400, positions.seen[:5]


def test_real_lengths_replace_the_guesses_and_playback_runs_on_into_the_next_part(
    qtbot: QtBot, player: RecordingPlayer, share: Path
) -> None:
    # The database says 5 s and 6 s; the files are 3 s (µ-law: only libVLC can tell its
    # length) and 4 s (PCM: read from its header as soon as the call is played).
    player.set_archive(RecordingArchive(share))
    parts = call_3_4(talk=(5, 6))
    parts[0] = leg(1, "ulaw3.wav", "Петрова Анна", 5)
    player.set_call(1, parts)
    assert player.slider.maximum() == 11_000 and player.slider.marks == [5000]
    moments: list[int] = []
    player.engine.position_changed.connect(lambda *_: moments.append(player.slider.value()))
    player.play()
    qtbot.waitUntil(lambda: player.timeline.is_known(0), timeout=10_000)
    qtbot.waitUntil(lambda: player.timeline.is_known(1), timeout=10_000)
    assert player.timeline.lengths == (3000, 4000)
    assert player.slider.maximum() == 7000 and player.slider.marks == [3000]
    assert player.strip.parts[1].start_ms == 3000
    # Played to its end, part 1 goes on with part 2 by itself.
    qtbot.waitUntil(lambda: player.current == 1 and player.engine.is_playing, timeout=10_000)
    qtbot.waitUntil(lambda: player.time_label.text().endswith("/ 0:07"), timeout=3000)
    qtbot.waitUntil(lambda: player.call_position_ms() >= 4000, timeout=5000)
    # The knob never ran backwards on the way.
    assert moments == sorted(moments), moments


def frames(path: Path) -> tuple[tuple[int, int, int], bytes]:
    with wave.open(str(path), "rb") as w:
        fmt = (w.getnchannels(), w.getsampwidth(), w.getframerate())
        return fmt, w.readframes(w.getnframes())


def test_download_as_one_file_joins_the_wav_parts(
    qtbot: QtBot, player: RecordingPlayer, archive: RecordingArchive, share: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    player._ask_folder = lambda _parent: str(folder)
    player.set_archive(archive)
    player.set_call(42, call_3_4())
    assert player.download_joined_action.isEnabled()
    player.download_joined()
    qtbot.waitUntil(lambda: not player.downloading, timeout=10_000)
    assert player.downloaded_files == [folder / "call-42.wav"]
    fmt, joined = frames(folder / "call-42.wav")
    _fmt, first = frames(share / "a3.wav")
    _fmt, second = frames(share / "b4.wav")
    assert fmt == (1, 2, 8000)
    assert len(joined) == 7 * 8000 * 2
    assert joined == first + second
    assert sorted(p.name for p in folder.iterdir()) == ["call-42.wav"]


def test_parts_of_different_formats_are_offered_separately(
    qtbot: QtBot,
    player: RecordingPlayer,
    share: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    player._ask_folder = lambda _parent: str(folder)
    player.set_archive(RecordingArchive(share))
    player.set_call(
        7, [leg(1, "a3.wav", "Петрова Анна", 3), leg(2, "wide.wav", "Сидоров Борис", 2)]
    )
    asked: list[str] = []

    def answer_yes(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    player.download_joined()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "wide.wav is 16000 Hz, 16 bit, 1 channel(s); the first part is 8000 Hz" in asked[0]
    assert "Download the parts as separate files instead?" in asked[0]
    qtbot.waitUntil(
        lambda: not player.downloading and bool(player.downloaded_files), timeout=10_000
    )
    assert sorted(p.name for p in folder.iterdir()) == ["a3.wav", "wide.wav"]


def test_arrow_keys_on_the_slider_move_on_the_call(
    qtbot: QtBot, player: RecordingPlayer, share: Path
) -> None:
    player.set_archive(RecordingArchive(share))
    player.set_call(1, call_3_4())
    positions = Positions(player)
    player.slider.setFocus()
    qtbot.keyClick(player.slider, Qt.Key.Key_Right)  # 5 s on: 2 s into Boris's part
    qtbot.waitUntil(
        lambda: player.current == 1 and player.engine.position_ms() >= 2300, timeout=10_000
    )
    assert min(positions.in_part(1)) >= 1900, positions.seen[:5]


def test_lengths_are_read_from_the_headers_before_libvlc_opens_a_part(
    qtbot: QtBot, player: RecordingPlayer, share: Path
) -> None:
    # Part 1 is missing, so libVLC never opens anything: only the header tells part 2's length.
    player.set_archive(RecordingArchive(share))
    player.set_call(
        1, [leg(1, "missing.wav", "Петрова Анна", 5), leg(2, "b4.wav", "Сидоров Борис", 6)]
    )
    assert player.timeline.lengths == (5000, 6000)
    player.play()
    qtbot.waitUntil(lambda: "not in the recordings folder" in player.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: player.timeline.is_known(1), timeout=5000)
    assert player.timeline.lengths == (5000, 4000)
    assert not player.timeline.is_known(0)
    assert player.slider.maximum() == 9000
    assert player.current == 0 and not player.engine.loaded
