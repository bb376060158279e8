"""Screenshots of the demo line (issue 17) as a newcomer sees it: ``calldesk demo``'s window
at 1280x800 with its softphone on the demo line, a demo client ringing (the pop-up over the
window's corner, as on the screen), the call answered, and the journal with the call and
its recording afterwards. A small demo database in a temporary data folder; the real demo
line process and softphone.

    xvfb-run -a -s "-screen 0 1920x1080x24" \\
        .venv/bin/python scripts/demo_line_shots.py OUT [ru|uk|en] [1280x800|1920x1080]

At a size other than 1280x800 the names end with it (``demo-line-ringing-ru-1920x1080``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZE = (1280, 800)


def main() -> None:  # noqa: PLR0915  one scene after another, as a newcomer sees them
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    size = SIZE
    if len(sys.argv) > 3:
        width, height = sys.argv[3].lower().split("x")
        size = (int(width), int(height))
    tail = "" if size == SIZE else f"-{size[0]}x{size[1]}"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-demo-line-"))
    os.environ["CALLDESK_DATA_DIR"] = str(tmp / "data")
    os.environ["CALLDESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")

    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from app import clock
    from app.cli import demo_paths
    from app.config import WorkstationSettings
    from app.database import Database, make_engine, migrate
    from models import Role
    from softphone.audio_devices import MemoryAudioDevice
    from softphone.state import CallState
    from tests.support.clock_support import NOW
    from tests.support.ui_support import seed_small, user_with_role
    from ui.application import create_application
    from ui.main_window import MainWindow
    from ui.softphone.demo_line import DemoLine

    def until(condition: Callable[[], object], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {condition}")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def settle(ms: int = 400) -> None:
        end = time.monotonic() + ms / 1000
        until(lambda: time.monotonic() > end)

    def save_screen(window: QWidget, name: str) -> None:
        """The window's rectangle of the screen: with the pop-up over its corner."""
        settle()
        screen = QGuiApplication.primaryScreen()
        geometry = window.frameGeometry()
        shot = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        path = out / f"{name}{tail}.png"
        shot.save(str(path))
        print(path)

    def save_window(window: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}{tail}.png"
        window.grab().save(str(path))
        print(path)

    app = create_application(language)
    paths = demo_paths()
    paths.directory.mkdir(parents=True, exist_ok=True)
    engine = make_engine(paths.url)
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed_small(engine, calls=400, clients=50)
        db = Database(engine)
        settings = WorkstationSettings(recordings_base=str(paths.recordings))
        operator = user_with_role(db, Role.OPERATOR)
        window = MainWindow(db, operator, "Demo", settings, MemoryAudioDevice())
        window.resize(*size)
        window.show()
        settle()
        # Its bottom right corner on the screen's, where the pop-up appears.
        area = QGuiApplication.primaryScreen().availableGeometry()
        frame = window.frameGeometry()
        window.move(area.right() - frame.width() + 1, area.bottom() - frame.height() + 1)
        line = DemoLine(window.softphone, paths.recordings, window, answer_after_ms=800)
        window.attach_demo_line(line)
        line.start()
        until(window.demo_call_action.isEnabled)
        save_window(window, f"demo-line-ready-{language}")

        window.demo_call_action.trigger()
        until(lambda: bool(window.call_alerts.popups))
        popup = next(iter(window.call_alerts.popups.values()))
        until(lambda: popup.info is not None)
        save_screen(window, f"demo-line-ringing-{language}")

        key = popup.key
        popup.answer()
        until(
            lambda: any(
                v.id == key and v.state is CallState.CONNECTED for v in window.softphone.calls()
            )
        )
        settle(2500)
        save_window(window, f"demo-line-talking-{language}")

        logged: list[int] = []
        attached: list[int] = []
        window.softphone.call_logged.connect(logged.append)
        line.recording_attached.connect(attached.append)
        window.softphone.phone.hangup(key)
        until(lambda: bool(logged) and bool(attached))
        journal = window.form(MainWindow.SECTION_JOURNAL)
        table = getattr(journal, "table", None)
        settle(1500)
        if table is not None:
            table.selectRow(0)
        settle(1200)
        save_window(window, f"demo-line-journal-{language}")

        window.close()
        print("demo line process gone:", not line.running)
        db.dispose()
    app.quit()


if __name__ == "__main__":
    main()
