"""The database server's time for the app's clock (issue 18, clock skew).

Desktops write times of record into one shared journal; the server's clock is the one they
all share. :func:`calibrate` reads it (one cheap statement, on a database thread) and sets
the app's :class:`app.clock.CorrectedClock` right. SQLite has no server: the file lives with
the one desktop that uses it, whose clock is the only one.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import Connection, text

from app import clock

log = logging.getLogger(__name__)

# A desktop this far off is worth a line in the log (the offset is applied whatever it is).
WORTH_LOGGING = timedelta(seconds=2)


def calibrate(conn: Connection) -> timedelta | None:
    """Set the app's clock by the server's; returns the offset applied, or None when the app
    does not run on a correctable clock (a test's or the demo's) or the database is SQLite."""
    corrected = clock.current()
    if not isinstance(corrected, clock.CorrectedClock) or conn.dialect.name == "sqlite":
        return None
    asked = corrected.base.now()
    epoch = conn.scalar(text("SELECT UNIX_TIMESTAMP(NOW(6))"))
    answered = corrected.base.now()
    if epoch is None:
        return None
    before = corrected.offset
    offset = corrected.correct(float(epoch), asked, answered)
    if abs(offset - before) > WORTH_LOGGING:
        log.warning(
            "this computer's clock is %.1f s off the database server's", -offset.total_seconds()
        )
    return offset
