"""Own-voice prompts: record a known tone through PulseAudio, and the session uses it on cue."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from support.pulse import PulseServer, ensure_devices

from coach.app import build
from coach.audio.session_audio import build_mixer
from coach.audio.wav import RATE, read_wav, write_wav
from coach.core.routine_format import load_routine
from coach.core.timeline import compile_timeline
from coach.paths import UserDirs

pytestmark = pytest.mark.e2e
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_record_a_tone_and_hear_it_at_its_cue(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    from coach.routine_actions import open_own_voice

    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    ensure_devices(pulse)
    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    app = build(dirs=dirs)
    qtbot.addWidget(app.window)
    routine = app.routines.library.duplicate(load_routine(SHORT))
    dialog, voice = open_own_voice(routine, app.recordings, app.audio_output, app.window)
    qtbot.addWidget(dialog)
    # The "microphone" hears the test sink: what is played into the sink is recorded.
    monitor = next(
        i
        for i in range(dialog.microphone.count())
        if "Test-microphone" in dialog.microphone.itemText(i)
    )
    dialog.microphone.setCurrentIndex(monitor)
    assert QMediaDevices.audioInputs()
    dialog.prompts.setCurrentRow(dialog.texts.index("Make a fist."))
    t = np.arange(int(0.6 * RATE)) / RATE
    tone = (np.sin(2 * np.pi * 440 * t) * 12000).astype(np.int16)
    tone_file = tmp_path / "tone.wav"
    write_wav(tone_file, np.concatenate([np.zeros(RATE // 2, np.int16), tone]))
    levels: list[float] = []
    voice.level.connect(levels.append)
    dialog.record_button.click()
    # Played from another process while the event loop keeps reading the microphone.
    player = subprocess.Popen(["paplay", f"--device={pulse.sink}", str(tone_file)], env=pulse.env())
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=20_000)
    qtbot.waitUntil(lambda: max(levels, default=0) > 0.5, timeout=10_000)
    dialog.stop_button.click()
    assert "✓ Make a fist." in [
        dialog.prompts.item(i).text() for i in range(dialog.prompts.count())
    ]
    recorded = app.recordings.existing(routine.source, ["Make a fist."])["Make a fist."]
    samples = read_wav(recorded)
    assert 0.4 < len(samples) / RATE < 1.0  # the tone, with the silence trimmed
    # The session now uses the recording for that prompt, at its exact cue.
    files = app.controller.recordings(routine)
    assert files == {"Make a fist.": recorded}
    timeline = compile_timeline(routine)
    mixer, _ = build_mixer(timeline, files)
    out = mixer.read_samples(mixer.total_frames)
    cue = next(c for c in timeline.cues if c.text == "Make a fist.")
    loud = np.flatnonzero(np.abs(out.astype(np.int32)) > 2000)
    assert abs(loud[0] / RATE - cue.at) <= 0.010
    dialog.delete_button.click()
    assert app.controller.recordings(routine) == {}
    app.shutdown()
