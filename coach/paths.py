"""Where the app finds its assets and keeps the user's files."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "wind-down-coach"


def assets_dir() -> Path:
    """The shipped assets: inside the installed package, or ``assets/`` in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "assets"
    if (installed / "routines").is_dir():
        return installed
    return here.parent / "assets"


@dataclass(frozen=True)
class UserDirs:
    """The user's own folders: settings, data (routines, history) and caches."""

    config: Path
    data: Path
    cache: Path
    state: Path

    @classmethod
    def default(cls) -> UserDirs:
        base = os.environ.get("WIND_DOWN_COACH_HOME")
        if base:  # one folder for everything: tests, portable installs
            root = Path(base)
            return cls(root / "config", root / "data", root / "cache", root / "state")
        if sys.platform.startswith("linux"):  # the XDG base folders (what platformdirs says)
            return cls(
                _xdg("XDG_CONFIG_HOME", ".config"),
                _xdg("XDG_DATA_HOME", ".local/share"),
                _xdg("XDG_CACHE_HOME", ".cache"),
                _xdg("XDG_STATE_HOME", ".local/state"),
            )
        import platformdirs  # elsewhere (its import costs each start ~5 ms)

        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        )

    @property
    def voice_cache(self) -> Path:
        return self.cache / "voice"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.toml"

    @property
    def user_routines(self) -> Path:
        return self.data / "routines"

    @property
    def recordings(self) -> Path:
        return self.data / "recordings"

    @property
    def plan_file(self) -> Path:
        return self.config / "evening.toml"

    @property
    def history_file(self) -> Path:
        return self.data / "history.sqlite3"


def _xdg(variable: str, fallback: str) -> Path:
    """The app's folder in an XDG base folder: *variable*'s path when it is absolute
    (the specification ignores a relative one), else ``~/fallback``."""
    value = os.environ.get(variable, "").strip()
    base = Path(value) if os.path.isabs(value) else Path.home() / fallback
    return base / APP_NAME


def make_private(dirs: UserDirs) -> None:
    """From now on everything this process writes is the user's alone (files 0600,
    folders 0700), and the app's own folders made by older versions are closed too."""
    os.umask(0o077)
    folders = [dirs.config, dirs.data, dirs.cache, dirs.state, dirs.voice_cache]
    folders += [dirs.user_routines, dirs.recordings]
    if dirs.recordings.is_dir():
        folders += [p for p in dirs.recordings.iterdir() if p.is_dir()]
    for folder in folders:
        if folder.is_dir() and not folder.is_symlink():
            with contextlib.suppress(OSError):  # not ours to change: leave it
                folder.chmod(0o700)
