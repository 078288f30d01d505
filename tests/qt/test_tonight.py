"""Tonight's plan in the window: tick off, skip, reminders, the bath timer, records kept."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coach.core.session import State
from coach.evening_wiring import NO_TRAY_NOTICE

from .conftest import BERLIN


def open_tonight(harness) -> None:
    harness.window.home.tonight_button.click()
    assert harness.window.pages.currentWidget() is harness.window.tonight


def rows(harness) -> list[str]:
    items = harness.window.tonight.items
    return [items.item(i).text() for i in range(items.count())]


def test_tonight_lists_items_with_due_times(harness) -> None:
    open_tonight(harness)
    page = harness.window.tonight
    assert page.heading.text() == "Tonight: bed at 22:30"
    assert "8 hours of sleep" in page.sleep.text()
    assert [r.split("   ")[0] for r in rows(harness)] == ["20:00", "21:00", "21:30"]
    assert "Finish a light meal" in rows(harness)[0]


def test_check_off_and_skip_with_keys_and_buttons(harness, qtbot) -> None:
    open_tonight(harness)
    page = harness.window.tonight
    page.items.setCurrentRow(0)
    qtbot.keyClick(page.items, Qt.Key.Key_D)
    assert "✓" in rows(harness)[0] and "(done)" in rows(harness)[0]
    page.items.setCurrentRow(1)
    page.skip_button.click()
    assert "(skipped)" in rows(harness)[1]
    page.items.setCurrentRow(0)
    qtbot.keyClick(page.items, Qt.Key.Key_Backspace)
    assert "○" in rows(harness)[0]
    night = harness.app.evening.plan.night
    assert harness.app.history.night(night).checks == {"warm-bath": "skipped"}


def test_what_is_due_now_is_highlighted(harness) -> None:
    harness.reminders.advance(2 * 3600 + 5 * 60)  # 21:05
    open_tonight(harness)
    assert rows(harness)[1].endswith("— now") and "Warm bath" in rows(harness)[1]
    page = harness.window.tonight
    due = page.items.item(1)
    assert due.font().bold() and due.text().startswith("▶")
    # Its mark differs from the selection's, whichever row is selected.
    from PySide6.QtGui import QColor

    from coach.ui import theme

    assert due.background().color() != QColor(theme.SELECTED)
    page.items.setCurrentRow(1)
    assert page.items.item(1).font().bold()


def test_start_relaxation_from_tonight_is_recorded(harness) -> None:
    open_tonight(harness)
    harness.window.tonight.start_button.click()
    harness.wait_running()
    assert harness.app.controller.routine.name == "Evening body scan"
    harness.scheduler.run_until_idle()
    assert harness.app.controller.state is State.FINISHED
    night = harness.app.evening.plan.night
    assert harness.app.history.night(night).sessions == [("Evening body scan", "finished")]


def test_reminders_appear_in_the_window_without_a_tray(harness) -> None:
    assert NO_TRAY_NOTICE in harness.window.notice.text()  # offscreen: no tray
    harness.reminders.advance(50 * 60)  # 19:50
    assert "Finish a light meal in 10 minutes" in harness.window.notice.text()


def test_missed_reminders_are_summarised_after_a_late_start(make_harness) -> None:
    from datetime import datetime

    from .conftest import BERLIN

    h = make_harness(wall=datetime(2026, 11, 26, 21, 25, tzinfo=BERLIN))
    text = h.window.notice.text()
    assert "Screens off in 5 minutes" in text or "Earlier this evening" in text
    assert h.app.evening.planner.fired == {"light-meal", "warm-bath", "screens-off"}


def test_bath_timer_counts_down_and_ends_with_a_quiet_cue_not_a_session(
    harness, monkeypatch, qtbot
) -> None:
    from coach.evening_wiring import BATH_CUE_VOLUME, BATH_WORDS

    spoken: list[tuple[str, float]] = []
    preview = harness.app.voice_preview
    real_play = preview.play
    monkeypatch.setattr(
        preview,
        "play",
        lambda settings, text: (spoken.append((text, settings.volume)), real_play(settings, text)),
    )
    open_tonight(harness)
    page = harness.window.tonight
    page.items.setCurrentRow(1)  # the warm bath
    assert page.bath_button.text() == "Start a 20-minute timer"
    qtbot.mouseClick(page.bath_button, Qt.MouseButton.LeftButton)
    evening = harness.app.evening
    assert evening.bath_running
    assert "Bath timer: 20 minutes" in harness.window.notice.text()
    assert page.bath_button.text() == "Cancel the bath timer (20 minutes left)"
    harness.bath.advance(5 * 60)
    page.show_bath(evening.bath_minutes_left())  # what the minute refresh does
    assert page.bath_button.text() == "Cancel the bath timer (15 minutes left)"
    page.items.setCurrentRow(0)  # another item selected: the countdown stays
    assert page.bath_button.text().startswith("Cancel the bath timer")
    harness.bath.advance(15 * 60 - 1)
    assert evening.bath_running and spoken == []  # not yet
    harness.bath.advance(1)
    assert not evening.bath_running
    assert page.bath_button.text() != "Cancel the bath timer (1 minute left)"
    # Spoken quietly, without a session: no "Sleep well", no dimming, the evening goes on.
    assert spoken == [(BATH_WORDS, pytest.approx(0.9 * BATH_CUE_VOLUME))]
    assert harness.app.controller.engine is None
    assert not harness.window.dimmer.isVisible()
    assert "Bath time is over" in harness.window.notice.text()
    night = evening.plan.night
    assert harness.app.history.night(night).sessions == []


def test_the_bath_timer_can_be_cancelled(harness, qtbot) -> None:
    open_tonight(harness)
    page = harness.window.tonight
    page.items.setCurrentRow(1)
    qtbot.mouseClick(page.bath_button, Qt.MouseButton.LeftButton)
    assert harness.app.evening.bath_running
    qtbot.mouseClick(page.bath_button, Qt.MouseButton.LeftButton)  # Cancel
    assert not harness.app.evening.bath_running
    assert page.bath_button.text() == "Start a 20-minute timer"
    harness.bath.advance(30 * 60)
    assert "Bath time is over" not in harness.window.notice.text()


def test_nothing_pops_up_during_a_session_and_a_stop_brings_it_after(harness, qtbot) -> None:
    from coach.core.routine_format import load_routine

    short = Path(__file__).resolve().parent.parent / "data" / "short.toml"
    harness.app.controller.start(load_routine(short))
    harness.wait_running()
    harness.reminders.advance(3 * 3600)  # the whole evening's reminders come due
    assert "minutes" not in harness.window.notice.text()  # nothing over the session
    harness.app.controller.stop()
    assert "While you were relaxing" in harness.window.notice.text()
    assert "Screens off" in harness.window.notice.text()


def test_after_a_session_that_ends_in_sleep_the_reminders_are_dropped(harness) -> None:
    from coach.core.routine_format import load_routine

    short = Path(__file__).resolve().parent.parent / "data" / "short.toml"
    harness.app.controller.start(load_routine(short))
    harness.wait_running()
    harness.reminders.advance(3 * 3600)
    harness.scheduler.run_until_idle()  # the session ends in sleep
    assert harness.app.controller.state is State.FINISHED
    assert "Screens off" not in harness.window.notice.text()
    assert "While you were relaxing" not in harness.window.notice.text()


def test_records_survive_a_restart(make_harness, tmp_path: Path) -> None:
    first = make_harness()
    open_tonight(first)
    first.window.tonight.items.setCurrentRow(2)
    first.window.tonight.done_button.click()
    home = first.app.dirs
    first.close()
    from .conftest import Harness

    again = Harness(first.qtbot, home.config.parent)
    try:
        assert again.app.history.night(again.app.evening.plan.night).checks == {
            "screens-off": "done"
        }
        open_tonight(again)
        assert "(done)" in rows(again)[2]
    finally:
        again.close()


def test_plan_settings_change_bedtime_and_items(harness, monkeypatch) -> None:
    from datetime import time

    from coach.core.evening import with_item

    evening = harness.app.evening
    items = with_item(evening.items, "dim-lights", enabled=True)
    evening.set_plan(evening.bedtimes.__class__(bedtime=time(23, 0)), items)
    open_tonight(harness)
    assert harness.window.tonight.heading.text() == "Tonight: bed at 23:00"
    assert any("Dim the lights" in r for r in rows(harness))
    assert "23:00" in harness.app.dirs.plan_file.read_text()


def test_plan_dialog_edits_items_and_refuses_bad_input(qtbot) -> None:
    from datetime import time

    from PySide6.QtCore import QTime

    from coach.core.evening import DEFAULT_ITEMS, Bedtimes
    from coach.ui.plan_dialog import PlanDialog

    dialog = PlanDialog(Bedtimes(), DEFAULT_ITEMS, autostart=False)
    qtbot.addWidget(dialog)
    dialog.bedtime.setTime(QTime(23, 15))
    dialog.weekdays.setText("friday 00:30, saturday 00:45")
    dialog.table.setCurrentCell(1, 1)
    dialog.up_button.click()
    dialog.add_button.click()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog._accept()
    bedtimes, items, start = dialog.result_plan
    assert bedtimes.bedtime == time(23, 15) and bedtimes.per_weekday["friday"] == time(0, 30)
    assert [i.id for i in items][:2] == ["screens-off", "light-meal"]
    assert items[-1].title == "Something for the evening" and not items[0].enabled
    assert start is False
    again = PlanDialog(Bedtimes(), DEFAULT_ITEMS, autostart=None)
    qtbot.addWidget(again)
    assert not again.autostart.isEnabled()  # "not supported here"
    again.weekdays.setText("someday 25:00")
    again._accept()
    assert again.result_plan is None and "write a weekday and a time" in again.problems.text()
    again.weekdays.setText("")
    again.table.item(0, 2).setText("-3")
    again._accept()
    assert again.result_plan is None
    first = again.table.item(0, 1).text()  # the row whose minutes were set wrong
    # Said in the dialog's words, naming the item: never "items[0].minutes_before".
    assert again.problems.text().startswith(f"{first}: minutes before bed must be")
    assert "items[" not in again.problems.text() and "minutes_before" not in again.problems.text()


def test_autostart_entry(tmp_path, monkeypatch) -> None:
    from coach.adapters import autostart

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert autostart.is_enabled() is False
    assert autostart.set_enabled(True) is True
    entry = tmp_path / "autostart" / "wind-down-coach.desktop"
    assert "Exec=" in entry.read_text() and "-m coach" in entry.read_text()
    assert autostart.is_enabled() is True
    autostart.set_enabled(False)
    assert not entry.exists()


def test_a_first_launch_in_the_morning_shows_tonights_plan_and_no_overdue_list(
    make_harness,
) -> None:
    morning = datetime(2026, 12, 1, 6, 40, tzinfo=BERLIN)  # a Tuesday, just after getting up
    h = make_harness(wall=morning)
    h.window.home.tonight_button.click()
    assert h.app.evening.plan.night == morning.date()  # tonight, not last night
    assert "due while the app was away" not in h.window.notice.text()
    page = h.window.tonight
    assert "— now" not in " ".join(page.items.item(i).text() for i in range(page.items.count()))
    h.reminders.advance(3600)
    assert "due while the app was away" not in h.window.notice.text()


def test_simple_mode_greets_by_the_time_of_day(make_harness) -> None:
    h = make_harness(wall=datetime(2026, 12, 1, 7, 0, tzinfo=BERLIN))
    h.app.care.configure("Rose", True, False, False, None, False)
    assert h.window.simple.greeting.text() == "Good morning, Rose"


def test_a_restart_the_same_evening_remembers_what_was_said(qtbot, tmp_path) -> None:
    from datetime import datetime

    from .conftest import BERLIN, Harness

    home = tmp_path / "home"
    first = Harness(qtbot, home, wall=datetime(2026, 11, 26, 19, 45, tzinfo=BERLIN))
    try:
        first.reminders.advance(7 * 60)  # 19:52
        assert "Finish a light meal in 10 minutes" in first.window.notice.text()
    finally:
        first.close()
    second = Harness(qtbot, home, wall=datetime(2026, 11, 26, 21, 25, tzinfo=BERLIN))
    try:
        text = second.window.notice.text()
        assert "These were due while the app was away: Warm bath" in text
        assert "light meal" not in text.lower()
        assert "Screens off in 5 minutes" in text
    finally:
        second.close()
    third = Harness(qtbot, home, wall=datetime(2026, 11, 26, 21, 27, tzinfo=BERLIN))
    try:
        text = third.window.notice.text()
        assert "Warm bath" not in text and "Screens off in" not in text
    finally:
        third.close()


@pytest.mark.parametrize("where", ["hours", "minutes", "after the text"])
def test_a_time_field_takes_typing_right_after_a_click(qtbot, where: str) -> None:
    from PySide6.QtCore import QPoint, Qt

    from coach.core.evening import DEFAULT_ITEMS, Bedtimes
    from coach.ui.plan_dialog import PlanDialog

    dialog = PlanDialog(Bedtimes(), DEFAULT_ITEMS, autostart=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.bedtime.lineEdit()
    text_width = field.fontMetrics().horizontalAdvance("22:30")
    x = {"hours": 6, "minutes": text_width - 4, "after the text": field.width() - 6}[where]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(x, field.height() // 2))
    qtbot.keyClicks(field, "20")
    expected = "20:30" if where == "hours" else "22:20"
    assert dialog.bedtime.time().toString("HH:mm") == expected
