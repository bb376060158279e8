"""A colleague's CallDesk beside the test's own: the softphone peer
(tests.support.softphone_peer) in a process of its own, driven by lines on its stdin, and
the two operators of the seeded database who play the two colleagues."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path
from queue import Empty, Queue
from typing import Any

from sqlalchemy import select

from app import clock
from app.database import Database
from app.staff.auth import CurrentUser, current_user
from models import Employee, Role

ROOT = Path(__file__).resolve().parents[2]


def operators(db: Database) -> tuple[CurrentUser, CurrentUser]:
    with db.transaction() as s:
        first, second = s.scalars(
            select(Employee)
            .where(Employee.role == Role.OPERATOR.value, Employee.extension.is_not(None))
            .order_by(Employee.id)
            .limit(2)
        ).all()
        return current_user(first), current_user(second)


class Colleague:
    """The colleague's CallDesk (tests.support.softphone_peer) in its own process."""

    def __init__(self, db_url: str, employee_id: int) -> None:
        self.lines: Queue[dict[str, Any]] = Queue()
        self.seen: list[dict[str, Any]] = []
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.softphone_peer",
                db_url,
                str(employee_id),
                str((clock.now() - datetime.now()).total_seconds()),
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def said(self, key: str) -> Any:
        """What it said under ``key`` (None yet); never blocks."""
        while True:
            try:
                self.seen.append(self.lines.get_nowait())
            except Empty:
                break
        return next((line[key] for line in self.seen if key in line), None)

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        """Ends the process it started (by its PID only) and closes its pipes."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()
