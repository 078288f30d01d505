"""The routine model: what a relaxation session says, where, and for how long."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: What is said when a tense phase ends, if a step does not say otherwise.
DEFAULT_RELEASE = "And let go."


@dataclass(frozen=True)
class Spoken:
    """Words said at the start of a fixed stretch of time (intro or closing)."""

    say: str
    seconds: float


@dataclass(frozen=True)
class Prompt:
    """An extra prompt said *at* seconds into a step's relax phase."""

    at: float
    say: str


@dataclass(frozen=True)
class Step:
    """One muscle group: optional tension, then release and rest.

    ``tense`` counts from the moment ``say`` starts, so it includes the time the
    words take.  With ``tense == 0`` the step is release-only: ``say`` opens
    the relax phase directly and ``release`` is not used.
    """

    area: str
    say: str
    relax: float
    tense: float = 0.0
    release: str = DEFAULT_RELEASE
    prompts: tuple[Prompt, ...] = ()

    @property
    def duration(self) -> float:
        return self.tense + self.relax


@dataclass(frozen=True)
class RoutineVoice:
    """A routine's own voice settings; ``None`` fields follow the app's settings."""

    voice: str | None = None
    rate: int | None = None
    volume: float | None = None


@dataclass(frozen=True)
class Routine:
    """A whole relaxation routine, as read from a routine file."""

    name: str
    steps: tuple[Step, ...]
    description: str = ""
    intro: Spoken | None = None
    closing: Spoken | None = None
    #: How many times each group is done in a row (2 is usual in the first weeks).
    repeat: int = 1
    #: Quiet seconds between one group and the next.
    pause_between: float = 0.0
    #: A chime before each step: on, off, or ``None`` to follow the app's setting.
    chime: bool | None = None
    voice: RoutineVoice | None = None
    #: The language its words are in (``coach.core.language``): the voice follows it.
    language: str = "en"
    source: Path | None = field(default=None, compare=False)

    @property
    def group_count(self) -> int:
        return len(self.steps) * self.repeat

    @property
    def duration(self) -> float:
        total = sum(step.duration for step in self.steps) * self.repeat
        total += self.pause_between * max(0, self.group_count - 1)
        for part in (self.intro, self.closing):
            if part is not None:
                total += part.seconds
        return total
