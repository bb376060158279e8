"""The import wizard: choose a file, map its columns, check the rows, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.clients.importing import (
    BUILT_IN,
    CONTACT,
    EMAIL,
    KIND,
    NAME,
    PHONE,
    POSITION,
    ImportCheck,
    ImportProblem,
    ImportResult,
    SourceTable,
    check_rows,
    guess_mapping,
    import_rows,
    read_table,
)
from app.database import Database, describe_problem
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied, VisibleField, visible_fields
from ui.background import wait_for
from ui.messages import user_text

PREVIEW_ROWS = 5
REPORT_ROWS = 500


class ImportDialog(QDialog):
    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.table: SourceTable | None = None
        self.check: ImportCheck | None = None
        self.outcome: ImportResult | None = None
        with db.engine.connect() as conn:
            self.fields: list[VisibleField] = [v for v in visible_fields(conn, user) if v.editable]
        self.setWindowTitle(self.tr("Import clients"))
        self.resize(900, 620)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File (xlsx or csv):")))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)

        self.mapping = QTableWidget(0, 0)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.check_button = QPushButton(self.tr("Check rows"))
        self.check_button.clicked.connect(self.run_check)
        self.check_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QTableWidget(0, 2)
        self.report.setObjectName("import_report")
        self.report.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problems")])
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().setVisible(False)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.only_valid = QRadioButton(self.tr("Import only valid rows"))
        self.all_or_nothing = QRadioButton(self.tr("Import all rows or nothing"))
        self.only_valid.setChecked(True)
        mode = QHBoxLayout()
        mode.addWidget(self.only_valid)
        mode.addWidget(self.all_or_nothing)
        mode.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(QLabel(self.tr("Columns: choose what each column holds")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 2)
        layout.addLayout(mode)
        layout.addWidget(self.buttons)

    def target_names(self) -> list[tuple[str, str]]:
        names = {
            NAME: self.tr("Client name"),
            KIND: self.tr("Kind (company / person)"),
            EMAIL: self.tr("E-mail"),
            PHONE: self.tr("Phone"),
            CONTACT: self.tr("Contact person"),
            POSITION: self.tr("Contact person's position"),
        }
        result = [("", self.tr("(skip)"))] + [(k, names[k]) for k in BUILT_IN]
        return result + [(f"field:{v.field.id}", v.field.title) for v in self.fields]

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import clients"), "", self.tr("Tables (*.xlsx *.xls *.csv)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            self.table = wait_for(self, self.tr("Reading the file…"), read_table, path)
        except (ImportProblem, OSError) as e:
            self.summary.setText(user_text(e))
            return
        assert self.table is not None
        self.path.setText(str(path))
        headers = self.table.headers
        guessed = guess_mapping(headers, {v.field.id: v.field.title for v in self.fields})
        self.mapping.clear()
        self.mapping.setColumnCount(len(headers))
        self.mapping.setRowCount(1 + min(PREVIEW_ROWS, len(self.table.rows)))
        self.mapping.setHorizontalHeaderLabels(headers)
        self.mapping.setVerticalHeaderLabels(
            [self.tr("Import as")] + [str(i + 2) for i in range(PREVIEW_ROWS)]
        )
        for col, target in enumerate(guessed):
            combo = QComboBox()
            for key, title in self.target_names():
                combo.addItem(title, key)
            combo.setCurrentIndex(max(combo.findData(target), 0))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping.setCellWidget(0, col, combo)
            for row, cells in enumerate(self.table.rows[:PREVIEW_ROWS]):
                self.mapping.setItem(row + 1, col, QTableWidgetItem(cells[col]))
        self.mapping.resizeColumnsToContents()
        self.check_button.setEnabled(True)
        self._mapping_changed()
        self.summary.setText(self.tr("{0} rows in the file.").format(len(self.table.rows)))

    def current_mapping(self) -> list[str]:
        result = []
        for col in range(self.mapping.columnCount()):
            combo = self.mapping.cellWidget(0, col)
            result.append(str(combo.currentData() or "") if isinstance(combo, QComboBox) else "")
        return result

    def set_mapping(self, col: int, target: str) -> None:
        combo = self.mapping.cellWidget(0, col)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(combo.findData(target), 0))

    def _mapping_changed(self) -> None:
        self.check = None
        self.import_button.setEnabled(False)

    def run_check(self) -> None:
        if self.table is None:
            return
        table, mapping = self.table, self.current_mapping()

        def work(progress: object = None) -> ImportCheck:
            with self.db.engine.connect() as conn:
                return check_rows(conn, table, mapping, self.user, progress=progress)  # type: ignore[arg-type]

        try:
            self.check = wait_for(self, self.tr("Checking rows…"), work, with_progress=True)
        except (ImportProblem, PermissionDenied) as e:
            self.summary.setText(user_text(e))
            return
        assert self.check is not None
        bad = self.check.invalid
        self.summary.setText(
            self.tr("Valid rows: {0}. Rows with problems: {1}.").format(
                self.check.valid_count, len(bad)
            )
        )
        self.report.setRowCount(min(len(bad), REPORT_ROWS))
        for i, row in enumerate(bad[:REPORT_ROWS]):
            self.report.setItem(i, 0, QTableWidgetItem(str(row.line)))
            self.report.setItem(
                i, 1, QTableWidgetItem("; ".join(user_text(p) for p in row.problems))
            )
        self.import_button.setEnabled(self.check.valid_count > 0)

    def run_import(self) -> None:
        if self.check is None:
            return
        check, only_valid = self.check, self.only_valid.isChecked()

        def work(progress: object = None) -> ImportResult:
            return self.db.write(
                lambda s: import_rows(s, check, self.user, only_valid, progress)  # type: ignore[arg-type]
            )

        try:
            self.outcome = wait_for(self, self.tr("Importing…"), work, with_progress=True)
        except (ImportProblem, PermissionDenied, ValueError) as e:
            self.summary.setText(user_text(e))
            return
        except DBAPIError as e:  # one transaction: nothing of the file was imported
            self.summary.setText(
                self.tr("Nothing was imported: {error}").format(
                    error=user_text(describe_problem(e))
                )
            )
            return
        assert self.outcome is not None
        self.summary.setText(
            self.tr("Imported clients: {0}, skipped rows: {1}.").format(
                self.outcome.created, self.outcome.skipped
            )
        )
        self.accept()
