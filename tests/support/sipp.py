"""SIPp (Debian's ``sip-tester``) as the real SIP peer of the softphone tests.

``SippPeer`` runs one SIPp process with a scenario from ``tests/support/sip/`` (or a built-in one
such as ``uas``) on 127.0.0.1 and free ports, and reports how it ended: exit code 0 means
every message of the scenario was seen in order. The scenarios are the contract: a test
passes only when the softphone sent exactly what the scenario expects.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SCENARIOS = Path(__file__).parent / "sip"
SIPP = shutil.which("sipp")


def rendered_scenario(template: str, workdir: Path, **values: str) -> str:
    """A scenario of tests/support/sip/ with its ``@name@`` placeholders filled, written to
    ``workdir``: SIPp reads a status line's code when it loads the file, so a response
    code cannot be one of its own ``-key`` keywords. Returns the file's absolute path."""
    text = (SCENARIOS / template).read_text(encoding="iso-8859-1")
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"{Path(template).stem}-{'-'.join(values.values()).replace(' ', '_')}.xml"
    path.write_text(text, encoding="iso-8859-1")
    return str(path)


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


def holds_port(pid: int, port: int, kind: int = socket.SOCK_DGRAM) -> bool:
    """Whether process ``pid`` itself has a socket bound to ``port`` (Linux /proc): a port
    merely being taken could be another process's."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").glob("*"):
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    table = "udp" if kind == socket.SOCK_DGRAM else "tcp"
    for name in (table, table + "6"):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if (
                len(fields) > 9
                and int(fields[1].rsplit(":", 1)[1], 16) == port
                and fields[9] in inodes
            ):
                return True
    return False


class PortTaken(RuntimeError):
    """SIPp could not bind its port: another process took it after it was chosen."""


@dataclass
class SippPeer:
    """One SIPp process; ``scenario`` is a file name in tests/support/sip/ or a built-in name."""

    scenario: str
    workdir: Path
    port: int = field(default_factory=free_udp_port)
    transport: str = "u1"  # u1 = UDP, t1 = TCP
    remote: str | None = None  # "127.0.0.1:PORT" for client scenarios
    calls: int = 1
    variables: dict[str, str] = field(default_factory=dict)
    extra: Sequence[str] = ()
    process: subprocess.Popen[bytes] | None = None
    _stderr: str = field(default="", repr=False)  # what was read of the process's stderr

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
        """Starts SIPp and waits until it holds its port. The port was free when chosen; if
        another process of this shared machine took it since, SIPp is started again on a
        new one (the peer is not started yet, so nobody knows the old port)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        for attempt in range(5):
            self._stderr = ""
            self.process = subprocess.Popen(
                self.command(),
                cwd=self.workdir,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            try:
                self._wait_listening()
                return self
            except PortTaken:
                self.stop()
                if attempt == 4:
                    raise
                self.port = free_udp_port()
                for log in self.workdir.glob("*_errors.log"):
                    log.unlink()
            except BaseException:
                self.stop()
                raise
        return self

    def _wait_listening(self, timeout: float = 15.0) -> None:
        """Ready once its port is taken (server and client scenarios bind it at start)."""
        deadline = time.monotonic() + timeout
        kind = socket.SOCK_STREAM if self.transport.startswith("t") else socket.SOCK_DGRAM
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                errors = self.errors()
                if "errno = 98" in errors or "Address already in use" in errors:
                    raise PortTaken(errors)
                if self.remote is not None:
                    return  # a client scenario that already ended: the test reads how
                raise RuntimeError(f"sipp exited at start: {errors}")
            if holds_port(self.process.pid, self.port, kind):
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
        if (
            process is not None
            and process.stderr is not None
            and not process.stderr.closed
            and process.poll() is not None
        ):
            self._stderr += process.stderr.read().decode(errors="replace")
        text += self._stderr
        for log in sorted(self.workdir.glob("*_errors.log")):
            text += log.read_text(errors="replace")
        return text[-4000:]

    def messages(self) -> str:
        """The messages log (-trace_msg): every SIP message sent and received."""
        return "".join(
            p.read_text(errors="replace") for p in sorted(self.workdir.glob("*_messages.log"))
        )
