"""SIPp (Debian's ``sip-tester``) as the real SIP peer of the softphone tests.

``SippPeer`` runs one SIPp process with a scenario from ``tests/sip/`` (or a built-in one
such as ``uas``) on 127.0.0.1 and free ports, and reports how it ended: exit code 0 means
every message of the scenario was seen in order. The scenarios are the contract: a test
passes only when the softphone sent exactly what the scenario expects.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SCENARIOS = Path(__file__).parent / "sip"
SIPP = shutil.which("sipp")


def free_udp_port() -> int:
    """A port free for UDP and TCP alike (SIPp listens on both for some transports)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
            u.bind(("127.0.0.1", 0))
            port = int(u.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
                try:
                    t.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port
    raise RuntimeError("no free port on 127.0.0.1")


def free_rtp_port() -> int:
    """An even port whose odd neighbour is free too (RTP + RTCP)."""
    for _ in range(100):
        port = free_udp_port()
        if port % 2:
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            try:
                s.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free RTP port pair on 127.0.0.1")


@dataclass
class SippPeer:
    """One SIPp process; ``scenario`` is a file name in tests/sip/ or a built-in name."""

    scenario: str
    workdir: Path
    port: int = field(default_factory=free_udp_port)
    transport: str = "u1"  # u1 = UDP, t1 = TCP
    remote: str | None = None  # "127.0.0.1:PORT" for client scenarios
    calls: int = 1
    variables: dict[str, str] = field(default_factory=dict)
    extra: Sequence[str] = ()
    process: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        if SIPP is None:
            raise RuntimeError("sipp is not installed (Debian package sip-tester)")
        path = SCENARIOS / self.scenario
        scenario = ["-sf", str(path)] if path.suffix == ".xml" else ["-sn", self.scenario]
        cmd = [
            SIPP,
            *scenario,
            "-i",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-t",
            self.transport,
            "-m",
            str(self.calls),
            "-nostdin",
            "-trace_err",
            "-trace_msg",
            "-timeout",
            "60s",
            "-timeout_error",
        ]
        if "-mp" not in self.extra:  # SIPp's default media port 6000 clashes between peers
            cmd += ["-mi", "127.0.0.1", "-mp", str(free_rtp_port())]
        for name, value in self.variables.items():
            cmd += ["-key", name, value]
        cmd += list(self.extra)
        if self.remote:
            cmd.append(self.remote)
        return cmd

    def start(self) -> SippPeer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            self.command(),
            cwd=self.workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if self.remote is None:
            self._wait_listening()
        return self

    def _wait_listening(self, timeout: float = 15.0) -> None:
        """A server scenario is ready once its port is taken."""
        deadline = time.monotonic() + timeout
        kind = socket.SOCK_STREAM if self.transport.startswith("t") else socket.SOCK_DGRAM
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"sipp exited at start: {self.errors()}")
            with socket.socket(socket.AF_INET, kind) as s:
                try:
                    s.bind(("127.0.0.1", self.port))
                except OSError:
                    return
            time.sleep(0.02)
        raise RuntimeError(f"sipp did not listen on {self.port}")

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def wait(self, timeout: float = 30.0) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def stop(self) -> None:
        """Ends the process this peer started (by its PID only)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stderr is not None:
            self.process.stderr.close()

    def errors(self) -> str:
        """What SIPp complained about: its stderr and error log, for assertion messages."""
        text = ""
        process = self.process
        if process is not None and process.stderr is not None and process.poll() is not None:
            text += process.stderr.read().decode(errors="replace")
        for log in sorted(self.workdir.glob("*_errors.log")):
            text += log.read_text(errors="replace")
        return text[-4000:]

    def messages(self) -> str:
        """The messages log (-trace_msg): every SIP message sent and received."""
        return "".join(
            p.read_text(errors="replace") for p in sorted(self.workdir.glob("*_messages.log"))
        )
