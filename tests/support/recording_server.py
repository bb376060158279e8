"""A local HTTP server for recordings, with Range support like a real web server.

Serves the files of one directory on 127.0.0.1 (a free port) and counts what it was
asked, so tests can see that seeking used ranges; takes uploads by PUT as a WebDAV folder
does. ``delay`` makes every response late
(timeouts).
"""

from __future__ import annotations

import math
import re
import struct
import threading
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


def write_wav(path: Path, seconds: float, tone: int = 440, rate: int = 8000) -> Path:
    """A mono 16-bit WAV of a tone whose pitch changes every second (easy to tell apart)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = bytearray()
    for i in range(int(seconds * rate)):
        pitch = tone + 40 * (i // rate)
        frames += struct.pack("<h", int(9000 * math.sin(2 * math.pi * pitch * i / rate)))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


@dataclass
class ServerLog:
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)  # method, path, range

    @property
    def ranged(self) -> int:
        return sum(1 for _m, _p, r in self.requests if r)


class RecordingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path, delay: float = 0.0, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.root = root
        self.delay = delay
        self.log = ServerLog()
        self.stopping = threading.Event()
        self.refuse_puts = 0  # answer this many next PUTs "503 Service Unavailable"

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/records/"


class _Handler(BaseHTTPRequestHandler):
    server: RecordingServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _file(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith("/records/"):
            return None
        target = (self.server.root / path.removeprefix("/records/")).resolve()
        if self.server.root.resolve() not in target.parents or not target.is_file():
            return None
        return target

    def _wait(self) -> bool:
        return self.server.delay > 0 and self.server.stopping.wait(self.server.delay)

    def do_PUT(self) -> None:
        """A WebDAV-style upload (nginx ``dav_methods PUT``): the body is written to a
        temporary file and renamed, folders made as needed; 201 new, 204 replaced."""
        self.server.log.requests.append((self.command, self.path, None))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        path = unquote(urlsplit(self.path).path)
        target = (self.server.root / path.removeprefix("/records/")).resolve()
        status = 204 if target.exists() else 201
        if self.server.refuse_puts > 0:
            self.server.refuse_puts -= 1
            status = 503
        elif not path.startswith("/records/") or self.server.root.resolve() not in target.parents:
            status = 403
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            part.write_bytes(body)
            part.replace(target)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_GET(self) -> None:
        self._serve(body=True)

    def _serve(self, body: bool) -> None:
        rng = self.headers.get("Range")
        self.server.log.requests.append((self.command, self.path, rng))
        if self._wait():
            return
        target = self._file()
        if target is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        size = target.stat().st_size
        start, end = 0, size - 1
        status = 200
        match = _RANGE.match(rng.strip()) if rng else None
        if match and (match.group(1) or match.group(2)):
            if match.group(1):
                start = int(match.group(1))
                end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
            else:
                start = max(0, size - int(match.group(2)))
            if start >= size or start > end:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 206
        self.send_response(status)
        self.send_header("Content-Type", "audio/wav")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(end - start + 1))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.end_headers()
        if not body:
            return
        with target.open("rb") as f:
            f.seek(start)
            left = end - start + 1
            try:
                while left > 0:
                    chunk = f.read(min(64 * 1024, left))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    left -= len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the player closes a connection when it seeks


@contextmanager
def serve_recordings(root: Path, delay: float = 0.0, port: int = 0) -> Iterator[RecordingServer]:
    server = RecordingServer(root, delay, port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
