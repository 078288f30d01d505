"""Which voice speaks a routine: the one rule the session, the editor, export and
``coach render`` all follow."""

from __future__ import annotations

from coach.core.routine import Routine
from coach.core.settings import Settings
from coach.core.voice import VoiceSettings


def voice_for(settings: Settings, routine: Routine | None = None) -> VoiceSettings:
    """The routine's own voice, speed and volume where it has them, the app's settings for
    the rest (an empty voice means the default voice)."""
    own = routine.voice if routine is not None else None
    if own is None:
        return VoiceSettings(settings.voice or None, settings.rate, settings.volume)
    return VoiceSettings(
        own.voice or settings.voice or None,
        own.rate if own.rate is not None else settings.rate,
        own.volume if own.volume is not None else settings.volume,
    )
