"""Compile a routine into the ordered cues of a session.

The timeline is the single source of truth for what is said and when: the
session engine, the window, the audio mixer and ``coach timeline`` all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.core.routine import Routine
from coach.core.words import marked


class CueKind(StrEnum):
    INTRO = "intro"
    TENSE = "tense"
    RELEASE = "release"
    RELAX = "relax"
    CLOSING = "closing"


#: The sections' titles (in English; marked for the window's catalogue).
SETTLING_IN = marked("Sections", "Settling in")
RESTING = marked("Sections", "Resting")
STEP_OF = marked("Sections", "Step {number} of {count}")


class SectionKind(StrEnum):
    INTRO = "intro"
    STEP = "step"
    CLOSING = "closing"


@dataclass(frozen=True)
class Cue:
    """Words to say *at* seconds from the session start."""

    at: float
    text: str
    kind: CueKind
    area: str | None
    section: int

    def to_json(self) -> dict[str, object]:
        return {"at": self.at, "text": self.text, "kind": str(self.kind), "area": self.area}


@dataclass(frozen=True)
class Section:
    """A stretch of the session one can skip to: the intro, a step or the closing."""

    index: int
    kind: SectionKind
    start: float
    end: float
    title: str
    area: str | None
    step: int | None
    #: Seconds into the section when tension ends (``None`` when release-only).
    tense_until: float | None = None
    #: A step's place: the *number*-th of *count* (0 for the opening and the closing).
    number: int = 0
    count: int = 0


@dataclass(frozen=True)
class Timeline:
    cues: tuple[Cue, ...]
    sections: tuple[Section, ...]
    duration: float

    def section_at(self, position: float) -> Section:
        """The section playing at *position* seconds (the last one after the end)."""
        for section in self.sections:
            if position < section.end:
                return section
        return self.sections[-1]

    @property
    def step_count(self) -> int:
        return sum(1 for s in self.sections if s.kind is SectionKind.STEP)

    def texts(self) -> list[str]:
        """Every distinct text the session will say, in first-use order."""
        return list(dict.fromkeys(cue.text for cue in self.cues))


def compile_timeline(routine: Routine) -> Timeline:
    """Turn *routine* into cues ordered by time, and the sections they belong to."""
    cues: list[Cue] = []
    sections: list[Section] = []
    t = 0.0

    def section(
        kind: SectionKind,
        length: float,
        title: str,
        area: str | None,
        step: int | None,
        tense_until: float | None = None,
        place: tuple[int, int] = (0, 0),
    ) -> int:
        index = len(sections)
        sections.append(Section(index, kind, t, t + length, title, area, step, tense_until, *place))
        return index

    if routine.intro is not None:
        index = section(SectionKind.INTRO, routine.intro.seconds, SETTLING_IN, None, None)
        cues.append(Cue(t, routine.intro.say, CueKind.INTRO, None, index))
        t += routine.intro.seconds

    groups = [
        (number, step) for number, step in enumerate(routine.steps) for _ in range(routine.repeat)
    ]
    count = len(groups)
    for group, (number, step) in enumerate(groups):
        title = STEP_OF.format(number=group + 1, count=count)
        pause = routine.pause_between if group < count - 1 else 0.0
        index = section(
            SectionKind.STEP,
            step.duration + pause,
            title,
            step.area,
            number,
            step.tense if step.tense > 0 else None,
            (group + 1, count),
        )
        if step.tense > 0:
            cues.append(Cue(t, step.say, CueKind.TENSE, step.area, index))
            relax_start = t + step.tense
            cues.append(Cue(relax_start, step.release, CueKind.RELEASE, step.area, index))
        else:
            relax_start = t
            cues.append(Cue(t, step.say, CueKind.RELAX, step.area, index))
        for prompt in step.prompts:
            cues.append(Cue(relax_start + prompt.at, prompt.say, CueKind.RELAX, step.area, index))
        t += step.duration + pause

    if routine.closing is not None:
        index = section(SectionKind.CLOSING, routine.closing.seconds, RESTING, None, None)
        cues.append(Cue(t, routine.closing.say, CueKind.CLOSING, None, index))
        t += routine.closing.seconds

    cues.sort(key=lambda c: c.at)
    return Timeline(tuple(cues), tuple(sections), t)
