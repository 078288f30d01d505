"""Rendered prompts cached on disk, keyed by everything that changes the sound."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coach.adapters.speech import SpeechBackend, VoiceSettings


@dataclass
class RenderResult:
    """Files for the texts that rendered, and what failed for the others."""

    files: dict[str, Path] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    rendered: int = 0  # how many were made now rather than taken from the cache


#: Bumped when what is stored changes (2: leading and trailing silence trimmed;
#: 3: loudness-normalised, the engine that spoke in the key).
FORMAT = 3


class VoiceCache:
    """WAV files named by a hash of text, voice, rate, volume and engine."""

    def __init__(self, directory: Path, backend: SpeechBackend) -> None:
        self.directory = directory
        self.backend = backend

    def key(self, text: str, settings: VoiceSettings) -> str:
        material = json.dumps(
            [
                FORMAT,
                text,
                settings.voice,
                settings.rate,
                round(settings.volume, 3),
                self.engine_name(settings),
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(material.encode()).hexdigest()[:32]

    def engine_name(self, settings: VoiceSettings) -> str:
        """The engine (and its version) that speaks with *settings*."""
        from coach.adapters.voice_chain import VoiceChain

        if isinstance(self.backend, VoiceChain):
            return self.backend.engine_for(settings)[0].name
        return self.backend.name

    def path(self, text: str, settings: VoiceSettings) -> Path:
        return self.directory / f"{self.key(text, settings)}.wav"

    def cached(self, text: str, settings: VoiceSettings) -> Path | None:
        path = self.path(text, settings)
        return path if path.is_file() and path.stat().st_size > 44 else None

    def render_all(
        self,
        texts: Iterable[str],
        settings: VoiceSettings,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> RenderResult:
        """Make sure every text has a WAV file, rendering only what is missing."""
        todo = list(dict.fromkeys(texts))
        result = RenderResult()
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        for done, text in enumerate(todo, start=1):
            if cancelled():
                break
            path = self.cached(text, settings)
            if path is None:
                try:
                    path = self._render(text, settings)
                    result.rendered += 1
                except Exception as exc:  # a broken prompt falls back to its caption
                    result.failures[text] = str(exc) or type(exc).__name__
                    path = None
            if path is not None:
                result.files[text] = path
            if progress is not None:
                progress(done, len(todo))
        return result

    def _render(self, text: str, settings: VoiceSettings) -> Path:
        from coach.audio.loudness import normalise  # numpy: when first needed
        from coach.audio.wav import RATE, read_wav, trim_silence, write_wav

        final = self.path(text, settings)
        tmp = final.with_name(f".{final.stem}.{os.getpid()}.tmp.wav")
        try:
            self.backend.render(text, settings, tmp)
            samples = read_wav(tmp)  # refuses what we could not play
            # Every engine at one loudness; the volume setting applies after that.
            write_wav(final, normalise(trim_silence(samples), RATE, settings.volume))  # atomic
        finally:
            tmp.unlink(missing_ok=True)
        return final
