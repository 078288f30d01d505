"""User settings: a declared schema, a versioned TOML file, every error collected.

Each option is declared once, as a field of :class:`Settings` with its type, default
and bounds (as in qutebrowser's ``configdata.yml``).  The loader upgrades older files
step by step (:data:`UPGRADES`, as in Picard's ``config_upgrade``), refuses newer
versions, rejects unknown keys with a suggestion, and reports all problems together.
A bad value falls back to its default, so the rest of the file still applies.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from coach.core.language import window_language_problem
from coach.core.night import until_problem
from coach.core.problems import Problem
from coach.core.text_rules import describe_control
from coach.core.toml_lines import LineIndex
from coach.core.words import Said, marked, said

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
    rule: Callable[[str], Said | None] | None = None


def _setting(
    default: Any,
    low: float | None = None,
    high: float | None = None,
    *,
    help: str,
    choices: tuple[str, ...] = (),
    rule: Callable[[str], Said | None] | None = None,
) -> Any:
    """A field of :class:`Settings` with its rules attached (the one declaration)."""
    option = Option(type(default), default, low, high, help, choices, rule)
    return field(default=default, metadata={"option": option})


@dataclass(frozen=True)
class Settings:
    """Every setting, declared once: the file's checks, the defaults and the settings
    pages all come from here (:data:`OPTIONS`)."""

    voice: str = _setting(
        "", help=marked("Setting", "voice id from `coach voices`; empty for the engine's default")
    )
    rate: int = _setting(130, 60, 260, help=marked("Setting", "speaking rate in words per minute"))
    volume: float = _setting(0.9, 0.0, 1.0, help=marked("Setting", "voice volume from 0 to 1"))
    routine: str = _setting("body-scan", help=marked("Setting", "the routine selected last"))
    captions: bool = _setting(True, help=marked("Setting", "show the spoken words on screen"))
    screen_dark: bool = _setting(
        False, help=marked("Setting", "black screen with only faint captions")
    )
    text_size: int = _setting(30, 16, 72, help=marked("Setting", "caption size in pixels"))
    body_map: bool = _setting(True, help=marked("Setting", "show the body map during a session"))
    breathing: bool = _setting(
        False, help=marked("Setting", "show the breathing pacer while relaxing")
    )
    breaths_per_minute: float = _setting(
        6.0, 3.0, 12.0, help=marked("Setting", "breathing pacer speed")
    )
    chime: bool = _setting(False, help=marked("Setting", "a soft chime before each step"))
    chime_volume: float = _setting(
        0.5, 0.0, 1.0, help=marked("Setting", "chime volume from 0 to 1")
    )
    background: str = _setting(
        "off",
        help=marked("Setting", "background sound: off, brown or pink"),
        choices=("off", "brown", "pink"),
    )
    background_volume: float = _setting(
        0.3, 0.0, 1.0, help=marked("Setting", "background volume from 0 to 1")
    )
    background_until: str = _setting(
        "",
        help=marked(
            "Setting",
            "the background plays on after the closing words until this time (HH:MM), "
            "or 'get-up' (the evening plan's get-up time), at most 10 hours; empty: it ends "
            "with the session",
        ),
        rule=until_problem,
    )
    language: str = _setting(
        "",
        help=marked(
            "Setting",
            "the window's language, such as 'en' or 'ru'; empty follows the system "
            "(LANGUAGE, LC_MESSAGES, LANG)",
        ),
        rule=window_language_problem,
    )
    person_name: str = _setting("", help=marked("Setting", "the name used in the greeting"))
    simple_mode: bool = _setting(
        False, help=marked("Setting", "one big button and tonight's list, nothing else")
    )
    high_contrast: bool = _setting(False, help=marked("Setting", "stronger contrast everywhere"))
    large_text: bool = _setting(False, help=marked("Setting", "larger text everywhere"))
    close_to_tray: bool = _setting(
        True, help=marked("Setting", "closing the window keeps reminders in the tray")
    )
    tray_hint_shown: bool = _setting(False, help=marked("Setting", "the tray hint was shown once"))
    quit_after_minutes: int = _setting(
        0, 0, 240, help=marked("Setting", "close the app this long after a session ends; 0 never")
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


def _check(name: str, value: object, option: Option) -> Said | None:
    """Why *value* is not valid for *option*, or ``None`` if it is."""
    if option.kind is bool:
        return None if isinstance(value, bool) else said("FileProblem", "must be true or false")
    if option.kind is str:
        if not isinstance(value, str):
            return said("FileProblem", "must be text in quotes")
        why = describe_control(value)
        if why is not None:
            return why
        if option.choices and value not in option.choices:
            return said("FileProblem", "is “{value}”; it must be one of {choices}").using(
                value=value, choices=", ".join(option.choices)
            )
        return option.rule(value) if option.rule is not None else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return said("FileProblem", "must be a number")
    if option.kind is int and not float(value).is_integer():
        return said("FileProblem", "must be a whole number")
    if not math.isfinite(value):
        return said("FileProblem", "must be a finite number")
    if (option.low is not None and value < option.low) or (
        option.high is not None and value > option.high
    ):
        return said("FileProblem", "is {value}; it must be from {low} to {high} ({help})").using(
            value=f"{value:g}",
            low=f"{option.low:g}",
            high=f"{option.high:g}",
            help=Said("Setting", option.help),
        )
    return None


#: A file that cannot be read as settings at all (the defaults are used instead).
NOT_TOML = said("FileProblem", "not valid TOML ({reason}); using the default settings")
NEWER = said(
    "FileProblem",
    "written by a newer Wind-Down Coach (version {version}); "
    "this one reads {known}, so defaults are used",
)

#: Unknown settings named one by one; beyond this many they are counted (a file with
#: 50 000 of them once took 39 s to start, listing each).
MAX_UNKNOWN_REPORTED = 5


def parse_settings(text: str, file: str = "settings.toml") -> tuple[Settings, list[Problem]]:
    """Read settings text; bad values are reported and replaced by their defaults."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Settings(), [Problem(file, NOT_TOML.using(reason=str(exc)))]
    lines = LineIndex(text)
    problems: list[Problem] = []

    def add(key: str, message: Said) -> None:
        problems.append(Problem(file, message, line=lines.find((key,)), field=key))

    version = doc.pop("version", SETTINGS_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        add(
            "version",
            said("FileProblem", "must be a whole number ({version})").using(
                version=SETTINGS_VERSION
            ),
        )
    elif version < SETTINGS_VERSION:
        upgrade(doc, version)
    elif version > SETTINGS_VERSION:
        add(
            "version",
            NEWER.using(version=version, known=SETTINGS_VERSION),
        )
        return Settings(), problems
    values: dict[str, Any] = {}
    unknown = [key for key in doc if key not in OPTIONS]
    for key in unknown[:MAX_UNKNOWN_REPORTED]:
        import difflib  # only for a misspelt key

        near = difflib.get_close_matches(key, list(OPTIONS), n=1, cutoff=0.6)
        if near:
            add(
                key,
                said("FileProblem", "unknown setting; did you mean “{near}”?").using(near=near[0]),
            )
        else:
            add(
                key,
                said("FileProblem", "unknown setting; known settings: {known}").using(
                    known=", ".join(OPTIONS)
                ),
            )
    if len(unknown) > MAX_UNKNOWN_REPORTED:
        problems.append(
            Problem(
                file,
                said("FileProblem", "%n more unknown setting(s) ignored").counting(
                    len(unknown) - MAX_UNKNOWN_REPORTED
                ),
            )
        )
    for key, value in doc.items():
        option = OPTIONS.get(key)
        if option is None:
            continue
        reason = _check(key, value, option)
        if reason:
            add(
                key,
                said("FileProblem", "{reason}; using {default} instead").using(
                    reason=reason, default=_shown_default(option.default)
                ),
            )
            continue
        values[key] = option.kind(value)
    return replace(Settings(), **values), problems


def _shown_default(value: object) -> str | Said:
    """A setting's default as the file would say it (empty text shown in words)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value == "":
        return said("FileProblem", "nothing")
    if isinstance(value, str):
        return said("FileProblem", "“{value}”").using(value=value)
    return str(value)


def dump_settings(settings: Settings) -> str:
    doc: dict[str, Any] = {"version": SETTINGS_VERSION}
    for f in fields(settings):
        doc[f.name] = getattr(settings, f.name)
    import tomli_w  # only when saving

    return tomli_w.dumps(doc)
