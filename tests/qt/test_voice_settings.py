"""Voice settings: the dialog, saving, and their use for the next session."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fakes import ToneBackend

from coach.adapters.speech import VoiceInfo, VoiceSettings
from coach.core.routine_format import load_routine
from coach.core.settings import Settings
from coach.ui.voice_dialog import VoiceDialog

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_dialog_shows_and_returns_choices(qtbot) -> None:
    voices = [VoiceInfo("gmw/en", "English"), VoiceInfo("gmw/de", "German")]
    dialog = VoiceDialog(Settings(voice="gmw/de"), voices)
    qtbot.addWidget(dialog)
    assert dialog.voice.currentData() == "gmw/de"
    assert dialog.rate.value() == 130 and dialog.volume.value() == 90
    dialog.rate.setValue(100)
    dialog.volume.setValue(40)
    dialog.voice.setCurrentIndex(0)
    assert dialog.rate_label.text() == "Speed: 100 words a minute"
    assert dialog.chosen() == Settings(voice="", rate=100, volume=0.4)


@pytest.fixture
def recorded(monkeypatch) -> list[VoiceSettings]:
    """The voice settings every prompt was rendered with."""
    seen: list[VoiceSettings] = []
    original = ToneBackend.render

    def render(self, text, settings, path):
        seen.append(settings)
        original(self, text, settings, path)

    monkeypatch.setattr(ToneBackend, "render", render)
    return seen


def test_choices_are_saved_and_used_for_the_next_session(
    harness, monkeypatch, qtbot, recorded
) -> None:
    monkeypatch.setattr(
        VoiceDialog,
        "ask",
        classmethod(
            lambda cls, settings, voices, parent=None: Settings(voice="tone", rate=95, volume=0.5)
        ),
    )
    harness.window.home.voice_button.click()
    assert harness.app.settings.rate == 95
    assert "rate = 95" in harness.app.settings_store.path.read_text()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    assert recorded and all(s == VoiceSettings("tone", 95, 0.5) for s in recorded)


def test_cancelling_changes_nothing(harness, monkeypatch) -> None:
    monkeypatch.setattr(VoiceDialog, "ask", classmethod(lambda cls, *a, **k: None))
    harness.window.home.voice_button.click()
    assert harness.app.settings == Settings()
    assert not harness.app.settings_store.path.exists()


def test_a_routines_own_voice_overrides_the_settings(harness, recorded) -> None:
    from dataclasses import replace

    from coach.core.routine import RoutineVoice

    routine = replace(load_routine(SHORT), voice=RoutineVoice(rate=100), chime=True)
    assert harness.app.voice_settings(routine) == VoiceSettings(None, 100, 0.9)
    assert harness.app.sound_choice(routine).chime is not None
    assert harness.app.sound_choice(None).chime is None
    harness.app.controller.start(routine)
    harness.wait_running()
    assert recorded and {s.rate for s in recorded} == {100}
