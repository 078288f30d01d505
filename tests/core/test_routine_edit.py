from __future__ import annotations

import pytest

from coach.core.routine_edit import document_duration, scale_document, spoken_overruns
from coach.core.routine_format import parse_routine, routine_document, validate_document
from coach.core.timeline import compile_timeline

from .test_routine_format import GOOD


def test_document_round_trip_and_validation() -> None:
    routine = parse_routine(GOOD)
    doc = routine_document(routine)
    assert validate_document(doc) == (routine, [])
    doc["steps"][0]["relax"] = -5
    doc["steps"][1]["say"] = ""
    checked, problems = validate_document(doc)
    assert checked is None
    fields = {p.field for p in problems}
    assert fields == {"steps[1].relax", "steps[2].say"}


def test_scaling_to_a_target_length() -> None:
    doc = routine_document(parse_routine(GOOD))
    assert document_duration(doc) == 47
    half = scale_document(doc, 23.5)
    routine, problems = validate_document(half)
    assert problems == [] and routine is not None
    assert routine.duration == pytest.approx(23.5, abs=1.5)
    from coach.core.routine_edit import tension_seconds

    held = tension_seconds(doc)
    factor = (23.5 - held) / (47 - held)
    assert routine.steps[0].prompts[0].at == round(10 * factor * 2) / 2  # prompts move too
    assert doc["steps"][0]["relax"] == 20  # the original is untouched
    five_minutes = validate_document(scale_document(doc, 300))[0]
    assert five_minutes is not None and five_minutes.duration == pytest.approx(300, abs=3)
    # Nothing is stretched past what the format allows (tension at most 60 s).
    assert validate_document(scale_document(doc, 3000))[1] == []


def test_duration_of_an_invalid_document_is_best_effort() -> None:
    doc = {
        "steps": [{"relax": "x"}, {"relax": 10, "tense": 5}, 3],
        "intro": {"seconds": -2},
        "options": {"repeat": 2, "pause_between": 1},
    }
    assert document_duration(doc) == 15 * 2 + 1 * 3  # two steps, twice, three pauses


def test_spoken_overruns_name_the_step_and_by_how_much() -> None:
    timeline = compile_timeline(parse_routine(GOOD))
    spoken = {"Hello.": 1.0, "Make a fist. Now.": 9.5, "Let go.": 1.0, "Heavy.": 0.5, "Rest.": 15.2}
    found = spoken_overruns(timeline, spoken)
    assert [(o.section, round(o.seconds, 1)) for o in found] == [(1, 2.5)]
    assert str(found[0]) == (
        "Step 1 of 2 (Right hand): “Make a fist. Now.” is still being "
        "said 2.5 s after the next cue is due"
    )
    assert spoken_overruns(timeline, {"Rest.": 16.0})[0].title == "Step 2 of 2 (Neck and throat)"


def test_fields_described_in_words() -> None:
    from coach.core.problems import describe_field

    assert describe_field("steps[9].prompts[1].at") == "Step 9 › extra words 1 › time"
    assert describe_field("intro.say") == "Opening › words"
    assert describe_field("options.pause_between") == "Options › pause between groups"


def test_fitting_to_a_length_keeps_every_tension_hold() -> None:
    from coach.core.routine_edit import tension_seconds
    from coach.core.routine_format import load_routine
    from coach.paths import assets_dir

    four = routine_document(load_routine(assets_dir() / "routines" / "four-groups.toml"))
    holds = [s.get("tense") for s in four["steps"]]
    longer = scale_document(four, 600)
    assert [s.get("tense") for s in longer["steps"]] == holds  # 25 s of clenching never
    assert document_duration(longer) == pytest.approx(600, abs=6)
    assert tension_seconds(longer) == tension_seconds(four)
    shorter = scale_document(four, 200)
    assert [s.get("tense") for s in shorter["steps"]] == holds
    assert document_duration(shorter) == pytest.approx(200, abs=6)
    # Below what the holds and the shortest rests allow: as close as it can, holds intact.
    tiny = scale_document(four, 10)
    assert [s.get("tense") for s in tiny["steps"]] == holds
    assert document_duration(tiny) > 10


def test_extra_words_lines_read_back_into_prompts_and_bad_lines_are_named() -> None:
    from coach.core.prompt_lines import format_prompt_lines, parse_prompt_lines

    prompts, bad = parse_prompt_lines("12: Let the warmth spread\n\n20.5, and rest\nsoon: later\n")
    assert prompts == [
        {"at": 12.0, "say": "Let the warmth spread"},
        {"at": 20.5, "say": "and rest"},
    ]
    assert bad == [4]  # the blank line 2 is skipped, line 4 has no seconds
    assert format_prompt_lines([*prompts, "not a table"]) == (
        "12: Let the warmth spread\n20.5: and rest"
    )
