"""Where the user's files go: the XDG base folders, read the way platformdirs reads them."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from coach.paths import APP_NAME, UserDirs

VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _platformdirs() -> UserDirs:
    from pathlib import Path

    return UserDirs(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux's")
@pytest.mark.parametrize("set_them", [False, True])
def test_the_folders_are_platformdirs_own(tmp_path, monkeypatch, set_them: bool) -> None:
    monkeypatch.delenv("WIND_DOWN_COACH_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for i, name in enumerate(VARIABLES):
        if set_them:
            monkeypatch.setenv(name, str(tmp_path / f"base{i}"))
        else:
            monkeypatch.delenv(name, raising=False)
    assert UserDirs.default() == _platformdirs()


def test_a_relative_xdg_folder_is_ignored(tmp_path, monkeypatch) -> None:
    """The XDG specification: a relative path in the variable is not to be used."""
    monkeypatch.delenv("WIND_DOWN_COACH_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert UserDirs.default().config == tmp_path / ".config" / APP_NAME
