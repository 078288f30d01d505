"""Clocks for tests: time that moves only when a test says so."""

from __future__ import annotations

from collections.abc import Callable


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class ManualScheduler:
    """A scheduler driven by a :class:`FakeClock`.

    ``early`` makes every callback fire that fraction of its delay too soon,
    like Qt's coarse timers, so tests can prove nothing depends on punctuality.
    """

    def __init__(self, clock: FakeClock, early: float = 0.0) -> None:
        self.clock = clock
        self.early = early
        self._due: float | None = None
        self._callback: Callable[[], None] | None = None

    def call_later(self, delay: float, callback: Callable[[], None]) -> None:
        self._due = self.clock.now() + max(0.0, delay) * (1.0 - self.early)
        self._callback = callback

    def cancel(self) -> None:
        self._due = None
        self._callback = None

    @property
    def pending(self) -> float | None:
        """When the pending callback is due, or ``None``."""
        return self._due

    def advance(self, seconds: float) -> None:
        """Move the clock forward, running each callback at the moment it is due."""
        target = self.clock.now() + seconds
        while self._due is not None and self._due <= target:
            self.clock.t = max(self.clock.t, self._due)
            callback = self._callback
            self._due = None
            self._callback = None
            assert callback is not None
            callback()
        self.clock.t = target

    def run_until_idle(self, limit: float = 24 * 3600.0) -> None:
        """Run callbacks until none is pending (or *limit* seconds have passed)."""
        end = self.clock.now() + limit
        while self._due is not None and self._due <= end:
            self.advance(max(0.0, self._due - self.clock.now()))
