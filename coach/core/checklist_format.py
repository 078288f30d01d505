"""The evening plan file (versioned TOML): bedtimes and the checklist, every error collected."""

from __future__ import annotations

import re
import tomllib
from datetime import time
from typing import Any

import tomli_w

from coach.core.evening import DEFAULT_ITEMS, WEEKDAYS, Bedtimes, Item
from coach.core.problems import FileProblemsError, Problem
from coach.core.routine_format import _Checker, not_toml
from coach.core.words import said

PLAN_VERSION = 1
MAX_ITEMS = 40
TOP_KEYS = ("version", "bedtime", "wake", "sleeper", "bedtimes", "items")
ITEM_KEYS = ("id", "title", "minutes_before", "reason", "enabled", "duration")
_CLOCK = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")


class PlanFileError(FileProblemsError):
    """The evening plan file could not be used; ``problems`` lists why."""


def parse_clock(text: str) -> time | None:
    match = _CLOCK.match(text.strip()) if isinstance(text, str) else None
    return time(int(match.group(1)), int(match.group(2))) if match else None


def _clock(
    check: _Checker, table: dict[str, Any], key: str, path: tuple[str | int, ...], default: time
) -> time:
    value = table.get(key)
    if value is None:
        return default
    parsed = parse_clock(value) if isinstance(value, str) else None
    if parsed is None:
        check.add(
            (*path, key),
            said("FileProblem", "“{value}” is not a time; write it as HH:MM, such as 22:30").using(
                value=str(value)
            ),
        )
        return default
    return parsed


def parse_plan(text: str, file: str = "evening.toml") -> tuple[Bedtimes, tuple[Item, ...]]:
    """Read the plan file; raise :class:`PlanFileError` listing every problem."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlanFileError([Problem(file, not_toml(exc))]) from None
    except RecursionError:
        raise PlanFileError(
            [Problem(file, said("FileProblem", "nested too deeply to be a plan file"))]
        ) from None
    check = _Checker(file, text)
    version = doc.get("version", PLAN_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        check.add(
            ("version",),
            said("FileProblem", "must be a whole number ({version})").using(version=PLAN_VERSION),
        )
    elif version > PLAN_VERSION:
        raise PlanFileError(
            [
                Problem(
                    file,
                    said(
                        "FileProblem",
                        "written by a newer Wind-Down Coach (format {version}); "
                        "this version reads {known}",
                    ).using(version=version, known=PLAN_VERSION),
                    field="version",
                )
            ]
        )
    check.unknown_keys(doc, TOP_KEYS, ())
    defaults = Bedtimes()
    bedtime = _clock(check, doc, "bedtime", (), defaults.bedtime)
    wake = _clock(check, doc, "wake", (), defaults.wake)
    sleeper = doc.get("sleeper", "adult")
    if sleeper not in ("adult", "child"):
        check.add(
            ("sleeper",),
            said("FileProblem", "is “{value}”; write “adult” (7 hours) or “child” (10)").using(
                value=str(sleeper)
            ),
        )
    per_weekday: dict[str, time] = {}
    table = check.table(doc, "bedtimes", ())
    if table is not None:
        check.unknown_keys(table, WEEKDAYS, ("bedtimes",))
        for day in WEEKDAYS:
            if day in table:
                per_weekday[day] = _clock(check, table, day, ("bedtimes",), bedtime)
    items = _items(doc, check)
    if check.problems:
        raise PlanFileError(check.problems)
    return Bedtimes(bedtime, wake, per_weekday, sleeper == "child"), items


def _items(doc: dict[str, Any], check: _Checker) -> tuple[Item, ...]:
    raw = doc.get("items")
    if raw is None:
        return DEFAULT_ITEMS
    if not isinstance(raw, list) or not all(isinstance(i, dict) for i in raw):
        check.add(("items",), said("FileProblem", "must be a list of [[items]] tables"))
        return ()
    if len(raw) > MAX_ITEMS:
        check.add(
            ("items",),
            said("FileProblem", "has %n item(s); at most {most}")
            .counting(len(raw))
            .using(most=MAX_ITEMS),
        )
        return ()
    items, seen = [], set()
    for index, table in enumerate(raw):
        path = ("items", index)
        check.unknown_keys(table, ITEM_KEYS, path)
        item_id = check.text(table, "id", path, required=True, limit=40, lines=False)
        title = check.text(table, "title", path, required=True, limit=80, lines=False)
        reason = check.text(table, "reason", path, required=False, limit=300) or ""
        minutes = table.get("minutes_before")
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 720:
            check.add(
                (*path, "minutes_before"),
                said("FileProblem", "must be whole minutes before bedtime, 0 to 720"),
            )
            minutes = None
        duration = table.get("duration", 0)
        if isinstance(duration, bool) or not isinstance(duration, int) or not 0 <= duration <= 180:
            check.add((*path, "duration"), said("FileProblem", "must be whole minutes, 0 to 180"))
            duration = None
        enabled = table.get("enabled", True)
        if not isinstance(enabled, bool):
            check.add((*path, "enabled"), said("FileProblem", "must be true or false"))
        if item_id in seen:
            check.add(
                (*path, "id"),
                said("FileProblem", "“{id}” is used twice; each item needs its own id").using(
                    id=str(item_id)
                ),
            )
        seen.add(item_id)
        if item_id and title and minutes is not None and duration is not None:
            items.append(Item(item_id, title, minutes, reason, bool(enabled), duration))
    return tuple(items)


def dump_plan(bedtimes: Bedtimes, items: tuple[Item, ...]) -> str:
    doc: dict[str, Any] = {
        "version": PLAN_VERSION,
        "bedtime": bedtimes.bedtime.strftime("%H:%M"),
        "wake": bedtimes.wake.strftime("%H:%M"),
        "sleeper": "child" if bedtimes.child else "adult",
    }
    if bedtimes.per_weekday:
        doc["bedtimes"] = {d: t.strftime("%H:%M") for d, t in bedtimes.per_weekday.items()}
    doc["items"] = [
        {
            k: v
            for k, v in {
                "id": i.id,
                "title": i.title,
                "minutes_before": i.minutes_before,
                "reason": i.reason,
                "enabled": i.enabled,
                "duration": i.duration,
            }.items()
            if v != "" and v is not None
        }
        for i in items
    ]
    return tomli_w.dumps(doc)
