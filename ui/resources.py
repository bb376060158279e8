"""One accessor for bundled resources (icons, translations, sounds, style), source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


def icon(name: str) -> QIcon:
    return QIcon(str(path("icons", f"{name}.svg")))
