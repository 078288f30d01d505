"""Languages: which one the person reads (from the system's locale variables), which voice
speaks a routine written in one, and the words a routine uses by default in each.

A routine carries its ``language`` (``en`` unless it says otherwise).  The natural voice
speaks English only; a routine in another language is spoken by eSpeak NG's voice for it.
Adding a language is a table in ``languages.toml`` beside this module (its voice and its
default words), and routine files written in it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path

from coach.core.words import Said, said

DEFAULT_LANGUAGE = "en"
#: A language code: two or three lower-case letters (ISO 639), as in a locale name.
CODE = re.compile(r"[a-z]{2,3}")
#: Each spoken language's voice and default words, as data (``languages.toml`` beside
#: this module: a new language is a table there, not code).
TABLE_FILE = Path(__file__).with_name("languages.toml")


def _table() -> dict[str, dict[str, str]]:
    with TABLE_FILE.open("rb") as handle:
        table = tomllib.load(handle)
    return {code: {k: str(v) for k, v in entry.items()} for code, entry in table.items()}


_LANGUAGES = _table()
#: The eSpeak NG voice (its pyttsx3 id) for a routine in each language but English.
VOICES = {code: entry["voice"] for code, entry in _LANGUAGES.items() if "voice" in entry}
#: What is said when a tense phase ends, if a step does not say otherwise.
RELEASE_WORDS = {code: entry["release"] for code, entry in _LANGUAGES.items() if "release" in entry}


def language_problem(value: object) -> Said | None:
    """Why *value* is not a routine's language (None: it is one)."""
    if not isinstance(value, str) or not CODE.fullmatch(value):
        return said(
            "FileProblem",
            "must be a language code of two or three lower-case letters, such as “en” or “ru”",
        )
    return None


def window_language_problem(value: str) -> Said | None:
    """Why *value* is not a window language setting (empty: follow the system)."""
    return None if value == "" else language_problem(value)


def preferred_language(environ: Mapping[str, str], available: Collection[str] | None = None) -> str:
    """The language the person reads, as the system says (LANGUAGE, then LC_ALL,
    LC_MESSAGES and LANG, as gettext looks): the first one listed that is *available*
    (any, if None); English for C, POSIX or nothing."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        for part in value.split(":"):  # LANGUAGE may list several, best first
            code = part.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
            if code in ("", "c", "posix"):
                continue
            if CODE.fullmatch(code) and (available is None or code in available):
                return code
        if value:
            return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def release_words(language: str) -> str:
    return RELEASE_WORDS.get(language, RELEASE_WORDS[DEFAULT_LANGUAGE])
