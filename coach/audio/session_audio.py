"""Build the session mixer from a timeline and the rendered prompt files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np

from coach.audio.mixer import SessionMixer
from coach.audio.wav import RATE, WavError, read_wav
from coach.core.timeline import Timeline


def build_mixer(
    timeline: Timeline, files: Mapping[str, Path], rate: int = RATE
) -> tuple[SessionMixer, dict[str, str]]:
    """A mixer with every cue's audio at its exact offset, and the prompts that failed.

    A cue whose text has no usable file is left silent (its caption still shows).
    """
    loaded: dict[str, np.ndarray] = {}
    failures: dict[str, str] = {}
    for text, path in files.items():
        try:
            loaded[text] = read_wav(path, rate)
        except WavError as exc:
            failures[text] = str(exc)
    placements = [(cue.at, loaded[cue.text]) for cue in timeline.cues if cue.text in loaded]
    return SessionMixer(placements, timeline.duration, rate), failures
