"""The morning check-in in the window: offered for the night just past, pre-filled with
what the app knows, checked as it is typed, kept in the nights' record."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from coach.adapters.history import DiaryRecord
from coach.core.diary import DiaryEntry, check_entry
from coach.core.evening import night_of
from coach.services.diary_text import describe

if TYPE_CHECKING:
    from coach.application import App
    from coach.evening_controller import EveningController


def open_checkin(app: App, evening: EveningController, night: date | None = None) -> bool:
    """Ask about *night* (by default the one just past); True when it was saved."""
    from coach.ui.checkin_dialog import CheckInDialog

    if app.history is None:
        return False
    record = DiaryRecord(app.history)
    now = evening.local_now()
    night = night or night_of(now)
    saved = record.entry(night)
    prefill = _values(saved) if saved is not None else first_guess(app, evening, night)

    def check(values: dict[str, object]) -> list[str]:
        return [describe(p) for p in check_entry(night, values)[1]]

    dialog = CheckInDialog(night, prefill, check, app.window)
    app.checkin_dialog = dialog
    try:
        if not dialog.exec():
            return False
    finally:
        app.checkin_dialog = None
    entry, problems = check_entry(night, dialog.values())
    if entry is None:  # the dialog saves only when there is nothing to fix
        app.window.add_notice("The check-in was not saved: " + " ".join(map(describe, problems)))
        return False
    try:
        record.save(entry, now)
    except Exception as exc:  # a full or read-only disk: say so, keep the app going
        app.window.add_notice(f"The check-in could not be saved ({exc}).")
        return False
    app.window.add_notice(f"Saved: the night of {night:%A %d %B}.")
    return True


#: The check-in is offered when the app opens between these hours (the morning after).
MORNING = (time(4, 0), time(12, 0))
OFFER = "How did you sleep? Sleep diary… on the home page asks about last night in a minute."


def offer_checkin(app: App, evening: EveningController) -> bool:
    """On opening the app in the morning, a quiet word if last night has no check-in."""
    now = evening.local_now()
    if app.history is None or not MORNING[0] <= now.time().replace(tzinfo=None) < MORNING[1]:
        return False
    if DiaryRecord(app.history).entry(night_of(now)) is not None:
        return False
    app.window.add_notice(OFFER)
    return True


def first_guess(app: App, evening: EveningController, night: date) -> dict[str, object]:
    """When relaxation started that night (or the planned bedtime), and the get-up time."""
    assert app.history is not None
    starts = app.history.session_starts(night)
    bedtimes = evening.bedtimes
    bed = starts[0].timetz().replace(tzinfo=None) if starts else bedtimes.for_evening(night)
    bed = time(bed.hour, bed.minute)
    wake = bedtimes.wake
    return {"in_bed": bed, "tried": bed, "final_wake": wake, "out_of_bed": wake}


def _values(entry: DiaryEntry) -> dict[str, object]:
    return {
        "in_bed": entry.in_bed,
        "tried": entry.tried,
        "latency": entry.latency,
        "awakenings": entry.awakenings,
        "awake": entry.awake,
        "final_wake": entry.final_wake,
        "out_of_bed": entry.out_of_bed,
        "naps": entry.naps,
        "nap_minutes": entry.nap_minutes,
        "caffeine": entry.caffeine,
        "alcohol": entry.alcohol,
    }
