"""The background sound through the night: how long it plays on after the closing words.

The setting ``background_until`` is empty (the background ends with the session),
``get-up`` (until the evening plan's get-up time) or a time ``HH:MM``.  The
background then plays on until the next such time after the session ends, at most
:data:`MAX_NIGHT_HOURS`, fading out at the end.  A time that has just gone by (the
next one is more than :data:`PASSED_AFTER_HOURS` away) means no night at all, not a
whole day.
"""

from __future__ import annotations

import re
from datetime import datetime, time, tzinfo

from coach.core.words import Said, said

#: The longest the background plays on (seconds are counted, memory stays the same).
MAX_NIGHT_HOURS = 10
#: A chosen time further away than this has passed for tonight.
PASSED_AFTER_HOURS = 16
#: How long the background fades out at the end of the night (seconds).
NIGHT_FADE_SECONDS = 120.0
GET_UP = "get-up"
_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def until_problem(value: str) -> Said | None:
    """Why *value* is not a ``background_until`` setting (None: it is one)."""
    if value in ("", GET_UP) or _CLOCK.fullmatch(value):
        return None
    return said(
        "FileProblem", "is “{value}”; it must be empty, “{get_up}” or a time such as “06:30”"
    ).using(value=value, get_up=GET_UP)


def until_time(value: str, get_up: time) -> time | None:
    """The clock time *value* names (None: the background ends with the session)."""
    if value == GET_UP:
        return get_up
    match = _CLOCK.fullmatch(value)
    return time(int(match.group(1)), int(match.group(2))) if match else None


def night_seconds(value: str, session_ends: datetime, get_up: time, zone: tzinfo) -> float:
    """Seconds the background plays on after a session ending at *session_ends*."""
    until = until_time(value, get_up)
    if until is None:
        return 0.0
    from coach.core.evening import sleep_hours  # only once a session ends

    hours = sleep_hours(session_ends, until, zone)
    if hours > PASSED_AFTER_HOURS:
        return 0.0
    return min(hours, MAX_NIGHT_HOURS) * 3600.0
