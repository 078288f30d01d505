"""Every interactive control in every window and dialog has a name a screen reader announces."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)

from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.core.routine_format import load_routine
from coach.core.settings import Settings
from coach.paths import assets_dir

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"
BODY_SVG = assets_dir() / "body" / "body-map.svg"


def history_window():  # type: ignore[no-untyped-def]
    """The history page with a fortnight in it (two nights checked in, a startle)."""
    from coach.core.diary import Startle, check_entry
    from coach.core.diary_summary import summarise
    from coach.services.diary_report import item_labels
    from coach.ui.history_window import HistoryWindow

    last = date(2026, 11, 26)
    raw = {
        "in_bed": "22:30",
        "tried": "22:45",
        "latency": 20,
        "awakenings": 1,
        "awake": 10,
        "final_wake": "06:30",
        "out_of_bed": "06:45",
        "quality": 4,
    }
    entries = [check_entry(date(2026, 11, d), raw)[0] for d in (25, 26)]
    period = summarise(
        date(2026, 11, 13),
        last,
        [e for e in entries if e is not None],
        [],
        [Startle(last, "right_leg", "falling_asleep")],
        {last: ["warm-bath", "screens-off", "light-meal", "dim-lights", "air-bedroom"]},
        {last: ["finished"]},
    )
    window = HistoryWindow(last)
    window.show_period(period, item_labels({}), {}, "A note about a doctor.")
    return window


INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QAbstractItemView,
)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts of a composite widget (a table's corner button)
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or (
            parent is not None and isinstance(parent.parentWidget(), QComboBox)
        ):
            continue  # the inner parts of a spin box or combo box
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.strip()):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"
            )
    return missing


def test_every_window_and_dialog(harness, qtbot) -> None:
    from coach.ui.about_dialog import AboutDialog
    from coach.ui.checkin_dialog import CheckInDialog
    from coach.ui.plan_dialog import PlanDialog
    from coach.ui.preferences import PreferencesWindow
    from coach.ui.quick_checkin import QuickCheckInDialog
    from coach.ui.recording_dialog import RecordingDialog
    from coach.ui.routine_editor import RoutineEditor
    from coach.ui.startle_dialog import StartleDialog
    from coach.ui.welcome_wizard import WelcomeWizard

    routine = load_routine(assets_dir() / "routines" / "four-groups.toml")
    windows = [
        harness.window,
        RoutineEditor(routine, lambda r: r),
        PlanDialog(Bedtimes(), DEFAULT_ITEMS, False),
        PreferencesWindow(Settings(), []),
        PreferencesWindow(Settings(), [], page="For someone else", locked=True),
        CheckInDialog(date(2026, 11, 26), {}, lambda values: []),
        history_window(),
        StartleDialog(BODY_SVG, "night", {}),
        QuickCheckInDialog(date(2026, 11, 26)),
        AboutDialog(harness.app.diagnostics()),
        WelcomeWizard([("body-scan", "Evening body scan")]),
        RecordingDialog(routine.name, ["Breathe in."], inputs=[]),
    ]
    missing = []
    for window in windows:
        if window is not harness.window:
            qtbot.addWidget(window)
        missing += unnamed(window)
    assert missing == []


def test_each_new_caption_is_announced_to_screen_readers(harness, monkeypatch) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    from coach.core.timeline import compile_timeline

    said: list[str] = []
    real = QAccessible.updateAccessibility

    def listen(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    routine = load_routine(SHORT)
    harness.app.controller.start(routine)
    harness.wait_running()
    harness.scheduler.run_until_idle()
    spoken = [cue.text for cue in compile_timeline(routine).cues if cue.text]
    # What the screen shows before and after the spoken words is announced too.
    assert said == ["Preparing the voice…", *spoken, "Sleep well."]
    assert harness.window.session.words.accessibleName() == "Sleep well."


def test_the_main_window_fits_a_1280_by_800_screen_at_every_text_size(
    language, harness, qapp, qtbot, large_text: bool
) -> None:
    window = harness.window
    # As wide as the screen allows (rows of buttons wrap less when wider), leaving room
    # for the window frame and a desktop panel.
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    for page in (window.home, window.tonight, window.session, window.simple):
        window.pages.setCurrentWidget(page)
        for _ in range(3):  # the window takes the page's size; wrapped rows settle
            QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1100 and hint.height() <= 740, (page, hint)


def test_the_routine_list_shows_every_routine_without_scrolling(
    harness, qapp, qtbot, large_text: bool
) -> None:
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    routines = window.home.routines
    assert 3 <= routines.count() <= 5
    qtbot.waitUntil(lambda: routines.verticalScrollBar().maximum() == 0, timeout=2000)
    last = routines.visualItemRect(routines.item(routines.count() - 1))
    assert routines.viewport().rect().contains(last)


def test_simple_mode_shows_three_of_tonights_items_at_the_default_size(
    harness, qapp, qtbot, large_text: bool
) -> None:
    harness.app.care.configure("Rose", True, False, large_text, None, False)
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is window.simple
    before = window.size()
    for n in range(3):  # a full notice area: it never squeezes tonight's list
        window.add_notice(f"Notice {n}: " + "a reminder that takes some room. " * 8)
    QApplication.processEvents()  # the layouts settle
    assert window.size() == before  # nothing jumps when notices come
    items = window.simple.items
    assert items.count() >= 3
    qtbot.waitUntil(lambda: items.viewport().height() > 0)
    third = items.visualItemRect(items.item(2))
    assert items.viewport().rect().contains(third), (third, items.viewport().rect())


def test_a_notice_can_be_dismissed(harness, qtbot) -> None:
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    window.add_notice("Bath time is over.")
    assert window.notice_bar.isVisible()
    qtbot.mouseClick(window.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.notice_bar.isVisible()
    window.add_notice("Screens off in 10 minutes.")  # something new shows again
    assert window.notice.text() == "Screens off in 10 minutes."


def test_preferences_fit_a_1280_by_800_screen_on_every_page_at_every_text_size(
    language, qtbot, large_text: bool
) -> None:
    from coach.core.voice import VoiceInfo
    from coach.ui.preferences import PreferencesWindow

    voices = [VoiceInfo("gmw/en-us", "English (America)", ("en-us",))] * 3
    window = PreferencesWindow(Settings(), voices)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for page in window.pages:
        window.show_page(page.title)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1100 and hint.height() <= 740, (page.title, hint)
        assert window.stack.currentWidget() is page


def test_the_checkin_fits_a_1280_by_800_screen_at_every_text_size(
    language, qtbot, large_text
) -> None:
    from coach.ui.checkin_dialog import CheckInDialog

    dialog = CheckInDialog(date(2026, 11, 26), {}, lambda values: ["Out of bed: a reason."])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1100 and hint.height() <= 740, hint
    assert dialog.height() <= 740


def test_the_diary_windows_fit_a_1280_by_800_screen_at_every_text_size(
    language, qtbot, large_text
) -> None:
    from coach.ui.quick_checkin import QuickCheckInDialog
    from coach.ui.startle_dialog import StartleDialog

    for dialog in (
        history_window(),
        StartleDialog(BODY_SVG, "night", {}),
        QuickCheckInDialog(date(2026, 11, 26)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1240 and hint.height() <= 740, (type(dialog).__name__, hint)
        assert dialog.width() <= 1240 and dialog.height() <= 740, type(dialog).__name__
