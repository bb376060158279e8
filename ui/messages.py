"""The user's language for the core's messages (app.messages): translate, then format."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import CONTEXT, Message, UserFacingError


def user_text(item: BaseException | Message | str) -> str:
    """The text of an app error or message in the installed language; other errors and
    plain strings as they are."""
    if isinstance(item, UserFacingError):
        item = item.message
    if isinstance(item, Message):
        params = {
            name: user_text(value) if isinstance(value, Message) else value
            for name, value in item.params.items()
        }
        text = QCoreApplication.translate(CONTEXT, item.template)
        return text.format(**params) if params else text
    return str(item)
