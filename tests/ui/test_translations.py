"""Every tr() string of ui/ and every QT_TRANSLATE_NOOP message of app/ is translated:
Russian (the users' language) and Ukrainian completely, English as the identity (so
switching to it works like any other language)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ui import resources
from ui.application import SUPPORTED_LANGUAGES, install_translations

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
LANGUAGE_NAMES = {"ru": "Russian", "uk": "Ukrainian", "en": "English"}
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _sources() -> list[str]:
    """The GUI's tr() strings and the core's QT_TRANSLATE_NOOP("app", ...) messages."""
    return sorted(str(p) for package in ("ui", "app") for p in (ROOT / package).rglob("*.py"))


def _messages(ts: Path) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every live message."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            yield (
                context.findtext("name") or "",
                message.findtext("source") or "",
                translation.text,
                kind,
            )


def _updated_copy(language: str, tmp_path: Path) -> Path:
    """The committed .ts with the strings of today's sources added by lupdate (as
    "unfinished" when they are new)."""
    current = tmp_path / f"calldesk_{language}.ts"
    shutil.copy(resources.path("translations", f"calldesk_{language}.ts"), current)
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", *_sources(), "-ts", str(current)],
        check=True,
        capture_output=True,
    )
    return current


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_ui_string_is_translated(language: str, tmp_path: Path) -> None:
    untranslated = []
    total = 0
    for context, source, text, kind in _messages(_updated_copy(language, tmp_path)):
        total += 1
        if kind == "unfinished" or not (text or "").strip():
            untranslated.append(f"{context}: {source!r}")
    assert total > 100
    assert not untranslated, f"no {LANGUAGE_NAMES[language]} translation for:\n" + "\n".join(
        untranslated
    )


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    ts = resources.path("translations", f"calldesk_{language}.ts")
    wrong = [
        f"{context}: {source!r} -> {text!r}"
        for context, source, text, _kind in _messages(ts)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text or ""))
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_english_is_the_identity() -> None:
    ts = resources.path("translations", "calldesk_en.ts")
    differ = [s for _c, s, text, _k in _messages(ts) if text != s]
    assert not differ


def test_ukrainian_is_not_russian() -> None:
    ru = {(c, s): t for c, s, t, _k in _messages(resources.path("translations", "calldesk_ru.ts"))}
    uk = {(c, s): t for c, s, t, _k in _messages(resources.path("translations", "calldesk_uk.ts"))}
    same = [
        key for key, text in uk.items() if text and text == ru.get(key) and re.search("[а-я]", text)
    ]
    # Some words are spelled the same in both (Телефон, Номер, Статус...), most are not.
    assert len(same) < len(uk) // 5, same


def _compile(language: str, target: Path) -> Path:
    qm = target / f"calldesk_{language}.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            str(resources.path("translations", f"calldesk_{language}.ts")),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
    )
    return qm


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            {
                ("MainWindow", "Call journal"): "Журнал звонков",
                ("journal", "No answer"): "Нет ответа",
                ("JournalForm", 'Remove "No answer" mark'): "Снять метку «Без ответа»",
                ("SettingsDialog", "Interface language:"): "Язык интерфейса:",
            },
        ),
        (
            "uk",
            {
                ("MainWindow", "Call journal"): "Журнал дзвінків",
                ("journal", "No answer"): "Немає відповіді",
                ("JournalForm", 'Remove "No answer" mark'): "Зняти позначку «Без відповіді»",
                ("SettingsDialog", "Interface language:"): "Мова інтерфейсу:",
            },
        ),
    ],
)
def test_translation_compiles_and_translates(
    qtbot: QtBot, tmp_path: Path, language: str, expected: dict[tuple[str, str], str]
) -> None:
    qm = _compile(language, tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        for (context, source), text in expected.items():
            assert QCoreApplication.translate(context, source) == text
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Call journal") == "Call journal"


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_chosen_language_is_installed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    (tmp_path / "translations").mkdir()
    _compile(language, tmp_path / "translations")
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    installed = install_translations(app, language)
    try:
        assert QLocale().name().startswith(language)
        assert QCoreApplication.translate("MainWindow", "Reports") != "Reports"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
    assert install_translations(app, "en") == []  # English: the source strings themselves


@pytest.mark.parametrize(
    ("language", "look_in", "files_of_type"),
    [("ru", "&Перейти к:", "&Типы файлов:"), ("uk", "&Перегляд в:", "&Тип файлів:")],
    ids=["ru", "uk"],
)
def test_qt_file_dialogs_speak_the_chosen_language(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    look_in: str,
    files_of_type: str,
) -> None:
    """Qt's qtbase catalogue is installed, and ours adds what it lacks ("Look in:" and "Files
    of type:" gained mnemonics in Qt 6; qtbase_ru/uk.qm translate only the old texts)."""
    (tmp_path / "translations").mkdir()
    _compile(language, tmp_path / "translations")
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    installed = install_translations(app, language)
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
    assert {look_in, files_of_type} <= labels
    assert not {t for t in labels | buttons if re.search("[A-Za-z]", t)}, labels | buttons


def test_russian_spells_yo_in_eyo_and_eshchyo() -> None:
    """One spelling: "её", "ещё" (never "ее", "еще"), in the translation and the guide."""
    pattern = re.compile(r"(?<![а-яё])(ее|еще)(?![а-яё])", re.IGNORECASE)
    texts = [
        t or "" for _c, _s, t, _k in _messages(resources.path("translations", "calldesk_ru.ts"))
    ]
    texts += [p.read_text("utf-8") for p in resources.path("guide", "ru").glob("*.md")]
    wrong = [m.group(0) for text in texts for m in pattern.finditer(text)]
    assert not wrong
