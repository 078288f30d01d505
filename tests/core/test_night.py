"""The background through the night: how long it plays on after the closing words."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from coach.core.night import MAX_NIGHT_HOURS, night_seconds, until_problem
from coach.core.settings import parse_settings

BERLIN = ZoneInfo("Europe/Berlin")
WAKE = time(6, 30)


def at(day: int, hour: int, minute: int = 0, month: int = 1) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def test_empty_means_the_background_ends_with_the_session() -> None:
    assert night_seconds("", at(5, 23), WAKE, BERLIN) == 0.0


def test_until_a_time_after_midnight() -> None:
    assert night_seconds("05:30", at(5, 23, 15), WAKE, BERLIN) == 6.25 * 3600


def test_until_the_get_up_time_of_the_plan() -> None:
    assert night_seconds("get-up", at(5, 23, 30), WAKE, BERLIN) == 7 * 3600


def test_never_more_than_ten_hours() -> None:
    assert night_seconds("get-up", at(5, 19), WAKE, BERLIN) == MAX_NIGHT_HOURS * 3600


def test_a_time_just_gone_by_means_no_night_not_a_whole_day() -> None:
    assert night_seconds("23:00", at(5, 23, 10), WAKE, BERLIN) == 0.0


def test_real_hours_across_the_clock_change() -> None:
    # 25 October 2026: the clocks go back at 03:00, so 23:00 to 06:00 is eight hours.
    assert night_seconds("06:00", at(24, 23, month=10), WAKE, BERLIN) == 8 * 3600


@pytest.mark.parametrize("value", ["", "get-up", "00:00", "06:30", "23:59"])
def test_the_settings_take_these(value: str) -> None:
    assert until_problem(value) is None
    settings, problems = parse_settings(f'background_until = "{value}"\n')
    assert problems == [] and settings.background_until == value


@pytest.mark.parametrize("value", ["6:30", "24:00", "06:60", "morning", "06:30 "])
def test_the_settings_refuse_these_and_say_what_would_do(value: str) -> None:
    settings, problems = parse_settings(f'background_until = "{value}"\n')
    assert settings.background_until == ""
    assert len(problems) == 1 and problems[0].field == "background_until"
    assert "“get-up” or a time such as “06:30”" in problems[0].message
