"""Voice settings: the dialog, saving, and their use for the next session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.fakes import ToneBackend

from coach.core.routine_format import load_routine
from coach.core.settings import Settings
from coach.core.voice import VoiceInfo, VoiceSettings
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
        "ask_with_preview",
        classmethod(lambda cls, *a, **k: Settings(voice="tone", rate=95, volume=0.5)),
    )
    harness.window.home.voice_button.click()
    assert harness.app.settings.rate == 95
    assert "rate = 95" in harness.app.settings_store.path.read_text()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    assert recorded and all(s == VoiceSettings("tone", 95, 0.5) for s in recorded)


def test_cancelling_changes_nothing(harness, monkeypatch) -> None:
    monkeypatch.setattr(VoiceDialog, "ask_with_preview", classmethod(lambda cls, *a, **k: None))
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


def test_the_natural_voice_is_listed_first_as_the_default_and_english_before_others(qtbot) -> None:
    voices = [
        VoiceInfo("zle/ru", "Russian", ("ru",)),
        VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
        VoiceInfo("hibari:heart", "Natural voice (Heart, American English)", ("en-us",)),
        VoiceInfo("gmw/af", "Afrikaans", ("af",)),
    ]
    dialog = VoiceDialog(Settings(), voices)
    qtbot.addWidget(dialog)
    items = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    assert items[0] == "Natural voice (Heart, American English) — the default"
    assert dialog.voice.itemData(0) == ""  # the default follows the app's choice
    assert items[1].startswith("English (Great Britain) (eSpeak")
    assert items[2:] == ["Afrikaans (eSpeak, gmw/af)", "Russian (eSpeak, zle/ru)"]


def test_preview_speaks_the_sample_with_the_chosen_settings_without_a_session(
    harness, qtbot, recorded
) -> None:
    from coach.voice_preview import SAMPLE

    dialog = VoiceDialog(harness.app.settings, [VoiceInfo("tone", "Tone", ("en",))])
    qtbot.addWidget(dialog)
    harness.app.connect_preview(dialog)
    dialog.voice.setCurrentIndex(1)
    dialog.rate.setValue(110)
    dialog.volume.setValue(60)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.preview_status.text() == "Preparing the sample…"
    # No sound device in these tests: the dialog says so, in plain words.
    qtbot.waitUntil(lambda: "No sound output" in dialog.preview_status.text(), timeout=10_000)
    assert recorded == [VoiceSettings("tone", 110, 0.6)]
    assert harness.app.controller.engine is None  # not a session
    assert harness.app.settings == Settings()  # nothing saved
    assert SAMPLE


def test_without_the_natural_voice_the_window_says_so_once(make_harness) -> None:
    from support.fakes import BrokenBackend

    from coach.adapters.voice_chain import voice_chain
    from coach.core.session import State

    h = make_harness(backends=(lambda: voice_chain(natural=BrokenBackend, espeak=(ToneBackend,)),))
    h.app.controller.start(load_routine(SHORT))
    h.wait_running()
    assert "natural voice is not available" in h.window.notice.text()
    assert "libespeak not found" in h.window.notice.text()  # why, in the engine's words
    h.scheduler.run_until_idle()
    assert h.app.controller.state is State.FINISHED
    h.app.controller.start(load_routine(SHORT))
    h.wait_running()
    assert "natural voice" not in h.window.notice.text()  # once is enough
    h.app.controller.stop()
