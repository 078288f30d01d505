"""Prompts recorded in a familiar voice, stored beside the routine in the user data folder."""

from __future__ import annotations

import hashlib
from pathlib import Path


class Recordings:
    """``data/recordings/<routine file name>/<hash of the words>.wav``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, routine_source: Path | None) -> Path | None:
        if routine_source is None:
            return None
        return self.root / routine_source.stem

    def path(self, routine_source: Path | None, text: str) -> Path | None:
        folder = self.folder(routine_source)
        if folder is None:
            return None
        return folder / f"{hashlib.sha256(text.encode()).hexdigest()[:24]}.wav"

    def existing(self, routine_source: Path | None, texts: list[str]) -> dict[str, Path]:
        """The recorded texts among *texts*, with their files."""
        found = {}
        for text in texts:
            path = self.path(routine_source, text)
            if path is not None and path.is_file():
                found[text] = path
        return found

    def delete(self, routine_source: Path | None, text: str) -> None:
        path = self.path(routine_source, text)
        if path is not None:
            path.unlink(missing_ok=True)
