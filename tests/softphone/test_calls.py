"""Calls through the real engine against SIPp: the scenarios in tests/support/sip/ are the contract
(SIPp exits 0 only when every expected message arrived in order)."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from softphone.engine import Refusal, Softphone, SoftphoneError
from softphone.state import CallState, Direction, EndedBy
from tests.support.sipp import SippPeer, free_rtp_port
from tests.support.softphone_support import Recorder, account, running, wait_until

pytestmark = pytest.mark.usefixtures("qapp")


def uas(tmp_path: Path, scenario: str, name: str = "uas", **kw: Any) -> SippPeer:
    return SippPeer(scenario, tmp_path / name, **kw).start()


def finished(phone: Softphone, peer: SippPeer, timeout: float = 15.0) -> None:
    wait_until(phone, lambda: not peer.running(), timeout)
    assert peer.wait(1) == 0, peer.errors()


def connected(phone: Softphone, key: int) -> None:
    wait_until(phone, lambda: phone.call(key).state is CallState.CONNECTED)


@dataclass
class Dialled:
    phone: Softphone
    key: int
    peer: SippPeer
    seen: Recorder


@contextmanager
def dialled(tmp_path: Path, scenario: str, number: str = "302", **kw: Any) -> Iterator[Dialled]:
    """A SIPp peer running ``scenario``, the engine started towards it, ``number`` dialled."""
    peer = uas(tmp_path, scenario, **kw)
    try:
        with running() as phone:
            seen = Recorder(phone)
            phone.start(account(peer.port, register=False))
            yield Dialled(phone, phone.dial(number), peer, seen)
    finally:
        peer.stop()


def test_outgoing_call_rings_connects_and_we_hang_up(tmp_path: Path) -> None:
    with dialled(tmp_path, "uas_answer.xml", "+79161234567") as c:
        connected(c.phone, c.key)
        view = c.phone.call(c.key)
        assert (view.direction, view.number) == (Direction.OUT, "+79161234567")
        assert view.answered_at is not None and view.has_audio
        c.phone.hangup(c.key)
        finished(c.phone, c.peer)
        wait_until(c.phone, lambda: c.seen.ended)
        assert "INVITE sip:+79161234567@127.0.0.1" in c.peer.messages()
    assert c.seen.states(c.key) == ["calling", "ringing", "connecting", "connected", "ended"]
    record = c.seen.ended[0]
    assert record.ended_by is EndedBy.US and record.answered_at is not None
    assert record.started_at <= record.answered_at <= record.ended_at


def test_the_other_side_hangs_up(tmp_path: Path) -> None:
    with dialled(tmp_path, "uas_hangs_up.xml") as c:
        finished(c.phone, c.peer)
        wait_until(c.phone, lambda: c.seen.ended)
        assert c.phone.calls() == []
    assert c.seen.ended[0].ended_by is EndedBy.THEM
    assert c.seen.ended[0].answered_at is not None
    assert c.seen.states(c.key)[-2:] == ["connected", "ended"]


def test_busy_ends_the_call_with_486(tmp_path: Path) -> None:
    with dialled(tmp_path, "uas_busy.xml") as c:
        finished(c.phone, c.peer)
        wait_until(c.phone, lambda: c.seen.ended)
    record = c.seen.ended[0]
    assert (record.status_code, record.answered_at, record.ended_by) == (486, None, None)


def test_hold_and_unhold_send_reinvites(tmp_path: Path) -> None:
    with dialled(tmp_path, "uas_hold.xml") as c:
        phone, key = c.phone, c.key
        connected(phone, key)
        phone.hold(key)
        assert phone.call(key).on_hold
        wait_until(phone, lambda: "a=recvonly" in c.peer.messages())
        wait_until(phone, lambda: not phone.call(key).has_audio)
        phone.unhold(key)
        wait_until(phone, lambda: phone.call(key).has_audio)
        assert not phone.call(key).on_hold
        phone.hangup(key)
        finished(phone, c.peer)


def test_dtmf_falls_back_to_sip_info(tmp_path: Path) -> None:
    with dialled(tmp_path, "uas_info_dtmf.xml") as c:
        phone, key = c.phone, c.key
        connected(phone, key)
        phone.send_dtmf(key, "5")
        wait_until(phone, lambda: "Signal=5" in c.peer.messages())
        phone.send_dtmf(key, "#")
        wait_until(phone, lambda: "Signal=#" in c.peer.messages())
        phone.hangup(key)
        finished(phone, c.peer)
        wait_until(phone, lambda: c.seen.ended)
    assert c.seen.ended[0].dtmf_sent == "5#"


def test_rfc2833_dtmf_goes_out_as_telephone_events(tmp_path: Path) -> None:
    """The test's own socket is the far end's RTP port: it reads the events off the wire."""
    rtp = free_rtp_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as media:
        media.bind(("127.0.0.1", rtp))
        media.setblocking(False)
        peer = uas(tmp_path, "uas_answer_rtp_to.xml", variables={"rtp_port": str(rtp)})
        try:
            with running() as phone:
                phone.start(account(peer.port, register=False))
                key = phone.dial("302")
                connected(phone, key)
                phone.send_dtmf(key, "7*")
                events: list[int] = []

                def read_events() -> bool:
                    with contextlib.suppress(BlockingIOError):
                        while True:
                            packet = media.recv(2048)
                            payload_type, body = packet[1] & 0x7F, packet[12:]
                            if payload_type == 101 and (not events or events[-1] != body[0]):
                                events.append(body[0])  # event code; repeats until its end
                    return len(events) >= 2

                wait_until(phone, read_events)
                assert events[:2] == [7, 10]  # RFC 4733: '*' is event 10
                assert "INFO sip:" not in peer.messages()
                phone.hangup(key)
                finished(phone, peer)
        finally:
            peer.stop()


def test_blind_transfer_refers_and_leaves_after_the_final_notify(tmp_path: Path) -> None:
    with dialled(tmp_path, "uas_refer.xml", "+79161234567") as c:
        connected(c.phone, c.key)
        c.phone.blind_transfer(c.key, "302")
        finished(c.phone, c.peer)
        wait_until(c.phone, lambda: c.seen.ended)
    progress = [(code, final) for _, code, _, final in c.seen.transfers]
    assert progress[-1] == (200, True)
    assert (100, False) in progress and all(not f for _, f in progress[:-1])
    record = c.seen.ended[0]
    assert record.transferred_to == "302" and record.transferred_at is not None
    assert record.ended_by is EndedBy.US


def test_attended_transfer_consults_then_completes(tmp_path: Path) -> None:
    caller = uas(tmp_path, "uas_refer_replaces.xml", "caller")
    colleague = uas(tmp_path, "uas_answer.xml", "colleague")
    try:
        with running() as phone:
            seen = Recorder(phone)
            # Both peers act as "the PBX": calls go to the URI of the peer directly.
            phone.start(account(caller.port, register=False))
            first = phone.dial("+79161234567")
            connected(phone, first)
            consult = phone.consult(first, f"sip:302@{colleague.address}")
            assert phone.call(first).on_hold
            connected(phone, consult)
            assert phone.call(consult).consult_for == first
            phone.complete_transfer(consult)
            finished(phone, caller)
            finished(phone, colleague)
            wait_until(phone, lambda: len(seen.ended) == 2)
        assert "Replaces" in caller.messages()
        by_key = {r.consult_for: r for r in seen.ended}
        assert by_key[None].transferred_to == "302"
        assert by_key[first].ended_by is EndedBy.US
    finally:
        caller.stop()
        colleague.stop()


def test_attended_transfer_cancelled_takes_the_caller_back(tmp_path: Path) -> None:
    caller = uas(tmp_path, "uas_hold.xml", "caller")
    colleague = uas(tmp_path, "uas_answer.xml", "colleague")
    try:
        with running() as phone:
            phone.start(account(caller.port, register=False))
            first = phone.dial("+79161234567")
            connected(phone, first)
            consult = phone.consult(first, f"sip:302@{colleague.address}")
            connected(phone, consult)
            phone.cancel_consult(consult)
            finished(phone, colleague)
            wait_until(phone, lambda: phone.call(first).has_audio and not phone.call(first).on_hold)
            phone.hangup(first)
            finished(phone, caller)
    finally:
        caller.stop()
        colleague.stop()


def test_an_operation_pjsua_refuses_is_a_softphone_error(tmp_path: Path) -> None:
    """Not a pjsua2 Error escaping into a Qt slot: the panel shows SoftphoneError's text."""
    with dialled(tmp_path, "uas_answer.xml") as c:
        connected(c.phone, c.key)
        with pytest.raises(SoftphoneError) as refused:
            c.phone.answer(c.key)  # an outgoing call that is already up cannot be answered
        assert refused.value.kind is Refusal.NOT_NOW, str(refused.value)
        del refused  # its traceback's frames hold the call: not past the library's end
        assert c.phone.call(c.key).state is CallState.CONNECTED  # and it is still up
        c.phone.hangup(c.key)
        finished(c.phone, c.peer)
