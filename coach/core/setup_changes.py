"""What importing a setup would change, in words a person can check before saying yes.

Compares what is here now with what the setup carries: settings field by field, the
bedtime and the checklist item by item.
"""

from __future__ import annotations

from dataclasses import fields

from coach.core.evening import Bedtimes, Item
from coach.core.settings import Settings
from coach.core.words import Said, joined, said

#: Settings a person would recognise, with how to name them; internal ones are left out.
SETTING_NAMES = {
    "person_name": said("SetupChanges", "Name in the greeting"),
    "simple_mode": said("SetupChanges", "Simple mode"),
    "high_contrast": said("SetupChanges", "High contrast"),
    "large_text": said("SetupChanges", "Large text"),
    "voice": said("SetupChanges", "Voice"),
    "rate": said("SetupChanges", "Speaking rate"),
    "volume": said("SetupChanges", "Voice volume"),
    "routine": said("SetupChanges", "Routine chosen"),
    "captions": said("SetupChanges", "Captions"),
    "screen_dark": said("SetupChanges", "Dark screen"),
    "text_size": said("SetupChanges", "Caption size"),
    "body_map": said("SetupChanges", "Body map"),
    "breathing": said("SetupChanges", "Breathing guide"),
    "breaths_per_minute": said("SetupChanges", "Breathing guide speed"),
    "chime": said("SetupChanges", "Chime before each step"),
    "chime_volume": said("SetupChanges", "Chime volume"),
    "background": said("SetupChanges", "Background sound"),
    "background_volume": said("SetupChanges", "Background volume"),
    "background_until": said("SetupChanges", "Background plays on until"),
    "language": said("SetupChanges", "Language"),
    "close_to_tray": said("SetupChanges", "Closing keeps reminders in the tray"),
    "quit_after_minutes": said("SetupChanges", "Close the app after a session"),
}
ON = said("SetupChanges", "on")
OFF = said("SetupChanges", "off")


def _shown(name: str, value: object) -> str | Said:
    if isinstance(value, bool):
        return ON if value else OFF
    if name in ("volume", "chime_volume", "background_volume") and isinstance(value, float):
        return f"{round(value * 100)} %"
    if name == "rate":
        return said("SetupChanges", "{rate} words a minute").using(rate=str(value))
    if name == "quit_after_minutes" and isinstance(value, int):
        if value == 0:
            return said("SetupChanges", "never")
        return said("SetupChanges", "%n minute(s) after").counting(value)
    if name == "text_size":
        return f"{value} px"
    if isinstance(value, str):
        return f"“{value}”" if value else said("SetupChanges", "none")
    return str(value)


def settings_changes(now: Settings, new: Settings) -> list[Said]:
    """One line per setting that would change, e.g. "Simple mode: off → on"."""
    lines = []
    for spec in fields(Settings):
        label = SETTING_NAMES.get(spec.name)
        old, value = getattr(now, spec.name), getattr(new, spec.name)
        if label is not None and old != value:
            lines.append(
                Said("SetupChanges", "{label}: {old} → {new}").using(
                    label=label, old=_shown(spec.name, old), new=_shown(spec.name, value)
                )
            )
    return lines


def plan_changes(
    now: tuple[Bedtimes, tuple[Item, ...]], new: tuple[Bedtimes, tuple[Item, ...]]
) -> list[Said]:
    """The bedtime, get-up time and checklist items that would change."""
    (bed, items), (new_bed, new_items) = now, new
    lines = []
    if bed.bedtime != new_bed.bedtime:
        lines.append(
            said("SetupChanges", "Bedtime: {old} → {new}").using(
                old=f"{bed.bedtime:%H:%M}", new=f"{new_bed.bedtime:%H:%M}"
            )
        )
    if bed.wake != new_bed.wake:
        lines.append(
            said("SetupChanges", "Get-up time: {old} → {new}").using(
                old=f"{bed.wake:%H:%M}", new=f"{new_bed.wake:%H:%M}"
            )
        )
    if bed.per_weekday != new_bed.per_weekday:
        days = ", ".join(f"{d} {t:%H:%M}" for d, t in sorted(new_bed.per_weekday.items()))
        lines.append(
            said("SetupChanges", "Bedtimes by weekday: {days}").using(
                days=days or said("SetupChanges", "none")
            )
        )
    if bed.child != new_bed.child:
        lines.append(
            said("SetupChanges", "This is a child: yes")
            if new_bed.child
            else said("SetupChanges", "This is a child: no")
        )
    old_items = {i.id: i for i in items}
    new_by_id = {i.id: i for i in new_items}
    for item in new_items:
        before = old_items.get(item.id)
        if before is None:
            lines.append(
                said("SetupChanges", "Checklist: adds “{title}”, {minutes} min before bed").using(
                    title=_title(item), minutes=item.minutes_before
                )
            )
        elif before != item:
            what: list[Said] = []
            if before.minutes_before != item.minutes_before:
                what.append(
                    said("SetupChanges", "{old} → {new} min before bed").using(
                        old=before.minutes_before, new=item.minutes_before
                    )
                )
            if before.enabled != item.enabled:
                what.append(
                    said("SetupChanges", "turned on")
                    if item.enabled
                    else said("SetupChanges", "turned off")
                )
            if before.title != item.title:
                what.append(
                    said("SetupChanges", "renamed from “{title}”").using(title=_title(before))
                )
            if before.reason != item.reason or before.duration != item.duration:
                what.append(said("SetupChanges", "its words or length change"))
            lines.append(
                said("SetupChanges", "Checklist: “{title}” — {what}").using(
                    title=_title(item), what=joined(what)
                )
            )
    for item in items:
        if item.id not in new_by_id:
            lines.append(
                said("SetupChanges", "Checklist: removes “{title}”").using(title=_title(item))
            )
    return lines


def _title(item: Item) -> Said:
    """An item's title: a built-in one in the reader's language, one's own as written."""
    return Said("Checklist", item.title)
