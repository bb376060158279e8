"""The player's one line for the whole call: a slider with a tick at every part boundary and,
under it, a strip naming the operator of each part (hover: a tooltip, click: go there).

Only drawing and pointing; the arithmetic is app.recordings_timeline's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolTip,
    QWidget,
)


@dataclass(frozen=True)
class StripPart:
    """A recorded part as the strip shows it: where it starts and ends on the call's clock."""

    start_ms: int
    end_ms: int
    name: str
    tip: str


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """A colour between two palette colours, so it fits a light and a dark palette alike."""
    keep = 1 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


class TimelineSlider(QSlider):
    """A horizontal slider over the whole call with a tick at each part boundary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.marks: list[int] = []

    def set_marks(self, marks: list[int]) -> None:
        if marks != self.marks:
            self.marks = marks
            self.update()

    def x_of(self, value: int) -> int:
        """Where the handle's centre is at ``value``, in the slider's coordinates."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = max(0, groove.width() - handle.width())
        return (
            groove.x()
            + handle.width() // 2
            + QStyle.sliderPositionFromValue(
                self.minimum(), self.maximum(), max(self.minimum(), value), span
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.marks or self.maximum() <= 0:
            return
        painter = QPainter(self)
        palette = self.palette()
        colour = palette.color(
            QPalette.ColorGroup.Disabled if not self.isEnabled() else QPalette.ColorGroup.Active,
            QPalette.ColorRole.WindowText,
        )
        painter.setPen(colour)
        middle = self.height() // 2
        for mark in self.marks:
            x = self.x_of(mark)
            painter.fillRect(QRect(x - 1, middle - 6, 2, 12), colour)
        painter.end()


class PartStrip(QWidget):
    """Names of the parts' operators under the slider, each starting at its part's tick."""

    part_clicked = Signal(int)  # index into the recorded parts

    def __init__(self, slider: TimelineSlider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = slider
        self.parts: list[StripPart] = []
        self.current = -1
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_parts(self, parts: list[StripPart], current: int) -> None:
        self.parts = parts
        self.current = current
        self.updateGeometry()
        self.update()

    def set_current(self, current: int) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(100, self.fontMetrics().height() + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _x(self, ms: int) -> int:
        at = self.slider.mapTo(self.window(), QPoint(self.slider.x_of(ms), 0))
        return self.mapFrom(self.window(), at).x()

    def part_at(self, x: int) -> int:
        """The index of the part drawn at ``x`` (the strip's coordinates), -1: none."""
        for index in reversed(range(len(self.parts))):
            if x >= self._x(self.parts[index].start_ms):
                return index
        return 0 if self.parts else -1

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.parts or self.slider.maximum() <= 0:
            return
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = _mix(text, palette.color(QPalette.ColorRole.Window), 0.45)
        normal = QFont(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        metrics_height = self.fontMetrics().height()
        for index, part in enumerate(self.parts):
            left = self._x(part.start_ms)
            right = self._x(part.end_ms) if index + 1 < len(self.parts) else self.width()
            current = index == self.current
            colour = text if current else muted
            if index > 0:
                painter.fillRect(QRect(left - 1, 0, 2, metrics_height + 3), colour)
            painter.setPen(colour)
            painter.setFont(bold if current else normal)
            room = right - left - 6
            if room < 12:
                continue
            name = painter.fontMetrics().elidedText(part.name, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRect(left + 4, 1, room, metrics_height + 2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.part_at(event.pos().x())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.parts[index].tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.part_at(event.position().toPoint().x())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.part_clicked.emit(index)
            event.accept()
            return
        super().mousePressEvent(event)
