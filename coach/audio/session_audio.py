"""Build the session mixer from a timeline, the rendered prompts and the gentle extras."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np

from coach.audio.mixer import Background, SessionMixer
from coach.audio.sound_choice import SoundChoice
from coach.audio.sounds import CHIME_LEAD
from coach.audio.wav import RATE, WavError, read_wav
from coach.core.night import NIGHT_FADE_SECONDS
from coach.core.timeline import SectionKind, Timeline


def _scaled(samples: np.ndarray, gain: float) -> np.ndarray:
    return np.round(samples.astype(np.float32) * gain).astype(np.int16)


def build_mixer(
    timeline: Timeline,
    files: Mapping[str, Path],
    rate: int = RATE,
    sounds: SoundChoice | None = None,
) -> tuple[SessionMixer, dict[str, str]]:
    """A mixer with every cue's audio at its exact offset, and what could not be used.

    A cue whose text has no usable file is left silent (its caption still shows).
    With a chime, it sounds shortly before each step after the first begins; a
    background loops under everything, and through the night after the closing words
    when ``sounds.night`` says so (looped as it is read: the same memory for ten hours).
    A sound file that cannot be read is reported among the failures and left out.
    """
    sounds = sounds or SoundChoice()
    loaded: dict[str, np.ndarray] = {}
    failures: dict[str, str] = {}
    for text, path in files.items():
        try:
            loaded[text] = read_wav(path, rate)
        except WavError as exc:
            failures[text] = str(exc)
    placements = [(cue.at, loaded[cue.text]) for cue in timeline.cues if cue.text in loaded]
    if sounds.chime is not None and sounds.chime_volume > 0:
        try:
            chime = _scaled(read_wav(sounds.chime, rate), sounds.chime_volume)
        except WavError as exc:
            failures["chime"] = str(exc)
        else:
            steps = [s for s in timeline.sections if s.kind is SectionKind.STEP]
            placements += [
                (s.start - CHIME_LEAD, chime) for s in steps[1:] if s.start >= CHIME_LEAD
            ]
    background = None
    night = 0.0
    if sounds.background is not None and sounds.background_volume > 0:
        try:
            samples = read_wav(sounds.background, rate)
        except WavError as exc:
            failures["background"] = str(exc)
        else:
            night = max(0.0, sounds.night)
            fade_out = NIGHT_FADE_SECONDS if night else Background.fade_out
            background = Background(samples, sounds.background_volume, fade_out=fade_out)
    duration = timeline.duration + night
    return SessionMixer(placements, duration, rate, background), failures
