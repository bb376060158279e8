"""CallDesk's style sheet (resources/style/calldesk.qss): loaded once by the application with
the colours of a light or a dark palette, and the role a widget plays in it."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from ui import resources

log = logging.getLogger(__name__)

SHEET = ("style", "calldesk.qss")
# "   @error   #b3261e   #ff8a80" in the sheet's header: a colour for light and for dark.
_DEFINITION = re.compile(r"^\s*@([a-z][a-z0-9-]*)\s+(#[0-9a-fA-F]{6})\s+(#[0-9a-fA-F]{6})\s*$")
_USE = re.compile(r"@([a-z][a-z0-9-]*)")


class StyleSheetError(ValueError):
    """The sheet uses a colour it does not define."""


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


def style_sheet(palette: QPalette) -> str:
    """The application's sheet for ``palette``; empty (the plain Fusion look) if it is missing."""
    path = resources.path(*SHEET)
    if not path.is_file():
        log.warning("style sheet %s is missing: the application is not styled", path)
        return ""
    return render(path.read_text(encoding="utf-8"), is_dark(palette))


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
    """Renders the sheet again when the application's palette turns dark or light."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.dark = is_dark(app.palette())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.app and event.type() == QEvent.Type.ApplicationPaletteChange:
            dark = is_dark(self.app.palette())
            if dark != self.dark:
                self.dark = dark
                self.app.setStyleSheet(style_sheet(self.app.palette()))
        return False


def apply(app: QApplication) -> None:
    """Load the sheet once for the whole application, and follow its palette."""
    app.setStyleSheet(style_sheet(app.palette()))
    if app.findChild(_PaletteWatch) is None:
        app.installEventFilter(_PaletteWatch(app))


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
