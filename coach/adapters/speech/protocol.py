"""What every speech engine is to the rest of the app: the backend protocol, its errors,
and choosing the first engine that starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from coach.core.voice import VoiceInfo, VoiceSettings
from coach.core.words import Said, said


class SpeechUnavailable(RuntimeError):
    """No speech can be made with this backend (or at all)."""


class SpeechTimeout(SpeechUnavailable):
    """The engine did not answer in time and was stopped (a hung engine, a stalled disk)."""


class SpeechBackend(Protocol):
    name: str

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None: ...

    def voices(self) -> list[VoiceInfo]: ...

    def close(self) -> None:
        """Free what the backend holds (a helper process, an engine); called once."""


@dataclass(frozen=True)
class BackendChoice:
    backend: SpeechBackend | None
    #: Why earlier backends were not used (empty when the first one worked).
    reasons: tuple[str, ...]

    @property
    def notice(self) -> Said | None:
        """Plain words for the window when there is no voice at all (None: there is)."""
        if self.backend is not None:
            return None
        return said(
            "Speech",
            "No voice is available, so the session shows its words on screen instead. "
            "To hear the prompts, install a speech engine — on Debian or Ubuntu: "
            "sudo apt install espeak-ng — or reinstall Wind-Down Coach with its "
            "espeakng-loader dependency.",
        )


def find_backend(candidates: tuple[Callable[[], SpeechBackend], ...]) -> BackendChoice:
    """Start the first backend that works, remembering why the others did not."""
    reasons: list[str] = []
    for factory in candidates:
        try:
            return BackendChoice(factory(), tuple(reasons))
        except SpeechUnavailable as exc:
            reasons.append(str(exc))
    return BackendChoice(None, tuple(reasons))
