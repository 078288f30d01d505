"""The morning check-in in the window: pre-filled, typed with the keyboard alone, checked
as you type (Save stays off with the reason shown), and kept in the nights' record."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from coach.adapters.history import DiaryRecord
from coach.ui.checkin_dialog import CheckInDialog

BERLIN = ZoneInfo("Europe/Berlin")

#: The harness's evening is Thursday 26 November 2026, 19:00 in Berlin.
THURSDAY = date(2026, 11, 26)


def morning(make_harness):
    """The morning after: Friday 07:10."""
    return make_harness(wall=datetime(2026, 11, 27, 7, 10, tzinfo=BERLIN))


def open_checkin(harness, act) -> None:
    def use() -> None:
        dialog = harness.app.checkin_dialog
        assert isinstance(dialog, CheckInDialog) and dialog.isVisible()
        act(dialog)

    QTimer.singleShot(0, use)
    harness.window.home.diary_button.click()


def test_it_asks_about_last_night_prefilled_from_the_session_and_the_plan(make_harness) -> None:
    h = morning(make_harness)
    started = datetime(2026, 11, 26, 22, 40, tzinfo=BERLIN)
    h.app.history.session_started(THURSDAY, "body-scan", started)
    seen = {}

    def look(dialog: CheckInDialog) -> None:
        seen["night"] = dialog.night
        seen["in_bed"] = dialog.times["in_bed"].time().toString("HH:mm")
        seen["out"] = dialog.times["out_of_bed"].time().toString("HH:mm")
        dialog.reject()

    open_checkin(h, look)
    assert seen == {"night": THURSDAY, "in_bed": "22:40", "out": "06:30"}  # the plan's get-up


def test_a_night_typed_with_the_keyboard_alone_is_checked_and_saved(make_harness) -> None:
    h = morning(make_harness)
    shown = {}

    def fill(dialog: CheckInDialog) -> None:
        keys = dialog.times["in_bed"]
        keys.setFocus()
        keys.setSelectedSection(keys.Section.HourSection)
        QTest.keyClicks(keys, "22:30")
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to "Tried to sleep"
        tried = dialog.focusWidget()
        assert tried is dialog.times["tried"]
        tried.setSelectedSection(tried.Section.HourSection)
        QTest.keyClicks(tried, "22:45")
        for box, value in ((dialog.latency, "20"), (dialog.awakenings, "2"), (dialog.awake, "25")):
            box.setFocus()
            box.selectAll()
            QTest.keyClicks(box, value)
        out = dialog.times["out_of_bed"]
        out.setFocus()
        out.setSelectedSection(out.Section.HourSection)
        QTest.keyClicks(out, "06:10")  # before the final awakening (06:30): refused
        shown["problem"] = dialog.problems.text()
        shown["save"] = dialog.save_button.isEnabled()
        out.setSelectedSection(out.Section.HourSection)
        QTest.keyClicks(out, "06:50")
        shown["after"] = dialog.problems.text()
        dialog.quality.setFocus()
        QTest.keyClick(dialog.quality, Qt.Key.Key_Down)  # fair → good
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter saves

    open_checkin(h, fill)
    assert shown["problem"] == "Out of bed (06:10) is before the final awakening (06:30)."
    assert shown["save"] is False and shown["after"] == ""
    entry = DiaryRecord(h.app.history).entry(THURSDAY)
    assert entry is not None
    assert (entry.in_bed, entry.tried, entry.out_of_bed) == (
        time(22, 30),
        time(22, 45),
        time(6, 50),
    )
    assert (entry.latency, entry.awakenings, entry.awake, entry.quality) == (20, 2, 25, 4)
    assert "Saved: the night of Thursday 26 November." in h.window.notice.text()


def test_cancelling_keeps_nothing(make_harness) -> None:
    h = morning(make_harness)
    open_checkin(h, lambda dialog: dialog.reject())
    assert DiaryRecord(h.app.history).entries(THURSDAY - timedelta(days=7), THURSDAY) == []


def test_opening_the_app_in_the_morning_offers_the_checkin_once_it_is_missing(
    make_harness,
) -> None:
    from coach.diary_wiring import OFFER

    h = morning(make_harness)
    assert OFFER in h.window.notice.text()  # 07:10, no check-in for last night yet
    evening = make_harness()  # 19:00: not the time to ask
    assert OFFER not in evening.window.notice.text()
    entry = {
        "in_bed": "22:30",
        "tried": "22:45",
        "latency": 20,
        "awakenings": 0,
        "awake": 0,
        "final_wake": "06:30",
        "out_of_bed": "06:50",
        "quality": 4,
    }
    from coach.core.diary import check_entry

    done, _ = check_entry(THURSDAY, entry)
    assert done is not None
    DiaryRecord(h.app.history).save(done, datetime(2026, 11, 27, 7, 20, tzinfo=BERLIN))
    home = h.app.dirs.config.parent
    h.close()
    from qt.conftest import Harness

    again = Harness(h.qtbot, home, wall=datetime(2026, 11, 27, 7, 30, tzinfo=BERLIN))
    try:
        assert OFFER not in again.window.notice.text()  # answered: not asked again
    finally:
        again.close()
