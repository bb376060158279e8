"""The recording player: all recorded parts of a call on one timeline.

The slider and the clock run over the whole call; libVLC (ui.playback_engine) plays one part
at a time underneath. Whether a recording can be fetched is checked in the background first,
so a slow share or server never freezes the window; downloads (the parts, or one joined
file) run in the background too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.journal.details import PartDetails
from app.recordings import (
    DownloadCancelled,
    RecordingArchive,
    RecordingError,
    RecordingLocation,
    download_names,
)
from app.recordings_join import JoinNeedsSameFormat, fetch_and_join
from app.recordings_timeline import Timeline
from app.staff.auth import CurrentUser
from app.staff.permissions import PermissionDenied, permissions, require_recording
from models import RecordingAction
from ui import icons
from ui.background import BackgroundTask, start
from ui.call_vocabulary import duration, short_name
from ui.messages import user_text
from ui.playback_engine import DEFAULT_VLC_ARGS, PlaybackEngine
from ui.player_timeline import PartStrip, StripPart, TimelineSlider
from ui.style import is_dark, set_role

__all__ = ["DEFAULT_VLC_ARGS", "PlaybackEngine", "RecordingPlayer"]

log = logging.getLogger(__name__)

# (call id, recording reference, to download?) -> None, or raises PermissionDenied.
RecordingGate = Callable[[int, str | None, bool], None]


def recording_gate(db: Database, user: CurrentUser) -> RecordingGate:
    """The app's check of one recording for ``user``, run on a background thread."""

    def gate(call_id: int, ref: str | None, download: bool) -> None:
        with db.transaction() as session:
            require_recording(session, user, call_id, ref, download=download)

    return gate


def give_access(player: RecordingPlayer, db: Database, user: CurrentUser) -> None:
    """The user's rights on ``player`` (read now) and the app's check of each recording."""
    with db.transaction() as session:
        allowed = permissions(session, user)
    player.set_access(recording_gate(db, user), listen=allowed.listen, download=allowed.download)


SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SKIP_MS = 10_000
# The current part's row: a pale amber under dark text, a deep amber under light text.
CURRENT_PART_COLOR = QColor("#ffe9a8")
CURRENT_PART_COLOR_DARK = QColor("#5a4f2c")


def clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    minutes, sec = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{sec:02d}" if hours else f"{minutes}:{sec:02d}"


def speed_text(value: float) -> str:
    """ "1×", "1,5×" in Russian: the locale's decimal comma and the multiplication sign."""
    return QLocale().toString(value, "g", 3) + "\u00d7"


class RecordingPlayer(QWidget):
    """Buttons, the call's timeline, speed, download and the list of the call's parts.

    The slider, the clock and ±10 s run over the whole call: the recorded parts laid end to
    end (``self.timeline``); the engine plays one part at a time underneath."""

    part_changed = Signal(int)  # index into the recorded parts, -1: none
    speed_changed = Signal(float)
    message_changed = Signal(str)
    # A part started playing (once per part while the call is shown) or was saved to a
    # file: (PartDetails, RecordingAction) for the recording access log.
    recording_accessed = Signal(object, object)

    def __init__(
        self,
        vlc_args: Sequence[str] = DEFAULT_VLC_ARGS,
        parent: QWidget | None = None,
        ask_folder: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = PlaybackEngine(vlc_args, self)
        self.archive = RecordingArchive("")
        self.call_id: int | None = None
        self.parts: tuple[PartDetails, ...] = ()
        self.recorded: list[PartDetails] = []
        self.timeline = Timeline([])
        self.current = -1
        self._token = 0
        self._dragging = False
        self._opening_at = 0  # where in the part being opened playback is to start
        self._call_serial = 0  # a new call makes the lengths still being read stale
        self._lengths_asked = False
        self._download_cancel: threading.Event | None = None
        self._listened: set[int] = set()  # parts of this call whose playing was logged
        self._saved_parts: list[PartDetails] = []  # of the running download, as saved
        self.downloaded_files: list[Path] = []
        self._ask_folder = ask_folder or self._choose_folder
        # Who may play and save: the app checks each recording again (RecordingGate).
        self._gate: RecordingGate | None = None
        self.may_listen = True
        self.may_download = True
        self._build()
        self.engine.position_changed.connect(self._show_position)
        self.engine.ended.connect(self._part_ended)
        self.engine.broken.connect(self._part_broken)
        self.engine.no_audio_device.connect(self._no_audio_device)
        self.engine.playing_changed.connect(self._show_playing)
        self._update_buttons()

    # -- building -------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot: Callable[[], Any], name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:  # noqa: PLR0915  the player's widgets, built in reading order
        self.previous_button = self._button(
            "", self.tr("Previous part"), self.previous_part, "previous"
        )
        self.back_button = self._button("10", self.tr("Back 10 s"), self.back, "back")
        self.play_button = self._button("", self.tr("Play / pause (Space)"), self.toggle, "play")
        self.play_button.setProperty("playing", False)
        self.play_button.setMinimumWidth(34)
        self.forward_button = self._button("10", self.tr("Forward 10 s"), self.forward, "forward")
        self.next_button = self._button("", self.tr("Next part"), self.next_part, "next")
        self._paint_icons()
        self.speed = QComboBox()
        self.speed.setObjectName("speed")
        self.speed.setToolTip(self.tr("Playback speed"))
        for value in SPEEDS:
            self.speed.addItem(speed_text(value), value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.activated.connect(lambda _i: self._speed_chosen())
        self.download_button = QToolButton()
        self.download_button.setObjectName("download")
        self.download_button.setIcon(icons.icon("download"))
        self.download_button.setToolTip(self.tr("Download recordings"))
        self.download_button.setAccessibleName(self.download_button.toolTip())
        self.download_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.download_button)
        self.download_current_action = menu.addAction(self.tr("Download this part…"))
        self.download_current_action.triggered.connect(self.download_current)
        self.download_all_action = menu.addAction(self.tr("Download all parts…"))
        self.download_all_action.triggered.connect(self.download_all)
        self.download_joined_action = menu.addAction(self.tr("Download as one file…"))
        self.download_joined_action.setToolTip(
            self.tr("All parts of the call joined into one WAV file")
        )
        self.download_joined_action.triggered.connect(self.download_joined)
        self.download_button.setMenu(menu)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for widget in (
            self.previous_button,
            self.back_button,
            self.play_button,
            self.forward_button,
            self.next_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.speed)
        buttons.addWidget(self.download_button)

        self.slider = TimelineSlider()
        self.slider.setObjectName("position")
        self.slider.setToolTip(self.tr("The whole call; a tick marks each transfer"))
        self.slider.setRange(0, 0)
        self.slider.sliderPressed.connect(self._drag_started)
        self.slider.sliderMoved.connect(self._dragged)
        self.slider.sliderReleased.connect(self._drag_finished)
        # Arrow keys, Page Up/Down, Home/End and clicks beside the knob move on the call too.
        self.slider.setSingleStep(SKIP_MS // 2)
        self.slider.setPageStep(SKIP_MS)
        self.slider.actionTriggered.connect(self._slider_stepped)
        self.strip = PartStrip(self.slider)
        self.strip.setObjectName("part_strip")
        self.strip.part_clicked.connect(lambda index: self.play_part(index))
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setObjectName("time")
        position = QGridLayout()
        position.setVerticalSpacing(0)
        position.addWidget(self.slider, 0, 0)
        position.addWidget(self.time_label, 0, 1)
        position.addWidget(self.strip, 1, 0)
        position.setColumnStretch(0, 1)

        self.message = QLabel()
        self.message.setObjectName("player_message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("download_progress")
        self.progress.setTextVisible(True)
        self.cancel_download_button = QPushButton(self.tr("Cancel"))
        self.cancel_download_button.clicked.connect(self.cancel_download)
        downloading = QHBoxLayout()
        downloading.addWidget(self.progress, 1)
        downloading.addWidget(self.cancel_download_button)
        self.download_row = QWidget()
        self.download_row.setLayout(downloading)
        downloading.setContentsMargins(0, 0, 0, 0)
        self.download_row.hide()

        self.part_list = QTreeWidget()
        self.part_list.setObjectName("parts")
        self.part_list.setRootIsDecorated(False)
        self.part_list.setUniformRowHeights(True)
        self.part_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.part_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.part_list.setHeaderLabels(
            ["#", self.tr("Employee"), self.tr("Started"), self.tr("Talk"), "♪"]
        )
        self.part_list.itemDoubleClicked.connect(self._part_clicked)
        header = self.part_list.header()
        header.setStretchLastSection(False)
        for column, width in ((0, 26), (1, 130), (2, 70), (3, 48), (4, 24)):
            # As wide as the data, and never narrower than the header's word ("Разговор").
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        self.part_list.setMaximumHeight(120)

        self.controls = QWidget()
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(3)
        controls.addLayout(buttons)
        controls.addLayout(position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.controls)
        layout.addWidget(self.message)
        layout.addWidget(self.download_row)
        layout.addWidget(self.part_list)
        layout.addStretch(1)  # a taller panel leaves the room below, not between the rows

        self.play_action = QAction(self.tr("Play / pause"), self)
        self.play_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.play_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.play_action.triggered.connect(self.toggle)

    # -- the sequence ---------------------------------------------------------------------

    def set_call(self, call_id: int | None, parts: Sequence[PartDetails]) -> None:
        """Show a call's parts; playback of the previous call stops."""
        self.stop()
        self.call_id = call_id
        self.parts = tuple(parts)
        self.recorded = [p for p in self.parts if p.has_recording]
        self.timeline = Timeline.of_parts(self.recorded)
        self._call_serial += 1
        self._lengths_asked = False
        self._listened = set()
        self.current = 0 if self.recorded else -1
        self._show_message("")
        self.part_list.clear()
        for part in self.parts:
            item = QTreeWidgetItem(
                [
                    str(part.seq),
                    short_name(part.employee_name) or part.extension,
                    part.started_at.strftime("%H:%M:%S"),
                    duration(part.talk_seconds) or "—",
                    "●" if part.has_recording else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, part.id)
            item.setToolTip(
                1, f"{part.employee_name or ''} {part.extension}".strip() or self.tr("Nobody")
            )
            if not part.has_recording:
                item.setToolTip(4, self.tr("No recording: not on the timeline"))
            self.part_list.addTopLevelItem(item)
        self._show_timeline()
        self._show_moment(0)
        self._highlight()
        self._update_buttons()

    def set_archive(self, archive: RecordingArchive) -> None:
        self.archive = archive

    def set_access(
        self, gate: RecordingGate | None, *, listen: bool = True, download: bool = True
    ) -> None:
        """The user's rights to play and to save recordings; ``gate`` asks the app, off the
        GUI thread, before each recording is opened or saved."""
        self._gate = gate
        self.may_listen = listen
        self.may_download = download
        self._update_buttons()

    def _guard(self, parts: Sequence[PartDetails], download: bool) -> Callable[[], None]:
        """The app's check of ``parts`` for the call shown now, to run in the background."""
        gate, call_id = self._gate, self.call_id
        refs = [p.recording_ref for p in parts]

        def check() -> None:
            if gate is not None and call_id is not None:
                for ref in refs:
                    gate(call_id, ref, download)

        return check

    def current_part(self) -> PartDetails | None:
        return self.recorded[self.current] if 0 <= self.current < len(self.recorded) else None

    def play_part(self, index: int, start_ms: int = 0) -> None:
        """Check the part's recording in the background, then play it from ``start_ms``."""
        if not 0 <= index < len(self.recorded) or not self.may_listen:
            return
        if self.engine.loaded and self.timeline.correct(self.current, self.engine.length_ms()):
            self._show_timeline()  # learnt before the poll told it
        self.engine.stop()
        if not self._lengths_asked:
            self._read_lengths()
        self.current = index
        self._opening_at = start_ms
        self._token += 1
        token = self._token
        self._highlight()
        self._update_buttons()
        if not self._dragging:
            self.slider.setValue(self.timeline.moment(index, start_ms))
        part = self.recorded[index]
        try:
            location = self.archive.locate(part.recording_ref)
        except RecordingError as e:
            self._show_message(self._part_text(user_text(e)))
            return
        self._show_message("")
        self.time_label.setText(self.tr("Loading…"))
        archive, allowed = self.archive, self._guard([part], download=False)

        def check() -> int:
            allowed()
            return archive.check(location)

        task = BackgroundTask(check)
        task.signals.succeeded.connect(lambda _size: self._checked(token, location, start_ms))
        task.signals.failed.connect(lambda error: self._check_failed(token, error))
        start(task)

    def _read_lengths(self) -> None:
        """The real lengths of all parts, read from the WAV headers in the background once
        the call is played, so the line is right before libVLC has opened each part."""
        self._lengths_asked = True
        serial = self._call_serial
        archive = self.archive
        refs = [p.recording_ref for p in self.recorded]

        def read() -> list[int | None]:
            lengths: list[int | None] = []
            for ref in refs:
                try:
                    lengths.append(archive.wav_length_ms(archive.locate(ref)))
                except RecordingError:
                    lengths.append(None)  # playing the part will say what is wrong
            return lengths

        task = BackgroundTask(read)
        task.signals.succeeded.connect(lambda lengths: self._lengths_read(serial, lengths))
        task.signals.failed.connect(lambda error: log.warning("reading lengths: %r", error))
        start(task)

    def _lengths_read(self, serial: int, lengths: list[int | None]) -> None:
        if serial != self._call_serial:
            return
        changed = False
        for index, length in enumerate(lengths):
            if length and not self.timeline.is_known(index):
                changed = self.timeline.correct(index, length) or changed
        if changed:
            self._show_timeline()
            self._show_moment(self.call_position_ms())

    def _checked(self, token: int, location: RecordingLocation, start_ms: int) -> None:
        if token != self._token:
            return  # another part or call was chosen meanwhile
        try:
            self.engine.open(location.media, is_url=location.url is not None, start_ms=start_ms)
        except RecordingError as e:
            self._show_message(user_text(e))
            return
        part = self.current_part()
        if part is not None and part.id not in self._listened:
            self._listened.add(part.id)
            self.recording_accessed.emit(part, RecordingAction.LISTEN)

    def _check_failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.time_label.setText("0:00 / 0:00")
        if isinstance(error, RecordingError | PermissionDenied):
            self._show_message(self._part_text(user_text(error)))
        else:
            log.warning("checking a recording failed: %r", error)
            self._show_message(
                self.tr("The recording cannot be opened: {error}").format(error=user_text(error))
            )

    def _part_text(self, text: str) -> str:
        if len(self.recorded) < 2:
            return text
        return self.tr("Part {n}: {text}").format(n=self.current + 1, text=text)

    def toggle(self) -> None:
        if self.engine.is_playing:
            self.engine.pause()
        elif self.engine.loaded:
            self.engine.play()
        elif self.recorded:
            self.play_part(max(0, self.current))

    def play(self) -> None:
        if not self.engine.is_playing:
            self.toggle()

    def pause(self) -> None:
        self.engine.pause()

    def stop(self) -> None:
        self._token += 1
        self.engine.stop()

    def back(self) -> None:
        self.seek_call(self.call_position_ms() - SKIP_MS)

    def forward(self) -> None:
        self.seek_call(self.call_position_ms() + SKIP_MS)

    def seek(self, ms: int) -> None:
        """Go to ``ms`` into the current part."""
        self.engine.seek(ms)

    def call_position_ms(self) -> int:
        """Where playback is on the whole call's clock."""
        if self.current < 0:
            return 0
        inside = self.engine.position_ms() if self.engine.loaded else self._opening_at
        return self.timeline.moment(self.current, inside)

    def seek_call(self, ms: int) -> None:
        """Go to moment ``ms`` of the whole call: the part it falls in, at the right offset."""
        place = self.timeline.locate(ms)
        if place.index < 0:
            return
        if place.index == self.current and self.engine.loaded:
            self.engine.seek(place.ms)
        else:
            self.play_part(place.index, place.ms)

    def next_part(self) -> None:
        if self.current + 1 < len(self.recorded):
            self.play_part(self.current + 1)

    def previous_part(self) -> None:
        if self.current > 0:
            self.play_part(self.current - 1)

    def speed_value(self) -> float:
        value = self.speed.currentData()
        return float(value) if value is not None else 1.0

    def set_speed(self, value: float, announce: bool = False) -> None:
        nearest = min(SPEEDS, key=lambda s: abs(s - value))
        self.speed.setCurrentIndex(SPEEDS.index(nearest))
        self.engine.set_rate(nearest)
        if announce:
            self.speed_changed.emit(nearest)

    def _speed_chosen(self) -> None:
        self.set_speed(self.speed_value(), announce=True)

    def _part_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        part_id = item.data(0, Qt.ItemDataRole.UserRole)
        for index, part in enumerate(self.recorded):
            if part.id == part_id:
                self.play_part(index)
                return

    def _part_ended(self) -> None:
        if self.current + 1 < len(self.recorded):
            self.play_part(self.current + 1)
        else:
            self._show_playing(False)

    def _part_broken(self) -> None:
        part = self.current_part()
        name = Path(part.recording_ref or "").name if part else ""
        self._show_message(
            self._part_text(
                self.tr(
                    "The recording {name} cannot be played: it is damaged or in an unknown format."
                ).format(name=name)
            )
        )
        self.time_label.setText("0:00 / 0:00")

    def _no_audio_device(self) -> None:
        self._show_message(
            self.tr(
                "No audio device: the recording plays without sound. Connect speakers or a "
                "headset and check the system's sound settings, or download the recording."
            )
        )

    # -- view -----------------------------------------------------------------------------

    def _highlight(self) -> None:
        current = self.current_part()
        bold = QFont(self.part_list.font())
        bold.setBold(True)
        colour = CURRENT_PART_COLOR_DARK if is_dark(self.palette()) else CURRENT_PART_COLOR
        for item in self._items():
            on = current is not None and item.data(0, Qt.ItemDataRole.UserRole) == current.id
            for column in range(item.columnCount()):
                item.setFont(column, bold if on else self.part_list.font())
                item.setBackground(column, colour if on else Qt.GlobalColor.transparent)
            if on:
                self.part_list.scrollToItem(item)
        self.strip.set_current(self.current)
        self.part_changed.emit(self.current)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.part_list.topLevelItem(i) for i in range(self.part_list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def highlighted_part_id(self) -> int | None:
        """The part shown as current in the list (for tests and screen readers)."""
        for item in self._items():
            if item.font(0).bold():
                return int(item.data(0, Qt.ItemDataRole.UserRole))
        return None

    def _show_timeline(self) -> None:
        """The slider's range, its ticks and the strip's names, after any length changed."""
        starts = self.timeline.starts()
        total = self.timeline.total_ms
        self.slider.blockSignals(True)
        self.slider.setRange(0, total)
        self.slider.blockSignals(False)
        self.slider.set_marks(starts[1:])
        strip = []
        for index, (part, begin) in enumerate(zip(self.recorded, starts, strict=True)):
            name = short_name(part.employee_name) or part.extension
            tip = self.tr("Part {n}: {name}, from {start}").format(
                n=index + 1,
                name=f"{part.employee_name or ''} {part.extension}".strip(),
                start=clock(begin),
            )
            strip.append(StripPart(begin, begin + self.timeline.lengths[index], name, tip))
        self.strip.set_parts(strip, self.current)

    def _show_moment(self, moment: int) -> None:
        total = self.timeline.total_ms
        if not self._dragging:
            self.slider.blockSignals(True)
            self.slider.setValue(min(moment, total))
            self.slider.blockSignals(False)
        self.time_label.setText(f"{clock(moment)} / {clock(total)}")

    def _show_position(self, elapsed: int, length: int) -> None:
        # libVLC knows the part's real length once it is open: it replaces the guess.
        if self.timeline.correct(self.current, length):
            self._show_timeline()
        if not self._dragging:
            self._show_moment(self.timeline.moment(self.current, elapsed))

    def _drag_started(self) -> None:
        self._dragging = True

    def _dragged(self, value: int) -> None:
        self.time_label.setText(f"{clock(value)} / {clock(self.timeline.total_ms)}")
        self.strip.set_current(self.timeline.locate(value).index)

    def _slider_stepped(self, action: int) -> None:
        if action != QSlider.SliderAction.SliderMove.value and not self._dragging:
            # Emitted before the value is set: sliderPosition() is where it is going.
            self.seek_call(self.slider.sliderPosition())

    def _drag_finished(self) -> None:
        self._dragging = False
        self.seek_call(self.slider.value())

    def _paint_icons(self) -> None:
        """CallDesk's icons (they take the palette's colour when painted, dark or light)."""
        self._play_icon = icons.icon("play")
        self._pause_icon = icons.icon("pause")
        self.previous_button.setIcon(icons.icon("previous"))
        self.next_button.setIcon(icons.icon("next"))
        self.back_button.setIcon(icons.icon("back-10"))
        self.forward_button.setIcon(icons.icon("forward-10"))
        for button in (self.back_button, self.forward_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._show_playing(bool(self.play_button.property("playing")))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._highlight()

    def _show_playing(self, playing: bool) -> None:
        self.play_button.setIcon(self._pause_icon if playing else self._play_icon)
        self.play_button.setProperty("playing", playing)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message_changed.emit(text)

    def _update_buttons(self) -> None:
        recorded = bool(self.recorded)
        has = recorded and self.may_listen
        for widget in (self.play_button, self.back_button, self.forward_button, self.speed):
            widget.setEnabled(has)
        self.play_button.setToolTip(
            self.tr("Play / pause (Space)")
            if self.may_listen
            else self.tr("Listening to recordings needs the permission (Administration).")
        )
        self.download_button.setEnabled(recorded and self.may_download)
        self.download_button.setToolTip(
            self.tr("Download recordings")
            if self.may_download
            else self.tr("Downloading recordings needs the permission (Administration).")
        )
        self.download_joined_action.setEnabled(len(self.recorded) > 1)
        self.previous_button.setEnabled(has and self.current > 0)
        self.next_button.setEnabled(has and self.current + 1 < len(self.recorded))
        self.slider.setEnabled(has)
        self.controls.setVisible(has)

    # -- downloads ------------------------------------------------------------------------

    def _choose_folder(self, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("Save recordings to"))

    def download_current(self) -> None:
        part = self.current_part()
        if part is not None:
            self._download([part])

    def download_all(self) -> None:
        self._download(list(self.recorded))

    def download_joined(self) -> None:
        """All recorded parts joined into one WAV file (``call-<id>.wav``), in the background."""
        parts = list(self.recorded)
        if not parts or self._download_cancel is not None:
            return
        folder = self._ask_folder(self)
        if not folder:
            return
        try:
            locations = [self.archive.locate(p.recording_ref) for p in parts]
        except RecordingError as e:
            self._show_message(user_text(e))
            return
        stem = f"call-{self.call_id}" if self.call_id is not None else Path(locations[0].ref).stem
        target = Path(folder) / f"{stem}.wav"
        overwrite = False
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Download as one file"),
                self.tr("{name} already exists in {folder}.\n\nReplace it?").format(
                    name=target.name, folder=folder
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        cancel = threading.Event()
        archive, allowed = self.archive, self._guard(parts, download=True)
        saved_parts: list[PartDetails] = []
        self._saved_parts = saved_parts

        def work(progress: Callable[[str, int, int], None]) -> list[Path]:
            allowed()
            fetch_and_join(
                archive,
                locations,
                target,
                overwrite=overwrite,
                progress=progress,
                cancelled=cancel.is_set,
            )
            saved_parts.extend(parts)
            return [target]

        self._run_download(work, cancel)

    def _download(self, parts: list[PartDetails]) -> None:
        if not parts or self._download_cancel is not None:
            return
        folder = self._ask_folder(self)
        if not folder:
            return
        try:
            names = download_names([(p.seq, p.recording_ref or "") for p in parts])
            jobs = [
                (self.archive.locate(p.recording_ref), Path(folder) / names[p.seq], p)
                for p in parts
            ]
        except RecordingError as e:
            self._show_message(user_text(e))
            return
        existing = [target for _loc, target, _part in jobs if target.exists()]
        overwrite = False
        if existing:
            answer = QMessageBox.question(
                self,
                self.tr("Download recordings"),
                self.tr(
                    "{count} file(s) already exist in {folder}:\n{names}\n\nReplace them?"
                ).format(
                    count=len(existing),
                    folder=folder,
                    names="\n".join(t.name for t in existing[:5]),
                ),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            overwrite = answer == QMessageBox.StandardButton.Yes
            if not overwrite:
                jobs = [job for job in jobs if not job[1].exists()]
                if not jobs:
                    return
        cancel = threading.Event()
        archive, allowed = self.archive, self._guard(parts, download=True)
        saved_parts: list[PartDetails] = []
        self._saved_parts = saved_parts

        def work(progress: Callable[[str, int, int], None]) -> list[Path]:
            allowed()
            saved = []
            for n, (location, target, part) in enumerate(jobs, 1):
                stage = f"{n}/{len(jobs)} {target.name}"

                def report(done: int, total: int, stage: str = stage) -> None:
                    progress(stage, done, total)

                archive.download(
                    location, target, overwrite=overwrite, progress=report, cancelled=cancel.is_set
                )
                saved.append(target)
                saved_parts.append(part)
            return saved

        self._run_download(work, cancel)

    def _run_download(
        self, work: Callable[[Callable[[str, int, int], None]], list[Path]], cancel: threading.Event
    ) -> None:
        self._download_cancel = cancel
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Downloading…"))
        self.download_row.show()
        task = BackgroundTask(work, with_progress=True)
        task.signals.progress.connect(self._download_progress)
        task.signals.succeeded.connect(self._downloaded)
        task.signals.failed.connect(self._download_failed)
        start(task)

    def _download_progress(self, stage: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
        self.progress.setFormat(f"{stage}: %p%")

    def _announce_saved(self) -> None:
        """Every part saved by the download that ended (a broken one may have saved some)."""
        parts, self._saved_parts = self._saved_parts, []
        for part in parts:
            self.recording_accessed.emit(part, RecordingAction.DOWNLOAD)

    def _downloaded(self, saved: list[Path]) -> None:
        self._download_cancel = None
        self._announce_saved()
        self.download_row.hide()
        self._show_message("")
        self.message_changed.emit(
            self.tr("Saved: {names}").format(names=", ".join(p.name for p in saved))
        )
        self.downloaded_files = saved

    def _download_failed(self, error: BaseException) -> None:
        self._download_cancel = None
        self._announce_saved()
        self.download_row.hide()
        if isinstance(error, DownloadCancelled):
            self._show_message(self.tr("The download was cancelled."))
        elif isinstance(error, JoinNeedsSameFormat):
            self._offer_parts(user_text(error))
        elif isinstance(error, RecordingError | PermissionDenied):
            self._show_message(user_text(error))
        else:
            log.warning("download failed: %r", error)
            self._show_message(
                self.tr("The download failed: {error}").format(error=user_text(error))
            )

    def _offer_parts(self, why: str) -> None:
        """The parts cannot be joined: say why and offer to save them one by one."""
        self._show_message(why)
        answer = QMessageBox.question(
            self,
            self.tr("Download as one file"),
            self.tr("{why}\n\nDownload the parts as separate files instead?").format(why=why),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.download_all()

    def cancel_download(self) -> None:
        if self._download_cancel is not None:
            self._download_cancel.set()

    @property
    def downloading(self) -> bool:
        return self._download_cancel is not None

    def release(self) -> None:
        self.cancel_download()
        self.stop()
        self.engine.release()
