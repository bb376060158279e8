"""The comment editor: a live x/200 counter, save/delete off the GUI thread, conflict choice."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from app.database import Database, describe_problem
from app.journal.comments import (
    MAX_COMMENT_LENGTH,
    CommentConflict,
    CommentError,
    CommentState,
    save_comment,
)
from app.staff.auth import CurrentUser
from ui.background import BackgroundTask, start
from ui.call_vocabulary import short_name
from ui.messages import user_text
from ui.style import set_role

log = logging.getLogger(__name__)


class ConflictDialog(QDialog):
    """Someone else changed the comment: show theirs and yours, let the user choose."""

    KEEP_THEIRS = 1
    SAVE_MINE = 2

    def __init__(self, conflict: CommentConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The comment was changed"))
        self.choice = 0
        theirs = conflict.theirs
        who = theirs.author_name or self.tr("another user")
        when = theirs.at.strftime("%d.%m.%Y %H:%M") if theirs.at else ""
        intro = QLabel(
            self.tr("{who} changed this comment at {when} while you were editing it.").format(
                who=who, when=when
            )
        )
        intro.setWordWrap(True)
        self.theirs_view = QPlainTextEdit(theirs.text or self.tr("(deleted)"))
        self.theirs_view.setReadOnly(True)
        self.yours_view = QPlainTextEdit(conflict.yours or self.tr("(deleted)"))
        self.yours_view.setReadOnly(True)
        for view in (self.theirs_view, self.yours_view):
            view.setMaximumHeight(70)
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            self.tr("Keep theirs"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.mine_button = buttons.addButton(
            self.tr("Save mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(self.SAVE_MINE))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Their comment:")))
        layout.addWidget(self.theirs_view)
        layout.addWidget(QLabel(self.tr("Your comment:")))
        layout.addWidget(self.yours_view)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted)


class CommentEditor(QWidget):
    saved = Signal(object)  # CommentState

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.state: CommentState | None = None
        self._busy = False
        self.conflict_dialog: ConflictDialog | None = None
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("comment")
        self.edit.setPlaceholderText(self.tr("A comment on the call (Ctrl+Enter saves)"))
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(72)
        self.edit.textChanged.connect(self._text_changed)
        self.counter = QLabel()
        self.counter.setObjectName("comment_counter")
        self.author = QLabel()
        self.author.setObjectName("comment_author")
        set_role(self.author, "muted")
        self.error = QLabel()
        self.error.setObjectName("comment_error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_comment")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_comment")
        self.delete_button.clicked.connect(self.delete)
        save_key = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.edit)
        save_key.activated.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.author, 1)
        row.addWidget(self.counter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_state(None)

    # -- state ----------------------------------------------------------------------------

    def set_state(self, state: CommentState | None) -> None:
        """Show the stored comment of a call (None: no call)."""
        self.state = state
        self.edit.blockSignals(True)
        self.edit.setPlainText(state.text or "" if state is not None else "")
        self.edit.blockSignals(False)
        self.edit.setEnabled(state is not None)
        self._show_error("")
        self._show_author()
        self._text_changed()

    def _show_author(self) -> None:
        state = self.state
        if state is None or state.at is None or state.author_name is None:
            self.author.setText("")
            return
        template = self.tr("{who}, {when}") if state.text else self.tr("Deleted by {who}, {when}")
        self.author.setText(
            template.format(who=short_name(state.author_name), when=f"{state.at:%d.%m.%Y %H:%M}")
        )

    @property
    def text(self) -> str:
        return self.edit.toPlainText()

    @property
    def dirty(self) -> bool:
        stored = (self.state.text or "") if self.state is not None else ""
        return self.text.strip() != stored

    def _text_changed(self) -> None:
        length = len(self.text.strip())
        over = length - MAX_COMMENT_LENGTH
        self.counter.setText(f"{length}/{MAX_COMMENT_LENGTH}")
        set_role(self.counter, "error" if over > 0 else None)
        if over > 0:
            self._show_error(
                self.tr(
                    "The comment is {over} character(s) too long. Shorten it: it is not cut "
                    "and not saved."
                ).format(over=over)
            )
        elif self.error.property("kind") == "length":
            self._show_error("")
        self.error.setProperty("kind", "length" if over > 0 else "")
        has_call = self.state is not None
        self.save_button.setEnabled(has_call and not self._busy and over <= 0 and self.dirty)
        self.delete_button.setEnabled(
            has_call and not self._busy and bool(self.state and self.state.text)
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- commands -------------------------------------------------------------------------

    def save(self) -> None:
        if self.state is None or self._busy:
            return
        if len(self.text.strip()) > MAX_COMMENT_LENGTH:
            self._text_changed()
            return
        self._write(self.text, self.state.version)

    def delete(self) -> None:
        if self.state is None or self._busy or not self.state.text:
            return
        self._write(None, self.state.version)

    def _write(self, text: str | None, version: int) -> None:
        assert self.state is not None
        call_id = self.state.call_id
        db, user = self.db, self.user

        def work() -> CommentState:
            return db.write(lambda session: save_comment(session, call_id, text, version, user))

        self._busy = True
        self._text_changed()
        task = BackgroundTask(work)
        task.signals.succeeded.connect(lambda state: self._written(call_id, state))
        task.signals.failed.connect(lambda error: self._failed(call_id, error))
        start(task)

    def _written(self, call_id: int, state: CommentState) -> None:
        self._busy = False
        if self.state is not None and self.state.call_id == call_id:
            self.set_state(state)
        self.saved.emit(state)

    def _failed(self, call_id: int, error: Any) -> None:
        self._busy = False
        self._text_changed()
        if self.state is None or self.state.call_id != call_id:
            return
        if isinstance(error, CommentConflict):
            self._resolve(error)
        elif isinstance(error, CommentError):
            self._show_error(user_text(error))
        elif isinstance(error, DBAPIError):
            self._show_error(
                self.tr("Not saved: {error} Your text is kept; try again.").format(
                    error=user_text(describe_problem(error))
                )
            )
        else:
            log.error("saving a comment failed: %r", error)
            self._show_error(self.tr("Not saved: {error}").format(error=user_text(error)))

    def _resolve(self, conflict: CommentConflict) -> None:
        dialog = ConflictDialog(conflict, self)
        self.conflict_dialog = dialog
        dialog.exec()
        self.conflict_dialog = None
        if dialog.choice == ConflictDialog.SAVE_MINE:
            self._write(conflict.yours, conflict.theirs.version)
        elif dialog.choice == ConflictDialog.KEEP_THEIRS:
            self.set_state(conflict.theirs)
            self.saved.emit(conflict.theirs)
        else:
            # Closed without a choice: keep editing; the next save asks again.
            self._show_error(self.tr("The comment was changed by someone else; not saved."))
