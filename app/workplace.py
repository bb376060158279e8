"""Where and as whom this workstation works: one value every form is given.

The main window builds it once after login from the open database, the logged-in user and
the workstation's settings; forms and dialogs take it instead of a database, a user, a
recordings base and a phone region each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app import clock as app_clock
from app.clock import Clock
from app.config import WorkstationSettings
from app.database import Database
from app.phones import DEFAULT_REGION
from app.staff.auth import CurrentUser


class AppClock:
    """The app's clock as it is when asked (:mod:`app.clock`), so a clock set later — by a
    test or the demo — is the one a workplace made earlier reads."""

    def now(self) -> datetime:
        return app_clock.now()


@dataclass(frozen=True)
class Workplace:
    """The open database, who is logged in, where recordings are, how numbers are read."""

    db: Database
    user: CurrentUser
    recordings_base: str = ""  # a directory or an http(s) base URL; empty: none configured
    region: str = DEFAULT_REGION  # the region of numbers typed without +
    clock: Clock = field(default_factory=AppClock)

    @classmethod
    def of(cls, db: Database, user: CurrentUser, settings: WorkstationSettings) -> Workplace:
        """The workplace of a logged-in user on this workstation."""
        return cls(
            db=db,
            user=user,
            recordings_base=settings.recordings_base,
            region=settings.phone_region or DEFAULT_REGION,
        )

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.clock.now().date()
