"""Load and save the settings file (atomically, readable only by the user).

A file that cannot be used at all is moved aside with a timestamp and the app
starts with defaults; a file with some bad values is copied aside before it is
next written.  Either way the user is told once, in plain words, where it is.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from coach.adapters.atomic import write_private_text
from coach.core.files import read_small_file
from coach.core.problems import Problem
from coach.core.settings import (
    NEWER,
    NOT_TOML,
    SETTINGS_VERSION,
    Settings,
    dump_settings,
    file_version,
    parse_settings,
)
from coach.core.words import Said, said


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._backup_before_save = False

    def _aside(self, kind: str) -> Path:
        return self.path.with_name(f"{self.path.name}.{kind}-{time.strftime('%Y%m%d-%H%M%S')}")

    def load(self) -> tuple[Settings, list[Problem]]:
        """The saved settings (defaults if there are none) and any problems found."""
        try:
            data = read_small_file(self.path)
        except FileNotFoundError:
            return Settings(), []
        except OSError as exc:
            return Settings(), [
                Problem(
                    str(self.path),
                    said(
                        "FileProblem", "cannot be read ({reason}); using the default settings"
                    ).using(reason=exc.strerror or str(exc)),
                )
            ]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return Settings(), [
                self._move_aside(
                    said("FileProblem", "is not UTF-8 text; using the default settings")
                )
            ]
        version = file_version(text)
        settings, problems = parse_settings(text, str(self.path))
        if version is not None and 1 <= version < SETTINGS_VERSION:
            problems += self._upgrade(settings, version)
        if (
            problems
            and settings == Settings()
            and any(p.said.text in (NOT_TOML.text, NEWER.text) for p in problems)
        ):
            return settings, [self._move_aside(problems[0].said)]
        if problems:
            self._backup_before_save = True
        return settings, problems

    def _upgrade(self, settings: Settings, version: int) -> list[Problem]:
        """Keep the older file as ``settings.toml.before-vN`` (once), then write it in
        today's format; nothing to tell unless that fails."""
        backup = self.path.with_name(f"{self.path.name}.before-v{SETTINGS_VERSION}")
        try:
            if not backup.exists():
                shutil.copy2(self.path, backup)
                backup.chmod(0o600)
            write_private_text(self.path, dump_settings(settings))
        except OSError as exc:
            return [
                Problem(
                    str(self.path),
                    said(
                        "FileProblem",
                        "was written by an older version ({version}) and could not be updated "
                        "({reason}); it is read as it is",
                    ).using(version=version, reason=exc.strerror or str(exc)),
                )
            ]
        return []

    def _move_aside(self, why: Said) -> Problem:
        kept = self._aside("broken")
        try:
            os.replace(self.path, kept)
        except OSError as exc:
            return Problem(
                str(self.path),
                said("FileProblem", "{why}; it could not be moved aside ({reason})").using(
                    why=why, reason=exc.strerror or str(exc)
                ),
            )
        return Problem(
            str(self.path),
            said("FileProblem", "{why}; your old file is kept as {kept}").using(
                why=why, kept=str(kept)
            ),
        )

    def save(self, settings: Settings) -> None:
        if self._backup_before_save and self.path.exists():
            shutil.copy2(self.path, self._aside("before-fix"))
            self._backup_before_save = False
        write_private_text(self.path, dump_settings(settings))
