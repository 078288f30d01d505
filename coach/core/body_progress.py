"""What the body map should show at a point in a session (no drawing here)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.core import body_areas
from coach.core.timeline import CueKind, Section, SectionKind, Timeline


class Role(StrEnum):
    TENSE = "tense"  # being tensed now: glows warm
    RELAX = "relax"  # being relaxed now: cools and settles
    DONE = "done"  # relaxed earlier in the session: softly tinted


def region_roles(
    timeline: Timeline, section_index: int | None, cue_kind: CueKind | None
) -> dict[str, Role]:
    """Each region's role when the session is in *section_index* after a cue of *cue_kind*."""
    if section_index is None:
        return {}
    roles: dict[str, Role] = {}
    current = timeline.sections[section_index]
    for section in timeline.sections[:section_index]:
        if section.kind is SectionKind.STEP and section.area is not None:
            for region in body_areas.AREAS[section.area].regions:
                roles[region] = Role.DONE
    if current.kind is SectionKind.CLOSING:
        # The closing words: everything has been relaxed.
        for section in timeline.sections:
            if section.kind is SectionKind.STEP and section.area is not None:
                for region in body_areas.AREAS[section.area].regions:
                    roles[region] = Role.DONE
    elif current.area is not None:
        role = Role.TENSE if cue_kind is CueKind.TENSE else Role.RELAX
        for region in body_areas.AREAS[current.area].regions:
            roles[region] = role
    return roles


def section_for_region(timeline: Timeline, region: str) -> int | None:
    """The first step that relaxes *region* (for a click on the body map)."""
    best: tuple[int, int] | None = None  # (number of regions, section index)
    for section in timeline.sections:
        if section.kind is not SectionKind.STEP or section.area is None:
            continue
        covered = body_areas.AREAS[section.area].regions
        if region in covered:
            candidate = (len(covered), section.index)
            # The most specific step wins (the finger over the whole hand), then the earliest.
            if best is None or candidate < best:
                best = candidate
    return best[1] if best else None


@dataclass(frozen=True)
class Jump:
    """Where a click on the body map took a paused session: the step, its first words,
    and how the body map shows it."""

    section: Section
    words: str
    roles: dict[str, Role]


def jump_for_region(timeline: Timeline, region: str) -> Jump | None:
    """The step a click on *region* goes to (see :func:`section_for_region`), or None."""
    index = section_for_region(timeline, region)
    if index is None:
        return None
    first = next((c for c in timeline.cues if c.section == index), None)
    return Jump(
        timeline.sections[index],
        first.text if first is not None else "",
        region_roles(timeline, index, None),
    )
