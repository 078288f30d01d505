"""Build the session mixer from a timeline (or its plan), the rendered prompts and the
gentle extras."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np

from coach.audio.mix_plan import MixPlan, plan_mix
from coach.audio.mixer import Background, SessionMixer
from coach.audio.sound_choice import SoundChoice
from coach.audio.wav import RATE, WavError, read_wav
from coach.core.night import NIGHT_FADE_SECONDS
from coach.core.timeline import Timeline


def _scaled(samples: np.ndarray, gain: float) -> np.ndarray:
    return np.round(samples.astype(np.float32) * gain).astype(np.int16)


def build_mixer(
    timeline: Timeline,
    files: Mapping[str, Path],
    rate: int = RATE,
    sounds: SoundChoice | None = None,
) -> tuple[SessionMixer, dict[str, str]]:
    """A mixer with every cue's audio at its exact offset, and what could not be used
    (see :func:`mix`)."""
    return mix(plan_mix(timeline, files, rate, sounds))


def mix(plan: MixPlan) -> tuple[SessionMixer, dict[str, str]]:
    """The mixer of *plan*, and what could not be used.

    A cue whose text has no usable file is left silent (its caption still shows).
    With a chime, it sounds shortly before each step after the first begins; a
    background loops under everything, and through the night after the closing words
    when ``sounds.night`` says so (looped as it is read: the same memory for ten hours).
    A sound file that cannot be read is reported among the failures and left out.
    """
    rate, sounds = plan.rate, plan.sounds
    loaded: dict[str, np.ndarray] = {}
    failures: dict[str, str] = {}
    for text, path in plan.files.items():
        try:
            loaded[text] = read_wav(path, rate)
        except WavError as exc:
            failures[text] = str(exc)
    placements = [(at, loaded[text]) for at, text in plan.cues if text in loaded]
    if sounds.chime is not None and sounds.chime_volume > 0:
        try:
            chime = _scaled(read_wav(sounds.chime, rate), sounds.chime_volume)
        except WavError as exc:
            failures["chime"] = str(exc)
        else:
            placements += [(at, chime) for at in plan.chime_at]
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
    duration = plan.duration + night
    return SessionMixer(placements, duration, rate, background), failures
