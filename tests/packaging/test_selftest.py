"""``calldesk --selftest``: the whole command in a fresh process, and each check's failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from tests.conftest import MemoryKeyring
from ui import selftest

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_command_passes_every_check(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CALLDESK_CONFIG_DIR": str(tmp_path / "config"),
        "CALLDESK_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "ui.main", "--selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    for name, _check in selftest.CHECKS:
        assert f"ok    {name}: " in out
    assert "played selftest.wav" in out
    assert "SIP call to itself on 127.0.0.1:" in out and "answered and hung up" in out
    assert out.rstrip().endswith("selftest: all checks passed")
    # pjlib's start-up chatter is hidden, also when it is flushed at exit.
    assert "pjlib" not in out + done.stderr
    assert "Traceback" not in done.stderr


def test_a_failed_check_is_named_and_makes_the_exit_code_nonzero(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(_tmp: Path) -> str:
        raise selftest.CheckFailed("libfoo is not installed")

    def fine(_tmp: Path) -> str:
        return "all right"

    code = selftest.run_selftest([("first", fine), ("foo support", broken), ("last", fine)])
    out = capsys.readouterr().out
    assert code == 1
    assert "ok    first: all right" in out
    assert "FAIL  foo support: CheckFailed: libfoo is not installed" in out
    assert "ok    last: all right" in out  # one failure does not hide the others
    assert "selftest: FAILED: 1 check(s): foo support" in out


def test_player_check_really_plays_the_bundled_wav(tmp_path: Path) -> None:
    detail = selftest.check_player(tmp_path)
    assert "played selftest.wav (1500 ms)" in detail
    assert "dummy audio output" in detail


def test_player_check_says_when_the_sound_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import resources

    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    with pytest.raises(selftest.CheckFailed, match=r"bundled sound .*selftest\.wav is missing"):
        selftest.check_player(tmp_path)


def test_player_check_says_when_libvlc_cannot_decode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import resources

    (tmp_path / "sounds").mkdir()
    (tmp_path / "sounds" / "selftest.wav").write_bytes(b"RIFF\x00\x00not a wave at all" * 10)
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    monkeypatch.setattr(selftest, "PLAY_TIMEOUT", 3.0)
    with pytest.raises(selftest.CheckFailed, match=r"selftest\.wav"):
        selftest.check_player(tmp_path)


def test_keyring_check_reads_through_the_configured_backend(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    assert selftest.check_keyring(tmp_path) == "read through tests.conftest.MemoryKeyring"


def test_keyring_check_only_warns_without_a_keyring_daemon(tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    detail = selftest.check_keyring(tmp_path)
    assert detail.startswith("WARNING: no usable system keyring")
    assert "passwords are asked" in detail


def test_keyring_check_fails_when_the_os_backend_is_not_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "_platform_keyring_backend", lambda: "keyring.backends.Nope")
    with pytest.raises(selftest.CheckFailed, match=r"keyring backend keyring\.backends\.Nope"):
        selftest.check_keyring(tmp_path)


def test_migration_and_drivers_checks(tmp_path: Path) -> None:
    assert selftest.check_migration(tmp_path).startswith("schema revision ")
    assert "PyMySQL" in selftest.check_drivers(tmp_path)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux: reads /proc/self/maps")
def test_inside_a_bundle_a_system_libvlc_is_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Here libVLC comes from the system; pretending to be a bundle in tmp_path must catch it.
    from ui import resources

    real = resources.root()
    monkeypatch.setattr(resources, "root", lambda: real)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(selftest.CheckFailed, match="libVLC was loaded from outside the bundle"):
        selftest.check_player(tmp_path)


def test_resources_check_names_a_missing_translation_or_guide_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import resources

    assert "user guide: 10 pages" in selftest.check_resources(tmp_path)
    real = resources.root()
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    with pytest.raises(selftest.CheckFailed, match=r"the ru translation .* missing or broken"):
        selftest.check_resources(tmp_path)
    (tmp_path / "translations").mkdir()
    for qm in (real / "translations").glob("*.qm"):
        (tmp_path / "translations" / qm.name).write_bytes(qm.read_bytes())
    (tmp_path / "guide" / "ru").mkdir(parents=True)
    (tmp_path / "guide" / "ru" / "journal.md").write_text("# Журнал звонков\n", "utf-8")
    with pytest.raises(
        selftest.CheckFailed, match="user guide pages missing: callbacks, events, player, "
    ):
        selftest.check_resources(tmp_path)


def test_resources_check_needs_qts_own_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.application

    assert "(and Qt's)" in selftest.check_resources(tmp_path)
    monkeypatch.setattr(ui.application, "qt_translations_dir", lambda: str(tmp_path))
    with pytest.raises(selftest.CheckFailed, match=r"Qt's ru translation qtbase_ru.qm is missing"):
        selftest.check_resources(tmp_path)


def test_demo_line_check_starts_the_line_as_the_demo_does_and_it_quits(tmp_path: Path) -> None:
    detail = selftest.check_demo_line(tmp_path)
    assert detail.startswith("listened on 127.0.0.1:") and detail.endswith("and quit")


def test_icons_check_draws_an_icon_and_names_a_missing_or_broken_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import icons, resources

    assert selftest.check_icons() == f"{len(icons.names())} icons"
    real = resources.root()
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    icons._source.cache_clear()
    with pytest.raises(selftest.CheckFailed, match="the icon set is missing"):
        selftest.check_icons()
    (tmp_path / "icons").mkdir()
    for svg in (real / "icons").glob("*.svg"):
        (tmp_path / "icons" / svg.name).write_bytes(svg.read_bytes())
    (tmp_path / "icons" / "call.svg").write_text("<svg", "utf-8")
    icons._source.cache_clear()
    try:
        with pytest.raises(selftest.CheckFailed, match="'call' is not a valid SVG"):
            selftest.check_icons()
    finally:
        icons._source.cache_clear()
