"""Log out and in twice in one process with real softphones registered on SIPp registrars,
then close: every pjsua2 library is destroyed on the GUI thread and the process exits with 0
(an Endpoint or account freed late or on the wrong thread aborts it; the garbage collector runs
on a worker thread after each log out to find one)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.database import Database
from app.staff.auth import hash_password
from app.staff.sip_account import SipAccount, set_sip_account
from models import Employee, Role
from tests.support.sipp import SippPeer
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=200, clients=20, days=2, seed=11)

# argv: database URL, config dir, login A, login B. Each employee's SIP password is already
# known on this "computer" (the keyring below), so no question stops the run.
SWITCHING = r"""
import gc, os, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CALLDESK_CONFIG_DIR"] = sys.argv[2]
os.environ["CALLDESK_DATA_DIR"] = sys.argv[2]
import keyring, keyring.backend

class Memory(keyring.backend.KeyringBackend):
    priority = 1
    def __init__(self):
        super().__init__()
        self.secrets = {}
    def get_password(self, service, username):
        return self.secrets.get((service, username))
    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password
    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)

keyring.set_keyring(Memory())
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.database import Database, make_engine
from app.staff.auth import authenticate
from app.staff.sip_account import remember_sip_password, sip_account_of
from softphone.state import RegistrationState
from ui.splash import open_first_window
from ui.startup import Workstation

db = Database(make_engine(sys.argv[1]))
logins = sys.argv[3:5]
with db.transaction() as s:
    for login in logins:
        user = authenticate(s, login, "secret-" + login)
        remember_sip_password(login, sip_account_of(s, user.id), "s3cret")

def wait(condition, what, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return
        time.sleep(0.01)
    raise SystemExit("timed out: " + what)

station = Workstation(open_first_window("en"), demo=False)
station.db = db
with db.transaction() as s:
    first = authenticate(s, logins[0], "secret-" + logins[0])
window = station.show_main_window(first)
for login in (logins[1], logins[0]):
    phone = window.softphone
    wait(lambda: phone.phone.registration.state is RegistrationState.REGISTERED, "registered")
    print("registered", window.user.login, phone.settings.registrar, phone.settings.port)
    began = time.perf_counter()
    station.switch_user()
    print("logged out in %.0f ms" % ((time.perf_counter() - began) * 1000))
    assert not phone.phone.running, "the softphone of the user who logged out still runs"
    # Any pjsua2 object left for the collector would now be freed on a thread
    # pjlib does not know, and abort the process.
    collector = threading.Thread(target=gc.collect)
    collector.start()
    collector.join()
    dialog = station.login_dialog
    dialog.login.setText(login)
    dialog.password.setText("secret-" + login)
    began = time.perf_counter()
    dialog.accept()
    wait(lambda: station.window is not None, "the next window")
    print("next window in %.0f ms" % ((time.perf_counter() - began) * 1000))
    window = station.window
phone = window.softphone
wait(lambda: phone.phone.registration.state is RegistrationState.REGISTERED, "registered")
print("registered", window.user.login, phone.settings.registrar, phone.settings.port)
window.close()
app.processEvents()
db.dispose()
print("closed cleanly")
"""


def test_switching_users_twice_with_softphones_exits_cleanly(
    tmp_path: Path, sqlite_db: Database
) -> None:
    db = sqlite_db
    admin = user_with_role(db, Role.ADMIN)
    first = SippPeer("register.xml", tmp_path, calls=2, variables={"expires": "300"}).start()
    second = SippPeer("register.xml", tmp_path, variables={"expires": "300"}).start()
    try:
        with db.transaction() as s:
            operators = s.scalars(
                select(Employee).where(Employee.role == Role.OPERATOR.value).order_by(Employee.id)
            ).all()[:2]
            for e in operators:
                e.password_hash = hash_password(f"secret-{e.login}")
            logins = [e.login for e in operators]
            ids = [e.id for e in operators]
        with db.transaction() as s:
            for employee_id, registrar in zip(ids, (first, second), strict=True):
                account = SipAccount(registrar="127.0.0.1", user="301", port=registrar.port)
                set_sip_account(s, admin, employee_id, account, 0)
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                SWITCHING,
                db.engine.url.render_as_string(hide_password=False),
                str(tmp_path / "station"),
                *logins,
            ],
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode == 0, done.stdout[-1000:] + done.stderr[-3000:]
        lines = [line for line in done.stdout.splitlines() if line.startswith("registered ")]
        assert len(lines) == 3, done.stdout
        assert [line.split()[1] for line in lines[:3]] == [logins[0], logins[1], logins[0]]
        assert str(second.port) in lines[1] and str(first.port) in lines[2]
        assert "closed cleanly" in done.stdout
        print(*(line for line in done.stdout.splitlines() if " in " in line), sep="\n")
        # Each registration ended with its unregister: the registrars' scenarios completed.
        assert first.wait(15) == 0, first.errors()
        assert second.wait(15) == 0, second.errors()
    finally:
        first.stop()
        second.stop()
