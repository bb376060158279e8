"""The QApplication of CallDesk: names, settings location, translations, style."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app import __version__
from app.config import config_dir, load_settings
from ui import resources, style

SUPPORTED_LANGUAGES = ("ru", "uk", "en")
# Qt's own dialogs (file dialogs, message box buttons, context menus); our catalogue fills its
# gaps (ui/qt_texts.py).
QT_CATALOGUE = "qtbase"


def configure_settings() -> None:
    """Workstation UI state (geometry...) goes next to settings.json, as an INI file."""
    QCoreApplication.setOrganizationName("CallDesk")
    QCoreApplication.setApplicationName("CallDesk")
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config_dir()))


def choose_language(requested: str | None) -> str:
    if requested in SUPPORTED_LANGUAGES:
        return requested
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED_LANGUAGES else "en"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and CallDesk's translations; English needs none."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    QLocale.setDefault(QLocale(language))
    qt = QTranslator(app)
    if qt.load(f"{QT_CATALOGUE}_{language}", qt_translations_dir()):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    qm = resources.path("translations", f"calldesk_{language}.qm")
    if qm.exists() and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def create_application(language: str | None = None, theme: str | None = None) -> QApplication:
    """The application in ``language`` (None: the system's) and ``theme`` ("" as the system,
    "light", "dark"; None: the palette is left as it is)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_settings()
    lang = choose_language(language)
    install_translations(app, lang)
    app.setStyle(style.CallDeskStyle())
    style.apply(app, theme)
    return app


def saved_language() -> str | None:
    """The language chosen in Settings; None: the system's (also when the file is broken,
    which the connection step reports)."""
    try:
        return load_settings().language or None
    except ValueError:
        return None


def saved_theme() -> str:
    """The theme chosen in Settings ("" as the system, also when the file is broken)."""
    try:
        return load_settings().theme
    except ValueError:
        return ""
