"""User settings: a declared schema, a versioned TOML file, every error collected.

Each option is declared once, as a field of :class:`Settings` with its type, default
and bounds (as in qutebrowser's ``configdata.yml``).  The loader upgrades older files
step by step (:data:`UPGRADES`, as in Picard's ``config_upgrade``), refuses newer
versions, rejects unknown keys with a suggestion, and reports all problems together.
A bad value falls back to its default, so the rest of the file still applies.
"""

from __future__ import annotations

import difflib
import math
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any

import tomli_w

from coach.core.language import window_language_problem
from coach.core.night import until_problem
from coach.core.problems import Problem
from coach.core.text_rules import describe_control
from coach.core.toml_lines import LineIndex

#: The settings file's format.  2: ``welcomed`` is gone (it was never read: the welcome
#: shows when there is no settings file yet).
SETTINGS_VERSION = 2


@dataclass(frozen=True)
class Option:
    """One setting's rules: its type, default, limits and what it is for."""

    kind: type
    default: Any
    low: float | None = None
    high: float | None = None
    help: str = ""
    choices: tuple[str, ...] = ()
    #: A further rule for text: why a value breaks it (None: it does not).
    rule: Callable[[str], str | None] | None = None


def _setting(
    default: Any,
    low: float | None = None,
    high: float | None = None,
    *,
    help: str,
    choices: tuple[str, ...] = (),
    rule: Callable[[str], str | None] | None = None,
) -> Any:
    """A field of :class:`Settings` with its rules attached (the one declaration)."""
    option = Option(type(default), default, low, high, help, choices, rule)
    return field(default=default, metadata={"option": option})


@dataclass(frozen=True)
class Settings:
    """Every setting, declared once: the file's checks, the defaults and the settings
    pages all come from here (:data:`OPTIONS`)."""

    voice: str = _setting("", help="voice id from `coach voices`; empty for the engine's default")
    rate: int = _setting(130, 60, 260, help="speaking rate in words per minute")
    volume: float = _setting(0.9, 0.0, 1.0, help="voice volume from 0 to 1")
    routine: str = _setting("body-scan", help="the routine selected last")
    captions: bool = _setting(True, help="show the spoken words on screen")
    screen_dark: bool = _setting(False, help="black screen with only faint captions")
    text_size: int = _setting(30, 16, 72, help="caption size in pixels")
    body_map: bool = _setting(True, help="show the body map during a session")
    breathing: bool = _setting(False, help="show the breathing pacer while relaxing")
    breaths_per_minute: float = _setting(6.0, 3.0, 12.0, help="breathing pacer speed")
    chime: bool = _setting(False, help="a soft chime before each step")
    chime_volume: float = _setting(0.5, 0.0, 1.0, help="chime volume from 0 to 1")
    background: str = _setting(
        "off", help="background sound: off, brown or pink", choices=("off", "brown", "pink")
    )
    background_volume: float = _setting(0.3, 0.0, 1.0, help="background volume from 0 to 1")
    background_until: str = _setting(
        "",
        help="the background plays on after the closing words until this time (HH:MM), "
        "or 'get-up' (the evening plan's get-up time), at most 10 hours; empty: it ends "
        "with the session",
        rule=until_problem,
    )
    language: str = _setting(
        "",
        help="the window's language, such as 'en' or 'ru'; empty follows the system "
        "(LANGUAGE, LC_MESSAGES, LANG)",
        rule=window_language_problem,
    )
    person_name: str = _setting("", help="the name used in the greeting")
    simple_mode: bool = _setting(False, help="one big button and tonight's list, nothing else")
    high_contrast: bool = _setting(False, help="stronger contrast everywhere")
    large_text: bool = _setting(False, help="larger text everywhere")
    close_to_tray: bool = _setting(True, help="closing the window keeps reminders in the tray")
    tray_hint_shown: bool = _setting(False, help="the tray hint was shown once")
    quit_after_minutes: int = _setting(
        0, 0, 240, help="close the app this long after a session ends; 0 never"
    )


#: Each setting's rules, by name, in the file's order.
OPTIONS: dict[str, Option] = {f.name: f.metadata["option"] for f in fields(Settings)}


def _drop_welcomed(doc: dict[str, Any]) -> None:
    doc.pop("welcomed", None)


#: How a file of each earlier version becomes the next one (Picard's config_upgrade:
#: one step per version, applied in order; each changes the parsed document in place).
UPGRADES: dict[int, Callable[[dict[str, Any]], None]] = {
    1: _drop_welcomed,
}


def upgrade(doc: dict[str, Any], version: int) -> None:
    """Bring a parsed settings document of *version* up to :data:`SETTINGS_VERSION`."""
    for step in range(version, SETTINGS_VERSION):
        UPGRADES[step](doc)


def file_version(text: str) -> int | None:
    """The version a settings file says it has (None if it cannot be read as one)."""
    try:
        version = tomllib.loads(text).get("version", SETTINGS_VERSION)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    return version if type(version) is int else None


def _check(name: str, value: object, option: Option) -> str | None:
    """Why *value* is not valid for *option*, or ``None`` if it is."""
    if option.kind is bool:
        return None if isinstance(value, bool) else "must be true or false"
    if option.kind is str:
        if not isinstance(value, str):
            return "must be text in quotes"
        why = describe_control(value)
        if why is not None:
            return why
        if option.choices and value not in option.choices:
            return f"is {value!r}; it must be one of {', '.join(option.choices)}"
        return option.rule(value) if option.rule is not None else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "must be a number"
    if option.kind is int and not float(value).is_integer():
        return "must be a whole number"
    if not math.isfinite(value):
        return "must be a finite number"
    if (option.low is not None and value < option.low) or (
        option.high is not None and value > option.high
    ):
        return f"is {value:g}; it must be from {option.low:g} to {option.high:g} ({option.help})"
    return None


#: Unknown settings named one by one; beyond this many they are counted (a file with
#: 50 000 of them once took 39 s to start, listing each).
MAX_UNKNOWN_REPORTED = 5


def parse_settings(text: str, file: str = "settings.toml") -> tuple[Settings, list[Problem]]:
    """Read settings text; bad values are reported and replaced by their defaults."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Settings(), [Problem(file, f"not valid TOML ({exc}); using the default settings")]
    lines = LineIndex(text)
    problems: list[Problem] = []

    def add(key: str, message: str) -> None:
        problems.append(Problem(file, message, line=lines.find((key,)), field=key))

    version = doc.pop("version", SETTINGS_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        add("version", f"must be a whole number ({SETTINGS_VERSION})")
    elif version < SETTINGS_VERSION:
        upgrade(doc, version)
    elif version > SETTINGS_VERSION:
        add(
            "version",
            f"written by a newer Wind-Down Coach (version {version}); "
            f"this one reads {SETTINGS_VERSION}, so defaults are used",
        )
        return Settings(), problems
    values: dict[str, Any] = {}
    unknown = [key for key in doc if key not in OPTIONS]
    for key in unknown[:MAX_UNKNOWN_REPORTED]:
        near = difflib.get_close_matches(key, list(OPTIONS), n=1, cutoff=0.6)
        hint = f"did you mean '{near[0]}'?" if near else f"known settings: {', '.join(OPTIONS)}"
        add(key, f"unknown setting; {hint}")
    if len(unknown) > MAX_UNKNOWN_REPORTED:
        problems.append(
            Problem(file, f"{len(unknown) - MAX_UNKNOWN_REPORTED} more unknown settings ignored")
        )
    for key, value in doc.items():
        option = OPTIONS.get(key)
        if option is None:
            continue
        reason = _check(key, value, option)
        if reason:
            add(key, f"{reason}; using {option.default!r} instead")
            continue
        values[key] = option.kind(value)
    return replace(Settings(), **values), problems


def dump_settings(settings: Settings) -> str:
    doc: dict[str, Any] = {"version": SETTINGS_VERSION}
    for f in fields(settings):
        doc[f.name] = getattr(settings, f.name)
    return tomli_w.dumps(doc)
