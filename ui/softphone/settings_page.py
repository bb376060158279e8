"""The Softphone tab of the Settings dialog: SIP account, dial rules, pause codes, devices.

The values go to the workstation settings file through app.softphone_settings; the
password only to the OS keyring. In the main window the account is the logged-in employee's
(:meth:`SoftphoneSettingsPage.show_employee_account`): shown, not edited here (an
administrator sets it), and the password typed is the employee's, kept on this computer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.dialing import NumberFormat
from app.softphone_settings import COMPANY_WRAP_UP, MAX_WRAP_UP_SECONDS, SoftphoneSettings
from app.staff.sip_account import SipAccount
from softphone.audio import AudioDevice, AudioUnavailable, DeviceInfo, SoundDeviceAudio
from ui.style import set_role
from ui.text_fit import placeholder_width

log = logging.getLogger(__name__)

# The softphone session's test_registration(settings, typed password or None, done(ok, text)).
Probe = Callable[[SoftphoneSettings, str | None, Callable[[bool, str], None]], None]


class SoftphoneSettingsPage(QWidget):
    def __init__(self, device: AudioDevice | None = None, parent: QWidget | None = None) -> None:  # noqa: PLR0915  the page's widgets in reading order
        super().__init__(parent)
        self.setObjectName("softphone_settings")
        self._device = device
        self.registrar = QLineEdit()
        self.registrar.setObjectName("sip_registrar")
        self.registrar.setPlaceholderText(self.tr("pbx.example.com"))
        self.port = QSpinBox()
        self.port.setObjectName("sip_port")
        self.port.setRange(1, 65535)
        self.user = QLineEdit()
        self.user.setObjectName("sip_user")
        self.user.setPlaceholderText(self.tr("e.g. 301"))
        self.auth_user = QLineEdit()
        self.auth_user.setObjectName("sip_auth_user")
        self.auth_user.setPlaceholderText(self.tr("the same as the extension"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("sip_display_name")
        self.display_name.setPlaceholderText(self.tr("your full name"))
        self.transport = QComboBox()
        self.transport.setObjectName("sip_transport")
        self.transport.addItem("UDP", "udp")
        self.transport.addItem("TCP", "tcp")
        self.password = QLineEdit()
        self.password.setObjectName("sip_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(
            placeholder_width(
                self.password,
                (
                    self.tr("stored in the system keyring; type to change"),
                    self.tr("kept in the system keyring"),
                ),
            )
        )
        self.outside_prefix = QLineEdit()
        self.outside_prefix.setObjectName("outside_prefix")
        self.outside_prefix.setPlaceholderText(self.tr("none"))
        self.outside_prefix.setMaxLength(4)
        self.number_format = QComboBox()
        self.number_format.setObjectName("number_format")
        self.number_format.addItem(self.tr("International (+79161234567)"), NumberFormat.E164.value)
        self.number_format.addItem(self.tr("National (89161234567)"), NumberFormat.NATIONAL.value)
        self.pause_code = QLineEdit()
        self.pause_code.setObjectName("pause_code")
        self.pause_code.setPlaceholderText(self.tr("e.g. *46"))
        self.unpause_code = QLineEdit()
        self.unpause_code.setObjectName("unpause_code")
        self.unpause_code.setPlaceholderText(self.tr("e.g. *47"))
        # As the company (Administration → Settings), none, or this workstation's own length.
        self.wrap_up_mode = QComboBox()
        self.wrap_up_mode.setObjectName("wrap_up_mode")
        self.wrap_up_mode.addItem(self.tr("as the company"), "company")
        self.wrap_up_mode.addItem(self.tr("none"), "none")
        self.wrap_up_mode.addItem(self.tr("my own:"), "own")
        self.wrap_up = QSpinBox()
        self.wrap_up.setObjectName("wrap_up_seconds")
        self.wrap_up.setRange(1, MAX_WRAP_UP_SECONDS)
        self.wrap_up.setValue(30)
        self.wrap_up.setSuffix(self.tr(" s"))
        self.wrap_up.setEnabled(False)
        self.wrap_up_mode.currentIndexChanged.connect(
            lambda _i: self.wrap_up.setEnabled(self.wrap_up_mode.currentData() == "own")
        )
        wrap_up_row = QHBoxLayout()
        wrap_up_row.addWidget(self.wrap_up_mode)
        wrap_up_row.addWidget(self.wrap_up)
        wrap_up_row.addStretch(1)
        self.microphone = QComboBox()
        self.microphone.setObjectName("microphone")
        self.speaker = QComboBox()
        self.speaker.setObjectName("speaker")
        self.ringer = QComboBox()
        self.ringer.setObjectName("ringer")
        self.audio_note = QLabel()
        self.audio_note.setObjectName("settings_audio_note")
        self.audio_note.setWordWrap(True)
        set_role(self.audio_note, "muted")
        self.audio_note.hide()

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        page.addLayout(form)
        form.addRow(self.tr("PBX (registrar):"), self.registrar)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Extension:"), self.user)
        form.addRow(self.tr("Authentication user:"), self.auth_user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Display name:"), self.display_name)
        form.addRow(self.tr("Transport:"), self.transport)
        form.addRow(self.tr("Outside-line prefix:"), self.outside_prefix)
        form.addRow(self.tr("Number format:"), self.number_format)
        form.addRow(self.tr("Pause feature code:"), self.pause_code)
        form.addRow(self.tr("Back-to-work feature code:"), self.unpause_code)
        form.addRow(self.tr("Wrap-up pause after a call:"), wrap_up_row)
        form.addRow(self.tr("Microphone:"), self.microphone)
        form.addRow(self.tr("Speaker (headset):"), self.speaker)
        form.addRow(self.tr("Ringer:"), self.ringer)
        form.addRow(self.audio_note)
        self.test_button = QPushButton(self.tr("Test registration"))
        self.test_button.setObjectName("sip_test")
        self.test_button.clicked.connect(self.test_registration)
        self.test_result = QLabel()
        self.test_result.setObjectName("sip_test_result")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        page.addLayout(test_row)
        # Below the form in a box layout, which gives a wrapped label the height its text
        # needs (a form row did not: a long answer was cut at the bottom).
        page.addWidget(self.test_result)
        page.addStretch(1)
        self.account_note = QLabel()
        self.account_note.setObjectName("sip_account_note")
        self.account_note.setWordWrap(True)
        set_role(self.account_note, "muted")
        self.account_note.hide()
        page.insertWidget(0, self.account_note)
        self._account_fields: tuple[QWidget, ...] = (
            self.registrar,
            self.port,
            self.user,
            self.auth_user,
            self.display_name,
            self.transport,
        )
        # The employee's account (None: shown as the workstation's own, editable).
        self._employee: SipAccount | None = None
        self._employee_mode = False
        self._workstation_account = SoftphoneSettings()
        self.test_button.hide()  # until set_probe: only a running CallDesk can test
        self._probe: Probe | None = None
        self._password_stored = False
        self._devices_cache: list[DeviceInfo] | None = None

    def _devices(self) -> list[DeviceInfo] | None:
        device = self._device if self._device is not None else SoundDeviceAudio()
        try:
            return device.devices()
        except AudioUnavailable as e:
            log.info("no audio devices to choose from: %s", e)
            self.audio_note.setText(self.tr("No audio device: {problem}").format(problem=e))
            self.audio_note.show()
            return None

    def _fill_devices(self, combo: QComboBox, input_side: bool, chosen: str) -> None:
        combo.clear()
        combo.addItem(self.tr("(system default)"), "")
        devices = self._devices_cache
        for info in devices or []:
            if info.can("input" if input_side else "output"):
                combo.addItem(f"{info.name} ({info.host_api})", info.id)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(self.tr("{device} (not connected)").format(device=chosen), chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def show_employee_account(
        self, account: SipAccount | None, password_known: bool = False
    ) -> None:
        """The logged-in employee's SIP account in place of the workstation's: shown, not
        edited (an administrator sets it, Administration, Users); the password typed is
        theirs. None: they have none, which the page says."""
        self._employee_mode = True
        self._employee = account
        self._workstation_account = self._typed_account()
        for widget in self._account_fields:
            widget.setEnabled(False)
        if account is None:
            self.account_note.setText(
                self.tr(
                    "You have no SIP account. An administrator sets it in Administration, "
                    "Users; it then follows you to any computer you log in at."
                )
            )
            for edit in (self.registrar, self.user, self.auth_user, self.display_name):
                edit.clear()
            self.password.setEnabled(False)
            self.password.setPlaceholderText("")
        else:
            self.account_note.setText(
                self.tr(
                    "Your SIP account {account} is set by an administrator and follows you to "
                    "any computer you log in at. Its password is kept on this computer."
                ).format(account=account.address)
            )
            shown = account.as_settings(SoftphoneSettings())
            self.registrar.setText(shown.registrar)
            self.port.setValue(shown.port)
            self.user.setText(shown.user)
            self.auth_user.setText(shown.auth_user)
            self.display_name.setText(shown.display_name)
            self.transport.setCurrentIndex(max(0, self.transport.findData(shown.transport)))
            self.password.setPlaceholderText(
                self.tr("stored in the system keyring; type to change")
                if password_known
                else self.tr("kept in the system keyring")
            )
        self.account_note.show()

    def _typed_account(self) -> SoftphoneSettings:
        return SoftphoneSettings(
            registrar=self.registrar.text(),
            port=self.port.value(),
            user=self.user.text(),
            auth_user=self.auth_user.text(),
            display_name=self.display_name.text(),
            transport=str(self.transport.currentData()),
        )

    def load(self, settings: SoftphoneSettings, password_stored: bool) -> None:
        self.registrar.setText(settings.registrar)
        self.port.setValue(settings.port)
        self.user.setText(settings.user)
        self.auth_user.setText(settings.auth_user)
        self.display_name.setText(settings.display_name)
        self.transport.setCurrentIndex(max(0, self.transport.findData(settings.transport)))
        self._password_stored = password_stored
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("stored in the system keyring; type to change")
            if password_stored
            else self.tr("kept in the system keyring")
        )
        self.outside_prefix.setText(settings.outside_prefix)
        self.number_format.setCurrentIndex(
            max(0, self.number_format.findData(settings.number_format))
        )
        self.pause_code.setText(settings.pause_code)
        self.unpause_code.setText(settings.unpause_code)
        own = settings.wrap_up_seconds
        mode = "company" if own == COMPANY_WRAP_UP else "none" if own == 0 else "own"
        self.wrap_up_mode.setCurrentIndex(max(0, self.wrap_up_mode.findData(mode)))
        if mode == "own":
            self.wrap_up.setValue(own)
        self._devices_cache = self._devices()
        self._fill_devices(self.microphone, True, settings.microphone)
        self._fill_devices(self.speaker, False, settings.speaker)
        self._fill_devices(self.ringer, False, settings.ringer)

    def chosen(self) -> SoftphoneSettings:
        """What the page shows (not yet validated: store_softphone_settings does it); with
        an employee's account shown, the workstation's own account as it was."""
        account = self._workstation_account if self._employee_mode else self._typed_account()
        return SoftphoneSettings(
            registrar=account.registrar,
            port=account.port,
            user=account.user,
            auth_user=account.auth_user,
            display_name=account.display_name,
            transport=account.transport,
            outside_prefix=self.outside_prefix.text(),
            number_format=str(self.number_format.currentData()),
            pause_code=self.pause_code.text(),
            unpause_code=self.unpause_code.text(),
            wrap_up_seconds=self._wrap_up_seconds(),
            microphone=str(self.microphone.currentData() or ""),
            speaker=str(self.speaker.currentData() or ""),
            ringer=str(self.ringer.currentData() or ""),
        )

    def _wrap_up_seconds(self) -> int:
        mode = self.wrap_up_mode.currentData()
        if mode == "company":
            return COMPANY_WRAP_UP
        return self.wrap_up.value() if mode == "own" else 0

    def new_password(self) -> str | None:
        """The typed password of the workstation's account; None: keep the stored one."""
        if self._employee_mode:
            return None
        return self.password.text() or None

    def employee_password(self) -> str | None:
        """The typed password of the employee's account; None: keep the known one."""
        if not self._employee_mode or self._employee is None:
            return None
        return self.password.text() or None

    def set_probe(self, probe: Probe) -> None:
        self._probe = probe
        self.test_button.show()

    def test_registration(self) -> None:
        """One REGISTER with the values on the page, before they are saved."""
        if self._probe is None:
            return
        chosen = self.chosen()
        if self._employee_mode:
            if self._employee is None:
                self._show_test(False, self.tr("You have no SIP account."))
                return
            chosen = self._employee.as_settings(chosen)
        if not chosen.registrar.strip() or not chosen.user.strip():
            self._show_test(False, self.tr("Fill in the PBX address and the extension first."))
            return
        self.test_button.setEnabled(False)
        set_role(self.test_result, None)
        self.test_result.setText(self.tr("Registering…"))
        typed = self.employee_password() if self._employee_mode else self.new_password()
        self._probe(chosen, typed, self._show_test)

    def _show_test(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        set_role(self.test_result, "success" if ok else "error")
        self.test_result.setText(text)
