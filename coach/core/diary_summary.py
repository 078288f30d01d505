"""A period of nights side by side: the diary's figures, the startles, and what was done
from the evening plan — what the history page, the report and its CSV all show.

Averages are over the nights that have a full check-in (a night with none, or with only
the quick one of simple mode, is left out, never counted as zero).  "Side by side" is
:class:`ItemNights`: the nights an evening-plan item was done against the other nights
with a check-in, each with its mean sleep efficiency, so a person can see whether the
bath nights go better.  No statistics beyond means: a fortnight is too few nights.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coach.core.diary import (
    FORTNIGHT,
    DiaryEntry,
    NightFigures,
    QuickCheckIn,
    Startle,
    doctor_reasons,
    figures,
)

#: How far back the doctor rules look (three weeks, for "growing").
RULES_LOOK_BACK = 21


@dataclass(frozen=True)
class NightRow:
    """One night: its check-in (full or quick), figures, startles and evening."""

    night: date
    entry: DiaryEntry | None
    quick: QuickCheckIn | None
    figures: NightFigures | None
    startles: tuple[Startle, ...]
    #: Evening-plan items ticked off as done that evening (ids, sorted).
    done: tuple[str, ...]
    #: "finished" when a relaxation session ran to its end, "stopped" when one was
    #: stopped early, "" when none ran.
    relaxation: str

    @property
    def quality(self) -> int | None:
        if self.entry is not None:
            return self.entry.quality
        return self.quick.quality if self.quick is not None else None

    @property
    def startled(self) -> bool:
        """A startle logged, or "yes" in the quick check-in."""
        return bool(self.startles) or (self.quick is not None and self.quick.startled is True)

    @property
    def has_anything(self) -> bool:
        return bool(self.entry or self.quick or self.startles or self.done or self.relaxation)


@dataclass(frozen=True)
class Averages:
    nights: int  # nights with a full check-in
    sol: float | None
    waso: float | None
    awakenings: float | None
    tib: float | None
    tst: float | None
    se: float | None
    quality: float | None


@dataclass(frozen=True)
class ItemNights:
    """An evening-plan item (or finished relaxation) against the other nights."""

    item: str
    nights_done: int
    se_done: float | None
    nights_not: int
    se_not: float | None


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    nights: tuple[NightRow, ...]  # every night of the period, oldest first
    averages: Averages
    startles_by_area: tuple[tuple[str, int], ...]  # most first
    startles_by_situation: tuple[tuple[str, int], ...]
    startles_woke: int
    startles_legs: int
    side_by_side: tuple[ItemNights, ...]
    #: Codes from :func:`coach.core.diary.doctor_reasons` (empty: no note).
    doctor: tuple[str, ...]

    @property
    def startle_count(self) -> int:
        return sum(len(n.startles) for n in self.nights)

    @property
    def with_entries(self) -> tuple[NightRow, ...]:
        return tuple(n for n in self.nights if n.figures is not None)


#: The pseudo-item of :class:`ItemNights` for "relaxation ran to its end".
RELAXATION_FINISHED = "relaxation_finished"


def summarise(
    first: date,
    last: date,
    entries: Iterable[DiaryEntry],
    quick: Iterable[QuickCheckIn],
    startles: Iterable[Startle],
    done: Mapping[date, Iterable[str]],
    outcomes: Mapping[date, Sequence[str | None]],
) -> Period:
    """The nights from *first* to *last* (inclusive).  *startles* may reach further back
    (the doctor rules look at three weeks up to *last*); *done* maps a night to its
    items done, *outcomes* to its sessions' outcomes."""
    if last < first:
        first, last = last, first
    by_night = {e.night: e for e in entries}
    quick_by_night = {q.night: q for q in quick}
    every_startle = list(startles)
    startles_by_night: dict[date, list[Startle]] = {}
    for startle in every_startle:
        startles_by_night.setdefault(startle.night, []).append(startle)
    rows = []
    day = first
    while day <= last:
        entry = by_night.get(day)
        ran = list(outcomes.get(day, ()))
        relaxation = "finished" if "finished" in ran else ("stopped" if ran else "")
        rows.append(
            NightRow(
                night=day,
                entry=entry,
                quick=None if entry is not None else quick_by_night.get(day),
                figures=figures(entry) if entry is not None else None,
                startles=tuple(startles_by_night.get(day, ())),
                done=tuple(sorted(set(done.get(day, ())))),
                relaxation=relaxation,
            )
        )
        day += timedelta(days=1)
    in_period = [s for s in every_startle if first <= s.night <= last]
    reported = [q.night for q in quick_by_night.values() if q.startled]
    return Period(
        first=first,
        last=last,
        nights=tuple(rows),
        averages=_averages(rows),
        startles_by_area=_most_first(s.area for s in in_period),
        startles_by_situation=_most_first(s.situation for s in in_period),
        startles_woke=sum(1 for s in in_period if s.woke),
        startles_legs=sum(1 for s in in_period if s.legs_uncomfortable),
        side_by_side=_side_by_side(rows),
        doctor=tuple(doctor_reasons(every_startle, last, reported)),
    )


def rules_first_night(last: date) -> date:
    """The earliest night whose startles the doctor rules need for a period ending *last*."""
    return last - timedelta(days=max(RULES_LOOK_BACK, FORTNIGHT) - 1)


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return round(sum(found) / len(found), 1) if found else None


def _averages(rows: Sequence[NightRow]) -> Averages:
    known = [(r.entry, r.figures) for r in rows if r.entry is not None and r.figures]
    return Averages(
        nights=len(known),
        sol=_mean(f.sol for _e, f in known),
        waso=_mean(f.waso for _e, f in known),
        awakenings=_mean(f.awakenings for _e, f in known),
        tib=_mean(f.tib for _e, f in known),
        tst=_mean(f.tst for _e, f in known),
        se=_mean(f.se for _e, f in known),
        quality=_mean(e.quality for e, _f in known),
    )


def _most_first(values: Iterable[str]) -> tuple[tuple[str, int], ...]:
    counts = Counter(values)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _side_by_side(rows: Sequence[NightRow]) -> tuple[ItemNights, ...]:
    with_figures = [r for r in rows if r.figures is not None]
    items = sorted({item for r in rows for item in r.done})
    found = []
    for item in [*items, RELAXATION_FINISHED]:

        def did(row: NightRow, item: str = item) -> bool:
            if item == RELAXATION_FINISHED:
                return row.relaxation == "finished"
            return item in row.done

        yes = [r.figures.se for r in with_figures if r.figures and did(r)]
        no = [r.figures.se for r in with_figures if r.figures and not did(r)]
        if item == RELAXATION_FINISHED and not any(did(r) for r in rows):
            continue
        found.append(ItemNights(item, len(yes), _mean(yes), len(no), _mean(no)))
    return tuple(found)
