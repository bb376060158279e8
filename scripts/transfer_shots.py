"""Screenshots of the softphone's calls in the journal (issue 15): a call transferred from one
operator to another (one call, a part each with its own talk time) selected with the side
panel, and above it calls still ringing or being dialled shown "in progress", at 1280x800 on
a small seeded database whose call source is the softphones.

    xvfb-run -a -s "-screen 0 1920x1080x24" \\
        .venv/bin/python scripts/transfer_shots.py OUT [ru|uk|en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-transfer-shots-"))
    os.environ["CALLDESK_DATA_DIR"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")

    from datetime import timedelta

    from sqlalchemy import select

    from app import clock
    from app.calls.softphone_log import SoftphoneCall, SoftphoneLeg, log_call, open_call
    from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, put_setting
    from app.database import Database, make_engine, migrate
    from app.staff.auth import current_user
    from app.staff.presence import Report, report
    from models import Employee, PresenceState, Role
    from scripts.screenshots import SIZE, save, wait
    from softphone.audio_devices import MemoryAudioDevice
    from tests.support.clock_support import NOW
    from tests.support.ui_support import seed_small, user_with_role
    from ui import style
    from ui.application import create_application
    from ui.main_window import MainWindow

    app = create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed_small(engine, calls=200, clients=30)
        db = Database(engine)
        now = clock.now().replace(microsecond=0)
        with db.transaction() as s:
            put_setting(s, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
            people = s.scalars(
                select(Employee)
                .where(Employee.role == Role.OPERATOR.value, Employee.extension.is_not(None))
                .order_by(Employee.id)
                .limit(4)
            ).all()
            first, target, ringing, dialling = (current_user(e) for e in people)
        # The target's CallDesk is online: it writes its own leg.
        with db.engine.begin() as conn:
            report(conn, target.id, "desk-2", Report(PresenceState.READY, now), now=now)
        caller = "+79161234567"
        start = now - timedelta(minutes=9, seconds=40)
        handed = now - timedelta(minutes=6, seconds=5)
        transferred = SoftphoneCall(
            direction="in",
            number=caller,
            started_at=start,
            answered_at=start + timedelta(seconds=6),
            ended_at=handed + timedelta(seconds=2),
            disposition="answered",
            hangup_by="employee",
            legs=[
                SoftphoneLeg(
                    first.extension or "", start, start + timedelta(seconds=6), handed, first.id
                ),
                SoftphoneLeg(target.extension or "", handed, handed, handed, handed_over=True),
            ],
        )
        target_leg = SoftphoneCall(
            direction="in",
            number=caller,
            started_at=handed - timedelta(seconds=3),
            answered_at=handed,
            ended_at=now - timedelta(minutes=1, seconds=12),
            disposition="answered",
            hangup_by="client",
            transferred=True,
        )
        with db.transaction() as s:
            call_id = log_call(s, transferred, first, now=now)
            log_call(s, target_leg, target, now=now)
            open_call(
                s,
                SoftphoneCall("in", "+79031112299", now - timedelta(seconds=7), None, "no_answer"),
                ringing,
                now=now,
            )
            open_call(
                s,
                SoftphoneCall("out", "+74957654321", now - timedelta(seconds=4), None, "no_answer"),
                dialling,
                now=now,
            )
        window = MainWindow(
            db, user_with_role(db, Role.SUPERVISOR), "demo", audio_device=MemoryAudioDevice()
        )
        window.resize(*SIZE)
        window.show()
        journal = window.form(MainWindow.SECTION_JOURNAL)
        table = journal.table  # type: ignore[attr-defined]
        model = table.model()
        for _ in range(100):
            if model.rowCount() > 0:
                break
            wait(100)
        wait(500)
        state = journal.panel_state  # type: ignore[attr-defined]
        if state.collapsed:
            state.set_collapsed(False)
        row = next(
            i
            for i in range(model.rowCount())
            if (r := journal.model.row_at(i)) is not None and r.id == call_id  # type: ignore[attr-defined]
        )
        table.selectRow(row)
        wait(1200)
        save(window, out, f"journal-transfer-in-progress-{language}-1280")
        window.softphone.shutdown()
        window.close()
        window.deleteLater()
        wait(100)
        db.dispose()
    del app


if __name__ == "__main__":
    main()
