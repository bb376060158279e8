"""Registration against SIPp as a registrar with digest auth (401 then 200 / 403)."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import weakref
from pathlib import Path

import pytest

from softphone.sip import ProbeAccount
from softphone.state import Registration, RegistrationState, Transport
from tests.support.sipp import SippPeer, free_udp_port
from tests.support.softphone_support import Recorder, account, running, wait_until

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("transport", [Transport.UDP, Transport.TCP])
def test_registers_with_digest_auth_and_unregisters_at_shutdown(
    tmp_path: Path, transport: Transport
) -> None:
    registrar = SippPeer(
        "register.xml",
        tmp_path,
        transport="t1" if transport is Transport.TCP else "u1",
        variables={"expires": "300"},
    ).start()
    try:
        with running() as phone:
            seen = Recorder(phone)
            phone.start(account(registrar.port, transport=transport))
            reg = wait_until(
                phone,
                lambda: (
                    phone.registration.state is RegistrationState.REGISTERED and phone.registration
                ),
            )
            assert (reg.code, reg.user, reg.expires) == (200, "301", 300)
            assert seen.registrations[0].state is RegistrationState.REGISTERING
        assert registrar.wait(10) == 0, registrar.errors()
        assert "Authorization: Digest" in registrar.messages()
    finally:
        registrar.stop()


def test_wrong_password_is_403_and_a_clear_state(tmp_path: Path) -> None:
    registrar = SippPeer("register.xml", tmp_path, variables={"expires": "300"}).start()
    try:
        with running() as phone:
            phone.start(account(registrar.port, password="wrong"))
            reg = wait_until(
                phone,
                lambda: phone.registration.state is RegistrationState.FAILED and phone.registration,
            )
            assert reg.code == 403
            assert reg.reason == "Forbidden"
            assert phone.calls() == []
        assert registrar.wait(10) == 0, registrar.errors()
    finally:
        registrar.stop()


def test_registrar_gone_is_retried_until_it_is_back(tmp_path: Path) -> None:
    """TCP to a closed port fails at once (503); the account retries and registers later."""
    registrar = SippPeer("register.xml", tmp_path, transport="t1", variables={"expires": "300"})
    with running() as phone:
        phone.start(account(registrar.port, transport=Transport.TCP, retry_seconds=1))
        failed = wait_until(
            phone,
            lambda: phone.registration.state is RegistrationState.FAILED and phone.registration,
        )
        assert failed.code in (408, 502, 503), failed
        registrar.start()
        try:
            wait_until(
                phone, lambda: phone.registration.state is RegistrationState.REGISTERED, timeout=15
            )
        finally:
            phone.shutdown()
            registrar.stop()


def test_registers_again_after_the_connection_to_the_registrar_is_lost(tmp_path: Path) -> None:
    first = SippPeer(
        "register_once.xml", tmp_path / "first", transport="t1", variables={"expires": "300"}
    ).start()
    port = first.port
    try:
        with running() as phone:
            phone.start(account(port, transport=Transport.TCP, retry_seconds=1))
            wait_until(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
            wait_until(phone, lambda: not first.running())  # the PBX is gone, TCP closed
            assert first.wait(1) == 0, first.errors()
            lost = wait_until(
                phone,
                lambda: phone.registration.state is RegistrationState.FAILED and phone.registration,
            )
            assert lost.code >= 400
            second = SippPeer(
                "register.xml",
                tmp_path / "second",
                port=port,
                transport="t1",
                variables={"expires": "300"},
            ).start()
            try:
                wait_until(
                    phone, lambda: phone.registration.state is RegistrationState.REGISTERED, 15
                )
                phone.shutdown()
                assert second.wait(10) == 0, second.errors()
            finally:
                second.stop()
    finally:
        first.stop()


def test_stop_unregisters_and_start_registers_again(tmp_path: Path) -> None:
    registrar = SippPeer("register.xml", tmp_path / "a", variables={"expires": "300"}).start()
    again = SippPeer("register.xml", tmp_path / "b", variables={"expires": "300"}).start()
    try:
        with running() as phone:
            phone.start(account(registrar.port))
            wait_until(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
            phone.stop()
            assert phone.registration.state is RegistrationState.OFF
            wait_until(phone, lambda: not registrar.running())  # it got the unregister
            assert registrar.wait(1) == 0, registrar.errors()
            phone.start(account(again.port))
            wait_until(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
    finally:
        registrar.stop()
        again.stop()


@pytest.mark.parametrize(("password", "code"), [("s3cret", 200), ("wrong", 403)])
def test_probe_registration_answers_once_and_leaves_the_account_alone(
    tmp_path: Path, password: str, code: int
) -> None:
    registrar = SippPeer("register.xml", tmp_path, variables={"expires": "300"}).start()
    try:
        with running() as phone:
            phone.start(account(5060, register=False))  # the working account: calls only
            results: list[Registration] = []
            phone.probe_registration(account(registrar.port, password=password), results.append)
            result = wait_until(phone, lambda: results and results[0])
            assert result.code == code
            expected = RegistrationState.REGISTERED if code == 200 else RegistrationState.FAILED
            assert result.state is expected
            assert phone.registration.state is RegistrationState.OFF  # untouched
            # A registered probe unregisters right after (SIPp expects it and exits 0).
            wait_until(phone, lambda: not registrar.running())
            assert registrar.wait(1) == 0, registrar.errors()
            assert len(results) == 1
            assert "Contact: <sip:301-test@127.0.0.1:" in registrar.messages()
    finally:
        registrar.stop()


def test_probe_registration_without_a_registrar_says_so() -> None:
    with running() as phone:
        results: list[Registration] = []
        phone.probe_registration(
            account(free_udp_port(), transport=Transport.TCP), results.append, timeout_ms=5000
        )
        result = wait_until(phone, lambda: results and results[0])
        assert result.state is RegistrationState.FAILED and result.code >= 400


def test_a_finished_probe_is_freed_at_once_and_spares_the_account_that_reuses_its_id() -> None:
    """The probe must not wait for the cycle collector: freed later, after the working
    account took its pjsua id, its destructor deleted that account (from whatever thread
    collected it: pjlib's "unknown/external thread" abort at exit)."""
    gc.disable()
    try:
        with running() as phone:
            results: list[Registration] = []
            phone.probe_registration(account(free_udp_port()), results.append, timeout_ms=200)
            probe: weakref.ReferenceType[ProbeAccount] = weakref.ref(phone._probes[-1])
            wait_until(phone, lambda: results and not phone._probes)
            assert probe() is None, "the retired probe is still alive (a reference cycle)"
            phone.start(account(free_udp_port(), register=False))
            working = phone._account
            assert working is not None and working.isValid()
            collector = threading.Thread(target=gc.collect)
            collector.start()
            collector.join()
            assert working.isValid()
    finally:
        gc.enable()


CHURN = """
import gc, sys, threading
from PySide6.QtCore import QCoreApplication
from tests.support.sipp import free_udp_port
from tests.support.softphone_support import account, running, wait_until
app = QCoreApplication([])
gc.disable()  # only the worker thread below collects
with running() as phone:
    for _ in range(int(sys.argv[1])):
        results = []
        phone.probe_registration(account(free_udp_port()), results.append, timeout_ms=100)
        wait_until(phone, lambda: results and not phone._probes)
        phone.start(account(free_udp_port(), register=False))
        worker = threading.Thread(target=gc.collect)
        worker.start()
        worker.join()
        assert phone._account.isValid(), "the working account was deleted"
print("closed cleanly")
"""


def test_many_probes_and_restarts_then_closing_never_abort() -> None:
    """What an administrator does: Test registration, OK (the account restarts), again and
    again, then closes CallDesk; the garbage collector runs on a worker thread meanwhile."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", CHURN, "8"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "closed cleanly" in done.stdout
