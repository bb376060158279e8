"""The style sheet: colours for a light and a dark palette, roles that restyle a widget, the
green and red call buttons and every other button that look different when they are disabled,
and the theme (as the system, light, dark) that sets the palette (issue 17)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from ui import icons, resources, style


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application with CallDesk's sheet; afterwards the plain look again for other tests."""
    palette = QPalette(qapp.palette())
    style.apply(qapp)
    yield qapp
    for watch in qapp.findChildren(style._PaletteWatch):
        qapp.removeEventFilter(watch)
        watch.setParent(None)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def sheet_colours(dark: bool) -> dict[str, str]:
    return style.colours(resources.path(*style.SHEET).read_text(encoding="utf-8"), dark)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2d2d30"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e20"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#3c3c40"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_names_become_the_light_or_the_dark_colour() -> None:
    text = (
        "/*\n   @ink   #111111   #eeeeee\n   @line  #222222   #dddddd\n*/\nQLabel { color: @ink; }"
    )
    assert style.render(text, dark=False).endswith("QLabel { color: #111111; }")
    assert style.render(text, dark=True).endswith("QLabel { color: #eeeeee; }")
    with pytest.raises(style.StyleSheetError, match="@paper"):
        style.render(text + "\nQFrame { background: @paper; }", dark=False)


def test_the_sheet_defines_every_colour_it_uses_for_both_palettes() -> None:
    text = resources.path(*style.SHEET).read_text(encoding="utf-8")
    light, dark = style.render(text, dark=False), style.render(text, dark=True)
    assert "@" not in light and "@" not in dark
    assert sheet_colours(False)["error"] == "#b3261e" and sheet_colours(True)["error"] == "#ff8a80"
    assert "#b3261e" in light and "#b3261e" not in dark


def test_a_dark_palette_is_recognised(qapp: QApplication) -> None:
    assert style.is_dark(dark_palette())
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    assert not style.is_dark(light)


def background(button: QPushButton) -> str:
    # Left of the text, inside the 2px border: the button's own background.
    image = button.grab().toImage()
    return QColor(image.pixel(6, image.height() // 2)).name()


@pytest.mark.parametrize("role", ["call", "hangup"])
def test_call_and_hang_up_buttons_show_hover_pressed_and_disabled(
    qtbot: QtBot, styled: QApplication, role: str
) -> None:
    colours = sheet_colours(style.is_dark(styled.palette()))
    button = QPushButton("Call")
    qtbot.addWidget(button)
    style.set_role(button, role)
    button.resize(120, 32)
    button.show()
    assert background(button) == colours[role]
    for point in (QPoint(8, 8), QPoint(12, 12)):  # a move inside it, wherever the mouse was
        QTest.mouseMove(button, point)
    assert background(button) == colours[f"{role}-hover"]
    button.setDown(True)
    assert background(button) == colours[f"{role}-pressed"]
    button.setDown(False)
    button.setEnabled(False)  # still under the mouse: disabled wins
    assert background(button) == colours[f"{role}-off"]
    states = ("", "-hover", "-pressed", "-off")
    assert len({colours[role + state] for state in states}) == len(states)


def test_changing_the_role_restyles_the_widget(qtbot: QtBot, styled: QApplication) -> None:
    colours = sheet_colours(style.is_dark(styled.palette()))
    label = QLabel("Saved.")
    qtbot.addWidget(label)
    plain = label.palette().color(QPalette.ColorRole.WindowText).name()
    style.set_role(label, "error")
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == colours["error"]
    style.set_role(label, "success")
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == colours["success"]
    style.set_role(label, None)
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == plain


def test_a_dark_palette_gets_the_dark_colours(qtbot: QtBot, styled: QApplication) -> None:
    styled.setPalette(dark_palette())
    dark = sheet_colours(True)
    label = QLabel("Wrong login or password.")
    qtbot.addWidget(label)
    style.set_role(label, "error")
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == dark["error"]
    assert dark["call-border"] in styled.styleSheet()


def test_the_theme_sets_a_light_or_a_dark_palette_and_the_sheet_follows(
    styled: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    style.set_theme(styled, style.THEME_DARK)
    assert style.is_dark(styled.palette())
    assert sheet_colours(True)["error"] in styled.styleSheet()
    style.set_theme(styled, style.THEME_LIGHT)
    assert not style.is_dark(styled.palette())
    assert (
        styled.palette().color(QPalette.ColorRole.Window).name()
        == style.LIGHT[QPalette.ColorRole.Window]
    )
    assert sheet_colours(False)["error"] in styled.styleSheet()

    # "As the system": the desktop's colour scheme now, and when it changes.
    monkeypatch.setattr(style, "system_is_dark", lambda _app: True)
    style.set_theme(styled, style.THEME_SYSTEM)
    assert style.is_dark(styled.palette())
    monkeypatch.setattr(style, "system_is_dark", lambda _app: False)
    watch = styled.findChild(style._PaletteWatch)
    assert watch is not None
    watch._scheme_changed(Qt.ColorScheme.Light)
    assert not style.is_dark(styled.palette())
    # A chosen theme stays when the desktop switches.
    style.set_theme(styled, style.THEME_DARK)
    watch._scheme_changed(Qt.ColorScheme.Light)
    assert style.is_dark(styled.palette())


def test_an_unknown_theme_follows_the_system(
    styled: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(style, "system_is_dark", lambda _app: True)
    style.set_theme(styled, "purple")
    assert style.is_dark(styled.palette())


@pytest.mark.parametrize("theme", [style.THEME_LIGHT, style.THEME_DARK])
def test_disabled_buttons_look_different_from_enabled_ones(
    qtbot: QtBot, styled: QApplication, theme: str
) -> None:
    style.set_theme(styled, theme)
    plain = QPushButton("Export")
    with_icon = QPushButton(icons.icon("export"), "Export")
    call = QPushButton(icons.icon("call", "#ffffff"), "Call")
    style.set_role(call, "call")
    bar = QToolBar()
    action = bar.addAction(icons.icon("refresh"), "Refresh")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tool = bar.widgetForAction(action)
    assert isinstance(tool, QToolButton)
    for widget in (plain, with_icon, call, bar):
        qtbot.addWidget(widget)
        widget.show()
    for button in (plain, with_icon, call, tool):
        enabled = button.grab().toImage()
        button.setEnabled(False)
        disabled = button.grab().toImage()
        button.setEnabled(True)
        assert enabled.size() == disabled.size()
        changed = sum(
            enabled.pixel(x, y) != disabled.pixel(x, y)
            for y in range(enabled.height())
            for x in range(enabled.width())
        )
        assert changed > enabled.width(), f"{button.text()} looks the same when disabled"


def _rules(sheet: str) -> list[tuple[list[str], str]]:
    text = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    return [
        ([s.strip() for s in selectors.split(",")], body)
        for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", text)
    ]


def test_every_styled_control_has_hover_pressed_focus_and_disabled_states() -> None:
    """A control the sheet colours or frames (a button, a tool button, a combo box) says how it
    looks under the mouse, pressed, focused and disabled: one state missing and it falls back
    to Fusion's look for that state, which clashes."""
    sheet = resources.path(*style.SHEET).read_text(encoding="utf-8")
    states: dict[str, set[str]] = {}
    looks: set[str] = set()
    for selectors, body in _rules(sheet):
        for selector in selectors:
            last = selector.split()[-1]
            if "::" in selector or not re.match(r"(QPushButton|QToolButton|QComboBox)\b", last):
                continue
            # The family of a selector: without its states and without a property that only
            # varies its colour (the pause control's "paused").
            family = re.sub(r":[a-z-]+", "", selector)
            family = re.sub(r"\[(?!role=|autoRaise=)[^\]]*\]", "", family)
            states.setdefault(family, set()).update(re.findall(r":([a-z-]+)", selector))
            if ":" not in selector and re.search(r"\b(background|border|color)\s*:", body):
                looks.add(family)
    assert len(looks) >= 8
    for family in sorted(looks):
        missing = {"hover", "pressed", "focus", "disabled"} - states[family]
        if "QComboBox" in family:
            missing -= {"pressed"} if "on" in states[family] else set()
        assert not missing, f"{family} has no {', '.join(sorted(missing))} state"
