from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.routine_format import load_routine, parse_routine
from coach.core.timeline import CueKind, SectionKind, compile_timeline
from coach.paths import assets_dir

from .test_routine_format import GOOD

BUILTINS = sorted((assets_dir() / "routines").glob("*.toml"))


def test_cues_for_tense_release_and_prompts() -> None:
    timeline = compile_timeline(parse_routine(GOOD))
    got = [(c.at, c.kind, c.area, c.text) for c in timeline.cues]
    assert got == [
        (0.0, CueKind.INTRO, None, "Hello."),
        (5.0, CueKind.TENSE, "right_hand", "Make a fist. Now."),
        (12.0, CueKind.RELEASE, "right_hand", "Let go."),
        (22.0, CueKind.RELAX, "right_hand", "Heavy."),
        (32.0, CueKind.RELAX, "neck", "Rest."),
    ]
    assert timeline.duration == 47.0
    assert [s.kind for s in timeline.sections] == [
        SectionKind.INTRO,
        SectionKind.STEP,
        SectionKind.STEP,
    ]
    assert [(s.start, s.end) for s in timeline.sections] == [(0, 5), (5, 32), (32, 47)]
    assert timeline.sections[1].tense_until == 7.0


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.stem)
def test_builtin_timelines_are_ordered_and_complete(path: Path) -> None:
    routine = load_routine(path)
    timeline = compile_timeline(routine)
    times = [c.at for c in timeline.cues]
    assert times == sorted(times)
    assert timeline.duration == pytest.approx(routine.duration)
    assert timeline.cues[0].kind is CueKind.INTRO and timeline.cues[-1].kind is CueKind.CLOSING
    steps = [s for s in timeline.sections if s.kind is SectionKind.STEP]
    assert len(steps) == len(routine.steps)
    for cue in timeline.cues:
        section = timeline.sections[cue.section]
        assert section.start <= cue.at < section.end
    # Sections tile the session without gaps.
    for a, b in zip(timeline.sections, timeline.sections[1:], strict=False):
        assert a.end == b.start
    tense = sum(1 for c in timeline.cues if c.kind is CueKind.TENSE)
    assert tense == sum(1 for s in routine.steps if s.tense > 0)


def test_json_shape() -> None:
    cue = compile_timeline(parse_routine(GOOD)).cues[1]
    assert cue.to_json() == {
        "at": 5.0,
        "text": "Make a fist. Now.",
        "kind": "tense",
        "area": "right_hand",
    }


def test_section_at() -> None:
    timeline = compile_timeline(parse_routine(GOOD))
    assert timeline.section_at(0).index == 0
    assert timeline.section_at(4.999).index == 0
    assert timeline.section_at(5).index == 1
    assert timeline.section_at(1000).index == 2


def test_repeat_and_pause_between_groups() -> None:
    text = GOOD + "\n[options]\nrepeat = 2\npause_between = 4\nchime = false\n"
    routine = parse_routine(text)
    assert (routine.repeat, routine.pause_between, routine.chime) == (2, 4.0, False)
    timeline = compile_timeline(routine)
    steps = [s for s in timeline.sections if s.kind is SectionKind.STEP]
    assert [s.area for s in steps] == ["right_hand", "right_hand", "neck", "neck"]
    assert [s.title for s in steps][-1] == "Step 4 of 4"
    # 5 s intro, then groups of 27+4, 27+4, 15+4, 15 (no pause after the last).
    assert [s.start for s in steps] == [5, 36, 67, 86]
    assert timeline.duration == routine.duration == 5 + 27 * 2 + 15 * 2 + 4 * 3
    assert [c.at for c in timeline.cues if c.kind is CueKind.RELEASE] == [12, 43]


def test_builtin_descriptions_say_what_a_routine_is_not_a_length_that_could_disagree() -> None:
    """The list shows each routine's computed length; a description repeating it drifted."""
    from coach.core.routine_format import load_routine
    from coach.paths import assets_dir

    for path in (assets_dir() / "routines").glob("*.toml"):
        description = load_routine(path).description.lower()
        assert "minute" not in description, path.name
        assert "source" not in description and "article" not in description, path.name
