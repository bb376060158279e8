"""Screenshots of the Tasks section (board, board grouped by assignee, calendar, report), the
task form and the letter form in the main window, in Russian, at 1280x800 and 1920x1080, on a
small seeded database.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/task_shots.py OUT [ru|uk|en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from app import clock
from app.database import Database, make_engine, migrate
from app.tasks import TaskDraft, create_task, move_task
from models import Employee, Role, TaskPriority, TaskStatus
from scripts.screenshots import save, wait
from tests.support.clock_support import NOW
from tests.support.ui_support import seed_small, user_with_role

TASKS = (
    ("Перезвонить ООО «Ромашка» по договору", -3, None, TaskPriority.HIGH),
    ("Подготовить коммерческое предложение", 4, None, TaskPriority.NORMAL),
    ("Согласовать счёт с бухгалтерией", 26, TaskStatus.IN_PROGRESS, TaskPriority.NORMAL),
    ("Отправить акт сверки", 50, TaskStatus.READY, TaskPriority.LOW),
    ("Уточнить адрес доставки", -30, TaskStatus.CLOSED, TaskPriority.NORMAL),
)


# More tasks for two other operators: the board grouped by assignee shows three lanes.
LANE_TASKS = (
    ("Выставить счёт ИП Петрову", -5, TaskStatus.IN_PROGRESS),
    ("Перезвонить по рекламации", 20, None),
    ("Обновить прайс-лист на сайте", 70, TaskStatus.READY),
    ("Собрать отзывы клиентов за ноябрь", 30, None),
)


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-task-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from ui import style
    from ui.application import create_application

    create_application(language, style.THEME_LIGHT)
    from app.mail import MailSettings
    from ui.mail.letter import LetterDialog
    from ui.main_window import MainWindow
    from ui.tasks.board import TaskBoardForm

    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed_small(engine, calls=200, clients=30)
        db = Database(engine)
        boss = user_with_role(db, Role.SUPERVISOR)
        operator = user_with_role(db, Role.OPERATOR)
        for title, hours, status, priority in TASKS:
            draft = TaskDraft(
                title, operator.id, priority=priority, due_at=NOW + timedelta(hours=hours)
            )
            task = db.write(lambda s, d=draft: create_task(s, boss, d, NOW))  # type: ignore[misc]
            if status is not None:
                db.write(lambda s, t=task, st=status: move_task(s, boss, t, 1, st, NOW, 1.5))  # type: ignore[misc]
        with db.transaction() as s:
            others = s.scalars(
                select(Employee.id)
                .where(Employee.role == Role.OPERATOR.value, Employee.id != operator.id)
                .order_by(Employee.id)
                .limit(2)
            ).all()
        for index, (title, hours, status) in enumerate(LANE_TASKS):
            who = others[index % len(others)] if others else operator.id
            draft = TaskDraft(title, who, due_at=NOW + timedelta(hours=hours))
            task = db.write(lambda s, d=draft: create_task(s, boss, d, NOW))  # type: ignore[misc]
            if status is not None:
                db.write(lambda s, t=task, st=status: move_task(s, boss, t, 1, st, NOW, 2.0))  # type: ignore[misc]
        for width, height in ((1280, 800), (1920, 1080)):
            window = MainWindow(db, boss, "shots")
            window.resize(width, height)
            window.show()
            form = window.open_section(MainWindow.SECTION_TASKS)
            assert isinstance(form, TaskBoardForm)
            form.assignee.setCurrentIndex(0)
            wait(1500)
            save(window, out, f"tasks-board-{language}-{width}x{height}")
            form.set_grouped(True)
            wait(300)
            save(window, out, f"tasks-lanes-{language}-{width}x{height}")
            form.set_grouped(False)
            form.views.setCurrentIndex(1)
            save(window, out, f"tasks-calendar-{language}-{width}x{height}")
            form.views.setCurrentIndex(form.report_index)
            save(window, out, f"tasks-report-{language}-{width}x{height}")
            if width == 1280:
                dialog = form.make_dialog(form.cards[0].id)
                dialog.show()
                save(dialog, out, f"task-form-{language}")
                dialog.close()
                settings = MailSettings(
                    "smtp.example.com", 587, "starttls", "desk@example.com", "desk@example.com"
                )
                letter = LetterDialog(
                    form.workplace, settings, 1, "info@romashka.example", [], window
                )
                letter.subject.setText("Договор поставки")
                letter.body.setPlainText("Добрый день!\n\nНаправляем договор на согласование.")
                letter.show()
                save(letter, out, f"letter-form-{language}")
                letter.close()
            window.close()
        db.dispose()


if __name__ == "__main__":
    main()
