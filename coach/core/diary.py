"""The night diary (the Consensus Sleep Diary, Carney et al. 2012) and the startle log.

Plain data and rules, no Qt and no English sentences: a problem is a code with the
field it concerns and its values (:class:`DiaryProblem`); the window and the command
line put it into words (:mod:`coach.services.diary_text`).

**Times.**  A night belongs to the evening it began, as the evening plan does.  Its
clock times are placed on one line from noon of that evening to noon of the next day:
22:30 is 630 minutes after the night's noon, 00:10 is 730, 06:40 is 1120.  (On the
night the clocks change, the line is the wall clock's: an hour is missing or doubled.)

**Figures** (all in minutes, SE in percent):

- SOL, minutes to fall asleep, as entered;
- WASO, minutes awake after first falling asleep, as entered;
- TIB, time in bed = out of bed − into bed;
- TST, total sleep time = (final awakening − tried to sleep) − SOL − WASO;
- SE, sleep efficiency = TST / TIB × 100, to one decimal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from dataclasses import field as _field
from datetime import date, time, timedelta
from typing import Any

from coach.core.words import marked

#: Where a night's time line starts (and the previous one ends).
NOON_MINUTES = 12 * 60
DAY_MINUTES = 24 * 60

#: The rating scale's words, 1 … 5 (English, marked: the window says them in its language).
QUALITY = (
    marked("DiaryText", "very poor"),
    marked("DiaryText", "poor"),
    marked("DiaryText", "fair"),
    marked("DiaryText", "good"),
    marked("DiaryText", "very good"),
)
SITUATIONS = ("falling_asleep", "night", "awake", "daytime")
_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")

#: Limits of the numbers a person enters (anything outside is a typing slip).
LIMITS: dict[str, tuple[int, int]] = {
    "latency": (0, 12 * 60),
    "awakenings": (0, 50),
    "awake": (0, 16 * 60),
    "quality": (1, 5),
    "rested": (1, 5),
    "naps": (0, 10),
    "nap_minutes": (0, 12 * 60),
    "caffeine": (0, 30),
    "alcohol": (0, 30),
    "seconds": (0, 600),
}
MAX_COMMENT = 2000


@dataclass(frozen=True)
class DiaryProblem:
    """Why a value cannot be kept: *code* names the rule, *field* the entry's field,
    *values* what the rule compared (clock times as ``HH:MM``, numbers as numbers)."""

    code: str
    field: str
    values: Mapping[str, object] = _field(default_factory=dict)


@dataclass(frozen=True)
class DiaryEntry:
    """One morning's check-in about the night that began on the evening of *night*."""

    night: date
    in_bed: time
    tried: time
    latency: int
    awakenings: int
    awake: int
    final_wake: time
    out_of_bed: time
    quality: int
    rested: int | None = None
    naps: int = 0
    nap_minutes: int = 0
    caffeine: int = 0
    caffeine_last: time | None = None
    alcohol: int = 0
    alcohol_last: time | None = None
    comments: str = ""
    #: Who filled it in, when not the person themselves (a caregiver).
    filled_by: str = ""


@dataclass(frozen=True)
class QuickCheckIn:
    """Simple mode's check-in: a few large buttons instead of the whole diary.

    It has no clock times, so it gives no figures; its "startled" counts as a night
    with startles for the doctor rules."""

    night: date
    quality: int
    #: True or False as answered; None when the question was left unanswered.
    startled: bool | None
    woke: bool | None
    filled_by: str = ""


def check_quick(night: date, quality: object) -> list[DiaryProblem]:
    """Why a quick check-in cannot be kept (none: it can)."""
    number = _whole(quality)
    low, high = LIMITS["quality"]
    if number is None:
        return [DiaryProblem("missing", "quality")]
    if not low <= number <= high:
        return [
            DiaryProblem("out_of_range", "quality", {"value": number, "low": low, "high": high})
        ]
    return []


@dataclass(frozen=True)
class NightFigures:
    sol: int
    waso: int
    awakenings: int
    tib: int
    tst: int
    se: float


@dataclass(frozen=True)
class Startle:
    """One startle: where in the body, about how long, when, and what went with it."""

    night: date
    area: str
    situation: str
    seconds: float | None = None
    woke: bool = False
    legs_uncomfortable: bool = False


def last_night(today: date) -> date:
    """The night a morning check-in on *today* is about: the one that began the evening
    before (asked at 07:10 or at 19:00, "how did you sleep?" means last night)."""
    return today - timedelta(days=1)


def night_minutes(at: time) -> int:
    """Minutes from the night's noon to *at* (22:30 → 630, 00:10 → 730)."""
    return (at.hour * 60 + at.minute - NOON_MINUTES) % DAY_MINUTES


def clock_text(at: time) -> str:
    return f"{at:%H:%M}"


def parse_clock(text: str) -> time | None:
    """``HH:MM`` (or ``H.MM``) as a time, or None."""
    match = _CLOCK.match(text or "")
    return time(int(match.group(1)), int(match.group(2))) if match else None


def figures(entry: DiaryEntry) -> NightFigures:
    """The night's derived figures (see the module's docstring)."""
    tib = night_minutes(entry.out_of_bed) - night_minutes(entry.in_bed)
    tst = night_minutes(entry.final_wake) - night_minutes(entry.tried) - entry.latency - entry.awake
    se = round(tst / tib * 100, 1) if tib > 0 else 0.0
    return NightFigures(entry.latency, entry.awake, entry.awakenings, tib, tst, se)


TIME_FIELDS = ("in_bed", "tried", "final_wake", "out_of_bed", "caffeine_last", "alcohol_last")
REQUIRED = ("in_bed", "tried", "latency", "awakenings", "awake", "final_wake", "out_of_bed")
NUMBER_FIELDS = tuple(LIMITS)


def check_entry(
    night: date, raw: Mapping[str, Any]
) -> tuple[DiaryEntry | None, list[DiaryProblem]]:
    """Check what was typed (text or numbers, by field name); every problem at once.

    Returns the entry when it may be kept, else None and the reasons.
    """
    problems: list[DiaryProblem] = []
    values: dict[str, Any] = {}
    for name in TIME_FIELDS:
        text = raw.get(name)
        if text is None or (isinstance(text, str) and not text.strip()):
            if name in REQUIRED:
                problems.append(DiaryProblem("missing", name))
            continue
        at = text if isinstance(text, time) else parse_clock(str(text))
        if at is None:
            problems.append(DiaryProblem("not_a_time", name, {"text": str(text)}))
        else:
            values[name] = at
    for name in (
        "latency",
        "awakenings",
        "awake",
        "quality",
        "rested",
        "naps",
        "nap_minutes",
        "caffeine",
        "alcohol",
    ):
        given = raw.get(name)
        if given is None or (isinstance(given, str) and not given.strip()):
            if name in REQUIRED or name == "quality":
                problems.append(DiaryProblem("missing", name))
            continue
        number = _whole(given)
        low, high = LIMITS[name]
        if number is None:
            problems.append(DiaryProblem("not_a_number", name, {"text": str(given)}))
        elif not low <= number <= high:
            problems.append(
                DiaryProblem("out_of_range", name, {"value": number, "low": low, "high": high})
            )
        else:
            values[name] = number
    comments = str(raw.get("comments") or "")
    if len(comments) > MAX_COMMENT:
        problems.append(
            DiaryProblem("too_long", "comments", {"length": len(comments), "most": MAX_COMMENT})
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in comments):
        problems.append(DiaryProblem("control_character", "comments"))
    problems += _order(values)
    if problems:
        return None, problems
    entry = DiaryEntry(
        night=night,
        comments=comments.strip(),
        filled_by=str(raw.get("filled_by") or "").strip(),
        **{k: v for k, v in values.items() if k in {f.name for f in fields(DiaryEntry)}},
    )
    return entry, []


def _whole(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _order(v: Mapping[str, Any]) -> list[DiaryProblem]:
    """The rules between fields (only where both values are there and valid)."""
    found: list[DiaryProblem] = []

    def at(name: str) -> int | None:
        value = v.get(name)
        return night_minutes(value) if isinstance(value, time) else None

    in_bed, tried, final, out = at("in_bed"), at("tried"), at("final_wake"), at("out_of_bed")
    shown = {name: clock_text(v[name]) for name in TIME_FIELDS if isinstance(v.get(name), time)}
    if in_bed is not None and tried is not None and tried < in_bed:
        found.append(DiaryProblem("tried_before_in_bed", "tried", shown))
    if final is not None and out is not None and out < final:
        found.append(DiaryProblem("out_of_bed_before_final_wake", "out_of_bed", shown))
    if tried is not None and final is not None:
        if final <= tried:
            found.append(DiaryProblem("final_wake_before_tried", "final_wake", shown))
        elif "latency" in v and tried + v["latency"] > final:
            found.append(
                DiaryProblem(
                    "asleep_after_final_wake",
                    "latency",
                    {**shown, "latency": v["latency"], "available": final - tried},
                )
            )
        elif "latency" in v and "awake" in v and v["awake"] > final - tried - v["latency"]:
            found.append(
                DiaryProblem(
                    "more_awake_than_in_bed",
                    "awake",
                    {"awake": v["awake"], "available": final - tried - v["latency"]},
                )
            )
    if v.get("awakenings") == 0 and v.get("awake", 0) > 0:
        found.append(DiaryProblem("awake_without_awakenings", "awake", {"awake": v["awake"]}))
    if v.get("naps", 0) == 0 and v.get("nap_minutes", 0) > 0:
        found.append(DiaryProblem("nap_minutes_without_naps", "nap_minutes"))
    return found


def check_startle(
    night: date,
    area: str,
    situation: str,
    seconds: float | None,
    areas: Iterable[str],
) -> list[DiaryProblem]:
    """Why a startle cannot be kept (none: it can)."""
    problems = []
    if area not in set(areas):
        problems.append(DiaryProblem("unknown_area", "area", {"text": area}))
    if situation not in SITUATIONS:
        problems.append(DiaryProblem("unknown_situation", "situation", {"text": situation}))
    if seconds is not None:
        low, high = LIMITS["seconds"]
        if not low <= seconds <= high:
            problems.append(
                DiaryProblem(
                    "out_of_range", "seconds", {"value": seconds, "low": low, "high": high}
                )
            )
    return problems


# -- when to talk to a doctor ------------------------------------------------------------

#: Startles on this many of the last 14 nights count as "most nights for two weeks".
MOST_NIGHTS = 8
FORTNIGHT = 14
#: "Growing" needs more startles each week and at least this many in the last one.
GROWING_AT_LEAST = 3


def doctor_reasons(
    startles: Iterable[Startle], last_night: date, reported: Iterable[date] = ()
) -> list[str]:
    """Which of the source's warning signs the log shows, as codes, in a fixed order:

    - ``most_nights``: startles on most of the 14 nights up to *last_night* (a night
      in *reported* had startles said yes to in a quick check-in);
    - ``while_awake``: startles while awake or in the daytime;
    - ``growing``: more startles each week, three weeks running (from a first week that
      had some: a log just begun is not "growing");
    - ``uncomfortable_legs``: the legs felt uncomfortable before a startle.

    Never a diagnosis: the window says calmly that a doctor's visit may help.
    """
    logged = [s for s in startles if s.night <= last_night]
    reasons = []
    fortnight = {last_night - timedelta(days=n) for n in range(FORTNIGHT)}
    nights = {s.night for s in logged} | set(reported)
    if len(nights & fortnight) >= MOST_NIGHTS:
        reasons.append("most_nights")
    if any(s.situation in ("awake", "daytime") for s in logged):
        reasons.append("while_awake")
    weeks = [
        sum(1 for s in logged if 0 <= (last_night - s.night).days - 7 * week < 7)
        for week in (2, 1, 0)
    ]
    if 0 < weeks[0] < weeks[1] < weeks[2] and weeks[2] >= GROWING_AT_LEAST:
        reasons.append("growing")
    if any(s.legs_uncomfortable for s in logged):
        reasons.append("uncomfortable_legs")
    return reasons
