"""Screenshots of the softphone's own recordings (issue 15): Administration → Settings with
"Record softphone calls" on, an operator's window whose dock says calls are recorded, and
the incoming pop-up with its notice, at 1280x800 on a small seeded database.

    xvfb-run -a -s "-screen 0 1920x1080x24" \\
        .venv/bin/python scripts/recording_shots.py OUT [ru|uk|en]
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
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-recording-shots-"))
    os.environ["CALLDESK_DATA_DIR"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")

    from app import clock
    from app.company_settings import RECORD_SOFTPHONE_CALLS, put_setting
    from app.database import Database, make_engine, migrate
    from models import Role
    from scripts.screenshots import SIZE, save, wait
    from softphone.audio_devices import MemoryAudioDevice
    from softphone.state import CallState, CallView, Direction
    from tests.support.clock_support import NOW
    from tests.support.ui_support import seed_small, user_with_role
    from ui import style
    from ui.application import create_application
    from ui.main_window import MainWindow
    from ui.softphone.popup import IncomingPopup

    app = create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed_small(engine, calls=200, clients=30)
        db = Database(engine)
        with db.transaction() as s:
            put_setting(s, RECORD_SOFTPHONE_CALLS, True)
        admin = user_with_role(db, Role.ADMIN)
        window = MainWindow(db, admin, "demo", audio_device=MemoryAudioDevice())
        window.resize(*SIZE)
        window.show()
        form = window.open_section(MainWindow.SECTION_ADMIN)
        tabs = form.tabs  # type: ignore[attr-defined]
        tabs.setCurrentIndex(
            next(
                i
                for i in range(tabs.count())
                if tabs.widget(i).isAncestorOf(form.record_calls)  # type: ignore[attr-defined]
            )
        )
        wait(600)
        save(window, out, f"recording-admin-{language}")
        window.softphone.shutdown()
        window.close()
        window.deleteLater()
        wait(100)

        operator = user_with_role(db, Role.OPERATOR)
        window = MainWindow(db, operator, "demo", audio_device=MemoryAudioDevice())
        window.resize(*SIZE)
        window.show()
        window.softphone_dock.show()
        window.softphone._apply_recording(True)  # as the uploader's first read says
        wait(600)
        save(window, out, f"recording-dock-{language}")
        popup = IncomingPopup(
            window.softphone,
            CallView(1, Direction.IN, "+79161234567", "", CallState.INCOMING, clock.now()),
        )
        popup.show()
        wait(300)
        save(popup, out, f"recording-popup-{language}")
        popup.close()
        window.softphone.shutdown()
        window.close()
        window.deleteLater()
        wait(100)
        db.dispose()
    del app


if __name__ == "__main__":
    main()
