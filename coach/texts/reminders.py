"""Reminders in words of the window's language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from coach.core.reminders import Reminder

translate = QCoreApplication.translate


def in_words(reminder: Reminder) -> Reminder:
    """*reminder* with its title and message said (a note is already in words)."""
    names = [translate("Checklist", name) for name in reminder.names]
    if reminder.kind == "due":
        name = names[0] if names else ""
        minutes = reminder.minutes
        if minutes > 1:
            when = translate("Reminders", "{item} in %n minute(s).", None, minutes)
        else:
            when = translate("Reminders", "{item} now.")
        message = when.format(item=name)
        if reminder.reason:
            message += " " + translate("Checklist", reminder.reason)
        return replace(reminder, title=name, message=message)
    if reminder.kind == "missed":
        return replace(
            reminder,
            title=translate("Reminders", "Earlier this evening"),
            message=translate(
                "Reminders",
                "These were due while the app was away: {items}. Tick them off in Tonight "
                "if you did them.",
            ).format(items=translate("Reminders", ", ").join(names)),
        )
    return reminder
