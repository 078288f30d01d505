"""A period of nights side by side, on nights worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

from coach.core.diary import QuickCheckIn, Startle, check_entry, check_quick, doctor_reasons
from coach.core.diary_summary import RELAXATION_FINISHED, rules_first_night, summarise

FIRST = date(2026, 11, 23)
LAST = date(2026, 11, 29)


def entry(night: date, **changes: object):  # type: ignore[no-untyped-def]
    raw = {
        "in_bed": "22:30",
        "tried": "22:45",
        "latency": 20,
        "awakenings": 2,
        "awake": 25,
        "final_wake": "06:30",
        "out_of_bed": "06:50",
        "quality": 4,
        **changes,
    }
    made, problems = check_entry(night, raw)
    assert made is not None, problems
    return made


def test_a_week_with_gaps_averages_only_the_nights_checked_in() -> None:
    # Night 1: TST 420 of TIB 500 → SE 84.0.  Night 3: no awakenings, latency 10:
    # TST = 465 − 10 = 455, TIB 500 → SE 91.0.  Night 2 has no check-in.
    period = summarise(
        FIRST,
        LAST,
        [entry(FIRST), entry(FIRST + timedelta(2), latency=10, awakenings=0, awake=0)],
        [],
        [],
        {},
        {},
    )
    assert [n.night for n in period.nights] == [FIRST + timedelta(d) for d in range(7)]
    assert period.nights[1].figures is None
    a = period.averages
    assert a.nights == 2
    assert (a.sol, a.waso, a.tst, a.tib, a.se, a.quality) == (15.0, 12.5, 437.5, 500, 87.5, 4)
    assert period.doctor == ()


def test_nights_with_the_bath_are_set_beside_the_others() -> None:
    nights = [
        entry(FIRST),  # bath, SE 84.0
        entry(FIRST + timedelta(1), latency=10, awakenings=0, awake=0),  # bath, SE 91.0
        entry(FIRST + timedelta(2), latency=60, awake=65),  # none, TST 340 → SE 68.0
    ]
    done = {FIRST: ["bath", "screens_off"], FIRST + timedelta(1): ["bath"]}
    outcomes = {FIRST: ["finished"], FIRST + timedelta(2): ["stopped", None]}
    period = summarise(FIRST, LAST, nights, [], [], done, outcomes)
    by_item = {s.item: s for s in period.side_by_side}
    assert (by_item["bath"].nights_done, by_item["bath"].se_done) == (2, 87.5)
    assert (by_item["bath"].nights_not, by_item["bath"].se_not) == (1, 68.0)
    assert (by_item["screens_off"].se_done, by_item["screens_off"].se_not) == (84.0, 79.5)
    relax = by_item[RELAXATION_FINISHED]
    assert (relax.nights_done, relax.se_done, relax.nights_not) == (1, 84.0, 2)
    assert [n.relaxation for n in period.nights[:3]] == ["finished", "", "stopped"]


def test_startles_are_counted_by_part_and_situation() -> None:
    startles = [
        Startle(FIRST, "right_leg", "falling_asleep", 1, woke=True),
        Startle(FIRST, "right_leg", "night", None),
        Startle(LAST, "arms", "falling_asleep", 2, legs_uncomfortable=True),
        Startle(FIRST - timedelta(3), "neck", "night"),  # before the period
    ]
    period = summarise(FIRST, LAST, [], [], startles, {}, {})
    assert period.startle_count == 3
    assert period.startles_by_area == (("right_leg", 2), ("arms", 1))
    assert period.startles_by_situation == (("falling_asleep", 2), ("night", 1))
    assert (period.startles_woke, period.startles_legs) == (1, 1)
    assert period.doctor == ("uncomfortable_legs",)
    assert [len(n.startles) for n in period.nights] == [2, 0, 0, 0, 0, 0, 1]


def test_quick_yes_counts_as_a_night_with_startles_for_the_doctor_rule() -> None:
    last = date(2026, 11, 29)
    logged = [Startle(last - timedelta(n), "legs", "falling_asleep") for n in range(4)]
    quick = [QuickCheckIn(last - timedelta(n), 3, True, False) for n in range(4, 8)]
    first = last - timedelta(13)
    period = summarise(first, last, [], quick, logged, {}, {})
    assert period.doctor == ("most_nights",)
    # Seven nights in all is not yet most of the fortnight.
    fewer = summarise(first, last, [], quick[:3], logged, {}, {})
    assert fewer.doctor == ()
    assert period.nights[-5].quality == 3 and period.nights[-5].startled


def test_the_rules_look_back_three_weeks() -> None:
    last = date(2026, 11, 29)
    assert rules_first_night(last) == date(2026, 11, 9)
    weeks = [Startle(last - timedelta(14 + n), "legs", "night") for n in range(1)]
    weeks += [Startle(last - timedelta(7 + n), "legs", "night") for n in range(2)]
    weeks += [Startle(last - timedelta(n), "legs", "night") for n in range(3)]
    assert doctor_reasons(weeks, last) == ["growing"]
    assert "growing" not in summarise(last - timedelta(6), last, [], [], weeks[1:], {}, {}).doctor
    assert "growing" in summarise(last - timedelta(6), last, [], [], weeks, {}, {}).doctor


def test_a_quick_check_in_needs_a_quality_of_one_to_five() -> None:
    assert check_quick(FIRST, 3) == []
    assert [p.code for p in check_quick(FIRST, None)] == ["missing"]
    assert [p.code for p in check_quick(FIRST, 9)] == ["out_of_range"]


def test_the_order_of_first_and_last_does_not_matter() -> None:
    assert summarise(LAST, FIRST, [], [], [], {}, {}).first == FIRST
