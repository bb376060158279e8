"""The "Recording access" report in the Reports section: supervisors see who listened to and
downloaded which recording, filter by employee and save it to Excel; operators are not
offered it (and the app refuses them: tests/app/test_recordings_access.py)."""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.database import Database
from app.recordings_access import record_access
from models import CallPart, RecordingAction, Role
from tests.support.ui_support import user_with_role
from ui.reports.form import ReportsForm

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"

pytestmark = pytest.mark.seed(calls=80, clients=20, days=3, seed=4, qt_settings=True)


def _form(qtbot: QtBot, db: Database, role: Role) -> ReportsForm:
    form = ReportsForm(db, user_with_role(db, role))
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    return form


def _names(form: ReportsForm) -> list[str]:
    return [
        str(form.report_list.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(form.report_list.count())
    ]


def test_supervisors_see_filter_and_export_the_access_log(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    operator = user_with_role(db, Role.OPERATOR)
    supervisor = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        parts = conn.execute(
            select(CallPart.call_id, CallPart.seq, CallPart.recording_ref)
            .where(CallPart.recording_ref.is_not(None))
            .order_by(CallPart.id)
            .limit(3)
        ).all()
    today = clock.today()
    for n, (call_id, seq, ref) in enumerate(parts):
        who = operator.id if n < 2 else supervisor.id
        action = RecordingAction.LISTEN if n != 1 else RecordingAction.DOWNLOAD
        db.write(
            partial(
                record_access,
                employee_id=who,
                call_id=call_id,
                part_seq=seq,
                recording_ref=ref,
                action=action,
            )
        )

    assert "recording-access" not in _names(_form(qtbot, db, Role.OPERATOR))
    form = _form(qtbot, db, Role.SUPERVISOR)
    assert "recording-access" in _names(form)
    form.set_period(today - timedelta(days=1), today)
    form.select_report("recording-access")
    qtbot.waitUntil(
        lambda: (
            form.result is not None
            and form.result.report == "recording-access"
            and not form.running
        ),
        timeout=20_000,
    )
    assert form.banner.isHidden()
    assert form.model.rowCount() == 3
    assert not form.call_types.isEnabled() and not form.breakdown.isEnabled()
    assert "database server" in form.header.text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert form.grab().save(str(ARTIFACTS / f"reports-recording-access-{db.dialect}.png"))

    path = tmp_path / "access.xlsx"
    form.export_xlsx(path)
    book = load_workbook(path)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert sum(1 for r in rows if "Listened" in r) == 2
    assert sum(1 for r in rows if "Downloaded" in r) == 1

    form.operators.set_chosen([operator.id])  # the employee filter
    form.run()
    qtbot.waitUntil(lambda: not form.running and form.model.rowCount() == 2, timeout=20_000)
