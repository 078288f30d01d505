"""Render the main screens into docs/screenshots/ (run by scripts/screenshots)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the test clocks

import numpy as np  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402
from support.clocks import FakeClock, ManualScheduler  # noqa: E402

from coach.app import build  # noqa: E402
from coach.application import App  # noqa: E402
from coach.audio.wav import write_wav  # noqa: E402
from coach.core.library import resolve  # noqa: E402
from coach.core.voice import VoiceInfo, VoiceSettings  # noqa: E402
from coach.paths import UserDirs, assets_dir  # noqa: E402
from coach.ui import theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


class QuietBackend:
    """Screenshots need no voice: every prompt is a moment of silence."""

    name = "screenshots"

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        # As long as the words would take at 130 words a minute (a shorter sound counts
        # as the wrong speed and is not kept).
        seconds = max(0.5, len(text.split()) * 60 / 130)
        write_wav(path, np.zeros(round(22050 * seconds), dtype=np.int16))

    def voices(self) -> list[VoiceInfo]:
        return []

    def close(self) -> None:
        pass


#: What the Voice settings list on a machine with the natural voice and eSpeak NG.
VOICES = [
    VoiceInfo("hibari:heart", "Natural voice (Heart, American English)", ("en-us",)),
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
    VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
    VoiceInfo("gmw/de", "German", ("de",)),
    VoiceInfo("zle/ru", "Russian", ("ru",)),
]


def _app(home: str) -> tuple[App, ManualScheduler]:
    """The app in the private folder *home*, on a fake clock (its scheduler, to move the
    session on), with a quiet voice and no sound device, its window up."""
    root = Path(home)
    clock = FakeClock()
    scheduler = ManualScheduler(clock)
    coach = build(
        dirs=UserDirs(root / "c", root / "d", root / "k", root / "s"),
        clock=clock,
        scheduler=scheduler,
        audio_output=lambda: None,
        backends=(QuietBackend,),
    )
    coach.window.resize(960, 640)
    coach.window.show()
    settle(600)
    return coach, scheduler


def settle(ms: int = 1800) -> None:
    QTest.qWait(ms)  # let the fades and the body map's colour changes finish


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with TemporaryDirectory() as home:
        coach, scheduler = _app(home)
        window = coach.window
        shots = []

        def shoot(name: str) -> None:
            settle()
            window.dismiss_notices()  # (no sound device here: that notice is not the point)
            path = OUT / f"{name}.png"
            window.grab().save(str(path))
            shots.append(path)

        window.show_tonight()
        coach.evening.check("light-meal", "done")
        shoot("tonight")
        window.show_home()

        from coach.ui.preferences import PreferencesWindow

        def voice_dialog(large: bool) -> QWidget:
            dialog = PreferencesWindow(coach.settings, VOICES, window)
            dialog.voice_page.show_preview_status("Playing the sample…")
            return dialog

        def screen_page(large: bool) -> QWidget:
            return PreferencesWindow(coach.settings, VOICES, window, "Screen and sound")

        def evening_page(large: bool) -> QWidget:
            return PreferencesWindow(coach.settings, VOICES, window, "Evening and reminders")

        def caregiver_dialog(large: bool) -> QWidget:
            return PreferencesWindow(
                replace(coach.settings, person_name="Rose", large_text=large),
                VOICES,
                window,
                "For someone else",
            )

        from coach.adapters.setup_bundle import Change
        from coach.caregiver_wiring import import_summary
        from coach.core.evening import Bedtimes
        from coach.core.words import Said
        from coach.ui.plan_dialog import PlanDialog

        def plan_dialog(large: bool) -> QWidget:
            return PlanDialog(Bedtimes(), coach.evening.items, False, window)

        def checkin(large: bool) -> QWidget:
            from datetime import time

            from coach.core.diary import check_entry
            from coach.services.diary_text import describe
            from coach.ui.checkin_dialog import CheckInDialog

            night = date(2026, 11, 26)

            def check(values: dict[str, object]) -> list[str]:
                return [describe(p) for p in check_entry(night, values)[1]]

            prefill = {
                "in_bed": time(22, 40),
                "tried": time(22, 40),
                "latency": 15,
                "awakenings": 1,
                "awake": 10,
                "out_of_bed": time(6, 20),
            }
            return CheckInDialog(night, prefill, check, window)

        fill_diary(coach)

        def history(large: bool) -> QWidget:
            from coach.adapters.history import DiaryRecord
            from coach.core.evening import night_of
            from coach.services.diary_report import item_labels
            from coach.services.diary_text import SITUATION_WORDS, doctor_note
            from coach.ui.history_window import HistoryWindow

            last = night_of(coach.evening.local_now())
            page = HistoryWindow(last, window)
            period = DiaryRecord(coach.history).period(last - timedelta(days=13), last)
            labels = item_labels({i.id: i.title for i in coach.evening.items})
            page.show_period(period, labels, SITUATION_WORDS, doctor_note(list(period.doctor)))
            return page

        def startle(large: bool) -> QWidget:
            from coach.services.diary_text import SITUATION_WORDS
            from coach.ui.startle_dialog import StartleDialog

            dialog = StartleDialog(
                assets_dir() / "body" / "body-map.svg", "falling_asleep", SITUATION_WORDS, window
            )
            dialog.area.setCurrentIndex(dialog.area.findData("right_leg"))
            return dialog

        def quick_checkin(large: bool) -> QWidget:
            from coach.ui.quick_checkin import QuickCheckInDialog

            dialog = QuickCheckInDialog(date(2026, 11, 26), window)
            dialog.quality_buttons[3].setChecked(True)
            dialog.startled_buttons[1].setChecked(True)
            return dialog

        def import_preview(large: bool) -> QWidget:
            box = QMessageBox(window)
            box.setWindowTitle("Import setup")
            box.setTextFormat(Qt.TextFormat.PlainText)
            lines = (
                "replace your settings",
                "    Name in the greeting: none → “Rose”",
                "    Simple mode: off → on",
                "    Speaking rate: 130 words a minute → 110 words a minute",
                "replace your bedtime and checklist",
                "    Bedtime: 22:30 → 21:00",
                "    Checklist: adds “Warm socks and a light blanket”, 10 min before bed",
                "add the routine file roses-evening.toml",
                "    “Rose's evening”",
            )
            changes = [Change(Said("", t.strip()), detail=t.startswith("    ")) for t in lines]
            box.setText("This setup will:\n\n" + import_summary(changes))
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            return box

        def routine_editor(large: bool) -> QWidget:
            editor = coach.routines.open_editor(
                coach.routines.library.duplicate(resolve("classic-16", assets_dir() / "routines"))
            )
            editor.steps.setCurrentRow(8)
            editor.relax.setValue(3)  # an out-of-range value, marked on its field
            editor.set_recorded(3, 40)
            editor.show_preview("Playing: Now let go, and notice the warmth.", True)
            editor.ask_unsaved = lambda: "discard"
            return editor

        for name, make in (
            ("voice-settings", voice_dialog),
            ("checkin", checkin),
            ("history", history),
            ("startle", startle),
            ("quick-checkin", quick_checkin),
            ("preferences-screen-and-sound", screen_page),
            ("preferences-evening", evening_page),
            ("caregiver", caregiver_dialog),
            ("plan-dialog", plan_dialog),
            ("import-preview", import_preview),
            ("editor", routine_editor),
        ):
            for suffix, large in (("", False), ("-large-text", True)):
                theme.apply(app, large_text=large)
                dialog = make(large)
                dialog.show()
                settle(600)
                path = OUT / f"{name}{suffix}.png"
                dialog.grab().save(str(path))
                shots.append(path)
                centre, parent = dialog.frameGeometry().center(), window.frameGeometry().center()
                print(
                    f"{name}{suffix}: {dialog.width()}×{dialog.height()}, centre off the "
                    f"window's by {centre.x() - parent.x()}, {centre.y() - parent.y()} px"
                )
                dialog.close()
        for suffix, large in (("", False), ("-large-text", True)):
            theme.apply(app, large_text=large)
            window.show_home()
            shoot(f"home{suffix}")
            coach.care.configure("Rose", True, False, large, None, False)
            shoot(f"simple-mode{suffix}")
            coach.care.configure("", False, False, False, None, False)
        theme.apply(app)
        window.show_home()

        def start(routine: str, area: str | None = None, into: float = 0.0) -> None:
            coach.controller.start(resolve(routine, assets_dir() / "routines"))
            while coach.controller.state.value != "running":
                QTest.qWait(20)
            timeline = coach.controller.engine.timeline
            section = next((s for s in timeline.sections if s.area == area), None)
            scheduler.advance((section.start if section else 0.0) + into)
            window._show_time()

        start("body-scan", "right_forearm", 12)  # the fingers and hand already done
        shoot("session-body-scan")
        coach.save_settings(replace(coach.settings, breathing=True))
        start("classic-16", "eyes_and_nose", 6)  # tensing
        shoot("session-tense")
        scheduler.advance(14)  # released, relaxing, with the breathing guide
        settle(2600)
        shoot("session-relax-breathing")
        coach.controller.toggle_pause()
        shoot("session-paused")
        coach.controller.stop()
        coach.save_settings(replace(coach.settings, breathing=False, screen_dark=True))
        start("four-groups", "torso", 20)
        shoot("session-dark-screen")
        coach.controller.stop()
        coach.save_settings(replace(coach.settings, screen_dark=False))
        start("four-groups")
        scheduler.run_until_idle()
        settle(12_000)
        shoot("finished-dimmed")
        # The background through the night (this machine's sessions play no sound, so the
        # page is told what the controller would say).
        window._lift_screen()
        settle(1500)
        window.session.show_night(
            "The background sound plays on until 06:30, then fades away. Escape stops it."
        )
        for suffix, large in (("", False), ("-large-text", True)):
            theme.apply(app, large_text=large)
            shoot(f"finished-night-background{suffix}")
        theme.apply(app)
        report_page(coach, shots)
        coach.shutdown()
    shots += russian(app)
    for path in shots:
        print(path.relative_to(ROOT))
    return 0


def russian(app: QApplication) -> list[Path]:
    """The main screens under a Russian locale (``*-ru.png``): what a new user there sees."""
    import os
    from datetime import date as day

    from coach.ui.checkin_dialog import CheckInDialog
    from coach.ui.preferences import PreferencesWindow

    os.environ["LANGUAGE"] = "ru"
    shots: list[Path] = []
    with TemporaryDirectory() as home:
        coach, scheduler = _app(home)
        window = coach.window

        def shoot(widget: QWidget, name: str) -> None:
            settle()
            window.dismiss_notices()
            path = OUT / f"{name}-ru.png"
            widget.grab().save(str(path))
            shots.append(path)

        for suffix, large in (("", False), ("-large-text", True)):
            theme.apply(app, large_text=large)
            window.show_home()
            shoot(window, f"home{suffix}")
            window.show_tonight()
            shoot(window, f"tonight{suffix}")
            for page, name in (
                ("Screen and sound", "preferences-screen-and-sound"),
                ("Language", "preferences-language"),
            ):
                dialog = PreferencesWindow(
                    coach.settings, VOICES, window, page, False, ("en", "ru"), "ru"
                )
                dialog.show()
                shoot(dialog, f"{name}{suffix}")
                dialog.close()
            dialog = CheckInDialog(day(2026, 11, 26), {}, lambda values: [], window)
            dialog.show()
            shoot(dialog, f"checkin{suffix}")
            dialog.close()
        theme.apply(app)
        window.show_home()
        coach.controller.start(resolve("body-scan-ru", assets_dir() / "routines"))
        while coach.controller.state.value != "running":
            QTest.qWait(20)
        timeline = coach.controller.engine.timeline
        section = next(s for s in timeline.sections if s.area == "right_forearm")
        scheduler.advance(section.start + 12)
        window._show_time()
        shoot(window, "session-body-scan")
        coach.controller.stop()
        coach.shutdown()
    del os.environ["LANGUAGE"]
    return shots


def fill_diary(coach: object) -> None:
    """A fortnight of plausible nights, evenings and startles for the history shots."""
    from coach.adapters.history import DiaryRecord
    from coach.application import App
    from coach.core.diary import Startle, check_entry
    from coach.core.evening import night_of

    assert isinstance(coach, App) and coach.history is not None and coach.evening is not None
    record = DiaryRecord(coach.history)
    zone = coach.evening.zone
    last = night_of(coach.evening.local_now())
    for back in range(13, -1, -1):
        night = last - timedelta(days=back)
        if back in (9, 4):
            continue  # nights without a check-in
        bath = back % 3 != 1
        at = datetime.combine(night, datetime.min.time(), zone) + timedelta(hours=21)
        if bath:
            coach.history.check(night, "warm-bath", "done", at)
        coach.history.check(night, "screens-off", "done", at)
        session = coach.history.session_started(night, "body-scan", at + timedelta(hours=1))
        coach.history.session_ended(
            session, "finished" if back % 4 else "stopped", at + timedelta(hours=1, minutes=20)
        )
        entry, _ = check_entry(
            night,
            {
                "in_bed": "22:20",
                "tried": "22:35",
                "latency": 12 if bath else 35 + back,
                "awakenings": 1 + back % 3,
                "awake": 10 + 5 * (back % 3) + (0 if bath else 20),
                "final_wake": "06:30",
                "out_of_bed": "06:45",
                "quality": 4 if bath else 2,
                "comments": "Slept well after the bath." if back == 0 else "",
            },
        )
        assert entry is not None
        record.save(entry, at + timedelta(hours=10))
        if back % 3 == 0:
            area = "right_leg" if back % 2 else "arms"
            record.add_startle(Startle(night, area, "falling_asleep", 1.0, back == 6), at)


def report_page(coach: object, shots: list[Path]) -> None:
    """The report's first page, as a picture (pdftoppm, when poppler-utils is there)."""
    import shutil
    import subprocess

    from coach.adapters.history import DiaryRecord
    from coach.adapters.report_pdf import write_report_files
    from coach.application import App
    from coach.core.evening import night_of
    from coach.services.diary_report import item_labels

    assert isinstance(coach, App) and coach.history is not None and coach.evening is not None
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm is missing: no picture of the report (apt-get install poppler-utils)")
        return
    last = night_of(coach.evening.local_now())
    period = DiaryRecord(coach.history).period(last - timedelta(days=13), last)
    labels = item_labels({i.id: i.title for i in coach.evening.items})
    with TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        write_report_files(period, labels, coach.evening.local_now().date(), pdf)
        subprocess.run(
            [
                tool,
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(OUT / "report-page-1"),
            ],
            check=True,
        )
    shots.append(OUT / "report-page-1.png")


if __name__ == "__main__":
    raise SystemExit(main())
