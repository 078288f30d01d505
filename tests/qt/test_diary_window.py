"""The diary in the window: the history page (charts and the same figures in tables, the
doctor note only when due, the report), "I startled" with one key during a session,
simple mode's quick check-in, past nights behind the caregiver's lock, and the gentle
word at the get-up time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coach.adapters.history import DiaryRecord
from coach.core.diary import Startle, check_entry
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.ui.history_window import HistoryWindow
from coach.ui.quick_checkin import QuickCheckInDialog
from coach.ui.startle_dialog import StartleDialog

BERLIN = ZoneInfo("Europe/Berlin")
THURSDAY = date(2026, 11, 26)
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def morning(make_harness):
    """Friday 07:10: last night is Thursday's."""
    return make_harness(wall=datetime(2026, 11, 27, 7, 10, tzinfo=BERLIN))


def keep_nights(h, count: int) -> None:
    """*count* nights up to Thursday; night n has latency 10 + 5n (SE 86, 85, …)."""
    record = DiaryRecord(h.app.history)
    for n in range(count):
        night = THURSDAY - timedelta(days=count - 1 - n)
        entry, problems = check_entry(
            night,
            {
                "in_bed": "22:30",
                "tried": "22:45",
                "latency": 10 + 5 * n,
                "awakenings": 2,
                "awake": 25,
                "final_wake": "06:30",
                "out_of_bed": "06:50",
                "quality": 4,
            },
        )
        assert entry is not None, problems
        record.save(entry, datetime(2026, 11, 27, 7, 0, tzinfo=BERLIN))


def open_history(h) -> HistoryWindow:
    h.window.show()
    h.window.home.history_button.click()
    window = h.app.history_window
    assert isinstance(window, HistoryWindow)
    h.qtbot.waitExposed(window)
    return window


def cell(window: HistoryWindow, row: int, column: int) -> str:
    item = window.nights.item(row, column)
    assert item is not None
    return item.text()


def test_the_history_shows_the_nights_as_charts_and_as_a_table(make_harness) -> None:
    h = morning(make_harness)
    keep_nights(h, 7)
    h.app.history.check(THURSDAY, "warm-bath", "done", datetime(2026, 11, 26, 21, tzinfo=BERLIN))
    window = open_history(h)
    assert window.nights.rowCount() == 14  # the last 14 nights, the newest first
    assert cell(window, 0, 0) == "Thu 26 Nov"
    assert cell(window, 0, 1) == "80 %"  # 22:45 → 06:30 = 465 − 40 − 25 = 400 of 500
    assert cell(window, 0, 2) == "6 h 40"
    assert cell(window, 6, 1) == "86 %"
    assert cell(window, 7, 1) == "–"  # no check-in that night
    assert "Warm bath" in cell(window, 0, 9)
    assert "sleep efficiency 83 %" in window.summary.text()
    chart = window.sleep_chart.chart()
    bars = next(s for s in chart.series() if isinstance(s, QBarSeries))
    values = [bars.barSets()[0].at(i) for i in range(14)]
    assert values[-7:] == [86.0, 85.0, 84.0, 83.0, 82.0, 81.0, 80.0]
    line = next(s for s in chart.series() if isinstance(s, QLineSeries))
    assert line.count() == 7 and line.at(6).y() == 400 / 60
    assert window.note.isHidden()  # no warning sign in the log
    side = {
        window.side_by_side.item(r, 0).text(): window.side_by_side.item(r, 2).text()
        for r in range(window.side_by_side.rowCount())
    }
    assert side["Warm bath"] == "80 %"
    # Another range: the table follows.
    window.range.setCurrentIndex(1)
    assert window.nights.rowCount() == 30
    window.close()


def test_the_doctor_note_appears_only_when_the_log_shows_a_sign(make_harness) -> None:
    h = morning(make_harness)
    record = DiaryRecord(h.app.history)
    record.add_startle(
        Startle(THURSDAY, "right_leg", "falling_asleep"), datetime(2026, 11, 27, 7, tzinfo=BERLIN)
    )
    window = open_history(h)
    assert window.note.isHidden()  # one startle as you fall asleep is common
    record.add_startle(
        Startle(THURSDAY, "legs", "awake", legs_uncomfortable=True),
        datetime(2026, 11, 27, 7, tzinfo=BERLIN),
    )
    window.range.setCurrentIndex(1)
    assert window.note.isVisible()
    assert "Startles while awake or in the daytime." in window.note.text()
    assert "Uncomfortable legs before startles." in window.note.text()
    assert cell(window, 0, 7) == "2"
    window.close()


def test_create_report_writes_the_pdf_and_the_table(make_harness, tmp_path: Path) -> None:
    h = morning(make_harness)
    keep_nights(h, 3)
    target = tmp_path / "for the doctor.pdf"
    h.dialogs.on_save_path = lambda title: target
    window = open_history(h)
    QTest.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "for the doctor.csv").read_text().count("\n") == 4  # header + 3
    assert (tmp_path / "for the doctor-codebook.csv").is_file()
    assert "Nothing was sent anywhere." in h.dialogs.told[-1]
    window.close()


def test_one_key_during_a_session_logs_a_startle_and_the_session_goes_on(harness, qtbot) -> None:
    harness.window.show()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    seen = {}

    def answer() -> None:
        dialog = harness.app.startle_dialog
        assert isinstance(dialog, StartleDialog) and dialog.isVisible()
        seen["situation"] = dialog.situation.currentData()
        body = dialog.body_map
        point = body.region_centre("right_calf").toPoint()
        QTest.mouseClick(body, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        seen["area"] = dialog.area.currentText()
        dialog.woke.setFocus()
        QTest.keyClick(dialog.woke, Qt.Key.Key_Space)  # "It woke me"
        QTest.keyClick(dialog.woke, Qt.Key.Key_Return)  # Enter keeps it

    QTimer.singleShot(0, answer)
    qtbot.keyClick(harness.window.focusWidget() or harness.window, Qt.Key.Key_S)
    assert seen == {"situation": "falling_asleep", "area": "Right calf"}
    assert harness.app.controller.state is State.RUNNING  # never paused or stopped
    startles = DiaryRecord(harness.app.history).startles(THURSDAY, THURSDAY)
    assert [(s.area, s.situation, s.woke) for s in startles] == [
        ("right_calf", "falling_asleep", True)
    ]
    assert "Startle kept for the night of Thursday 26 November" in harness.window.notice.text()
    harness.app.controller.stop()


def test_escape_in_the_startle_dialog_keeps_nothing_and_does_not_stop_the_session(
    harness, qtbot
) -> None:
    harness.window.show()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()

    def cancel() -> None:
        dialog = harness.app.startle_dialog
        assert dialog is not None
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    qtbot.keyClick(harness.window.focusWidget() or harness.window, Qt.Key.Key_S)
    assert harness.app.controller.state is State.RUNNING
    assert DiaryRecord(harness.app.history).startles(THURSDAY, THURSDAY) == []
    harness.app.controller.stop()


def test_simple_mode_checks_in_with_a_few_large_buttons(make_harness) -> None:
    h = morning(make_harness)
    h.app.care.configure("Rose", True, False, True, "2468", False)
    h.window.show()
    assert h.window.pages.currentWidget() is h.window.simple

    def answer() -> None:
        dialog = h.app.checkin_dialog
        assert isinstance(dialog, QuickCheckInDialog) and dialog.isVisible()
        assert not dialog.save_button.isEnabled()  # nothing answered yet
        QTest.mouseClick(dialog.quality_buttons[3], Qt.MouseButton.LeftButton)  # good
        QTest.mouseClick(dialog.startled_buttons[0], Qt.MouseButton.LeftButton)  # yes
        QTest.mouseClick(dialog.woke_buttons[1], Qt.MouseButton.LeftButton)  # no
        QTest.keyClicks(dialog.filled_by, "Anna (daughter)")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    QTest.mouseClick(h.window.simple.diary_button, Qt.MouseButton.LeftButton)
    quick = DiaryRecord(h.app.history).quick_entries(THURSDAY, THURSDAY)
    assert [(q.quality, q.startled, q.woke, q.filled_by) for q in quick] == [
        (4, True, False, "Anna (daughter)")
    ]
    period = DiaryRecord(h.app.history).period(THURSDAY, THURSDAY)
    assert period.nights[0].startled and period.nights[0].figures is None


def test_changing_an_earlier_night_asks_for_the_caregivers_pin(make_harness) -> None:
    h = morning(make_harness)
    keep_nights(h, 3)
    h.app.care.configure("Rose", False, False, True, "2468", False)  # locked, not simple
    window = open_history(h)
    window.nights.selectRow(2)  # Tuesday: an earlier night
    opened: dict[str, object] = {}

    def refuse_if_open() -> None:  # (a broken lock must fail the test, not hang it)
        if h.app.checkin_dialog is not None:
            opened["without a PIN"] = True
            h.app.checkin_dialog.reject()

    QTimer.singleShot(0, refuse_if_open)
    QTest.mouseClick(window.checkin_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert h.dialogs.asked[-1][0] == "pin"  # no PIN given: the night stays as it was
    assert opened == {}

    def look() -> None:
        opened["night"] = h.app.checkin_dialog.night
        h.app.checkin_dialog.reject()

    h.dialogs.on_pin = lambda message: "2468"
    QTimer.singleShot(0, look)
    QTest.mouseClick(window.checkin_button, Qt.MouseButton.LeftButton)
    assert opened == {"night": THURSDAY - timedelta(days=2)}
    # Last night needs no PIN.
    asked = len(h.dialogs.asked)
    window.nights.selectRow(0)
    QTimer.singleShot(0, lambda: h.app.checkin_dialog.reject())
    QTest.mouseClick(window.checkin_button, Qt.MouseButton.LeftButton)
    assert len(h.dialogs.asked) == asked
    window.close()


def test_a_gentle_word_at_the_get_up_time_unless_checked_in(harness) -> None:
    # Thursday 19:00; the plan's get-up time is 06:30: due in 11.5 hours.
    assert harness.morning.pending == harness.clock.now() + 11.5 * 3600
    harness.morning.advance(11.5 * 3600)
    assert "Good morning: How did you sleep?" in harness.window.notice.text()
    harness.window.dismiss_notices()
    friday, _problems = check_entry(
        THURSDAY + timedelta(days=1),
        {
            "in_bed": "23:00",
            "tried": "23:00",
            "latency": 5,
            "awakenings": 0,
            "awake": 0,
            "final_wake": "06:00",
            "out_of_bed": "06:10",
            "quality": 5,
        },
    )
    assert friday is not None
    # Checked in early on Saturday morning: the 06:30 word is not needed.
    DiaryRecord(harness.app.history).save(friday, datetime(2026, 11, 28, 6, 15, tzinfo=BERLIN))
    harness.morning.advance(24 * 3600)
    assert harness.morning.pending is not None  # and the next morning is set
    assert "Good morning" not in harness.window.notice.text()


def test_after_the_session_s_still_logs_a_startle(harness, qtbot) -> None:
    harness.window.show()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    harness.scheduler.run_until_idle()
    assert harness.app.controller.state is State.FINISHED
    qtbot.keyClick(harness.window, Qt.Key.Key_Space)  # the first touch lifts the dark screen
    opened = {}

    def answer() -> None:
        dialog = harness.app.startle_dialog
        opened["situation"] = dialog.situation.currentData() if dialog else None
        if dialog is not None:
            dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(harness.window.focusWidget() or harness.window, Qt.Key.Key_S)
    assert opened == {"situation": "falling_asleep"}  # just after the session
    assert len(DiaryRecord(harness.app.history).startles(THURSDAY, THURSDAY)) == 1


def test_any_dates_can_be_chosen(make_harness) -> None:
    h = morning(make_harness)
    keep_nights(h, 7)
    window = open_history(h)
    window.range.setCurrentIndex(window.range.findData(0))  # "Chosen dates"
    assert window.first.isEnabled() and window.last.isEnabled()
    window.last.setDate(window.last.date().addDays(-1))  # to Wednesday
    window.first.setDate(window.last.date().addDays(-2))  # from Monday
    assert [cell(window, r, 0) for r in range(window.nights.rowCount())] == [
        "Wed 25 Nov",
        "Tue 24 Nov",
        "Mon 23 Nov",
    ]
    assert "3 of 3 nights have a check-in" in window.summary.text()
    window.close()


def test_a_startle_can_be_added_in_the_check_in(make_harness) -> None:
    h = morning(make_harness)
    h.window.show()
    seen = {}

    def in_startle() -> None:
        dialog = h.app.startle_dialog
        seen["startle dialog"] = dialog is not None
        if dialog is not None:
            dialog.area.setCurrentIndex(dialog.area.findData("arms"))
            QTest.keyClick(dialog.area, Qt.Key.Key_Return)

    def in_checkin() -> None:
        dialog = h.app.checkin_dialog
        assert dialog is not None
        seen["before"] = dialog.startles.text()
        QTimer.singleShot(0, in_startle)
        QTest.mouseClick(dialog.startle_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.startles.text()
        dialog.reject()

    QTimer.singleShot(0, in_checkin)
    QTest.mouseClick(h.window.home.diary_button, Qt.MouseButton.LeftButton)
    assert seen == {
        "before": "No startles logged.",
        "startle dialog": True,
        "after": "Startles logged for this night: 1.",
    }
    kept = DiaryRecord(h.app.history).startles(THURSDAY, THURSDAY)
    assert [(s.night, s.area) for s in kept] == [(THURSDAY, "arms")]  # last night's


def test_the_morning_word_keeps_the_wall_clock_across_a_clock_change(make_harness) -> None:
    # Saturday 24 October 2026, 19:00 in Berlin; the clocks go back at 03:00 that night,
    # so 06:30 on Sunday is 12.5 hours away, not 11.5.
    h = make_harness(wall=datetime(2026, 10, 24, 19, 0, tzinfo=BERLIN))
    assert h.morning.pending == h.clock.now() + 12.5 * 3600


def test_a_question_left_unanswered_is_kept_as_not_said(make_harness, tmp_path: Path) -> None:
    import csv

    h = morning(make_harness)
    h.app.care.configure("Rose", True, False, True, "2468", False)
    h.window.show()

    def answer() -> None:
        dialog = h.app.checkin_dialog
        assert isinstance(dialog, QuickCheckInDialog)
        QTest.mouseClick(dialog.quality_buttons[1], Qt.MouseButton.LeftButton)  # poor
        QTest.mouseClick(dialog.woke_buttons[0], Qt.MouseButton.LeftButton)  # woke: yes
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # startles: not said

    QTimer.singleShot(0, answer)
    QTest.mouseClick(h.window.simple.diary_button, Qt.MouseButton.LeftButton)
    quick = DiaryRecord(h.app.history).quick_entries(THURSDAY, THURSDAY)
    assert [(q.quality, q.startled, q.woke) for q in quick] == [(2, None, True)]
    from coach.services.diary_report import csv_text, item_labels

    rows = list(
        csv.DictReader(
            csv_text(
                DiaryRecord(h.app.history).period(THURSDAY, THURSDAY), item_labels({})
            ).splitlines()
        )
    )
    assert (rows[0]["quick_startled"], rows[0]["quick_woke"]) == ("", "yes")
