"""End to end, in the real window: stopping fades the voice and background out to silence."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from support.pulse import PulseServer, read_raw, recording

from coach.adapters.qt_scheduler import QtScheduler
from coach.app import build
from coach.audio.player import STOP_FADE_SECONDS, default_output
from coach.audio.wav import RATE
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.paths import UserDirs

pytestmark = pytest.mark.e2e
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_stop_fades_to_silence_without_a_click(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    assert default_output() is not None, "Qt sees no audio output on the test server"
    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    app = build(dirs=dirs)
    qtbot.addWidget(app.window)
    app.save_settings(replace(app.settings, background="brown", background_volume=1.0))
    raw = tmp_path / "stop.raw"
    with recording(pulse, raw, RATE):
        try:
            controller = app.controller
            controller.start(load_routine(SHORT))
            qtbot.waitUntil(lambda: controller.state is State.RUNNING, timeout=30_000)
            assert controller.audio_playing
            qtbot.waitUntil(lambda: controller.engine.position > 3.0, timeout=10_000)
            controller.stop()
            player = controller._player
            with qtbot.waitSignal(player.drained, timeout=10_000):
                pass
            position = controller.engine.position
            # Heard to its end: the stream and the prompts are let go, the clock stays.
            assert controller._player is None and not controller.holds_sound
            assert controller.engine.position == position
        finally:
            app.shutdown()
    audio = read_raw(raw)
    envelope = np.array(
        [
            np.sqrt(np.mean(audio[i : i + 441].astype(float) ** 2))
            for i in range(0, len(audio) - 441, 441)
        ]
    )  # 20 ms windows
    sounding = np.flatnonzero(envelope > 20)
    assert len(sounding), "nothing was heard"
    loudest = envelope[sounding].max()
    end = sounding[-1]
    # The last sound fades: the last half second is far quieter than the session was.
    tail = envelope[max(0, end - 25) : end + 1]
    assert tail[-5:].mean() < loudest / 8
    # ... and it took a while to go from loud to silent, not an instant (how long depends
    # on the words cut short: test_cuts_heard measures the fade itself on a steady tone).
    loud = np.flatnonzero(envelope[: end + 1] > loudest / 8)
    fade_windows = end - loud[-1]
    print("fade from -18 dB to silence (s):", fade_windows * 0.02)
    assert fade_windows * 0.02 >= STOP_FADE_SECONDS / 4, fade_windows
    # Silence after the fade.
    assert np.all(envelope[end + 1 :] <= 20)


def test_a_finished_session_lets_go_of_its_audio(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    app = build(dirs=dirs)
    qtbot.addWidget(app.window)
    try:
        controller = app.controller
        controller.start(load_routine(SHORT))
        qtbot.waitUntil(lambda: controller.state is State.RUNNING, timeout=30_000)
        assert controller.audio_playing and controller.holds_sound
        qtbot.waitUntil(lambda: controller.state is State.FINISHED, timeout=30_000)
        qtbot.waitUntil(lambda: not controller.holds_sound, timeout=5_000)
        assert not controller.audio_playing
        assert controller.progress() == (12.0, 12.0)  # the bar stays full
        controller.start(load_routine(SHORT))  # and the next session plays again
        qtbot.waitUntil(lambda: controller.state is State.RUNNING, timeout=30_000)
        assert controller.audio_playing
        controller.stop()
    finally:
        app.shutdown()


class LateScheduler(QtScheduler):
    """The session's own timer on a busy machine: every call comes 3 s late, so the
    stream has been heard to its end (and let go) before the session sees it end."""

    def call_later(self, delay: float, callback) -> None:
        super().call_later(delay + 3.0, callback)


def test_a_session_that_sees_its_end_after_the_sound_did_still_lets_go(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    app = build(dirs=dirs, scheduler=LateScheduler())
    qtbot.addWidget(app.window)
    try:
        controller = app.controller
        controller.start(load_routine(SHORT))
        qtbot.waitUntil(lambda: controller.state is State.RUNNING, timeout=30_000)
        assert controller.audio_playing
        qtbot.waitUntil(lambda: controller.state is State.FINISHED, timeout=30_000)
        qtbot.waitUntil(lambda: not controller.audio_playing, timeout=5_000)
        assert not controller.holds_sound  # the prompts are let go too
    finally:
        app.shutdown()
