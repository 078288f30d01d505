"""Problems found in user files, collected and reported all at once.

A problem says what is wrong as :class:`~coach.core.words.Said` (words and values, put in
the reader's language where shown), with the file, line and field it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.words import Said, said


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where it is, which field, and what would be valid."""

    file: str
    said: Said
    line: int | None = None
    field: str | None = None

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.said.render()

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
    "name": said("Field", "name"),
    "description": said("Field", "description"),
    "intro": said("Field", "opening"),
    "closing": said("Field", "closing"),
    "say": said("Field", "words"),
    "seconds": said("Field", "length"),
    "area": said("Field", "body area"),
    "tense": said("Field", "tension"),
    "release": said("Field", "release words"),
    "relax": said("Field", "rest"),
    "prompts": said("Field", "extra words"),
    "at": said("Field", "time"),
    "options": said("Field", "options"),
    "repeat": said("Field", "times each group is done"),
    "pause_between": said("Field", "pause between groups"),
    "chime": said("Field", "chime"),
    "voice": said("Field", "voice"),
    "id": said("Field", "id"),
    "rate": said("Field", "speed"),
    "volume": said("Field", "volume"),
    "version": said("Field", "format version"),
    "language": said("Field", "language"),
    "steps": said("Field", "steps"),
    "items": said("Field", "checklist items"),
    "title": said("Field", "title"),
    "reason": said("Field", "reason"),
    "minutes_before": said("Field", "minutes before bedtime"),
    "enabled": said("Field", "on"),
    "duration": said("Field", "length in minutes"),
    "bedtime": said("Field", "bedtime"),
    "wake": said("Field", "get-up time"),
    "sleeper": said("Field", "who sleeps"),
    "bedtimes": said("Field", "bedtimes by weekday"),
    # the settings file's keys
    "routine": said("Field", "routine"),
    "captions": said("Field", "captions"),
    "screen_dark": said("Field", "dark screen"),
    "text_size": said("Field", "caption size"),
    "body_map": said("Field", "body map"),
    "breathing": said("Field", "breathing guide"),
    "breaths_per_minute": said("Field", "breathing guide speed"),
    "chime_volume": said("Field", "chime volume"),
    "background": said("Field", "background sound"),
    "background_volume": said("Field", "background volume"),
    "background_until": said("Field", "background plays on until"),
    "person_name": said("Field", "name in the greeting"),
    "simple_mode": said("Field", "simple mode"),
    "high_contrast": said("Field", "high contrast"),
    "large_text": said("Field", "large text"),
    "close_to_tray": said("Field", "closing keeps reminders in the tray"),
    "tray_hint_shown": said("Field", "tray hint shown"),
    "quit_after_minutes": said("Field", "close the app after a session"),
}
_NUMBERED = {
    "steps": said("Field", "Step {number}"),
    "prompts": said("Field", "extra words {number}"),
    "items": said("Field", "checklist item {number}"),
}


def field_words(field: str) -> tuple[Said, ...]:
    """A dotted field path as words, part by part: ``steps[9].prompts[1].at`` is
    Step 9, extra words 1, time (a key it does not know is shown as written)."""
    parts = []
    for piece in field.split("."):
        name, _, index = piece.partition("[")
        if index and name in _NUMBERED:
            parts.append(_NUMBERED[name].using(number=int(index.rstrip("]"))))
        elif name in _FIELD_WORDS:
            words = _FIELD_WORDS[name]
            parts.append(
                Said("Field", "{words} {number}").using(words=words, number=index.rstrip("]"))
                if index
                else words
            )
        else:
            parts.append(Said("Field", "{key}").using(key=piece))
    return tuple(parts)


def describe_field(field: str) -> str:
    """A dotted field path in English words, e.g. ``Step 9 › extra words 1 › time``."""
    text = " › ".join(part.render() for part in field_words(field))
    return text[:1].upper() + text[1:]
