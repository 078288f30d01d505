"""What importing a setup would change, in words a person can check before saying yes.

Compares what is here now with what the setup carries: settings field by field, the
bedtime and the checklist item by item.
"""

from __future__ import annotations

from dataclasses import fields

from coach.core.evening import Bedtimes, Item
from coach.core.settings import Settings

#: Settings a person would recognise, with how to name them; internal ones are left out.
SETTING_NAMES = {
    "person_name": "Name in the greeting",
    "simple_mode": "Simple mode",
    "high_contrast": "High contrast",
    "large_text": "Large text",
    "voice": "Voice",
    "rate": "Speaking rate",
    "volume": "Voice volume",
    "routine": "Routine chosen",
    "captions": "Captions",
    "screen_dark": "Dark screen",
    "text_size": "Caption size",
    "body_map": "Body map",
    "breathing": "Breathing guide",
    "breaths_per_minute": "Breathing guide speed",
    "chime": "Chime before each step",
    "chime_volume": "Chime volume",
    "background": "Background sound",
    "background_volume": "Background volume",
    "close_to_tray": "Closing keeps reminders in the tray",
    "quit_after_minutes": "Close the app after a session",
}


def _shown(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if name in ("volume", "chime_volume", "background_volume") and isinstance(value, float):
        return f"{round(value * 100)} %"
    if name == "rate":
        return f"{value} words a minute"
    if name == "quit_after_minutes":
        return "never" if value == 0 else f"{value} minutes after"
    if name == "text_size":
        return f"{value} px"
    if isinstance(value, str):
        return f"“{value}”" if value else "none"
    return str(value)


def settings_changes(now: Settings, new: Settings) -> list[str]:
    """One line per setting that would change, e.g. "Simple mode: off → on"."""
    lines = []
    for spec in fields(Settings):
        label = SETTING_NAMES.get(spec.name)
        old, value = getattr(now, spec.name), getattr(new, spec.name)
        if label is not None and old != value:
            lines.append(f"{label}: {_shown(spec.name, old)} → {_shown(spec.name, value)}")
    return lines


def plan_changes(
    now: tuple[Bedtimes, tuple[Item, ...]], new: tuple[Bedtimes, tuple[Item, ...]]
) -> list[str]:
    """The bedtime, get-up time and checklist items that would change."""
    (bed, items), (new_bed, new_items) = now, new
    lines = []
    if bed.bedtime != new_bed.bedtime:
        lines.append(f"Bedtime: {bed.bedtime:%H:%M} → {new_bed.bedtime:%H:%M}")
    if bed.wake != new_bed.wake:
        lines.append(f"Get-up time: {bed.wake:%H:%M} → {new_bed.wake:%H:%M}")
    if bed.per_weekday != new_bed.per_weekday:
        days = ", ".join(f"{d} {t:%H:%M}" for d, t in sorted(new_bed.per_weekday.items()))
        lines.append(f"Bedtimes by weekday: {days or 'none'}")
    if bed.child != new_bed.child:
        lines.append("This is a child: " + ("yes" if new_bed.child else "no"))
    old_items = {i.id: i for i in items}
    new_by_id = {i.id: i for i in new_items}
    for item in new_items:
        before = old_items.get(item.id)
        state = "on" if item.enabled else "off"
        if before is None:
            lines.append(f"Checklist: adds “{item.title}”, {item.minutes_before} min before bed")
        elif before != item:
            what = []
            if before.minutes_before != item.minutes_before:
                what.append(f"{before.minutes_before} → {item.minutes_before} min before bed")
            if before.enabled != item.enabled:
                what.append(f"turned {state}")
            if before.title != item.title:
                what.append(f"renamed from “{before.title}”")
            if before.reason != item.reason or before.duration != item.duration:
                what.append("its words or length change")
            lines.append(f"Checklist: “{item.title}” — " + ", ".join(what))
    for item in items:
        if item.id not in new_by_id:
            lines.append(f"Checklist: removes “{item.title}”")
    return lines
