"""A colleague's CallDesk softphone in a process of its own (pjsua is one library per
process, so two softphones need two processes): a real SoftphoneSession for one employee
on the shared test database, which answers every call that rings and hangs up when told.

    python -m tests.support.softphone_peer DB_URL EMPLOYEE_ID OFFSET_SECONDS

OFFSET_SECONDS: how far the test's app clock is from the wall clock, so both processes
read the same "now" (the test's clock is the suite's fixed date running with real time).

It prints one JSON object a line: ``{"address": "127.0.0.1:PORT"}`` once its account is up,
``{"answered": KEY}``, ``{"ended": KEY}``, ``{"transferred": SIP_CODE}`` (a transfer's final
NOTIFY), and at exit ``{"missed": N}``. It reads commands a line from stdin: ``hangup``
(every call), ``transfer NUMBER`` (its call, blind), ``consult NUMBER`` and ``complete``
(an attended transfer), ``quit``.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from datetime import datetime, timedelta
from queue import Empty, Queue
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.softphone.session import SoftphoneSession

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def call_command(session: SoftphoneSession, command: str) -> None:
    """``hangup``, ``transfer NUMBER``, ``consult NUMBER``, ``complete`` on the calls."""
    word, _, number = command.partition(" ")
    for view in session.calls():
        if word == "hangup":
            session.phone.hangup(view.id)
        elif word == "transfer":
            session.phone.blind_transfer(view.id, number)
        elif word == "consult" and view.consult_for is None:
            session.consult(view.id, number)
        elif word == "complete" and view.consult_for is not None:
            session.phone.complete_transfer(view.id)


def main(db_url: str, employee_id: int, offset: float) -> int:
    import keyring
    from keyring.backends import null
    from PySide6.QtCore import QCoreApplication, QTimer
    from sqlalchemy import select

    from app import clock
    from app.config import WorkstationSettings
    from app.database import Database, make_engine
    from app.staff.auth import current_user
    from models import Employee
    from softphone.audio import MemoryAudioDevice
    from softphone.state import CallRecord, CallView
    from tests.support.sipp import free_udp_port
    from tests.support.softphone_support import account
    from ui.softphone.session import SoftphoneSession

    keyring.set_keyring(null.Keyring())
    clock.set_clock(clock.ShiftedClock(datetime.now() + timedelta(seconds=offset)))
    app = QCoreApplication([])
    db = Database(make_engine(db_url))
    with db.transaction() as s:
        employee = s.scalars(select(Employee).where(Employee.id == employee_id)).one()
        user = current_user(employee)

    def say(**what: object) -> None:
        print(json.dumps(what), flush=True)

    session = SoftphoneSession(db, user, WorkstationSettings(), audio_device=MemoryAudioDevice())
    if not session.start(account(free_udp_port(), register=False)):
        say(error="the softphone did not start")
        return 2

    def answer(view: CallView) -> None:
        session.answer(view.id)
        say(answered=view.id)

    def ended(record: CallRecord) -> None:
        say(ended=record.id)

    session.ringing.connect(answer)
    session.phone.transfer_progress.connect(
        lambda _key, code, _reason, final: say(transferred=code) if final else None
    )
    session.call_finished.connect(ended)
    commands: Queue[str] = Queue()

    def read_commands() -> None:
        for line in sys.stdin:
            commands.put(line.strip())
        commands.put("quit")

    threading.Thread(target=read_commands, daemon=True).start()

    def obey() -> None:
        try:
            command = commands.get_nowait()
        except Empty:
            return
        if command == "quit":
            session.shutdown()  # hangs up and waits for the journal writes
            say(missed=session.missed)
            app.quit()
        else:
            call_command(session, command)

    timer = QTimer()
    timer.timeout.connect(obey)
    timer.start(20)
    QTimer.singleShot(120_000, lambda: app.exit(3))  # a safety net
    say(address=session.phone.local_address())
    code = app.exec()
    db.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
