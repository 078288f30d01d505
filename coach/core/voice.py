"""How prompts are spoken, as plain data: what the window, the services and every speech
engine share (the engines themselves live in :mod:`coach.adapters.speech`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VoiceSettings:
    """How prompts are spoken.  ``voice`` is a backend voice id or ``None``."""

    voice: str | None = None
    rate: int = 130  # words per minute; slower than everyday speech for bedtime
    volume: float = 0.9  # 0..1


@dataclass(frozen=True)
class VoiceInfo:
    """One voice an engine offers."""

    id: str
    name: str
    languages: tuple[str, ...] = ()
