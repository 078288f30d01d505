"""A session's sound plan survives the trip to the sound helper as JSON, and the helper's
mixer made from it plays exactly what the window's own would."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from coach.audio.mix_plan import MixPlan, plan_mix
from coach.audio.session_audio import build_mixer, mix
from coach.audio.sound_choice import sound_choice
from coach.audio.wav import RATE, write_wav
from coach.core.routine_format import load_routine
from coach.core.timeline import Timeline, compile_timeline
from coach.paths import assets_dir

SOUNDS = assets_dir() / "sounds"


def _session(tmp_path: Path) -> tuple[Timeline, dict[str, Path]]:
    timeline = compile_timeline(load_routine(assets_dir() / "routines" / "four-groups.toml"))
    files = {}
    for number, cue in enumerate(c for c in timeline.cues if c.text):
        path = tmp_path / f"prompt-{number}.wav"
        tone = np.sin(np.arange(RATE // 2) * (0.05 + number * 0.01)) * 4000
        write_wav(path, tone.astype(np.int16))
        files[cue.text] = path
    return timeline, files


def test_a_plan_read_back_from_json_is_the_same_plan(tmp_path: Path) -> None:
    timeline, files = _session(tmp_path)
    choice = sound_choice(SOUNDS, True, 0.7, "brown", 0.4)
    plan = plan_mix(timeline, files, RATE, choice)
    assert plan.chime_at and plan.cues
    again = MixPlan.from_json(json.loads(json.dumps(plan.to_json())))
    assert again == plan


def test_the_helpers_mixer_plays_what_the_windows_would(tmp_path: Path) -> None:
    timeline, files = _session(tmp_path)
    choice = sound_choice(SOUNDS, True, 0.7, "pink", 0.4)
    here, failures = build_mixer(timeline, files, RATE, choice)
    plan = plan_mix(timeline, files, RATE, choice)
    there, their_failures = mix(MixPlan.from_json(json.loads(json.dumps(plan.to_json()))))
    assert failures == their_failures == {}
    assert here.total_frames == there.total_frames
    ours = here.read_samples(here.total_frames)
    theirs = there.read_samples(there.total_frames)
    assert np.any(ours)
    assert np.array_equal(ours, theirs)


@pytest.mark.parametrize(
    ("broken", "named"),
    [
        ({"duration": "long"}, "long"),
        ({"cues": [[1.0]]}, "ValueError"),
        ({"rate": None}, "TypeError"),
    ],
)
def test_a_broken_plan_is_refused_with_what_is_wrong(
    tmp_path: Path, broken: dict[str, object], named: str
) -> None:
    timeline, files = _session(tmp_path)
    data = {**plan_mix(timeline, files, RATE).to_json(), **broken}
    with pytest.raises(ValueError, match="not a session's sound plan") as raised:
        MixPlan.from_json(data)
    assert named in str(raised.value)


def test_a_plan_missing_a_field_names_it(tmp_path: Path) -> None:
    timeline, files = _session(tmp_path)
    data = plan_mix(timeline, files, RATE).to_json()
    del data["files"]
    with pytest.raises(ValueError, match="'files'"):
        MixPlan.from_json(data)
