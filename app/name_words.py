"""Finding names by the start of a word: the rule of every name search line.

A name matches a text when it has the text (case-insensitively) and either starts with it
or has a word starting with each of the text's words of MIN_WORD letters or more. Names
that have the text only inside a word are found only when no name matches so (as numbers
are found by their end first, inside only when none ends so). On MariaDB/MySQL the words'
starts come from the names' FULLTEXT index (migration 0028); SQLite reads the names.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, and_
from sqlalchemy.dialects.mysql import match

_WORD = re.compile(r"\w+")
# MariaDB's innodb_ft_min_token_size: shorter words are not in a FULLTEXT index.
MIN_WORD = 3


def search_words(text: str) -> list[str]:
    """The words of a search text that a name's words must start with (casefolded)."""
    return [w for w in _WORD.findall(text.casefold()) if len(w) >= MIN_WORD]


def starts_words(name: str, words: list[str]) -> bool:
    """Whether each of ``words`` starts some word of ``name``."""
    own = _WORD.findall(name.casefold())
    return bool(words) and all(any(o.startswith(w) for o in own) for w in words)


def word_start_condition(column: Any, text: str) -> ColumnElement[bool] | None:
    """MariaDB/MySQL: names with a word starting with each word of ``text`` and having the
    text itself, through the column's FULLTEXT index; None when the text has no word long
    enough for the index."""
    words = search_words(text)
    if not words:
        return None
    against = " ".join(f"+{w}*" for w in words)
    return and_(
        match(column, against=against).in_boolean_mode(),
        column.contains(text, autoescape=True),
    )
