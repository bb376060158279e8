"""The journal's search line: find the numbers, clients and employees first, then their calls.

Phone digits match numbers by suffix through the reversed-digits index (all time); only when
no number ends with the digits, a substring search runs over the numbers of the period, with
a server-side time limit. Text matches client names, contact persons and employee names.
Each kind of match is capped at :data:`SEARCH_KEY_CAP` keys so a one-letter search stays fast;
:attr:`SearchMatch.capped` tells the user to type more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Select, exc, select
from sqlalchemy.orm import InstrumentedAttribute

from app.journal.filter import JournalFilter
from app.name_words import search_words, starts_words, word_start_condition
from app.phones import phone_digits
from models import Call, Client, ContactPerson, Employee

SEARCH_KEY_CAP = 50
# The substring search over a period's numbers is a scan; the server stops it after this.
SUBSTRING_TIMEOUT_SECONDS = 3.0
MIN_SUBSTRING_DIGITS = 3
_PHONE_TEXT = re.compile(r"^[\d\s+()\-.]+$")


class SearchTimeout(RuntimeError):
    """The search took too long on the server; the message says how to narrow it."""


@dataclass(frozen=True)
class SearchMatch:
    """What the search text matched; the journal then lists the calls of these keys."""

    text: str
    is_phone: bool
    numbers: tuple[str, ...] = ()
    client_ids: tuple[int, ...] = ()
    employee_ids: tuple[int, ...] = ()
    capped: bool = False
    substring: bool = False

    @property
    def empty(self) -> bool:
        return not (self.numbers or self.client_ids or self.employee_ids)

    def note(self) -> str | None:
        """A hint for the user, or None when the search matched everything it could."""
        if self.capped:
            return (
                f"More than {SEARCH_KEY_CAP} numbers, clients or employees match; "
                "only the calls of the first ones are shown. Type more to narrow the search."
            )
        if self.substring:
            return "No number ends with these digits; showing numbers that contain them."
        return None


def is_phone_text(text: str) -> bool:
    return bool(_PHONE_TEXT.match(text)) and any(ch.isdigit() for ch in text)


def resolve_search(conn: Connection, flt: JournalFilter) -> SearchMatch | None:
    """The keys the filter's search text matches, or None when there is no search."""
    text = flt.search_text
    if not text:
        return None
    if is_phone_text(text):
        return _match_phone(conn, flt, phone_digits(text))
    return _match_names(conn, text)


def number_suffix_statement(d: str) -> Select[str, str]:
    """Distinct numbers ending with the digits, through the reversed-digits index."""
    # Grouping by the whole index reads it as a loose index scan: one step per number.
    return (
        select(Call.number_reversed, Call.external_number)
        .where(Call.number_reversed.startswith(d[::-1]))
        .group_by(Call.number_reversed, Call.external_number)
        .order_by(Call.number_reversed, Call.external_number)
        .limit(SEARCH_KEY_CAP + 1)
    )


def _match_phone(conn: Connection, flt: JournalFilter, d: str) -> SearchMatch:
    rows = conn.execute(number_suffix_statement(d)).all()
    numbers = [row.external_number for row in rows]
    substring = False
    if not numbers and len(d) >= MIN_SUBSTRING_DIGITS:
        substring = True
        with _time_limit(conn):
            numbers = list(
                conn.scalars(
                    select(Call.external_number)
                    .where(
                        Call.started_at >= flt.period_start,
                        Call.started_at < flt.period_end,
                        Call.external_number.contains(d),
                    )
                    .distinct()
                    .limit(SEARCH_KEY_CAP + 1)
                )
            )
        numbers.sort()
    return SearchMatch(
        text=d,
        is_phone=True,
        numbers=tuple(numbers[:SEARCH_KEY_CAP]),
        capped=len(numbers) > SEARCH_KEY_CAP,
        substring=substring,
    )


@contextmanager
def _time_limit(conn: Connection) -> Iterator[None]:
    dialect = conn.dialect
    if dialect.name not in ("mysql", "mariadb"):
        yield
        return
    is_mariadb = bool(getattr(dialect, "is_mariadb", False))
    if is_mariadb:
        conn.exec_driver_sql(f"SET SESSION max_statement_time={SUBSTRING_TIMEOUT_SECONDS:.1f}")
    else:
        conn.exec_driver_sql(
            f"SET SESSION max_execution_time={int(SUBSTRING_TIMEOUT_SECONDS * 1000)}"
        )
    try:
        yield
    except exc.OperationalError as e:
        code = e.orig.args[0] if e.orig is not None and e.orig.args else None
        if code in (1969, 3024):  # MariaDB / MySQL: statement time limit exceeded
            raise SearchTimeout(
                "Searching for these digits inside numbers took too long: "
                "type more digits or choose a shorter period."
            ) from e
        raise
    finally:
        conn.exec_driver_sql(
            "SET SESSION max_statement_time=0" if is_mariadb else "SET SESSION max_execution_time=0"
        )


def _match_names(conn: Connection, text: str) -> SearchMatch:
    capped = False
    employees = _matching_ids(conn, Employee.id, Employee.full_name, text, small=True)
    clients = _matching_ids(conn, Client.id, Client.display_name, text, small=False)
    if len(clients) <= SEARCH_KEY_CAP:
        # A contact person's name finds the client (company) the person works for.
        contact_ids = _matching_ids(conn, ContactPerson.id, ContactPerson.full_name, text, False)
        if contact_ids:
            owners = conn.scalars(
                select(ContactPerson.client_id)
                .where(ContactPerson.id.in_(contact_ids[:SEARCH_KEY_CAP]))
                .distinct()
            )
            clients = list(dict.fromkeys([*clients, *owners]))
        capped = capped or len(contact_ids) > SEARCH_KEY_CAP
    capped = capped or len(clients) > SEARCH_KEY_CAP or len(employees) > SEARCH_KEY_CAP
    return SearchMatch(
        text=text,
        is_phone=False,
        client_ids=tuple(clients[:SEARCH_KEY_CAP]),
        employee_ids=tuple(employees[:SEARCH_KEY_CAP]),
        capped=capped,
    )


def _matching_ids(
    conn: Connection,
    id_col: InstrumentedAttribute[int],
    name_col: InstrumentedAttribute[str],
    text: str,
    small: bool,
) -> list[int]:
    """Up to cap+1 ids whose name has the text (case-insensitively): names starting with it
    first, then names with a word starting with each word of the text; names that have it
    only inside a word when no name has it at a word's start (as numbers: by their end
    first, inside only when none ends so)."""
    wanted = text.casefold()
    words = search_words(text)
    if small or conn.dialect.name == "sqlite":
        # SQLite's LIKE folds ASCII only; Cyrillic names need Python's casefold.
        prefix: list[int] = []
        by_word: list[int] = []
        inner: list[int] = []
        for row_id, name in conn.execute(select(id_col, name_col).order_by(name_col, id_col)):
            folded = str(name).casefold()
            if folded.startswith(wanted):
                prefix.append(row_id)
            elif wanted in folded:
                (by_word if words and starts_words(folded, words) else inner).append(row_id)
        return ([*prefix, *by_word] or inner)[: SEARCH_KEY_CAP + 1]
    # MySQL/MariaDB: the utf8mb4 collation is case-insensitive; the prefix uses the name index.
    found = list(
        conn.scalars(
            select(id_col)
            .where(name_col.startswith(text, autoescape=True))
            .order_by(name_col, id_col)
            .limit(SEARCH_KEY_CAP + 1)
        )
    )
    words_start = word_start_condition(name_col.expression, text)
    if len(found) <= SEARCH_KEY_CAP and words_start is not None:
        # The words' starts through the names' FULLTEXT index; the text itself still decides.
        more = conn.scalars(select(id_col).where(words_start).limit(SEARCH_KEY_CAP + 1))
        found = list(dict.fromkeys([*found, *more]))
    if not found:
        # Only inside words: every name is read (unordered, so it stops at the cap).
        found = list(
            conn.scalars(
                select(id_col)
                .where(name_col.contains(text, autoescape=True))
                .limit(SEARCH_KEY_CAP + 1)
            )
        )
    return found[: SEARCH_KEY_CAP + 1]
