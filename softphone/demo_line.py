"""The demo line: a small SIP peer on 127.0.0.1 that plays the clients of ``calldesk demo``.

It runs as a process of its own (pjsua is one library per process; the operator's softphone
is the other one), started and stopped by the app (ui.softphone.demo_line):

    python -m softphone.demo_line --recordings DIR [--answer-after-ms N] [--talk-seconds N]

It listens on a free UDP port of 127.0.0.1 only and needs no registrar: the demo softphone
sends its INVITEs straight here, and a simulated caller calls the softphone's own address.
Every call the operator places is answered after a short ring; once answered, the "client"
talks (a generated voice of tones, from a WAV file) and both sides are recorded into
``DIR/demo-line/YYYY/MM/DD/`` as the PBX of a call center would. Sound runs on pjmedia's
null device: the demo line needs no sound card.

Out (stdout, one JSON object a line): ``{"address": "127.0.0.1:PORT"}`` once it listens;
``{"calling": KEY, "number": N}`` a simulated caller dials the operator; ``{"answered": KEY,
"direction": "in"|"out", "number": N}``; ``{"ended": KEY, ..., "code": SIP}``;
``{"recorded": KEY, "direction": D, "number": N, "ref": "demo-line/…wav"}`` once the
recording of an answered call is closed; ``{"error": TEXT}``.
In (stdin, one JSON object a line): ``{"call": {"number": N, "name": NAME, "to": SIP_URI}}``
(a client calls the operator), ``{"hangup": null}`` (every call), ``{"quit": null}``.
The end of stdin is a quit too: when the app is gone, so is its demo line.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import math
import os
import signal
import struct
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from queue import Empty, Queue
from typing import Any

import pjsua2 as pj

from softphone.state import Now, system_now

log = logging.getLogger(__name__)

CLOCK_RATE = 8000  # PCMU's own rate: recordings as small as the demo's seeded ones
HOST = "127.0.0.1"  # never reachable from the network
RECORDINGS_FOLDER = "demo-line"
RING_SECONDS = 30  # a simulated caller gives up after this long unanswered
MAX_CALLS = 4
CLOSE_SECONDS = 5.0  # a closed call's recording is reported once its file is, within this


def write_voice(path: Path, seconds: float = 6.0, rate: int = CLOCK_RATE) -> Path:
    """A client's "voice": syllables of gliding tones with pauses between words."""
    frames = bytearray()
    syllables = (
        (220, 0.18), (260, 0.14), (0, 0.08), (240, 0.22), (300, 0.16), (0, 0.35),
        (200, 0.20), (230, 0.12), (280, 0.18), (0, 0.10), (250, 0.25), (0, 0.50),
    )  # fmt: skip
    t = 0
    while len(frames) < seconds * rate * 2:
        for freq, length in syllables:
            n = int(length * rate)
            for i in range(n):
                if freq == 0:
                    value = 0.0
                else:
                    glide = freq * (1.0 + 0.15 * i / n)
                    envelope = math.sin(math.pi * i / n)
                    value = 0.35 * envelope * math.sin(2 * math.pi * glide * (t + i) / rate)
                frames += struct.pack("<h", int(value * 32767))
            t += n
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


def user_of(uri: str) -> str:
    """'+79161234567' from '"Name" <sip:+79161234567@127.0.0.1:5071>'."""
    text = uri.strip()
    if "<" in text:
        text = text.split("<", 1)[1].split(">", 1)[0]
    for scheme in ("sips:", "sip:", "tel:"):
        text = text.removeprefix(scheme)
    return text.split("@", 1)[0].split(";", 1)[0]


def recording_ref(direction: str, number: str, moment: datetime) -> str:
    """Where a call's recording goes, relative to the recordings folder."""
    who = "".join(c for c in number if c.isalnum()) or "unknown"
    return f"{RECORDINGS_FOLDER}/{moment:%Y/%m/%d}/{moment:%H%M%S}-{direction}-{who}.wav"


def _guarded(what: str, fn: Callable[[], None]) -> None:
    # An exception escaping a SWIG director aborts the process at exit (DESIGN §7).
    try:
        fn()
    except Exception:
        log.exception("demo line: %s failed", what)


class LineAccount(pj.Account):  # type: ignore[misc]
    """The line's own account, and each simulated caller's (whose number is its From)."""

    def __init__(self, line: DemoLine) -> None:
        super().__init__()
        self._line = line

    def onIncomingCall(self, prm: Any) -> None:
        call_id = int(prm.callId)
        _guarded("incoming call", lambda: self._line.incoming(self, call_id))


class LineCall(pj.Call):  # type: ignore[misc]
    def __init__(self, line: DemoLine, account: LineAccount, key: int, call_id: int) -> None:
        super().__init__(account, call_id)
        self._line = line
        self.key = key

    def onCallState(self, prm: Any) -> None:
        _guarded("call state", lambda: self._line.call_state(self))

    def onCallMediaState(self, prm: Any) -> None:
        _guarded("call media", lambda: self._line.media_state(self))


@dataclass
class LineSide:
    """What the demo line keeps of one call."""

    call: LineCall
    direction: str  # "in": a client calls the operator; "out": the operator called
    number: str  # the client's number
    account: LineAccount | None = None  # a simulated caller's own account
    answered: bool = False
    ended: bool = False
    ref: str = ""
    player: Any = None
    recorder: Any = None
    media: list[Any] = field(default_factory=list)


class DemoLine:
    """The SIP side; every method on the thread that pumps :meth:`run`'s events."""

    def __init__(
        self,
        recordings: Path,
        say: Callable[..., None],
        answer_after: float = 1.5,
        talk_seconds: float = 40.0,
        now: Now = system_now,  # the process's own clock (the app's is in another process)
    ) -> None:
        self.recordings = recordings
        self.say = say
        self.answer_after = answer_after
        self.talk_seconds = talk_seconds
        self.now = now
        self._ep: Any = None
        self._account: LineAccount | None = None
        self._sides: dict[int, LineSide] = {}
        self._later: list[tuple[float, int, str]] = []  # (due, call key, "answer"/"hangup")
        self._closing: list[tuple[float, LineSide]] = []  # recordings until their file is closed
        self._next_key = 1
        self._voice_dir = tempfile.TemporaryDirectory(prefix="calldesk-demo-line-")
        self._voice = write_voice(Path(self._voice_dir.name) / "voice.wav")
        self.address = ""

    # -- library --------------------------------------------------------------------------

    def start(self) -> str:
        ep = pj.Endpoint()
        ep.libCreate()
        try:
            cfg = pj.EpConfig()
            cfg.uaConfig.threadCnt = 0
            cfg.uaConfig.mainThreadOnly = True
            cfg.uaConfig.maxCalls = MAX_CALLS * 2
            cfg.uaConfig.userAgent = "CallDesk demo line"
            cfg.logConfig.level = 1
            cfg.logConfig.consoleLevel = 1
            cfg.medConfig.clockRate = CLOCK_RATE
            cfg.medConfig.sndClockRate = CLOCK_RATE
            cfg.medConfig.noVad = True
            cfg.medConfig.ecTailLen = 0
            ep.libInit(cfg)
            tcfg = pj.TransportConfig()
            tcfg.port = 0  # a free one; the app reads it from the "address" line
            tcfg.boundAddress = HOST
            tcfg.publicAddress = HOST
            transport = ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
            ep.libStart()
            ep.audDevManager().setNullDev()
        except Exception:
            ep.libDestroy()
            raise
        self._ep = ep
        self.address = str(ep.transportGetInfo(transport).localName)
        self._account = self._new_account("demo", "")
        return self.address

    def _new_account(self, user: str, name: str) -> LineAccount:
        acfg = pj.AccountConfig()
        clean = name.replace('"', "").replace("\\", "").strip()
        uri = f"sip:{user}@{self.address}"
        acfg.idUri = f'"{clean}" <{uri}>' if clean else f"<{uri}>"
        acfg.regConfig.registerOnAdd = False
        acfg.mediaConfig.transportConfig.boundAddress = HOST
        acfg.mediaConfig.transportConfig.publicAddress = HOST
        acfg.natConfig.contactRewriteUse = 0
        acfg.natConfig.viaRewriteUse = 0
        acfg.natConfig.sdpNatRewriteUse = 0
        account = LineAccount(self)
        account.create(acfg)
        return account

    def pump(self, milliseconds: int = 20) -> None:
        """SIP events, then what is due (answers, hang-ups) and the ended calls' leftovers."""
        self._ep.libHandleEvents(milliseconds)
        now = time.monotonic()
        due = [item for item in self._later if item[0] <= now]
        self._later = [item for item in self._later if item[0] > now]
        for _when, key, what in due:
            side = self._sides.get(key)
            if side is not None and not side.ended:
                _guarded(what, lambda s=side, w=what: self._do(s, w))  # type: ignore[misc]
        for key in [k for k, s in self._sides.items() if s.ended]:
            self._close(self._sides.pop(key))
        if self._closing:
            self._report_closed()

    def _do(self, side: LineSide, what: str) -> None:
        if what == "answer":
            prm = pj.CallOpParam()
            prm.statusCode = 200
            side.call.answer(prm)
        elif what == "hangup":
            side.call.hangup(pj.CallOpParam())

    def shutdown(self, timeout: float = 2.0) -> None:
        if self._ep is None:
            return
        ep = self._ep
        try:
            self.hang_up_all()
            deadline = time.monotonic() + timeout
            while any(not s.ended for s in self._sides.values()) and time.monotonic() < deadline:
                ep.libHandleEvents(20)
        finally:
            for side in list(self._sides.values()):
                self._close(side)
            self._sides.clear()
            if self._account is not None:
                self._account.shutdown()
                self._account = None
            gc.collect()
            self._ep = None
            try:
                ep.libDestroy()
            finally:
                del ep
                gc.collect()
                self._voice_dir.cleanup()
                self._report_closed(final=True)  # the library closed every file

    # -- calls ----------------------------------------------------------------------------

    def _key(self) -> int:
        key = self._next_key
        self._next_key += 1
        return key

    def call_operator(self, number: str, name: str, target: str) -> int | None:
        """A client (``number``, ``name``) calls the operator's softphone at ``target``."""
        if len(self._sides) >= MAX_CALLS:
            self.say(error="too many calls")
            return None
        account = self._new_account(number, name)
        key = self._key()
        call = LineCall(self, account, key, pj.PJSUA_INVALID_ID)
        side = LineSide(call, "in", number, account=account)
        self._sides[key] = side
        try:
            call.makeCall(target, pj.CallOpParam(True))
        except pj.Error as e:
            del self._sides[key]
            account.shutdown()
            self.say(error=str(e.info()))
            return None
        self._later.append((time.monotonic() + RING_SECONDS, key, "hangup"))
        self.say(calling=key, number=number)
        return key

    def incoming(self, account: LineAccount, call_id: int) -> None:
        """The operator calls a client: ring, answer after a moment, talk."""
        key = self._key()
        call = LineCall(self, account, key, call_id)
        number = user_of(str(call.getInfo().localUri))
        side = LineSide(call, "out", number)
        self._sides[key] = side
        prm = pj.CallOpParam()
        if len(self._sides) > MAX_CALLS:
            prm.statusCode = 486
            side.ended = True
            call.hangup(prm)
            return
        prm.statusCode = 180
        call.answer(prm)
        self._later.append((time.monotonic() + self.answer_after, key, "answer"))

    def hang_up_all(self) -> None:
        for side in self._sides.values():
            if not side.ended:
                try:
                    side.call.hangup(pj.CallOpParam())
                except pj.Error as e:
                    log.debug("hangup: %s", e.info())

    def call_state(self, call: LineCall) -> None:
        side = self._sides.get(call.key)
        if side is None:
            return
        ci = call.getInfo()
        if ci.state == pj.PJSIP_INV_STATE_CONFIRMED and not side.answered:
            side.answered = True
            self._later.append((time.monotonic() + self.talk_seconds, call.key, "hangup"))
            self.say(answered=call.key, direction=side.direction, number=side.number)
        elif ci.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            side.ended = True  # closed by the next pump: pjsua still runs code of this call
            self.say(
                ended=call.key,
                direction=side.direction,
                number=side.number,
                code=int(ci.lastStatusCode),
            )

    def media_state(self, call: LineCall) -> None:
        side = self._sides.get(call.key)
        if side is None or side.player is not None:
            return
        ci = call.getInfo()  # keep it: iterating a temporary's media crashes (DESIGN §7)
        for media in ci.media:
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                self._talk(side, call.getAudioMedia(int(media.index)))
                return

    def _talk(self, side: LineSide, media: Any) -> None:
        """The client speaks into the call; both voices go into the recording."""
        player = pj.AudioMediaPlayer()
        player.createPlayer(str(self._voice), 0)  # loops until the call ends
        side.player = player
        side.media.append(media)
        player.startTransmit(media)
        ref = recording_ref(side.direction, side.number, self.now())
        path = self.recordings / ref
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            recorder = pj.AudioMediaRecorder()
            recorder.createRecorder(str(path))
        except (OSError, pj.Error) as e:
            message = e.info() if isinstance(e, pj.Error) else e
            self.say(error=f"no recording: {message}")
            return
        side.recorder = recorder
        side.ref = ref
        player.startTransmit(recorder)
        media.startTransmit(recorder)

    def _close(self, side: LineSide) -> None:
        """After the call: the player and recorder destroyed; the recording is reported once
        pjmedia has closed its file (the bridge removes ports on its clock thread, later)."""
        side.media.clear()
        side.player = None
        side.recorder = None  # pjsua2's destructor closes the file
        gc.collect()
        if side.account is not None:
            account, side.account = side.account, None
            account.shutdown()
        if side.ref:
            self._closing.append((time.monotonic() + CLOSE_SECONDS, side))

    def _report_closed(self, final: bool = False) -> None:
        still: list[tuple[float, LineSide]] = []
        now = math.inf if final else time.monotonic()
        for deadline, side in self._closing:
            path = self.recordings / side.ref
            frames = wav_data_bytes(path)
            if side.answered and frames > 0:
                self.say(
                    recorded=side.call.key,
                    direction=side.direction,
                    number=side.number,
                    ref=side.ref,
                )
            elif now < deadline and side.answered:
                still.append((deadline, side))
            else:  # not a word in it: no recording rather than an empty one
                path.unlink(missing_ok=True)
        self._closing = still


def wav_data_bytes(path: Path) -> int:
    """The length of a WAV file's samples as its header says (0 until the writer closed it,
    or when there is no such file)."""
    try:
        with path.open("rb") as f:
            head = f.read(44)
    except OSError:
        return 0
    if len(head) < 44 or head[:4] != b"RIFF" or head[36:40] != b"data":
        return 0
    return int(struct.unpack("<I", head[40:44])[0])


_out = sys.stdout  # main() points it at the real stdout, away from pjlib's console log


def _say(**what: object) -> None:
    print(json.dumps(what, ensure_ascii=False), file=_out, flush=True)


def _read_commands(commands: Queue[dict[str, Any]]) -> None:
    for line in sys.stdin:
        text = line.strip()
        if not text:
            continue
        try:
            command = json.loads(text)
        except ValueError:
            _say(error=f"not a command: {text[:80]}")
            continue
        if isinstance(command, dict):
            commands.put(command)
    commands.put({"quit": None})  # the app has gone (or closed our stdin)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="demo-line", description=__doc__.splitlines()[0])
    parser.add_argument("--recordings", required=True, type=Path)
    parser.add_argument("--answer-after-ms", type=int, default=1500)
    parser.add_argument("--talk-seconds", type=float, default=40.0)
    args = parser.parse_args(argv)
    global _out
    # pjlib writes its console log to file descriptor 1 (before libInit even asks it not
    # to): the messages keep the real stdout, everything else written there goes to stderr.
    sys.stdout.flush()
    _out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    logging.basicConfig(level=logging.WARNING, format="demo line: %(levelname)s %(message)s")
    commands: Queue[dict[str, Any]] = Queue()
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_a: stopping.set())
    line = DemoLine(args.recordings, _say, args.answer_after_ms / 1000, args.talk_seconds)
    try:
        _say(address=line.start())
    except pj.Error as e:
        _say(error=str(e.info()))
        return 2
    threading.Thread(target=_read_commands, args=(commands,), daemon=True).start()
    try:
        while not stopping.is_set():
            line.pump(20)
            try:
                command = commands.get_nowait()
            except Empty:
                continue
            if "quit" in command:
                break
            if "hangup" in command:
                line.hang_up_all()
            call = command.get("call")
            if isinstance(call, dict):
                line.call_operator(
                    str(call.get("number", "")), str(call.get("name", "")), str(call.get("to", ""))
                )
    finally:
        line.shutdown()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
