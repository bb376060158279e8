from sqlalchemy import Engine, inspect


def test_tables(engine: Engine) -> None:
    assert "calls" in inspect(engine).get_table_names()
