"""DESIGN.md's layering, checked by the suite: ``ui -> app, softphone -> models``. Every
module of ``app`` and ``models`` imports without PySide6 or ``ui``; ``softphone`` loads no
widgets and nothing of ``app`` or ``ui``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def modules(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        if "migrations" in path.parts:
            continue  # Alembic's scripts run under Alembic, not imported
        parts = path.relative_to(ROOT).with_suffix("").parts
        found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def loaded_after_importing(names: list[str]) -> set[str]:
    """The top-level packages a fresh interpreter holds after importing ``names``."""
    code = (
        "import importlib, json, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("package", ["app", "models"])
def test_the_core_loads_no_qt_and_no_ui(package: str) -> None:
    names = modules(package)
    assert len(names) > 5
    loaded = loaded_after_importing(names)
    assert not {m for m in loaded if m == "PySide6" or m.startswith("PySide6.")}
    assert not {m for m in loaded if m == "ui" or m.startswith("ui.")}
    if package == "models":
        assert not {m for m in loaded if m == "app" or m.startswith("app.")}


def test_the_softphone_loads_no_widgets_and_no_app() -> None:
    loaded = loaded_after_importing(modules("softphone"))
    assert "PySide6.QtWidgets" not in loaded
    assert not {m for m in loaded if m in ("app", "ui") or m.startswith(("app.", "ui."))}


def test_the_check_sees_a_widget_import() -> None:
    """The guard itself: importing a module that pulls in widgets is seen."""
    loaded = loaded_after_importing(["PySide6.QtWidgets"])
    assert "PySide6.QtWidgets" in loaded


def test_shared_widgets_do_not_reach_into_a_feature_folder() -> None:
    """The side panel, the player and the pop-up share the call vocabulary and the player
    from ``ui/``, not from the journal's folder: no arrow from them back into the journal."""
    shared = ["ui.player", "ui.call_vocabulary", *modules("ui/call_panel")]
    shared = [name.replace("/", ".") for name in shared]
    loaded = loaded_after_importing(shared)
    assert "ui.call_vocabulary" in loaded
    assert not {m for m in loaded if m == "ui.journal" or m.startswith("ui.journal.")}
