"""Resolving and fetching recordings from a folder and from a local HTTP server with Range."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.recordings import (
    EMPTY_WAV_BYTES,
    WAV_HEADER_PROBE_BYTES,
    NoRecordingsBase,
    RecordingArchive,
    RecordingEmpty,
    RecordingMissing,
    RecordingUnreachable,
    TargetExists,
    UnsafeReference,
    check_reference,
    download_names,
    wav_length_from_header,
)
from tests.support.recording_server import serve_recordings, write_wav

REF = "2026/11/20/in-301-79161234567-20261120-101500-1763622900.12.wav"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    write_wav(root / REF, 6)
    (root / "empty.wav").write_bytes(b"RIFF" + bytes(EMPTY_WAV_BYTES - 4))
    return root


@pytest.mark.parametrize(
    "ref",
    [
        "../etc/passwd",
        "a/../../b.wav",
        "a\\..\\b.wav",
        "/var/spool/asterisk/monitor/x.wav",
        "\\\\server\\share\\x.wav",
        "C:\\rec\\x.wav",
        "c:x.wav",
        "http://evil.example/x.wav",
        "",
        "  ",
        None,
    ],
)
def test_unsafe_or_empty_references_are_refused(ref: str | None, share: Path) -> None:
    with pytest.raises(UnsafeReference):
        check_reference(ref)
    with pytest.raises(UnsafeReference):
        RecordingArchive(share).locate(ref)


def test_locate_in_folder_and_url(share: Path) -> None:
    folder = RecordingArchive(share).locate("demo/./rec-01.wav")
    assert folder.path == share / "demo" / "rec-01.wav" and folder.url is None
    web = RecordingArchive("https://pbx.example/rec").locate("2026/11/a b.wav")
    assert web.url == "https://pbx.example/rec/2026/11/a%20b.wav" and web.path is None
    assert RecordingArchive(f"file://{share}").locate(REF).path == share / REF
    with pytest.raises(NoRecordingsBase):
        RecordingArchive("").locate(REF)


def test_folder_check_missing_empty_and_download(share: Path, tmp_path: Path) -> None:
    archive = RecordingArchive(share)
    location = archive.locate(REF)
    size = archive.check(location)
    assert size == (share / REF).stat().st_size
    with pytest.raises(RecordingMissing, match="not in the recordings folder"):
        archive.check(archive.locate("2026/11/20/nope.wav"))
    with pytest.raises(RecordingEmpty, match="empty"):
        archive.check(archive.locate("empty.wav"))

    seen: list[tuple[int, int]] = []
    target = tmp_path / "out" / location.file_name
    assert archive.download(location, target, progress=lambda d, t: seen.append((d, t))) == size
    assert target.read_bytes() == (share / REF).read_bytes()
    assert seen[-1] == (size, size)
    with pytest.raises(TargetExists):
        archive.download(location, target)
    target.write_bytes(b"old")
    archive.download(location, target, overwrite=True)
    assert target.read_bytes() == (share / REF).read_bytes()
    assert not list(target.parent.glob(".*part"))


def test_http_check_404_empty_download(share: Path, tmp_path: Path) -> None:
    big = write_wav(share / "long.wav", 40)  # > several chunks
    with serve_recordings(share) as server:
        archive = RecordingArchive(server.base_url, timeout=3)
        location = archive.locate(REF)
        assert archive.check(location) == (share / REF).stat().st_size
        assert server.log.requests[-1][2] == "bytes=0-0"  # the check asks one byte, not all
        with pytest.raises(RecordingMissing, match="404"):
            archive.check(archive.locate("2026/11/20/nope.wav"))
        with pytest.raises(RecordingEmpty):
            archive.check(archive.locate("empty.wav"))
        chunks: list[int] = []
        target = tmp_path / "dl" / "long.wav"
        size = archive.download(
            archive.locate("long.wav"), target, progress=lambda d, _t: chunks.append(d)
        )
        assert size == big.stat().st_size and target.read_bytes() == big.read_bytes()
        assert len(chunks) > 5 and chunks == sorted(chunks)


def test_http_timeout_and_unreachable(share: Path) -> None:
    with serve_recordings(share, delay=3) as server:
        archive = RecordingArchive(server.base_url, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(RecordingUnreachable, match=r"did not answer within 0\.5 s"):
            archive.check(archive.locate(REF))
        assert time.monotonic() - started < 2.5
        port = server.server_address[1]
    gone = RecordingArchive(f"http://127.0.0.1:{port}/records/", timeout=1)
    with pytest.raises(RecordingUnreachable, match="cannot be reached"):
        gone.check(gone.locate(REF))


def test_download_names_never_collide() -> None:
    names = download_names([(1, "a/rec.wav"), (2, "b/rec.wav"), (3, "c/other.wav")])
    assert names == {1: "part1-rec.wav", 2: "part2-rec.wav", 3: "other.wav"}


def test_wav_length_from_the_header_in_a_folder_and_over_http(share: Path) -> None:
    write_wav(share / "seven.wav", 7, rate=16000)
    (share / "notes.mp3").write_bytes(b"ID3\x04" + bytes(2000))
    folder = RecordingArchive(share)
    assert folder.wav_length_ms(folder.locate(REF)) == 6000
    assert folder.wav_length_ms(folder.locate("seven.wav")) == 7000
    assert folder.wav_length_ms(folder.locate("notes.mp3")) is None
    with pytest.raises(RecordingMissing):
        folder.wav_length_ms(folder.locate("nothere.wav"))
    with serve_recordings(share) as server:
        http = RecordingArchive(server.base_url, timeout=3)
        assert http.wav_length_ms(http.locate("seven.wav")) == 7000
        assert http.wav_length_ms(http.locate("notes.mp3")) is None
        # Only the header travels, not the sound.
        assert server.log.requests[-1][2] == f"bytes=0-{WAV_HEADER_PROBE_BYTES - 1}"


def test_a_header_left_unfinished_by_the_recorder_is_bounded_by_the_file_size(
    tmp_path: Path,
) -> None:
    data = write_wav(tmp_path / "live.wav", 2).read_bytes()
    # A recorder still writing puts a huge (or zero) data size in the header.
    for claimed in (0xFFFFFFF0, 0):
        head = data[:40] + claimed.to_bytes(4, "little") + data[44:]
        assert wav_length_from_header(head[:WAV_HEADER_PROBE_BYTES], len(data)) == 2000
    assert wav_length_from_header(data[:WAV_HEADER_PROBE_BYTES], 0) == 2000
    assert wav_length_from_header(b"RIFF", 4) is None
