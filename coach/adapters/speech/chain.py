"""Which engine speaks: the natural voice for English, eSpeak NG for the rest.

The chain is natural voice (hibari-tts) → pyttsx3 with eSpeak NG → the ``espeak-ng``
program.  A setting or routine that names an eSpeak voice goes to eSpeak; the
default voice is the natural one.  If the natural voice cannot be had, eSpeak
speaks instead and :attr:`VoiceChain.natural_missing` says why, in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from coach.adapters.speech.client import NaturalProcessBackend, Pyttsx3ProcessBackend
from coach.adapters.speech.espeak import EspeakCommandBackend
from coach.adapters.speech.natural import NATURAL_VOICE, is_natural
from coach.adapters.speech.protocol import SpeechBackend, SpeechUnavailable
from coach.core.voice import VoiceInfo, VoiceSettings

#: The eSpeak engines, tried in order; the first that starts is used.
ESPEAK_BACKENDS: tuple[Callable[[], SpeechBackend], ...] = (
    Pyttsx3ProcessBackend,
    EspeakCommandBackend,
)


class VoiceChain:
    """Routes each render to the engine its voice belongs to."""

    def __init__(
        self,
        natural: SpeechBackend | None,
        espeak: SpeechBackend | None,
        natural_missing: str | None = None,
        espeak_missing: tuple[str, ...] = (),
    ) -> None:
        if natural is None and espeak is None:
            raise SpeechUnavailable("; ".join([*filter(None, [natural_missing]), *espeak_missing]))
        self.natural = natural
        self.espeak = espeak
        #: Why the natural voice is not used, for the window to say once.
        self.natural_missing = natural_missing
        self.espeak_missing = espeak_missing
        self.name = " + ".join(b.name for b in (natural, espeak) if b is not None)

    def engine_for(self, settings: VoiceSettings) -> tuple[SpeechBackend, VoiceSettings]:
        """The engine for *settings*, and the settings that engine is given."""
        if is_natural(settings.voice):
            if self.natural is not None:
                return self.natural, settings
            assert self.espeak is not None
            return self.espeak, replace(settings, voice=None)  # eSpeak's default voice
        if self.espeak is not None:
            return self.espeak, settings
        assert self.natural is not None
        return self.natural, replace(settings, voice=NATURAL_VOICE)

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        engine, wanted = self.engine_for(settings)
        engine.render(text, wanted, path)

    def voices(self) -> list[VoiceInfo]:
        """The natural voice first (the default), then every eSpeak voice."""
        found: list[VoiceInfo] = []
        for engine in (self.natural, self.espeak):
            if engine is not None:
                found += engine.voices()
        return found

    def release(self) -> None:
        """After a batch: let the natural voice's helper (and its memory) go."""
        if isinstance(self.natural, NaturalProcessBackend):
            self.natural.release()

    def close(self) -> None:
        for engine in (self.natural, self.espeak):
            if engine is not None:
                engine.close()


def _first(
    candidates: tuple[Callable[[], SpeechBackend], ...],
) -> tuple[SpeechBackend | None, list[str]]:
    reasons: list[str] = []
    for factory in candidates:
        try:
            return factory(), reasons
        except SpeechUnavailable as exc:
            reasons.append(str(exc))
    return None, reasons


def voice_chain(
    natural: Callable[[], SpeechBackend] = NaturalProcessBackend,
    espeak: tuple[Callable[[], SpeechBackend], ...] = ESPEAK_BACKENDS,
) -> VoiceChain:
    """Start the chain; raises SpeechUnavailable when no engine at all can speak."""
    natural_engine, natural_reasons = _first((natural,))
    espeak_engine, espeak_reasons = _first(espeak)
    missing = natural_reasons[0] if natural_reasons else None
    return VoiceChain(natural_engine, espeak_engine, missing, tuple(espeak_reasons))


#: What the app uses by default (tests give their own).
BACKENDS: tuple[Callable[[], SpeechBackend], ...] = (voice_chain,)
