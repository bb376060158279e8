"""Texts of Qt's own dialogs that Qt's qtbase_ru / qtbase_uk catalogues do not translate (Qt 6
added mnemonics to these source strings; the catalogues still carry the old ones). Listed here so
lupdate keeps them in our .ts files: our translator is installed after Qt's, so it is asked first.
"""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

QT_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
