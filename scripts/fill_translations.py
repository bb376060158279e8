"""Fill the unfinished messages of our .ts files from a small table, keeping lupdate's layout.

    .venv/bin/pyside6-lupdate -locations none $(find ui app -name '*.py' | sort) \\
        -ts resources/translations/calldesk_{ru,uk,en}.ts
    .venv/bin/python scripts/fill_translations.py new_strings.tsv

An unfinished message is filled even when lupdate guessed words for it from another context.
The table is tab-separated: English source, Russian, Ukrainian (one message a line; ``\\n``
stands for a line break). English is the identity. A source missing from the table stays
unfinished, and the script lists it, so ``tests/ui/test_translations.py`` keeps failing
until every new string has words.
"""

from __future__ import annotations

import re
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ru", "uk", "en")
UNFINISHED = re.compile(
    r"(<source>)(?P<source>[^<]*)(</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished">[^<]*</translation>',
)


def _xml(text: str) -> str:
    return escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def _read_table(path: Path) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.replace("\\n", "\n") for f in line.split("\t")]
        if len(fields) != 3:
            raise SystemExit(f"{path}:{number}: expected source<TAB>ru<TAB>uk")
        source, ru, uk = fields
        table[_xml(source)] = {"ru": _xml(ru), "uk": _xml(uk), "en": _xml(source)}
    return table


def fill(ts: Path, language: str, table: dict[str, dict[str, str]]) -> list[str]:
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        source = match.group("source")
        words = table.get(source, {}).get(language)
        if words is None:
            missing.append(source)
            return match.group(0)
        return f"{match.group(1)}{source}{match.group(3)}<translation>{words}</translation>"

    text = ts.read_text(encoding="utf-8")
    ts.write_text(UNFINISHED.sub(replace, text), encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    table = _read_table(Path(argv[0]))
    status = 0
    for language in LANGUAGES:
        ts = ROOT / "resources" / "translations" / f"calldesk_{language}.ts"
        for source in fill(ts, language, table):
            print(f"{ts.name}: no words for {source!r}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
