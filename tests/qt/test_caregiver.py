"""Set up for someone else: simple mode, the settings lock, easier reading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QListWidget
from support.bundles import HOSTILE

from coach.core.session import State
from coach.ui.preferences import PreferencesWindow


def lock_down(harness, pin: str = "2468") -> None:
    harness.app.care.configure("Rose", True, False, True, pin, False)


def test_simple_mode_shows_one_big_button_and_tonights_list(harness) -> None:
    lock_down(harness)
    window = harness.window
    assert window.pages.currentWidget() is window.simple
    assert window.simple.greeting.text() == "Good evening, Rose"
    buttons = [b for b in window.simple.findChildren(QAbstractButton)]
    assert {b.text() for b in buttons} == {
        "Start relaxing",
        "How did you sleep?",
        "Leave simple mode",
    }
    assert window.simple.items.count() == 3
    for widget in (*buttons, *window.simple.findChildren(QListWidget)):
        assert widget.accessibleName()
    window.simple.start_button.click()
    harness.wait_running()
    harness.app.controller.stop()
    assert window.pages.currentWidget() is window.simple  # back to the one button


def test_ticking_off_in_simple_mode(harness, qtbot) -> None:
    lock_down(harness)
    items = harness.window.simple.items
    items.setCurrentRow(2)
    qtbot.keyClick(items, Qt.Key.Key_D)
    assert "✓" in items.item(2).text()


def test_leaving_simple_mode_and_settings_need_the_pin(harness, monkeypatch) -> None:
    lock_down(harness)
    care = harness.app.care
    answers = ["1111", "2468"]
    told = harness.dialogs.told
    harness.dialogs.on_pin = lambda message: answers.pop(0)
    opened: list[bool] = []
    monkeypatch.setattr(PreferencesWindow, "exec", lambda self: opened.append(True) or 0)
    harness.window.simple.leave_button.click()  # wrong PIN
    assert harness.window.pages.currentWidget() is harness.window.simple
    assert told == ["That is not the PIN."]
    harness.window.simple.leave_button.click()  # right PIN
    assert harness.window.pages.currentWidget() is harness.window.home
    harness.window.home.preferences_button.click()  # unlocked for ten minutes
    assert opened == [True]
    care.lock.lock()
    harness.dialogs.on_pin = lambda message: None  # cancelled
    harness.window.home.preferences_button.click()
    assert opened == [True]


def test_the_lock_survives_a_restart_and_the_pin_is_never_stored(make_harness) -> None:
    first = make_harness()
    lock_down(first, "tulip-42")
    home = first.app.dirs
    text = (home.config / "lock.toml").read_text()
    assert "tulip-42" not in text and "scrypt" in text
    assert "tulip-42" not in home.settings_file.read_text()
    first.close()
    from .conftest import Harness

    again = Harness(first.qtbot, home.config.parent)
    try:
        assert again.app.care.lock.enabled and not again.app.care.lock.is_open()
        assert again.window.pages.currentWidget() is again.window.simple
    finally:
        again.close()


def test_large_text_and_high_contrast_apply_app_wide(harness) -> None:
    from PySide6.QtWidgets import QApplication

    harness.app.care.configure("", False, True, True, None, False)
    style = QApplication.instance().styleSheet()
    assert "font-size: 21px" in style and "#f0b070" in style
    harness.app.care.configure("", False, False, False, None, False)
    assert "font-size: 15px" in QApplication.instance().styleSheet()
    assert harness.app.controller.state is State.IDLE


def test_export_and_import_setup_in_the_window(make_harness, tmp_path) -> None:
    first = make_harness()
    first.app.care.configure("Rose", True, False, True, None, False)
    bundle = tmp_path / "setup.coach"  # the name the README's own command uses
    first.dialogs.on_save_path = lambda title: bundle
    said = first.dialogs.told
    first.app.care.export_setup()
    assert bundle.exists()
    assert said == [f"The setup was saved to {bundle}."]  # export is confirmed
    from coach.caregiver_wiring import SETUP_FILTER

    assert "*.coach" in SETUP_FILTER and "*.zip" in SETUP_FILTER
    second = make_harness()
    seen: list[str] = []
    second.dialogs.on_open_path = lambda title: bundle

    def confirm(title: str, question: str) -> bool:
        seen.append(question)
        return True  # the person says yes

    second.dialogs.on_confirm = confirm
    second.app.care.import_setup()
    summary = seen[0]
    assert summary.startswith("This setup will:")
    assert "• Add your settings" in summary
    assert "    – Simple mode: off → on" in summary and "    – Large text: off → on" in summary
    assert second.app.settings.person_name == "Rose" and second.app.settings.simple_mode
    assert second.window.pages.currentWidget() is second.window.simple
    evil = tmp_path / "evil.zip"
    evil.write_bytes(b"not a zip")
    told = second.dialogs.told
    second.dialogs.on_open_path = lambda title: evil
    second.app.care.import_setup()
    assert "was not imported" in told[0]


def test_welcome_for_me_changes_nothing_else(harness, qtbot) -> None:
    care = harness.app.care
    care.welcome()
    wizard = care.wizard
    qtbot.addWidget(wizard)
    wizard.me_button.click()
    assert harness.app.dirs.settings_file.exists()  # no welcome next time
    assert not harness.app.settings.simple_mode
    assert harness.window.pages.currentWidget() is harness.window.home


def test_welcome_for_someone_else_sets_everything_up(harness, qtbot) -> None:
    from PySide6.QtCore import QTime

    care = harness.app.care
    care.welcome()
    wizard = care.wizard
    qtbot.addWidget(wizard)
    wizard.someone_button.click()
    wizard.name.setText("Grandad")
    wizard.routine.setCurrentIndex(wizard.routine.findData("seven-groups"))
    wizard.rate.setValue(100)
    wizard.large_text.setChecked(True)
    wizard.bedtime.setTime(QTime(21, 30))
    wizard.items["warm-socks"].setChecked(True)
    wizard.pin.setText("9753")
    wizard.accept()
    s = harness.app.settings
    assert harness.app.dirs.settings_file.exists()  # no welcome next time
    assert (s.person_name, s.routine, s.rate, s.simple_mode, s.large_text) == (
        "Grandad",
        "seven-groups",
        100,
        True,
        True,
    )
    assert care.lock.enabled and not care.lock.is_open()
    evening = harness.app.evening
    assert evening.bedtimes.bedtime.hour == 21 and evening.bedtimes.bedtime.minute == 30
    assert next(i for i in evening.items if i.id == "warm-socks").enabled
    assert harness.window.pages.currentWidget() is harness.window.simple
    assert harness.window.simple.greeting.text() == "Good evening, Grandad"


def test_the_window_can_export_the_lock_when_asked(make_harness, tmp_path) -> None:
    import zipfile

    h = make_harness()
    h.app.care.configure("Rose", False, False, False, "2468", False)
    bundle = tmp_path / "with-lock.coach"
    h.dialogs.on_save_path = lambda title: bundle
    asked: list[bool] = []

    def include_lock(title: str, question: str) -> bool:
        assert question.startswith("Include the PIN lock?")
        asked.append(True)
        return True  # the caregiver says yes

    h.dialogs.on_confirm = include_lock
    h.app.care.export_setup()
    assert asked == [True]
    with zipfile.ZipFile(bundle) as archive:
        assert any(name.endswith("lock.toml") for name in archive.namelist())
    h.dialogs.on_confirm = lambda title, question: False
    h.app.care.export_setup()
    with zipfile.ZipFile(bundle) as archive:
        assert not any(name.endswith("lock.toml") for name in archive.namelist())


def test_the_wizard_starts_from_the_apps_own_bedtimes_and_shows_the_speed(harness) -> None:
    from coach.core.evening import Bedtimes
    from coach.ui.times import from_qtime

    care = harness.app.care
    care.welcome()
    wizard = care.wizard
    assert from_qtime(wizard.bedtime.time()) == Bedtimes().bedtime  # 22:30, as everywhere
    assert from_qtime(wizard.wake.time()) == Bedtimes().wake
    wizard.rate.setValue(110)
    assert wizard.rate_label.text() == "Voice speed: 110 words a minute"
    wizard.close()


def test_an_existing_lock_is_never_bypassed_by_the_first_run_wizard(harness, qtbot) -> None:
    from PySide6.QtCore import QTime

    care = harness.app.care
    care.configure("Rose", True, False, False, "1234", False)  # locked with 1234
    record = care.lock.record
    care.welcome()  # settings lost or from a newer version: still no wizard
    assert getattr(care, "wizard", None) is None  # never opened
    # A wizard opened before the lock was set cannot replace it without the PIN.
    from coach.ui.welcome_wizard import WelcomeWizard

    wizard = WelcomeWizard([("four-groups", "Four groups")], harness.window)
    qtbot.addWidget(wizard)
    wizard.someone_button.click()
    wizard.name.setText("Mallory")
    wizard.bedtime.setTime(QTime(23, 0))
    wizard.pin.setText("9999")
    asked: list[str] = []
    harness.dialogs.on_pin = lambda prompt: asked.append(prompt) or None  # the person cancels
    care.apply_welcome(wizard.collect())
    assert asked, "the PIN was not asked for"
    assert care.lock.record == record  # 1234 still holds
    assert harness.app.settings.person_name == "Rose"


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_setup_file_is_refused_in_the_window_with_its_reason(
    case: str, harness, tmp_path
) -> None:
    make, expected = HOSTILE[case]
    bundle = tmp_path / "setup.coach"
    bundle.write_bytes(make())
    before = harness.app.settings
    told = harness.dialogs.told
    harness.dialogs.on_open_path = lambda title: bundle
    harness.dialogs.on_confirm = lambda title, question: True
    harness.app.care.import_setup()
    assert len(told) == 1 and told[0].startswith("setup.coach was not imported: "), told
    assert expected in told[0]
    assert harness.app.settings == before


def test_for_someone_else_opens_preferences_there_and_sets_the_lock(harness, qtbot) -> None:
    from PySide6.QtCore import QTimer

    def set_up(window: PreferencesWindow) -> None:
        assert window.current_page() is window.caregiver_page
        page = window.caregiver_page
        page.name.setText("  Rose ")
        page.large_text.setChecked(True)
        page.pin.setText("24")
        page.pin_again.setText("24")
        window.save_button.click()  # refused: too short, said on the window
        assert window.isVisible() and "at least" in window.problem.text()
        page.pin.setText("2468")
        page.pin_again.setText("2486")
        window.save_button.click()
        assert window.isVisible() and "not the same" in window.problem.text()
        page.pin_again.setText("2468")
        window.save_button.click()

    QTimer.singleShot(0, lambda: set_up(harness.app.preferences_window))
    harness.window.home.caregiver_button.click()
    assert harness.app.settings.person_name == "Rose" and harness.app.settings.large_text
    care = harness.app.care
    assert care.lock.enabled and not care.lock.is_open()
    assert care.lock.record is not None and "2468" not in care.store.path.read_text()


def test_import_from_preferences_closes_them_first_so_nothing_overwrites_it(
    harness, qtbot, tmp_path
) -> None:
    from PySide6.QtCore import QTimer

    harness.app.care.configure("Rose", False, False, False, None, False)
    bundle = tmp_path / "setup.coach"
    harness.dialogs.on_save_path = lambda title: bundle
    harness.app.care.export_setup()
    harness.app.care.configure("Ann", False, False, False, None, False)
    harness.dialogs.on_open_path = lambda title: bundle
    harness.dialogs.on_confirm = lambda title, question: True

    def import_from_the_page(window: PreferencesWindow) -> None:
        window.caregiver_page.name.setText("Someone else entirely")  # not saved
        qtbot.mouseClick(window.caregiver_page.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: import_from_the_page(harness.app.preferences_window))
    harness.window.home.caregiver_button.click()
    assert harness.app.settings.person_name == "Rose"  # the imported setup, not the window's


def test_export_asks_before_the_diary_goes_in(make_harness, tmp_path) -> None:
    import zipfile
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from coach.adapters.history import DiaryRecord
    from coach.core.diary import Startle

    h = make_harness()
    bundle = tmp_path / "setup.coach"
    h.dialogs.on_save_path = lambda title: bundle
    h.app.care.export_setup()
    assert not any(kind == "confirm" for kind, _q in h.dialogs.asked)  # no diary: no question
    DiaryRecord(h.app.history).add_startle(
        Startle(date(2026, 11, 26), "legs", "night"),
        datetime(2026, 11, 26, 23, tzinfo=ZoneInfo("Europe/Berlin")),
    )
    h.app.care.export_setup()  # asked, and the default answer is no
    question = h.dialogs.asked[-1]
    assert question[0] == "confirm" and "health information" in question[1]
    assert "diary.json" not in zipfile.ZipFile(bundle).namelist()
    h.dialogs.on_confirm = lambda title, q: True
    h.app.care.export_setup()
    assert "diary.json" in zipfile.ZipFile(bundle).namelist()
    assert h.dialogs.told[-1] == f"The setup was saved with the sleep diary to {bundle}."
