"""First-start dialog: where the shared database is, tested before it is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from app.database import DatabaseProblem, connect_check, make_engine
from ui.background import wait_for
from ui.messages import user_text
from ui.style import set_role

KIND_MYSQL = "mysql"
KIND_SQLITE = "sqlite"


class ConnectionDialog(QDialog):
    """Asks for server, database, user and password; the password goes to the keyring."""

    def __init__(self, parent: QWidget | None = None, url: str = "", message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to the CallDesk database"))
        self.setMinimumWidth(460)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("MySQL / MariaDB server (shared)"), KIND_MYSQL)
        self.kind.addItem(self.tr("SQLite file (single workstation)"), KIND_SQLITE)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(3306)
        self.database = QLineEdit("calldesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls_ca = QLineEdit()
        self.tls_ca.setObjectName("tls_ca")
        self.tls_ca.setPlaceholderText(self.tr("optional: the CA file that signed the server's"))
        self.tls_ca.setToolTip(
            self.tr(
                "With a CA file the connection is encrypted and the server's certificate and "
                "address are checked (TLS)."
            )
        )
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(browse)
        self.file_box = QWidget()
        self.file_box.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.addRow(self.tr("Database type:"), self.kind)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("TLS certificate (CA):"), self.tls_ca)
        form.addRow(self.tr("File:"), self.file_box)
        self.form = form

        self.status = QLabel(message)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if url:
            self._load(url)
        self._kind_changed()

    def _load(self, url_text: str) -> None:
        try:
            from app.database import parse_url

            url = parse_url(url_text)
        except DatabaseProblem:
            return
        if url.get_backend_name() == "sqlite":
            self.kind.setCurrentIndex(self.kind.findData(KIND_SQLITE))
            self.file.setText(url.database or "")
        else:
            self.host.setText(url.host or "localhost")
            self.port.setValue(url.port or 3306)
            self.database.setText(url.database or "")
            self.user.setText(url.username or "")
            self.tls_ca.setText(str(url.query.get("ssl_ca", "")))

    def _kind_changed(self) -> None:
        sqlite = self.kind.currentData() == KIND_SQLITE
        for widget in (
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.remember,
            self.tls_ca,
        ):
            self.form.setRowVisible(widget, not sqlite)
        self.form.setRowVisible(self.file_box, sqlite)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("SQLite database file"),
            self.file.text(),
            "SQLite (*.db)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file.setText(path)

    def url(self) -> URL:
        """The URL without the password (that one is stored separately)."""
        if self.kind.currentData() == KIND_SQLITE:
            return URL.create("sqlite", database=self.file.text().strip())
        ca = self.tls_ca.text().strip()
        return URL.create(
            "mysql+pymysql",
            username=self.user.text().strip() or None,
            host=self.host.text().strip() or None,
            port=self.port.value(),
            database=self.database.text().strip() or None,
            query={"ssl_ca": ca} if ca else {},
        )

    def problem(self) -> str | None:
        """What is missing before a connection can even be tried."""
        if self.kind.currentData() == KIND_SQLITE:
            return None if self.file.text().strip() else self.tr("Choose the database file.")
        if not self.host.text().strip():
            return self.tr("Enter the server name or address.")
        if not self.database.text().strip():
            return self.tr("Enter the database name.")
        if not self.user.text().strip():
            return self.tr("Enter the user name.")
        ca = self.tls_ca.text().strip()
        if ca and not Path(ca).is_file():
            return self.tr("There is no CA file {path}.").format(path=ca)
        return None

    def test_connection(self) -> bool:
        missing = self.problem()
        if missing:
            self._show(missing, ok=False)
            return False
        engine = make_engine(self.url(), self.password.text() or None)
        try:
            wait_for(self, self.tr("Connecting…"), connect_check, engine)
        except DatabaseProblem as e:
            self._show(user_text(e), ok=False)
            return False
        finally:
            engine.dispose()
        self._show(self.tr("Connection succeeded."), ok=True)
        return True

    def _show(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        set_role(self.status, "success" if ok else "error")

    def accept(self) -> None:
        if self.test_connection():
            super().accept()
