"""A journal page's rows in one statement: every name, the participants and the recording
flag agree with the same facts read table by table, on SQLite and MariaDB."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import Session

from app.database import Database
from app.journal.rows import EVERYTHING, NOTHING, Extra, rows_for
from models import Call, CallPart, CallParticipant, Client, ContactPerson, Employee, Phone

pytestmark = pytest.mark.seed(calls=1500, clients=120, days=10)


def test_rows_carry_the_same_names_as_the_tables(db: Database) -> None:
    with db.engine.begin() as conn:
        # A dismissed call, a resolved one and a comma in a name: all must come through.
        ids = list(conn.scalars(select(Call.id).order_by(Call.id.desc()).limit(300)))
        someone = conn.scalar(select(Employee.id).order_by(Employee.id))
        conn.execute(
            update(Employee).where(Employee.id == someone).values(full_name="Ivanov, Ivan")
        )
        conn.execute(update(Call).where(Call.id == ids[5]).values(dismissed_by_id=someone))
        employees = {e.id: (e.full_name, e.position) for e in conn.execute(select(Employee))}
        clients = dict(conn.execute(select(Client.id, Client.display_name)).all())
        contacts = dict(conn.execute(select(ContactPerson.id, ContactPerson.full_name)).all())
        owners = dict(conn.execute(select(Phone.number, Phone.client_id)).all())
        people: dict[int, list[int]] = {}
        for call_id, emp in conn.execute(
            select(CallParticipant.call_id, CallParticipant.employee_id).where(
                CallParticipant.call_id.in_(ids)
            )
        ):
            people.setdefault(call_id, []).append(emp)
        recorded = set(
            conn.scalars(
                select(CallPart.call_id).where(
                    CallPart.call_id.in_(ids), CallPart.recording_ref.is_not(None)
                )
            )
        )
        calls = {c.id: c for c in conn.execute(select(Call).where(Call.id.in_(ids)))}
        resolver = dict(conn.execute(select(Call.id, Call.employee_id)).all())
        rows = rows_for(conn, ids)
    assert [r.id for r in rows] == ids
    several = 0
    for r in rows:
        c = calls[r.id]
        client_id = c.client_id if c.client_id is not None else owners.get(c.external_number)
        name = clients.get(client_id) if client_id is not None else None
        assert (r.client_id, r.client_name) == (client_id, name)
        assert r.contact_name == (contacts.get(c.contact_id) if c.contact_id else None)
        main = employees.get(c.employee_id) if c.employee_id is not None else None
        assert (r.employee_name, r.employee_position) == (main or (None, None))
        names = sorted(employees[e][0] for e in people.get(r.id, []))
        if main is not None and main[0] in names:
            names.remove(main[0])
            names.insert(0, main[0])
        assert list(r.participant_names) == names
        several += len(names) > 1
        assert r.responsible_name == (employees[c.responsible_id][0] if c.responsible_id else None)
        assert r.dismissed_by_name == (
            employees[c.dismissed_by_id][0] if c.dismissed_by_id else None
        )
        by = resolver.get(c.resolved_by_call_id) if c.resolved_by_call_id else None
        assert r.resolved_by_name == (employees[by][0] if by else None)
        assert r.has_recording == (r.id in recorded)
    assert several and any(r.has_recording for r in rows) and any(r.resolved_by_name for r in rows)
    assert any(r.dismissed_by_name == "Ivanov, Ivan" for r in rows)


def test_a_call_that_rang_many_operators_keeps_every_name(db: Database) -> None:
    """A queue call that rang 60 operators with long Cyrillic names: far past MySQL 8's
    default 1,024-byte GROUP_CONCAT (MariaDB's is 1 MB: the server is set to MySQL's
    default here), every name comes back whole."""
    names = [f"Константинопольская-Щербакова Александра {n:02d}" for n in range(60)]
    with Session(db.engine) as s, s.begin():
        call = s.scalars(select(Call).order_by(Call.id.desc()).limit(1)).one()
        s.execute(delete(CallParticipant).where(CallParticipant.call_id == call.id))
        staff = [
            Employee(
                login=f"ring{n}",
                full_name=name,
                password_hash="x",
                role="operator",
                created_at=call.started_at,
            )
            for n, name in enumerate(names)
        ]
        s.add_all(staff)
        s.flush()
        s.add_all(
            CallParticipant(call_id=call.id, employee_id=e.id, started_at=call.started_at)
            for e in staff
        )
        call_id = call.id
    mysql = db.engine.dialect.name != "sqlite"
    if mysql:
        with db.engine.connect() as conn:
            before = conn.exec_driver_sql("SELECT @@GLOBAL.group_concat_max_len").scalar()
            conn.exec_driver_sql("SET GLOBAL group_concat_max_len = 1024")
        db.engine.dispose()  # new connections start with the server's default
    try:
        with db.engine.connect() as conn:
            [row] = rows_for(conn, [call_id])
    finally:
        if mysql:
            with db.engine.connect() as conn:
                conn.exec_driver_sql(f"SET GLOBAL group_concat_max_len = {int(before or 0)}")
    assert sorted(row.participant_names) == sorted(names)


# The fields each optional part fills, and their value when it is not read.
_EXTRA_FIELDS: dict[Extra, dict[str, Any]] = {
    Extra.PARTICIPANTS: {"participant_names": ()},
    Extra.RECORDING: {"has_recording": False},
    Extra.RESPONSIBLE: {"responsible_id": None, "responsible_name": None},
    Extra.CONTACT: {"contact_name": None},
    Extra.POSITION: {"employee_position": None},
    Extra.QUEUE: {"queue": None, "queue_outcome": None, "queue_seconds": None, "did": None},
    Extra.COST: {"cost": None},
    Extra.HANGUP: {"hangup_by": None},
}


def test_a_row_reads_only_the_parts_its_columns_need(db: Database) -> None:
    """Each optional part alone gives the full row's values for its fields and the rest
    empty; with none of them the statement reads neither participants nor parts."""
    with db.engine.begin() as conn:
        conn.execute(update(Call).values(queue="400", hold_seconds=7, cost=1, hangup_by="client"))
        ids = list(conn.scalars(select(Call.id).order_by(Call.id.desc()).limit(300)))
        full = rows_for(conn, ids)
        assert all(r.extra == EVERYTHING for r in full)
        for only in [NOTHING, *(frozenset({e}) for e in Extra)]:
            rows = rows_for(conn, ids, only)
            empty = {
                name: value
                for part, fields in _EXTRA_FIELDS.items()
                if part not in only
                for name, value in fields.items()
            }
            assert rows == [replace(r, **empty, extra=only) for r in full], only
        statements: list[str] = []

        def seen(*args: Any) -> None:
            statements.append(str(args[2]))

        event.listen(conn, "before_cursor_execute", seen)
        try:
            rows_for(conn, ids, NOTHING)
            rows_for(conn, ids, frozenset({Extra.PARTICIPANTS, Extra.RECORDING}))
        finally:
            event.remove(conn, "before_cursor_execute", seen)
    lean, wide = statements
    assert "call_participants" not in lean and "call_parts" not in lean
    assert "call_participants" in wide and "call_parts" in wide
    # Something of every part is there to lose in the full rows.
    assert any(r.participant_names for r in full) and any(r.has_recording for r in full)
    assert any(r.responsible_name for r in full) and any(r.employee_position for r in full)
