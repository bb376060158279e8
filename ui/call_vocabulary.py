"""The words and colours of a call, shared by every screen that shows calls.

Status, direction, who hung up and queue outcome texts (English sources in the "journal"
translation context), status badge colours, durations and short names. The journal, the
side panel, the player, the pop-up and the PBX page all take them from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import QT_TRANSLATE_NOOP

STATUS_TEXT = {
    "accepted": QT_TRANSLATE_NOOP("journal", "Accepted"),
    "reached": QT_TRANSLATE_NOOP("journal", "Reached"),
    "no_answer": QT_TRANSLATE_NOOP("journal", "No answer"),
    "lost": QT_TRANSLATE_NOOP("journal", "Lost"),
    "cancelled": QT_TRANSLATE_NOOP("journal", "Cancelled"),
    "busy": QT_TRANSLATE_NOOP("journal", "Busy"),
    "failed": QT_TRANSLATE_NOOP("journal", "Unreachable"),
    "unanswered": QT_TRANSLATE_NOOP("journal", "Not answered"),
    "rejected": QT_TRANSLATE_NOOP("journal", "Rejected"),
    "no_channels": QT_TRANSLATE_NOOP("journal", "No free channels"),
    "in_progress": QT_TRANSLATE_NOOP("journal", "In progress"),
}
# Badge colours: background, text.
STATUS_COLORS = {
    "accepted": ("#d7f0dd", "#1b5e20"),
    "reached": ("#d6e9fb", "#0d47a1"),
    "no_answer": ("#fff0c2", "#7a5200"),
    "lost": ("#fbd5d2", "#8e1b12"),
    "cancelled": ("#ececec", "#424242"),
    "busy": ("#f6e0f5", "#6a1b6a"),
    "failed": ("#f1e3d3", "#5d3a1a"),
    "unanswered": ("#e6eef2", "#37474f"),
    "rejected": ("#fde2cc", "#8a3a00"),
    "no_channels": ("#e4e0f7", "#3b2a85"),
    "in_progress": ("#d3f2ef", "#00594f"),
}
# The same badges on a dark palette: a dark tint, a light text.
STATUS_COLORS_DARK = {
    "accepted": ("#1f3d26", "#a5d6a7"),
    "reached": ("#1c3350", "#9ecbff"),
    "no_answer": ("#4a3a12", "#ffd88a"),
    "lost": ("#4d2220", "#ffab9f"),
    "cancelled": ("#3a3a3e", "#c8c8cc"),
    "busy": ("#40233f", "#e6b3e4"),
    "failed": ("#42301f", "#e0c09a"),
    "unanswered": ("#263238", "#b8cbd4"),
    "rejected": ("#4a2a12", "#ffc38f"),
    "no_channels": ("#2b2550", "#c3b8ff"),
    "in_progress": ("#173d39", "#8fe3d8"),
}


def status_colors(status: str, dark: bool) -> tuple[str, str] | None:
    """The badge's background and text colours for a light or a dark palette."""
    return (STATUS_COLORS_DARK if dark else STATUS_COLORS).get(status)


DIRECTION_TEXT = {
    "in": QT_TRANSLATE_NOOP("journal", "Incoming"),
    "out": QT_TRANSLATE_NOOP("journal", "Outgoing"),
    "internal": QT_TRANSLATE_NOOP("journal", "Internal"),
}
# Icons of the set (resources/icons) for directions and statuses.
DIRECTION_ICONS = {"in": "call-incoming", "out": "call-outgoing", "internal": "call-internal"}
STATUS_ICONS = {
    "accepted": "status-accepted",
    "reached": "status-reached",
    "no_answer": "status-no-answer",
    "lost": "status-lost",
    "cancelled": "status-cancelled",
    "busy": "status-busy",
    "failed": "status-failed",
    "unanswered": "status-unanswered",
    "rejected": "status-rejected",
    "no_channels": "status-no-channels",
    "in_progress": "status-in-progress",
}
HANGUP_TEXT = {
    "client": QT_TRANSLATE_NOOP("journal", "Client"),
    "employee": QT_TRANSLATE_NOOP("journal", "Employee"),
    "system": QT_TRANSLATE_NOOP("journal", "System"),
}

QUEUE_OUTCOME_TEXT = {
    "answered": QT_TRANSLATE_NOOP("journal", "Answered"),
    "transferred": QT_TRANSLATE_NOOP("journal", "Transferred"),
    "abandoned": QT_TRANSLATE_NOOP("journal", "Caller left"),
    "timeout": QT_TRANSLATE_NOOP("journal", "Timed out"),
    "exit_key": QT_TRANSLATE_NOOP("journal", "Left with a key"),
    "exit_empty": QT_TRANSLATE_NOOP("journal", "Left: no agents"),
    "join_empty": QT_TRANSLATE_NOOP("journal", "Not queued: empty"),
    "join_unavail": QT_TRANSLATE_NOOP("journal", "Not queued: no agents"),
}


def translated(text: str) -> str:
    return QCoreApplication.translate("journal", text)


def duration(seconds: int | None) -> str:
    if not seconds:
        return ""
    minutes, sec = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{sec:02d}" if hours else f"{minutes}:{sec:02d}"


def short_name(full_name: str | None) -> str:
    """ "Соловьева Анастасия Владимировна" -> "Соловьева А. В.", as people sign in 1C."""
    if not full_name:
        return ""
    surname, *rest = full_name.split()
    initials = " ".join(f"{part[0]}." for part in rest if part)
    return f"{surname} {initials}".strip()
