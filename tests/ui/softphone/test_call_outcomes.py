"""Issue 15's finer statuses from the softphone: the real pjsua2 engine against SIPp scenarios
(busy, no free channels, no answer, unreachable, declined, cancelled by us, rejected by the
operator), the finished call turned into the journal's call and written on both databases
with the status by the one rule."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.calls.softphone_log import SoftphoneOutcome, log_call
from app.company_settings import CALL_SOURCE, put_setting
from app.database import Database
from models import Call, CallStatus, Disposition, Role
from softphone.state import CallRecord, CallState, Direction, EndedBy
from tests.support.sipp import SippPeer, rendered_scenario
from tests.support.softphone_support import Recorder, account, running, wait_until
from tests.support.ui_support import user_with_role
from ui.softphone.journal_entry import outcome, softphone_call

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.seed(calls=20, clients=5, employees=10, days=1, seed=15),
]
NUMBER = "+79161234567"  # nobody's number in the seeded database


@dataclass(frozen=True)
class Case:
    scenario: str
    code: str = ""
    reason: str = ""
    we_cancel: bool = False  # the operator hangs up while it rings


OUTGOING = {
    "busy 486": (Case("uas_refuse.xml", "486", "Busy Here"), SoftphoneOutcome.BUSY),
    "busy everywhere 600": (
        Case("uas_refuse.xml", "600", "Busy Everywhere"),
        SoftphoneOutcome.BUSY,
    ),
    "no channels 503": (
        Case("uas_refuse.xml", "503", "Service Unavailable"),
        SoftphoneOutcome.NO_CHANNELS,
    ),
    "no answer 480": (
        Case("uas_ring_no_answer.xml", "480", "Temporarily Unavailable"),
        SoftphoneOutcome.NO_ANSWER,
    ),
    "no answer 408": (
        Case("uas_ring_no_answer.xml", "408", "Request Timeout"),
        SoftphoneOutcome.NO_ANSWER,
    ),
    "unreachable 404": (Case("uas_refuse.xml", "404", "Not Found"), SoftphoneOutcome.FAILED),
    "unreachable 484": (
        Case("uas_refuse.xml", "484", "Address Incomplete"),
        SoftphoneOutcome.FAILED,
    ),
    "declined 603": (Case("uas_refuse.xml", "603", "Decline"), SoftphoneOutcome.REJECTED),
    "we cancel": (Case("uas_ring_cancelled.xml", we_cancel=True), SoftphoneOutcome.CANCELLED),
}


def dial(tmp_path: Path, case: Case) -> CallRecord:
    """The engine dials a SIPp peer playing ``case``; the finished call's record."""
    scenario = (
        rendered_scenario(case.scenario, tmp_path, code=case.code, reason=case.reason)
        if case.code
        else case.scenario
    )
    peer = SippPeer(scenario, tmp_path / "uas").start()
    try:
        with running() as phone:
            seen = Recorder(phone)
            phone.start(account(peer.port, register=False))
            key = phone.dial(NUMBER)
            if case.we_cancel:
                wait_until(phone, lambda: phone.call(key).state is CallState.RINGING)
                phone.hangup(key)
            wait_until(phone, lambda: seen.ended and not peer.running(), 15.0)
            assert peer.wait(1) == 0, peer.errors()
            record: CallRecord = seen.ended[0]
            return record
    finally:
        peer.stop()


@pytest.mark.parametrize(("case", "expected"), OUTGOING.values(), ids=OUTGOING.keys())
def test_outgoing_call_ends_with_its_outcome(
    tmp_path: Path, case: Case, expected: SoftphoneOutcome
) -> None:
    record = dial(tmp_path, case)
    assert record.direction is Direction.OUT and record.answered_at is None
    assert outcome(record) is expected, (record.status_code, record.reason, record.ended_by)


def test_the_operator_rejecting_an_incoming_call_is_rejected(tmp_path: Path) -> None:
    with running() as phone:
        seen = Recorder(phone)
        phone.start(account(5060, register=False))
        peer = SippPeer(
            "uac_rejected.xml",
            tmp_path / "uac",
            remote=phone.local_address(),
            variables={"caller": NUMBER},
        ).start()
        try:
            view = wait_until(phone, lambda: seen.incoming and seen.incoming[0])
            phone.reject(view.id)
            wait_until(phone, lambda: seen.ended and not peer.running(), 15.0)
            assert peer.wait(1) == 0, peer.errors()
        finally:
            peer.stop()
    assert outcome(seen.ended[0]) is SoftphoneOutcome.REJECTED


def _record(**changes: Any) -> CallRecord:
    base = CallRecord(
        id=1,
        direction=Direction.OUT,
        number=NUMBER,
        name="",
        started_at=datetime(2026, 11, 21, 10),
        answered_at=None,
        ended_at=datetime(2026, 11, 21, 10, 0, 30),
        status_code=408,
        reason="Request Timeout",
        ended_by=None,
    )
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"rang": True}, SoftphoneOutcome.NO_ANSWER),  # it rang, the callee's side gave up
        ({"rang": False}, SoftphoneOutcome.FAILED),  # pjsip's own timeout: nothing answered
        ({"status_code": 487}, SoftphoneOutcome.NO_ANSWER),  # terminated, not by us
        ({"status_code": 0, "reason": "Connection refused"}, SoftphoneOutcome.FAILED),
        ({"status_code": 487, "ended_by": EndedBy.US}, SoftphoneOutcome.CANCELLED),
        (
            {"direction": Direction.IN, "status_code": 487, "ended_by": EndedBy.THEM},
            SoftphoneOutcome.NO_ANSWER,  # the caller gave up: not "cancelled"
        ),
        (
            {"direction": Direction.IN, "cancel_reason": 'SIP;cause=200;text="Call completed"'},
            SoftphoneOutcome.ANSWERED_ELSEWHERE,
        ),
    ],
)
def test_outcomes_without_a_peer(changes: dict[str, Any], expected: SoftphoneOutcome) -> None:
    assert outcome(_record(**changes)) is expected


JOURNAL = {
    "busy": ("busy 486", Disposition.BUSY, CallStatus.BUSY),
    "no channels": ("no channels 503", Disposition.CONGESTION, CallStatus.NO_CHANNELS),
    "no answer": ("no answer 480", Disposition.NO_ANSWER, CallStatus.UNANSWERED),
    "unreachable": ("unreachable 404", Disposition.FAILED, CallStatus.FAILED),
    "cancelled": ("we cancel", Disposition.CANCELLED, CallStatus.CANCELLED),
}


@pytest.mark.parametrize(("case", "disposition", "status"), JOURNAL.values(), ids=JOURNAL.keys())
def test_the_journal_gets_the_finer_status(
    tmp_path: Path, db: Database, case: str, disposition: Disposition, status: CallStatus
) -> None:
    with db.transaction() as s:
        put_setting(s, CALL_SOURCE, "softphone")
    me = user_with_role(db, Role.OPERATOR)
    record = dial(tmp_path, OUTGOING[case][0])
    call = softphone_call(record, NUMBER, me.id, me.extension or "")
    with db.transaction() as s:
        call_id = log_call(s, call, me, now=record.ended_at + timedelta(seconds=1))
    assert call_id is not None
    with db.engine.connect() as conn:
        row = conn.execute(select(Call.disposition, Call.status).where(Call.id == call_id)).one()
    assert (row.disposition, row.status) == (disposition.value, status.value)
