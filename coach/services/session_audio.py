"""A session's sound, assembled one way for every place that makes it: the session that
plays, the window's "Export as audio" and ``coach render``.

The rule: each cue's words in the person's own recorded voice where there is a
recording, else as rendered by the voice engine; the chime before each step after the
first (the routine's own choice, else the settings'); the background under everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coach.audio.mix_plan import MixPlan, plan_mix
from coach.audio.sound_choice import SoundChoice, sound_choice
from coach.core.routine import Routine
from coach.core.settings import Settings
from coach.core.timeline import Timeline

if TYPE_CHECKING:  # numpy and the mixer load with the first session, not at start-up
    from coach.audio.mixer import SessionMixer


@dataclass
class SessionAudio:
    """The mixer to play or write, and what could not be used (text or sound → why)."""

    mixer: SessionMixer
    failures: dict[str, str]
    #: How many cues are in the person's own voice.
    recorded: int = 0


def sounds_for(settings: Settings, routine: Routine | None, sounds_dir: Path) -> SoundChoice:
    """The settings' chime and background, with the routine's own chime choice if it has one."""
    chime = settings.chime if routine is None or routine.chime is None else routine.chime
    return sound_choice(
        sounds_dir, chime, settings.chime_volume, settings.background, settings.background_volume
    )


def session_plan(
    timeline: Timeline,
    rendered: Mapping[str, Path],
    recordings: Mapping[str, Path],
    sounds: SoundChoice,
    rate: int | None = None,
) -> MixPlan:
    """The plan of the session's stream, for a mixer made elsewhere (the sound helper):
    the same rule as :func:`assemble_session_audio`."""
    from coach.audio.rate import RATE

    return plan_mix(timeline, {**rendered, **recordings}, rate or RATE, sounds)


def assemble_session_audio(
    timeline: Timeline,
    rendered: Mapping[str, Path],
    recordings: Mapping[str, Path],
    sounds: SoundChoice,
    rendering_failures: Mapping[str, str] | None = None,
    rate: int | None = None,
) -> SessionAudio:
    """The whole session's mixer (at the app's rate unless *rate* is given): own
    recordings win over rendered prompts; a prompt with neither is silent (its caption
    still shows) and listed among the failures."""
    from coach.audio.session_audio import build_mixer
    from coach.audio.wav import RATE

    rate = rate or RATE
    files = {**rendered, **recordings}
    mixer, failures = build_mixer(timeline, files, rate, sounds)
    for text, why in (rendering_failures or {}).items():
        if text not in files:
            failures[text] = why
    recorded = sum(1 for text in timeline.texts() if text in recordings)
    return SessionAudio(mixer, failures, recorded)
