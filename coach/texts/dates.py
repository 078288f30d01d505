"""Days as the window's language names them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def day_name(day: date, short: bool = False) -> str:
    """``Tuesday 1 December`` (``Tue 1 Dec``) in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), SHORT_DAY if short else DAY)


#: How a night is named: the weekday, the day and the month (Qt's date format).
DAY = "dddd d MMMM"
SHORT_DAY = "ddd d MMM"
