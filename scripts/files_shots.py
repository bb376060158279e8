"""Screenshots of a file transfer for looking at it: the client card's Files tab while a
200 MB file is being attached (the progress bar and Cancel), then after Cancel, at 1280x800
on a small seeded demo database.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/files_shots.py OUT [ru|uk|en]
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
from app.company_settings import FILE_SIZE_LIMIT_MB, put_setting
from app.database import Database, make_engine, migrate
from app.demo.seed import SeedPlan, seed
from models import Role
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-file-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from ui import style
    from ui.application import create_application
    from ui.clients.card import ClientCardForm
    from ui.main_window import MainWindow

    create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    big = tmp / "Презентация для клиента.mp4"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: read back as zeros, no disk used
    with clock.using(clock.ShiftedClock(NOW)):
        seed(engine, SeedPlan(calls=100, clients=20, days=10, now=NOW, seed=7, cards=True))
        db = Database(engine)
        db.write(lambda s: put_setting(s, FILE_SIZE_LIMIT_MB, 250))
        window = MainWindow(db, user_with_role(db, Role.OPERATOR))
        window.resize(1280, 800)
        window.show()
        client_id = db.engine.connect().exec_driver_sql("SELECT min(id) FROM clients").scalar()
        card = window.open_client_card(int(client_id))
        assert isinstance(card, ClientCardForm)
        card.tabs.setCurrentIndex(card.files_index)
        wait(300)
        panel = card.files_panel
        assert panel is not None
        transfer = panel.upload_path(big)
        assert transfer is not None
        loop = QEventLoop()
        transfer.progressed.connect(lambda done, _t: loop.quit() if done > 60 << 20 else None)
        transfer.failed.connect(lambda error: loop.quit())
        loop.exec()
        save(window, out, f"files-upload-progress-{language}")
        panel.cancel_transfer()
        while panel.transfer is not None:
            wait(50)
        wait(200)
        save(window, out, f"files-upload-cancelled-{language}")
        window.close()
        QApplication.processEvents()
        db.dispose()


if __name__ == "__main__":
    main()
