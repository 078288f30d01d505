"""The settings in force change in one place: saved, announced, and read-only elsewhere."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coach.adapters.settings_store import SettingsStore
from coach.core.settings import Settings
from coach.paths import assets_dir
from coach.settings_service import SettingsService


def test_a_change_is_announced_saved_and_kept_even_when_the_disk_refuses(tmp_path, qtbot) -> None:
    path = tmp_path / "settings.toml"
    service = SettingsService(SettingsStore(path), Settings(), assets_dir() / "sounds")
    with qtbot.waitSignal(service.changed) as changed:
        assert service.save(Settings(rate=100)) is None
    assert changed.args == [Settings(rate=100)]
    assert "rate = 100" in path.read_text()
    path.unlink()
    path.mkdir()  # something in the way: the disk refuses
    problem = service.save(Settings(rate=90))
    assert problem is not None and str(path) in problem
    assert service.current.rate == 90  # still used until the app quits
    assert service.voice_for().rate == 90


def test_the_app_settings_cannot_be_assigned_around_the_service(harness) -> None:
    with pytest.raises(AttributeError):
        harness.app.settings = replace(harness.app.settings, rate=99)  # type: ignore[misc]
    harness.app.save_settings(replace(harness.app.settings, rate=99))
    assert harness.app.preferences.current.rate == 99
