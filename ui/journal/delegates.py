"""Painting of the status badge and the indicator marks."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui import icons
from ui.call_vocabulary import STATUS_COLORS, STATUS_ICONS, status_colors
from ui.journal.model import STATUS_ROLE
from ui.style import is_dark


class StatusBadgeDelegate(QStyledItemDelegate):
    """A rounded coloured badge with the status's icon and text, both in the badge's colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = index.data(STATUS_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if status not in STATUS_COLORS or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            # Selection background and focus, without the text.
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        widget_palette = option.widget.palette() if option.widget is not None else option.palette
        colours = status_colors(status, is_dark(widget_palette))
        background, foreground = colours if colours is not None else STATUS_COLORS[status]
        rect: QRect = option.rect.adjusted(4, 3, -4, -3)
        icon_name = STATUS_ICONS.get(status)
        side = min(14, rect.height() - 4) if icon_name else 0
        room = side + 4 if side > 0 else 0
        width = min(rect.width(), option.fontMetrics.horizontalAdvance(text) + 16 + room)
        badge = QRect(rect.left(), rect.top(), width, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, 8, 8)
        if icon_name and side > 0:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            pixmap = icons.pixmap(icon_name, side, foreground, ratio)
            top = badge.top() + (badge.height() - side) // 2
            painter.drawPixmap(badge.left() + 7, top, pixmap)
        painter.setPen(QColor(foreground))
        painter.drawText(badge.adjusted(room, 0, 0, 0), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class IndicatorDelegate(QStyledItemDelegate):
    """Marks in their colours: ! needs attention (red), ★ first contact (blue), ✎ comment."""

    COLORS: ClassVar[dict[str, str]] = {"!": "#c62828", "★": "#1565c0", "✎": "#6d4c41"}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        rect: QRect = option.rect.adjusted(4, 0, 0, 0)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        x = rect.left()
        for mark in text.split():
            painter.setPen(QColor(self.COLORS.get(mark, "#333333")))
            painter.drawText(
                QRect(x, rect.top(), 14, rect.height()), Qt.AlignmentFlag.AlignCenter, mark
            )
            x += 15
        painter.restore()
