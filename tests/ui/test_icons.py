"""The icon set (issue 17): every icon the interface names is a file of the set, and every icon
of the set draws something at 16, 24 and 32 px in the colour of a light and of a dark palette;
an icon set once takes the new colour when the theme changes."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from ui import icons, resources, style

UI = Path(__file__).resolve().parents[2] / "ui"


def _is_icon_call(node: ast.AST) -> bool:
    """``icons.icon(...)`` or ``icons.pixmap(...)``."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("icon", "pixmap")
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "icons"
    )


def _strings(node: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def names_used_in_ui() -> set[str]:
    """Icon names in ui/: literal arguments of icons.icon / icons.pixmap, the strings of the
    tuples a loop hands to them, the values of the *_ICONS tables, icon(...) in the sheet."""
    used: set[str] = set()
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if _is_icon_call(node):
                assert isinstance(node, ast.Call)
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    used.add(first.value)
            elif isinstance(node, ast.For) and any(
                _is_icon_call(n) for stmt in node.body for n in ast.walk(stmt)
            ):
                used |= {s for s in _strings(node.iter) if re.fullmatch(r"[a-z0-9-]+", s)}
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                named = [t.id for t in targets if isinstance(t, ast.Name)]
                if any(n.endswith("_ICONS") for n in named) and isinstance(node.value, ast.Dict):
                    used |= {
                        v.value
                        for v in node.value.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str)
                    }
    sheet = resources.path(*style.SHEET).read_text(encoding="utf-8")
    used |= set(re.findall(r"icon\(\s*([a-z0-9-]+)\s*,", sheet))
    return used


def test_every_icon_the_interface_names_is_in_the_set() -> None:
    used = names_used_in_ui()
    # Sections, softphone, player, commands, directions and statuses at least.
    for name in ("journal", "call", "hangup", "play", "refresh", "call-incoming", "status-lost"):
        assert name in used
    missing = sorted(name for name in used if not icons.exists(name))
    assert not missing, f"icons named in ui/ but not in resources/icons: {missing}"


def test_the_set_has_its_licence_and_one_drawing_style() -> None:
    folder = resources.path("icons")
    assert "CC0" in (folder / "LICENSE").read_text(encoding="utf-8")
    for name in icons.names():
        svg = (folder / f"{name}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in svg, name
        assert "currentColor" in svg, name
        assert not re.search(r"#[0-9a-fA-F]{3,6}\b", svg), f"{name} has a fixed colour"


def coloured_pixels(image: QImage) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    ]


def near(a: QColor, b: QColor) -> bool:
    """The same colour but for the rounding of a partly covered pixel."""
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= 3 for x, y in pairs)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("size", [16, 24, 32])
def test_every_icon_draws_in_the_palettes_text_colour(
    qapp: QApplication, size: int, dark: bool
) -> None:
    palette = style.palette_for(dark)
    colour = icons.mode_colour(QIcon.Mode.Normal, palette)
    assert colour == palette.color(QPalette.ColorRole.ButtonText)
    for name in icons.names():
        image = icons.pixmap(name, size, colour).toImage()
        assert (image.width(), image.height()) == (size, size)
        pixels = coloured_pixels(image)
        assert len(pixels) >= size, f"{name} at {size} px draws almost nothing"
        solid = max(pixels, key=lambda c: c.alpha())
        # A 2 px stroke on the 24 px grid is 1.3 px at 16 px: at least half covers a pixel.
        assert solid.alpha() >= 128, name
        assert near(solid, colour), f"{name} is not drawn in {colour.name()}"


@pytest.fixture
def palette_kept(qapp: QApplication) -> Iterator[QApplication]:
    palette = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(palette)


def test_an_icon_set_once_follows_the_theme(palette_kept: QApplication) -> None:
    icon = icons.icon("call")
    for dark in (False, True, False):
        palette_kept.setPalette(style.palette_for(dark))
        for mode, group in (
            (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
            (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
        ):
            pixels = coloured_pixels(icon.pixmap(24, 24, mode).toImage())
            solid = max(pixels, key=lambda c: c.alpha())
            expected = style.palette_for(dark).color(group, QPalette.ColorRole.ButtonText)
            assert near(solid, expected)


def test_a_fixed_colour_stays_and_is_greyed_when_disabled(palette_kept: QApplication) -> None:
    palette_kept.setPalette(style.palette_for(True))
    icon = icons.icon("hangup", "#ffffff")
    normal = max(coloured_pixels(icon.pixmap(24).toImage()), key=lambda c: c.alpha())
    assert normal.name() == "#ffffff"
    off = icon.pixmap(24, 24, QIcon.Mode.Disabled).toImage()
    assert max(coloured_pixels(off), key=lambda c: c.alpha()).name() != "#ffffff"


def test_an_unknown_name_fails_at_once() -> None:
    with pytest.raises(KeyError, match="no-such-icon"):
        icons.icon("no-such-icon")
