"""The suite's calendar: every test runs on the app clock set to :data:`NOW`, whatever the
date of the machine (tests/conftest.py sets it for each test)."""

from __future__ import annotations

from datetime import datetime

# A weekday evening, so "today" of the seeded demo data has calls.
NOW = datetime(2026, 11, 20, 18, 30)
