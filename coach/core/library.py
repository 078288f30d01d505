"""Finding routines: the built-in ones, the user's, or a file path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coach.core.language import CODE, DEFAULT_LANGUAGE
from coach.core.routine import Routine
from coach.core.routine_format import RoutineError, load_routine
from coach.core.words import Said, said

#: The routine a new user starts with.
DEFAULT_ROUTINE = "body-scan"
#: Built-in routines in the order they are offered.
BUILTIN_ORDER = ("body-scan", "classic-16", "seven-groups", "four-groups")


@dataclass(frozen=True)
class Entry:
    """A routine in the library: loaded, or with the error that stopped it."""

    id: str
    path: Path
    builtin: bool
    routine: Routine | None
    error: RoutineError | None = None


def _order(path: Path) -> tuple[int, str]:
    stem = path.stem
    base = _base(stem)
    return (BUILTIN_ORDER.index(base) if base in BUILTIN_ORDER else len(BUILTIN_ORDER), stem)


def list_routines(
    builtin_dir: Path, user_dir: Path | None = None, language: str | None = DEFAULT_LANGUAGE
) -> list[Entry]:
    """Every routine file, built-in first; files that fail to load are listed with their error.

    Of the built-in routines, those in *language* (the person's), or the English ones when
    there are none in it; every one of them with ``language=None``.  The user's own
    routines are all listed, whatever their language.
    """
    entries = []
    sources = [(builtin_dir, True)] + ([(user_dir, False)] if user_dir else [])
    for directory, builtin in sources:
        if not directory.is_dir():
            continue
        paths = sorted(directory.glob("*.toml"), key=_order)
        if builtin and language is not None:
            paths = _named_in(paths, language)
        for path in paths:
            prefix = "" if builtin else "user:"
            try:
                entries.append(Entry(prefix + path.stem, path, builtin, load_routine(path)))
            except RoutineError as exc:
                entries.append(Entry(prefix + path.stem, path, builtin, None, exc))
    if language is None:
        return entries
    if not any(e.builtin and _in(e, language) for e in entries):
        language = DEFAULT_LANGUAGE
    return [e for e in entries if not e.builtin or e.routine is None or _in(e, language)]


def offered(routine_id: str, entries: list[Entry], language: str) -> str:
    """The routine to select for *routine_id* among *entries*: itself, or its twin in
    *language* when that is what is offered (a new user's default, or a built-in of
    another language that is not listed), or the base routine of a twin."""
    ids = {e.id for e in entries}
    base = _base(routine_id)
    twin = base if language == DEFAULT_LANGUAGE else f"{base}-{language}"
    if (routine_id not in ids or routine_id == DEFAULT_ROUTINE) and twin in ids:
        return twin
    if routine_id not in ids and base in ids:
        return base
    return routine_id


def _base(stem: str) -> str:
    base, _, suffix = stem.rpartition("-")  # "body-scan-ru" is the body scan in Russian
    return base if base and CODE.fullmatch(suffix) else stem


def _named_in(paths: list[Path], language: str) -> list[Path]:
    """The built-in files named for *language* ("body-scan-ru"; English has no suffix),
    or the English ones when none is: only they are read (the start is quicker).  What
    a file says of its language is looked at again once it is read."""

    def named(path: Path) -> str:
        base = _base(path.stem)
        return path.stem[len(base) + 1 :] if base != path.stem else DEFAULT_LANGUAGE

    chosen = [p for p in paths if named(p) == language]
    return chosen or [p for p in paths if named(p) == DEFAULT_LANGUAGE]


def _in(entry: Entry, language: str) -> bool:
    return entry.routine is not None and entry.routine.language == language


class UnknownRoutine(LookupError):
    """No routine goes by the name asked for; ``said`` tells which ones do."""

    def __init__(self, words: Said) -> None:
        self.said = words
        super().__init__(words.render())


def resolve(name_or_path: str, builtin_dir: Path, user_dir: Path | None = None) -> Routine:
    """A routine by file path, id (file name without ``.toml``) or name, case-insensitive."""
    path = Path(name_or_path).expanduser()
    if path.suffix == ".toml" or path.is_file():
        return load_routine(path)
    wanted = name_or_path.strip().casefold()
    entries = list_routines(builtin_dir, user_dir, language=None)  # every language
    for entry in entries:
        names = {entry.id.casefold(), entry.id.removeprefix("user:").casefold()}
        if entry.routine is not None:
            names.add(entry.routine.name.casefold())
        if wanted in names:
            if entry.error is not None:
                raise entry.error
            assert entry.routine is not None
            return entry.routine
    known = ", ".join(e.id for e in entries)
    raise UnknownRoutine(
        said("Library", "no routine called “{name}”; known routines: {known}").using(
            name=name_or_path, known=known
        )
    )
