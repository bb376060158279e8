"""The demo line of ``calldesk demo`` (issue 17): the SIP process that plays the demo's
clients (softphone.demo_line), started, fed and stopped by the app.

:class:`DemoLine` runs the process as a child (its PID is the app's; it is stopped at exit,
and it quits by itself when its stdin closes, so a crashed app leaves no process behind),
points the operator's softphone at it (no registrar, no settings), lets a demo client call
the operator every minute or on demand, and puts the recording the line made of each call
onto that call in the journal. It refuses any database but the demo's own.
"""

from __future__ import annotations

import json
import logging
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal
from sqlalchemy import Connection

from app.demo.line import (
    DEMO_EXTENSION,
    DemoCaller,
    attach_recording,
    check_demo_database,
    demo_caller,
    prepare_for_demo_line,
)
from softphone.state import AccountConfig
from ui.softphone.session import SoftphoneSession

log = logging.getLogger(__name__)

CALL_INTERVAL_MS = 60_000  # a demo client calls the operator this often (when idle)
STOP_WAIT_MS = 3_000
START_WAIT_MS = 20_000  # the process says where it listens within this, or it failed
MAX_PENDING = 20  # recordings waiting for their journal call; older ones are forgotten


def demo_line_command(arguments: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that run the demo line: this interpreter with the module,
    or (in the bundle, which has no interpreter of its own) the ``calldesk`` executable's
    hidden ``demo-line`` command."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["demo-line", *arguments]
    return sys.executable, ["-m", "softphone.demo_line", *arguments]


def demo_line_pythonpath() -> str:
    """PYTHONPATH for the demo line from source: this app's own packages first, wherever
    they are imported from (a work tree, an editable install); empty in the bundle."""
    if getattr(sys, "frozen", False):
        return ""
    root = str(Path(__file__).resolve().parents[2])
    return os.pathsep.join([root, *(p for p in [os.environ.get("PYTHONPATH", "")] if p)])


@dataclass(frozen=True)
class Recorded:
    """A recording the line closed, waiting to be put on its call in the journal."""

    number: str
    direction: str
    ref: str


class DemoLine(QObject):
    ready = Signal(str)  # "127.0.0.1:PORT": the line listens, the softphone is on it
    failed = Signal(str)  # the line did not start or stopped by itself
    caller_dialling = Signal(object)  # DemoCaller: a demo client calls the operator now
    recording_attached = Signal(int)  # journal id of a call that got its recording
    message_received = Signal(dict)  # every message of the process (diagnostics, tests)

    def __init__(
        self,
        session: SoftphoneSession,
        recordings: Path,
        parent: QObject | None = None,
        *,
        interval_ms: int = CALL_INTERVAL_MS,
        answer_after_ms: int = 1500,
        talk_seconds: float = 40.0,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.recordings = recordings
        self.answer_after_ms = answer_after_ms
        self.talk_seconds = talk_seconds
        self.address = ""
        self._rng = rng or random.Random()
        self._process: QProcess | None = None
        self._buffer = b""
        self._stopping = False
        self._logged: list[int] = []  # journal ids of the softphone's calls, newest last
        self._pending: list[Recorded] = []
        self._on_its_way = False  # the minute's call was sent and has not ended yet
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._call_when_idle)
        self._start_timeout = QTimer(self)
        self._start_timeout.setSingleShot(True)
        self._start_timeout.timeout.connect(self._no_address)
        session.call_logged.connect(self._call_logged)
        session.closing.connect(self._timer.stop)
        app = QCoreApplication.instance()
        if app is not None:  # after the softphone's own shutdown, connected before
            app.aboutToQuit.connect(self.stop)

    # -- life cycle -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return (
            self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning
        )

    @property
    def pid(self) -> int:
        """The process's id (0: none runs)."""
        return int(self._process.processId()) if self._process is not None else 0

    def start(self) -> None:
        """Start the line for the demo database (NotTheDemo for any other: nothing runs)."""
        db = self.session.db
        check_demo_database(db.engine.url)
        if self.running:
            return
        db.write(prepare_for_demo_line)
        self.recordings.mkdir(parents=True, exist_ok=True)
        program, arguments = demo_line_command(
            [
                "--recordings",
                str(self.recordings),
                "--answer-after-ms",
                str(self.answer_after_ms),
                "--talk-seconds",
                str(self.talk_seconds),
            ]
        )
        process = QProcess(self)
        pythonpath = demo_line_pythonpath()
        if pythonpath:
            env = QProcessEnvironment.systemEnvironment()
            env.insert("PYTHONPATH", pythonpath)
            process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._process_error)
        self._process = process
        self._stopping = False
        process.start(program, arguments)
        self._start_timeout.start(START_WAIT_MS)

    def stop(self) -> None:
        """Ask the line to quit (it hangs up what it still has), then make sure it is gone.
        After the softphone's shutdown: its last BYEs need the line to answer them."""
        self._timer.stop()
        self._start_timeout.stop()
        process = self._process
        if process is None:
            return
        self._stopping = True
        if process.state() != QProcess.ProcessState.NotRunning:
            process.write(b'{"quit": null}\n')
            process.closeWriteChannel()
            if not process.waitForFinished(STOP_WAIT_MS):
                log.warning("demo line did not quit: killing its process %s", process.processId())
                process.kill()
                process.waitForFinished(STOP_WAIT_MS)
        self._process = None
        process.deleteLater()

    def account(self) -> AccountConfig:
        """The operator's softphone on this line: no registration, no password."""
        host, _, port = self.address.rpartition(":")
        user = self.session.user
        return AccountConfig(
            registrar=host,
            port=int(port),
            user=user.extension or DEMO_EXTENSION,
            display_name=user.full_name,
            bind_address=host,
            register=False,
        )

    # -- demo clients calling -------------------------------------------------------------

    def simulate_call(self) -> bool:
        """A demo client calls the operator now; False when the line is not up."""
        if not self.address or not self.running or not self.session.phone.running:
            return False
        rng = self._rng

        def pick(conn: Connection) -> DemoCaller | None:
            return demo_caller(conn, rng)

        self.session.database.run(pick, self._dial_operator, self._no_caller)
        return True

    def _call_when_idle(self) -> None:
        """The minute's demo call: not while the operator is on a call, nor while the last
        one is still on its way (picked, dialled, not yet ringing)."""
        if not self._on_its_way and not self.session.calls():
            self._on_its_way = self.simulate_call()

    def _no_caller(self, error: BaseException) -> None:
        self._on_its_way = False
        log.warning("demo line: no demo client to call with: %s", error)

    def _dial_operator(self, caller: DemoCaller | None) -> None:
        if caller is None or not self.running or not self.session.phone.running:
            self._on_its_way = False
            return
        config = self.session.phone.config
        user = config.user if config is not None else DEMO_EXTENSION
        target = f"sip:{user}@{self.session.phone.local_address()}"
        self._send({"call": {"number": caller.number, "name": caller.name, "to": target}})
        self.caller_dialling.emit(caller)

    def hang_up(self) -> None:
        """The demo clients hang up every call (tests; a stuck demo)."""
        self._send({"hangup": None})

    def _send(self, command: dict[str, Any]) -> None:
        if self._process is not None and self.running:
            self._process.write((json.dumps(command, ensure_ascii=False) + "\n").encode())

    # -- what the process says ------------------------------------------------------------

    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                log.debug("demo line: %r", line)
                continue
            if isinstance(message, dict):
                self._message(message)

    def _message(self, message: dict[str, Any]) -> None:
        self.message_received.emit(message)
        if "address" in message:
            self._start_timeout.stop()
            self.address = str(message["address"])
            if self.session.start(self.account()):
                self._timer.start()
                self.ready.emit(self.address)
            else:
                self.failed.emit(self.session.text)
        elif "ended" in message or "error" in message:
            self._on_its_way = False
        if "recorded" in message:
            self._pending.append(
                Recorded(str(message["number"]), str(message["direction"]), str(message["ref"]))
            )
            del self._pending[:-MAX_PENDING]
            self._attach_recordings()
        if "error" in message:
            log.warning("demo line: %s", message["error"])

    def _read_errors(self) -> None:
        if self._process is not None:
            text = bytes(self._process.readAllStandardError().data()).decode(errors="replace")
            for line in text.splitlines():
                log.debug("demo line: %s", line)

    def _no_address(self) -> None:
        self.failed.emit(self.tr("The demo line did not start in time."))
        self.stop()

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._start_timeout.stop()
            self.failed.emit(
                self.tr("The demo line did not start: {error}").format(
                    error=self._process.errorString() if self._process else error.name
                )
            )

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._timer.stop()
        if not self._stopping:
            self.failed.emit(self.tr("The demo line stopped (exit code {code}).").format(code=code))

    # -- recordings onto the journal ------------------------------------------------------

    def _call_logged(self, call_id: int) -> None:
        self._logged.append(call_id)
        del self._logged[:-MAX_PENDING]
        self._attach_recordings()

    def _attach_recordings(self) -> None:
        """Each waiting recording onto the newest call this softphone wrote that fits it;
        tried again whenever a call is written or a recording closes (either comes first)."""
        if not self._pending or not self._logged or self._stopping:
            return
        pending, logged = list(self._pending), list(self._logged)
        db, user_id, region = self.session.db, self.session.user.id, self.session.region

        def attach(_conn: Connection) -> list[tuple[Recorded, int]]:
            def work(session: Any) -> list[tuple[Recorded, int]]:
                done = []
                for item in pending:
                    call_id = attach_recording(
                        session, user_id, logged, item.number, item.direction, item.ref, region
                    )
                    if call_id is not None:
                        done.append((item, call_id))
                return done

            return db.write(work)

        self.session.database.run(attach, self._attached, self._not_attached)

    def _attached(self, done: list[tuple[Recorded, int]]) -> None:
        for item, call_id in done:
            if item in self._pending:
                self._pending.remove(item)
            self.recording_attached.emit(call_id)

    def _not_attached(self, error: BaseException) -> None:
        log.warning("demo line: recording not put on its call: %s", error)
