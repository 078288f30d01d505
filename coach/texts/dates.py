"""Days as the window's language names them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coach.core.words import marked


def day_name(day: date, short: bool = False) -> str:
    """``Tuesday 1 December`` (``Tue 1 Dec``) in the window's language."""
    shape = QCoreApplication.translate("Dates", SHORT_DAY if short else DAY)
    return QLocale().toString(QDate(day.year, day.month, day.day), shape)


def long_date(day: date) -> str:
    """``1 December 2026`` in the window's language."""
    shape = QCoreApplication.translate("Dates", LONG_DATE)
    return QLocale().toString(QDate(day.year, day.month, day.day), shape)


#: How a night is named: the weekday, the day and the month (Qt's date format; each
#: language orders them its own way in the catalogue).
DAY = marked("Dates", "dddd d MMMM")
SHORT_DAY = marked("Dates", "ddd d MMM")
#: A date with its year, as a report says it.
LONG_DATE = marked("Dates", "d MMMM yyyy")
