"""The demo's recordings: one small WAV file per talk time the demo gives an answered part,
so the recording a part names is exactly as long as its talk (the journal's time and the
player's clock agree, the slider does not jump when the recording opens).

The lengths are the quantiles of a talk time of 5 s plus an exponential one with a mean of
two minutes; the seeder draws a part's talk time from them (56 lengths: few talk times
repeat in a screen of the journal). 4 kHz, 8-bit mono (the beeps are below 700 Hz): ~28 MB
for about two hours of "conversation" (beeps and pauses) in all.
"""

from __future__ import annotations

import math
import random
import wave
from pathlib import Path

_COUNT = 56
_MEAN_S = 120
RECORDING_SECONDS: tuple[int, ...] = tuple(
    sorted({5 + round(-_MEAN_S * math.log(1 - (i + 0.5) / _COUNT)) for i in range(_COUNT)})
)
RECORDING_FILES = [f"demo/talk-{s:03d}s.wav" for s in RECORDING_SECONDS]
RECORDING_OF = dict(zip(RECORDING_SECONDS, RECORDING_FILES, strict=True))
RATE = 4000
_TONES = (300, 440, 520, 660, 0)


def _tone_blocks() -> dict[int, bytes]:
    """A second of each tone (unsigned 8-bit samples; 0 Hz: silence)."""
    blocks = {}
    for tone in _TONES:
        blocks[tone] = bytes(
            128 + int(38 * math.sin(2 * math.pi * tone * i / RATE)) if tone else 128
            for i in range(RATE)
        )
    return blocks


def write_demo_recordings(directory: Path, seed: int = 1) -> list[Path]:
    """The files of RECORDING_FILES under ``directory`` (those already there are kept)."""
    rng = random.Random(seed)
    blocks: dict[int, bytes] | None = None
    written = []
    for seconds, ref in zip(RECORDING_SECONDS, RECORDING_FILES, strict=True):
        path = directory / ref
        if path.exists() and path.stat().st_size > 44:
            written.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        blocks = blocks or _tone_blocks()
        total = seconds * RATE
        frames = bytearray()
        while len(frames) < total:
            tone = rng.choice(_TONES)
            length = min(rng.randint(RATE // 5, RATE), total - len(frames))
            frames += blocks[tone][:length]
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(1)
            w.setframerate(RATE)
            w.writeframes(bytes(frames))
        written.append(path)
    return written
