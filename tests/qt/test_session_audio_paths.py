"""One sound for one routine, wherever it is made: the session that plays, the window's
"Export as audio" and ``coach render`` give the same samples — own recordings, the
chime and the background included (they used to disagree: export left the recordings
out, ``coach render`` had no sounds and no recordings)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from support.fakes import ToneBackend

import coach.adapters.speech.chain as voice_chain
from coach.adapters.recordings import Recordings
from coach.adapters.routine_library import RoutineLibrary
from coach.audio.wav import RATE, read_wav, write_wav
from coach.cli import main
from coach.core.routine_format import load_routine
from coach.core.timeline import compile_timeline
from coach.paths import assets_dir


def test_session_export_and_render_make_the_same_sound(
    make_harness, tmp_path, qtbot, monkeypatch
) -> None:
    harness = make_harness()
    app = harness.app
    app.save_settings(replace(app.settings, chime=True, background="pink"))
    library = RoutineLibrary(assets_dir() / "routines", app.dirs.user_routines)
    routine = library.duplicate(load_routine(assets_dir() / "routines" / "four-groups.toml"))
    timeline = compile_timeline(routine)
    own_words = timeline.texts()[1]
    own_voice = (np.sin(np.arange(RATE) / RATE * 2 * np.pi * 180) * 4000).astype(np.int16)
    path = Recordings(app.dirs.recordings).path(routine.source, own_words)
    assert path is not None
    path.parent.mkdir(parents=True)
    write_wav(path, own_voice)

    # 1. The session, as it plays.
    app.controller.start(routine)
    harness.wait_running()
    mixer = app.controller.mixer
    assert mixer is not None
    mixer.seek(0)
    session = mixer.read_samples(mixer.total_frames)
    app.controller.stop()

    # 2. The window's "Export as audio…".
    exported = tmp_path / "exported.wav"
    harness.dialogs.on_save_path = lambda title: exported
    app.routines.export_audio(routine)
    qtbot.waitUntil(exported.exists, timeout=20_000)
    flac = tmp_path / "exported.flac"  # chosen by the extension; lossless
    harness.dialogs.on_save_path = lambda title: flac
    app.routines.export_audio(routine)
    qtbot.waitUntil(flac.exists, timeout=20_000)

    # 3. `coach render`, with the same (test) voice engine.
    rendered = tmp_path / "rendered.wav"
    monkeypatch.setattr(voice_chain, "BACKENDS", (ToneBackend,))
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(tmp_path / "h0"))
    assert main(["render", str(routine.source), "-o", str(rendered)]) == 0

    window_export, command_line = read_wav(exported), read_wav(rendered)
    assert len(session) == len(window_export) == len(command_line)
    assert np.array_equal(session, window_export)
    assert np.array_equal(session, command_line)
    import soundfile

    assert np.array_equal(session, soundfile.read(str(flac), dtype="int16")[0])
    # ...and that one sound has all three: the recorded words, the chime, the background.
    cue = next(c for c in timeline.cues if c.text == own_words)
    start = round(cue.at * RATE)
    heard = session[start : start + RATE].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(heard))
    assert abs(np.argmax(spectrum) * RATE / len(heard) - 180) < 3  # the own voice's 180 Hz
    # The background is under everything: no half second is silent until the end.
    windows = session[: len(session) // (RATE // 2) * (RATE // 2)].reshape(-1, RATE // 2)
    rms = np.sqrt((windows.astype(np.float64) ** 2).mean(axis=1))
    assert rms[:-20].min() > 20  # (it fades out over the last seconds)
