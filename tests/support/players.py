"""The two players of a session's stream, made from the same sounds: the sound helper
process (what the app uses) and the in-process QAudioSink player (its fallback)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from coach.adapters.sound_helper import HelperPlayer, launch
from coach.audio.mix_plan import MixPlan
from coach.audio.player import StreamPlayer, default_output
from coach.audio.session_audio import mix
from coach.audio.sound_choice import SoundChoice
from coach.audio.wav import RATE, write_wav

KINDS = ("helper", "in-process")


@dataclass
class Made:
    """A player, and the process whose stream the server sees."""

    player: HelperPlayer | StreamPlayer
    pid: int


def plan_of(placements: list[tuple[float, np.ndarray]], duration: float, folder: Path) -> MixPlan:
    """A plan playing each sound at its moment (written to WAV files in *folder*)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for number, (_at, samples) in enumerate(placements):
        path = folder / f"sound-{number}.wav"
        write_wav(path, np.clip(np.round(samples), -32768, 32767).astype(np.int16))
        files[f"sound {number}"] = path
    cues = tuple((at, f"sound {number}") for number, (at, _s) in enumerate(placements))
    return MixPlan(cues, files, duration, RATE, SoundChoice())


def make_player(
    kind: str, placements: list[tuple[float, np.ndarray]], duration: float, folder: Path
) -> Made:
    """A *kind* player of these sounds (close it when done)."""
    plan = plan_of(placements, duration, folder)
    if kind == "helper":
        loaded = launch(plan)
        assert loaded.failures == {}
        return Made(HelperPlayer(loaded), loaded.process.pid)
    device = default_output()
    assert device is not None, "Qt sees no audio output on the test server"
    import os

    mixer, failures = mix(plan)
    assert failures == {}
    return Made(StreamPlayer(mixer, device), os.getpid())
