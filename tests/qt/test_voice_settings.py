"""Voice settings (a page of Preferences): the page, saving, and their use for the next
session; the Preferences window's contract for every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.fakes import ToneBackend

from coach.core.routine_format import load_routine
from coach.core.settings import Settings
from coach.core.voice import VoiceInfo, VoiceSettings
from coach.ui.preferences import PreferencesWindow, SettingsPage

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_the_voice_page_shows_and_returns_choices(qtbot) -> None:
    voices = [VoiceInfo("gmw/en", "English"), VoiceInfo("gmw/de", "German")]
    window = PreferencesWindow(Settings(voice="gmw/de"), voices)
    qtbot.addWidget(window)
    page = window.voice_page
    assert page.voice.currentData() == "gmw/de"
    assert page.rate.value() == 130 and page.volume.value() == 90
    page.rate.setValue(100)
    page.volume.setValue(40)
    page.voice.setCurrentIndex(0)
    assert page.rate_label.text() == "Speed: 100 words a minute"
    assert window.chosen() == Settings(voice="", rate=100, volume=0.4)


def changed_values() -> Settings:
    """A value different from the default for every setting a page can own."""
    return Settings(
        voice="gmw/de",
        rate=100,
        volume=0.5,
        captions=False,
        screen_dark=True,
        text_size=40,
        body_map=False,
        breathing=True,
        breaths_per_minute=5.0,
        chime=True,
        chime_volume=0.2,
        background="pink",
        background_volume=0.6,
        background_until="05:45",
        close_to_tray=False,
        quit_after_minutes=30,
        language="ru",
        person_name="Rose",
        simple_mode=True,
        high_contrast=True,
        large_text=True,
    )


def test_every_page_keeps_the_contract(qtbot) -> None:
    """Load shows the owned settings, apply gives them back and changes nothing else,
    restore defaults brings back the defaults of that page only; every setting a person
    sets is on exactly one page."""
    from dataclasses import fields

    mine = changed_values()
    window = PreferencesWindow(mine, [VoiceInfo("gmw/de", "German")], languages=("en", "ru"))
    qtbot.addWidget(window)
    owned: list[str] = []
    for page in window.pages:
        assert isinstance(page, SettingsPage) and page.title and page.owns
        owned += page.owns
        assert page.apply(Settings()) == Settings(**{k: getattr(mine, k) for k in page.owns})
        other = Settings(routine="four-groups", tray_hint_shown=True)
        assert page.apply(other) == replace_owned(other, mine, page.owns)
        page.restore_defaults()
        assert page.apply(mine) == replace_owned(mine, Settings(), page.owns)
        assert page.problems() == []
    assert len(owned) == len(set(owned))  # no setting on two pages
    not_on_a_page = {f.name for f in fields(Settings)} - set(owned)
    assert not_on_a_page == {"routine", "tray_hint_shown"}  # the routine list; the app itself


def replace_owned(base: Settings, source: Settings, names: tuple[str, ...]) -> Settings:
    from dataclasses import replace

    return replace(base, **{name: getattr(source, name) for name in names})


def open_preferences(harness, qtbot, act) -> None:
    """Open Preferences from the home page, let *act* use the window, then it closes."""
    from PySide6.QtCore import QTimer

    def use() -> None:
        window = harness.app.preferences_window
        assert window is not None and window.isVisible()
        act(window)

    QTimer.singleShot(0, use)
    harness.window.home.preferences_button.click()


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
    harness.app.remember_voices([VoiceInfo("tone", "Tone", ("en",))])
    harness.app.worker.list_voices()  # the engine has started: its voices are known
    qtbot.waitUntil(lambda: harness.app.worker.choice is not None, timeout=10_000)

    def choose(window: PreferencesWindow) -> None:
        page = window.voice_page
        page.voice.setCurrentIndex(page.voice.findData("tone"))
        page.rate.setValue(95)
        page.volume.setValue(50)
        window.save_button.click()

    open_preferences(harness, qtbot, choose)
    assert harness.app.settings.rate == 95
    assert "rate = 95" in harness.app.settings_store.path.read_text()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    assert recorded and all(s == VoiceSettings("tone", 95, 0.5) for s in recorded)


def test_cancelling_changes_nothing(harness, qtbot) -> None:
    def change_then_cancel(window: PreferencesWindow) -> None:
        window.voice_page.rate.setValue(200)
        window.show_page("Screen and sound")
        window.screen_page.chime.setChecked(True)
        window.reject()

    open_preferences(harness, qtbot, change_then_cancel)
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
    window = PreferencesWindow(Settings(), voices)
    qtbot.addWidget(window)
    voice = window.voice_page.voice
    items = [voice.itemText(i) for i in range(voice.count())]
    assert items[0] == "Natural voice (Heart, American English) — the default"
    assert voice.itemData(0) == ""  # the default follows the app's choice
    assert items[1].startswith("English (Great Britain) (eSpeak")
    assert items[2:] == ["Afrikaans (eSpeak, gmw/af)", "Russian (eSpeak, zle/ru)"]


def test_preview_speaks_the_sample_with_the_chosen_settings_without_a_session(
    harness, qtbot, recorded
) -> None:
    from coach.voice_preview import SAMPLE

    harness.app.remember_voices([VoiceInfo("tone", "Tone", ("en",))])
    harness.app.worker.list_voices()
    qtbot.waitUntil(lambda: harness.app.worker.choice is not None, timeout=10_000)
    statuses: list[str] = []

    def preview(window: PreferencesWindow) -> None:
        page = window.voice_page
        page.voice.setCurrentIndex(page.voice.findData("tone"))
        page.rate.setValue(110)
        page.volume.setValue(60)
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        statuses.append(page.preview_status.text())
        # No sound device in these tests: the page says so, in plain words.
        qtbot.waitUntil(lambda: "No sound output" in page.preview_status.text(), timeout=10_000)
        window.reject()

    open_preferences(harness, qtbot, preview)
    assert statuses == ["Preparing the sample…"]
    assert recorded == [VoiceSettings("tone", 110, 0.6)]
    assert harness.app.controller.engine is None  # not a session
    assert harness.app.settings == Settings()  # nothing saved
    assert SAMPLE


def test_without_the_natural_voice_the_window_says_so_once(make_harness) -> None:
    from support.fakes import BrokenBackend

    from coach.adapters.speech.chain import voice_chain
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


def test_the_evening_page_saves_reminders_and_opens_the_plan(harness, qtbot, monkeypatch) -> None:
    from coach.ui.plan_dialog import PlanDialog

    opened: list[bool] = []
    monkeypatch.setattr(PlanDialog, "exec", lambda self: opened.append(True) or 0)

    def evening(window: PreferencesWindow) -> None:
        window.show_page("Evening and reminders")
        page = window.evening_page
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
        page.close_to_tray.setChecked(False)
        page.quit_after.setValue(20)
        window.save_button.click()

    open_preferences(harness, qtbot, evening)
    assert opened == [True]
    assert not harness.app.settings.close_to_tray
    assert harness.app.settings.quit_after_minutes == 20


def test_restore_defaults_touches_only_the_page_shown(harness, qtbot) -> None:
    from dataclasses import replace

    harness.app.save_settings(replace(Settings(), rate=90, chime=True, quit_after_minutes=10))

    def restore(window: PreferencesWindow) -> None:
        window.show_page("Screen and sound")
        window.restore_button.click()
        window.save_button.click()

    open_preferences(harness, qtbot, restore)
    settings = harness.app.settings
    assert not settings.chime  # back to the default on that page
    assert settings.rate == 90 and settings.quit_after_minutes == 10  # the others kept


def test_the_background_can_play_on_through_the_night_until_a_time(qtbot) -> None:
    window = PreferencesWindow(Settings(background="brown"), [])
    qtbot.addWidget(window)
    window.show()
    page = window.screen_page
    assert page.night.currentData() == "" and not page.night_until.isEnabled()
    page.night.setFocus()
    qtbot.keyClick(page.night, Qt.Key.Key_Down)  # until the get-up time
    assert window.chosen().background_until == "get-up"
    assert not page.night_until.isEnabled()
    qtbot.keyClick(page.night, Qt.Key.Key_Down)  # until a time of one's own
    assert page.night_until.isEnabled()
    page.night_until.setFocus()
    qtbot.keyClick(page.night_until, Qt.Key.Key_Down)  # the hour: 06:30 → 05:30
    assert window.chosen().background_until == "05:30"
    window.screen_page.load(Settings(background_until="23:10"))  # and shown again as saved
    assert page.night.currentData() == "at" and page.night_until.time().toString("HH:mm") == "23:10"
