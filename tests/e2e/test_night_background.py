"""End to end, in the real window: the background plays on after the closing words, as
the setting says, until the person stops it (Escape, or the button) with a fade."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from PySide6.QtCore import Qt
from support.clocks import FakeClock, ManualScheduler
from support.pulse import PulseServer, read_raw, recording

from coach.app import build
from coach.audio.wav import RATE
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.core.timeline import compile_timeline
from coach.paths import UserDirs

pytestmark = pytest.mark.e2e
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"
ZONE = ZoneInfo("Europe/Berlin")


def test_the_background_plays_on_after_the_session_until_stopped(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    routine = load_routine(SHORT)
    length = compile_timeline(routine).duration
    # The session starts at 22:59:30 and lasts 12 s: until 23:00 the background has 18 s.
    now = datetime(2026, 3, 2, 22, 59, 30, tzinfo=ZONE)
    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    quitting = ManualScheduler(FakeClock())
    app = build(dirs=dirs, wall_clock=lambda: now, zone=ZONE, tray=False, quit_scheduler=quitting)
    qtbot.addWidget(app.window)
    app.window.show()
    app.save_settings(
        replace(
            app.settings,
            background="brown",
            background_volume=1.0,
            background_until="23:00",
            quit_after_minutes=5,
        )
    )
    raw = tmp_path / "night.raw"
    nights: list[float] = []
    app.controller.night_changed.connect(nights.append)
    with recording(pulse, raw, RATE):
        try:
            controller = app.controller
            controller.start(routine)
            qtbot.waitUntil(lambda: controller.state is State.FINISHED, timeout=60_000)
            assert nights == [pytest.approx(30.0 - length, abs=0.01)]
            stop = app.window.session.stop_button
            qtbot.waitUntil(stop.isVisible, timeout=2_000)
            assert stop.text() == "Stop the background"
            assert "plays on until 23:00" in app.window.session.area.text()
            # Two seconds more of the sink recorded (not the clock): the background goes on.
            grown = raw.stat().st_size + 2 * RATE * 2
            qtbot.waitUntil(lambda: raw.stat().st_size >= grown, timeout=10_000)
            assert controller.audio_playing and controller.night_playing
            assert quitting.pending is None  # "close the app after" counts from the night's end
            qtbot.keyClick(app.window, Qt.Key.Key_Escape)  # the first key lifts the dark
            qtbot.waitUntil(lambda: not app.window.dimmer.isVisible(), timeout=5_000)
            assert controller.night_playing
            qtbot.keyClick(app.window, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: not controller.audio_playing, timeout=5_000)
            assert nights[-1] == 0.0 and not stop.isVisible()
            assert controller.state is State.FINISHED  # the session itself was finished
            assert quitting.pending == pytest.approx(quitting.clock.now() + 300)
        finally:
            app.shutdown()
    audio = read_raw(raw)
    window = RATE // 50
    envelope = np.array(
        [
            np.sqrt(np.mean(audio[i : i + window].astype(float) ** 2))
            for i in range(0, len(audio) - window, window)
        ]
    )
    sounding = np.flatnonzero(envelope > 20) * 0.02
    heard = sounding[-1] - sounding[0]
    print(f"sound heard for {heard:.1f} s; the session is {length:.1f} s")
    # Longer than the session (the background went on), ended by the stop, not at 23:00.
    assert length + 2.0 < heard < 30.0 - 3.0
    assert np.all(envelope[np.flatnonzero(envelope > 20)[-1] + 1 :] <= 20)  # then silence
