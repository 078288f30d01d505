"""A caregiver's fallback: no speech engine at all, every prompt recorded in their voice.

The recordings must still be heard, each at its cue, through the real audio path.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support.fakes import BrokenBackend
from support.pulse import PulseServer, ensure_devices, read_raw, recording

from coach.app import build
from coach.audio.wav import RATE, write_wav
from coach.core.session import State
from coach.core.timeline import compile_timeline
from coach.paths import UserDirs

pytestmark = pytest.mark.e2e
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_recorded_prompts_play_when_no_speech_engine_exists(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    from coach.core.routine_format import load_routine

    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    ensure_devices(pulse)
    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    app = build(dirs=dirs, backends=(BrokenBackend,))
    qtbot.addWidget(app.window)
    try:
        routine = app.routines.library.duplicate(load_routine(SHORT))
        timeline = compile_timeline(routine)
        texts = timeline.texts()
        tone = (np.sin(2 * np.pi * 440 * np.arange(int(0.3 * RATE)) / RATE) * 9000).astype(np.int16)
        for text in texts:  # "recorded" in a familiar voice: a short tone each
            path = app.recordings.path(routine.source, text)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_wav(path, tone)
        raw = tmp_path / "sink.raw"
        controller = app.controller
        with recording(pulse, raw, RATE):
            controller.start(routine)
            qtbot.waitUntil(lambda: controller.state is State.FINISHED, timeout=60_000)
            # Until the last tone has come out of the sound server and been recorded.
            qtbot.waitUntil(lambda: len(_bursts(raw)) >= len(timeline.cues), timeout=10_000)
        assert controller.notices == [], controller.notices  # nothing is missing
        bursts = _bursts(raw)
        assert len(bursts) == len(timeline.cues), bursts
        first = bursts[0] / RATE
        for burst, cue in zip(bursts, timeline.cues, strict=True):
            assert abs((burst / RATE - first) - (cue.at - timeline.cues[0].at)) < 0.02
    finally:
        app.shutdown()


def _bursts(raw: Path) -> list[int]:
    """Where each burst of sound begins (samples): one per prompt played."""
    loud = np.abs(read_raw(raw).astype(np.int32)) > 3000
    starts = np.flatnonzero(loud[1:] & ~loud[:-1]) + 1
    return [int(s) for i, s in enumerate(starts) if i == 0 or s - starts[i - 1] > RATE // 2]
