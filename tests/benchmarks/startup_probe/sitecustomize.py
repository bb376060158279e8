"""Loaded by ``tests.benchmarks.startup`` into the ``calldesk`` it starts (PYTHONPATH): notes
when the first window paints, when the login and the main window show and when the journal
has rows, as wall-clock times in the JSON file ``CALLDESK_STARTUP_PROBE`` names, then quits.

It changes nothing before the QApplication exists: PySide6.QtWidgets' QApplication is
replaced by a subclass as that module loads, so the app creates the probe itself. A login
form (a window with a "password" field) gets the demo password typed, as a user would.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import time
from types import ModuleType
from typing import Any

# Taken out of the environment: the app's own child processes (the demo line) start Python
# with this PYTHONPATH too and must not write over the app's times.
OUT = os.environ.pop("CALLDESK_STARTUP_PROBE", "")
TIMES: dict[str, float] = {}


def _note(name: str) -> None:
    if name not in TIMES:
        TIMES[name] = time.time()
        with open(OUT, "w", encoding="utf-8") as f:
            json.dump(TIMES, f)


def _install(app: Any) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QLineEdit,
        QMainWindow,
        QWidget,
    )

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            paint = event.type() == QEvent.Type.Paint
            if paint and isinstance(watched, QWidget) and watched.isWindow():
                _note("first_window")
            return False

    typed: set[int] = set()

    def poll() -> None:
        for window in QApplication.topLevelWidgets():
            if not window.isVisible():
                continue
            password = window.findChild(QLineEdit, "password")
            if password is not None and password.isVisible():
                _note("login_shown")
                if id(window) not in typed:
                    typed.add(id(window))
                    password.setText("demo")
                    accept = getattr(window, "accept", None)
                    if callable(accept):
                        QTimer.singleShot(0, accept)
            if isinstance(window, QMainWindow):
                _note("main_window_shown")
                table = window.findChild(QAbstractItemView, "journal_table")
                if table is not None and table.isVisible() and table.model().rowCount() > 0:
                    _note("journal_rows")
                    QTimer.singleShot(0, QApplication.quit)

    watch = Watch(app)
    app.installEventFilter(watch)
    timer = QTimer(app)
    timer.timeout.connect(poll)
    timer.start(10)
    app._startup_probe = (watch, timer)


def _patch(module: ModuleType) -> None:
    base: Any = module.QApplication

    class ProbedApplication(base):  # type: ignore[misc]
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            _install(self)

    module.QApplication = ProbedApplication  # type: ignore[attr-defined]


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        module: ModuleType | None = self.inner.create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        _patch(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


if OUT:
    _note("probe_loaded")
    sys.meta_path.insert(0, _Finder())
