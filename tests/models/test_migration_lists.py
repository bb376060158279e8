"""Revision 0018 (reusable lists) on both databases: a database whose cards use the old
free-lines type "list" upgrades to "lines" with every value kept, every field gets a key,
and the downgrade gives the old type back."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import Engine, inspect, select, text

from app.clients.fields import field_defs, value_text
from app.database import _alembic_config, head_revision, migrate
from app.demo.seed import SeedPlan, seed
from models import Client, FieldType


def _values(engine: Engine) -> dict[int, dict[str, object]]:
    with engine.connect() as conn:
        return {i: v or {} for i, v in conn.execute(select(Client.id, Client.custom_fields))}


def test_old_free_lines_become_lines_with_their_values(empty_engine: Engine) -> None:
    migrate(empty_engine, "0015")
    plan = SeedPlan(calls=30, clients=40, days=2, now=datetime(2026, 11, 20, 12), cards=True)
    seed(empty_engine, plan)
    with empty_engine.connect() as conn:
        old_types: dict[int, str] = dict(
            conn.execute(text("SELECT id, field_type FROM client_fields")).all()
        )
    assert "list" in old_types.values()  # the demo's delivery addresses, as lines
    lines_id = next(i for i, t in old_types.items() if t == "list")
    before = _values(empty_engine)
    with_lines = [v for v in before.values() if str(lines_id) in v]
    assert with_lines, "the seed gave some cards addresses"

    assert migrate(empty_engine).database_revision == head_revision()
    assert {"value_lists", "value_list_items"} <= set(inspect(empty_engine).get_table_names())
    assert _values(empty_engine) == before  # no card changed
    with empty_engine.connect() as conn:
        defs = {f.id: f for f in field_defs(conn)}
    assert defs[lines_id].field_type is FieldType.LINES
    assert {f.code for f in defs.values()} == {f"field_{i}" for i in old_types}
    assert all(f.shown and f.hint == "" and f.tab_title == "" for f in defs.values())
    value = with_lines[0][str(lines_id)]
    assert isinstance(value, list) and value_text(defs[lines_id], value) == ", ".join(value)
    others = {i: FieldType(t) for i, t in old_types.items() if i != lines_id}
    assert {i: defs[i].field_type for i in others} == others

    with empty_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0015")
    assert "value_lists" not in inspect(empty_engine).get_table_names()
    with empty_engine.connect() as conn:
        again: dict[int, str] = dict(
            conn.execute(text("SELECT id, field_type FROM client_fields")).all()
        )
    assert again == old_types
    assert _values(empty_engine) == before
    assert migrate(empty_engine).database_revision == head_revision()
