"""What the file sources (Master.csv, the queue_log file) share: a file known by its device
and inode, and the rest of a rotated file found again next to the new one."""

from __future__ import annotations

import os
from pathlib import Path


def file_id(st: os.stat_result) -> str:
    return f"{st.st_dev}:{st.st_ino}"


def rotated_sibling(path: Path, old_id: str) -> Path | None:
    """The file that was at ``path`` (``old_id``), now under a rotated name next to it
    (``Master.csv.1``, ``queue_log-20261120``, …), or None when it is gone."""
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return None
    for other in siblings:
        if other == path or not other.name.startswith(path.name):
            continue
        try:
            if file_id(other.stat()) == old_id:
                return other
        except OSError:
            continue
    return None
