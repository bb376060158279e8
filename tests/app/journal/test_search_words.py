"""The search line's rule for names, on SQLite (names read in Python) and MariaDB (a prefix
through the name index, words' starts through the FULLTEXT index): names starting with the
text or having each of its words at a word's start; inside a word only when none does."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import insert, select

from app.database import Database
from app.journal.filter import JournalFilter
from app.journal.search import resolve_search
from models import Client, ContactPerson

pytestmark = pytest.mark.seed(calls=300, clients=60, days=5)

AT = datetime(2026, 11, 1, 9, 0)
NAMES = {
    "prefix": "Зюзяков Пётр",
    "word": "Пётр Зюзякович",
    "inside": "Мегазюзя и партнёры",
    "hyphen": "ООО «Зюзя-2000»",
    "both_words": "Зюзя Плюс 2000",
    "company": "ООО «Ворклюква»",
}


def search(db: Database, text: str) -> set[str]:
    base = JournalFilter(AT, AT)
    with db.engine.connect() as conn:
        match = resolve_search(conn, replace(base, search=text))
        assert match is not None and not match.capped
        names = dict(conn.execute(select(Client.id, Client.display_name)).all())
    return {key for key, name in NAMES.items() for i in match.client_ids if names[i] == name}


def test_names_are_found_by_a_word_s_start_and_inside_words_only_failing_that(
    db: Database,
) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            insert(Client),
            [
                {"display_name": name, "kind": "company", "custom_fields": {}, "version": 1,
                 "created_at": AT, "updated_at": AT}
                for name in NAMES.values()
            ],
        )  # fmt: skip
        company = conn.scalar(select(Client.id).where(Client.display_name == NAMES["company"]))
        assert company is not None
        conn.execute(insert(ContactPerson).values(client_id=company, full_name="Клюквина Анфиса"))
    assert search(db, "зюзя") == {"prefix", "word", "hyphen", "both_words"}
    assert search(db, "ЗЮЗЯКОВ") == {"prefix", "word"}  # any case, a word's start
    assert search(db, "газюз") == {"inside"}  # nothing starts with it: inside words
    assert search(db, "Зюзя-2000") == {"hyphen"}  # both words, and the text itself
    assert search(db, "плюс 2000") == {"both_words"}
    assert search(db, "зюзя 2000") == set()  # its words are there, the text is not
    assert search(db, "пётр зюзяк") == {"word"}
    assert search(db, "клюкв") == {"company"}  # the contact person's name finds the company
    assert search(db, "ворклюк") == {"company"}
    assert search(db, "нет такого имени") == set()
