"""Per-employee settings in the database: JSON values, upsert, and the journal column layout."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.demo.seed import SeedPlan, seed
from app.journal.export import JOURNAL_COLUMNS
from app.staff.user_settings import (
    JOURNAL_COLUMNS_KEY,
    ColumnLayout,
    ColumnState,
    SettingsError,
    delete_setting,
    get_setting,
    load_column_layout,
    put_setting,
    save_column_layout,
)
from models import UserSettings

KNOWN = list(JOURNAL_COLUMNS)


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    seed(engine, SeedPlan(calls=10, clients=5, employees=8, days=2, now=datetime(2026, 11, 20)))
    return engine


def test_put_get_replace_and_delete(seeded: Engine) -> None:
    value = {"filters": [{"name": "Пропущенные сегодня", "missed": True}], "n": 3}
    with Session(seeded) as s, s.begin():
        assert get_setting(s, 1, "saved_filters", default=[]) == []
        put_setting(s, 1, "saved_filters", value)
    with seeded.connect() as conn:
        assert get_setting(conn, 1, "saved_filters") == value
        assert get_setting(conn, 2, "saved_filters") is None  # per employee
    with Session(seeded) as s, s.begin():
        put_setting(s, 1, "saved_filters", {"n": 4}, now=datetime(2026, 11, 21, 9, 0))
    with Session(seeded) as s:
        assert get_setting(s, 1, "saved_filters") == {"n": 4}
        rows = s.execute(select(UserSettings).where(UserSettings.employee_id == 1)).scalars()
        stored = list(rows)
        assert len(stored) == 1 and stored[0].updated_at == datetime(2026, 11, 21, 9, 0)
    with seeded.begin() as conn:
        delete_setting(conn, 1, "saved_filters")
        assert get_setting(conn, 1, "saved_filters") is None


def test_rejects_what_cannot_be_stored(seeded: Engine) -> None:
    with Session(seeded) as s, s.begin():
        with pytest.raises(SettingsError, match="JSON"):
            put_setting(s, 1, "bad", {"when": datetime(2026, 1, 1)})
        with pytest.raises(SettingsError, match="too large"):
            put_setting(s, 1, "big", "x" * 100_000)
        with pytest.raises(SettingsError, match="64"):
            put_setting(s, 1, "k" * 65, 1)
        assert s.scalar(select(func.count()).select_from(UserSettings)) == 0


def test_column_layout_round_trip_follows_the_employee(seeded: Engine) -> None:
    layout = ColumnLayout(
        (
            ColumnState("status", True, 120),
            ColumnState("started_at", True, 140),
            ColumnState("cost", False, None),
            *(ColumnState(c) for c in KNOWN if c not in ("status", "started_at", "cost")),
        )
    )
    with seeded.begin() as conn:
        assert load_column_layout(conn, 3, KNOWN) == ColumnLayout.default(KNOWN)
        save_column_layout(conn, 3, layout)
    # "Another workstation": a new connection reads the same layout.
    with seeded.connect() as conn:
        assert load_column_layout(conn, 3, KNOWN) == layout
        assert load_column_layout(conn, 4, KNOWN) == ColumnLayout.default(KNOWN)


def test_column_layout_survives_old_or_broken_settings(seeded: Engine) -> None:
    stored = {
        "version": 1,
        "columns": [
            {"id": "comment", "visible": True, "width": 300},
            {"id": "removed_in_a_later_version", "visible": True},
            {"id": "comment", "visible": False},  # repeated
            {"id": "status", "visible": "yes", "width": 99_999},
            "junk",
        ],
    }
    with seeded.begin() as conn:
        put_setting(conn, 5, JOURNAL_COLUMNS_KEY, stored)
        layout = load_column_layout(conn, 5, KNOWN)
    ids = [c.id for c in layout.columns]
    assert ids[:2] == ["comment", "status"] and sorted(ids) == sorted(KNOWN)
    assert layout.columns[0] == ColumnState("comment", True, 300)
    assert layout.columns[1] == ColumnState("status", True, None)
    for junk in (
        None,
        42,
        "text",
        {"columns": "no"},
        {"columns": [{"id": "cost", "visible": False}]},
    ):
        fixed = ColumnLayout.from_json(junk, KNOWN)
        assert sorted(c.id for c in fixed.columns) == sorted(KNOWN)
        assert any(c.visible for c in fixed.columns)
    hidden_all = {"columns": [{"id": c, "visible": False} for c in KNOWN]}
    assert ColumnLayout.from_json(hidden_all, KNOWN) == ColumnLayout.default(KNOWN)
