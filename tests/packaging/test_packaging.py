"""Packaging inputs: the Windows version resource and icon, the Linux launcher entry, the
runtime hook that points python-vlc at the bundled libVLC. (The bundle itself is built and
self-tested by scripts/build_bundle.sh in CI.)"""

from __future__ import annotations

import configparser
import os
import runpy
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import windows_files  # noqa: E402  (packaging/ is not a package: the spec runs it by path)


def _record(kind: str) -> Any:
    return lambda *args, **kwargs: (kind, args, kwargs)


def test_version_numbers_come_from_the_package_version() -> None:
    assert windows_files.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert windows_files.version_numbers("2.10.3rc1") == (2, 10, 3, 0)
    assert windows_files.version_numbers("1.2.dev3+g1234") == (1, 2, 3, 0)
    assert windows_files.version_numbers("7") == (7, 0, 0, 0)


def test_windows_version_resource_is_what_pyinstaller_reads(tmp_path: Path) -> None:
    path = windows_files.write_version_info(__version__, tmp_path / "version_info.txt")
    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    # PyInstaller evaluates this file with its version classes; the same shape here.
    info = eval(path.read_text(encoding="utf-8"), {name: _record(name) for name in names})
    kind, _args, fields = info
    assert kind == "VSVersionInfo"
    assert fields["ffi"][2]["filevers"] == windows_files.version_numbers(__version__)
    strings = dict(s[1] for s in fields["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "calldesk.exe"


def test_windows_icon_is_drawn_from_the_svg(tmp_path: Path) -> None:
    ico = windows_files.write_icon(
        ROOT / "resources" / "icons" / "calldesk.svg", tmp_path / "a.ico"
    )
    image = QImage(str(ico))
    assert not image.isNull()
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 128).alpha() == 255  # drawn, not an empty square


def test_linux_desktop_entry_and_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "calldesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "calldesk"
    assert desktop["Icon"] == "calldesk"
    assert desktop["Terminal"] == "false"
    assert "Журнал" in desktop["GenericName[ru]"]
    assert QSvgRenderer(str(ROOT / "resources" / "icons" / "calldesk.svg")).isValid()


def test_inno_setup_script_installs_the_bundle() -> None:
    iss = (PACKAGING / "windows" / "calldesk.iss").read_text(encoding="utf-8")
    assert r'Source: "{#Root}\dist\calldesk\*"' in iss
    assert "{#AppVersion}" in iss and "#error" in iss  # the version is given, never guessed
    assert "calldesk.exe" in iss
    assert 'MessagesFile: "compiler:Languages\\Russian.isl"' in iss


def _run_hook(monkeypatch: pytest.MonkeyPatch, base: Path) -> dict[str, str | None]:
    monkeypatch.setattr(sys, "_MEIPASS", str(base), raising=False)
    for name in ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH"):
        # setenv first: monkeypatch then restores the variable's absence after the test
        # (the hook sets it behind monkeypatch's back; later tests must not inherit it).
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    runpy.run_path(str(PACKAGING / "rthook_vlc.py"))
    return {
        name: os.environ.get(name)
        for name in ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")
    }


@pytest.mark.skipif(sys.platform.startswith("win"), reason="the Linux library name")
def test_runtime_hook_points_python_vlc_at_the_bundled_libvlc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "libvlc.so.5").write_bytes(b"")
    (tmp_path / "vlc" / "plugins").mkdir(parents=True)
    found = _run_hook(monkeypatch, tmp_path)
    assert found["PYTHON_VLC_LIB_PATH"] == str(tmp_path / "libvlc.so.5")
    assert found["PYTHON_VLC_MODULE_PATH"] == str(tmp_path / "vlc" / "plugins")
    assert found["VLC_PLUGIN_PATH"] == str(tmp_path / "vlc" / "plugins")


def test_runtime_hook_leaves_a_bundle_without_libvlc_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert set(_run_hook(monkeypatch, tmp_path).values()) == {None}


def test_the_hook_left_no_trace() -> None:
    # Runs after the hook tests (file order): a leaked variable breaks every later libVLC.
    assert "PYTHON_VLC_LIB_PATH" not in os.environ
