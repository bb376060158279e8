"""Windows-only build inputs made from the sources: the version resource and the .ico.

The spec calls these on Windows; tests call them everywhere (the .ico is drawn by Qt from
resources/icons/calldesk.svg, the version comes from the package).
"""

from __future__ import annotations

import re
from pathlib import Path

VERSION_INFO = """\
# UTF-8. PyInstaller's Windows version resource, written by packaging/windows_files.py.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('041904B0', [
        StringStruct('CompanyName', 'CallDesk'),
        StringStruct('FileDescription', 'CallDesk — call journal, recordings, clients, softphone'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', 'calldesk'),
        StringStruct('LegalCopyright', 'CallDesk'),
        StringStruct('OriginalFilename', 'calldesk.exe'),
        StringStruct('ProductName', 'CallDesk'),
        StringStruct('ProductVersion', '{version}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0419, 1200])])
  ]
)
"""

ICON_SIZE = 256


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> (0, 1, 0, 0); suffixes such as ``rc1`` or ``.dev3`` are dropped."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def write_version_info(version: str, target: Path) -> Path:
    text = VERSION_INFO.format(numbers=version_numbers(version), version=version)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def write_icon(svg: Path, target: Path) -> Path:
    """Render the SVG icon into a multi-size .ico (the executable's and the installer's)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])  # Qt draws only while an application exists
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Qt's ICO writer stores one image; Windows scales a 256 px one down well.
    image = QImage(ICON_SIZE, ICON_SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    writer = QImageWriter(str(target), b"ico")
    if not writer.write(image):
        raise OSError(f"cannot write {target}: {writer.errorString()}")
    return target
