"""Texts the core hands to the user, kept translatable without Qt.

A :class:`Message` holds an English template (marked for lupdate with
``QT_TRANSLATE_NOOP("app", ...)``) and its named parameters; ``str()`` gives the English
text, the GUI translates the template (``ui.messages.user_text``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

CONTEXT = "app"


# The name is the one lupdate recognizes in Python sources.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """An English template with ``{name}`` placeholders and their values.

    A value may itself be a Message (a translatable word such as a status name)."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        if not self.params:  # a text without placeholders may hold braces of its own
            return self.template
        return self.template.format(**{k: str(v) for k, v in self.params.items()})


def message(template: str, **params: object) -> Message:
    return Message(template, params)


def verbatim(text: str) -> Message:
    """A text that has no translation (e.g. a driver's own words), as a Message."""
    return Message("{text}", {"text": text})


class UserFacingError(Exception):
    """An error whose text is meant for the user; ``message`` is its translatable form.

    Raised as ``Error(QT_TRANSLATE_NOOP("app", "... {name} ..."), name=value)``."""

    def __init__(self, text: Message | str, **params: object) -> None:
        self.message = text if isinstance(text, Message) else Message(text, params)
        super().__init__(str(self.message))
