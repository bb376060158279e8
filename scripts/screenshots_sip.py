"""Screenshots of the personal cabinet's SIP side at 1280x800: My account (SIP account, Log
out), the SIP password asked at start, the workstation's account offered, the employee
dialog's SIP section and the Settings dialog's Softphone tab with the employee's account.

    xvfb-run -a -s "-screen 0 1920x1080x24" \
        .venv/bin/python scripts/screenshots_sip.py OUT [ru|uk|en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import clock
from app.database import Database, make_engine, migrate
from models import Role
from softphone.audio_devices import MemoryAudioDevice
from tests.support.clock_support import NOW
from tests.support.ui_support import seed_small, user_with_role

SIZE = (1280, 800)


def over(window: QWidget, dialog: QWidget, out: Path, name: str) -> None:
    """The window with the dialog painted where it shows, as the user sees them."""
    from scripts.screenshots import wait

    wait(300)
    shot = window.grab()
    painter = QPainter(shot)
    top_left = dialog.frameGeometry().topLeft() - window.geometry().topLeft()
    piece: QPixmap = dialog.grab()
    painter.drawPixmap(top_left, piece)
    painter.end()
    path = out / f"{name}.png"
    shot.save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-shots-"))
    os.environ["CALLDESK_CONFIG_DIR"] = str(tmp / "config")
    import keyring
    import keyring.backend

    class Memory(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    keyring.set_keyring(Memory())
    from app.config import WorkstationSettings
    from app.softphone_settings import SoftphoneSettings, store_softphone_settings
    from app.staff.admin import list_groups, list_users
    from app.staff.sip_account import SipAccount, set_sip_account
    from scripts.screenshots import save, wait
    from ui import style
    from ui.admin.dialogs import UserDialog
    from ui.application import create_application
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog

    create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed_small(engine, calls=300, clients=40)
        db = Database(engine)
        admin = user_with_role(db, Role.ADMIN)
        operator = user_with_role(db, Role.OPERATOR)
        account = db.write(
            lambda s: set_sip_account(
                s, admin, operator.id, SipAccount("pbx.example.com", "301"), 0
            )
        )
        window = MainWindow(db, operator, "demo", audio_device=MemoryAudioDevice())
        window.resize(*SIZE)
        window.show()
        wait(600)
        window.start_softphone()
        wait(300)
        question = window.softphone_start.question
        assert question is not None
        over(window, question, out, "sip-password-1280")
        question.reject()
        wait(200)
        account_dialog = window.open_account()
        over(window, account_dialog, out, "my-account-sip-1280")
        account_dialog.close()
        settings = SettingsDialog(window)
        settings.softphone.show_employee_account(account)
        settings.tabs.setCurrentWidget(settings.softphone)
        settings.show()
        save(settings, out, "settings-softphone-employee")
        settings.close()
        window.close()
        window.deleteLater()

        # A workstation that had its own account, and an employee without one.
        with db.transaction() as s:
            users = list_users(s, admin)
            groups = list_groups(s, admin)
        supervisor = user_with_role(db, Role.SUPERVISOR)
        ws = WorkstationSettings()
        store_softphone_settings(ws, SoftphoneSettings(registrar="pbx.example.com", user="305"))
        second = MainWindow(db, supervisor, "demo", ws, audio_device=MemoryAudioDevice())
        second.resize(*SIZE)
        second.show()
        wait(600)
        second.start_softphone()
        offer = second.softphone_start.question
        assert offer is not None
        over(second, offer, out, "sip-adopt-1280")
        offer.close()
        info = next(u for u in users if u.id == operator.id)
        dialog = UserDialog(groups, info, second, sip_account=account)
        dialog.show()
        over(second, dialog, out, "employee-sip-1280")
        dialog.close()
        second.softphone.shutdown()
        second.close()
        db.dispose()


if __name__ == "__main__":
    main()
