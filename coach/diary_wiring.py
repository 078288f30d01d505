"""The night diary in the window: the morning check-in (offered gently at the get-up time
and on opening the app), simple mode's quick check-in, "I startled" from the session
screen and the tray, the history page and the report for the doctor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from coach.adapters.history import DiaryRecord
from coach.core import body_areas
from coach.core.clock import Scheduler
from coach.core.diary import (
    DiaryEntry,
    DiaryProblem,
    QuickCheckIn,
    Startle,
    check_entry,
    check_quick,
    check_startle,
    last_night,
)
from coach.core.evening import night_of
from coach.core.reminders import Reminder
from coach.core.session import State
from coach.core.words import marked
from coach.paths import assets_dir
from coach.services import diary_text
from coach.texts.areas import area_label
from coach.texts.dates import day_name
from coach.texts.evening import item_title

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from coach.application import App
    from coach.evening_controller import EveningController
    from coach.ui.checkin_dialog import CheckInDialog
    from coach.ui.history_window import HistoryWindow
    from coach.ui.quick_checkin import QuickCheckInDialog
    from coach.ui.startle_dialog import StartleDialog

#: The check-in is offered when the app opens between these hours (the morning after).
MORNING = (time(4, 0), time(12, 0))
OFFER = marked(
    "diary_wiring",
    "How did you sleep? “How did you sleep?…” on the home page asks about last night.",
)
MORNING_TITLE = marked("diary_wiring", "Good morning")
MORNING_MESSAGE = marked("diary_wiring", "How did you sleep? The check-in takes a minute.")


class Diary:
    """The diary's actions, joined to the window, the tray and the nights' record."""

    def __init__(
        self,
        app: App,
        evening: EveningController,
        notify: Callable[[Reminder], None],
        morning: Scheduler,
    ) -> None:
        self.app = app
        self.evening = evening
        self._notify = notify
        self._morning = morning

    @property
    def history_window(self) -> HistoryWindow | None:
        return self.app.history_window

    @history_window.setter
    def history_window(self, window: HistoryWindow | None) -> None:
        self.app.history_window = window

    @property
    def record(self) -> DiaryRecord | None:
        return DiaryRecord(self.app.history) if self.app.history is not None else None

    def record_has_last_night(self) -> bool:
        record = self.record
        return record is None or record.has_checkin(self.last_night())

    def last_night(self) -> date:
        """The night a check-in now is about."""
        return last_night(self.evening.local_now().date())

    def newest_night(self) -> date:
        """The newest night the history shows (this evening's, from noon on)."""
        return night_of(self.evening.local_now())

    # -- the morning check-in --------------------------------------------------------------
    def check_in(self, night: date | None = None) -> bool:
        """Ask about *night* (by default the one just past); True when it was saved.

        Last night is free to fill in; changing an earlier night asks for the PIN of a
        locked setup (the caregiver's)."""
        if self.app.settings.simple_mode and night is None:
            return self.quick_check_in()
        from coach.ui.checkin_dialog import CheckInDialog

        record = self.record
        if record is None:
            return False
        night = night or self.last_night()
        if night < self.last_night() and not self._may_edit_past():
            return False
        saved = record.entry(night)
        prefill = _values(saved) if saved is not None else self.first_guess(night)

        def check(values: dict[str, object]) -> list[str]:
            return [_describe(p) for p in check_entry(night, values)[1]]

        dialog = CheckInDialog(night, prefill, check, self.app.window)
        shown_night = night

        def startle_here() -> None:
            self.log_startle(shown_night)
            dialog.show_startles(len(record.startles(shown_night, shown_night)))

        dialog.startle_requested.connect(startle_here)
        dialog.show_startles(len(record.startles(night, night)))
        if not _answered(dialog, self._hold_checkin):
            return False
        entry, problems = check_entry(night, dialog.values())
        if entry is None:  # the dialog saves only when there is nothing to fix
            self._say(
                translate("Diary", "The check-in was not saved: ")
                + " ".join(_describe(p) for p in problems)
            )
            return False
        return self._kept(lambda: record.save(entry, self.evening.local_now()), night)

    def quick_check_in(self) -> bool:
        """Simple mode's few large buttons, for last night."""
        from coach.ui.quick_checkin import QuickCheckInDialog

        record = self.record
        if record is None:
            return False
        night = self.last_night()
        dialog = QuickCheckInDialog(night, self.app.window)
        if not _answered(dialog, self._hold_checkin):
            return False
        values = dialog.values()
        problems = check_quick(night, values["quality"])
        if problems:
            self._say(
                translate("Diary", "The check-in was not saved: ")
                + " ".join(_describe(p) for p in problems)
            )
            return False
        quick = QuickCheckIn(
            night,
            int(str(values["quality"])),
            _yes_no(values["startled"]),
            _yes_no(values["woke"]),
            str(values["filled_by"]),
        )
        return self._kept(lambda: record.save_quick(quick, self.evening.local_now()), night)

    def first_guess(self, night: date) -> dict[str, object]:
        """When relaxation started that night (or the planned bedtime), and the get-up time."""
        assert self.app.history is not None
        starts = self.app.history.session_starts(night)
        bedtimes = self.evening.bedtimes
        bed = starts[0].timetz().replace(tzinfo=None) if starts else bedtimes.for_evening(night)
        bed = time(bed.hour, bed.minute)
        wake = bedtimes.wake
        return {"in_bed": bed, "tried": bed, "final_wake": wake, "out_of_bed": wake}

    def offer(self) -> bool:
        """On opening the app in the morning, a quiet word if last night has no check-in."""
        now = self.evening.local_now()
        record = self.record
        if record is None or not MORNING[0] <= now.time().replace(tzinfo=None) < MORNING[1]:
            return False
        if record.has_checkin(self.last_night()):
            return False
        self.app.window.add_notice(translate("diary_wiring", OFFER))
        return True

    def schedule_morning(self) -> None:
        """A gentle tray notification at the next get-up time (when no check-in is there)."""
        now = self.evening.local_now()
        wake = self.evening.bedtimes.wake
        due = now.replace(hour=wake.hour, minute=wake.minute, second=0, microsecond=0)
        if due <= now:
            due = (due + timedelta(days=1)).replace(hour=wake.hour, minute=wake.minute)
        # By the timestamps: across a clock change the wall clocks' difference is an
        # hour off (both share one tzinfo, so plain subtraction ignores the offsets).
        self._morning.call_later(due.timestamp() - now.timestamp(), self._good_morning)

    def _good_morning(self) -> None:
        record = self.record
        busy = self.app.controller.state in (State.PREPARING, State.RUNNING, State.PAUSED)
        if record is not None and not busy and not record.has_checkin(self.last_night()):
            self._notify(
                Reminder(
                    translate("diary_wiring", MORNING_TITLE),
                    translate("diary_wiring", MORNING_MESSAGE),
                    ("checkin",),
                )
            )
        self.schedule_morning()

    # -- startles ----------------------------------------------------------------------------
    def log_startle(self, night: date | None = None) -> bool:
        """A startle: where, how long, when; kept for the night it belongs to (or for
        *night*, when it is added in that night's check-in)."""
        from coach.ui.startle_dialog import StartleDialog

        record = self.record
        if record is None:
            return False
        now = self.evening.local_now()
        situation = self._situation_now(now) if night is None else "falling_asleep"
        night = night or night_of(now)
        dialog = StartleDialog(
            assets_dir() / "body" / "body-map.svg",
            situation,
            diary_text.situation_words(translate),
            self.app.window,
        )
        if not _answered(dialog, self._hold_startle):
            return False
        answer = dialog.answer()
        problems = check_startle(
            night, answer.area, answer.situation, answer.seconds, body_areas.AREAS
        )
        if problems:
            self._say(
                translate("Diary", "The startle was not kept: ")
                + " ".join(_describe(p) for p in problems)
            )
            return False
        startle = Startle(
            night,
            answer.area,
            answer.situation,
            answer.seconds,
            answer.woke,
            answer.legs_uncomfortable,
        )
        try:
            record.add_startle(startle, now)
        except Exception as exc:  # a full or read-only disk: say so, keep going
            self._say(translate("Diary", "The startle could not be kept ({exc}).").format(exc=exc))
            return False
        self._say(
            translate("Diary", "Startle kept for the night of {night}: {area}.").format(
                night=day_name(night), area=area_label(answer.area)
            )
        )
        self.refresh_history()
        return True

    def _situation_now(self, now: datetime) -> str:
        """The likeliest answer to "when": during or just after a session, falling
        asleep; else by the clock."""
        window = self.app.window
        if self.app.controller.state in (State.PREPARING, State.RUNNING, State.PAUSED) or (
            window.pages.currentWidget() is window.session
        ):
            return "falling_asleep"
        return "daytime" if time(8, 0) <= now.time().replace(tzinfo=None) < time(20, 0) else "night"

    # -- the history page and the report ------------------------------------------------------
    def open_history(self) -> HistoryWindow:
        from coach.ui.history_window import HistoryWindow

        if self.history_window is not None:
            self.history_window.raise_()
            self.history_window.activateWindow()
            return self.history_window
        window = HistoryWindow(self.newest_night(), self.app.window)
        self.history_window = window
        window.range_chosen.connect(lambda first, last: self._show(first, last))
        window.checkin_requested.connect(self._check_in_from_history)
        window.startle_requested.connect(lambda: self.log_startle())
        window.report_requested.connect(self.create_report)
        window.finished.connect(self._history_closed)
        self._show(*window.dates())
        window.show()
        return window

    def _history_closed(self) -> None:
        if self.history_window is not None:
            self.history_window.deleteLater()
        self.history_window = None

    def _check_in_from_history(self, night: date) -> None:
        if self.check_in(night):
            self.refresh_history()

    def refresh_history(self) -> None:
        if self.history_window is not None:
            self._show(*self.history_window.dates())

    def _labels(self) -> Callable[[str], str]:
        from coach.services.diary_report import item_labels

        return item_labels({item.id: item_title(item) for item in self.evening.items})

    def _show(self, first: date, last: date) -> None:
        record = self.record
        if record is None or self.history_window is None:
            return
        try:
            period = record.period(first, last)
        except Exception as exc:  # an unreadable record: say so, show nothing wrong
            self._say(
                translate("Diary", "The sleep diary could not be read ({exc}).").format(exc=exc)
            )
            return
        self.history_window.show_period(
            period,
            self._labels(),
            diary_text.situation_words(translate),
            diary_text.doctor_note(list(period.doctor), translate),
        )

    def create_report(self, first: date, last: date) -> Path | None:
        """Ask where, then write the PDF, and the CSV and its codebook beside it."""
        from coach.adapters.report_pdf import write_report_files  # the PDF loads when asked

        record = self.record
        if record is None:
            return None
        suggestion = Path.home() / f"sleep-diary-{first}-to-{last}.pdf"
        path = self.app.dialogs.ask_save_path(
            translate("Diary", "Create a report for the doctor"),
            suggestion,
            translate("Diary", "PDF (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            period = record.period(first, last)
            written = write_report_files(
                period,
                self._labels(),
                self.evening.local_now().date(),
                path,
                path.with_suffix(".csv"),
            )
        except OSError as exc:
            where = exc.filename or path
            self.app.dialogs.tell(
                translate("Diary", "Report"),
                translate("Diary", "The report could not be written to {where}: {exc}").format(
                    where=where, exc=exc.strerror or exc
                ),
            )
            return None
        pages = written.pages
        self.app.dialogs.tell(
            translate("Diary", "Report"),
            translate(
                "Diary",
                "The report is in {pdf} (%n page(s)); the nights as a table in {table}, "
                "and what its columns mean in {codebook}. Nothing was sent anywhere.",
                None,
                pages,
            ).format(
                pdf=written.pdf,
                table=written.table,
                codebook=written.codebook,
            ),
        )
        return written.pdf

    # -- shared -----------------------------------------------------------------------------
    def _hold_checkin(self, dialog: CheckInDialog | QuickCheckInDialog | None) -> None:
        self.app.checkin_dialog = dialog

    def _hold_startle(self, dialog: StartleDialog | None) -> None:
        self.app.startle_dialog = dialog

    def _may_edit_past(self) -> bool:
        care = self.app.care
        return care is None or not care.locked or care.guard()

    def _kept(self, save: Callable[[], None], night: date) -> bool:
        try:
            save()
        except Exception as exc:  # a full or read-only disk: say so, keep the app going
            self._say(
                translate("Diary", "The check-in could not be saved ({exc}).").format(exc=exc)
            )
            return False
        self._say(translate("Diary", "Saved: the night of {night}.").format(night=day_name(night)))
        self.refresh_history()
        return True

    def _say(self, words: str) -> None:
        self.app.window.add_notice(words)


Shown = TypeVar("Shown", bound=QDialog)


def _answered(dialog: Shown, hold: Callable[[Shown | None], None]) -> bool:
    """Show *dialog* until it is answered (kept by *hold* meanwhile, where the window and
    the tests find it); True when it was accepted.  Its values stay readable after."""
    hold(dialog)
    try:
        return bool(dialog.exec())
    finally:
        hold(None)
        dialog.deleteLater()


def _yes_no(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _values(entry: DiaryEntry) -> dict[str, object]:
    return {
        "in_bed": entry.in_bed,
        "tried": entry.tried,
        "latency": entry.latency,
        "awakenings": entry.awakenings,
        "awake": entry.awake,
        "final_wake": entry.final_wake,
        "out_of_bed": entry.out_of_bed,
        "quality": entry.quality,
        "rested": entry.rested,
        "naps": entry.naps,
        "nap_minutes": entry.nap_minutes,
        "caffeine": entry.caffeine,
        "caffeine_last": entry.caffeine_last,
        "alcohol": entry.alcohol,
        "alcohol_last": entry.alcohol_last,
        "comments": entry.comments,
        "filled_by": entry.filled_by,
    }


def _describe(problem: DiaryProblem) -> str:
    return diary_text.describe(problem, translate)
