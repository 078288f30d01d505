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


def about_minutes(seconds: float) -> str:
    """``about 14 minutes`` — a length for a person, not a stopwatch."""
    minutes = max(1, math.floor(seconds / 60 + 0.5))
    return f"about {minutes} minute{'s' if minutes != 1 else ''}"


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
