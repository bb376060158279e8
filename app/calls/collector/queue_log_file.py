"""The queue_log file (``/var/log/asterisk/queue_log``), read by byte offset.

Read from the stored offset to its last complete line (a partial last line waits until it is
complete). The file is known by its device and inode: another inode at the path, or a file
shorter than the offset, is a rotation — the rest of the old file is read first when it is
still next to the new one under its rotated name (``queue_log.1``, …), then the new file
from its start.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from pathlib import Path

from app.calls.collector.files import file_id as _file_id
from app.calls.collector.files import rotated_sibling
from app.calls.collector.queue_log import (
    BadLine,
    QueueEvent,
    QueueLogBatch,
    QueueLogMark,
    parse_line,
    with_mark,
)

log = logging.getLogger(__name__)


class QueueLogFile:
    """``/var/log/asterisk/queue_log`` (or a copy), read by byte offset."""

    name = "queue_log"

    def __init__(
        self, path: Path, *, zone: tzinfo | None = None, chunk_bytes: int = 4 << 20
    ) -> None:
        self.path = path
        self.zone = zone
        self.chunk_bytes = chunk_bytes
        # Line numbers known at (file id, offset), to say where a bad line is.
        self._line_at: dict[tuple[str, int], int] = {}

    def check(self) -> list[str]:
        return [] if self.path.exists() else [f"{self.path} does not exist (yet)."]

    def read(self, mark: QueueLogMark, pbx_now: datetime | None = None) -> QueueLogBatch:
        if not self.path.exists():
            return QueueLogBatch([], [], mark, caught_up=True, notes=self.check())
        st = self.path.stat()
        current = _file_id(st)
        offset = mark.offset or 0
        notes: list[str] = []
        if mark.file_id is not None and mark.file_id != current:
            old = rotated_sibling(self.path, mark.file_id)
            if old is not None:
                batch = self._read(old, mark.file_id, offset, final=True)
                if batch.mark.offset == old.stat().st_size:
                    # The old file is done: the next read starts the new one.
                    batch.mark = QueueLogMark(current, 0)
                    batch.caught_up = False
                return batch
            notes.append(
                f"{self.path} was rotated and the rest of the old file is not next to it: "
                "reading the new file from its start."
            )
            log.warning("%s", notes[-1])
            offset = 0
        elif offset > st.st_size:
            notes.append(f"{self.path} is shorter than what was read: reading it from its start.")
            log.warning("%s", notes[-1])
            offset = 0
        batch = self._read(self.path, current, offset, final=False)
        batch.notes[:0] = notes
        return batch

    def _read(self, path: Path, file_id: str, offset: int, *, final: bool) -> QueueLogBatch:
        with path.open("rb") as f:
            f.seek(offset)
            chunk = f.read(self.chunk_bytes)
        full = len(chunk) == self.chunk_bytes
        end = chunk.rfind(b"\n") + 1
        if end == 0 and (full or final):
            end = len(chunk)  # a line longer than a chunk, or the last line of an old file
        events: list[QueueEvent] = []
        bad: list[BadLine] = []
        position = offset
        for raw in chunk[:end].splitlines(keepends=True):
            start = position
            position += len(raw)
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if not line.strip():
                continue
            try:
                event = parse_line(line, self.zone)
            except ValueError as e:
                number = self._line_number(path, file_id, start)
                bad.append(BadLine(f"{path} line {number} (byte {start})", line, str(e)))
                continue
            events.append(with_mark(event, QueueLogMark(file_id, start)))
        known = self._line_at.get((file_id, offset), 1 if offset == 0 else None)
        if known is not None:
            self._line_at[(file_id, offset + end)] = known + chunk[:end].count(b"\n")
            if len(self._line_at) > 64:
                self._line_at = dict(list(self._line_at.items())[-32:])
        mark = QueueLogMark(file_id, offset + end)
        return QueueLogBatch(events, bad, mark, caught_up=not full)

    def _line_number(self, path: Path, file_id: str, offset: int) -> int:
        """1-based number of the line starting at ``offset`` (counted once, then kept)."""
        base, counted_from = 1, 0
        for (fid, at), number in self._line_at.items():
            if fid == file_id and counted_from < at <= offset:
                base, counted_from = number, at
        newlines = 0
        with path.open("rb") as f:
            f.seek(counted_from)
            left = offset - counted_from
            while left > 0:
                block = f.read(min(left, 1 << 20))
                if not block:
                    break
                newlines += block.count(b"\n")
                left -= len(block)
        number = base + newlines
        self._line_at[(file_id, offset)] = number
        return number
