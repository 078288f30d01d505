"""Gentle reminders through the evening, on the wall clock, with a catch-up rule.

Each item is announced a little before it is due ("Screens off in 10
minutes").  When reminders were missed — the app was closed for part of the
evening, or the computer was asleep — they are summarised once instead of
arriving in a burst.  What already fired, and when the app last ran that
evening, is kept in a :class:`ReminderMemory`, so a restart neither repeats a
reminder nor calls something "missed" that was due before the app ever ran.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from coach.core.clock import Scheduler
from coach.core.evening import Plan, Planned

#: How long before an item it is announced.
LEAD = timedelta(minutes=10)
#: A reminder this late counts as missed (the app was not running, or asleep).
MISSED_AFTER = timedelta(minutes=2)


@dataclass(frozen=True)
class Reminder:
    """Something to tell the person.  Core's own reminders are values, not sentences:
    ``kind`` ``"due"`` (*names*' item falls due in *minutes*; *reason* says why) or
    ``"missed"`` (*names* fell due while the app was away), put in words by
    ``coach.texts.reminders``; a ``"note"`` carries its *title* and *message*."""

    title: str
    message: str
    items: tuple[str, ...]  # item ids
    summary: bool = False
    kind: str = "note"
    minutes: int = 0
    names: tuple[str, ...] = ()
    reason: str = ""


def announce_at(planned: Planned) -> datetime:
    return planned.due_utc - LEAD


def reminder_for(planned: Planned, now: datetime) -> Reminder:
    minutes = round((planned.due_utc - now.astimezone(UTC)).total_seconds() / 60)
    return Reminder(
        "",
        "",
        (planned.item.id,),
        kind="due",
        minutes=max(0, minutes) if minutes > 1 else 0,
        names=(planned.item.title,),
        reason=planned.item.reason,
    )


def summary_of(missed: list[Planned]) -> Reminder:
    return Reminder(
        "",
        "",
        tuple(p.item.id for p in missed),
        summary=True,
        kind="missed",
        names=tuple(p.item.title for p in missed),
    )


class ReminderMemory(Protocol):
    """What a night's reminders have done so far, kept across restarts."""

    def fired(self, night: date) -> set[str]: ...

    def remember_fired(self, night: date, items: set[str], at: datetime) -> None: ...

    def last_seen(self, night: date) -> datetime | None:
        """When the app last ran during that night's evening (aware), if it did."""
        ...

    def seen(self, night: date, at: datetime) -> None: ...


@dataclass
class MemoryInProcess:
    """A :class:`ReminderMemory` that lasts as long as the process (tests, fallbacks)."""

    fired_items: dict[date, set[str]] = field(default_factory=dict)
    seen_at: dict[date, datetime] = field(default_factory=dict)

    def fired(self, night: date) -> set[str]:
        return set(self.fired_items.get(night, ()))

    def remember_fired(self, night: date, items: set[str], at: datetime) -> None:
        self.fired_items.setdefault(night, set()).update(items)

    def last_seen(self, night: date) -> datetime | None:
        return self.seen_at.get(night)

    def seen(self, night: date, at: datetime) -> None:
        self.seen_at[night] = at


class ReminderPlanner:
    """Fires each reminder once; *now* gives an aware wall-clock time."""

    def __init__(
        self,
        now: Callable[[], datetime],
        scheduler: Scheduler,
        notify: Callable[[Reminder], None],
        memory: ReminderMemory | None = None,
    ) -> None:
        self._now = now
        self._scheduler = scheduler
        self._notify = notify
        self.memory: ReminderMemory = memory if memory is not None else MemoryInProcess()
        self.started = now().astimezone(UTC)
        #: Items due before this were not missed "while the app was away": the app did
        #: not run that evening before (a first run, a late or morning launch), or they
        #: fell due while it ran. Set per night from the memory.
        self.cutoff = self.started
        self.plan: Plan | None = None
        self.fired: set[str] = set()
        self.done: set[str] = set()

    def set_plan(self, plan: Plan, done: set[str] | None = None) -> None:
        if self.plan is None or plan.night != self.plan.night:
            self.fired = self.memory.fired(plan.night)
            seen = self.memory.last_seen(plan.night)
            self.cutoff = self.started if seen is None else min(seen.astimezone(UTC), self.started)
        self.plan = plan
        self.done = set(done or ())
        self.check()

    def mark_done(self, item_id: str) -> None:
        self.done.add(item_id)

    def pending(self) -> list[Planned]:
        if self.plan is None:
            return []
        return [p for p in self.plan.items if p.item.id not in self.fired | self.done]

    def check(self) -> None:
        """Announce what is due (summarising what was missed), then wait for the next."""
        now = self._now().astimezone(UTC)
        before = {p.item.id for p in self.pending() if p.due_utc < self.cutoff}
        self.fired.update(before)
        due = [p for p in self.pending() if announce_at(p) <= now]
        missed = [p for p in due if now - announce_at(p) > MISSED_AFTER and now > p.due_utc]
        fresh = [p for p in due if p not in missed]
        if missed:
            self._notify(summary_of(missed))
        for planned in fresh:
            self._notify(reminder_for(planned, now))
        self.fired.update(p.item.id for p in due)
        if self.plan is not None:
            night = self.plan.night
            told = before | {p.item.id for p in due}
            if told:
                self.memory.remember_fired(night, told, now)
            if self.plan.items and now >= min(announce_at(p) for p in self.plan.items):
                self.memory.seen(night, now)  # the app runs during this evening
        upcoming = [announce_at(p) for p in self.pending()]
        if upcoming:
            delay = (min(upcoming) - now).total_seconds()
            # Re-armed from the wall clock each time; capped so a clock change is noticed.
            self._scheduler.call_later(min(max(0.0, delay), 300.0), self.check)
        else:
            self._scheduler.cancel()
