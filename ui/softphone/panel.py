"""The softphone panel: number field and dial pad, the operator's calls with timers, and
the call commands (answer, hang up, hold, mute, transfer, consult, DTMF).

Keyboard: Ctrl+D puts the cursor in the number field, Enter calls; F9 answers, F10 hangs
up, F11 holds; Ctrl+M mutes, Ctrl+T transfers. Digits typed while the panel has the focus
(outside the number field) go to the pad: DTMF during a call, the number field otherwise.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.dialing import DialError, clean
from app.phones import display
from app.softphone_settings import MAX_VOLUME
from softphone.engine import SoftphoneError
from softphone.state import CallState, CallView, Direction
from ui import icons
from ui.messages import user_text
from ui.softphone.refusals import refusal_text
from ui.softphone.session import SoftphoneSession, rings_here
from ui.style import set_role

PAD = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")
KEY_ROLE = Qt.ItemDataRole.UserRole


def state_text(view: CallView) -> str:
    translate = QCoreApplication.translate
    if rings_here(view):
        return translate("SoftphonePanel", "incoming")
    if view.state is CallState.CONNECTED and view.on_hold:
        return translate("SoftphonePanel", "on hold")
    if view.state is CallState.CONNECTED and view.held_by_remote:
        return translate("SoftphonePanel", "held by the other side")
    text = {
        CallState.CALLING: translate("SoftphonePanel", "calling…"),
        CallState.RINGING: translate("SoftphonePanel", "ringing"),
        CallState.INCOMING: translate("SoftphonePanel", "incoming"),
        CallState.CONNECTING: translate("SoftphonePanel", "connecting…"),
        CallState.CONNECTED: translate("SoftphonePanel", "talking"),
        CallState.ENDED: translate("SoftphonePanel", "ended"),
    }[view.state]
    if view.muted:
        text += ", " + translate("SoftphonePanel", "muted")
    if view.consult_for is not None:
        text += ", " + translate("SoftphonePanel", "consultation")
    return text


def elapsed(view: CallView, now: datetime) -> str:
    """mm:ss of talk (of ringing before the answer)."""
    since = view.answered_at or view.started_at
    seconds = max(0, int((now - since).total_seconds()))
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}"


# The icons on the green Call / Answer and the red Hang up buttons.
ON_COLOUR = "#ffffff"


class NumberValidator(QValidator):
    """Pasted and typed text loses its formatting at once: ``+7 (916) 123-45-67``."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        cleaned = clean(text)
        if cleaned != text:
            pos = len(clean(text[:pos]))
        return QValidator.State.Acceptable, cleaned, pos


VOLUME_ICONS = {"mic": "microphone", "speaker": "operators"}  # the sliders' rows


class SoftphonePanel(QWidget):
    def __init__(self, session: SoftphoneSession, parent: QWidget | None = None) -> None:  # noqa: PLR0915  the dock's widgets in reading order
        super().__init__(parent)
        self.setObjectName("softphone_panel")
        self.session = session
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.registration = QLabel(session.text)
        self.registration.setObjectName("panel_registration")
        self.registration.setWordWrap(True)
        self.audio_note = QLabel()
        self.audio_note.setObjectName("audio_note")
        self.audio_note.setWordWrap(True)
        set_role(self.audio_note, "error")
        self.audio_note.hide()
        self.recorded = QLabel()
        self.recorded.setObjectName("recording_note")
        self.recorded.setWordWrap(True)
        set_role(self.recorded, "warning")
        self.recorded.hide()
        self.message = QLabel()
        self.message.setObjectName("panel_message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()

        self.number = QLineEdit()
        self.number.setObjectName("dial_number")
        self.number.setPlaceholderText(self.tr("Number (Ctrl+D)"))
        self.number.setValidator(NumberValidator(self.number))
        self.number.setClearButtonEnabled(True)
        self.number.returnPressed.connect(self.dial)
        self.call_button = QPushButton(self.tr("Call"))
        self.call_button.setObjectName("call_button")
        set_role(self.call_button, "call")
        self.call_button.clicked.connect(self.dial)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(self.call_button)

        pad = QGridLayout()
        pad.setSpacing(3)
        self.pad_buttons: dict[str, QToolButton] = {}
        for i, digit in enumerate(PAD):
            button = QToolButton()
            button.setText(digit)
            button.setObjectName(f"pad_{digit}")
            button.setMinimumSize(44, 30)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            set_role(button, "key")
            button.clicked.connect(lambda _c=False, d=digit: self.press(d))
            pad.addWidget(button, i // 3, i % 3)
            self.pad_buttons[digit] = button

        self.call_list = QTreeWidget()
        self.call_list.setObjectName("call_list")
        self.call_list.setRootIsDecorated(False)
        self.call_list.setHeaderLabels([self.tr("Number"), self.tr("State"), self.tr("Time")])
        header = self.call_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.call_list.setWordWrap(True)
        self.setMinimumWidth(300)
        self.call_list.setMinimumHeight(90)
        self.call_list.currentItemChanged.connect(lambda *_a: self._update_buttons())

        self.answer_button = self._button(self.tr("Answer"), "answer", self.answer)
        self.hangup_button = self._button(self.tr("Hang up"), "hangup", self.hang_up)
        self.hold_button = self._button(self.tr("Hold"), "hold", self.toggle_hold)
        self.mute_button = self._button(self.tr("Mute"), "mute", self.toggle_mute)
        self.transfer_button = self._button(self.tr("Transfer…"), "transfer", self.transfer)
        self.consult_button = self._button(self.tr("Consult…"), "consult", self.consult)
        self.complete_button = self._button(
            self.tr("Complete transfer"), "complete", self.complete_transfer
        )
        self.cancel_button = self._button(self.tr("Cancel consult"), "cancel", self.cancel_consult)
        self.dtmf_button = self._button(self.tr("DTMF…"), "dtmf", self.ask_dtmf)
        set_role(self.answer_button, "call")
        set_role(self.hangup_button, "hangup")
        # White on the green and red buttons; the others in the palette's text colour. The long
        # words of the consultation's end keep the narrow dock's room for themselves.
        self.call_button.setIcon(icons.icon("call", ON_COLOUR))
        self.answer_button.setIcon(icons.icon("answer", ON_COLOUR))
        self.hangup_button.setIcon(icons.icon("hangup", ON_COLOUR))
        for command, icon in (
            (self.hold_button, "hold"),
            (self.mute_button, "mute"),
            (self.transfer_button, "transfer"),
            (self.consult_button, "call-outgoing"),
            (self.dtmf_button, "dialpad"),
        ):
            command.setIcon(icons.icon(icon))
        commands = QGridLayout()
        for i, command in enumerate(
            (
                self.answer_button,
                self.hangup_button,
                self.hold_button,
                self.mute_button,
                self.transfer_button,
                self.consult_button,
                self.dtmf_button,
            )
        ):
            # Never narrower than its text and icon: the dock then opens wide enough for
            # the longest one in the interface's language.
            command.setMinimumWidth(command.sizeHint().width())
            commands.addWidget(command, i // 2, i % 2)
        # The consultation's two commands have long names: a row each, the dock's width.
        commands.addWidget(self.complete_button, 4, 0, 1, 2)
        commands.addWidget(self.cancel_button, 5, 0, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.registration)
        layout.addWidget(self.audio_note)
        layout.addWidget(self.recorded)
        layout.addLayout(number_row)
        layout.addWidget(self.message)
        layout.addLayout(pad)
        layout.addWidget(self.call_list, 1)
        layout.addLayout(commands)
        layout.addLayout(self._volumes())

        self._shortcuts()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        session.registration_text_changed.connect(self.registration.setText)
        session.calls_changed.connect(self.refresh)
        session.caller_identified.connect(lambda _k, _i: self.refresh())
        session.audio_problem.connect(self._audio_problem)
        session.recording_changed.connect(lambda _on: self.refresh())
        session.availability_changed.connect(lambda _ok, _why: self._update_buttons())
        if session.audio_trouble:
            self._audio_problem(session.audio_trouble)
        self.refresh()

    def _volumes(self) -> QGridLayout:
        """A slider for the microphone and one for the headset, each with its level meter
        (read every 100 ms while a call is on)."""
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        settings = self.session.settings
        self.volume_sliders: dict[str, QSlider] = {}
        self.level_meters: dict[str, QProgressBar] = {}
        tips = {"mic": self.tr("Microphone volume"), "speaker": self.tr("Headset volume")}
        values = {"mic": settings.mic_volume, "speaker": settings.speaker_volume}
        for row, (key, icon) in enumerate(VOLUME_ICONS.items()):
            tip, value = tips[key], values[key]
            label = QLabel()
            label.setPixmap(icons.icon(icon).pixmap(16, 16))
            label.setToolTip(tip)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"{key}_volume")
            slider.setRange(0, MAX_VOLUME)
            slider.setSingleStep(5)
            slider.setPageStep(25)
            slider.setValue(value)
            slider.setToolTip(tip)
            slider.setAccessibleName(tip)
            slider.valueChanged.connect(self._volume_moved)
            meter = QProgressBar()
            meter.setObjectName(f"{key}_level")
            meter.setRange(0, 255)
            meter.setTextVisible(False)
            meter.setFixedWidth(48)
            meter.setMaximumHeight(8)
            meter.setToolTip(self.tr("Level now"))
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(meter, row, 2)
            self.volume_sliders[key] = slider
            self.level_meters[key] = meter
        self.meter_timer = QTimer(self)
        self.meter_timer.setInterval(100)
        self.meter_timer.timeout.connect(self.show_levels)
        return grid

    def _volume_moved(self, _value: int) -> None:
        self.session.set_volumes(
            self.volume_sliders["mic"].value(), self.volume_sliders["speaker"].value()
        )

    def show_levels(self) -> None:
        mic, speaker = self.session.levels()
        self.level_meters["mic"].setValue(mic)
        self.level_meters["speaker"].setValue(speaker)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}_button")
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        for name, keys, slot in (
            ("focus_number", QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D), self.focus_number),
            ("answer", QKeySequence(Qt.Key.Key_F9), self.answer),
            ("hangup", QKeySequence(Qt.Key.Key_F10), self.hang_up),
            ("hold", QKeySequence(Qt.Key.Key_F11), self.toggle_hold),
            ("mute", QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M), self.toggle_mute),
            ("transfer", QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T), self.transfer),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            # The main window's keys: they work wherever the operator is in it.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.actions_by_name[name] = action

    def window_actions(self) -> list[QAction]:
        """Actions the main window adds to itself (shortcuts in every form)."""
        return list(self.actions_by_name.values())

    def add_command(self, action: QAction) -> QToolButton:
        """A button for a command of the window's own under the call commands (the demo's
        "Simulate an incoming call"); it follows the action's text and state."""
        button = QToolButton()
        button.setObjectName(f"{action.objectName()}_button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(button)
        return button

    def _show_recording(self, in_call: bool) -> None:
        """The company records the calls: said while one goes on, and quietly otherwise."""
        self.recorded.setVisible(self.session.recording)
        if in_call:
            self.recorded.setText("● " + self.tr("This call is recorded"))
        else:
            self.recorded.setText("● " + self.tr("Calls are recorded"))
        set_role(self.recorded, "warning" if in_call else "muted")

    # -- the calls list ---------------------------------------------------------------------

    def refresh(self) -> None:
        calls = self.session.calls()
        self._show_recording(bool(calls))
        current = self.current_key()
        self.call_list.clear()
        now = clock.now()
        for view in calls:
            item = QTreeWidgetItem([self._who(view), state_text(view), elapsed(view, now)])
            item.setData(0, KEY_ROLE, view.id)
            incoming = view.direction is Direction.IN
            item.setIcon(0, icons.icon("call-incoming" if incoming else "call-outgoing"))
            arrow = "←" if view.direction is Direction.IN else "→"
            item.setToolTip(0, f"{arrow} {display(view.number)}")
            self.call_list.addTopLevelItem(item)
            if view.id == current:
                self.call_list.setCurrentItem(item)
        last = self.call_list.topLevelItem(len(calls) - 1) if calls else None
        if self.call_list.currentItem() is None and last is not None:
            self.call_list.setCurrentItem(last)
        if calls and not self.timer.isActive():
            self.timer.start()
            self.meter_timer.start()
        elif not calls:
            self.timer.stop()
            self.meter_timer.stop()
            for meter in self.level_meters.values():
                meter.setValue(0)
        self._update_buttons()

    def _who(self, view: CallView) -> str:
        info = self.session.caller(view.id)
        number = display(view.number)
        name = ""
        if info is not None:
            name = info.client_name or info.employee_name or ""
        name = name or view.name
        return f"{name} ({number})" if name else number

    def _tick(self) -> None:
        now = clock.now()
        by_key = {v.id: v for v in self.session.calls()}
        for i in range(self.call_list.topLevelItemCount()):
            item = self.call_list.topLevelItem(i)
            view = by_key.get(int(item.data(0, KEY_ROLE))) if item is not None else None
            if item is not None and view is not None:
                item.setText(2, elapsed(view, now))

    def current_key(self) -> int | None:
        item = self.call_list.currentItem()
        return int(item.data(0, KEY_ROLE)) if item is not None else None

    def current_call(self) -> CallView | None:
        key = self.current_key()
        for view in self.session.calls():
            if view.id == key:
                return view
        return None

    def _update_buttons(self) -> None:
        view = self.current_call()
        talking = view is not None and view.state is CallState.CONNECTED
        ringing = any(rings_here(v) for v in self.session.calls())
        self.call_button.setEnabled(self.session.can_call)
        self.call_button.setToolTip(self.session.unavailable_reason())
        self.answer_button.setEnabled(ringing)
        self.hangup_button.setEnabled(view is not None)
        self.hold_button.setEnabled(talking)
        self.hold_button.setText(
            self.tr("Unhold") if view is not None and view.on_hold else self.tr("Hold")
        )
        self.mute_button.setEnabled(talking)
        self.mute_button.setText(
            self.tr("Unmute") if view is not None and view.muted else self.tr("Mute")
        )
        consulting = view is not None and view.consult_for is not None
        self.transfer_button.setEnabled(talking and not consulting)
        self.consult_button.setEnabled(talking and not consulting)
        self.complete_button.setEnabled(consulting and talking)
        self.cancel_button.setEnabled(consulting)
        self.dtmf_button.setEnabled(talking)

    # -- commands -------------------------------------------------------------------------

    def focus_number(self) -> None:
        dock = self.parentWidget()
        if dock is not None and not dock.isVisible():
            dock.show()
        self.number.setFocus()
        self.number.selectAll()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def dial(self, text: str | None = None) -> int | None:
        """Call the number in the field (or ``text``); a problem is shown under the field."""
        wanted = self.number.text() if text is None or isinstance(text, bool) else text
        try:
            key = self.session.dial(wanted)
        except DialError as e:
            self.show_message(user_text(e))
            return None
        except SoftphoneError as e:
            self.show_message(refusal_text(e))
            return None
        self.show_message("")
        self.number.clear()
        self.refresh()
        return key

    def press(self, digit: str) -> None:
        """A pad key: DTMF into the current call while talking, else into the number."""
        view = self.current_call()
        if view is not None and view.state is CallState.CONNECTED:
            self._send_dtmf(view.id, digit)
        else:
            self.number.insert(digit)

    def _send_dtmf(self, key: int, digits: str) -> None:
        try:
            self.session.phone.send_dtmf(key, digits)
        except SoftphoneError as e:
            self.show_message(refusal_text(e))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in PAD and not self.number.hasFocus():
            self.press(text)
            return
        super().keyPressEvent(event)

    def _ringing_key(self) -> int | None:
        current = self.current_call()
        if current is not None and rings_here(current):
            return current.id
        for view in self.session.calls():
            if rings_here(view):
                return view.id
        return None

    def answer(self) -> None:
        key = self._ringing_key()
        if key is None:
            return
        try:
            self.session.answer(key)
        except SoftphoneError as e:
            self.show_message(refusal_text(e))

    def hang_up(self) -> None:
        view = self.current_call()
        if view is not None:
            self.session.phone.hangup(view.id)

    def toggle_hold(self) -> None:
        view = self.current_call()
        if view is None or view.state is not CallState.CONNECTED:
            return
        try:
            if view.on_hold:
                self.session.phone.unhold(view.id)
            else:
                self.session.phone.hold(view.id)
        except SoftphoneError as e:
            self.show_message(refusal_text(e))

    def toggle_mute(self) -> None:
        view = self.current_call()
        if view is not None and view.state is CallState.CONNECTED:
            self.session.phone.set_muted(view.id, not view.muted)

    def _ask_number(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        if not ok or not clean(text):
            return None
        try:
            return self.session.dial_target(text)
        except DialError as e:
            self.show_message(user_text(e))
            return None

    def transfer(self) -> None:
        view = self.current_call()
        if view is None or view.state is not CallState.CONNECTED or view.consult_for:
            return
        number = self._ask_number(self.tr("Transfer"), self.tr("Transfer the call to:"))
        if number is None:
            return
        try:
            self.session.phone.blind_transfer(view.id, number)
        except SoftphoneError as e:
            self.show_message(refusal_text(e))

    def consult(self) -> None:
        view = self.current_call()
        if view is None or view.state is not CallState.CONNECTED or view.consult_for:
            return
        number = self._ask_number(self.tr("Consult"), self.tr("Call a colleague first:"))
        if number is None:
            return
        try:
            self.session.consult(view.id, number)
        except SoftphoneError as e:
            self.show_message(refusal_text(e))

    def complete_transfer(self) -> None:
        view = self.current_call()
        if view is not None and view.consult_for is not None:
            try:
                self.session.phone.complete_transfer(view.id)
            except SoftphoneError as e:
                self.show_message(refusal_text(e))

    def cancel_consult(self) -> None:
        view = self.current_call()
        if view is not None and view.consult_for is not None:
            self.session.phone.cancel_consult(view.id)

    def ask_dtmf(self) -> None:
        view = self.current_call()
        if view is None or view.state is not CallState.CONNECTED:
            return
        digits, ok = QInputDialog.getText(
            self, self.tr("DTMF"), self.tr("Digits to send (0-9, *, #):")
        )
        if ok and digits:
            self._send_dtmf(view.id, digits)

    def _audio_problem(self, message: str) -> None:
        if "no audio device" in message:
            text = self.tr("No audio device")
        else:
            text = self.tr("Audio: {problem}").format(problem=message)
        self.audio_note.setText(text)
        self.audio_note.setToolTip(message)
        self.audio_note.show()
