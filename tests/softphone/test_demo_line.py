"""The demo line's process (softphone.demo_line) against the real softphone engine, no
database: it calls as the client it is told to be, answers what the softphone dials after
a ring, talks into the call (the in-memory headset hears it), records both kinds of call,
listens on 127.0.0.1 only, and quits when its stdin closes (the app has gone)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import wave
from array import array
from collections.abc import Iterator
from pathlib import Path
from queue import Empty, Queue
from typing import Any

import pytest

from softphone.audio import AudioBridge, MemoryAudioDevice
from softphone.state import AccountConfig, CallState, Direction
from tests.support.sipp import holds_port
from tests.support.softphone_support import Recorder, running, wait_until

pytestmark = pytest.mark.usefixtures("qapp")
ROOT = Path(__file__).resolve().parents[2]
NUMBER = "+79161234567"


class LineProcess:
    """The demo line as the app runs it: a child process speaking JSON lines."""

    def __init__(self, recordings: Path, command: list[str] | None = None) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [
                sys.executable,
                *(command or ["-m", "softphone.demo_line"]),
                "--recordings",
                str(recordings),
                "--answer-after-ms",
                "300",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        self.messages: list[dict[str, Any]] = []
        self._queue: Queue[dict[str, Any]] = Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(json.loads(line))

    def received(self) -> list[dict[str, Any]]:
        while True:
            try:
                self.messages.append(self._queue.get_nowait())
            except Empty:
                return self.messages

    def first(self, key: str) -> dict[str, Any] | None:
        return next((m for m in self.received() if key in m), None)

    def send(self, command: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        self._reader.join(10)  # it reads up to the end of the output before its pipe closes
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()


@pytest.fixture
def line(tmp_path: Path) -> Iterator[LineProcess]:
    process = LineProcess(tmp_path / "recordings")
    try:
        yield process
    finally:
        process.stop()


def until(condition: Any, timeout: float = 20.0) -> Any:
    """Polls another process's output (no SIP engine to pump)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout} s waiting for {condition}")


def heard(device: MemoryAudioDevice) -> int:
    values = array("h")
    samples = device.played()[1]
    values.frombytes(samples[: len(samples) // 2 * 2])
    return sum(1 for v in values if abs(v) > 1000)


def test_the_demo_line_calls_as_a_client_and_answers_what_the_softphone_dials(
    line: LineProcess, tmp_path: Path
) -> None:
    address = until(lambda: line.first("address"))["address"]
    host, _, port = address.rpartition(":")
    assert host == "127.0.0.1"  # never on the network
    device = MemoryAudioDevice()
    with running(AudioBridge(device, lambda _problem: None)) as phone:
        seen = Recorder(phone)
        phone.start(
            AccountConfig(
                registrar=host, port=int(port), user="100", bind_address=host, register=False
            )
        )
        line.send(
            {
                "call": {
                    "number": NUMBER,
                    "name": "Romashka",
                    "to": f"sip:100@{phone.local_address()}",
                }
            }
        )
        view = wait_until(phone, lambda: seen.incoming and seen.incoming[0], 20)
        assert (view.direction, view.number, view.name) == (Direction.IN, NUMBER, "Romashka")
        phone.answer(view.id)
        wait_until(phone, lambda: heard(device) > 2000, 20)  # the client speaks
        assert phone.call(view.id).state is CallState.CONNECTED
        phone.hangup(view.id)
        wait_until(phone, lambda: len(seen.ended) == 1, 20)

        key = phone.dial("+79031112233")
        wait_until(phone, lambda: CallState.RINGING.value in seen.states(key), 20)
        wait_until(phone, lambda: phone.call(key).state is CallState.CONNECTED, 20)
        before = heard(device)
        wait_until(phone, lambda: heard(device) > before + 2000, 20)
        phone.hangup(key)
        wait_until(phone, lambda: len(seen.ended) == 2, 20)
        assert [r.answered_at is not None for r in seen.ended] == [True, True]

    until(lambda: len([m for m in line.received() if "recorded" in m]) == 2)
    refs = {(m["direction"], m["number"]): m["ref"] for m in line.messages if "recorded" in m}
    assert set(refs) == {("in", NUMBER), ("out", "+79031112233")}
    for ref in refs.values():
        with wave.open(str(tmp_path / "recordings" / ref)) as w:
            assert w.getnframes() > 0 and w.getframerate() == 8000


@pytest.mark.parametrize(
    "command",
    [["-m", "softphone.demo_line"], ["-m", "ui.main", "demo-line"]],
    ids=["module", "calldesk-demo-line"],
)
def test_the_demo_line_quits_when_its_stdin_closes(tmp_path: Path, command: list[str]) -> None:
    line = LineProcess(tmp_path / "recordings", command)
    try:
        address = until(lambda: line.first("address"))["address"]
        port = int(address.rpartition(":")[2])
        assert holds_port(line.process.pid, port)
        assert line.process.stdin is not None
        line.process.stdin.close()  # what the app's death does to the pipe
        assert line.process.wait(20) == 0
    finally:
        line.stop()
