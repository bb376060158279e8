"""The journal's status filter: a drop-down of every status (its badge icon and word), any
number of them ticked; none ticked shows every status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ui import icons
from ui.call_vocabulary import STATUS_ICONS, STATUS_TEXT, translated

# The order of the menu: calls still going, answered ones, then how calls nobody answered
# ended.
STATUS_ORDER = (
    "in_progress",
    "accepted",
    "reached",
    "no_answer",
    "lost",
    "rejected",
    "busy",
    "no_channels",
    "failed",
    "unanswered",
    "cancelled",
)


class StatusFilterButton(QToolButton):
    """ "Status: any ▾" — ticks statuses in its menu; :attr:`changed` after each tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_filter")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The arrow is part of the text (calldesk.qss hides Qt's indicator, which would
        # squeeze into the button's corner).
        self.setToolTip(self.tr("Show only calls with these statuses"))
        menu = QMenu(self)
        menu.setObjectName("status_filter_menu")
        self.actions_by_status: dict[str, QAction] = {}
        for status in STATUS_ORDER:
            action = menu.addAction(
                icons.icon(STATUS_ICONS[status]), translated(STATUS_TEXT[status])
            )
            action.setCheckable(True)
            action.setData(status)
            action.toggled.connect(self._ticked)
            self.actions_by_status[status] = action
        menu.addSeparator()
        self.any_action = menu.addAction(self.tr("Any status"))
        self.any_action.triggered.connect(lambda: self.set_statuses(frozenset(), notify=True))
        self.setMenu(menu)
        self._caption()

    def statuses(self) -> frozenset[str]:
        return frozenset(s for s, a in self.actions_by_status.items() if a.isChecked())

    def set_statuses(self, statuses: frozenset[str], *, notify: bool = False) -> None:
        for status, action in self.actions_by_status.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._caption()
        if notify:
            self.changed.emit()

    def _ticked(self, _on: bool) -> None:
        self._caption()
        self.changed.emit()

    def _caption(self) -> None:
        chosen = [s for s in STATUS_ORDER if self.actions_by_status[s].isChecked()]
        if not chosen:
            self.setText(self.tr("Status: any") + " ▾")
            self.setIcon(icons.icon("filter"))
        elif len(chosen) == 1:
            word = translated(STATUS_TEXT[chosen[0]])
            self.setText(self.tr("Status: {status}").format(status=word) + " ▾")
            self.setIcon(icons.icon(STATUS_ICONS[chosen[0]]))
        else:
            self.setText(self.tr("Statuses: {count}").format(count=len(chosen)) + " ▾")
            self.setIcon(icons.icon(STATUS_ICONS[chosen[0]]))
