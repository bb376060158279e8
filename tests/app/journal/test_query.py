"""The journal's query layer against real SQLite and MariaDB databases.

Expectations come from a brute-force filter over all calls read plainly from the database
(``Oracle``), written from the rules of issue 3, never from the code under test.
"""

from __future__ import annotations

import csv
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import openpyxl  # type: ignore[import-untyped]
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.calls.facts import CallFacts
from app.calls.status import explain_status
from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, bulk_insert, seed
from app.journal.export import JOURNAL_COLUMNS, column_value, export_rows
from app.journal.filter import PeriodPreset, period
from app.journal.plan import merged_keys
from app.journal.query import (
    FilterError,
    JournalError,
    JournalFilter,
    count_capped,
    dismiss_no_answer,
    fetch_newer,
    fetch_page,
    newest_call_id,
    prepare,
    resolve_search,
)
from app.phones import digits
from app.staff.auth import CurrentUser
from models import Call, CallParticipant, Client, ContactPerson, Employee, Phone, Role

NOW = datetime(2026, 11, 20, 16, 0)
PLAN = SeedPlan(calls=1500, clients=120, employees=12, days=20, now=NOW, seed=3)
START = datetime(2026, 11, 1)
END = datetime(2026, 11, 21)
TIE = datetime(2026, 11, 10, 12, 0, 0)  # many calls start in the same second here
TIES = 23


# -- data -------------------------------------------------------------------------------


def name_search(text: str, names: dict[int, str]) -> list[int]:
    """The search line's rule for names, read off every name: the names that start with the
    text or have it where a word starts with each of its words (of 3 letters or more);
    only when there are none, the names that have it inside a word."""
    t = text.casefold()
    words = [w for w in re.findall(r"\w+", t) if len(w) >= 3]
    having = {i: n.casefold() for i, n in names.items() if t in n.casefold()}

    def at_word_start(name: str) -> bool:
        own = re.findall(r"\w+", name)
        return bool(words) and all(any(o.startswith(w) for o in own) for w in words)

    first = [i for i, n in having.items() if n.startswith(t) or at_word_start(n)]
    return first or list(having)


@dataclass
class Oracle:
    calls: list[dict[str, Any]]
    participants: dict[int, set[int]]
    registered: set[str]
    employees: dict[int, dict[str, Any]]
    clients: dict[int, str]
    contact_clients: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, engine: Engine) -> Oracle:
        with engine.connect() as conn:
            calls = [dict(r._mapping) for r in conn.execute(select(Call.__table__))]
            participants: dict[int, set[int]] = {}
            for p in conn.execute(select(CallParticipant.__table__)):
                participants.setdefault(p.call_id, set()).add(p.employee_id)
            registered = set(conn.scalars(select(Phone.number)))
            employees = {e.id: dict(e._mapping) for e in conn.execute(select(Employee.__table__))}
            clients = {i: n for i, n in conn.execute(select(Client.id, Client.display_name))}
            contacts: dict[str, set[int]] = {}
            for name, client_id in conn.execute(
                select(ContactPerson.full_name, ContactPerson.client_id)
            ):
                contacts.setdefault(name, set()).add(client_id)
        return cls(calls, participants, registered, employees, clients, contacts)

    def search_keys(self, flt: JournalFilter) -> tuple[set[str], set[int], set[int]]:
        text = flt.search.strip()
        if text and all(ch.isdigit() or ch in "+-() " for ch in text):
            d = digits(text)
            if len(d) == 11 and d[0] == "8":
                d = "7" + d[1:]
            numbers = {c["external_number"] for c in self.calls}
            found = {n for n in numbers if digits(n).endswith(d)}
            if not found and len(d) >= 3:
                found = {
                    c["external_number"]
                    for c in self.calls
                    if flt.period_start <= c["started_at"] < flt.period_end
                    and d in c["external_number"]
                }
            return found, set(), set()
        clients = set(name_search(text, self.clients))
        contacts = name_search(text, dict(enumerate(self.contact_clients)))
        for owners in (list(self.contact_clients.values())[i] for i in contacts):
            clients |= owners
        names = {i: e["full_name"] for i, e in self.employees.items()}
        return set(), clients, set(name_search(text, names))

    def expected(self, flt: JournalFilter, viewer: CurrentUser) -> list[int]:
        none = not (flt.incoming or flt.outgoing or flt.missed or flt.lost)
        numbers, clients, employees = self.search_keys(flt) if flt.search.strip() else ({}, {}, {})
        out = []
        for c in self.calls:
            if not flt.period_start <= c["started_at"] < flt.period_end:
                continue
            d = c["direction"]
            chosen = (
                ((flt.incoming or none) and d == "in")
                or ((flt.outgoing or none) and d == "out")
                or (flt.missed and d == "in" and c["disposition"] != "answered")
                or (flt.lost and c["status"] == "lost")
                or (flt.show_internal and d == "internal")
            )
            if not chosen:
                continue
            if flt.statuses and c["status"] not in flt.statuses:
                continue
            if flt.first_contacts and (c["number_known"] or d == "internal"):
                continue
            if flt.unregistered and (c["external_number"] in self.registered or d == "internal"):
                continue
            people = self.participants.get(c["id"], set())
            if (flt.my_calls or viewer.role in (Role.OPERATOR, Role.ACCOUNTANT)) and (
                viewer.id not in people
            ):
                continue
            if flt.search.strip() and not (
                c["external_number"] in numbers
                or c["client_id"] in clients
                or people & set(employees)
            ):
                continue
            out.append(c)
        out.sort(key=lambda c: (c["started_at"], c["id"]), reverse=True)
        return [c["id"] for c in out]


def add_tied_calls(engine: Engine, at: datetime, count: int) -> list[int]:
    """Copies of existing calls that all start in the same second (keyset edge case)."""
    with engine.connect() as conn:
        models = [dict(r._mapping) for r in conn.execute(select(Call.__table__).limit(count))]
        parts: dict[int, list[int]] = {}
        for p in conn.execute(select(CallParticipant.__table__)):
            parts.setdefault(p.call_id, []).append(p.employee_id)
        next_id = int(conn.scalar(select(Call.id).order_by(Call.id.desc()).limit(1)) or 0) + 1
        rows, people = [], []
        for i, model in enumerate(models):
            row = dict(model, id=next_id + i, started_at=at, pbx_id=None)
            rows.append(row)
            people += [
                {"employee_id": e, "started_at": at, "call_id": row["id"]}
                for e in parts.get(model["id"], [])
            ]
        bulk_insert(conn, Call.__table__, rows)
        bulk_insert(conn, CallParticipant.__table__, people)
        conn.commit()
    return [r["id"] for r in rows]


def user(engine: Engine, role: Role) -> CurrentUser:
    """An employee of the seeded directory with that role, as the logged-in user."""
    with engine.connect() as conn:
        emp = conn.execute(
            select(Employee).where(Employee.role == role.value).order_by(Employee.id.desc())
        ).first()
    assert emp is not None
    return CurrentUser(emp.id, emp.login, emp.full_name, emp.position, role, emp.extension)


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("mariadb", id="mariadb", marks=pytest.mark.mariadb),
    ],
)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One seeded database per backend for the read-only tests of this module."""
    name = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('journal') / 'calldesk.db'}"
    else:
        server = request.getfixturevalue("mariadb_server")
        name = f"calldesk_journal_{secrets.token_hex(4)}"
        url = server.create_database(name)
    engine = make_engine(url)
    try:
        migrate(engine)
        seed(engine, PLAN)
        add_tied_calls(engine, TIE, TIES)
        yield engine
    finally:
        engine.dispose()
        if name is not None:
            request.getfixturevalue("mariadb_server").drop_database(name)


@pytest.fixture(scope="module")
def oracle(seeded: Engine) -> Oracle:
    return Oracle.read(seeded)


def walk(engine: Engine, flt: JournalFilter, viewer: CurrentUser, limit: int) -> list[int]:
    ids: list[int] = []
    after = None
    with engine.connect() as conn:
        while True:
            page = fetch_page(conn, flt, viewer, after, limit)
            ids += [r.id for r in page]
            if len(page) < limit:
                return ids
            keys = [r.key for r in page]
            assert keys == sorted(keys, reverse=not flt.oldest_first)
            after = page[-1].key


BASE = JournalFilter(period_start=START, period_end=END)
FILTERS = {
    "default": BASE,
    "incoming": replace(BASE, incoming=True),
    "outgoing": replace(BASE, outgoing=True),
    "in+out": replace(BASE, incoming=True, outgoing=True),
    "missed": replace(BASE, missed=True),
    "lost": replace(BASE, lost=True),
    "outgoing+missed": replace(BASE, outgoing=True, missed=True),
    "internal": replace(BASE, show_internal=True),
    "incoming+internal": replace(BASE, incoming=True, show_internal=True),
    "first_contacts": replace(BASE, first_contacts=True),
    "unregistered": replace(BASE, unregistered=True, show_internal=True),
    "missed+first": replace(BASE, missed=True, first_contacts=True),
    "lost+unregistered": replace(BASE, lost=True, unregistered=True),
    "my_calls": replace(BASE, my_calls=True),
    "my_missed": replace(BASE, my_calls=True, missed=True, show_internal=True),
    "short_period": replace(
        BASE, period_start=datetime(2026, 11, 10), period_end=datetime(2026, 11, 11)
    ),
    # Issue 15: the status filter, alone and with the kind toggles and narrowing ones.
    "rejected": replace(BASE, statuses=frozenset({"rejected"})),
    "cancelled+unanswered": replace(BASE, statuses=frozenset({"cancelled", "unanswered"})),
    "missed+rejected": replace(BASE, missed=True, statuses=frozenset({"rejected", "lost"})),
    "outgoing+no_channels": replace(BASE, outgoing=True, statuses=frozenset({"no_channels"})),
    "outgoing+rejected": replace(BASE, outgoing=True, statuses=frozenset({"rejected", "busy"})),
    "my_rejected": replace(BASE, my_calls=True, statuses=frozenset({"rejected", "lost"})),
    "internal_no_answer": replace(
        BASE, show_internal=True, statuses=frozenset({"no_answer", "rejected"})
    ),
}


# -- paging and filters -------------------------------------------------------------------


def test_paging_walks_the_filtered_set_in_order_across_tied_start_times(
    seeded: Engine, oracle: Oracle
) -> None:
    sup = user(seeded, Role.SUPERVISOR)
    flt = replace(BASE, show_internal=True)
    expected = oracle.expected(flt, sup)
    tied = [i for i in expected if oracle_started(oracle, i) == TIE]
    assert len(tied) >= TIES  # the tie really spans several pages of 7
    for limit in (7, 200):
        got = walk(seeded, flt, sup, limit)
        assert got == expected
        assert len(set(got)) == len(got)


@pytest.mark.parametrize("name", ["default", "missed", "my_calls", "short_period"])
def test_oldest_first_walks_the_same_calls_in_reverse(
    seeded: Engine, oracle: Oracle, name: str
) -> None:
    for role in (Role.SUPERVISOR, Role.OPERATOR):
        viewer = user(seeded, role)
        expected = oracle.expected(FILTERS[name], viewer)
        for limit in (7, 50):
            got = walk(seeded, replace(FILTERS[name], oldest_first=True), viewer, limit)
            assert got == list(reversed(expected)), (name, role, limit)


def walk_from_end(engine: Engine, flt: JournalFilter, viewer: CurrentUser, limit: int) -> list[int]:
    """The filter's calls read from the end, page by page upwards (a jump to the end)."""
    pages: list[list[int]] = []
    before = None
    with engine.connect() as conn:
        query = prepare(conn, flt, viewer)
        while True:
            page = query.page_before(conn, before, limit)
            keys = [r.key for r in page]
            assert keys == sorted(keys, reverse=not flt.oldest_first)  # display order
            pages.insert(0, [r.id for r in page])
            if len(page) < limit:
                return [i for p in pages for i in p]
            before = page[0].key


@pytest.mark.parametrize(
    "name", ["default", "missed", "outgoing+missed", "my_calls", "lost+unregistered"]
)
@pytest.mark.parametrize("oldest_first", [False, True], ids=["newest_first", "oldest_first"])
def test_pages_read_from_the_end_are_the_walk_s_last_pages(
    seeded: Engine, oracle: Oracle, name: str, oldest_first: bool
) -> None:
    """The last page is one query; the pages above it join it with no gap and no duplicate,
    across start times tied over several pages (the mirrored seek)."""
    flt = replace(FILTERS[name], oldest_first=oldest_first, show_internal=True)
    for role in (Role.SUPERVISOR, Role.OPERATOR):
        viewer = user(seeded, role)
        expected = oracle.expected(flt, viewer)
        if oldest_first:
            expected.reverse()
        for limit in (7, 50):
            assert walk_from_end(seeded, flt, viewer, limit) == expected, (name, role, limit)
        with seeded.connect() as conn:
            last = prepare(conn, flt, viewer).page_before(conn, None, 50)
        assert [r.id for r in last] == expected[-50:]


def oracle_started(oracle: Oracle, call_id: int) -> datetime:
    started: datetime = next(c["started_at"] for c in oracle.calls if c["id"] == call_id)
    return started


@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_shows_exactly_its_calls(seeded: Engine, oracle: Oracle, name: str) -> None:
    flt = FILTERS[name]
    for role in (Role.SUPERVISOR, Role.OPERATOR):
        viewer = user(seeded, role)
        expected = oracle.expected(flt, viewer)
        assert walk(seeded, flt, viewer, 50) == expected, (name, role)
        if name == "default" and role is Role.SUPERVISOR:
            assert len(expected) > 300
        if flt.statuses and role is Role.SUPERVISOR:
            assert expected, name  # the demo has calls of every status filtered here


def test_operator_never_sees_a_call_without_them(seeded: Engine, oracle: Oracle) -> None:
    for role in (Role.OPERATOR, Role.ACCOUNTANT):
        viewer = user(seeded, role)
        everything = replace(BASE, show_internal=True, period_start=datetime(2026, 1, 1))
        got = walk(seeded, everything, viewer, 100)
        assert got == oracle.expected(everything, viewer)
        for call_id in got:
            assert viewer.id in oracle.participants[call_id]
        all_calls = [c["id"] for c in oracle.calls]
        assert len(got) < len(all_calls)
    admin = user(seeded, Role.ADMIN)
    everything = replace(BASE, show_internal=True, period_start=datetime(2026, 1, 1))
    assert len(walk(seeded, everything, admin, 500)) == len(oracle.calls)


def test_search_by_phone_suffix(seeded: Engine, oracle: Oracle) -> None:
    sup = user(seeded, Role.SUPERVISOR)
    number = next(c["external_number"] for c in oracle.calls if c["direction"] == "in")
    for text in (
        number[-4:],
        number[-7:],
        number,
        "8" + number[2:],
        f"{number[-4:-2]}-{number[-2:]}",
    ):
        flt = replace(BASE, search=text, show_internal=True)
        expected = oracle.expected(flt, sup)
        assert number in {
            c["external_number"] for c in oracle.calls if c["id"] in set(expected)
        } or not [
            c
            for c in oracle.calls
            if c["external_number"] == number and START <= c["started_at"] < END
        ]
        assert walk(seeded, flt, sup, 9) == expected, text


def test_search_digits_inside_a_number_only_within_the_period(
    seeded: Engine, oracle: Oracle
) -> None:
    sup = user(seeded, Role.SUPERVISOR)
    numbers = {c["external_number"] for c in oracle.calls if c["direction"] != "internal"}
    endings = {digits(n)[-k:] for n in numbers for k in range(1, 6)}
    middle = next(
        digits(n)[3:7]
        for n in sorted(numbers)
        if all(not e.endswith(digits(n)[3:7]) for e in endings)
    )
    flt = replace(BASE, search=middle)
    with seeded.connect() as conn:
        match = resolve_search(conn, flt)
    assert match is not None and match.substring and match.note()
    expected = oracle.expected(flt, sup)
    assert expected
    assert walk(seeded, flt, sup, 20) == expected


def test_search_by_client_contact_and_employee_name(seeded: Engine, oracle: Oracle) -> None:
    sup = user(seeded, Role.SUPERVISOR)
    op = user(seeded, Role.OPERATOR)
    client_name = oracle.clients[7]
    employee_name = oracle.employees[op.id]["full_name"]
    contact_name = next(iter(oracle.contact_clients))
    texts = [
        client_name,
        client_name.split()[-1].strip("«»").upper(),  # case-insensitive, Cyrillic
        employee_name.split()[0],
        contact_name,
        "no such name at all",
        "100%_",  # LIKE wildcards are plain characters
    ]
    for text in texts:
        flt = replace(BASE, search=text)
        for viewer in (sup, op):
            with seeded.connect() as conn:
                match = resolve_search(conn, flt)
            assert match is not None and not match.is_phone
            if match.capped:
                continue
            assert walk(seeded, flt, viewer, 13) == oracle.expected(flt, viewer), text
    flt = replace(BASE, search=employee_name)
    got = walk(seeded, flt, sup, 50)
    assert got and all(op.id in oracle.participants[i] for i in got)


def test_a_search_matching_too_many_keys_is_capped_and_says_so(
    seeded: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    sup = user(seeded, Role.SUPERVISOR)
    flt = replace(BASE, search="7")  # the last digit of a tenth of all numbers
    with seeded.connect() as conn:
        match = resolve_search(conn, flt)
        assert match is not None and len(match.numbers) > 5
        monkeypatch.setattr("app.journal.search.SEARCH_KEY_CAP", 5)
        match = resolve_search(conn, flt)
        assert match is not None
        assert match.capped and len(match.numbers) == 5
        assert "More than 5" in (match.note() or "")
        query = prepare(conn, flt, sup)
        assert query.search == match
        rows = query.page(conn, None, 100)
    assert rows and all(r.number in match.numbers for r in rows)


def test_count_capped(seeded: Engine, oracle: Oracle) -> None:
    op = user(seeded, Role.OPERATOR)
    surname = oracle.employees[op.id]["full_name"].split()[0]
    several = [  # streams that may share calls: counted once each (on MariaDB, in SQL)
        FILTERS["outgoing+missed"],
        replace(BASE, search=surname),
        replace(BASE, search=oracle.clients[7].split()[-1].strip("«»")),
    ]
    for flt in [*(FILTERS[n] for n in ("default", "lost", "my_calls", "short_period")), *several]:
        for role in (Role.SUPERVISOR, Role.OPERATOR):
            viewer = user(seeded, role)
            n = len(oracle.expected(flt, viewer))
            with seeded.connect() as conn:
                assert count_capped(conn, flt, viewer, cap=10**6) == (n, False)
                assert count_capped(conn, flt, viewer, cap=20) == (min(n, 20), n > 20)


def test_rows_carry_names_and_indicators(seeded: Engine, oracle: Oracle) -> None:
    sup = user(seeded, Role.SUPERVISOR)
    by_id = {c["id"]: c for c in oracle.calls}
    with seeded.connect() as conn:
        rows = fetch_page(conn, replace(BASE, show_internal=True), sup, None, 300)
    registered_later = 0
    for r in rows:
        c = by_id[r.id]
        assert r.number == c["external_number"] and r.status == c["status"]
        if c["client_id"] is not None:
            assert r.client_name == oracle.clients[c["client_id"]]
        elif r.client_name is not None:
            registered_later += 1
            assert r.number in oracle.registered
        main = oracle.employees[c["employee_id"]]
        assert (r.employee_name, r.employee_position) == (main["full_name"], main["position"])
        assert r.participant_names[0] == main["full_name"]
        assert len(r.participant_names) == len(oracle.participants[r.id])
        if c["responsible_id"]:
            assert r.responsible_name == oracle.employees[c["responsible_id"]]["full_name"]
        assert r.responsible_match == (c["responsible_id"] == c["employee_id"])
        assert r.first_contact == (not c["number_known"] and c["direction"] != "internal")
        assert r.has_comment == bool(c["comment"])
        missed = c["direction"] == "in" and c["disposition"] != "answered"
        same_day = c["resolved_at"] is not None and (
            c["resolved_at"].date() <= c["started_at"].date()
        )
        assert r.needs_attention == (missed and not same_day and c["dismissed_at"] is None)
        assert r.status_explanation
        if c["resolved_by_call_id"]:
            resolver = by_id[c["resolved_by_call_id"]]
            assert r.resolved_by_name == oracle.employees[resolver["employee_id"]]["full_name"]


# -- bad input ----------------------------------------------------------------------------


def test_bad_filters_give_clear_messages(seeded: Engine) -> None:
    sup = user(seeded, Role.SUPERVISOR)
    bad = {
        "ends before it starts": replace(BASE, period_end=START - timedelta(days=1)),
        "longer than 5 years": replace(BASE, period_start=datetime(2010, 1, 1)),
        "at most 100": replace(BASE, search="Ромашка " * 250),  # 2,000 characters
    }
    with seeded.connect() as conn:
        for words, flt in bad.items():
            with pytest.raises(FilterError, match=words):
                fetch_page(conn, flt, sup)
            with pytest.raises(FilterError):
                count_capped(conn, flt, sup)
        # A search of exactly 100 characters is fine and simply finds nothing.
        assert fetch_page(conn, replace(BASE, search="я" * 100), sup) == []


def test_period_presets() -> None:
    today = datetime(2026, 11, 19).date()  # a Thursday
    assert period(PeriodPreset.TODAY, today) == (datetime(2026, 11, 19), datetime(2026, 11, 20))
    assert period(PeriodPreset.YESTERDAY, today) == (
        datetime(2026, 11, 18),
        datetime(2026, 11, 19),
    )
    assert period(PeriodPreset.THIS_WEEK, today)[0] == datetime(2026, 11, 16)
    assert period(PeriodPreset.THIS_MONTH, today)[0] == datetime(2026, 11, 1)
    assert period(PeriodPreset.LAST_7_DAYS, today)[0] == datetime(2026, 11, 13)
    assert period(PeriodPreset.LAST_30_DAYS, today)[0] == datetime(2026, 10, 21)
    for preset in PeriodPreset:
        JournalFilter.for_preset(preset, today).validate()


def test_explain_status_says_why() -> None:
    def why(facts: CallFacts, **names: str) -> str:
        return str(explain_status(facts, **names))

    day = datetime(2026, 11, 19, 10, 0)
    lost = CallFacts("in", "no_answer", False, day)
    assert why(lost).startswith(
        "Missed from an unknown number, no answered contact until 23:59 → lost"
    )
    called_back = replace(lost, resolved_at=day.replace(hour=14, minute=5))
    text = why(called_back, resolved_by="Иванов И. И.")
    assert "called back at 14:05 by Иванов И. И." in text and text.endswith("→ no answer")
    next_day = replace(lost, resolved_at=day + timedelta(days=1))
    assert "→ lost" in why(next_day) and "2026-11-20" in why(next_day)
    dismissed = CallFacts("in", "no_answer", True, day, dismissed_at=day.replace(hour=11))
    assert "mark removed at 11:00 by Петров" in why(dismissed, dismissed_by="Петров")
    assert why(CallFacts("out", "busy", True, day)).endswith("→ busy")
    assert why(CallFacts("in", "answered", True, day)).endswith("→ accepted")


# -- live polling, commands and export (each on its own fresh database) ----------------------


def test_fetch_newer_returns_calls_written_since_the_watermark(engine: Engine) -> None:
    seed(engine, replace(PLAN, calls=400))
    sup = user(engine, Role.SUPERVISOR)
    op = user(engine, Role.OPERATOR)
    with engine.connect() as conn:
        mark = newest_call_id(conn)
        assert fetch_newer(conn, BASE, sup, mark).rows == []
    # New calls: one starting now, and a long call written late that started earlier.
    new_ids = add_tied_calls(engine, NOW, 5) + add_tied_calls(engine, NOW - timedelta(hours=3), 5)
    oracle = Oracle.read(engine)
    for viewer, flt in ((sup, BASE), (op, BASE), (sup, replace(BASE, missed=True))):
        expected = [i for i in oracle.expected(flt, viewer) if i in new_ids]
        with engine.connect() as conn:
            new = fetch_newer(conn, flt, viewer, mark)
            assert [r.id for r in new.rows] == expected
            assert new.complete and new.watermark == max(new_ids)
            assert fetch_newer(conn, flt, viewer, new.watermark).rows == []
    with engine.connect() as conn:
        few = fetch_newer(conn, BASE, sup, mark, limit=2)
    assert len(few.rows) == 2 and not few.complete


def test_dismiss_no_answer_needs_a_supervisor_and_writes_who_and_when(engine: Engine) -> None:
    seed(engine, replace(PLAN, calls=300))
    sup = user(engine, Role.SUPERVISOR)
    op = user(engine, Role.OPERATOR)
    with engine.connect() as conn:
        flt = replace(BASE, missed=True, period_start=datetime(2026, 1, 1))
        target = next(r for r in fetch_page(conn, flt, sup, None, 500) if r.needs_attention)
        answered = next(r for r in fetch_page(conn, BASE, sup, None, 500) if r.status == "accepted")
    with Session(engine) as s, s.begin(), pytest.raises(JournalError, match="supervisor"):
        dismiss_no_answer(s, target.id, op)
    with Session(engine) as s, s.begin(), pytest.raises(JournalError, match="missed"):
        dismiss_no_answer(s, answered.id, sup)
    when = datetime(2026, 11, 20, 17, 30)
    with Session(engine) as s, s.begin():
        assert dismiss_no_answer(s, target.id, sup, now=when) == when
    with Session(engine) as s, s.begin():  # a second dismissal keeps the first
        assert dismiss_no_answer(s, target.id, user(engine, Role.ADMIN)) == when
    with engine.connect() as conn:
        stored = conn.execute(
            select(Call.dismissed_by_id, Call.dismissed_at, Call.status).where(Call.id == target.id)
        ).one()
        row = next(r for r in fetch_page(conn, flt, sup, None, 500) if r.id == target.id)
    assert stored.dismissed_by_id == sup.id and stored.dismissed_at == when
    assert stored.status == target.status
    assert not row.needs_attention and row.dismissed_by_name == sup.full_name
    assert "mark removed at" in str(row.status_explanation)


def _expected_cells(engine: Engine, flt: JournalFilter, viewer: CurrentUser) -> list[list[str]]:
    oracle = Oracle.read(engine)
    by_id = {c["id"]: c for c in oracle.calls}
    return [
        [by_id[i]["started_at"].strftime("%Y-%m-%d %H:%M:%S"), by_id[i]["external_number"]]
        for i in oracle.expected(flt, viewer)
    ]


def test_export_csv_and_xlsx(engine: Engine, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    seed(engine, replace(PLAN, calls=2500, days=10))
    sup = user(engine, Role.SUPERVISOR)
    flt = replace(BASE, show_internal=True)
    expected = _expected_cells(engine, flt, sup)
    assert len(expected) > 2000  # more than one export batch
    headers = list(JOURNAL_COLUMNS.values())
    seen: list[int] = []
    with engine.connect() as conn:
        result = export_rows(conn, flt, sup, tmp_path / "calls.csv", "csv", seen.append)
    assert result.rows == len(expected) and not result.cancelled and seen[-1] == len(expected)
    with (tmp_path / "calls.csv").open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))
    assert table[0] == headers
    assert [[r[0], r[4]] for r in table[1:]] == expected
    with engine.connect() as conn:
        result = export_rows(conn, flt, sup, tmp_path / "calls.xlsx", "xlsx")
    book = openpyxl.load_workbook(tmp_path / "calls.xlsx", read_only=True)
    sheet_rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert list(sheet_rows[0]) == headers
    assert [[r[0].strftime("%Y-%m-%d %H:%M:%S"), r[4]] for r in sheet_rows[1:]] == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calls.csv", "calls.xlsx"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancelled_export_leaves_no_file(
    engine: Engine, tmp_path: Path, fmt: Literal["csv", "xlsx"]
) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    seed(engine, replace(PLAN, calls=2500, days=10))
    sup = user(engine, Role.SUPERVISOR)
    target = tmp_path / f"calls.{fmt}"
    progress: list[int] = []
    with engine.connect() as conn:
        result = export_rows(
            conn,
            BASE,
            sup,
            target,
            fmt,
            progress.append,
            lambda: bool(progress),
        )
    assert result.cancelled and result.path is None and progress == [1000]
    assert list(tmp_path.iterdir()) == []
    target.write_text("an older export")
    with engine.connect() as conn:
        export_rows(conn, BASE, sup, target, fmt, None, lambda: True)
    assert target.read_text() == "an older export"
    assert list(tmp_path.iterdir()) == [target]


def test_queue_facts_of_a_pbx_call_reach_the_rows_and_the_export(engine: Engine) -> None:
    seed(engine, replace(PLAN, calls=50))
    sup = user(engine, Role.SUPERVISOR)
    with Session(engine) as session, session.begin():
        queued = session.scalars(select(Call.id).order_by(Call.started_at.desc()).limit(1)).one()
        call = session.get_one(Call, queued)
        call.queue, call.queue_outcome, call.hold_seconds = "400", "abandoned", 95
        call.did = "+74950000000"
    with engine.connect() as conn:
        rows = fetch_page(conn, replace(BASE, show_internal=True), sup, limit=100)
    by_id = {r.id: r for r in rows}
    row = by_id[queued]
    assert (row.queue, row.queue_outcome, row.queue_seconds, row.did) == (
        "400",
        "abandoned",
        95,
        "+74950000000",
    )
    cells = [column_value(row, c) for c in ("queue", "queue_outcome", "queue_wait", "did")]
    assert cells == ["400", "Caller left", 95, "+74950000000"]
    other = next(r for r in rows if r.direction == "out")
    assert [column_value(other, c) for c in ("queue", "queue_outcome", "did")] == ["", "", ""]
    assert other.queue_seconds is None


def test_many_streams_as_one_sql_text_find_the_same_keys(seeded: Engine, oracle: Oracle) -> None:
    """On MariaDB a plan's streams go as one SQL text, a compiled query per kind of stream
    copied per value; every page, from either end, equals SQLAlchemy's own union."""
    sup = user(seeded, Role.SUPERVISOR)
    op = user(seeded, Role.OPERATOR)
    surname = oracle.employees[op.id]["full_name"].split()[0]
    filters = [
        replace(BASE, search=surname),  # an employee's stream beside clients' streams
        replace(BASE, search="7"),  # numbers
        replace(BASE, missed=True, outgoing=True),  # statuses with per-stream conditions
        replace(BASE, statuses=frozenset({"cancelled", "unanswered"}), oldest_first=True),
    ]
    several = 0
    with seeded.connect() as conn:
        for flt in filters:
            for viewer in (sup, op):
                query = prepare(conn, flt, viewer)
                several += len(query.plan.streams) > 1
                for from_end in (False, True):
                    before = None
                    for _ in range(3):
                        keys = merged_keys(conn, query.plan, flt, before, 7, from_end=from_end)
                        same = merged_keys(
                            conn, query.plan, flt, before, 7, from_end=from_end, as_text=False
                        )
                        assert keys == same, (flt, viewer.role, from_end)
                        if len(keys) < 7:
                            break
                        before = keys[-1]
    assert several >= len(filters)  # the supervisor's plans at least
