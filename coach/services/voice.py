"""Which voice speaks a routine: the one rule the session, the editor, export and
``coach render`` all follow."""

from __future__ import annotations

from coach.core.language import DEFAULT_LANGUAGE
from coach.core.language import VOICES as LANGUAGE_VOICES
from coach.core.routine import Routine
from coach.core.settings import Settings
from coach.core.voice import VoiceSettings


def voice_for(
    settings: Settings, routine: Routine | None = None, language: str = DEFAULT_LANGUAGE
) -> VoiceSettings:
    """The routine's own voice, speed and volume where it has them, the app's settings for
    the rest (an empty voice means the default voice).  A routine in a language other
    than English, without a voice of its own, is spoken by eSpeak's voice for that
    language (the natural voice, and the voice chosen in Preferences, speak English).
    What the app says without a routine (the bath cue, the sample) is in the window's
    *language*, spoken the same way."""
    chosen = settings.voice or None
    spoken = routine.language if routine is not None else language
    if spoken != DEFAULT_LANGUAGE:
        chosen = LANGUAGE_VOICES.get(spoken, chosen)
    own = routine.voice if routine is not None else None
    if own is None:
        return VoiceSettings(chosen, settings.rate, settings.volume)
    return VoiceSettings(
        own.voice or chosen,
        own.rate if own.rate is not None else settings.rate,
        own.volume if own.volume is not None else settings.volume,
    )
