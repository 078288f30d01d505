"""Times as people read them."""

from __future__ import annotations

import math
from datetime import datetime, timedelta


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``), rounding partial seconds up so 0:00 means done."""
    total = max(0, math.ceil(seconds - 1e-6))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def about_minutes(seconds: float) -> int:
    """Whole minutes, at least one — a length for a person ("about 14 minutes"), not a
    stopwatch."""
    return max(1, math.floor(seconds / 60 + 0.5))


def wall_time(at: datetime) -> str:
    """``HH:MM`` as the clock on the wall shows it; on the night the clocks go back, a
    time that comes twice carries its zone's name (``02:30 CEST``, then ``02:30 CET``)."""
    label = f"{at:%H:%M}"
    if at.tzinfo is None:
        return label
    other = at.replace(fold=1 - at.fold)
    if other.utcoffset() == at.utcoffset():
        return label
    return f"{label} {at.tzname() or _offset(at.utcoffset())}"


def _offset(delta: timedelta | None) -> str:
    minutes = round((delta or timedelta()).total_seconds() / 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def as_text(rows: list[tuple[str, str]]) -> str:
    """``name: value`` lines, as the About box copies them for a support request."""
    return "\n".join(f"{name}: {value}" for name, value in rows)


#: The session bar's steps (QProgressBar's range) at most.
BAR_STEPS = 1000
#: The bar moves on at most once in this many seconds: each step wakes the window and
#: repaints it (most of the window's CPU between cues), and a bar creeping a pixel
#: every second is motion a dark room does not need.
BAR_STEP_SECONDS = 4.0


def bar_steps(width: int, duration: float) -> int:
    """The session bar's steps for a bar *width* pixels wide: one a pixel at most (a
    finer step could not be seen, yet would repaint it), one every
    :data:`BAR_STEP_SECONDS` at most, and never more than :data:`BAR_STEPS`."""
    slow = math.ceil(duration / BAR_STEP_SECONDS) if duration > 0 else BAR_STEPS
    return max(1, min(BAR_STEPS, width, slow))


def minutes_left(seconds: float) -> int:
    """Whole minutes left, rounded up ("12 min left": a calm figure that changes once a
    minute, not a stopwatch ticking in a dark room); 0 when done."""
    return max(0, math.ceil(seconds / 60 - 1e-9))


def bar_value(position: float, duration: float, steps: int = BAR_STEPS) -> int:
    """The bar's step at *position* (halves round up, as :func:`next_change` expects)."""
    return math.floor(steps * position / duration + 0.5) if duration > 0 else 0


def next_change(position: float, duration: float, steps: int = BAR_STEPS) -> float | None:
    """Seconds until the bar's value or the minutes left change (None: never again)."""
    if duration <= 0 or position >= duration:
        return None
    remaining = duration - position
    shown = math.ceil(remaining / 60 - 1e-9)
    to_minute = remaining - (shown - 1) * 60
    value = bar_value(position, duration, steps)
    to_step = (value + 0.5) * duration / steps - position
    return max(0.0, min(to_minute, to_step))
