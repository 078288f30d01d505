"""End to end: the real app speaks a routine into a PulseAudio null sink, on time."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from support.onsets import relative, speech_onsets
from support.pulse import PulseServer, read_raw, recording

from coach.audio.wav import RATE, read_wav

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parent.parent / "data"
#: The short routine, and one whose rests of 7 and 9 s are long silences in the stream.
ROUTINES = [DATA / "short.toml", DATA / "long-silences.toml"]
TOLERANCE = 0.020  # seconds
CAPTION_TOLERANCE = 0.060  # captions follow what is heard: under 10 ms here, 24 ms under CI load


def _record_app_session(
    pulse: PulseServer, home: Path, raw: Path, routine: Path
) -> subprocess.CompletedProcess[str]:
    env = {
        **pulse.env(),
        "WIND_DOWN_COACH_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "COACH_LOG_LEVEL": "INFO",
    }
    # Render the voice first so the recording holds only the session.
    warm = subprocess.run(
        [sys.executable, "-m", "coach", "render", str(routine), "-o", str(home / "reference.wav")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert warm.returncode == 0, warm.stderr
    with recording(pulse, raw, RATE) as recorder:
        # A couple of seconds of lead-in, waited for on the recorder itself.
        with contextlib.suppress(subprocess.TimeoutExpired):
            recorder.wait(timeout=2.0)
        app = subprocess.run(
            [
                sys.executable,
                "-m",
                "coach",
                "--routine",
                str(routine),
                "--start",
                "--quit-when-done",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    return app


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda p: p.stem)
def test_every_prompt_starts_within_20ms_of_its_place(
    pulse: PulseServer, tmp_path: Path, routine: Path
) -> None:
    home = tmp_path / "home"
    raw = tmp_path / "recording.raw"
    app = _record_app_session(pulse, home, raw, routine)
    assert app.returncode == 0, app.stderr

    heard = read_raw(raw)
    reference = read_wav(home / "reference.wav")
    heard_onsets = speech_onsets(heard, RATE)
    expected_onsets = speech_onsets(reference, RATE)

    assert len(expected_onsets) == 5, expected_onsets  # five prompts in each routine
    assert len(heard_onsets) == len(expected_onsets), (heard_onsets, expected_onsets)
    errors = [h - e for h, e in zip(relative(heard_onsets), relative(expected_onsets), strict=True)]
    print("onset errors (ms):", [round(e * 1000, 2) for e in errors])
    assert max(abs(e) for e in errors) <= TOLERANCE, errors

    # The window follows the audio clock: captions change when the words are heard.
    shown = [float(m) for m in re.findall(r"cue at=\S+ position=\S+ monotonic=(\S+)", app.stderr)]
    assert len(shown) == len(heard_onsets), app.stderr
    lag = [s - h for s, h in zip(relative(shown), relative(heard_onsets), strict=True)]
    print("caption lag behind the voice (ms):", [round(x * 1000, 1) for x in lag])
    assert max(abs(x) for x in lag) <= CAPTION_TOLERANCE, lag
