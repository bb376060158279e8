"""Screenshots of the Events section for looking at it: month, week and day views of an
operator and of a supervisor's "All employees", the event's form and the reminders, at
1920x1080 and 1280x800, on a small seeded demo database (with the demo's events).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/events_shots.py OUT [ru|uk|en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import clock
from app.database import Database, make_engine, migrate
from app.demo.seed import SeedPlan, seed
from app.events import EventDraft, complete_event, create_event, read_event
from models import Role
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    wait(400)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def own_events(db: Database) -> None:
    """The operator's week: done, overdue, today, with a client, linked, given by a colleague."""
    operator = user_with_role(db, Role.OPERATOR)
    boss = user_with_role(db, Role.SUPERVISOR)
    now = NOW
    with db.transaction() as s:
        client_id = s.execute(
            __import__("sqlalchemy").text("SELECT id FROM clients ORDER BY id LIMIT 1")
        ).scalar()
        first = create_event(
            s,
            operator,
            EventDraft(
                "Перезвонить по коммерческому предложению",
                now - timedelta(days=1, hours=2),
                operator.id,
                client_id,
            ),
            now - timedelta(days=3),
        )
        entry = read_event(s, operator, first)
        assert entry is not None
        complete_event(s, operator, entry, now - timedelta(days=1))
        create_event(
            s,
            operator,
            EventDraft(
                "Отправить договор на подпись",
                now + timedelta(days=1, hours=-2),
                operator.id,
                client_id,
            ),
            now,
            linked_to=entry,
        )
        create_event(
            s,
            boss,
            EventDraft("Обзвонить потерянные за утро", now - timedelta(hours=3), operator.id),
            now - timedelta(days=1),
        )
        create_event(
            s,
            operator,
            EventDraft(
                "Уточнить дату поставки", now + timedelta(minutes=20), operator.id, client_id, 30
            ),
            now - timedelta(hours=1),
        )


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-event-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from ui import style
    from ui.application import create_application
    from ui.events.calendar import CalendarMode
    from ui.events.dialog import EventDialog
    from ui.main_window import MainWindow

    create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed(engine, SeedPlan(calls=400, clients=50, days=30, now=NOW, seed=7, cards=True))
        db = Database(engine)
        own_events(db)
        for role, who in ((Role.OPERATOR, "operator"), (Role.SUPERVISOR, "supervisor")):
            window = MainWindow(db, user_with_role(db, role))
            for width, height in ((1920, 1080), (1280, 800)):
                window.resize(width, height)
                window.show()
                form = window.open_section(MainWindow.SECTION_EVENTS)
                if role is Role.SUPERVISOR:
                    form.employee.setCurrentIndex(form.employee.findData(0))  # type: ignore[attr-defined]
                for mode in (CalendarMode.MONTH, CalendarMode.WEEK, CalendarMode.DAY):
                    form.set_mode(mode)  # type: ignore[attr-defined]
                    wait(600)
                    save(window, out, f"events-{mode}-{who}-{width}x{height}")
                form.set_mode(CalendarMode.MONTH)  # type: ignore[attr-defined]
            if role is Role.OPERATOR:
                window.resize(1280, 800)
                window.event_watch.poll()
                wait(1500)
                save(window.reminder_window, out, "events-reminders")
                events = form.events  # type: ignore[attr-defined]
                linked = next(e for e in events if e.link_root_id)
                dialog = window.open_event(linked.id)
                assert isinstance(dialog, EventDialog)
                save(dialog, out, "events-dialog")
                dialog.close()
                assert linked.client_id is not None
                card = window.open_client_card(linked.client_id)
                card.tabs.setCurrentWidget(card.events_tab)  # type: ignore[attr-defined]
                save(window, out, "events-card-tab")
                window.open_section(MainWindow.SECTION_JOURNAL)
                wait(1500)
                save(window, out, "events-journal-toolbar")
            if role is Role.SUPERVISOR:
                window.resize(1280, 800)
                window.open_section(MainWindow.SECTION_JOURNAL)
                wait(1500)
                save(window, out, "events-journal-toolbar-supervisor")
            window.close()
            QApplication.processEvents()
        db.dispose()


if __name__ == "__main__":
    main()
