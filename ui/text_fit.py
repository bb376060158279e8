"""Widths that show a widget's hint text whole (a line edit's placeholder)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLineEdit

EDIT_PADDING = 12  # the frame and the text margins
CLEAR_BUTTON = 22


def placeholder_width(edit: QLineEdit, hints: Iterable[str] = ()) -> int:
    """The width at which ``edit`` shows its placeholder (or the widest of ``hints``, the
    placeholders it may get later) whole, with its clear button if it has one."""
    texts = [edit.placeholderText(), *hints]
    wide = max(edit.fontMetrics().horizontalAdvance(t) for t in texts)
    return wide + EDIT_PADDING + (CLEAR_BUTTON if edit.isClearButtonEnabled() else 0)
