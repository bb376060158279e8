"""CallDesk's icons: SVGs in resources/icons, drawn in one stroke style on a 24 px grid with
``currentColor``, painted here in the palette's text colour so they follow a light or a dark
theme (and a theme switched while the app runs), and cached per name, size and colour.

    button.setIcon(icons.icon("call"))                  # the palette's button text colour
    button.setIcon(icons.icon("call", "#ffffff"))       # a fixed colour (green Call button)
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from ui import resources

FOLDER = "icons"
# Drawn with the palette's colours; the application's own icon keeps its colours.
APP_ICON = "calldesk"

_pixmaps: dict[tuple[str, int, int, str, float], QPixmap] = {}


def names() -> list[str]:
    """Every icon of the set (the application's icon is not one of them)."""
    folder = resources.path(FOLDER)
    return sorted(p.stem for p in folder.glob("*.svg") if p.stem != APP_ICON)


@cache
def _source(name: str) -> str:
    path = resources.path(FOLDER, f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon {name!r} in {path.parent}")
    return path.read_text(encoding="utf-8")


def exists(name: str) -> bool:
    return resources.path(FOLDER, f"{name}.svg").is_file()


def image(name: str, size: QSize | int, colour: QColor | str, ratio: float = 1.0) -> QImage:
    """The icon ``name`` drawn in ``colour`` (its alpha kept) into an image of ``size`` logical
    pixels (no QApplication needed: the bundle's self-test draws one)."""
    size = QSize(size, size) if isinstance(size, int) else size
    colour = QColor(colour)
    svg = _source(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"the icon {name!r} is not a valid SVG")
    width, height = round(size.width() * ratio), round(size.height() * ratio)
    drawn = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(colour.alphaF())
    side = min(width, height)  # square, centred in a wider or taller box
    renderer.render(
        painter, QRect(QPoint((width - side) // 2, (height - side) // 2), QSize(side, side))
    )
    painter.end()
    drawn.setDevicePixelRatio(ratio)
    return drawn


def pixmap(name: str, size: QSize | int, colour: QColor | str, ratio: float = 1.0) -> QPixmap:
    """:func:`image` as a pixmap, cached per name, size, colour and device pixel ratio."""
    size = QSize(size, size) if isinstance(size, int) else size
    colour = QColor(colour)
    key = (name, size.width(), size.height(), colour.name(QColor.NameFormat.HexArgb), ratio)
    cached = _pixmaps.get(key)
    if cached is None:
        cached = _pixmaps[key] = QPixmap.fromImage(image(name, size, colour, ratio))
    return cached


def mode_colour(mode: QIcon.Mode, palette: QPalette, fixed: QColor | None = None) -> QColor:
    """The colour an icon takes in ``mode``: the palette's button text (selected: highlighted
    text; disabled: disabled text), or a fixed colour (disabled: the palette's disabled text,
    as the sheet greys a disabled green or red button's text)."""
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if fixed is not None:
        return QColor(fixed)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


class _PaletteSvg(QIconEngine):
    """Paints the SVG when asked, in the application palette's colour of that moment: an icon
    set once follows a theme switched later."""

    def __init__(self, name: str, fixed: QColor | None = None) -> None:
        super().__init__()
        self.name = name
        self.fixed = fixed

    def _pixmap(self, size: QSize, mode: QIcon.Mode, ratio: float) -> QPixmap:
        colour = mode_colour(mode, QGuiApplication.palette(), self.fixed)
        return pixmap(self.name, size, colour, ratio)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._pixmap(size, mode, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._pixmap(size, mode, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self._pixmap(rect.size(), mode, ratio))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _PaletteSvg(self.name, self.fixed)

    def key(self) -> str:
        return "calldesk-svg"

    def iconName(self) -> str:
        return self.name


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """The icon ``name`` of the set, in the palette's colours (or a fixed ``colour``)."""
    _source(name)  # a misspelt name fails here, not as an empty button
    return QIcon(_PaletteSvg(name, QColor(colour) if colour is not None else None))
