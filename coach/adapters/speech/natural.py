"""The natural English voice: hibari-tts with the voice bundled in its wheel.

Runs inside the speech helper process (see :mod:`coach.adapters.speech.helper`),
so its model memory is gone once the prompts are rendered.  Only the bundled
voice is ever loaded: the others would be downloaded, and the app never touches
the network.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from coach.adapters.speech.protocol import SpeechUnavailable
from coach.core.pauses import PAUSE_SECONDS, split_pauses
from coach.core.voice import VoiceInfo, VoiceSettings
from coach.core.words import marked

if TYPE_CHECKING:
    import numpy as np

#: The voice id the settings and routines use for the natural voice.
NATURAL_VOICE = "hibari:heart"
#: Its name (marked: the voice list says it in the window's language).
NATURAL_NAME = marked("Voices", "Natural voice (Heart, American English)")
#: Our words a minute → hibari's speed: measured, speed ≈ rate / 162 gives the same pace.
WORDS_PER_MINUTE_AT_SPEED_1 = 162.0


def is_natural(voice: str | None) -> bool:
    """Whether *voice* (a setting) asks for the natural voice; the default does."""
    return voice is None or voice == "" or voice == NATURAL_VOICE


def package_folder() -> Path | None:
    """The folder of the installed ``hibari`` package (found, not imported), or None."""
    spec = importlib.util.find_spec("hibari")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def unavailable_reason() -> str | None:
    """Why the natural voice cannot be used here, or None.

    Checked from the package's files alone: importing hibari would load its model
    runtime (onnxruntime, scipy) into the app, which only the helper may do.
    """
    folder = package_folder()
    if folder is None:
        return (
            "the natural voice is not installed (the hibari-tts package; "
            "scripts/run installs it, or pip install 'wind-down-coach[voice]')"
        )
    import json

    assets = folder / "assets"
    try:
        voices = json.loads((assets / "voices.json").read_text(encoding="utf-8"))
        model = assets / voices["heart"]["file"]
        if not voices["heart"].get("bundled") or not model.is_file():
            return f"the natural voice's model is missing ({model})"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"the natural voice's files are damaged ({exc})"
    return None


def speed_for(rate: int) -> float:
    return min(2.0, max(0.5, rate / WORDS_PER_MINUTE_AT_SPEED_1))


class HibariEngine:
    """hibari-tts in this process (the helper's side)."""

    def __init__(self) -> None:
        reason = unavailable_reason()
        if reason is not None:
            raise SpeechUnavailable(reason)
        try:
            import hibari
            from hibari.voices import voice_path

            self._tts = hibari.Hibari(
                voice="heart", model=voice_path("heart", download_missing=False), threads=1
            )
        except Exception as exc:
            raise SpeechUnavailable(f"the natural voice could not start: {exc}") from exc
        self.rate = int(hibari.SAMPLE_RATE)
        self.name = f"hibari {hibari.__version__} (heart)"

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        import numpy as np

        from coach.audio.wav import RATE, write_wav

        pieces = split_pauses(text)
        if not pieces:
            raise SpeechUnavailable("there are no words to say")
        speed = speed_for(settings.rate)
        pause = np.zeros(int(PAUSE_SECONDS * self.rate), dtype=np.float32)
        parts: list[np.ndarray] = []
        for index, piece in enumerate(pieces):
            if index:
                parts.append(pause)
            parts.append(np.asarray(self._tts(piece, speed=speed, seed=0), dtype=np.float32))
        audio = _resample(np.concatenate(parts), self.rate, RATE)
        write_wav(path, np.clip(np.round(audio * 32767), -32768, 32767).astype(np.int16))

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo(NATURAL_VOICE, NATURAL_NAME, ("en-us",))]

    def close(self) -> None:
        """The model lives as long as its process."""


def _resample(audio: np.ndarray, source: int, target: int) -> np.ndarray:
    """Band-limited resampling (polyphase, so nothing folds back as a hiss)."""
    from math import gcd

    import numpy as np
    from scipy.signal import resample_poly

    if source == target:
        return audio
    g = gcd(source, target)
    return np.asarray(resample_poly(audio, target // g, source // g), dtype=np.float32)
