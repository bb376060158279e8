"""The recording access log: rows stamped with the app's clock (the server's time), read back as the
"Recording access" report by supervisors and administrators only, exported to Excel."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select, update

from app import clock
from app.database import Database
from app.recordings_access import AccessLogRefused, record_access
from app.reports import REPORTS, Breakdown, ReportParams, run_report
from app.reports.export import write_xlsx
from models import Call, CallPart, Employee, RecordingAccess, RecordingAction, Role

pytestmark = pytest.mark.seed(calls=40, clients=10, days=2, seed=3)


def _employee(db: Database, role: Role) -> int:
    with db.transaction() as s:
        found = s.scalar(select(func.min(Employee.id)).where(Employee.role == role.value))
    assert found is not None
    return int(found)


def _part(db: Database) -> tuple[int, int, str]:
    with db.transaction() as s:
        row = s.execute(
            select(CallPart.call_id, CallPart.seq, CallPart.recording_ref)
            .where(CallPart.recording_ref.is_not(None))
            .order_by(CallPart.id)
            .limit(1)
        ).one()
    return int(row.call_id), int(row.seq), str(row.recording_ref)


def _params(day: datetime, requested_by: int | None, *operators: int) -> ReportParams:
    return ReportParams(
        day.date() - timedelta(days=1),
        day.date() + timedelta(days=1),
        breakdown=Breakdown.NONE,
        operator_ids=operators,
        requested_by=requested_by,
    )


def test_an_access_is_stamped_with_the_apps_clock_when_it_happens(db: Database) -> None:
    """The app's clock, not SQL NOW(): it is the server's time on a desktop (app.server_time
    sets it right: tests/app/test_recordings_access_queue.py), and a row kept while the
    database is away keeps it."""
    operator = _employee(db, Role.OPERATOR)
    call_id, seq, ref = _part(db)
    moment = datetime(2026, 11, 20, 18, 31, 7, 900_000)
    with clock.using(clock.FixedClock(moment)):
        db.write(lambda s: record_access(s, operator, call_id, seq, ref, RecordingAction.LISTEN))
    with db.transaction() as s:
        rows = s.execute(select(RecordingAccess)).scalars().all()
    assert len(rows) == 1
    row = rows[0]
    assert (row.employee_id, row.call_id, row.part_seq, row.recording_ref) == (
        operator,
        call_id,
        seq,
        ref,
    )
    assert row.action == "listen"
    assert row.accessed_at == moment.replace(microsecond=0)
    assert row.access_key is not None and len(row.access_key) == 32


def test_supervisors_read_the_log_by_period_and_employee_and_export_it(
    db: Database, tmp_path: Path
) -> None:
    operator = _employee(db, Role.OPERATOR)
    supervisor = _employee(db, Role.SUPERVISOR)
    call_id, seq, ref = _part(db)
    db.write(lambda s: record_access(s, operator, call_id, seq, ref, RecordingAction.LISTEN))
    db.write(lambda s: record_access(s, supervisor, call_id, seq, ref, RecordingAction.DOWNLOAD))
    now = clock.now()
    with db.transaction() as s:
        number = s.scalar(select(Call.external_number).where(Call.id == call_id))

    assert "recording-access" in REPORTS
    result = run_report(db.engine, "recording-access", _params(now, supervisor))
    assert [(r["action"], r["recording"], r["part"]) for r in result.rows] == [
        ("Downloaded", ref, str(seq)),
        ("Listened", ref, str(seq)),
    ]  # newest first
    assert {r["number"] for r in result.rows} == {number}
    assert all(r["key"] == call_id for r in result.rows)

    mine = run_report(db.engine, "recording-access", _params(now, supervisor, operator))
    assert [r["action"] for r in mine.rows] == ["Listened"]
    elsewhere = _params(now, supervisor)
    elsewhere = ReportParams(
        elsewhere.date_from - timedelta(days=30),
        elsewhere.date_from - timedelta(days=10),
        breakdown=Breakdown.NONE,
        requested_by=supervisor,
    )
    assert run_report(db.engine, "recording-access", elsewhere).rows == []

    target = write_xlsx(result, tmp_path / "access.xlsx")
    book = load_workbook(target)
    sheet = book.active
    assert sheet is not None
    values = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    assert any("Listened" in row and ref in row for row in values)
    assert any("Downloaded" in row and ref in row for row in values)


@pytest.mark.parametrize("who", ["operator", "accountant", "nobody", "inactive supervisor"])
def test_anyone_but_a_supervisor_or_admin_is_refused_the_log(db: Database, who: str) -> None:
    operator = _employee(db, Role.OPERATOR)
    call_id, seq, ref = _part(db)
    db.write(lambda s: record_access(s, operator, call_id, seq, ref, RecordingAction.LISTEN))
    asker: int | None
    if who == "operator":
        asker = operator
    elif who == "accountant":
        asker = _employee(db, Role.ACCOUNTANT)
    elif who == "nobody":
        asker = None
    else:
        asker = _employee(db, Role.SUPERVISOR)
        db.write(
            lambda s: s.execute(update(Employee).where(Employee.id == asker).values(active=False))
        )
    now = clock.now()
    with pytest.raises(AccessLogRefused, match="Only supervisors and administrators"):
        run_report(db.engine, "recording-access", _params(now, asker))
    admin = _employee(db, Role.ADMIN)
    assert len(run_report(db.engine, "recording-access", _params(now, admin)).rows) == 1


def test_the_command_line_report_asks_who_is_asking(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.main import main

    operator = _employee(db, Role.OPERATOR)
    call_id, seq, ref = _part(db)
    db.write(lambda s: record_access(s, operator, call_id, seq, ref, RecordingAction.DOWNLOAD))
    with db.transaction() as s:
        day = clock.today().isoformat()
        logins = {
            role: s.scalar(select(Employee.login).where(Employee.role == role.value).limit(1))
            for role in (Role.OPERATOR, Role.SUPERVISOR)
        }
    url = db.engine.url.render_as_string(hide_password=False)
    args = ["report", "recording-access", "--db", url, "--from", day, "--to", day, "--json"]
    assert main([*args, "--as", str(logins[Role.SUPERVISOR])]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["action"], r["recording"]) for r in rows] == [("Downloaded", ref)]
    for refused in ([], ["--as", str(logins[Role.OPERATOR])]):
        assert main([*args, *refused]) == 2
        assert "Only supervisors and administrators" in capsys.readouterr().err
