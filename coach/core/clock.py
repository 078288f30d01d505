"""Injectable time: clocks, a one-callback scheduler and session positions.

Production code uses :class:`MonotonicClock` with a Qt scheduler; tests use
:class:`FakeClock` with :class:`ManualScheduler` and run a whole session in
milliseconds, without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic clock."""
        ...


class Scheduler(Protocol):
    """Runs at most one pending callback; scheduling again replaces it."""

    def call_later(self, delay: float, callback: Callable[[], None]) -> None: ...

    def cancel(self) -> None: ...


class PositionSource(Protocol):
    """Where the session is, in seconds from its start (its notion of *now*)."""

    def position(self) -> float: ...

    def start(self, position: float = 0.0) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def seek(self, position: float) -> None: ...

    def stop(self) -> None: ...


class MonotonicClock:
    """The system's monotonic clock."""

    def now(self) -> float:
        return time.monotonic()


class MonotonicPosition:
    """Session position measured on a clock, stopped while paused."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._origin = clock.now()
        self._paused_at: float | None = 0.0

    def position(self) -> float:
        if self._paused_at is not None:
            return self._paused_at
        return self._clock.now() - self._origin

    def start(self, position: float = 0.0) -> None:
        self._origin = self._clock.now() - position
        self._paused_at = None

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self.position()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._origin = self._clock.now() - self._paused_at
            self._paused_at = None

    def seek(self, position: float) -> None:
        if self._paused_at is not None:
            self._paused_at = position
        else:
            self._origin = self._clock.now() - position

    def stop(self) -> None:
        self.pause()


class SleepWatch:
    """Notices that the computer slept: the boot-time clock ran on while the monotonic one stood.

    On Linux ``CLOCK_MONOTONIC`` stands still during suspend and ``CLOCK_BOOTTIME``
    keeps counting; neither moves when someone sets the wall clock, so a clock
    change is never taken for a sleep (:func:`boot_clock`).
    """

    def __init__(
        self, monotonic: Callable[[], float], boot: Callable[[], float], threshold: float = 5.0
    ) -> None:
        self._monotonic = monotonic
        self._boot = boot
        self.threshold = threshold
        self._last = (monotonic(), boot())

    def check(self) -> bool:
        """Whether the computer slept since the last check."""
        mono, boot = self._monotonic(), self._boot()
        slept = (boot - self._last[1]) - (mono - self._last[0]) > self.threshold
        self._last = (mono, boot)
        return slept


def boot_clock() -> Callable[[], float] | None:
    """The clock that keeps counting during suspend (Linux), or None where there is none."""
    import time

    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    return lambda: time.clock_gettime(clock_id)
