"""Softphone settings: the Settings dialog's Softphone tab stores them per workstation, the
SIP password only in the keyring; validation comes back as a readable message."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from app.config import WorkstationSettings, load_settings, save_settings, settings_path
from app.softphone_settings import (
    SoftphoneSettings,
    SoftphoneSettingsError,
    load_softphone_settings,
    sip_password,
    store_softphone_settings,
)
from softphone.audio import MemoryAudioDevice
from tests.conftest import MemoryKeyring
from ui.settings_dialog import SettingsDialog


def test_settings_round_trip_and_password_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    ws = WorkstationSettings()
    chosen = SoftphoneSettings(registrar=" pbx.local ", user="301", pause_code="*46")
    stored = store_softphone_settings(ws, chosen, "s3cret")
    assert stored.registrar == "pbx.local"
    assert load_softphone_settings(ws) == stored
    assert sip_password(stored) == "s3cret"
    assert "s3cret" not in json.dumps(ws.extra)
    # The account moves to another PBX: the password moves with it.
    moved = store_softphone_settings(ws, SoftphoneSettings(registrar="pbx2", user="301"))
    assert sip_password(moved) == "s3cret"
    assert list(memory_keyring.secrets) == [("CallDesk", moved.secret_key())]


@pytest.mark.parametrize(
    "bad",
    [
        SoftphoneSettings(registrar="pbx"),
        SoftphoneSettings(registrar="pbx", user="301", port=0),
        SoftphoneSettings(registrar="pbx", user="301", pause_code="*4a"),
        SoftphoneSettings(registrar="pbx", user="301", outside_prefix="99999"),
        SoftphoneSettings(registrar="pbx", user="301", transport="tls"),
        SoftphoneSettings(registrar="pbx", user="301", wrap_up_seconds=-2),
    ],
)
def test_invalid_settings_are_refused(bad: SoftphoneSettings) -> None:
    with pytest.raises(SoftphoneSettingsError):
        bad.validated()


def test_settings_dialog_softphone_tab_saves_and_loads(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    save_settings(WorkstationSettings(database_url="sqlite:////tmp/x.db"))
    dialog = SettingsDialog(audio_device=MemoryAudioDevice(("Headset", "Speakers")))
    qtbot.addWidget(dialog)
    page = dialog.softphone
    assert page.microphone.itemData(0) == ""  # (system default)
    assert page.microphone.count() == 3
    page.registrar.setText("pbx.example.com")
    page.user.setText("301")
    page.password.setText("s3cret")
    page.pause_code.setText("*46")
    page.unpause_code.setText("*47")
    assert page.wrap_up_mode.currentData() == "company"  # a new workstation: as the company
    assert not page.wrap_up.isEnabled()
    page.wrap_up_mode.setCurrentIndex(page.wrap_up_mode.findData("own"))
    assert page.wrap_up.isEnabled()
    page.wrap_up.setValue(15)
    page.outside_prefix.setText("9")
    page.ringer.setCurrentIndex(page.ringer.count() - 1)
    ringer = page.ringer.currentData()
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    text = settings_path().read_text(encoding="utf-8")
    assert "s3cret" not in text
    loaded = load_softphone_settings(load_settings())
    assert (loaded.registrar, loaded.user, loaded.pause_code, loaded.wrap_up_seconds) == (
        "pbx.example.com",
        "301",
        "*46",
        15,
    )
    assert loaded.ringer == ringer
    assert load_settings().database_url == "sqlite:////tmp/x.db"
    assert memory_keyring.secrets[("CallDesk", loaded.secret_key())] == "s3cret"

    again = SettingsDialog(audio_device=MemoryAudioDevice(("Headset", "Speakers")))
    qtbot.addWidget(again)
    assert again.softphone.registrar.text() == "pbx.example.com"
    assert again.softphone.password.text() == ""  # never shown, only replaced
    assert "keyring" in again.softphone.password.placeholderText()
    assert again.softphone.ringer.currentData() == ringer


def test_invalid_softphone_settings_keep_the_dialog_open(qtbot: QtBot) -> None:
    dialog = SettingsDialog(audio_device=MemoryAudioDevice())
    qtbot.addWidget(dialog)
    dialog.softphone.registrar.setText("pbx")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog)
    assert "extension" in dialog.error.text()
    assert not settings_path().exists()
