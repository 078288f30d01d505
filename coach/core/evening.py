"""The evening plan: bedtime, tonight's checklist and when each item falls due.

All times are computed as real instants: tonight's bedtime is a wall-clock time
in the user's time zone, turned into an aware datetime, and every item's due
time is that instant minus its lead — so a daylight-saving change in the
evening never shifts or duplicates anything.  An evening that runs past
midnight belongs to the night it started: the *night* is named by the date of
its evening, and a bedtime before noon (e.g. 00:30) falls on the next day.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coach.core.words import marked

#: A night starts at noon: before that, it is still last night.
NIGHT_STARTS = time(12, 0)
ADULT_HOURS = 7.0
CHILD_HOURS = 10.0
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Item:
    """Something to do before bed, *minutes_before* bedtime, and why."""

    id: str
    title: str
    minutes_before: int
    reason: str = ""
    enabled: bool = True
    #: For timed items such as the bath: how long it lasts (minutes).
    duration: int = 0


#: The checklist a new user starts with: on, the three habits the app is known for;
#: off, the other suggestions about a calm evening.
DEFAULT_ITEMS: tuple[Item, ...] = (
    Item(
        "light-meal",
        marked("Checklist", "Finish a light meal"),
        150,
        marked(
            "Checklist",
            "Eat lightly, and not in the last two to three hours before bed.",
        ),
    ),
    Item(
        "screens-off",
        marked("Checklist", "Screens off"),
        60,
        marked(
            "Checklist",
            "TV, computer, games and phone off an hour before bed; a paper book instead.",
        ),
    ),
    Item(
        "warm-bath",
        marked("Checklist", "Warm bath"),
        90,
        marked(
            "Checklist",
            "About 20 minutes, warm rather than hot; sit for a minute afterwards "
            "before lying down.",
        ),
        duration=20,
    ),
    Item(
        "no-caffeine",
        marked("Checklist", "No more caffeine"),
        360,
        marked("Checklist", "Tea, coffee and cola keep the body alert."),
        enabled=False,
    ),
    Item(
        "evening-walk",
        marked("Checklist", "An easy evening walk"),
        120,
        marked("Checklist", "At a gentle pace, dressed warmly."),
        enabled=False,
    ),
    Item(
        "air-bedroom",
        marked("Checklist", "Air the bedroom"),
        45,
        marked("Checklist", "A cool room, around 18–21 °C, helps sleep."),
        enabled=False,
    ),
    Item(
        "quiet-activity",
        marked("Checklist", "Something quiet"),
        40,
        marked(
            "Checklist",
            "Reading, drawing or a board game rather than anything exciting.",
        ),
        enabled=False,
    ),
    Item(
        "dim-lights",
        marked("Checklist", "Dim the lights"),
        30,
        marked("Checklist", "Soft light, or a small night light if you need one."),
        enabled=False,
    ),
    Item(
        "warm-socks",
        marked("Checklist", "Warm socks and a light blanket"),
        10,
        marked("Checklist", "Warm feet help the body settle; keep the covers light."),
        enabled=False,
    ),
)


@dataclass(frozen=True)
class Bedtimes:
    """When the user goes to bed (per weekday, or every day) and gets up."""

    bedtime: time = time(22, 30)
    wake: time = time(6, 30)
    #: Weekday name → bedtime, overriding ``bedtime`` on that evening.
    per_weekday: dict[str, time] = field(default_factory=dict)
    child: bool = False

    def for_evening(self, evening: date) -> time:
        return self.per_weekday.get(WEEKDAYS[evening.weekday()], self.bedtime)

    @property
    def needed_hours(self) -> float:
        return CHILD_HOURS if self.child else ADULT_HOURS


def night_of(moment: datetime) -> date:
    """The evening (date) a local moment belongs to."""
    local = moment
    return local.date() if local.time() >= NIGHT_STARTS else local.date() - timedelta(days=1)


def plan_night(moment: datetime, wake: time) -> date:
    """The evening whose plan applies at a local *moment*.

    Until the get-up time the night under way (at 03:00 it is still last night's);
    from the get-up time on, the coming evening: at 07:00 the plan is tonight's,
    not last night's with everything overdue.
    """
    if wake >= NIGHT_STARTS:  # a get-up time after noon (night shifts): by the clock
        return night_of(moment)
    if moment.time() < wake:
        return moment.date() - timedelta(days=1)
    return moment.date()


def greeting(moment: datetime) -> str:
    """A greeting that fits the time of day (local *moment*), marked for the catalogue."""
    hour = moment.hour
    if 5 <= hour < 12:
        return marked("Greetings", "Good morning")
    if 12 <= hour < 18:
        return marked("Greetings", "Good afternoon")
    if 18 <= hour < 22:
        return marked("Greetings", "Good evening")
    return marked("Greetings", "Good night")


#: Sleep the app takes for a mistake rather than a plan (hours between bed and get-up).
ODD_SLEEP = (4.0, 13.0)


def sleep_check(plan: Plan) -> str | None:
    """``"long"`` or ``"short"`` when bedtime and get-up time look mistyped (the window
    and the command line say so in words), or None."""
    low, high = ODD_SLEEP
    if plan.sleep_hours > high:
        return "long"
    if plan.sleep_hours < low:
        return "short"
    return None


def _local(day: date, at: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, at).replace(tzinfo=zone)


def bedtime_on(night: date, at: time, zone: tzinfo) -> datetime:
    """The bedtime instant of *night*: a time before noon is after midnight."""
    day = night if at >= NIGHT_STARTS else night + timedelta(days=1)
    return _local(day, at, zone)


def sleep_hours(bedtime: datetime, wake: time, zone: tzinfo) -> float:
    """Hours between *bedtime* and the next *wake* time (real hours, DST included)."""
    local = bedtime.astimezone(zone)
    wake_at = _local(local.date(), wake, zone)
    if wake_at <= local:
        wake_at = _local(local.date() + timedelta(days=1), wake, zone)
    return (wake_at.astimezone(UTC) - bedtime.astimezone(UTC)).total_seconds() / 3600


@dataclass(frozen=True)
class Planned:
    """One item of tonight's plan."""

    item: Item
    due: datetime  # aware

    @property
    def due_utc(self) -> datetime:
        return self.due.astimezone(UTC)


@dataclass(frozen=True)
class Plan:
    night: date
    bedtime: datetime
    items: tuple[Planned, ...]
    sleep_hours: float
    needed_hours: float

    @property
    def enough_sleep(self) -> bool:
        return self.sleep_hours + 1e-9 >= self.needed_hours

    def due_now(self, now: datetime, done: frozenset[str] = frozenset()) -> Planned | None:
        """The latest item whose time has come and that is not done yet."""
        current = None
        for planned in self.items:
            if planned.due_utc <= now.astimezone(UTC) and planned.item.id not in done:
                current = planned
        return current


def plan_for(
    night: date, bedtimes: Bedtimes, items: tuple[Item, ...] | list[Item], zone: tzinfo
) -> Plan:
    """Tonight's enabled items with their due instants, in time order."""
    bed = bedtime_on(night, bedtimes.for_evening(night), zone)
    bed_utc = bed.astimezone(UTC)
    planned = [
        Planned(item, (bed_utc - timedelta(minutes=item.minutes_before)).astimezone(zone))
        for item in items
        if item.enabled
    ]
    planned.sort(key=lambda p: p.due_utc)
    return Plan(
        night, bed, tuple(planned), sleep_hours(bed, bedtimes.wake, zone), bedtimes.needed_hours
    )


def with_item(items: tuple[Item, ...], item_id: str, **changes: object) -> tuple[Item, ...]:
    """*items* with the one called *item_id* changed."""
    return tuple(replace(i, **changes) if i.id == item_id else i for i in items)  # type: ignore[arg-type]
