"""``calldesk report`` and ``calldesk rebuild-summaries`` on the hand-built journal."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import Engine, delete, func, select

from models import CallSummary
from tests.app.reports.fixture import build
from ui.main import main


@pytest.fixture
def url(engine: Engine) -> str:
    build(engine)
    return engine.url.render_as_string(hide_password=False)


def report(url: str, *args: str) -> list[str]:
    return ["report", *args, "--db", url, "--from", "2026-11-16", "--to", "2026-11-17"]


def test_json_keys_and_totals(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(report(url, "call-center", "--json")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["report"] == "call-center"
    assert out["period"] == {"from": "2026-11-16", "to": "2026-11-17", "breakdown": "day"}
    assert [r["key"] for r in out["rows"]] == ["2026-11-16", "2026-11-17"]
    keys = {"offered", "incoming", "outgoing", "internal", "answered", "missed", "lost",
            "called_back", "answer_pct", "abandon_pct", "service_level_pct", "asa_s",
            "max_wait_s", "talk_s", "aht_s"}  # fmt: skip
    assert keys <= set(out["total"])
    assert (out["total"]["offered"], out["total"]["lost"], out["total"]["aht_s"]) == (10, 2, 102.0)
    assert main(report(url, "operators", "--by", "none", "--operator", "a", "--json")) == 0
    ops = json.loads(capsys.readouterr().out)
    assert [(r["operator"], r["incoming_taken"], r["missed_on_duty"]) for r in ops["rows"]] == [
        ("Anna A", 1, 2)
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["nosuch", "--json"],
        ["call-center", "--json", "--csv", "x.csv"],
        ["call-center"],
        ["call-center", "--operator", "nobody", "--json"],
        ["call-center", "--by", "fortnight", "--json"],
    ],
)
def test_bad_arguments_exit_2(
    url: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) if "fortnight" in args else _nothing():
        assert main(report(url, *args)) == 2
    assert "calldesk" in capsys.readouterr().err


def test_bad_dates_exit_2(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["report", "call-center", "--db", url, "--from", "2026-11-17", "--to", "2026-11-16"]
    assert main([*args, "--json"]) == 2
    assert "ends before it starts" in capsys.readouterr().err


class _nothing:  # noqa: N801
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_xlsx_reads_back_with_the_same_totals(url: str, tmp_path: Path) -> None:
    target = tmp_path / "cc.xlsx"
    assert main(report(url, "call-center", "--xlsx", str(target))) == 0
    ws = load_workbook(target).active
    header = [c.value for c in ws[4]]
    assert header[:3] == ["Period", "Offered", "Incoming"]
    total = [c.value for c in ws[7]]
    assert total[0] == "Total" and total[1] == 10 and total[header.index("Lost")] == 2
    assert ws.cell(7, 2).font.b
    aht = ws.cell(7, header.index("Average handle time") + 1)
    assert aht.number_format == "[h]:mm:ss"
    assert aht.value == timedelta(seconds=102)  # openpyxl reads a duration format back so
    assert ws.freeze_panes == "A5"
    assert len(ws._charts) == 1


def test_csv(url: str, tmp_path: Path) -> None:
    target = tmp_path / "w.csv"
    assert main(report(url, "waits", "--csv", str(target))) == 0
    with target.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["abandoned"] for r in rows] == ["2", "1", "1", "0", "0", "0", "0", "4"]


def test_rebuild_summaries(url: str, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    with engine.begin() as conn:
        before = conn.scalar(select(func.sum(CallSummary.calls)))
        conn.execute(delete(CallSummary))
    assert main(["rebuild-summaries", "--db", url]) == 0
    assert "11 calls" in capsys.readouterr().out
    with engine.connect() as conn:
        assert conn.scalar(select(func.sum(CallSummary.calls))) == before == 11
