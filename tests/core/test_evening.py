"""Tonight's plan and reminders on a fake clock, across midnight and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from support.clocks import FakeClock, ManualScheduler

from coach.core.evening import DEFAULT_ITEMS, Bedtimes, Item, night_of, plan_for, with_item
from coach.core.reminders import ReminderPlanner

BERLIN = ZoneInfo("Europe/Berlin")


def test_defaults_are_the_three_known_habits() -> None:
    on = [i.id for i in DEFAULT_ITEMS if i.enabled]
    assert on == ["light-meal", "screens-off", "warm-bath"]
    bath = next(i for i in DEFAULT_ITEMS if i.id == "warm-bath")
    assert bath.duration == 20 and "not hot" in bath.reason.replace("rather than hot", "not hot")


def test_due_times_in_order_from_tonights_bedtime() -> None:
    plan = plan_for(date(2026, 11, 26), Bedtimes(bedtime=time(22, 30)), DEFAULT_ITEMS, BERLIN)
    got = [(p.item.id, p.due.strftime("%H:%M")) for p in plan.items]
    assert got == [("light-meal", "20:00"), ("warm-bath", "21:00"), ("screens-off", "21:30")]
    assert plan.sleep_hours == 8 and plan.enough_sleep


def test_bedtime_after_midnight_belongs_to_the_evening_before() -> None:
    bedtimes = Bedtimes(bedtime=time(0, 30), wake=time(7, 0))
    plan = plan_for(date(2026, 11, 26), bedtimes, DEFAULT_ITEMS, BERLIN)
    assert plan.bedtime == datetime(2026, 11, 27, 0, 30, tzinfo=BERLIN)
    assert plan.items[-1].due == datetime(2026, 11, 26, 23, 30, tzinfo=BERLIN)
    assert plan.sleep_hours == 6.5 and not plan.enough_sleep
    # 01:10 at night is still the evening of the 26th.
    assert night_of(datetime(2026, 11, 27, 1, 10, tzinfo=BERLIN)) == date(2026, 11, 26)
    assert night_of(datetime(2026, 11, 27, 12, 0, tzinfo=BERLIN)) == date(2026, 11, 27)


def test_children_need_ten_hours_and_weekdays_can_differ() -> None:
    child = Bedtimes(
        bedtime=time(20, 0), wake=time(6, 30), child=True, per_weekday={"friday": time(21, 0)}
    )
    assert plan_for(date(2026, 11, 26), child, DEFAULT_ITEMS, BERLIN).enough_sleep  # Thursday
    friday = plan_for(date(2026, 11, 27), child, DEFAULT_ITEMS, BERLIN)
    assert friday.bedtime.hour == 21 and friday.sleep_hours == 9.5 and not friday.enough_sleep


def test_daylight_saving_change_neither_shifts_nor_duplicates() -> None:
    # Clocks go back at 03:00 on 25 October 2026 in Berlin.
    bedtimes = Bedtimes(bedtime=time(2, 30), wake=time(6, 30))
    plan = plan_for(date(2026, 10, 24), bedtimes, DEFAULT_ITEMS, BERLIN)
    ids = [p.item.id for p in plan.items]
    assert len(ids) == len(set(ids)) == 3
    gaps = [(plan.bedtime.astimezone(UTC) - p.due_utc) for p in plan.items]
    assert gaps == [timedelta(minutes=150), timedelta(minutes=90), timedelta(minutes=60)]
    assert plan.sleep_hours == 5  # 02:30 summer time to 06:30 winter time: five real hours
    # Spring forward (29 March 2026): an evening plan at 22:30 is untouched.
    spring = plan_for(date(2026, 3, 28), Bedtimes(), DEFAULT_ITEMS, BERLIN)
    assert [p.due.strftime("%H:%M") for p in spring.items] == ["20:00", "21:00", "21:30"]
    assert spring.sleep_hours == 7  # 22:30 to 06:30 is one hour shorter that night


class WallClock:
    """A fake wall clock (aware) advanced together with the scheduler's fake clock."""

    def __init__(self, start: datetime) -> None:
        self.clock = FakeClock()
        self.start_mono = self.clock.now()
        self.start = start
        self.jump = timedelta()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.clock.now() - self.start_mono) + self.jump


def planner_at(start: datetime):
    wall = WallClock(start)
    scheduler = ManualScheduler(wall.clock)
    shown = []
    planner = ReminderPlanner(wall.now, scheduler, shown.append)
    return wall, scheduler, planner, shown


def test_each_reminder_fires_once_ten_minutes_ahead() -> None:
    plan = plan_for(date(2026, 11, 26), Bedtimes(), DEFAULT_ITEMS, BERLIN)
    _wall, scheduler, planner, shown = planner_at(datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN))
    planner.set_plan(plan)
    assert shown == []
    scheduler.advance(50 * 60)  # 19:50
    assert [(r.kind, r.names, r.minutes) for r in shown] == [("due", ("Finish a light meal",), 10)]
    planner.mark_done("warm-bath")
    scheduler.advance(3 * 3600)
    assert [r.items for r in shown] == [("light-meal",), ("screens-off",)]
    assert not any(r.summary for r in shown)


def test_a_late_start_never_lists_what_was_due_before_the_app_ran() -> None:
    """A first run, or opening the app late: nothing was "missed while it was away"."""
    plan = plan_for(date(2026, 11, 26), Bedtimes(), DEFAULT_ITEMS, BERLIN)
    _wall, scheduler, planner, shown = planner_at(datetime(2026, 11, 26, 21, 25, tzinfo=BERLIN))
    planner.set_plan(plan)
    assert len(shown) == 1
    assert shown[0].items == ("screens-off",) and shown[0].minutes == 5
    scheduler.advance(3600)
    assert len(shown) == 1


def test_after_suspend_the_clock_jump_gives_one_summary() -> None:
    plan = plan_for(date(2026, 11, 26), Bedtimes(), DEFAULT_ITEMS, BERLIN)
    wall, scheduler, planner, shown = planner_at(datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN))
    planner.set_plan(plan)
    # The computer sleeps from 19:00 to 22:00: the wall clock jumps, the timer fires late once.
    wall.jump = timedelta(hours=3)
    scheduler.advance(300)
    assert len(shown) == 1 and shown[0].summary
    assert shown[0].items == ("light-meal", "warm-bath", "screens-off")


@pytest.mark.parametrize("item", [i.id for i in DEFAULT_ITEMS])
def test_items_can_be_changed(item: str) -> None:
    changed = with_item(DEFAULT_ITEMS, item, minutes_before=5, enabled=True)
    assert next(i for i in changed if i.id == item).minutes_before == 5


def test_the_plan_after_the_get_up_time_is_the_coming_evenings() -> None:
    from datetime import time

    from coach.core.evening import plan_night

    wake = time(6, 30)
    tuesday = date(2026, 12, 1)
    at = lambda h, m: datetime(2026, 12, 1, h, m, tzinfo=BERLIN)  # noqa: E731
    assert plan_night(at(3, 0), wake) == tuesday - timedelta(days=1)  # still last night
    assert plan_night(at(6, 22), wake) == tuesday - timedelta(days=1)
    assert plan_night(at(6, 40), wake) == tuesday  # up: tonight's plan
    assert plan_night(at(7, 3), wake) == tuesday
    assert plan_night(at(13, 0), wake) == tuesday
    assert plan_night(at(23, 30), wake) == tuesday


def test_greeting_follows_the_time_of_day() -> None:
    from coach.core.evening import greeting

    at = lambda h: datetime(2026, 12, 1, h, 0, tzinfo=BERLIN)  # noqa: E731
    assert greeting(at(7)) == "Good morning"
    assert greeting(at(15)) == "Good afternoon"
    assert greeting(at(20)) == "Good evening"
    assert greeting(at(23)) == "Good night" and greeting(at(2)) == "Good night"


def test_odd_bedtime_and_get_up_pairs_get_a_gentle_check() -> None:
    from datetime import time

    from coach.core.evening import sleep_check

    odd = plan_for(
        date(2026, 12, 1), Bedtimes(bedtime=time(7, 30), wake=time(6, 30)), DEFAULT_ITEMS, BERLIN
    )
    assert odd.sleep_hours == 23
    assert sleep_check(odd) in ("long", "short")
    fine = plan_for(date(2026, 12, 1), Bedtimes(), DEFAULT_ITEMS, BERLIN)
    assert sleep_check(fine) is None


def test_a_restart_neither_repeats_reminders_nor_forgets_what_was_missed() -> None:
    """Closed at 19:52 after the meal reminder, opened again at 21:25 the same evening."""
    from coach.core.reminders import MemoryInProcess

    plan = plan_for(date(2026, 11, 26), Bedtimes(), DEFAULT_ITEMS, BERLIN)
    memory = MemoryInProcess()
    wall = WallClock(datetime(2026, 11, 26, 19, 45, tzinfo=BERLIN))
    shown: list = []
    first = ReminderPlanner(wall.now, ManualScheduler(wall.clock), shown.append, memory)
    first.set_plan(plan)
    ManualScheduler(wall.clock)  # (the first app's timer is simply never run again)
    wall.jump = timedelta(minutes=7)  # 19:52: "light meal in 10 minutes" was given at 19:50
    first.check()
    assert [r.items for r in shown] == [("light-meal",)]

    wall.jump = timedelta(hours=1, minutes=40)  # 21:25, a new start of the app
    shown.clear()
    second = ReminderPlanner(wall.now, ManualScheduler(wall.clock), shown.append, memory)
    second.set_plan(plan)
    # The bath (21:00) fell due while the app was away: said once, as missed. The meal
    # reminder is not repeated; screens off (21:30) comes as usual.
    assert [(r.summary, r.items) for r in shown] == [
        (True, ("warm-bath",)),
        (False, ("screens-off",)),
    ]

    shown.clear()
    third = ReminderPlanner(wall.now, ManualScheduler(wall.clock), shown.append, memory)
    third.set_plan(plan)
    assert shown == []  # opened once more: nothing is said twice


def test_a_morning_run_does_not_count_as_being_there_in_the_evening() -> None:
    from coach.core.reminders import MemoryInProcess

    plan = plan_for(date(2026, 11, 26), Bedtimes(), DEFAULT_ITEMS, BERLIN)
    memory = MemoryInProcess()
    wall = WallClock(datetime(2026, 11, 26, 7, 30, tzinfo=BERLIN))
    ReminderPlanner(wall.now, ManualScheduler(wall.clock), [].append, memory).set_plan(plan)
    wall.jump = timedelta(hours=13, minutes=55)  # 21:25
    shown: list = []
    ReminderPlanner(wall.now, ManualScheduler(wall.clock), shown.append, memory).set_plan(plan)
    assert [r.items for r in shown] == [("screens-off",)]  # nothing called missed


def test_the_night_the_clocks_go_back_tells_the_two_half_past_twos_apart() -> None:
    """Berlin, 25 October 2026: 03:00 summer time becomes 02:00 winter time. With bed at
    03:30, items 30-150 minutes before fall in the hour that comes twice."""
    from coach.core.formatting import wall_time

    berlin = ZoneInfo("Europe/Berlin")
    items = tuple(Item(f"i{m}", f"{m} before", minutes_before=m) for m in (30, 60, 90, 120, 150))
    plan = plan_for(date(2026, 10, 24), Bedtimes(time(3, 30), time(9, 0)), items, berlin)
    shown = [wall_time(p.due) for p in plan.items]
    assert shown == ["02:00 CEST", "02:30 CEST", "02:00 CET", "02:30 CET", "03:00"]
    assert wall_time(plan.bedtime) == "03:30"
    assert wall_time(datetime(2026, 11, 26, 21, 0, tzinfo=berlin)) == "21:00"


def test_minutes_left_and_when_the_session_display_next_changes() -> None:
    from coach.core.formatting import bar_value, minutes_left, next_change

    assert minutes_left(14 * 60 + 1) == 15
    assert minutes_left(14 * 60) == 14
    assert minutes_left(0.4) == 1
    assert minutes_left(0) == 0
    # 15 minutes: the bar steps every 0.9 s, so that comes first.
    assert next_change(0.0, 900.0) == pytest.approx(0.45)
    assert bar_value(0.45, 900.0) == 1 and bar_value(0.44, 900.0) == 0
    # A 10-hour night: the bar steps every 36 s; the minutes change first near a minute.
    assert next_change(0.0, 36_000.0) == pytest.approx(18.0)
    assert next_change(50.0, 36_000.0) == pytest.approx(4.0)  # 35 950 s → 599 min at 35 940
    assert next_change(900.0, 900.0) is None


def test_the_session_bar_steps_a_pixel_and_a_few_seconds_at_most() -> None:
    from coach.core.formatting import BAR_STEP_SECONDS, bar_steps, next_change

    assert BAR_STEP_SECONDS >= 2.0  # a calm bar, and few wake-ups between cues
    # 15 minutes on a 684-pixel bar: a step every 4 s (not one a pixel, every 1.3 s).
    assert bar_steps(684, 900.0) == 225
    assert next_change(2.0, 900.0, bar_steps(684, 900.0)) == pytest.approx(4.0)
    assert bar_steps(300, 36_000.0) == 300  # a night on a narrow bar: a pixel
    assert bar_steps(2000, 36_000.0) == 1000  # never finer than the bar's range
    assert bar_steps(684, 2.0) == 1 and bar_steps(0, 900.0) == 1
