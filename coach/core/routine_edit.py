"""Routine edits that are more than typing: scaling to a length, spoken-length checks."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from coach.core import body_areas
from coach.core.routine_format import MAX_PAUSE_SECONDS, MAX_PHASE_SECONDS
from coach.core.timeline import Section, Timeline

#: Speech may run this close to the next cue before it counts as overlapping (seconds).
OVERLAP_MARGIN = 0.3


def _round(value: float) -> float:
    rounded = round(value * 2) / 2  # half seconds
    return int(rounded) if float(rounded).is_integer() else rounded


def tension_seconds(doc: dict[str, Any]) -> float:
    """How long the routine spends tensing in all (each hold times the repeats)."""
    steps = [s for s in doc.get("steps", []) if isinstance(s, dict)]
    options = _table(doc, "options")
    repeat = options.get("repeat", 1) if _is_number(options.get("repeat", 1)) else 1
    return sum(_seconds(s, "tense") for s in steps) * max(1, int(repeat))


def scale_document(doc: dict[str, Any], target_seconds: float) -> dict[str, Any]:
    """A copy of *doc* stretched or shrunk so it lasts about *target_seconds*.

    Tension holds stay exactly as they are: they are about safety (a muscle is
    clenched that long), not pacing.  Intro, rests, pauses, closing and the
    prompts' offsets scale by one factor (rounded to half seconds) so that, with
    the holds, the whole comes to the target where the format's limits allow;
    :func:`document_duration` of the result tells how close it came.
    """
    current = document_duration(doc)
    held = tension_seconds(doc)
    stretchable = current - held
    if stretchable <= 0 or target_seconds <= 0:
        return copy.deepcopy(doc)
    factor = max(0.0, target_seconds - held) / stretchable
    out = copy.deepcopy(doc)
    for key in ("intro", "closing"):
        part = out.get(key)
        if isinstance(part, dict) and _is_number(part.get("seconds")):
            part["seconds"] = min(MAX_PHASE_SECONDS, max(0.5, _round(part["seconds"] * factor)))
    options = out.get("options")
    if isinstance(options, dict) and _is_number(options.get("pause_between")):
        options["pause_between"] = min(MAX_PAUSE_SECONDS, _round(options["pause_between"] * factor))
    for step in out.get("steps", []):
        if not isinstance(step, dict):
            continue
        if _is_number(step.get("relax")):
            step["relax"] = min(MAX_PHASE_SECONDS, max(1, _round(step["relax"] * factor)))
        for prompt in step.get("prompts", []) or []:
            if isinstance(prompt, dict) and _is_number(prompt.get("at")):
                relax_value = step.get("relax")
                relax = relax_value if _is_number(relax_value) else MAX_PHASE_SECONDS
                prompt["at"] = min(relax - 0.5, max(0.5, _round(prompt["at"] * factor)))
    return out


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _seconds(table: object, key: str) -> float:
    if isinstance(table, dict) and _is_number(table.get(key)):
        return max(0.0, float(table[key]))
    return 0.0


def _table(doc: dict[str, Any], key: str) -> dict[str, Any]:
    found = doc.get(key)
    return found if isinstance(found, dict) else {}


def document_duration(doc: dict[str, Any]) -> float:
    """Best-effort length of a (possibly invalid) routine document, in seconds."""
    steps = [s for s in doc.get("steps", []) if isinstance(s, dict)]
    options = _table(doc, "options")
    repeat = options.get("repeat", 1) if _is_number(options.get("repeat", 1)) else 1
    repeat = max(1, int(repeat))
    groups = len(steps) * repeat
    total = sum(_seconds(s, "tense") + _seconds(s, "relax") for s in steps) * repeat
    total += _seconds(options, "pause_between") * max(0, groups - 1)
    return total + _seconds(doc.get("intro"), "seconds") + _seconds(doc.get("closing"), "seconds")


@dataclass(frozen=True)
class Overrun:
    """Words that would still be playing when the next cue is due (where, which words,
    by how many seconds); ``str()`` says it in English, ``coach/texts`` in the window's."""

    section: int
    part: Section
    text: str
    seconds: float

    @property
    def title(self) -> str:
        """The section in English, with its body area: ``Step 2 of 2 (Neck and throat)``."""
        area = f" ({body_areas.label(self.part.area)})" if self.part.area else ""
        return self.part.title + area

    @property
    def short_text(self) -> str:
        """The words, cut to a glance."""
        return _short(self.text)

    def __str__(self) -> str:
        return (
            f"{self.title}: “{self.short_text}” is still being said "
            f"{self.seconds:.1f} s after the next cue is due"
        )


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def spoken_overruns(timeline: Timeline, spoken: Mapping[str, float]) -> list[Overrun]:
    """Cues whose words (lasting ``spoken[text]`` seconds) run into the next cue or the end."""
    found = []
    cues = timeline.cues
    for i, cue in enumerate(cues):
        length = spoken.get(cue.text)
        if length is None:
            continue
        next_at = cues[i + 1].at if i + 1 < len(cues) else timeline.duration
        over = cue.at + length - next_at
        if over > OVERLAP_MARGIN:
            found.append(Overrun(cue.section, timeline.sections[cue.section], cue.text, over))
    return found
