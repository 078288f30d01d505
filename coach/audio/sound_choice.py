"""Which gentle extras (chime, background) a session mixes in, and how loud."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SoundChoice:
    """The gentle extras mixed into the session stream, and how loud they are."""

    chime: Path | None = None
    chime_volume: float = 0.5
    background: Path | None = None
    background_volume: float = 0.3
    #: Seconds the background plays on after the closing words (0: it ends with them).
    night: float = 0.0


def sound_choice(
    sounds_dir: Path, chime: bool, chime_volume: float, background: str, background_volume: float
) -> SoundChoice:
    """Which of the shipped sounds to use for these settings."""
    return SoundChoice(
        chime=sounds_dir / "chime.wav" if chime else None,
        chime_volume=chime_volume,
        background=sounds_dir / f"{background}-noise.wav" if background != "off" else None,
        background_volume=background_volume,
    )
