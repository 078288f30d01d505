"""What a session's stream is made of, before any sound is read: which file plays when,
the chime's moments, the background.  Plain data (no numpy), so the window can hand it
to the sound helper process as JSON and only that process reads and mixes the sound."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.audio.sound_choice import SoundChoice
from coach.core.timeline import SectionKind, Timeline

#: How far before a step's first words its chime starts (seconds).
CHIME_LEAD = 1.6


@dataclass(frozen=True)
class MixPlan:
    """Each cue's file at its moment, the chime's moments, the background, the length."""

    #: (seconds into the stream, the words) for every cue with words.
    cues: tuple[tuple[float, str], ...]
    #: The file each cue's words are in (words without a file stay silent).
    files: Mapping[str, Path]
    duration: float
    rate: int
    sounds: SoundChoice
    chime_at: tuple[float, ...] = ()

    def to_json(self) -> dict[str, Any]:
        s = self.sounds
        return {
            "cues": [[at, text] for at, text in self.cues],
            "files": {text: str(path) for text, path in self.files.items()},
            "duration": self.duration,
            "rate": self.rate,
            "chime_at": list(self.chime_at),
            "chime": None if s.chime is None else str(s.chime),
            "chime_volume": s.chime_volume,
            "background": None if s.background is None else str(s.background),
            "background_volume": s.background_volume,
            "night": s.night,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MixPlan:
        """The plan :meth:`to_json` wrote (ValueError naming the field when it is not)."""
        try:
            sounds = SoundChoice(
                chime=None if data["chime"] is None else Path(data["chime"]),
                chime_volume=float(data["chime_volume"]),
                background=None if data["background"] is None else Path(data["background"]),
                background_volume=float(data["background_volume"]),
                night=float(data["night"]),
            )
            return cls(
                cues=tuple((float(at), str(text)) for at, text in data["cues"]),
                files={str(text): Path(path) for text, path in data["files"].items()},
                duration=float(data["duration"]),
                rate=int(data["rate"]),
                sounds=sounds,
                chime_at=tuple(float(at) for at in data["chime_at"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"not a session's sound plan ({type(exc).__name__}: {exc})") from None


def plan_mix(
    timeline: Timeline, files: Mapping[str, Path], rate: int, sounds: SoundChoice | None = None
) -> MixPlan:
    """The plan of *timeline*'s stream with these files and extras: the chime shortly
    before each step after the first begins."""
    sounds = sounds or SoundChoice()
    steps = [s for s in timeline.sections if s.kind is SectionKind.STEP]
    chime_at = tuple(s.start - CHIME_LEAD for s in steps[1:] if s.start >= CHIME_LEAD)
    return MixPlan(
        cues=tuple((cue.at, cue.text) for cue in timeline.cues if cue.text),
        files=dict(files),
        duration=timeline.duration,
        rate=rate,
        sounds=sounds,
        chime_at=chime_at,
    )
