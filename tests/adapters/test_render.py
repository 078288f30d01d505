"""`coach render` writes the whole session: each prompt begins at its cue (±10 ms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.onsets import speech_onsets

from coach.audio.wav import RATE, read_wav
from coach.core.routine_format import load_routine
from coach.core.timeline import compile_timeline

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_render_places_every_prompt_at_its_cue(tmp_path: Path, app_home: Path) -> None:
    out = tmp_path / "session.wav"
    result = subprocess.run(
        [sys.executable, "-m", "coach", "render", str(SHORT), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "0.2 minutes, 5 prompts" in result.stdout
    timeline = compile_timeline(load_routine(SHORT))
    samples = read_wav(out)
    assert len(samples) == round(timeline.duration * RATE)
    onsets = speech_onsets(samples, RATE, threshold=40)
    assert len(onsets) == len(timeline.cues)
    for onset, cue in zip(onsets, timeline.cues, strict=True):
        # eSpeak begins each utterance with a few ms of near-silence: speech starts just after.
        assert 0 <= onset - cue.at <= 0.010, (cue.text, onset, cue.at)


def test_render_to_an_unwritable_place_is_one_clear_line(tmp_path: Path, app_home: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach",
            "render",
            str(SHORT),
            "-o",
            str(tmp_path / "missing" / "x.wav"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("coach render: cannot write")
    assert "Traceback" not in result.stderr
