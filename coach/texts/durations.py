"""Lengths of time in words of the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.core.formatting import about_minutes, minutes_left

translate = QCoreApplication.translate


def about(seconds: float) -> str:
    """``about 14 minutes``."""
    minutes = about_minutes(seconds)
    return translate("Durations", "about %n minute(s)", None, minutes)


def left(seconds: float) -> str:
    """``12 min left``."""
    minutes = minutes_left(seconds)
    return translate("Durations", "%n min left", None, minutes)
