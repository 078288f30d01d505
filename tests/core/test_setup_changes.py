"""An import says what it changes: settings and the evening plan, in plain words."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from coach.core.evening import DEFAULT_ITEMS, Bedtimes, Item
from coach.core.settings import Settings
from coach.core.setup_changes import plan_changes, settings_changes


def test_only_the_settings_that_change_are_listed_with_their_old_and_new_values() -> None:
    now = Settings()
    new = replace(now, simple_mode=True, volume=0.5, tray_hint_shown=True, quit_after_minutes=30)
    assert [str(line) for line in settings_changes(now, new)] == [
        "Voice volume: 90 % → 50 %",
        "Simple mode: off → on",
        "Close the app after a session: never → 30 minutes after",
    ]  # the tray hint is the app's own business
    assert settings_changes(now, now) == []


def test_bedtimes_and_each_checklist_item_that_changes() -> None:
    meal, screens, bath, *others = DEFAULT_ITEMS
    tea = Item("tea", "A cup of warm milk", 45)
    new_items = (replace(meal, minutes_before=120), screens, *others, tea)
    lines = plan_changes(
        (Bedtimes(), DEFAULT_ITEMS), (Bedtimes(time(21, 0), child=True), new_items)
    )
    assert [str(line) for line in lines] == [
        "Bedtime: 22:30 → 21:00",
        "This is a child: yes",
        f"Checklist: “{meal.title}” — {meal.minutes_before} → 120 min before bed",
        "Checklist: adds “A cup of warm milk”, 45 min before bed",
        f"Checklist: removes “{bath.title}”",
    ]
    assert plan_changes((Bedtimes(), DEFAULT_ITEMS), (Bedtimes(), DEFAULT_ITEMS)) == []
