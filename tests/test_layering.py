"""DESIGN.md's layering, checked by the suite: ``ui -> app, softphone -> models``. Every
module of ``app`` and ``models`` imports without PySide6 or ``ui``; ``softphone`` loads no
widgets and nothing of ``app`` or ``ui``."""

from __future__ import annotations

import ast
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


# The softphone's widget-free half: the session and what it uses inside ui/softphone.
SESSION_MODULES = [
    "ui.softphone.session",
    "ui.softphone.journal_entry",
    "ui.softphone.refusals",  # words for the engine's refusals: QtCore only
]


def imported_names(module: str) -> set[str]:
    """Every module ``module``'s source imports, at the top or inside a function (a lazy
    import hides a cycle from an import-time check)."""
    tree = ast.parse((ROOT / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_softphone_session_loads_no_widgets() -> None:
    """The session (engine, audio, caller lookup, journal writing) runs without any widget:
    importing it loads QtCore but not QtWidgets (nor QtGui), and none of the softphone's
    widget modules."""
    loaded = loaded_after_importing(SESSION_MODULES)
    assert "PySide6.QtCore" in loaded and "softphone.engine" in loaded
    assert not {"PySide6.QtWidgets", "PySide6.QtGui"} & loaded
    softphone_ui = {m for m in loaded if m.startswith("ui.softphone.")}
    assert softphone_ui == set(SESSION_MODULES)


def test_no_import_cycle_between_the_session_and_its_widgets() -> None:
    """The widgets import the session, never the other way round, not even lazily; each
    softphone module imports on its own in a fresh interpreter."""
    widget_modules = set(modules("ui/softphone")) - set(SESSION_MODULES) - {"ui.softphone"}
    assert {"ui.softphone.popup", "ui.softphone.alerts", "ui.softphone.panel"} <= widget_modules
    for module in SESSION_MODULES:
        reached = imported_names(module)
        assert not {n for n in reached if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))}
        assert not reached & widget_modules, module
    for module in sorted(widget_modules | set(SESSION_MODULES)):
        assert module in loaded_after_importing([module])


def test_the_import_scan_sees_a_lazy_import() -> None:
    """The guard itself: an import inside a function is seen (the old controller imported
    the pop-up that way)."""
    assert "ui.softphone.session" in imported_names("ui.softphone.popup")
    assert "PySide6.QtWidgets" in imported_names("ui.softphone.alerts")
