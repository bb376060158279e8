"""The workplace value the main window hands to every form."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from app import clock
from app.config import WorkstationSettings
from app.database import Database, make_engine
from app.phones import DEFAULT_REGION
from app.staff.auth import CurrentUser
from app.workplace import Workplace
from models import Role

ME = CurrentUser(3, "ivanova", "Иванова Мария", "оператор", Role.OPERATOR, "301")


def test_the_workplace_of_a_login_reads_the_workstation_settings(tmp_path: Path) -> None:
    db = Database(make_engine(f"sqlite:///{tmp_path / 'w.db'}"))
    try:
        settings = WorkstationSettings(recordings_base="/srv/rec", phone_region="UA")
        place = Workplace.of(db, ME, settings)
        assert (place.db, place.user, place.recordings_base, place.region) == (
            db,
            ME,
            "/srv/rec",
            "UA",
        )
        # An empty region in an old settings file means the default one.
        assert Workplace.of(db, ME, WorkstationSettings(phone_region="")).region == "RU"
        assert DEFAULT_REGION == "RU"
    finally:
        db.dispose()


def test_the_workplace_clock_is_the_app_clock_when_asked(tmp_path: Path) -> None:
    db = Database(make_engine(f"sqlite:///{tmp_path / 'w.db'}"))
    try:
        place = Workplace(db, ME)  # made before the clock below is set
        with clock.using(clock.FixedClock(datetime(2027, 1, 31, 23, 59))):
            assert place.now() == datetime(2027, 1, 31, 23, 59)
            assert place.today() == date(2027, 1, 31)
        own = Workplace(db, ME, clock=clock.FixedClock(datetime(2026, 5, 1, 8, 0)))
        assert own.today() == date(2026, 5, 1)
    finally:
        db.dispose()
