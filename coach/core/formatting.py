"""Times as people read them."""

from __future__ import annotations

import math


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
