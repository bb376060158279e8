"""The journal's column layout (order, visibility, widths): saved per employee in the DB,
so it follows the user to any workstation; plus the column chooser dialog."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.database import Database
from app.staff.auth import CurrentUser
from app.staff.user_settings import (
    JOURNAL_COLUMNS_KEY,
    ColumnState,
    get_setting,
    save_column_layout,
)
from app.staff.user_settings import ColumnLayout as StoredLayout
from ui.background import BackgroundTask, start
from ui.journal.columns import COLUMNS, KEY_TO_COL, Col, default_layout, header

log = logging.getLogger(__name__)
KNOWN_KEYS = [spec.key for spec in COLUMNS.values()]


def to_stored(layout: dict[str, Any]) -> StoredLayout:
    hidden = set(layout.get("hidden", []))
    widths = layout.get("widths", {})
    return StoredLayout(
        tuple(
            ColumnState(key, key not in hidden, widths.get(key))
            for key in layout.get("order", KNOWN_KEYS)
        )
    )


def from_stored(stored: StoredLayout, raw: Any = None) -> dict[str, Any]:
    """The layout to apply; columns the stored one does not name (added since) keep their
    default visibility."""
    base = default_layout()
    items = raw.get("columns") if isinstance(raw, dict) else None
    named = (
        {i.get("id") for i in items if isinstance(i, dict)} if isinstance(items, list) else set()
    )
    hidden = [
        c.id
        for c in stored.columns
        if not c.visible or (c.id not in named and c.id in base["hidden"] and named)
    ]
    return {
        "order": [c.id for c in stored.columns],
        "hidden": hidden,
        "widths": {c.id: c.width for c in stored.columns if c.width},
    }


def chose_widths(layout: dict[str, Any]) -> bool:
    """Whether the widths are the user's: some visible column, not the last one (it
    stretches), is not at the width the journal gave it before widths were fitted."""
    base = default_layout()
    hidden = set(layout.get("hidden", []))
    visible = [k for k in layout.get("order", []) if k not in hidden][:-1]
    widths = layout.get("widths", {})
    return any(widths.get(k) not in (None, base["widths"].get(k)) for k in visible)


class ColumnLayout(QObject):
    """Applies and saves the journal's columns. Until the user sizes a column by hand the
    widths are *automatic* (fitted to the table by the form, stored as none)."""

    became_manual = Signal()
    columns_chosen = Signal()
    shown_changed = Signal()  # a layout was applied: the shown columns may differ

    def __init__(self, db: Database, user: CurrentUser, table: QTableView) -> None:
        super().__init__(table)
        self.db = db
        self.user = user
        self.table = table
        self.automatic = True
        self._restoring = False
        self._dragging = False
        self.save_timer = QTimer(table)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(1000)
        self.save_timer.timeout.connect(self.save_now)
        hdr = table.horizontalHeader()
        hdr.sectionMoved.connect(lambda *_: self._changed())
        hdr.sectionResized.connect(lambda *_: self._resized())
        hdr.sectionHandleDoubleClicked.connect(lambda _i: self._set_manual())
        hdr.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A section resized while the mouse is down on the header is the user's; the
        # stretched last section and the fit resize sections too.
        if event.type() == QEvent.Type.MouseButtonPress:
            self._dragging = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        return False

    def _resized(self) -> None:
        if self._dragging and not self._restoring:
            self._set_manual()
        self._changed()

    def _set_manual(self) -> None:
        if self.automatic:
            self.automatic = False
            self.became_manual.emit()
        self._changed()

    def _changed(self) -> None:
        if not self._restoring:
            self.save_timer.start()

    def current(self) -> dict[str, Any]:
        hdr = self.table.horizontalHeader()
        order = [COLUMNS[Col(hdr.logicalIndex(v))].key for v in range(hdr.count())]
        hidden = [spec.key for col, spec in COLUMNS.items() if hdr.isSectionHidden(col)]
        widths = {
            spec.key: hdr.sectionSize(col)
            for col, spec in COLUMNS.items()
            if not hdr.isSectionHidden(col) and not self.automatic
        }
        return {"order": order, "hidden": hidden, "widths": widths}

    def visible_columns(self) -> list[Col]:
        hdr = self.table.horizontalHeader()
        logical = (Col(hdr.logicalIndex(v)) for v in range(hdr.count()))
        return [col for col in logical if not hdr.isSectionHidden(col)]

    def fit(self, widths: dict[Col, int]) -> None:
        """Automatic widths (not saved: they follow the table's width)."""
        hdr = self.table.horizontalHeader()
        self._restoring = True
        try:
            for col, width in widths.items():
                hdr.resizeSection(col, width)
        finally:
            self._restoring = False

    def apply(self, layout: dict[str, Any]) -> None:
        base = default_layout()
        order = [k for k in layout.get("order", []) if k in KEY_TO_COL]
        order += [k for k in base["order"] if k not in order]
        hidden = {k for k in layout.get("hidden", base["hidden"]) if k in KEY_TO_COL}
        widths = {**base["widths"], **layout.get("widths", {})}
        hdr = self.table.horizontalHeader()
        self._restoring = True
        try:
            for visual, key in enumerate(order):
                col = KEY_TO_COL[key]
                hdr.moveSection(hdr.visualIndex(col), visual)
                hdr.setSectionHidden(col, key in hidden)
                if key not in hidden:
                    hdr.resizeSection(col, max(24, int(widths.get(key, 100))))
        finally:
            self._restoring = False
        self.shown_changed.emit()

    def restore(self) -> None:
        layout: dict[str, Any] = default_layout()
        try:
            with self.db.transaction() as session:
                raw = get_setting(session, self.user.id, JOURNAL_COLUMNS_KEY)
            if raw is not None:
                layout = from_stored(StoredLayout.from_json(raw, KNOWN_KEYS), raw)
        except DBAPIError:
            log.warning("could not read the journal layout; using the default", exc_info=True)
        self.automatic = not chose_widths(layout)
        if self.automatic:
            layout = {**layout, "widths": {}}
        self.apply(layout)

    def save_now(self) -> None:
        self.save_timer.stop()
        task = BackgroundTask(self._write, self.current())
        task.signals.failed.connect(lambda e: log.warning("saving the journal layout: %s", e))
        start(task)

    def _write(self, layout: dict[str, Any]) -> None:
        stored = to_stored(layout)
        self.db.write(lambda session: save_column_layout(session, self.user.id, stored))

    def choose(self, parent: QWidget) -> None:
        dialog = ColumnChooser(self.current(), parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply(dialog.layout())
            self.save_now()
            self.columns_chosen.emit()


class ColumnChooser(QDialog):
    """Tick the columns to show and drag them into order."""

    def __init__(self, layout: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Column chooser"))
        self.setMinimumSize(320, 440)
        self._widths = dict(layout.get("widths", {}))
        self.list = QListWidget()
        self.list.setObjectName("columns")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._fill(layout)
        up = QPushButton(self.tr("Up"))
        down = QPushButton(self.tr("Down"))
        reset = QPushButton(self.tr("Default"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        reset.clicked.connect(lambda: self._fill(default_layout()))
        side = QVBoxLayout()
        for b in (up, down, reset):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addLayout(row)
        main.addWidget(buttons)

    def _fill(self, layout: dict[str, Any]) -> None:
        self.list.clear()
        hidden = set(layout.get("hidden", []))
        order = [k for k in layout.get("order", []) if k in KEY_TO_COL]
        order += [k for k in default_layout()["order"] if k not in order]
        for key in order:
            col = KEY_TO_COL[key]
            text = header(col)
            if col == Col.INDICATORS:
                text = self.tr("Marks (!, ★, ✎)")
            elif col == Col.RECORDING:
                text = f"{text} (♪)"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if key in hidden else Qt.CheckState.Checked)
            self.list.addItem(item)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def layout(self) -> dict[str, Any]:  # type: ignore[override]
        order, hidden = [], []
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            order.append(key)
            if item.checkState() != Qt.CheckState.Checked:
                hidden.append(key)
        if len(hidden) == len(order):  # at least one column stays
            hidden.remove(COLUMNS[Col.STARTED].key)
        return {"order": order, "hidden": hidden, "widths": self._widths}
