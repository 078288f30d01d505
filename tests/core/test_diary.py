"""The night diary's figures, checks and warning signs, on nights worked out by hand."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from coach.core.diary import (
    DiaryEntry,
    Startle,
    check_entry,
    check_startle,
    doctor_reasons,
    figures,
    night_minutes,
)
from coach.services.diary_text import describe, doctor_note

MONDAY = date(2026, 11, 30)

#: In bed 22:30, tried 22:45, 20 min to fall asleep, woke twice for 25 min in all,
#: final awakening 06:30, out of bed 06:50.
TYPICAL = {
    "in_bed": "22:30",
    "tried": "22:45",
    "latency": 20,
    "awakenings": 2,
    "awake": 25,
    "final_wake": "06:30",
    "out_of_bed": "06:50",
    "quality": 4,
}


def test_times_after_midnight_belong_to_the_evening_the_night_began() -> None:
    assert night_minutes(time(22, 30)) == 630
    assert night_minutes(time(0, 10)) == 730
    assert night_minutes(time(6, 40)) == 1120
    assert night_minutes(time(12, 0)) == 0


def test_the_figures_of_a_typical_night() -> None:
    entry, problems = check_entry(MONDAY, TYPICAL)
    assert problems == [] and entry is not None
    f = figures(entry)
    # TIB 22:30 → 06:50 = 8 h 20 = 500; TST = (06:30 − 22:45 = 465) − 20 − 25 = 420.
    assert (f.sol, f.waso, f.awakenings, f.tib, f.tst) == (20, 25, 2, 500, 420)
    assert f.se == 84.0  # 420 / 500


def test_a_night_begun_after_midnight_with_no_awakenings() -> None:
    raw = {
        **TYPICAL,
        "in_bed": "00:20",
        "tried": "00:30",
        "latency": 5,
        "awakenings": 0,
        "awake": 0,
        "final_wake": "07:00",
        "out_of_bed": "07:05",
    }
    entry, problems = check_entry(MONDAY, raw)
    assert problems == [] and entry is not None and entry.night == MONDAY
    f = figures(entry)
    # TIB 00:20 → 07:05 = 405; TST = (07:00 − 00:30 = 390) − 5 − 0 = 385; SE 95.1.
    assert (f.tib, f.tst, f.waso, f.se) == (405, 385, 0, 95.1)


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        (
            {"out_of_bed": "06:10"},
            "out_of_bed_before_final_wake",
            "Out of bed (06:10) is before the final awakening (06:30).",
        ),
        (
            {"tried": "22:00"},
            "tried_before_in_bed",
            "Tried to sleep (22:00) is before you got into bed (22:30).",
        ),
        (
            {"latency": 500},
            "asleep_after_final_wake",
            "Minutes to fall asleep: 500 minutes would be after the final awakening",
        ),
        (
            {"awake": 460},
            "more_awake_than_in_bed",
            "Minutes awake in the night: 460 minutes is more than the 445 minutes",
        ),
        ({"awakenings": 0}, "awake_without_awakenings", "no time woken is given"),
        ({"final_wake": "22:40"}, "final_wake_before_tried", "is not after the time you tried"),
        ({"quality": 6}, "out_of_range", "Quality of sleep: 6 is outside 1–5 (1 = very poor"),
        ({"in_bed": "25:00"}, "not_a_time", "Into bed: “25:00” is not a time"),
        (
            {"latency": "ten"},
            "not_a_number",
            "Minutes to fall asleep: “ten” is not a whole number.",
        ),
        ({"final_wake": ""}, "missing", "Final awakening: please fill this in."),
        ({"naps": 0, "nap_minutes": 30}, "nap_minutes_without_naps", "no nap"),
        ({"comments": "fine\x1b[2J"}, "control_character", "Comments: contains a control"),
    ],
)
def test_every_rule_names_the_field_and_keeps_nothing(change, code, words: str) -> None:
    entry, problems = check_entry(MONDAY, {**TYPICAL, **change})
    assert entry is None
    assert code in [p.code for p in problems], problems
    assert any(words in describe(p) for p in problems), [describe(p) for p in problems]


def test_every_problem_is_reported_at_once() -> None:
    _entry, problems = check_entry(MONDAY, {**TYPICAL, "quality": 0, "in_bed": "x", "awake": -1})
    assert {p.field for p in problems} == {"quality", "in_bed", "awake"}


def test_startles_are_checked() -> None:
    areas = {"right_leg", "neck"}
    assert check_startle(MONDAY, "right_leg", "falling_asleep", 1.0, areas) == []
    codes = [p.code for p in check_startle(MONDAY, "tail", "dreaming", 900, areas)]
    assert codes == ["unknown_area", "unknown_situation", "out_of_range"]


def _nights(count: int, *, every: int = 1, **startle) -> list[Startle]:
    last = MONDAY
    return [
        Startle(
            last - timedelta(days=n),
            "right_leg",
            startle.pop("situation", "falling_asleep"),
            **startle,
        )
        for n in range(0, count, every)
    ]


def test_the_doctor_note_appears_only_when_the_signs_are_there() -> None:
    assert doctor_reasons([], MONDAY) == [] and doctor_note([]) == ""
    assert doctor_reasons(_nights(14, every=2), MONDAY) == []  # 7 of 14 nights: not "most"
    assert doctor_reasons(_nights(14, every=1)[:8], MONDAY) == ["most_nights"]
    awake = [Startle(MONDAY, "neck", "daytime")]
    assert doctor_reasons(awake, MONDAY) == ["while_awake"]
    legs = [Startle(MONDAY, "right_leg", "night", legs_uncomfortable=True)]
    assert doctor_reasons(legs, MONDAY) == ["uncomfortable_legs"]
    # 1, 2, then 4 startles in three weeks: growing.
    growing = [
        Startle(MONDAY - timedelta(days=d), "neck", "night") for d in (15, 9, 10, 1, 2, 3, 4)
    ]
    assert doctor_reasons(growing, MONDAY) == ["growing"]
    note = doctor_note(["most_nights", "uncomfortable_legs"])
    assert "doctor" in note and "• Uncomfortable legs before startles." in note
    for word in ("diagnos", "syndrome", "magnesium", "melatonin", "tablet"):
        assert word not in note.lower()


def test_an_entry_keeps_what_was_typed() -> None:
    raw = {
        **TYPICAL,
        "rested": "3",
        "caffeine": 2,
        "caffeine_last": "15:30",
        "comments": "  Woke at 3 from a noise. ",
        "filled_by": "Anna",
    }
    entry, problems = check_entry(MONDAY, raw)
    assert problems == []
    assert entry == DiaryEntry(
        MONDAY,
        time(22, 30),
        time(22, 45),
        20,
        2,
        25,
        time(6, 30),
        time(6, 50),
        4,
        rested=3,
        caffeine=2,
        caffeine_last=time(15, 30),
        comments="Woke at 3 from a noise.",
        filled_by="Anna",
    )
