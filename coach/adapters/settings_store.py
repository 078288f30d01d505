"""Load and save the settings file (atomically, readable only by the user)."""

from __future__ import annotations

from pathlib import Path

from coach.adapters.atomic import write_private_text
from coach.core.problems import Problem
from coach.core.settings import Settings, dump_settings, parse_settings


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[Settings, list[Problem]]:
        """The saved settings (defaults if there are none) and any problems found."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return Settings(), []
        except OSError as exc:
            return Settings(), [
                Problem(
                    str(self.path), f"cannot be read ({exc.strerror}); using the default settings"
                )
            ]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return Settings(), [Problem(str(self.path), "is not UTF-8 text; using the defaults")]
        return parse_settings(text, str(self.path))

    def save(self, settings: Settings) -> None:
        write_private_text(self.path, dump_settings(settings))
