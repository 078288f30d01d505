"""Problems found in user files, collected and reported all at once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where it is, which field, and what would be valid."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class FileProblemsError(ValueError):
    """A file could not be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


_FIELD_WORDS = {
    "name": "name",
    "description": "description",
    "intro": "opening",
    "closing": "closing",
    "say": "words",
    "seconds": "length",
    "steps": "steps",
    "area": "body area",
    "tense": "tension",
    "release": "release words",
    "relax": "rest",
    "prompts": "extra words",
    "at": "time",
    "options": "options",
    "repeat": "times each group is done",
    "pause_between": "pause between groups",
    "chime": "chime",
    "voice": "voice",
    "rate": "speed",
    "volume": "volume",
    "version": "format version",
}


def describe_field(field: str) -> str:
    """A dotted field path in words, e.g. ``Step 9 › extra words 1 › time``."""
    parts = []
    for piece in field.split("."):
        name, _, index = piece.partition("[")
        words = _FIELD_WORDS.get(name, name.replace("_", " "))
        if index:
            number = index.rstrip("]")
            words = f"Step {number}" if name == "steps" else f"{words} {number}"
        parts.append(words)
    text = " › ".join(parts)
    return text[:1].upper() + text[1:]
