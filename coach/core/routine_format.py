"""Read and write routine files (versioned TOML, see ``docs/routine-format.md``).

Every problem in a file is collected before anything is reported, and each one
names the file, the line where it can be found, the field and what is valid.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from coach.core import body_areas
from coach.core.files import read_small_file
from coach.core.language import DEFAULT_LANGUAGE, language_problem, release_words
from coach.core.problems import FileProblemsError, Problem
from coach.core.routine import Prompt, Routine, RoutineVoice, Spoken, Step
from coach.core.text_rules import LINE_BREAKS, describe_control
from coach.core.toml_lines import LineIndex
from coach.core.words import Said, said

#: The newest routine format this version reads and writes.
FORMAT_VERSION = 1

MAX_FILE_BYTES = 1_000_000
MAX_STEPS = 100
MAX_PROMPTS_PER_STEP = 20
MAX_WORDS = 1000
MAX_NAME = 80
MAX_DESCRIPTION = 500
MAX_TENSE_SECONDS = 60.0
MAX_PHASE_SECONDS = 600.0
MAX_TOTAL_SECONDS = 3 * 60 * 60.0

TOP_KEYS = (
    "version",
    "language",
    "name",
    "description",
    "intro",
    "closing",
    "options",
    "voice",
    "steps",
)
OPTION_KEYS = ("repeat", "pause_between", "chime")
VOICE_KEYS = ("id", "rate", "volume")
MAX_REPEAT = 3
MAX_PAUSE_SECONDS = 120.0
SPOKEN_KEYS = ("say", "seconds")
STEP_KEYS = ("area", "say", "tense", "release", "relax", "prompts")
PROMPT_KEYS = ("at", "say")


class RoutineError(FileProblemsError):
    """A routine file could not be read; ``problems`` lists everything wrong."""


Path_ = tuple[str | int, ...]


class _Checker:
    """Collects problems while turning a parsed TOML document into a Routine."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.lines = LineIndex(text)
        self.problems: list[Problem] = []

    def add(self, path: Path_, message: Said) -> None:
        self.problems.append(
            Problem(self.file, message, line=self.lines.find(path), field=_dotted(path))
        )

    def unknown_keys(self, table: dict[str, Any], allowed: tuple[str, ...], path: Path_) -> None:
        for key in table:
            if key in allowed:
                continue
            import difflib  # only for a misspelt key

            near = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if near:
                hint = said("FileProblem", "unknown key; did you mean “{near}”?").using(
                    near=near[0]
                )
            else:
                hint = said("FileProblem", "unknown key; known keys: {keys}").using(
                    keys=", ".join(allowed)
                )
            self.add((*path, key), hint)

    def text(
        self,
        table: dict[str, Any],
        key: str,
        path: Path_,
        *,
        required: bool,
        limit: int,
        lines: bool = True,
    ) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                missing = (
                    said("FileProblem", "missing; write the words to say")
                    if key == "say"
                    else said("FileProblem", "missing; write it in quotes")
                )
                self.add((*path, key), missing)
            return None
        if not isinstance(value, str):
            self.add(
                (*path, key),
                said("FileProblem", "must be text in quotes, not {kind}").using(kind=_kind(value)),
            )
            return None
        if required and not value.strip():
            self.add((*path, key), said("FileProblem", "is empty; it needs at least one word"))
            return None
        if len(value) > limit:
            self.add(
                (*path, key),
                said("FileProblem", "is %n character(s) long; at most {most} are allowed")
                .counting(len(value))
                .using(most=limit),
            )
            return None
        why = describe_control(value, LINE_BREAKS if lines else "")
        if why is not None:
            self.add((*path, key), why)
            return None
        return value.strip()

    def seconds(
        self,
        table: dict[str, Any],
        key: str,
        path: Path_,
        *,
        low: float,
        high: float,
        low_inclusive: bool = True,
        default: float | None = None,
    ) -> float | None:
        value = table.get(key)
        if value is None:
            if default is None:
                self.add(
                    (*path, key),
                    said(
                        "FileProblem", "missing; give a number of seconds from {low} to {high}"
                    ).using(low=f"{low:g}", high=f"{high:g}"),
                )
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(
                (*path, key),
                said("FileProblem", "must be a number of seconds, not {kind}").using(
                    kind=_kind(value)
                ),
            )
            return None
        if not math.isfinite(value):
            self.add(
                (*path, key),
                said("FileProblem", "must be a finite number of seconds ({low} to {high})").using(
                    low=f"{low:g}", high=f"{high:g}"
                ),
            )
            return None
        too_low = value < low if low_inclusive else value <= low
        if too_low or value > high:
            rule = (
                said("FileProblem", "is {value}; it must be from {low} up to {high} seconds")
                if low_inclusive
                else said(
                    "FileProblem", "is {value}; it must be more than {low} up to {high} seconds"
                )
            )
            self.add((*path, key), rule.using(value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"))
            return None
        return float(value)

    def table(self, doc: dict[str, Any], key: str, path: Path_) -> dict[str, Any] | None:
        value = doc.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.add(
                (*path, key),
                said("FileProblem", "must be a table like [{key}], not {kind}").using(
                    key=key, kind=_kind(value)
                ),
            )
            return None
        return value


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


_KINDS = {
    bool: said("ValueKind", "true/false"),
    int: said("ValueKind", "a number"),
    float: said("ValueKind", "a number"),
    str: said("ValueKind", "text"),
    list: said("ValueKind", "a list"),
    dict: said("ValueKind", "a table"),
}


def _kind(value: object) -> Said:
    """What kind of value *value* is, in words (a date or time is named as TOML names it)."""
    return _KINDS.get(type(value)) or Said("ValueKind", "{name}").using(name=type(value).__name__)


def parse_routine(text: str, file: str = "<routine>") -> Routine:
    """Parse routine TOML *text*; raise :class:`RoutineError` listing every problem."""
    if not text.strip():
        raise RoutineError(
            [
                Problem(
                    file, said("FileProblem", "the file is empty; a routine needs a name and steps")
                )
            ]
        )
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError([Problem(file, not_toml(exc), line=_toml_line(exc))]) from None
    except RecursionError:
        raise RoutineError(
            [Problem(file, said("FileProblem", "nested too deeply to be a routine file"))]
        ) from None
    return _build(doc, _Checker(file, text))


def validate_document(
    doc: dict[str, Any], file: str = "<editor>"
) -> tuple[Routine | None, list[Problem]]:
    """Check an in-memory routine document (as the editor holds it) with the file rules."""
    try:
        return _build(doc, _Checker(file, "")), []
    except RoutineError as exc:
        return None, exc.problems


def routine_document(routine: Routine) -> dict[str, Any]:
    """*routine* as a plain document (what :func:`dump_routine` writes), for editing."""
    return tomllib.loads(dump_routine(routine))


def not_toml(exc: tomllib.TOMLDecodeError) -> Said:
    """A file that TOML cannot read, in words (TOML's own reason is given as it says it)."""
    if "overwrite" in str(exc) or "declare" in str(exc):
        return said(
            "FileProblem",
            "not valid TOML: {reason} — a key or table is written twice; keep one of them",
        ).using(reason=str(exc))
    return said("FileProblem", "not valid TOML: {reason}").using(reason=str(exc))


def _toml_line(exc: tomllib.TOMLDecodeError) -> int | None:
    line = getattr(exc, "lineno", None)
    if isinstance(line, int):
        return line
    message = str(exc)
    marker = "at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",", 1)[0].split(")", 1)[0]
        if digits.isdigit():
            return int(digits)
    return None


def _build(doc: dict[str, Any], check: _Checker) -> Routine:
    version = doc.get("version")
    if version is None:
        check.add(
            ("version",),
            said("FileProblem", "missing; the first line should be version = {version}").using(
                version=FORMAT_VERSION
            ),
        )
    elif isinstance(version, bool) or not isinstance(version, int):
        check.add(
            ("version",),
            said("FileProblem", "must be a whole number ({version}), not {kind}").using(
                version=FORMAT_VERSION, kind=_kind(version)
            ),
        )
    elif version > FORMAT_VERSION:
        # Nothing else can be trusted in a newer format: report this alone.
        raise RoutineError(
            [
                Problem(
                    check.file,
                    said(
                        "FileProblem",
                        "this routine was written by a newer Wind-Down Coach (format {version}); "
                        "this version reads format {known} — update the app to open it",
                    ).using(version=version, known=FORMAT_VERSION),
                    line=check.lines.find(("version",)),
                    field="version",
                )
            ]
        )
    elif version < 1:
        check.add(
            ("version",),
            said("FileProblem", "is {version}; the only known format is {known}").using(
                version=version, known=FORMAT_VERSION
            ),
        )

    check.unknown_keys(doc, TOP_KEYS, ())
    language = doc.get("language", DEFAULT_LANGUAGE)
    why = language_problem(language)
    if why is not None:
        check.add(("language",), why)
        language = DEFAULT_LANGUAGE
    name = check.text(doc, "name", (), required=True, limit=MAX_NAME, lines=False)
    description = check.text(doc, "description", (), required=False, limit=MAX_DESCRIPTION)
    intro = _spoken(doc, "intro", check)
    closing = _spoken(doc, "closing", check)
    options = _options(doc, check)
    voice = _voice(doc, check)
    steps = _steps(doc, check, release_words(language))

    if not check.problems:
        routine = Routine(
            name=name or "",
            description=description or "",
            intro=intro,
            closing=closing,
            steps=tuple(steps),
            voice=voice,
            language=language,
            **options,
        )
        if routine.duration > MAX_TOTAL_SECONDS:
            check.add(
                ("steps",),
                said(
                    "FileProblem", "the routine lasts {hours} hours; at most {most} are allowed"
                ).using(
                    hours=f"{routine.duration / 3600:.1f}", most=int(MAX_TOTAL_SECONDS // 3600)
                ),
            )
        else:
            return routine
    raise RoutineError(check.problems)


def _options(doc: dict[str, Any], check: _Checker) -> dict[str, Any]:
    table = check.table(doc, "options", ())
    if table is None:
        return {}
    check.unknown_keys(table, OPTION_KEYS, ("options",))
    found: dict[str, Any] = {}
    repeat = table.get("repeat", 1)
    if isinstance(repeat, bool) or not isinstance(repeat, int) or not 1 <= repeat <= MAX_REPEAT:
        check.add(
            ("options", "repeat"),
            said(
                "FileProblem",
                "must be a whole number from 1 to {most} (how many times each group is done)",
            ).using(most=MAX_REPEAT),
        )
    else:
        found["repeat"] = repeat
    pause = check.seconds(
        table, "pause_between", ("options",), low=0, high=MAX_PAUSE_SECONDS, default=0.0
    )
    if pause is not None:
        found["pause_between"] = pause
    if "chime" in table:
        if isinstance(table["chime"], bool):
            found["chime"] = table["chime"]
        else:
            check.add(("options", "chime"), said("FileProblem", "must be true or false"))
    return found


def _voice(doc: dict[str, Any], check: _Checker) -> RoutineVoice | None:
    table = check.table(doc, "voice", ())
    if table is None:
        return None
    check.unknown_keys(table, VOICE_KEYS, ("voice",))
    voice_id = check.text(table, "id", ("voice",), required=False, limit=100, lines=False)
    rate = table.get("rate")
    if rate is not None and (
        isinstance(rate, bool) or not isinstance(rate, int) or not 60 <= rate <= 260
    ):
        check.add(
            ("voice", "rate"),
            said("FileProblem", "must be a whole number of words a minute, 60 to 260"),
        )
        rate = None
    volume = table.get("volume")
    if volume is not None and (
        isinstance(volume, bool) or not isinstance(volume, int | float) or not 0 <= volume <= 1
    ):
        check.add(("voice", "volume"), said("FileProblem", "must be a number from 0 to 1"))
        volume = None
    return RoutineVoice(voice_id or None, rate, None if volume is None else float(volume))


def _spoken(doc: dict[str, Any], key: str, check: _Checker) -> Spoken | None:
    table = check.table(doc, key, ())
    if table is None:
        return None
    check.unknown_keys(table, SPOKEN_KEYS, (key,))
    say = check.text(table, "say", (key,), required=True, limit=MAX_WORDS)
    seconds = check.seconds(
        table, "seconds", (key,), low=0, high=MAX_PHASE_SECONDS, low_inclusive=False
    )
    if say is None or seconds is None:
        return None
    return Spoken(say, seconds)


def _steps(doc: dict[str, Any], check: _Checker, default_release: str) -> list[Step]:
    raw = doc.get("steps")
    if raw is None:
        check.add(
            ("steps",), said("FileProblem", "missing; a routine needs at least one [[steps]] entry")
        )
        return []
    if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
        check.add(("steps",), said("FileProblem", "must be a list of [[steps]] tables"))
        return []
    if not raw:
        check.add(("steps",), said("FileProblem", "is empty; a routine needs at least one step"))
    if len(raw) > MAX_STEPS:
        check.add(
            ("steps",),
            said("FileProblem", "has %n step(s); at most {most} are allowed")
            .counting(len(raw))
            .using(most=MAX_STEPS),
        )
        return []
    steps = []
    for index, table in enumerate(raw):
        step = _step(table, ("steps", index), check, default_release)
        if step is not None:
            steps.append(step)
    return steps


def _step(table: dict[str, Any], path: Path_, check: _Checker, default_release: str) -> Step | None:
    before = len(check.problems)
    check.unknown_keys(table, STEP_KEYS, path)
    area = table.get("area")
    if area is None:
        check.add(
            (*path, "area"), said("FileProblem", "missing; name a body area such as “right_hand”")
        )
    elif not isinstance(area, str):
        check.add(
            (*path, "area"),
            said("FileProblem", "must be a body area name in quotes, not {kind}").using(
                kind=_kind(area)
            ),
        )
    elif not body_areas.is_area(area):
        import difflib  # only for an unknown area

        near = difflib.get_close_matches(area, list(body_areas.AREAS), n=3, cutoff=0.5)
        hint = (
            said("FileProblem", "“{area}” is not a known body area; did you mean {near}?").using(
                area=area, near=" / ".join(f"“{n}”" for n in near)
            )
            if near
            else said(
                "FileProblem",
                "“{area}” is not a known body area; see docs/routine-format.md for the list",
            ).using(area=area)
        )
        check.add((*path, "area"), hint)
    say = check.text(table, "say", path, required=True, limit=MAX_WORDS)
    tense = check.seconds(table, "tense", path, low=0, high=MAX_TENSE_SECONDS, default=0.0)
    relax = check.seconds(table, "relax", path, low=1, high=MAX_PHASE_SECONDS)
    release = check.text(table, "release", path, required=False, limit=MAX_WORDS)
    if release is not None and not release:
        check.add(
            (*path, "release"),
            said("FileProblem", "is empty; leave it out to use the default words"),
        )
    prompts = _prompts(table, path, relax, check)
    if len(check.problems) > before:
        return None
    assert isinstance(area, str) and say is not None and relax is not None and tense is not None
    return Step(
        area=area,
        say=say,
        tense=tense,
        release=release or default_release,
        relax=relax,
        prompts=tuple(prompts),
    )


def _prompts(
    table: dict[str, Any], path: Path_, relax: float | None, check: _Checker
) -> list[Prompt]:
    raw = table.get("prompts")
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(p, dict) for p in raw):
        check.add(
            (*path, "prompts"),
            said("FileProblem", "must be a list of [[steps.prompts]] tables with at and say"),
        )
        return []
    if len(raw) > MAX_PROMPTS_PER_STEP:
        check.add(
            (*path, "prompts"),
            said("FileProblem", "has %n prompt(s); at most {most}")
            .counting(len(raw))
            .using(most=MAX_PROMPTS_PER_STEP),
        )
        return []
    prompts = []
    for index, item in enumerate(raw):
        where = (*path, "prompts", index)
        check.unknown_keys(item, PROMPT_KEYS, where)
        high = relax if relax is not None else MAX_PHASE_SECONDS
        at = check.seconds(item, "at", where, low=0, high=high, low_inclusive=False)
        if at is not None and relax is not None and at >= relax:
            check.add(
                (*where, "at"),
                said(
                    "FileProblem",
                    "is {at}; it must come before the relax phase ends ({relax} seconds)",
                ).using(at=f"{at:g}", relax=f"{relax:g}"),
            )
            at = None
        say = check.text(item, "say", where, required=True, limit=MAX_WORDS)
        if at is not None and say is not None:
            prompts.append(Prompt(at, say))
    times = [p.at for p in prompts]
    if len(set(times)) != len(times):
        check.add(
            (*path, "prompts"),
            said("FileProblem", "two prompts share the same time; give each its own “at”"),
        )
    return sorted(prompts, key=lambda p: p.at)


def load_routine(path: Path) -> Routine:
    """Read a routine file; raise :class:`RoutineError` naming every problem."""
    file = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RoutineError(
                [
                    Problem(
                        file,
                        said(
                            "FileProblem",
                            "the file is {size} KiB; a routine file is at most {most} kB",
                        ).using(size=size // 1024, most=MAX_FILE_BYTES // 1000),
                    )
                ]
            )
        data = read_small_file(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise RoutineError([Problem(file, cannot_read(exc))]) from None
    if b"\x00" in data:
        raise RoutineError(
            [Problem(file, said("FileProblem", "this is a binary file, not a routine (TOML text)"))]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RoutineError(
            [Problem(file, said("FileProblem", "not UTF-8 text; save it as UTF-8"), line=line)]
        ) from None
    routine = parse_routine(text.removeprefix("\ufeff"), file)
    return replace(routine, source=path)


def cannot_read(exc: OSError) -> Said:
    """A file the system would not give, in words (the system's reason as it says it)."""
    return said("FileProblem", "cannot be read: {reason}").using(reason=exc.strerror or str(exc))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def dump_routine(routine: Routine) -> str:
    """Serialise *routine* to routine-format TOML text (reads back equal)."""
    doc: dict[str, Any] = {"version": FORMAT_VERSION}
    if routine.language != DEFAULT_LANGUAGE:
        doc["language"] = routine.language
    doc["name"] = routine.name
    if routine.description:
        doc["description"] = routine.description
    for key, part in (("intro", routine.intro), ("closing", routine.closing)):
        if part is not None:
            doc[key] = {"say": part.say, "seconds": _number(part.seconds)}
    options: dict[str, Any] = {}
    if routine.repeat != 1:
        options["repeat"] = routine.repeat
    if routine.pause_between:
        options["pause_between"] = _number(routine.pause_between)
    if routine.chime is not None:
        options["chime"] = routine.chime
    if options:
        doc["options"] = options
    if routine.voice is not None:
        voice = {
            "id": routine.voice.voice,
            "rate": routine.voice.rate,
            "volume": routine.voice.volume,
        }
        doc["voice"] = {k: v for k, v in voice.items() if v is not None}
    steps = []
    for step in routine.steps:
        table: dict[str, Any] = {"area": step.area, "say": step.say}
        if step.tense:
            table["tense"] = _number(step.tense)
        if step.release != release_words(routine.language):
            table["release"] = step.release
        table["relax"] = _number(step.relax)
        if step.prompts:
            table["prompts"] = [{"at": _number(p.at), "say": p.say} for p in step.prompts]
        steps.append(table)
    doc["steps"] = steps
    import tomli_w  # only when writing

    return tomli_w.dumps(doc)
