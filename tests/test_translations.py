"""Russian is the users' language: every tr() string must have a Russian translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from ui import resources

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))


def test_every_ui_string_has_a_russian_translation(tmp_path: Path) -> None:
    committed = resources.path("translations", "calldesk_ru.ts")
    current = tmp_path / "calldesk_ru.ts"
    shutil.copy(committed, current)
    # lupdate adds strings that are new in the sources as "unfinished".
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", *_sources(), "-ts", str(current)],
        check=True,
        capture_output=True,
    )
    untranslated = []
    total = 0
    for context in ET.parse(current).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            total += 1
            if kind == "unfinished" or not (translation.text or "").strip():
                source = message.findtext("source")
                untranslated.append(f"{context.findtext('name')}: {source!r}")
    assert total > 100
    assert not untranslated, "no Russian translation for:\n" + "\n".join(untranslated)


def test_russian_translation_compiles_and_translates(qtbot: QtBot, tmp_path: Path) -> None:
    qm = tmp_path / "calldesk_ru.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            str(resources.path("translations", "calldesk_ru.ts")),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
    )
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Call journal") == "Журнал звонков"
        assert QCoreApplication.translate("journal", "No answer") == "Нет ответа"
        assert (
            QCoreApplication.translate("JournalForm", 'Remove "No answer" mark')
            == "Снять метку «Без ответа»"
        )
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Call journal") == "Call journal"
