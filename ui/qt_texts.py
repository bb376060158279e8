"""Texts of Qt's own dialogs that Qt's qtbase_ru / qtbase_uk catalogues do not translate (Qt 6
added mnemonics to some source strings, the catalogues still carry the old ones, and the file
dialog's Type column has none). Listed here so lupdate keeps them in our .ts files: our
translator is installed after Qt's, so it is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import QT_TRANSLATE_NOOP

QT_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def disambiguated_texts() -> tuple[str, ...]:
    """Qt's texts with a disambiguation, as translate() calls: lupdate reads them from here (it
    has no QT_TRANSLATE_NOOP3 for Python); a test calls it to check the translations."""
    return (
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"
        ),
    )
