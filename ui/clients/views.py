"""The client table's views bar: choose a saved view (filters + search + sort), save the
current filter as one, delete one, or reset every filter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.clients.column_filters import RESPONSIBLE
from app.clients.directory import ClientFilter
from app.clients.views import ClientView, ViewError, delete_view, list_views, save_view
from app.database import Database
from app.staff.auth import CurrentUser
from ui import icons
from ui.messages import user_text


def filter_summary(saved: object) -> str:
    """A stored client filter in a few words (a task's): the texts and the picked values."""
    flt = ClientFilter.from_json(saved)
    parts = [t for t in (flt.search, flt.name, flt.email, flt.number, flt.contact) if t]
    parts += [text for _field, text in flt.custom]
    for column, values in flt.values:
        if column == RESPONSIBLE:
            parts.append(
                QCoreApplication.translate("ViewsBar", "responsible managers: {count}").format(
                    count=len(values)
                )
            )
        else:
            empty = QCoreApplication.translate("ViewsBar", "(empty)")
            parts.append(" | ".join(v or empty for v in values))
    return "; ".join(parts)


class ViewsBar(QWidget):
    view_chosen = Signal(object)  # ClientView
    reset_requested = Signal()

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        views: list[ClientView],
        current_filter: Callable[[], ClientFilter],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.current_filter = current_filter
        self.views = list(views)
        self.combo = QComboBox()
        self.combo.setObjectName("client_views")
        self.combo.setMinimumWidth(200)
        self.combo.setMaximumWidth(360)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(self.tr("Saved views: filters, search and sort"))
        self.combo.activated.connect(self._chosen)
        self.save_button = QPushButton(icons.icon("save"), self.tr("Save view…"))
        self.save_button.setObjectName("client_view_save")
        self.save_button.clicked.connect(lambda: self.ask_save())
        self.delete_button = QPushButton(icons.icon("delete"), self.tr("Delete view"))
        self.delete_button.setObjectName("client_view_delete")
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.reset_button = QPushButton(icons.icon("filter"), self.tr("Reset filters"))
        self.reset_button.setObjectName("client_filters_reset")
        self.reset_button.clicked.connect(self.reset_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("View:")))
        layout.addWidget(self.combo)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        layout.addStretch(1)
        layout.addWidget(self.reset_button)
        self._fill()

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(not saved)"), None)
        for view in self.views:
            self.combo.addItem(view.name, view.name)
        self.combo.blockSignals(False)
        self.show_filter(self.current_filter())

    def view_names(self) -> list[str]:
        return [v.name for v in self.views]

    def current_view(self) -> ClientView | None:
        name = self.combo.currentData()
        return next((v for v in self.views if v.name == name), None)

    def show_filter(self, flt: ClientFilter) -> None:
        """Show which view the table is in: the one saved with exactly this filter."""
        match = next((v for v in self.views if v.filter == flt), None)
        self.combo.setCurrentIndex(max(self.combo.findData(match.name), 0) if match else 0)
        self.delete_button.setEnabled(match is not None)
        self.reset_button.setEnabled(flt != ClientFilter())

    def _chosen(self, index: int) -> None:
        view = self.current_view()
        if view is not None:
            self.view_chosen.emit(view)
        else:
            self.show_filter(self.current_filter())

    def choose(self, name: str) -> bool:
        index = self.combo.findData(name)
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        self._chosen(index)
        return True

    def _reload(self) -> None:
        with self.db.engine.connect() as conn:
            self.views = list_views(conn, self.user)
        self._fill()

    def ask_save(self, name: str | None = None) -> bool:
        """Save the table's filter as a view (asks for the name unless given)."""
        if name is None:
            current = self.current_view()
            name, ok = QInputDialog.getText(
                self,
                self.tr("Save view"),
                self.tr("Name of the view (the filters, the search and the sort):"),
                text=current.name if current else "",
            )
            if not ok:
                return False
        flt = self.current_filter()
        try:
            self.db.write(lambda s: save_view(s, self.user, name, flt))
        except ViewError as e:
            QMessageBox.warning(self, self.tr("Save view"), user_text(e))
            return False
        self._reload()
        return True

    def delete_current(self, confirm: bool = True) -> bool:
        view = self.current_view()
        if view is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete view"), self.tr("Delete the view «{0}»?").format(view.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.db.write(lambda s: delete_view(s, self.user, view.name))
        self._reload()
        return True
