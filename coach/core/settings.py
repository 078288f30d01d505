"""User settings: a declared schema, a versioned TOML file, every error collected.

Each option is declared once with its type, default and bounds (as in
qutebrowser's ``configdata.yml``); the loader refuses newer versions, rejects
unknown keys with a suggestion, and reports all problems together.  A bad value
falls back to its default, so the rest of the file still applies.
"""

from __future__ import annotations

import difflib
import math
import tomllib
from dataclasses import dataclass, fields, replace
from typing import Any

import tomli_w

from coach.core.problems import Problem
from coach.core.text_rules import describe_control
from coach.core.toml_lines import LineIndex

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    kind: type
    default: Any
    low: float | None = None
    high: float | None = None
    help: str = ""
    choices: tuple[str, ...] = ()


OPTIONS: dict[str, Option] = {
    "voice": Option(str, "", help="voice id from `coach voices`; empty for the engine's default"),
    "rate": Option(int, 130, 60, 260, help="speaking rate in words per minute"),
    "volume": Option(float, 0.9, 0.0, 1.0, help="voice volume from 0 to 1"),
    "routine": Option(str, "body-scan", help="the routine selected last"),
    "captions": Option(bool, True, help="show the spoken words on screen"),
    "screen_dark": Option(bool, False, help="black screen with only faint captions"),
    "text_size": Option(int, 30, 16, 72, help="caption size in pixels"),
    "body_map": Option(bool, True, help="show the body map during a session"),
    "breathing": Option(bool, False, help="show the breathing pacer while relaxing"),
    "breaths_per_minute": Option(float, 6.0, 3.0, 12.0, help="breathing pacer speed"),
    "chime": Option(bool, False, help="a soft chime before each step"),
    "chime_volume": Option(float, 0.5, 0.0, 1.0, help="chime volume from 0 to 1"),
    "background": Option(
        str, "off", help="background sound: off, brown or pink", choices=("off", "brown", "pink")
    ),
    "background_volume": Option(float, 0.3, 0.0, 1.0, help="background volume from 0 to 1"),
    "welcomed": Option(bool, False, help="the first-run welcome was shown"),
    "person_name": Option(str, "", help="the name used in the greeting"),
    "simple_mode": Option(bool, False, help="one big button and tonight's list, nothing else"),
    "high_contrast": Option(bool, False, help="stronger contrast everywhere"),
    "large_text": Option(bool, False, help="larger text everywhere"),
    "close_to_tray": Option(bool, True, help="closing the window keeps reminders in the tray"),
    "tray_hint_shown": Option(bool, False, help="the tray hint was shown once"),
    "quit_after_minutes": Option(
        int, 0, 0, 240, help="close the app this long after a session ends; 0 never"
    ),
}


@dataclass(frozen=True)
class Settings:
    voice: str = OPTIONS["voice"].default
    rate: int = OPTIONS["rate"].default
    volume: float = OPTIONS["volume"].default
    routine: str = OPTIONS["routine"].default
    captions: bool = OPTIONS["captions"].default
    screen_dark: bool = OPTIONS["screen_dark"].default
    text_size: int = OPTIONS["text_size"].default
    body_map: bool = OPTIONS["body_map"].default
    breathing: bool = OPTIONS["breathing"].default
    breaths_per_minute: float = OPTIONS["breaths_per_minute"].default
    chime: bool = OPTIONS["chime"].default
    chime_volume: float = OPTIONS["chime_volume"].default
    background: str = OPTIONS["background"].default
    background_volume: float = OPTIONS["background_volume"].default
    welcomed: bool = OPTIONS["welcomed"].default
    person_name: str = OPTIONS["person_name"].default
    simple_mode: bool = OPTIONS["simple_mode"].default
    high_contrast: bool = OPTIONS["high_contrast"].default
    large_text: bool = OPTIONS["large_text"].default
    close_to_tray: bool = OPTIONS["close_to_tray"].default
    tray_hint_shown: bool = OPTIONS["tray_hint_shown"].default
    quit_after_minutes: int = OPTIONS["quit_after_minutes"].default


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
        return None
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
    if isinstance(version, bool) or not isinstance(version, int):
        add("version", f"must be a whole number ({SETTINGS_VERSION})")
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
