"""Screenshots of employee groups for looking at them: Administration -> Groups and field access
with a group's members, the user dialog with several groups checked, and the client card of an
operator in two groups, at 1280x800 on a small seeded demo database.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/groups_shots.py OUT [ru|uk|en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import clock
from app.database import Database, make_engine, migrate
from app.demo.cards import DELIVERY, SALES
from app.demo.seed import SeedPlan, seed
from app.staff.auth import current_user
from app.staff.groups import memberships
from models import Employee, Role
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    wait(200)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-groups-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from ui import style
    from ui.admin.dialogs import UserDialog
    from ui.admin.form import AdminForm
    from ui.application import create_application
    from ui.clients.card import ClientCardForm
    from ui.main_window import MainWindow

    create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed(engine, SeedPlan(calls=100, clients=20, days=10, now=NOW, seed=7, cards=True))
        db = Database(engine)
        window = MainWindow(db, user_with_role(db, Role.ADMIN))
        window.resize(1280, 800)
        window.show()
        form = window.open_section(MainWindow.SECTION_ADMIN)
        assert isinstance(form, AdminForm)
        save(window, out, f"admin-users-groups-{language}")
        form.tabs.setCurrentIndex(1)
        form.group_list.setCurrentRow(
            next(i for i, g in enumerate(form.groups) if g.id == DELIVERY)
        )
        save(window, out, f"admin-groups-members-{language}")
        with db.engine.connect() as conn:
            both = next(e for e, g in memberships(conn).items() if g == (SALES, DELIVERY))
        user = next(u for u in form.users if u.id == both)
        dialog = UserDialog(form.groups, user, form)
        dialog.show()
        save(dialog, out, f"admin-user-dialog-{language}")
        dialog.close()
        window.close()
        QApplication.processEvents()
        # The card as that operator sees it: sales notes to edit, addresses to edit (delivery),
        # the requisites to view, the contract hidden.
        with db.transaction() as s:
            operator = current_user(s.get_one(Employee, both))
        window = MainWindow(db, operator)
        window.resize(1280, 800)
        window.show()
        client_id = (
            db.engine.connect()
            .exec_driver_sql("SELECT min(id) FROM clients WHERE kind = 'company'")
            .scalar()
        )
        card = window.open_client_card(int(client_id))
        assert isinstance(card, ClientCardForm)
        card.tabs.setCurrentIndex(1)  # Additional fields
        save(window, out, f"card-two-groups-{language}")
        window.close()
        QApplication.processEvents()
        db.dispose()


if __name__ == "__main__":
    main()
