"""libVLC playing one recording at a time for the player, polled from the GUI thread.

libVLC objects live on the GUI thread only; the position is polled with a QTimer (no libVLC
callbacks, which arrive on libVLC's threads — only its log, which sets a flag the poll reads).
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Sequence
from typing import Any

import vlc
from PySide6.QtCore import QObject, QTimer, Signal

from app.messages import verbatim
from app.recordings import RecordingError

POLL_MS = 100
DEFAULT_VLC_ARGS = ("--quiet", "--no-video", "--no-xlib")
# libVLC's words (format strings, error level) when no audio output could be opened; it then
# "plays" in silence: the clock runs, nothing is heard.
NO_AUDIO_MESSAGES = (
    b"failed to create audio output",
    b"Audio output failed",
    b"no suitable audio output",
)
_ALSA_HANDLER: list[Any] = []  # the no-op error handler, kept alive while alsa-lib holds it


def quiet_alsa() -> None:
    """alsa-lib prints its errors (no card, unknown PCM) straight to stderr, past libVLC's
    log, dozens per second while a recording plays without a sound card: a no-op handler
    (process-wide, installed once) keeps them out. Nothing to do where there is no ALSA."""
    if _ALSA_HANDLER or not sys.platform.startswith("linux"):
        return
    try:
        alsa = ctypes.CDLL("libasound.so.2")
    except OSError:
        return
    handler_type = ctypes.CFUNCTYPE(
        None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
    )
    _ALSA_HANDLER.append(handler_type(lambda *_args: None))
    alsa.snd_lib_error_set_handler(_ALSA_HANDLER[0])


class VlcLog:
    """libVLC's messages come here instead of stderr; an audio output failure is noted.

    Called on libVLC's threads: it only sets an Event, which the GUI thread's poll reads."""

    def __init__(self) -> None:
        self.no_audio = threading.Event()
        self.callback = vlc.CallbackDecorators.LogCb(self._message)

    def _message(
        self, _data: Any, level: int, _context: Any, fmt: bytes | None, _args: Any
    ) -> None:
        if level >= vlc.LogLevel.ERROR.value and fmt and any(m in fmt for m in NO_AUDIO_MESSAGES):
            self.no_audio.set()


class PlaybackEngine(QObject):
    """A libVLC media player for one part at a time, polled from the GUI thread."""

    position_changed = Signal(int, int)  # elapsed ms, total ms
    ended = Signal()
    broken = Signal()  # libVLC could not decode what it was given
    no_audio_device = Signal()  # it plays, but no audio output could be opened: silence
    playing_changed = Signal(bool)

    def __init__(self, vlc_args: Sequence[str] = DEFAULT_VLC_ARGS, parent: QObject | None = None):
        super().__init__(parent)
        self._args = list(vlc_args)
        self._instance: Any = None
        self._player: Any = None
        self._rate = 1.0
        self._started = False
        self._saw_length = False
        self._was_playing = False
        self._pending_seek: int | None = None
        self._log = VlcLog()
        self._told_no_audio = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def _ensure(self) -> Any:
        if self._player is None:
            # Created on first use: most panels are looked at, not played.
            quiet_alsa()
            self._instance = vlc.Instance(self._args)
            if self._instance is None:
                raise RecordingError(
                    verbatim(self.tr("The audio player (libVLC) could not be started."))
                )
            self._instance.log_set(self._log.callback, None)
            self._player = self._instance.media_player_new()
        return self._player

    def open(self, media: str, is_url: bool, start_ms: int = 0) -> None:
        """Open a part and play it, from ``start_ms`` into it."""
        player = self._ensure()
        player.stop()
        medium = self._instance.media_new(media) if is_url else self._instance.media_new_path(media)
        player.set_media(medium)
        medium.release()
        self._log.no_audio.clear()  # asked again for each part: a headset may be plugged in
        self._told_no_audio = False
        self._started = True
        self._saw_length = False
        self._pending_seek = start_ms if start_ms > 0 else None
        player.play()
        player.set_rate(self._rate)
        self.timer.start()

    def play(self) -> None:
        if self._player is not None and self._started:
            state = self._player.get_state()
            if state in (vlc.State.Ended, vlc.State.Stopped):
                self._player.stop()
            self._player.play()
            self._player.set_rate(self._rate)
            self.timer.start()

    def pause(self) -> None:
        if self._player is not None and self._player.is_playing():
            self._player.set_pause(1)

    def stop(self) -> None:
        self.timer.stop()
        self._started = False
        if self._player is not None:
            self._player.stop()
        self._set_playing(False)

    @property
    def loaded(self) -> bool:
        """A part is open (playing, paused or at its end)."""
        return self._started

    @property
    def is_playing(self) -> bool:
        return bool(self._player is not None and self._player.is_playing())

    def position_ms(self) -> int:
        if self._pending_seek is not None:
            return self._pending_seek
        return max(0, int(self._player.get_time())) if self._player is not None else 0

    def length_ms(self) -> int:
        return max(0, int(self._player.get_length())) if self._player is not None else 0

    def seek(self, ms: int) -> None:
        if self._player is None or not self._started:
            return
        length = self.length_ms()
        target = max(0, min(ms, length - 200 if length > 200 else ms))
        if self._player.get_state() in (vlc.State.Ended, vlc.State.Stopped):
            self._pending_seek = target  # applied once playback runs again
            self.play()
            return
        self._player.set_time(int(target))

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        if self._player is not None:
            self._player.set_rate(rate)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._was_playing:
            self._was_playing = playing
            self.playing_changed.emit(playing)

    def _poll(self) -> None:
        player = self._player
        if player is None:
            return
        state = player.get_state()
        length = self.length_ms()
        if length > 0:
            self._saw_length = True
        if self._pending_seek is not None and state == vlc.State.Playing:
            # Asked for before the real length was known (the database's guess may be
            # longer): stay inside the part rather than run past its end.
            target = min(self._pending_seek, length - 200) if length > 200 else self._pending_seek
            player.set_time(max(0, target))
            self._pending_seek = None
        self._set_playing(state == vlc.State.Playing)
        if self._log.no_audio.is_set() and not self._told_no_audio:
            self._told_no_audio = True
            self.no_audio_device.emit()
        if state == vlc.State.Error:
            self.stop()
            self.broken.emit()
            return
        if state == vlc.State.Ended:
            self.timer.stop()
            self._set_playing(False)
            if not self._saw_length:
                self.broken.emit()
            else:
                self.position_changed.emit(length, length)
                self.ended.emit()
            return
        self.position_changed.emit(self.position_ms(), length)

    def release(self) -> None:
        self.stop()
        if self._player is not None:
            self._player.release()
            self._player = None
        if self._instance is not None:
            self._instance.log_unset()
            self._instance.release()
            self._instance = None
