"""Screenshots of reusable lists for looking at them: Administration -> Lists (the demo's
client statuses), the field editor of the "Status" field with its card preview, the client
table with "Show hidden (N)" and a card with the status picker, at 1280x800 on a small
seeded demo database.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/lists_shots.py OUT [ru|uk|en]
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
from app.demo.seed import SeedPlan, seed
from models import Role
from softphone.audio_devices import MemoryAudioDevice
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role

SIZE = (1280, 800)


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
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-lists-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from ui import style
    from ui.admin.form import AdminForm
    from ui.application import create_application
    from ui.clients.form import ClientsForm
    from ui.main_window import MainWindow

    create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed(engine, SeedPlan(calls=200, clients=60, days=10, now=NOW, seed=7, cards=True))
        db = Database(engine)
        window = MainWindow(
            db, user_with_role(db, Role.ADMIN), "demo", audio_device=MemoryAudioDevice()
        )
        window.resize(*SIZE)
        window.show()
        admin = window.open_section(MainWindow.SECTION_ADMIN)
        assert isinstance(admin, AdminForm)
        admin.tabs.setCurrentWidget(admin.lists_page)
        wait(400)
        save(window, out, f"admin-lists-{language}")
        status = next(f for f in admin.fields if f.code == "status")
        dialog = admin.field_dialog(status)
        dialog.tab.setText("Работа" if language == "ru" else "Work")
        dialog.show()
        save(dialog, out, f"admin-field-editor-{language}")
        dialog.close()
        clients = window.open_section(MainWindow.SECTION_CLIENTS)
        assert isinstance(clients, ClientsForm)
        while not clients.show_hidden.isVisible():
            wait(50)
        save(window, out, f"clients-show-hidden-{language}")
        clients.view.selectRow(0)
        card = clients.open_current()
        assert card is not None
        card.tabs.setCurrentWidget(card.fields_scroll)
        save(window, out, f"card-status-{language}")
        window.softphone.shutdown()
        window.close()
        QApplication.processEvents()
        db.dispose()


if __name__ == "__main__":
    main()
