"""Benchmark: INVITE on the wire -> incoming pop-up on screen with the client's name.

    python -m tests.benchmarks.incoming_popup --db sqlite:///big.db --phones 1000000

SIPp (a UAC on 127.0.0.1) calls the softphone once per number, one call at a time, from
random client numbers, contact-person numbers and never-seen numbers of the database. The
softphone runs as in the app: the real ``SoftphoneSession`` with its engine pumped by
its own Qt timer inside a Qt event loop, the real ``CallAlerts`` showing the real
``IncomingPopup``, and the caller lookup on the database. For every call the benchmark takes

* ``sent``: SIPp's own timestamp of sending the INVITE (its message log);
* ``number_shown``: the pop-up is up with the number (right after the incoming signal);
* ``name_shown``: the pop-up repainted with the client's name (or "unknown"),

then rejects the call (486). The same run first does it against a small database (the
baseline: same machine, same load) and then against the big one. Prints JSON figures.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import benchmark_database, benchmark_parser, emit, summary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.company_settings import (
    CALL_SOURCE,
    CALL_SOURCE_PBX,
    CALL_SOURCE_SOFTPHONE,
    put_setting,
)
from app.config import WorkstationSettings
from app.database import Database, make_engine
from app.staff.auth import CurrentUser
from models import Employee, Role
from softphone.audio import MemoryAudioDevice
from softphone.state import CallView
from tests.benchmarks.caller_id import counts, ensure_data, sample_numbers
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import account
from ui.softphone.alerts import CallAlerts
from ui.softphone.session import SoftphoneSession

ENTRY = re.compile(
    r"^-+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)\n\S+ message sent[^\n]*\n\nINVITE [^\n]*\n"
    r"(?:[^\n]*\n)*?From: \"Client\" <sip:([^@]+)@",
    re.MULTILINE,
)


def operator(db: Database) -> CurrentUser:
    with Session(db.engine) as session:
        row = session.scalars(
            select(Employee).where(Employee.role == Role.OPERATOR.value).limit(1)
        ).one()
        return CurrentUser(
            id=row.id,
            login=row.login,
            full_name=row.full_name,
            position=row.position,
            role=Role.OPERATOR,
            extension=row.extension,
        )


def invite_times(messages: str) -> dict[str, list[float]]:
    """Caller number -> wall-clock times SIPp sent an INVITE from it (retransmissions too)."""
    sent: dict[str, list[float]] = {}
    for stamp, number in ENTRY.findall(messages):
        when = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").timestamp()
        sent.setdefault(number, []).append(when)
    return sent


def run_calls(db: Database, numbers: list[str], workdir: Path) -> dict[str, Any]:
    session = SoftphoneSession(
        db, operator(db), WorkstationSettings(), audio_device=MemoryAudioDevice([])
    )
    alerts = CallAlerts(session)
    shown: dict[int, tuple[str, float, float | None]] = {}
    lookups: list[float] = []
    loop = QEventLoop()

    def on_incoming(view: CallView) -> None:
        number_at = time.time()  # the session's slot ran first: the pop-up is up
        shown[view.id] = (view.number, number_at, None)

        def on_name(key: int, _info: Any) -> None:
            if key != view.id:
                return
            session.caller_identified.disconnect(on_name)
            popup = alerts.popups.get(key)
            if popup is not None:
                popup.repaint()  # on screen now, not at the next paint event
            number, first, _ = shown[key]
            shown[key] = (number, first, time.time())
            lookups.append(session.last_lookup_ms)
            QTimer.singleShot(0, lambda: session.phone.reject(key))

        session.caller_identified.connect(on_name)  # after the pop-up's own slot

    session.phone.incoming_call.connect(on_incoming)
    session.start(account(free_udp_port(), register=False))
    workdir.mkdir(parents=True, exist_ok=True)
    inf = workdir / "numbers.csv"
    inf.write_text("SEQUENTIAL\n" + "".join(f"{n};\n" for n in numbers))
    peer = SippPeer(
        "bench_incoming.xml",
        workdir,
        remote=session.phone.local_address(),
        calls=len(numbers),
        extra=["-inf", str(inf), "-l", "1", "-r", "20"],
    )
    try:
        peer.start()
        watch = QTimer()
        watch.timeout.connect(lambda: None if peer.running() else loop.quit())
        watch.start(50)
        QTimer.singleShot(20_000 + 2_000 * len(numbers), loop.quit)
        loop.exec()
        watch.stop()
        exit_code = peer.wait(5)
        sent = invite_times(peer.messages())
    finally:
        peer.stop()
        session.shutdown()
    to_number: list[float] = []
    to_name: list[float] = []
    for number, number_at, name_at in shown.values():
        first_sent = min(sent.get(number, [number_at]))
        to_number.append((number_at - first_sent) * 1000)
        if name_at is not None:
            to_name.append((name_at - first_sent) * 1000)
    return {
        "calls": len(numbers),
        "popups": len(shown),
        "sipp_exit": exit_code,
        "invite_to_popup_with_number": summary(to_number, digits=3) if to_number else None,
        "invite_to_popup_with_name": summary(to_name, digits=3) if to_name else None,
        "lookup_ms": summary(lookups, digits=3) if lookups else None,
    }


def numbers_of(engine_url: str, per_kind: int) -> tuple[list[str], dict[str, Any]]:
    engine = make_engine(engine_url)
    try:
        with engine.connect() as conn:
            kinds = sample_numbers(conn, random.Random(5), per_kind)
        phones, calls = counts(engine)
    finally:
        engine.dispose()
    chosen: list[str] = []
    for kind in ("client_number", "contact_number", "never_seen_number"):
        chosen += [re.sub(r"[^\d+]", "", n) for n in kinds[kind][:per_kind]]
    random.Random(3).shuffle(chosen)
    return chosen, {"phones": phones, "calls": calls}


def phase(url: str, per_kind: int, workdir: Path, source: str) -> dict[str, Any]:
    numbers, setup = numbers_of(url, per_kind)
    db = Database(make_engine(url))
    with db.transaction() as s:  # "softphone": every ring is written in progress too
        put_setting(s, CALL_SOURCE, source)
    try:
        return {"setup": {**setup, "call_source": source}, **run_calls(db, numbers, workdir)}
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--phones", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--per-kind", type=int, default=30, help="calls per kind of number")
    parser.add_argument(
        "--call-source",
        choices=[CALL_SOURCE_PBX, CALL_SOURCE_SOFTPHONE],
        default=CALL_SOURCE_PBX,
        help="who writes the journal: with the softphone each call is written while it rings",
    )
    args = parser.parse_args(argv)
    with benchmark_database(args, "calldesk_popup") as url:
        args.db = url
        return measure(args)


def measure(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        small = f"sqlite:///{Path(tmp) / 'small.db'}"
        ensure_data(make_engine(small), 2_000, 5_000)
        results["baseline_small_db"] = phase(
            small, args.per_kind, Path(tmp) / "small", args.call_source
        )
        big_engine = make_engine(args.db)
        results["seed"] = ensure_data(big_engine, args.phones, args.calls)
        big_engine.dispose()
        results["big_db"] = phase(args.db, args.per_kind, Path(tmp) / "big", args.call_source)
    results["target_ms"] = 100
    results["note"] = (
        "times from SIPp's INVITE send timestamp to the pop-up repainted with the name; "
        "the engine pumps SIP every 10 ms, so up to 10 ms of it is the pump's tick"
    )
    emit(results, args.out)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
