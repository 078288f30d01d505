"""Where the listener is in a stream whose sound server holds a second of it.

The sink's own clock (``processedUSecs``) counts what was *written* to the sound
server, in steps of half a second when the server asks for large pieces.  What is
*heard* is that minus the server's delay (the stream's buffer and the sink's own
latency).  The player samples both now and then; between samples the heard place
moves on with the monotonic clock, never past what was written and never back (a
small correction backwards holds the clock still for that long instead).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """One look at the stream: *written* seconds of it, *delay* seconds still to be
    heard, at *at* on the monotonic clock."""

    written: float
    delay: float
    at: float


class HeardClock:
    """Seconds of the stream heard so far; None until the first sample."""

    def __init__(self) -> None:
        self._anchor: tuple[float, float] | None = None  # (heard, at)
        self._running = True
        self._last = 0.0

    def reset(self) -> None:
        """A new stream: nothing known, nothing heard."""
        self._anchor = None
        self._running = True
        self._last = 0.0

    def sample(self, sample: Sample) -> None:
        # Negative while the stream has not begun to play (a sound device waking up
        # may take a second): the place stays at 0 until then.
        self._anchor = (sample.written - sample.delay, sample.at)

    def hold(self, now: float, written: float) -> None:
        """The stream stops being played (corked): the heard place stays where it is."""
        self.heard(now, written)
        self._anchor = (self._last, now)
        self._running = False

    def carry_on(self, now: float) -> None:
        """Playing again from where it was held."""
        self._anchor = (self._last, now)
        self._running = True

    def heard(self, now: float, written: float) -> float | None:
        """Seconds heard at *now*, given *written* seconds so far (None: not known yet)."""
        if self._anchor is None:
            return None
        self._last = max(self._last, min(written, self._estimate(now, self._last)))
        return self._last

    def _estimate(self, now: float, otherwise: float) -> float:
        if self._anchor is None:
            return otherwise
        heard, at = self._anchor
        return heard + max(0.0, now - at) if self._running else heard
