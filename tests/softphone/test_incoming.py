"""Incoming calls from a SIPp UAC: ringing, answer, reject, call waiting, and shutdown with
a call up in a separate process (an abort there would kill the test run)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from softphone.engine import Softphone, header
from softphone.state import CallState, Direction, EndedBy, completed_elsewhere
from tests.support.sipp import SippPeer
from tests.support.softphone_support import Recorder, account, running, wait_until

pytestmark = pytest.mark.usefixtures("qapp")
CALLER = "+79161234567"


def caller(
    tmp_path: Path, phone: Softphone, scenario: str, name: str = "uac", **keys: str
) -> SippPeer:
    variables = {"caller": CALLER, **keys}
    return SippPeer(
        scenario, tmp_path / name, remote=phone.local_address(), variables=variables
    ).start()


def finished(phone: Softphone, peer: SippPeer, timeout: float = 15.0) -> None:
    wait_until(phone, lambda: not peer.running(), timeout)
    assert peer.wait(1) == 0, peer.errors()


def test_incoming_call_rings_then_is_answered_and_hung_up(tmp_path: Path) -> None:
    with running() as phone:
        seen = Recorder(phone)
        phone.start(account(5060, register=False))
        peer = caller(tmp_path, phone, "uac_invite.xml")
        try:
            view = wait_until(phone, lambda: seen.incoming and seen.incoming[0])
            assert (view.direction, view.number, view.name) == (Direction.IN, CALLER, "Client")
            assert view.state is CallState.INCOMING
            phone.answer(view.id)
            wait_until(phone, lambda: phone.call(view.id).state is CallState.CONNECTED)
            assert phone.call(view.id).has_audio
            phone.hangup(view.id)
            finished(phone, peer)
            wait_until(phone, lambda: seen.ended)
        finally:
            peer.stop()
    record = seen.ended[0]
    assert record.direction is Direction.IN and record.ended_by is EndedBy.US
    assert record.answered_at is not None


def test_rejected_call_gets_486(tmp_path: Path) -> None:
    with running() as phone:
        seen = Recorder(phone)
        phone.start(account(5060, register=False))
        peer = caller(tmp_path, phone, "uac_rejected.xml")
        try:
            view = wait_until(phone, lambda: seen.incoming and seen.incoming[0])
            phone.reject(view.id)
            finished(phone, peer)
            wait_until(phone, lambda: seen.ended)
        finally:
            peer.stop()
    assert (seen.ended[0].answered_at, seen.ended[0].status_code) == (None, 486)


def test_call_waiting_holds_the_first_call_when_the_second_is_answered(tmp_path: Path) -> None:
    first_peer = SippPeer("uas_hold.xml", tmp_path / "first").start()
    try:
        with running() as phone:
            seen = Recorder(phone)
            phone.start(account(first_peer.port, register=False))
            first = phone.dial("302")
            wait_until(phone, lambda: phone.call(first).state is CallState.CONNECTED)
            second_peer = caller(tmp_path, phone, "uac_invite_bye.xml")
            try:
                waiting = wait_until(phone, lambda: seen.incoming and seen.incoming[0])
                assert phone.call(first).state is CallState.CONNECTED  # still talking
                phone.answer(waiting.id)
                assert phone.call(first).on_hold
                wait_until(phone, lambda: "a=recvonly" in first_peer.messages())
                # The second caller talks, then hangs up; the operator takes the first back.
                finished(phone, second_peer)
            finally:
                second_peer.stop()
            phone.unhold(first)
            wait_until(phone, lambda: phone.call(first).has_audio)
            phone.hangup(first)
            wait_until(phone, lambda: not first_peer.running(), 15)
            assert first_peer.wait(1) == 0, first_peer.errors()
        assert seen.ended[0].ended_by is EndedBy.THEM  # the waiting caller hung up
    finally:
        first_peer.stop()


SHUTDOWN_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QCoreApplication, QTimer
    from softphone.engine import Softphone
    from softphone.state import CallState
    from tests.support.softphone_support import account

    app = QCoreApplication([])
    phone = Softphone()
    app.aboutToQuit.connect(phone.shutdown)
    phone.start(account(int(sys.argv[1]), register=False))
    key = phone.dial("302")

    def check() -> None:
        if phone.call(key).state is CallState.CONNECTED:
            print("connected", flush=True)
            app.quit()  # with the call up: aboutToQuit must hang up and free pjsua2

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    QTimer.singleShot(45000, lambda: app.exit(3))  # a safety net inside run()'s 60 s
    sys.exit(app.exec())
    """
)


def test_quitting_with_a_call_up_hangs_up_and_exits_cleanly(tmp_path: Path) -> None:
    peer = SippPeer("uas_answer.xml", tmp_path / "uas").start()
    try:
        done = subprocess.run(
            [sys.executable, "-c", SHUTDOWN_SCRIPT, str(peer.port)],
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert "connected" in done.stdout
        assert peer.wait(10) == 0, peer.errors()  # it got our BYE
    finally:
        peer.stop()


def test_a_transferred_caller_says_who_transferred_it(tmp_path: Path) -> None:
    with running() as phone:
        seen = Recorder(phone)
        phone.start(account(5060, register=False))
        peer = caller(tmp_path, phone, "uac_transferred.xml", referrer="302")
        try:
            view = wait_until(phone, lambda: seen.incoming and seen.incoming[0])
            assert view.referred_by == "302"
            phone.answer(view.id)
            finished(phone, peer)
            wait_until(phone, lambda: seen.ended)
        finally:
            peer.stop()
    assert seen.ended[0].referred_by == "302" and seen.ended[0].ended_by is EndedBy.THEM


def test_header_reads_full_and_compact_names() -> None:
    message = "INVITE sip:301@pbx SIP/2.0\r\nb: <sip:302@pbx>\r\nVia: x\r\n\r\nReferred-By: body"
    assert header(message, "Referred-By", "b") == "<sip:302@pbx>"
    assert header(message, "Contact") == ""


@pytest.mark.parametrize(
    ("reason", "elsewhere"),
    [
        ('SIP;cause=200;text="Call completed elsewhere"', True),
        ("SIP ; cause=200", True),
        ('Q.850;cause=16;text="Normal call clearing", Q.850;cause=26', True),
        ('SIP;cause=487;text="Request Terminated"', False),
        ("Q.850;cause=16", False),
        ("", False),
    ],
)
def test_a_cancel_reason_says_whether_a_colleague_answered(reason: str, elsewhere: bool) -> None:
    assert completed_elsewhere(reason) is elsewhere


@pytest.mark.parametrize(
    ("scenario", "elsewhere"), [("uac_cancel_elsewhere.xml", True), ("uac_cancel.xml", False)]
)
def test_the_cancel_reason_reaches_the_finished_call(
    tmp_path: Path, scenario: str, elsewhere: bool
) -> None:
    with running() as phone:
        seen = Recorder(phone)
        phone.start(account(5060, register=False))
        peer = caller(tmp_path, phone, scenario)
        try:
            finished(phone, peer)
            wait_until(phone, lambda: seen.ended)
        finally:
            peer.stop()
    record = seen.ended[0]
    assert (record.answered_at, record.status_code) == (None, 487)
    assert record.answered_elsewhere is elsewhere
    assert ("cause=200" in record.cancel_reason) is elsewhere
