"""Times of day between Python and Qt's time fields (hours and minutes)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())
