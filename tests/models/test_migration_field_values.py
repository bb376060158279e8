"""Revision 0023 (the index of card field values) on both databases: a database with filled
cards upgrades with every value indexed as the app would index it, and downgrades cleanly."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import Engine, inspect, select

from app.clients import field_index
from app.database import _alembic_config, head_revision, migrate
from app.demo.seed import SeedPlan, seed
from models import Client, ClientFieldValue


def _held(engine: Engine) -> list[tuple[int, int, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(ClientFieldValue.field_id, ClientFieldValue.client_id, ClientFieldValue.value)
        )
        return sorted((r[0], r[1], r[2]) for r in rows)


def test_existing_card_values_are_indexed_by_the_upgrade(empty_engine: Engine) -> None:
    migrate(empty_engine, "0017")
    plan = SeedPlan(calls=30, clients=60, days=2, now=datetime(2026, 11, 20, 12), cards=True)
    seed(empty_engine, plan)
    assert "client_field_values" not in inspect(empty_engine).get_table_names()

    assert migrate(empty_engine).database_revision == head_revision()
    upgraded = _held(empty_engine)
    with empty_engine.connect() as conn:
        types = field_index.field_types(conn)
        cards = [(r[0], r[1]) for r in conn.execute(select(Client.id, Client.custom_fields))]
    expected = sorted(
        (r["field_id"], r["client_id"], r["value"]) for r in field_index.index_rows(cards, types)
    )
    assert upgraded == expected
    assert len({f for f, _c, _v in upgraded}) >= 3, "the demo's cards fill several fields"

    with empty_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0017")
    assert "client_field_values" not in inspect(empty_engine).get_table_names()
    assert migrate(empty_engine).database_revision == head_revision()
    assert _held(empty_engine) == expected
