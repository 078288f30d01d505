"""Test doubles for the outside world: a speech backend that writes tones."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from coach.adapters.speech.protocol import SpeechUnavailable
from coach.audio.wav import RATE, write_wav
from coach.core.voice import VoiceInfo, VoiceSettings


class ToneBackend:
    """Renders every text as a short tone; counts what it was asked."""

    name = "tone backend"

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        # As long as the words take at the set speed, so the cache's pace check is content.
        seconds = max(0.25, 0.8 * len(text.split()) / settings.rate * 60)
        t = np.arange(int(seconds * RATE)) / RATE
        write_wav(path, (np.sin(2 * np.pi * 330 * t) * 3000 * settings.volume).astype(np.int16))

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("tone", "Tone", ("en",))]

    def close(self) -> None:
        pass


class BrokenBackend:
    """A backend that cannot start, like pyttsx3 with no eSpeak installed."""

    def __init__(self) -> None:
        raise SpeechUnavailable("pyttsx3 could not start a voice engine: libespeak not found")
