"""CallDesk's look: the light and the dark palette, the theme (as the system, light or dark,
chosen in Settings and switched while the app runs), and the one style sheet
(resources/style/calldesk.qss), loaded with the colours of the palette in use, and the role a
widget plays in it."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from app.config import data_dir
from ui import resources

log = logging.getLogger(__name__)

SHEET = ("style", "calldesk.qss")
# "   @error   #b3261e   #ff8a80" in the sheet's header: a colour for light and for dark.
_DEFINITION = re.compile(r"^\s*@([a-z][a-z0-9-]*)\s+(#[0-9a-fA-F]{6})\s+(#[0-9a-fA-F]{6})\s*$")
_USE = re.compile(r"@([a-z][a-z0-9-]*)")
# "image: icon(close, @muted);": an icon of the set in a colour of the sheet.
_ICON = re.compile(r"icon\(\s*([a-z0-9-]+)\s*,\s*(#[0-9a-fA-F]{6})\s*\)")


# The themes a user may choose (stored in the workstation settings): "" follows the system.
THEME_SYSTEM, THEME_LIGHT, THEME_DARK = "", "light", "dark"
THEMES = (THEME_SYSTEM, THEME_LIGHT, THEME_DARK)

_Role = QPalette.ColorRole
# Both palettes: Fusion's roles, calmer greys, one blue for selection and links.
LIGHT = {
    _Role.Window: "#f3f3f4",
    _Role.WindowText: "#1d1d1f",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f6f7f9",
    _Role.Text: "#1d1d1f",
    _Role.Button: "#f7f7f8",
    _Role.ButtonText: "#1d1d1f",
    _Role.Highlight: "#2f6fce",
    _Role.HighlightedText: "#ffffff",
    _Role.PlaceholderText: "#8a8a90",
    _Role.ToolTipBase: "#fffdf0",
    _Role.ToolTipText: "#1d1d1f",
    _Role.Link: "#1c5fb8",
    _Role.LinkVisited: "#6a3fb0",
}
DARK = {
    _Role.Window: "#2b2b2e",
    _Role.WindowText: "#e6e6e8",
    _Role.Base: "#1f1f22",
    _Role.AlternateBase: "#27272b",
    _Role.Text: "#e6e6e8",
    _Role.Button: "#38383c",
    _Role.ButtonText: "#e6e6e8",
    _Role.Highlight: "#2f6fce",
    _Role.HighlightedText: "#ffffff",
    _Role.PlaceholderText: "#8e8e94",
    _Role.ToolTipBase: "#38383c",
    _Role.ToolTipText: "#e6e6e8",
    _Role.Link: "#78aeff",
    _Role.LinkVisited: "#b89cff",
}
# Disabled texts: readable, clearly weaker than enabled ones.
_DISABLED_TEXT = {False: "#a0a0a6", True: "#76767c"}


class StyleSheetError(ValueError):
    """The sheet uses a colour it does not define."""


def palette_for(dark: bool) -> QPalette:
    """CallDesk's light or dark palette (the bevels derived from the button and window colours,
    as Fusion does)."""
    roles = DARK if dark else LIGHT
    palette = QPalette(QColor(roles[_Role.Button]), QColor(roles[_Role.Window]))
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(_DISABLED_TEXT[dark])
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, _Role.Highlight, QColor("#8a8a90"))
    return palette


def system_is_dark(app: QApplication) -> bool:
    """The desktop's colour scheme (Qt 6.5+); unknown counts as light."""
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def theme_is_dark(app: QApplication, theme: str) -> bool:
    if theme == THEME_DARK:
        return True
    if theme == THEME_LIGHT:
        return False
    return system_is_dark(app)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(text: str, dark: bool) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = _DEFINITION.match(line)
        if match:
            found[match[1]] = match[3] if dark else match[2]
    return found


def render(text: str, dark: bool) -> str:
    """The sheet with every ``@name`` replaced by its colour for this kind of palette (the
    definitions themselves left out)."""
    table = colours(text, dark)

    def colour(match: re.Match[str]) -> str:
        try:
            return table[match[1]]
        except KeyError:
            raise StyleSheetError(
                f"the style sheet uses @{match[1]} but does not define it"
            ) from None

    rules = "\n".join(line for line in text.splitlines() if not _DEFINITION.match(line))
    return _USE.sub(colour, rules)


def icon_urls(sheet: str, folder: Path) -> str:
    """``icon(close, #666666)`` in a rendered sheet becomes ``url(...)`` of that icon of the set
    in that colour, written once into ``folder`` (a sheet can only name image files)."""

    def url(match: re.Match[str]) -> str:
        name, colour = match[1], match[2].lower()
        target = folder / f"{name}-{colour[1:]}.svg"
        if not target.is_file():
            source = resources.path("icons", f"{name}.svg").read_text(encoding="utf-8")
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(source.replace("currentColor", colour), encoding="utf-8")
        return f'url("{target.as_posix()}")'

    return _ICON.sub(url, sheet)


def style_sheet(palette: QPalette) -> str:
    """The application's sheet for ``palette``; empty (the plain Fusion look) if it is missing."""
    path = resources.path(*SHEET)
    if not path.is_file():
        log.warning("style sheet %s is missing: the application is not styled", path)
        return ""
    sheet = render(path.read_text(encoding="utf-8"), is_dark(palette))
    folder = data_dir() / "sheet-icons"
    try:
        return icon_urls(sheet, folder)
    except OSError as e:
        log.warning("the style sheet's icons cannot be written to %s: %s", folder, e)
        return _ICON.sub("none", sheet)


class CallDeskStyle(QProxyStyle):
    """Fusion, with a header's sort arrow pointing the way the values go, as in Explorer and
    1C: ▼ for newest (largest) first, ▲ for oldest first. Qt hands Fusion "sort up" for a
    descending order, and Fusion draws that as ▲."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            up, down = (
                QStyleOptionHeader.SortIndicator.SortUp,
                QStyleOptionHeader.SortIndicator.SortDown,
            )
            if option.sortIndicator == up:
                flipped.sortIndicator = down
            elif option.sortIndicator == down:
                flipped.sortIndicator = up
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


class _PaletteWatch(QObject):
    """Renders the sheet again when the application's palette turns dark or light, and follows
    the system's colour scheme while the theme is "as the system"."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.dark = is_dark(app.palette())
        self.theme: str | None = None  # None: the palette is not ours to change
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == THEME_SYSTEM:
            set_theme(self.app, THEME_SYSTEM)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.app and event.type() == QEvent.Type.ApplicationPaletteChange:
            dark = is_dark(self.app.palette())
            if dark != self.dark:
                self.dark = dark
                self.app.setStyleSheet(style_sheet(self.app.palette()))
        return False


def _watch(app: QApplication) -> _PaletteWatch:
    watch = app.findChild(_PaletteWatch)
    if watch is None:
        watch = _PaletteWatch(app)
        app.installEventFilter(watch)
    return watch


def apply(app: QApplication, theme: str | None = None) -> None:
    """Load the sheet once for the whole application, and follow its palette; with a
    ``theme`` (one of :data:`THEMES`) also set CallDesk's light or dark palette."""
    watch = _watch(app)
    if theme is not None:
        set_theme(app, theme)
    app.setStyleSheet(style_sheet(app.palette()))
    watch.dark = is_dark(app.palette())


def set_theme(app: QApplication, theme: str) -> None:
    """Switch to the light or dark palette now (the sheet and the icons follow); "" follows
    the system, also when the system switches later."""
    theme = theme if theme in THEMES else THEME_SYSTEM
    _watch(app).theme = theme
    # The window frames too (Windows' title bars): the platform is asked for the scheme; a
    # platform without a theme of its own (X11 without a desktop, Xvfb) ignores the request.
    hints = app.styleHints()
    if theme == THEME_SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == THEME_DARK else Qt.ColorScheme.Light)
    palette = palette_for(theme_is_dark(app, theme))
    if app.palette() != palette:
        app.setPalette(palette)


def set_property(widget: QWidget, name: str, value: str | bool | None) -> None:
    """Set a property the sheet selects on, and re-polish the widget if it changed
    (Qt does not re-evaluate ``[name="value"]`` selectors by itself)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(widget: QWidget, role: str | None) -> None:
    """The widget's role in the sheet: error, success, warning, muted, fine-print, strong,
    title, heading, alert, hint, explanation (labels); call, hangup (buttons); None: none."""
    set_property(widget, "role", role)
