"""The incoming-call pop-up: on top of every window, also while CallDesk is minimized.

It shows the number at once; the client, the responsible manager and the last calls follow
as soon as the session's lookup (one indexed query, right after the INVITE) is done.
One pop-up per ringing call, stacked upwards from the bottom right corner of the screen.
It answers and rejects through the session; opening a card or creating a client it asks
for by its signals.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.clients.caller_id import CallerInfo
from app.phones import display
from softphone.engine import SoftphoneError
from softphone.state import CallView
from ui.call_vocabulary import STATUS_COLORS, STATUS_TEXT, short_name
from ui.softphone.refusals import refusal_text
from ui.softphone.session import SoftphoneSession
from ui.style import set_role

WIDTH = 380
MARGIN = 12
POPUP_HEIGHT = 300  # with the client, three last calls and the buttons


class IncomingPopup(QFrame):
    card_requested = Signal(int)  # client id
    new_client_requested = Signal(str)  # the caller's number

    def __init__(self, session: SoftphoneSession, view: CallView) -> None:
        # No parent: a child window would be hidden with a minimized main window.
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint,
        )
        self.setObjectName("incoming_popup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Incoming call"))
        self.setFixedWidth(WIDTH)
        self.setMinimumHeight(POPUP_HEIGHT)
        self.setFrameShape(QFrame.Shape.Box)
        self.session = session
        self.key = view.id
        self.view = view
        self.info: CallerInfo | None = None
        self._index = 0
        self.number_text = display(view.number) if view.number else self.tr("Unknown number")

        title = QLabel(self.tr("Incoming call"))
        title.setObjectName("popup_title")
        if len(session.calls()) > 1:
            title.setText(self.tr("Incoming call (call waiting)"))
        if view.referred_by:
            title.setText(
                title.text() + " · " + self.tr("transferred by {who}").format(who=view.referred_by)
            )
        self.title = title
        self.number = QLabel(self.number_text)
        self.number.setObjectName("popup_number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLabel(view.name or self.tr("Looking up the client…"))
        self.name.setObjectName("popup_name")
        self.name.setWordWrap(True)
        # The company records the softphone's calls: the operator knows before answering.
        self.recorded = QLabel("● " + self.tr("This call is recorded"))
        self.recorded.setObjectName("popup_recorded")
        set_role(self.recorded, "warning")
        self.recorded.setVisible(session.recording)
        session.recording_changed.connect(self.recorded.setVisible)
        self.details = QLabel()
        self.details.setObjectName("popup_details")
        self.details.setWordWrap(True)
        self.details.hide()
        self.recent = QLabel()
        self.recent.setObjectName("popup_recent")
        self.recent.setTextFormat(Qt.TextFormat.RichText)
        self.recent.setWordWrap(True)
        self.recent.hide()

        self.answer_button = QPushButton(self.tr("Answer (F9)"))
        self.answer_button.setObjectName("popup_answer")
        set_role(self.answer_button, "call")
        self.answer_button.clicked.connect(self.answer)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("popup_reject")
        set_role(self.reject_button, "hangup")
        self.reject_button.clicked.connect(self.reject)
        self.card_button = QPushButton(self.tr("Open card"))
        self.card_button.setObjectName("popup_card")
        self.card_button.setEnabled(False)
        self.card_button.clicked.connect(self.open_card)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.card_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(title)
        layout.addWidget(self.number)
        layout.addWidget(self.name)
        layout.addWidget(self.recorded)
        layout.addWidget(self.details)
        layout.addWidget(self.recent)
        layout.addLayout(buttons)
        for keys, slot in (("F9", self.answer), ("Esc", self.reject)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        session.caller_identified.connect(self._identified)
        session.caller_unknown_for_now.connect(self._unknown_for_now)

    # -- content --------------------------------------------------------------------------

    def _identified(self, key: int, info: Any) -> None:
        if key != self.key or not isinstance(info, CallerInfo):
            return
        self.info = info
        self.number.setText(info.display_number or self.number_text)
        details: list[str] = []
        if info.client_id is not None:
            self.name.setText(info.client_name or "")
            if info.contact_name:
                contact = info.contact_name
                if info.contact_position:
                    contact += f", {info.contact_position}"
                details.append(contact)
            if info.client_kind == "company":
                details.append(self.tr("Company"))
            if info.responsible_name:
                details.append(
                    self.tr("Responsible manager: {name}").format(name=info.responsible_name)
                )
            self.card_button.setText(self.tr("Open card"))
            self.card_button.setEnabled(True)
        elif info.employee_id is not None:
            self.name.setText(info.employee_name or "")
            if info.employee_position:
                details.append(info.employee_position)
            details.append(self.tr("Internal call"))
            self.card_button.hide()
        else:
            self.name.setText(self.tr("Unknown number"))
            if info.valid and not info.is_extension:
                self.card_button.setText(self.tr("Create client"))
                self.card_button.setEnabled(True)
            else:
                self.card_button.hide()
        self.details.setText("\n".join(details))
        self.details.setVisible(bool(details))
        self._show_recent(info)
        if self.isVisible():
            self._place()

    def _unknown_for_now(self, key: int) -> None:
        """The lookup could not reach the database: the number stays, the name waits (the
        session looks the caller up again when the database is back)."""
        if key != self.key or self.info is not None:
            return
        self.name.setText(self.tr("Name unknown for now: no connection to the database"))

    def _show_recent(self, info: CallerInfo) -> None:
        if not info.recent_calls:
            self.recent.setText(self.tr("No calls before."))
            self.recent.show()
            return
        heading = self.tr("Last calls:")
        lines = [f"<b>{heading}</b>"]
        for call in info.recent_calls:
            status = QCoreApplication.translate("journal", STATUS_TEXT.get(call.status, ""))
            background, foreground = STATUS_COLORS.get(call.status, ("#eee", "#333"))
            who = short_name(call.employee_name)
            lines.append(
                f"{call.started_at:%d.%m.%Y %H:%M} "
                f'<span style="background:{background}; color:{foreground};">&nbsp;{status}'
                f"&nbsp;</span> {who}"
            )
        self.recent.setText("<br>".join(lines))
        self.recent.show()

    # -- placing ---------------------------------------------------------------------------

    def show_stacked(self, index: int) -> None:
        self._index = index
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        """Bottom right of the screen, the n-th pop-up above the ones before it; room for
        the client's details is kept from the start, so the buttons never move."""
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        height = max(self.height(), POPUP_HEIGHT)
        x = area.right() - WIDTH - MARGIN
        y = area.bottom() - (POPUP_HEIGHT + MARGIN) * (self._index + 1) - (height - POPUP_HEIGHT)
        self.move(max(area.left(), x), max(area.top(), y))

    # -- commands ---------------------------------------------------------------------------

    def answer(self) -> None:
        try:
            self.session.answer(self.key)
        except SoftphoneError as e:
            self.name.setText(refusal_text(e))
            return
        self.close()

    def reject(self) -> None:
        self.session.reject(self.key)
        self.close()

    def open_card(self) -> None:
        info = self.info
        if info is None:
            return
        if info.client_id is not None:
            self.card_requested.emit(info.client_id)
        else:
            self.new_client_requested.emit(info.number)

    def closeEvent(self, event: QCloseEvent) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.caller_identified.disconnect(self._identified)
        super().closeEvent(event)
