"""What the status bar tells supervisors about the PBX data: current, behind, or stopped.

A pure rule over :class:`app.calls.collector.lease.CollectorStatus` and the company's call
source, so the words and thresholds are tested without a window.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import timedelta

from app.calls.collector.lease import RETRYING, STOPPED, CollectorStatus
from app.messages import QT_TRANSLATE_NOOP, Message, message

# Behind by less than this is "current": a batch, the look-back and a poll take a while.
BEHIND_AFTER = timedelta(minutes=2)


class Level(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Health:
    level: Level
    text: Message  # the status bar's short words
    details: Message  # the tooltip


def _minutes(delta: timedelta) -> int:
    return max(1, int(delta.total_seconds() // 60))


def collector_health(status: CollectorStatus | None, pbx_is_source: bool) -> Health | None:
    """None when there is nothing to say (softphones write the journal, or all is current)."""
    if not pbx_is_source:
        return None
    if status is None:
        return Health(
            Level.WARNING,
            message(QT_TRANSLATE_NOOP("app", "PBX data: no collector yet")),
            message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Calls come from the PBX, but no collector has run yet: start "
                    "'calldesk collect' (Administration -> PBX).",
                )
            ),
        )
    counts = message(
        QT_TRANSLATE_NOOP(
            "app",
            "Collector {holder}: {rows} records read, {calls} calls written, {skipped} skipped.",
        ),
        holder=status.holder or "-",
        rows=status.rows_read,
        calls=status.calls_written,
        skipped=status.rows_skipped,
    )
    last_error = status.recent_errors[-1]["error"] if status.recent_errors else ""
    if status.state == STOPPED:
        age = status.heartbeat_age
        return Health(
            Level.ERROR,
            message(
                QT_TRANSLATE_NOOP("app", "PBX collector stopped {minutes} min ago"),
                minutes=_minutes(age) if age is not None else "?",
            ),
            message(
                QT_TRANSLATE_NOOP("app", "{counts} Last error: {error}"),
                counts=counts,
                error=last_error or "-",
            ),
        )
    if status.state == RETRYING:
        return Health(
            Level.WARNING,
            message(QT_TRANSLATE_NOOP("app", "PBX collector: connection problem, retrying")),
            message(
                QT_TRANSLATE_NOOP("app", "{counts} Last error: {error}"),
                counts=counts,
                error=last_error or "-",
            ),
        )
    if status.lag is not None and status.lag >= BEHIND_AFTER:
        return Health(
            Level.WARNING,
            message(
                QT_TRANSLATE_NOOP("app", "PBX data {minutes} min behind"),
                minutes=_minutes(status.lag),
            ),
            counts,
        )
    return None
