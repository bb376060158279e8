"""Demo and synthetic data: employees, clients, and calls with realistic status mixes.

The same generator fills the demo SQLite database and, through ``calldesk seed``, any
database with millions of calls for benchmarks. It is deterministic for a seed value and
a fixed ``now``. Calls are generated day by day in time order and written in bulk, one
transaction per day; missed calls are resolved by later answered calls with the same
number exactly as the status rule (app.calls.status) says.

The report summaries are not refreshed per day: after every ``SUMMARY_CHUNK`` calls (and at
the end) the callbacks that resolved earlier days' missed calls are written and the chunk's
hours are written, in one transaction. Into an empty journal they are counted in Python as
the calls are generated (:class:`_Summaries`, row for row what app.reports.summary's SQL
makes; a callback to an earlier chunk's call adds to its written ``called_back``; the
coarser rollups are made from them once at the end, app.reports.summary.roll_everything); into a
journal with calls, app.reports.summary re-aggregates them from the calls there
(refresh_period for the chunk, refresh_calls for earlier chunks' resolved calls).

On MariaDB/MySQL the big tables go by LOAD DATA LOCAL INFILE from a thread on the seeder's
own connection (:class:`_Loader`), into an empty journal with their secondary indexes built
after the load (:class:`_DeferredIndexes`); elsewhere, and where the server refuses LOCAL
loads, by bulk INSERTs (:func:`bulk_insert`).
"""

from __future__ import annotations

import json
import math
import os
import queue
import random
import tempfile
import threading
import time
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, cast

from pymysql.converters import escape_string
from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    FromClause,
    Table,
    bindparam,
    delete,
    func,
    inspect,
    select,
    text,
    update,
)

from app import clock
from app.calls.facts import CallFacts
from app.calls.status import call_status, needs_attention
from app.calls.writer import awaits_callback, participant_ids, resolves_missed
from app.clients import field_index
from app.demo import names
from app.demo.cards import (
    DemoCards,
    access_rows,
    field_rows,
    group_rows,
    groups_of,
    list_rows,
)
from app.demo.events import add_demo_events
from app.demo.recordings import (
    RECORDING_FILES as RECORDING_FILES,  # the recordings' references, for the tests
)
from app.demo.recordings import (
    RECORDING_OF,
    RECORDING_SECONDS,
    write_demo_recordings,
)
from app.demo.tasks import add_demo_tasks
from app.phones import reversed_digits
from app.reports import summary as summaries
from app.reports.summary import refresh_calls, refresh_period
from app.staff.auth import hash_password
from app.staff.permissions import PERMISSION_COLUMNS
from models import (
    ROLE_PRESETS,
    Call,
    CallPart,
    CallParticipant,
    CallSource,
    CallSummary,
    Client,
    ClientField,
    ClientFieldValue,
    ClientHistory,
    ContactPerson,
    DaySummary,
    Direction,
    Disposition,
    Employee,
    EmployeeGroup,
    GroupFieldAccess,
    GroupMembership,
    HangupBy,
    HourSummary,
    ParticipantSummary,
    Phone,
    Role,
    TeamDaySummary,
    ValueList,
    ValueListItem,
)

DEMO_PASSWORD = "demo"
# Logins shown on the login screen of the demo, one per role.
DEMO_LOGINS = {
    "admin": Role.ADMIN,
    "supervisor": Role.SUPERVISOR,
    "operator": Role.OPERATOR,
    "accountant": Role.ACCOUNTANT,
}

Progress = Callable[[str, int, int], None]

# Calls written between two summary refreshes (and late callback links written).
SUMMARY_CHUNK = 250_000
# MariaDB/MySQL: calls, parts and participants by LOAD DATA LOCAL INFILE where the server
# allows it (False: multi-row INSERTs, as on a server that does not).
LOAD_DATA = True
# With LOAD DATA into an empty journal: most secondary indexes of the big tables built
# after the load instead of row by row (_DeferredIndexes).
DEFER_INDEXES = True


@dataclass
class SeedPlan:
    calls: int = 30_000
    clients: int = 3_000
    employees: int = 25
    days: int = 90
    seed: int = 1
    now: datetime | None = None
    recordings_dir: Path | None = None
    # The demo's cards: custom fields and employee groups, values, cards created and changed
    # during the period (app.demo.cards). Off for synthetic data (benchmarks, most tests).
    cards: bool = False


@dataclass
class SeedReport:
    employees: int = 0
    clients: int = 0
    phones: int = 0
    calls: int = 0
    parts: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    summary_seconds: float = 0.0  # writing the report summaries
    index_seconds: float = 0.0  # building the big tables' deferred indexes (MariaDB/MySQL)


@dataclass
class _Staff:
    id: int
    role: str
    extension: str


@dataclass
class _Owner:
    client_id: int
    contact_id: int | None
    responsible_id: int | None


# The enums' values, as the generator writes them (plain str: cheaper per call than .value).
_IN, _OUT, _INTERNAL = Direction.INCOMING.value, Direction.OUTGOING.value, Direction.INTERNAL.value
_ANSWERED, _NO_ANSWER = Disposition.ANSWERED.value, Disposition.NO_ANSWER.value
_BUSY, _FAILED = Disposition.BUSY.value, Disposition.FAILED.value
_CANCELLED, _REJECTED = Disposition.CANCELLED.value, Disposition.REJECTED.value
_CONGESTION = Disposition.CONGESTION.value
_CLIENT, _EMPLOYEE, _SYSTEM = HangupBy.CLIENT.value, HangupBy.EMPLOYEE.value, HangupBy.SYSTEM.value
_ANSWERED_HANGUPS = [_CLIENT, _EMPLOYEE]
_DEMO = CallSource.DEMO.value

# The company's own numbers (DIDs) callers dial; the first one is the sales line.
COMPANY_LINES = ("+74950000000", "+74950000001", "+78005550101")


def _mobile(rng: random.Random) -> str:
    prefix = rng.choice(["903", "905", "910", "915", "916", "925", "926", "985", "977", "999"])
    return f"+7{prefix}{rng.randrange(10**7):07d}"


def _landline(rng: random.Random) -> str:
    return f"+7{rng.choice(['495', '499', '812'])}{rng.randrange(2 * 10**6, 10**7):07d}"


def _person_name(rng: random.Random) -> tuple[str, bool]:
    female = rng.random() < 0.5
    surname = rng.choice(names.MALE_SURNAMES)
    if female:
        surname = names.female_surname(surname)
    first = rng.choice(names.FEMALE_NAMES if female else names.MALE_NAMES)
    middle = names.patronymic(rng.choice(names.PATRONYMIC_ROOTS), female)
    return f"{surname} {first} {middle}", female


# A working day's calls, in hours: from, to, busiest (a triangular distribution).
_DAY_FROM, _DAY_TO, _DAY_PEAK = 8.5, 20.0, 11.5


def _day_done(hour: float) -> float:
    """The share of a working day's calls made by ``hour`` o'clock."""
    a, b, c = _DAY_FROM, _DAY_TO, _DAY_PEAK
    if hour <= a:
        return 0.0
    if hour >= b:
        return 1.0
    if hour <= c:
        return (hour - a) ** 2 / ((b - a) * (c - a))
    return 1 - (b - hour) ** 2 / ((b - a) * (b - c))


def _client_name(rng: random.Random, company: bool) -> str:
    if not company:
        return _person_name(rng)[0]
    form = rng.choice(names.COMPANY_FORMS)
    if form == "ИП":
        return f"ИП {_person_name(rng)[0]}"
    return f"{form} «{rng.choice(names.COMPANY_WORDS)}{rng.choice(names.COMPANY_SUFFIXES)}»"


def _unique(taken: set[str], make: Callable[[], str], rng: random.Random) -> str:
    """A name not in ``taken`` (added to it): drawn again a few times, then with a city."""
    for _ in range(12):
        name = make()
        if name not in taken:
            taken.add(name)
            return name
    while name in taken:
        name = f"{make()} ({rng.choice(names.CITIES)})"
    taken.add(name)
    return name


# report_call_hours' measures in the order _Summaries counts them.
_MEASURES = (
    "calls", "wait_s", "talk_s", "max_wait_s", "within_sl", "over_short", "called_back",
    "callbacks", "transferred", "hang_client", "hang_employee", "hang_system",
    *(f"w{i}" for i in range(len(summaries.WAIT_BOUNDS) + 1)),
)  # fmt: skip
_CALLED_BACK = _MEASURES.index("called_back")
_HANGUPS = {"client": 9, "employee": 10, "system": 11}
_HOUR = timedelta(hours=1)


class _Summaries:
    """The report summaries of calls seeded into an empty journal, counted in Python as the
    calls are written: row for row what app.reports.summary's SQL makes of the same calls
    (tests compare them with a rebuild), without re-reading a chunk of calls three times.

    Per chunk: ``add`` each written call, ``called_back`` a call of the chunk a later day
    resolved, then ``write`` the chunk's hours (and its days, rolled up by SQL from them).
    """

    def __init__(self, service_level: int, short_abandon: int) -> None:
        self.sl = service_level
        self.short = short_abandon
        self.hours: dict[tuple[Any, ...], list[int]] = {}
        self.people: dict[tuple[Any, ...], int] = {}
        # Missed calls awaiting a callback: id -> their report_call_hours key.
        self.awaiting: dict[int, tuple[Any, ...]] = {}
        # Callback links of earlier chunks' calls: key -> how many (their hours are written).
        self.earlier: dict[tuple[Any, ...], int] = {}
        self.spans: list[tuple[datetime, datetime]] = []  # (start, end) in start order

    def add(self, call: dict[str, Any], people: Iterable[int], callbacks: bool) -> None:
        started: datetime = call["started_at"]
        hour = started.replace(minute=0, second=0, microsecond=0)
        direction, status = call["direction"] or "", call["status"]
        queue, did = call.get("queue") or "", call.get("did") or ""
        key = (hour, call["employee_id"] or 0, direction, status, queue, did)
        missed = direction == _IN and call["disposition"] != _ANSWERED
        if missed and call["resolved_by_call_id"] is None:  # a later day may call back
            self.awaiting[call["id"]] = key
        m = self.hours.get(key)
        if m is None:
            m = self.hours[key] = [0] * len(_MEASURES)
        wait, talk = call["wait_seconds"], call["talk_seconds"]
        m[0] += 1
        m[1] += wait
        m[2] += talk
        if wait > m[3]:
            m[3] = wait
        if wait <= self.sl and call["disposition"] == "answered":
            m[4] += 1
        if wait >= self.short:
            m[5] += 1
        if call["resolved_by_call_id"] is not None:
            m[6] += 1
        if callbacks:
            m[7] += 1
        if call["transfer_count"] > 0:
            m[8] += 1
        hangup = _HANGUPS.get(call["hangup_by"])
        if hangup is not None:
            m[hangup] += 1
        m[12 + bisect_left(summaries.WAIT_BOUNDS, wait)] += 1
        for employee in people:
            k = (hour, employee, direction, status, queue, did)
            self.people[k] = self.people.get(k, 0) + 1
        ended = call["ended_at"] or started + timedelta(seconds=wait + talk)
        self.spans.append((started, max(ended, started)))

    def called_back(self, call_id: int) -> None:
        """Count a callback link written to a call of an earlier day. Its status stays (a
        later day's callback does not change it), so only ``called_back`` of its hour, day
        and team day grows: in this chunk's counts, or by an UPDATE of an earlier chunk's."""
        key = self.awaiting.pop(call_id)
        counts = self.hours.get(key)
        if counts is not None:
            counts[_CALLED_BACK] += 1
        else:
            self.earlier[key] = self.earlier.get(key, 0) + 1

    def write(
        self, conn: Connection, first: datetime, last: datetime, loader: _Loader | None
    ) -> None:
        """Write the hours from ``first``'s to ``last``'s (the chunk), then roll up their days;
        with a ``loader`` the hours go through it (LOAD DATA: committed before the roll-up)."""
        start, end = first.replace(minute=0, second=0, microsecond=0), _hour_after(last)
        tables = [cast(Table, m.__table__) for m in (CallSummary, ParticipantSummary, HourSummary)]
        for table in tables:
            conn.execute(delete(table).where(table.c.hour_start >= start, table.c.hour_start < end))
        if loader is not None:
            commit(conn)  # no locks of this connection in the loader's way

        def insert(table: FromClause, rows: list[dict[str, Any]]) -> None:
            if loader is not None:
                loader.load(table, rows)
            else:
                bulk_insert(conn, table, rows)

        def grain(hour: datetime) -> dict[str, Any]:
            return {
                "hour_start": hour,
                "day": hour.date(),
                "hour_of_day": hour.hour,
                "weekday": hour.weekday(),
            }

        keys = ("employee_id", "direction", "status", "queue", "did")
        rows = [
            {
                **grain(k[0]),
                **dict(zip(keys, k[1:], strict=True)),
                **dict(zip(_MEASURES, m, strict=True)),
            }
            for k, m in self.hours.items()
        ]
        insert(tables[0], rows)
        rows = [
            {**grain(k[0]), **dict(zip(keys, k[1:], strict=True)), "calls": n}
            for k, n in self.people.items()
        ]
        insert(tables[1], rows)
        insert(tables[2], self._peaks(start, end))
        if loader is not None:
            loader.commit()
            loader.drain()
            commit(conn)  # a snapshot that sees them
        last_day = (end - timedelta(microseconds=1)).date()
        summaries.roll_days(conn, start.date(), last_day, rollups=False)  # rolled up at the end
        self.hours.clear()
        self.people.clear()
        self._update_earlier(conn)
        # The next chunk's peaks count the calls of the hour before it too.
        self.spans = self.spans[bisect_left(self.spans, (end - _HOUR,)) :]

    def _update_earlier(self, conn: Connection) -> None:
        """Add the callback links of earlier chunks' calls to their written summaries."""
        days: dict[tuple[Any, ...], int] = {}
        team: dict[tuple[Any, ...], int] = {}
        for (hour, *rest), n in self.earlier.items():
            day = (hour.date(), *rest)
            days[day] = days.get(day, 0) + n
            team[(day[0], *rest[1:])] = team.get((day[0], *rest[1:]), 0) + n
        keys = ("direction", "status", "queue", "did")
        for model, leading, counts in (
            (CallSummary, ("hour_start", "employee_id"), self.earlier),
            (DaySummary, ("day", "employee_id"), days),
            (TeamDaySummary, ("day",), team),
        ):
            if not counts:
                continue
            table = cast(Table, model.__table__)
            names = (*leading, *keys)
            if conn.dialect.name in ("mysql", "mariadb"):
                _add_called_back(conn, table, names, counts)
                continue
            stmt = (
                update(table)
                .where(*[table.c[name] == bindparam(f"k{i}") for i, name in enumerate(names)])
                .values(called_back=table.c.called_back + bindparam("n"))
            )
            rows = [{"n": n, **{f"k{i}": v for i, v in enumerate(k)}} for k, n in counts.items()]
            conn.execute(stmt, rows)
        self.earlier = {}

    def _peaks(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """app.reports.summary's peaks of the hours from ``start`` to ``end``, computed in the
        steps refresh_period takes (each one counting the calls of the hour before it)."""
        rows: list[dict[str, Any]] = []
        spans = self.spans
        while start < end:
            step = min(start + summaries.REBUILD_STEP, end)
            lo = bisect_left(spans, (start - _HOUR,))
            hi = bisect_left(spans, (step,))
            events = [(s, 1) for s, _ in spans[lo:hi]] + [(e, -1) for _, e in spans[lo:hi]]
            events.sort()  # an end at the same second goes first
            active = 0
            peaks: dict[datetime, int] = {}
            for moment, change in events:
                active += change
                if change > 0 and start <= moment < step:
                    h = moment.replace(minute=0, second=0, microsecond=0)
                    if active > peaks.get(h, 0):
                        peaks[h] = active
            rows += [
                {"hour_start": h, "day": h.date(), "peak_concurrent": n}
                for h, n in sorted(peaks.items())
            ]
            start = step
        return rows


def _add_called_back(
    conn: Connection, table: Table, names: tuple[str, ...], counts: dict[tuple[Any, ...], int]
) -> None:
    """MariaDB/MySQL: ``called_back += n`` of the summary rows with these keys, 1000 rows a
    statement (an UPDATE joined to the keys as a derived table; typed by CAST so the join
    goes through the table's day / hour index), not a round trip per row."""
    casts = {DateTime: "DATETIME", Date: "DATE"}
    kinds = [casts.get(type(table.c[name].type)) for name in names]
    on = " AND ".join(f"t.`{name}` = v.k{i}" for i, name in enumerate(names))
    items = list(counts.items())
    for start in range(0, len(items), 1000):
        selects = []
        for key, n in items[start : start + 1000]:
            values = []
            for i, (value, kind) in enumerate(zip(key, kinds, strict=True)):
                literal = _LITERAL[type(value)](value)
                values.append(
                    f"CAST({literal} AS {kind}) AS k{i}" if kind else f"{literal} AS k{i}"
                )
            selects.append(f"SELECT {', '.join(values)}, {int(n)} AS n")
        conn.exec_driver_sql(
            f"UPDATE `{table.name}` AS t JOIN ({' UNION ALL '.join(selects)}) AS v ON {on}"
            " SET t.called_back = t.called_back + v.n"
        )


def _hour_after(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0) + _HOUR


class _Generator:
    def __init__(self, conn: Connection, plan: SeedPlan, progress: Progress | None) -> None:
        self.conn = conn
        self.plan = plan
        self.rng = random.Random(plan.seed)
        # Queue facts draw from their own stream: the rest of the demo stays as it was.
        self.queue_rng = random.Random(f"{plan.seed}:queues")
        # A database of an older revision (a migration test seeds one) has no queue facts.
        self.queue_columns = "queue" in {c["name"] for c in inspect(conn).get_columns("calls")}
        self.summaries = "report_call_hours" in inspect(conn).get_table_names()
        self.now = (plan.now or clock.now()).replace(microsecond=0)
        self.progress = progress
        self.report = SeedReport()
        self.staff: list[_Staff] = []
        self.owners: dict[str, _Owner] = {}
        self.known_numbers: list[str] = []
        # Numbers of cards created during the period, by the moment they are known from.
        self.pending: list[tuple[datetime, str]] = []
        self.card_fields = self.card_history = self.card_lists = self.one_group = False
        self.card_index = False
        self.unknown_numbers: list[str] = []
        # number -> ids of missed calls not yet resolved (and whether still in the buffer)
        self.unresolved: dict[str, list[int]] = {}
        self.buffer: dict[int, dict[str, Any]] = {}
        self.late_resolutions: list[dict[str, Any]] = []
        # Of the buffered calls: who took part, and which ones resolved missed calls.
        self.people: dict[int, list[int]] = {}
        self.callers: set[int] = set()
        # Summaries counted in Python (an empty journal) or by SQL re-reads (calls there).
        self.tally: _Summaries | None = None
        # Per employee, the other operators (ring group members, transfer targets).
        self.others: dict[int, list[_Staff]] = {}
        # MariaDB/MySQL: the big tables go through LOAD DATA on a thread (None: INSERTs).
        self.loader: _Loader | None = None
        self.reversed: dict[str, str] = {}

    # -- directory ------------------------------------------------------------------------

    def ensure_directory(self) -> None:
        existing = self.conn.scalar(select(func.count()).select_from(Employee))
        if existing:
            self._load_directory()
            return
        tables = set(inspect(self.conn).get_table_names())
        # A database of an older revision (a migration test seeds one) has no custom fields.
        self.card_fields = self.plan.cards and {"client_fields", "employee_groups"} <= tables
        self.card_history = self.card_fields and "client_history" in tables
        self.card_lists = self.card_fields and "value_lists" in tables
        self.card_index = self.card_fields and "client_field_values" in tables
        if self.card_lists:
            lists, items = list_rows()
            bulk_insert(self.conn, ValueList.__table__, lists)
            bulk_insert(self.conn, ValueListItem.__table__, items)
        # Before revision 0017 an employee had one group, in employees.group_id.
        self.one_group = "group_memberships" not in tables
        if self.card_fields:
            for table, rows in (
                (EmployeeGroup.__table__, group_rows()),
                (ClientField.__table__, field_rows(self.card_lists)),
                (GroupFieldAccess.__table__, access_rows()),
            ):
                bulk_insert(self.conn, table, rows)
        self._create_employees()
        self._create_clients()

    def _load_directory(self) -> None:
        for emp_id, role, ext in self.conn.execute(
            select(Employee.id, Employee.role, Employee.extension).where(Employee.active)
        ):
            self.staff.append(_Staff(emp_id, role, ext or str(100 + emp_id)))
        rows = self.conn.execute(
            select(Phone.number, Phone.client_id, Phone.contact_id, Client.responsible_id).join(
                Client, Client.id == Phone.client_id
            )
        )
        for number, client_id, contact_id, responsible_id in rows:
            self.owners[number] = _Owner(client_id, contact_id, responsible_id)
        self.known_numbers = sorted(self.owners)
        self._make_unknown_numbers()

    def _create_employees(self) -> None:
        rng = self.rng
        roles = [Role.ADMIN, Role.SUPERVISOR, Role.SUPERVISOR, Role.SUPERVISOR]
        roles += [Role.ACCOUNTANT, Role.ACCOUNTANT]
        roles += [Role.OPERATOR] * max(1, self.plan.employees - len(roles))
        roles = roles[: self.plan.employees]
        positions = {
            Role.ADMIN: "Системный администратор",
            Role.SUPERVISOR: "Руководитель отдела продаж",
            Role.OPERATOR: "Менеджер по продажам",
            Role.ACCOUNTANT: "Бухгалтер",
        }
        demo_login_for_role = {role: login for login, role in DEMO_LOGINS.items()}
        used_logins: set[str] = set()
        password_hash = hash_password(DEMO_PASSWORD)
        rights = {c["name"] for c in inspect(self.conn).get_columns("employees")}
        rows: list[dict[str, Any]] = []
        members: list[dict[str, Any]] = []
        of_role: dict[Role, int] = {}
        for i, role in enumerate(roles, start=1):
            full_name, _ = _person_name(rng)
            login = demo_login_for_role.pop(role, None)
            if login is None:
                base = names.transliterate(full_name.split()[0])
                login, n = base, 2
                while login in used_logins or login in DEMO_LOGINS:
                    login, n = f"{base}{n}", n + 1
            used_logins.add(login)
            extension = str(100 + i)
            rows.append(
                {
                    "id": i,
                    "login": login,
                    "full_name": full_name,
                    "position": positions[role],
                    "role": role.value,
                    "extension": extension,
                    "password_hash": password_hash,
                    "active": True,
                    "created_at": self.now - timedelta(days=self.plan.days + 30),
                    # The role's preset (a driver-level insert gets no model defaults), in
                    # the columns the database's revision has.
                    **{
                        c: n in ROLE_PRESETS[role]
                        for n, c in PERMISSION_COLUMNS.items()
                        if c in rights
                    },
                }
            )
            of_role[role] = of_role.get(role, 0) + 1
            if self.card_fields:
                members += [
                    {"employee_id": i, "group_id": g} for g in groups_of(role, of_role[role])
                ]
            self.staff.append(_Staff(i, role.value, extension))
        bulk_insert(self.conn, Employee.__table__, rows)
        if self.one_group:
            for m in members[::-1]:  # the first group of each stays
                self.conn.execute(
                    text("UPDATE employees SET group_id = :group_id WHERE id = :employee_id"), m
                )
        elif members:
            bulk_insert(self.conn, GroupMembership.__table__, members)
        self.report.employees = len(rows)

    def _create_clients(self) -> None:
        rng = self.rng
        managers = [s.id for s in self.staff if s.role in (Role.OPERATOR, Role.SUPERVISOR)]
        clients, contacts, phones = [], [], []
        used: set[str] = set()
        taken: set[str] = set()  # the clients' names: no two alike
        contact_id = 0
        created = self.now - timedelta(days=self.plan.days + 30)
        cards = DemoCards(self.plan.seed, self.now, self.plan.days, statuses=self.card_lists)
        # Numbers of cards created during the period: known from that moment on.
        self.pending.clear()

        def new_number() -> str:
            while True:
                number = _mobile(rng) if rng.random() < 0.7 else _landline(rng)
                if number not in used:
                    used.add(number)
                    return number

        def add_phone(number: str, client_id: int, contact: int | None, resp: int) -> None:
            phones.append(
                {
                    "number": number,
                    "digits_reversed": reversed_digits(number),
                    "client_id": client_id,
                    "contact_id": contact,
                    "created_at": created,
                    "created_by_id": resp,
                }
            )
            self.owners[number] = _Owner(client_id, contact, resp)

        for client_id in range(1, self.plan.clients + 1):
            responsible = rng.choice(managers)
            company = rng.random() < 0.6
            display = _unique(taken, partial(_client_name, rng, company), rng)
            clients.append(
                {
                    "id": client_id,
                    "display_name": display,
                    "kind": "company" if company else "person",
                    "responsible_id": responsible,
                    "email": f"info{client_id}@example.ru" if company else "",
                    "custom_fields": {},
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            first_phone = len(phones)
            add_phone(new_number(), client_id, None, responsible)
            if rng.random() < 0.25:
                add_phone(new_number(), client_id, None, responsible)
            if company:
                for _ in range(rng.randint(1, 3)):
                    contact_id += 1
                    contacts.append(
                        {
                            "id": contact_id,
                            "client_id": client_id,
                            "full_name": _person_name(rng)[0],
                            "position": rng.choice(names.POSITIONS_CLIENT),
                        }
                    )
                    if rng.random() < 0.7:
                        add_phone(new_number(), client_id, contact_id, responsible)
            if self.card_fields:
                known_from = cards.shape(clients[-1], company, managers).known_from
                if known_from is not None:
                    for phone in phones[first_phone:]:
                        phone["created_at"] = clients[-1]["created_at"]
                        self.pending.append((known_from, str(phone["number"])))
        for table, rows in (
            (Client.__table__, clients),
            (ContactPerson.__table__, contacts),
            (Phone.__table__, phones),
        ):
            bulk_insert(self.conn, table, rows)
        self._write_card_extras(clients, cards.history)
        self.report.clients = len(clients)
        self.report.phones = len(phones)
        later = {number for _, number in self.pending}
        self.known_numbers = sorted(n for n in self.owners if n not in later)
        self.pending.sort()
        self._make_unknown_numbers()

    def _write_card_extras(
        self, clients: list[dict[str, Any]], history: list[dict[str, Any]]
    ) -> None:
        """The cards' change history and the index of their field values."""
        if self.card_history:
            bulk_insert(self.conn, ClientHistory.__table__, history)
        if self.card_index:
            types = field_index.field_types(self.conn)
            values = field_index.index_rows(((c["id"], c["custom_fields"]) for c in clients), types)
            bulk_insert(self.conn, ClientFieldValue.__table__, values)

    def _make_unknown_numbers(self) -> None:
        rng = self.rng
        count = max(200, len(self.known_numbers) // 3)
        pool: set[str] = set()
        while len(pool) < count:
            number = _mobile(rng)
            if number not in self.owners:
                pool.add(number)
        self.unknown_numbers = sorted(pool)

    # -- calls ----------------------------------------------------------------------------

    def day_plan(self) -> list[tuple[date, int]]:
        """How many calls each day gets: busy weekdays, quiet weekends."""
        today = self.now.date()
        days = [today - timedelta(days=d) for d in range(self.plan.days - 1, -1, -1)]
        weights = []
        for d in days:
            w = {5: 0.3, 6: 0.15}.get(d.weekday(), 1.0)
            if d == today:
                # Whatever the hour and the weekday the demo opens on, today has had calls:
                # the working day so far, at least a good half of a weekday's.
                w = max(0.6, _day_done(self.now.hour + self.now.minute / 60))
            weights.append(w)
        total = sum(weights)
        counts = [int(self.plan.calls * w / total) for w in weights]
        counts[-1 if weights[-1] > 0.05 else 0] += self.plan.calls - sum(counts)
        return list(zip(days, counts, strict=True))

    def start_times(self, day: date, count: int) -> list[datetime]:
        rng = self.rng
        midnight = datetime.combine(day, datetime.min.time())
        if day == self.now.date():
            return self._times_today(midnight, count)
        times = []
        for _ in range(count):
            if rng.random() < 0.03:
                sec = rng.uniform(0, 86399)
            else:
                sec = rng.triangular(_DAY_FROM, _DAY_TO, _DAY_PEAK) * 3600
            times.append(midnight + timedelta(seconds=int(sec)))
        times.sort()
        return times

    def _times_today(self, midnight: datetime, count: int) -> list[datetime]:
        """Today's calls: the working day's hours that already passed; early in the morning
        (or in the night) the last few hours, busiest a couple of hours ago."""
        rng = self.rng
        limit = (self.now - midnight).total_seconds()
        if limit >= _DAY_PEAK * 3600:
            low, high, mode = _DAY_FROM * 3600, min(limit, _DAY_TO * 3600), _DAY_PEAK * 3600
        else:
            low, high = max(0.0, limit - 6 * 3600), limit
            mode = max(low, limit - 2 * 3600)
        times = [
            midnight + timedelta(seconds=int(rng.triangular(low, high, mode))) for _ in range(count)
        ]
        times.sort()
        return times

    def generate_calls(self) -> None:
        next_id = (self.conn.scalar(select(func.max(Call.id))) or 0) + 1
        operators = [s for s in self.staff if s.role in (Role.OPERATOR, Role.SUPERVISOR)]
        self.others = {e.id: [s for s in operators if s.id != e.id] for e in operators}
        if self.summaries and next_id == 1:
            self.tally = _Summaries(*summaries.thresholds(self.conn))
        plan = self.day_plan()
        self.loader = _Loader.open(self.conn) if LOAD_DATA else None
        deferred = None
        if self.loader is not None and self.tally is not None and DEFER_INDEXES:
            deferred = _DeferredIndexes(self.conn)  # an empty journal (checked by tally)
            deferred.drop()
        try:
            self._generate_days(plan, next_id, operators)
        finally:
            if self.loader is not None:
                loader, self.loader = self.loader, None
                loader.close()
            if deferred is not None:
                commit(self.conn)
                began = time.perf_counter()
                deferred.restore()
                self.report.index_seconds = time.perf_counter() - began
        if self.tally is not None:
            began = time.perf_counter()
            summaries.roll_everything(self.conn)  # from the days and hours the tally wrote
            commit(self.conn)
            self.report.summary_seconds += time.perf_counter() - began

    def _generate_days(
        self, plan: list[tuple[date, int]], next_id: int, operators: list[_Staff]
    ) -> None:
        supervisors = [s for s in self.staff if s.role in (Role.SUPERVISOR, Role.ADMIN)]
        written = 0
        chunk_first_id, chunk_start, pending = next_id, None, 0
        for index, (day, count) in enumerate(plan):
            midnight = datetime.combine(day, datetime.min.time())
            while self.pending and self.pending[0][0] <= midnight:  # a card made the day before
                insort(self.known_numbers, self.pending.pop(0)[1])
            parts: list[dict[str, Any]] = []
            participants: list[dict[str, Any]] = []
            for started in self.start_times(day, count):
                call, call_parts = self._one_call(next_id, started, operators)
                self.buffer[next_id] = call
                parts.extend(call_parts)
                people = participant_ids(
                    call["employee_id"], (p["employee_id"] for p in call_parts)
                )
                self.people[next_id] = people
                participants.extend(
                    {"employee_id": e, "started_at": started, "call_id": next_id} for e in people
                )
                next_id += 1
            first_start = self._flush_day(parts, participants, supervisors)
            if chunk_start is None:
                chunk_start = first_start
            written += count
            pending += count
            if pending >= SUMMARY_CHUNK or index == len(plan) - 1:
                self._close_chunk(chunk_first_id, chunk_start, plan[index][0])
                chunk_first_id, chunk_start, pending = next_id, None, 0
            if self.progress:
                self.progress("calls", written, self.plan.calls)

    def _close_chunk(self, first_id: int, start: datetime | None, last_day: date) -> None:
        """The chunk's late callback links, then its summaries, in one transaction."""
        if self.loader is not None:
            self.loader.drain()  # the chunk's calls committed before their updates
            commit(self.conn)
        began = time.perf_counter()
        late, self.late_resolutions = self.late_resolutions, []
        if late and self.loader is not None:
            _update_links(self.conn, late)
        elif late:
            stmt = (
                update(Call)
                .where(Call.id == bindparam("call_id"))
                .values(resolved_by_call_id=bindparam("by"), resolved_at=bindparam("at"))
            )
            for i in range(0, len(late), 5000):
                self.conn.execute(stmt, late[i : i + 5000])
        if self.summaries:
            if start is not None:
                end = datetime.combine(last_day, datetime.max.time()).replace(microsecond=0)
                if self.tally is not None:
                    self.tally.write(self.conn, start, end, self.loader)
                else:
                    refresh_period(self.conn, start, end)
            # Calls of earlier chunks a callback of this one resolved (ids follow time);
            # the tally added those links to their summaries itself.
            earlier = [r["call_id"] for r in late if r["call_id"] < first_id]
            if earlier and self.tally is None:
                refresh_calls(self.conn, earlier)
        commit(self.conn)
        self.report.summary_seconds += time.perf_counter() - began

    def _pick_number(self, direction: str) -> str:
        rng = self.rng
        if direction == _OUT and self.unresolved and rng.random() < 0.45:
            # Call back somebody who was missed recently.
            # The 40 newest keys, oldest first (list(...)[-40:] without the copy).
            recent = list(islice(reversed(self.unresolved), 40))[::-1]
            return rng.choice(recent)
        known_share = 0.7 if direction == _IN else 0.85
        if rng.random() < known_share and self.known_numbers:
            return rng.choice(self.known_numbers)
        return rng.choice(self.unknown_numbers)

    def _one_call(  # noqa: C901, PLR0912  the demo's random call shapes, one branch each
        self, call_id: int, started: datetime, operators: list[_Staff]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = self.rng
        roll = rng.random()
        direction = _IN if roll < 0.55 else _OUT if roll < 0.9 else _INTERNAL
        employee = rng.choice(operators)
        owner: _Owner | None = None
        if direction == _INTERNAL:
            other = rng.choice(self.others[employee.id] or operators)
            number = other.extension
        else:
            number = self._pick_number(direction)
            owner = self.owners.get(number)
        if direction == _OUT:
            r = rng.random()
            disposition = (
                _ANSWERED
                if r < 0.65
                else _NO_ANSWER
                if r < 0.85
                else _BUSY
                if r < 0.95
                else _FAILED
            )
        else:
            disposition = _ANSWERED if rng.random() < 0.74 else _NO_ANSWER
        answered = disposition == _ANSWERED
        # Most answered calls are picked up within the service level's 20 s, some wait long.
        wait = int(rng.triangular(2, 40, 6)) if answered else rng.randint(5, 60)
        # How calls nobody answered ended (issue 15), from the wait already drawn (no new
        # draw: the rest of the demo stays as it was): an operator declines quickly, an
        # employee gives up on an outgoing call before it rings out, a few trunks are full.
        if disposition == _NO_ANSWER and direction == _IN and wait < 9:
            disposition = _REJECTED
        elif disposition == _NO_ANSWER and direction == _OUT and wait < 30:
            disposition = _CANCELLED
        elif disposition == _FAILED and wait % 3 == 0:
            disposition = _CONGESTION
        # A part's talk time is the length of one of the demo's recordings (its recording).
        talk = rng.choice(RECORDING_SECONDS) if answered else 0
        answered_at = started + timedelta(seconds=wait) if answered else None
        ended = started + timedelta(seconds=wait + talk)

        # Parts: ring group / queue members who did not pick up, the one who did, transfers.
        part_rows: list[dict[str, Any]] = []
        seq = 0
        ring_others = rng.randint(0, 2) if direction == _IN else 0
        candidates = self.others[employee.id]
        for other in rng.sample(candidates, min(ring_others, len(candidates))):
            seq += 1
            part_rows.append(
                self._part(call_id, seq, other, started, None, started + timedelta(seconds=wait))
            )
        transfers = 0
        if answered and direction != _INTERNAL and rng.random() < 0.12:
            transfers = rng.randint(1, 2)
        seq += 1
        main_end = answered_at + timedelta(seconds=talk) if answered_at else ended
        part_rows.append(self._part(call_id, seq, employee, started, answered_at, main_end))
        t = main_end
        for _ in range(transfers):
            target = rng.choice(candidates or operators)
            seq += 1
            part_talk = rng.choice(RECORDING_SECONDS)
            part_rows.append(
                self._part(call_id, seq, target, t, t, t + timedelta(seconds=part_talk))
            )
            t += timedelta(seconds=part_talk)
            talk += part_talk  # the call's talk time: all its parts'
        if transfers:
            ended = t

        if answered:
            hangup = rng.choice(_ANSWERED_HANGUPS)
        elif disposition in (_CANCELLED, _REJECTED):
            hangup = _EMPLOYEE
        elif disposition in (_FAILED, _CONGESTION) or direction == _OUT:
            hangup = _SYSTEM  # the network, or the call rang out
        else:
            hangup = _CLIENT
        queue, outcome, hold, did = self._queue_facts(direction, answered, wait, transfers)
        if outcome == "timeout":
            hangup = _SYSTEM
        cost = None
        if direction == _OUT and answered:
            cost = Decimal(math.ceil(talk / 60) * 150) / 100
        comment = None
        if rng.random() < 0.08:
            comment = rng.choice(names.COMMENTS)
        call: dict[str, Any] = {
            "id": call_id,
            "started_at": started,
            "answered_at": answered_at,
            "ended_at": ended,
            "direction": direction,
            "disposition": disposition,
            "status": "",
            "external_number": number,
            "number_reversed": self._reversed(number),
            "client_id": owner.client_id if owner else None,
            "contact_id": owner.contact_id if owner else None,
            "number_known": owner is not None,
            "employee_id": employee.id,
            "responsible_id": owner.responsible_id if owner else None,
            "wait_seconds": wait,
            "talk_seconds": talk,
            "hangup_by": hangup,
            "transfer_count": transfers,
            "cost": cost,
            "resolved_by_call_id": None,
            "resolved_at": None,
            "dismissed_by_id": None,
            "dismissed_at": None,
            "comment": comment,
            "comment_by_id": employee.id if comment else None,
            "comment_at": ended if comment else None,
            "comment_version": 1 if comment else 0,
            "source": _DEMO,
            "pbx_id": None,
        }
        if self.queue_columns:
            call.update(queue=queue, queue_outcome=outcome, hold_seconds=hold, did=did)
        if resolves_missed(direction, disposition) and answered_at is not None:
            if self._resolve(number, call_id, answered_at):
                self.callers.add(call_id)
        elif awaits_callback(direction, disposition):
            self.unresolved.setdefault(number, []).append(call_id)
        return call, part_rows

    def _reversed(self, number: str) -> str:
        found = self.reversed.get(number)
        if found is None:
            found = self.reversed[number] = reversed_digits(number)
        return found

    def _queue_facts(
        self, direction: str, answered: bool, wait: int, transfers: int
    ) -> tuple[str | None, str | None, int | None, str | None]:
        """(queue, outcome, seconds in queue, dialled line) as the collector reads them from
        a PBX's queue_log: most incoming calls come through a sales or support queue."""
        if direction != _IN:
            return None, None, None, None
        q = self.queue_rng
        did = q.choice(COMPANY_LINES)
        if q.random() >= 0.7:
            return None, None, None, did  # straight to an extension / ring group
        queue = "400" if did == COMPANY_LINES[0] or q.random() < 0.3 else "401"
        if answered:
            outcome = "transferred" if transfers else "answered"
        elif wait >= 50:
            outcome = "timeout"
        else:
            outcome = "exit_key" if q.random() < 0.05 else "abandoned"
        return queue, outcome, wait, did

    def _part(
        self,
        call_id: int,
        seq: int,
        who: _Staff,
        started: datetime,
        answered: datetime | None,
        ended: datetime,
    ) -> dict[str, Any]:
        talk = int((ended - answered).total_seconds()) if answered else 0
        return {
            "call_id": call_id,
            "seq": seq,
            "employee_id": who.id,
            "extension": who.extension,
            "started_at": started,
            "answered_at": answered,
            "ended_at": ended,
            "disposition": _ANSWERED if answered else _NO_ANSWER,
            "talk_seconds": talk,
            "recording_ref": RECORDING_OF[talk] if answered else None,
        }

    def _resolve(self, number: str, by_id: int, at: datetime) -> bool:
        """Link the number's missed calls to ``by_id``; False when there were none."""
        missed_ids = self.unresolved.pop(number, [])
        for missed_id in missed_ids:
            missed = self.buffer.get(missed_id)
            if missed is not None:
                missed["resolved_by_call_id"] = by_id
                missed["resolved_at"] = at
            else:
                self.late_resolutions.append({"call_id": missed_id, "by": by_id, "at": at})
                if self.tally is not None:
                    self.tally.called_back(missed_id)
        return bool(missed_ids)

    def _flush_day(
        self,
        parts: list[dict[str, Any]],
        participants: list[dict[str, Any]],
        supervisors: list[_Staff],
    ) -> datetime | None:
        """Write the day's calls (one transaction); returns the first one's start."""
        rng = self.rng
        calls = list(self.buffer.values())
        for call in calls:
            facts = CallFacts.from_row(call)
            if needs_attention(facts) and rng.random() < 0.25:
                dismissed = call["started_at"] + timedelta(hours=rng.randint(1, 20))
                if dismissed <= self.now:
                    call["dismissed_by_id"] = rng.choice(supervisors).id
                    call["dismissed_at"] = dismissed
                    facts = CallFacts.from_row(call)
            status = call_status(facts).value
            call["status"] = status
            self.report.statuses[status] = self.report.statuses.get(status, 0) + 1
            if self.tally is not None:
                self.tally.add(call, self.people[call["id"]], call["id"] in self.callers)
        for table, rows in (
            (Call.__table__, calls),
            (CallPart.__table__, parts),
            (CallParticipant.__table__, participants),
        ):
            if self.loader is not None:
                self.loader.load(table, rows)
            else:
                bulk_insert(self.conn, table, rows)
        if self.loader is not None:
            self.loader.commit()
        else:
            commit(self.conn)
        self.report.calls += len(calls)
        self.report.parts += len(parts)
        self.buffer.clear()
        self.people.clear()
        self.callers.clear()
        return min((c["started_at"] for c in calls), default=None)


_TSV_ESCAPE = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_str(value: str) -> str:
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_TSV_ESCAPE)
    return value


# A value as a field of LOAD DATA's default format (tab-separated, backslash escapes).
_TSV: dict[type, Callable[[Any], str]] = {
    str: _tsv_str,
    int: str,
    bool: lambda v: "1" if v else "0",
    float: repr,
    Decimal: str,
    datetime: lambda v: v.isoformat(" "),
    date: lambda v: v.isoformat(),
    dict: lambda v: _tsv_str(json.dumps(v)),
    type(None): lambda v: "\\N",
}


def _tsv_encoder(table: FromClause, columns: list[str]) -> Callable[[list[Any]], str]:
    """A function writing rows (dicts) of ``table`` as LOAD DATA lines, compiled for the
    columns' types: one f-string per row instead of a conversion call per value (the
    generic per-value dispatch through _TSV was a quarter of the seeder's Python time)."""
    fields = []
    for i, name in enumerate(columns):
        column = table.c[name]
        try:
            kind: type | None = column.type.python_type
        except NotImplementedError:
            kind = None
        v = f"v{i}"
        if kind in (int, datetime, date, Decimal):
            expr = v  # str(): 42, 2026-12-01 18:00:00, 2026-12-01, 1.50
        elif kind is bool:
            expr = f"(1 if {v} else 0)"
        elif kind is str:
            expr = f"({v} if {v}.isprintable() and BACKSLASH not in {v} else esc({v}))"
        else:
            expr = f"tsv[type({v})]({v})"
        if column.nullable or kind is None:
            expr = f"(NULL if {v} is None else {expr})"
        fields.append("{" + expr + "}")
    loads = "; ".join(f"v{i} = r[{name!r}]" for i, name in enumerate(columns))
    line = "\\t".join(fields) + "\\n"
    source = (
        "def encode(rows):\n"
        "    out = []\n"
        "    add = out.append\n"
        "    for r in rows:\n"
        "        " + loads + "\n"
        '        add(f"' + line + '")\n'
        "    return ''.join(out)\n"
    )
    namespace: dict[str, Any] = {"esc": _tsv_str, "tsv": _TSV, "NULL": "\\N", "BACKSLASH": "\\"}
    exec(source, namespace)  # built above from the table's own column names
    encode: Callable[[list[Any]], str] = namespace["encode"]
    return encode


class _Loader:
    """The big tables (calls, call_parts, call_participants) written on MariaDB/MySQL with
    ``LOAD DATA LOCAL INFILE`` by a thread on the seeder's own connection, so the server
    loads one day while Python generates the next.

    ``local_infile`` is switched on for this connection only (the driver sends whichever
    file the server names: never on the app's engine). :meth:`open` gives None when the
    server does not allow it (MySQL 8's default): the seeder then INSERTs as before.
    A load with warnings (a value the server changed) raises instead of passing silently.
    """

    def __init__(self, driver: Any) -> None:
        self.driver = driver
        self.directory = tempfile.mkdtemp(prefix="calldesk-seed-")
        self.path = os.path.join(self.directory, "rows.tsv")
        self.jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.encoders: dict[tuple[str, tuple[str, ...]], Callable[[list[Any]], str]] = {}
        self.thread = threading.Thread(target=self._run, name="seed-loader", daemon=True)
        self.thread.start()

    @classmethod
    def open(cls, conn: Connection) -> _Loader | None:
        if conn.dialect.name not in ("mysql", "mariadb") or conn.dialect.driver != "pymysql":
            return None
        if not conn.exec_driver_sql("SELECT @@local_infile").scalar():
            return None
        args, kwargs = conn.dialect.create_connect_args(conn.engine.url)
        driver = conn.dialect.loaded_dbapi.connect(*args, **{**kwargs, "local_infile": True})
        with driver.cursor() as cursor:
            cursor.execute("SET SESSION unique_checks=0, foreign_key_checks=0")
        return cls(driver)

    def load(self, table: FromClause, rows: list[dict[str, Any]]) -> None:
        """Queue ``rows`` (dicts with the same keys) for ``table`` (encoded here)."""
        if not rows:
            return
        columns = list(rows[0])
        key = (str(table.description), tuple(columns))
        encode = self.encoders.get(key)
        if encode is None:
            encode = self.encoders[key] = _tsv_encoder(table, columns)
        data = encode(rows).encode()
        fields = ", ".join(f"`{c}`" for c in columns)
        sql = (
            f"LOAD DATA LOCAL INFILE '{self.path}' INTO TABLE `{table.description}` "
            f"CHARACTER SET utf8mb4 ({fields})"
        )
        self._put(lambda: self._load(sql, data))

    def commit(self) -> None:
        self._put(self.driver.commit)

    def drain(self) -> None:
        """Wait until everything queued is written and committed."""
        self.jobs.join()
        self._raise()

    def close(self) -> None:
        try:
            self.drain()
        finally:
            self.jobs.put(None)
            self.thread.join()
            self.driver.close()
            if os.path.exists(self.path):
                os.remove(self.path)
            os.rmdir(self.directory)

    def _put(self, job: Callable[[], None]) -> None:
        self._raise()
        self.jobs.put(job)

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def _load(self, sql: str, data: bytes) -> None:
        with open(self.path, "wb") as f:
            f.write(data)
        with self.driver.cursor() as cursor:
            cursor.execute(sql)
            if cursor.warning_count:
                cursor.execute("SHOW WARNINGS LIMIT 5")
                raise RuntimeError(f"LOAD DATA changed values: {cursor.fetchall()}")

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                if self.error is None:
                    job()
            except BaseException as e:  # handed to the generating thread
                self.error = e
            finally:
                self.jobs.task_done()


_BIG_TABLES = ("calls", "call_parts", "call_participants")


class _DeferredIndexes:
    """On MariaDB/MySQL, the big tables' non-unique secondary indexes dropped while an EMPTY
    journal is loaded and built again afterwards, sorted in one ALTER per table (cheaper for
    the server than keeping a dozen indexes current row by row). Nothing reads the calls
    meanwhile (the summaries are counted in Python: _Summaries; the late callback links are
    UPDATEs by primary key). The definitions are read from information_schema first and
    checked after the rebuild: the schema ends as Alembic made it."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.before = self._definitions()
        self.dropped: dict[str, list[str]] = {}

    def _definitions(self) -> dict[str, dict[str, tuple[Any, ...]]]:
        rows = self.conn.exec_driver_sql(
            "SELECT table_name, index_name, non_unique, index_type, seq_in_index, column_name,"
            " sub_part, collation FROM information_schema.statistics"
            " WHERE table_schema = DATABASE() AND table_name IN %(tables)s"
            " ORDER BY table_name, index_name, seq_in_index",
            {"tables": _BIG_TABLES},
        ).all()
        found: dict[str, dict[str, tuple[Any, ...]]] = {t: {} for t in _BIG_TABLES}
        for table, index, non_unique, kind, _seq, column, sub_part, collation in rows:
            old = found[table].get(index, (non_unique, kind, ()))
            found[table][index] = (*old[:2], (*old[2], (column, sub_part, collation)))
        return found

    def drop(self) -> None:
        for table, indexes in self.before.items():
            chosen = [
                name
                for name, (non_unique, kind, _) in indexes.items()
                if name != "PRIMARY" and int(non_unique) == 1 and kind == "BTREE"
            ]
            if chosen:
                drops = ", ".join(f"DROP INDEX `{n}`" for n in chosen)
                self.conn.exec_driver_sql(f"ALTER TABLE `{table}` {drops}")
                self.dropped[table] = chosen

    def restore(self) -> None:
        for table, dropped in self.dropped.items():
            adds = []
            for name in dropped:
                columns = ", ".join(
                    f"`{column}`"
                    + (f"({int(sub_part)})" if sub_part else "")
                    + (" DESC" if collation == "D" else "")
                    for column, sub_part, collation in self.before[table][name][2]
                )
                adds.append(f"ADD INDEX `{name}` ({columns})")
            self.conn.exec_driver_sql(f"ALTER TABLE `{table}` {', '.join(adds)}")
        self.dropped = {}
        after = self._definitions()
        if after != self.before:
            raise RuntimeError(f"Indexes not restored as they were: {self.before} -> {after}")


def _update_links(conn: Connection, late: list[dict[str, Any]]) -> None:
    """MariaDB/MySQL: the late callback links as a few multi-row UPDATEs (CASE over the ids)
    instead of a round trip per row (PyMySQL's executemany of an UPDATE)."""
    for i in range(0, len(late), 2000):
        batch = late[i : i + 2000]
        ids = ", ".join(str(int(r["call_id"])) for r in batch)
        by = " ".join(f"WHEN {int(r['call_id'])} THEN {int(r['by'])}" for r in batch)
        at = " ".join(f"WHEN {int(r['call_id'])} THEN '{r['at'].isoformat(' ')}'" for r in batch)
        conn.exec_driver_sql(
            f"UPDATE calls SET resolved_by_call_id = CASE id {by} END,"
            f" resolved_at = CASE id {at} END WHERE id IN ({ids})"
        )


def commit(conn: Connection) -> None:
    """Commit both what went through SQLAlchemy and what bulk_insert wrote on the driver."""
    conn.commit()
    conn.connection.commit()


def _sqlite_datetime(value: datetime) -> str:
    # The exact text SQLAlchemy's SQLite DateTime writes ("%Y-%m-%d %H:%M:%S.%f"), so
    # comparisons with bound parameters (keyset seeks) stay exact; isoformat is faster.
    return value.isoformat(" ", "microseconds")


# Per value type, what the driver gets instead (other types go as they are).
_SQLITE_CONVERT: dict[type, Callable[[Any], Any]] = {
    datetime: _sqlite_datetime,
    Decimal: float,
    dict: json.dumps,
    list: json.dumps,
}
_MARIADB_CONVERT: dict[type, Callable[[Any], Any]] = {dict: json.dumps, list: json.dumps}


def _same(value: Any) -> Any:
    return value


def bulk_insert(conn: Connection, table: FromClause, rows: list[dict[str, Any]]) -> None:
    """Driver-level executemany: the ORM's per-value processing costs more than the insert."""
    if not rows:
        return
    columns = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    sql = (
        f"INSERT INTO {quote(str(table.description))} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join([mark] * len(columns))})"
    )
    driver = conn.connection.driver_connection
    pymysql = conn.dialect.name != "sqlite" and conn.dialect.driver == "pymysql"
    if pymysql and not driver.server_status & _NO_BACKSLASH_ESCAPES:  # type: ignore[union-attr]
        _insert_literals(driver, sql.split(" VALUES ")[0], rows, columns)
        return
    convert = _SQLITE_CONVERT if conn.dialect.name == "sqlite" else _MARIADB_CONVERT
    plain = (str, int, float, bool, type(None))
    values = [
        tuple(
            v if type(v) in plain else convert.get(type(v), _same)(v) for v in map(r.get, columns)
        )
        for r in rows
    ]
    cursor = driver.cursor()  # type: ignore[union-attr]
    try:
        for start in range(0, len(values), 20_000):
            cursor.executemany(sql, values[start : start + 20_000])
    finally:
        cursor.close()


_NO_BACKSLASH_ESCAPES = 512  # MySQL's SERVER_STATUS_NO_BACKSLASH_ESCAPES
_STATEMENT_BYTES = 1_000_000  # below any server's max_allowed_packet


def _quoted(value: Any) -> str:
    return "'" + str(escape_string(value)) + "'"


# SQL literal of a value by its type (PyMySQL's escaping per value, without its
# per-call dispatch: the driver's escaping was half of a MariaDB seed's time).
_LITERAL: dict[type, Callable[[Any], str]] = {
    str: _quoted,
    int: str,
    bool: lambda v: "1" if v else "0",
    float: repr,
    Decimal: str,
    datetime: lambda v: "'" + v.isoformat(" ") + "'",
    date: lambda v: "'" + v.isoformat() + "'",
    dict: lambda v: _quoted(json.dumps(v)),
    list: lambda v: _quoted(json.dumps(v)),
    type(None): lambda v: "NULL",
}


def _insert_literals(
    driver: Any, head: str, rows: list[dict[str, Any]], columns: list[str]
) -> None:
    """Multi-row INSERTs of ~1 MB with the values written as SQL literals."""
    literal = _LITERAL
    cursor = driver.cursor()
    try:
        batch: list[str] = []
        size = 0
        for r in rows:
            row = "(" + ",".join([literal[type(v)](v) for v in map(r.get, columns)]) + ")"
            batch.append(row)
            size += len(row) + 1
            if size >= _STATEMENT_BYTES:
                cursor.execute(head + " VALUES " + ",".join(batch))
                batch, size = [], 0
        if batch:
            cursor.execute(head + " VALUES " + ",".join(batch))
    finally:
        cursor.close()


def seed(engine: Engine, plan: SeedPlan, progress: Progress | None = None) -> SeedReport:
    """Fill the database: the directory (if empty) and ``plan.calls`` more calls."""
    if plan.recordings_dir is not None:
        write_demo_recordings(plan.recordings_dir, plan.seed)
    with engine.connect() as conn:
        if conn.dialect.name in ("mysql", "mariadb"):
            conn.exec_driver_sql("SET SESSION unique_checks=0, foreign_key_checks=0")
        gen = _Generator(conn, plan, progress)
        gen.ensure_directory()
        commit(conn)
        gen.generate_calls()
        commit(conn)
        if plan.cards and plan.now is not None:  # the demo: a populated calendar and board
            add_demo_events(conn, plan.now, plan.seed)
            add_demo_tasks(conn, plan.now, plan.seed)
            commit(conn)
        if conn.dialect.name in ("mysql", "mariadb"):
            conn.exec_driver_sql("SET SESSION unique_checks=1, foreign_key_checks=1")
    return gen.report
