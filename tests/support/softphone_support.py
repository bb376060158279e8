"""Starting the real SIP engine against SIPp peers in tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app import clock
from softphone.engine import Softphone
from softphone.state import AccountConfig, CallView, Transport

if TYPE_CHECKING:
    from app.database import Database
    from models import Call

USER = "301"
PASSWORD = "s3cret"


def account(
    registrar_port: int,
    *,
    password: str = PASSWORD,
    transport: Transport = Transport.UDP,
    register: bool = True,
    retry_seconds: int = 30,
) -> AccountConfig:
    return AccountConfig(
        registrar="127.0.0.1",
        port=registrar_port,
        user=USER,
        password=password,
        display_name="Operator 301",
        transport=transport,
        bind_address="127.0.0.1",
        register=register,
        retry_seconds=retry_seconds,
    )


def wait_until(phone: Softphone, condition: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Pumps SIP and Qt events until ``condition()`` is truthy; fails after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        phone.pump(10)
        QCoreApplication.processEvents()
        value = condition()
        if value:
            return value
    raise AssertionError(f"timed out after {timeout} s waiting for {condition}")


@contextmanager
def running(audio: Any = None) -> Iterator[Softphone]:
    phone = Softphone(audio, clock=clock.now)
    try:
        yield phone
    finally:
        phone.shutdown()


class Recorder:
    """Collects every signal of the engine, in order."""

    def __init__(self, phone: Softphone) -> None:
        self.registrations: list[Any] = []
        self.incoming: list[CallView] = []
        self.changes: list[CallView] = []
        self.ended: list[Any] = []
        self.transfers: list[tuple[int, int, str, bool]] = []
        self.dtmf: list[tuple[int, str]] = []
        self.problems: list[str] = []
        phone.registration_changed.connect(self.registrations.append)
        phone.incoming_call.connect(self.incoming.append)
        phone.call_changed.connect(self.changes.append)
        phone.call_ended.connect(self.ended.append)
        phone.transfer_progress.connect(lambda *a: self.transfers.append(a))
        phone.dtmf_received.connect(lambda k, d: self.dtmf.append((k, d)))
        phone.problem.connect(self.problems.append)

    def states(self, key: int) -> list[str]:
        out: list[str] = []
        for view in self.changes:
            if view.id == key and (not out or out[-1] != view.state.value):
                out.append(view.state.value)
        return out


def workdir(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def softphone_source_database(db_url: str) -> Iterator[Database]:
    """A small seeded database whose company takes its calls from the softphones (the call
    source setting), disposed of afterwards: the live-call, ring-group and transfer tests."""
    # Imported here: the SIP peers' own processes import this module for account() only.
    from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, put_setting
    from app.database import Database, make_engine, migrate
    from tests.support.ui_support import seed_small

    engine = make_engine(db_url)
    migrate(engine)
    seed_small(engine, calls=40, clients=10)
    database = Database(engine)
    with database.transaction() as s:
        put_setting(s, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
    yield database
    database.dispose()


def calls_with_number(db: Database, number: str) -> list[Call]:
    """The calls with an external number, detached from their session."""
    from sqlalchemy import select

    from models import Call

    with db.transaction() as s:
        calls = list(s.scalars(select(Call).where(Call.external_number == number)))
        for call in calls:
            s.expunge(call)
        return calls
