"""End to end: the sound device goes away mid-session and comes back; nothing stops."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.pulse import PulseServer, ensure_devices

from coach.app import build
from coach.audio.player import default_output
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.paths import UserDirs
from coach.session_controller import SOUND_BACK_NOTICE

pytestmark = pytest.mark.e2e
ROUTINE = Path(__file__).resolve().parent.parent / "data" / "device.toml"


def _sink_module(pulse: PulseServer) -> str:
    for line in pulse.pactl("list", "short", "modules").splitlines():
        if "module-null-sink" in line and f"sink_name={pulse.sink}" in line:
            return line.split()[0]
    raise AssertionError("the test sink's module was not found")


def test_session_survives_the_sink_going_away_and_the_voice_returns(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    assert default_output() is not None
    app = build(dirs=UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s"))
    qtbot.addWidget(app.window)
    controller = app.controller
    restored = False
    try:
        controller.start(load_routine(ROUTINE))
        qtbot.waitUntil(lambda: controller.state is State.RUNNING, timeout=30_000)
        assert controller.audio_playing
        qtbot.waitUntil(lambda: controller.engine.position > 4.0, timeout=10_000)
        pulse.pactl("unload-module", _sink_module(pulse))
        qtbot.waitUntil(lambda: not controller.audio_playing, timeout=10_000)
        assert "The sound device stopped working" in app.window.notice.text()
        assert controller.state is State.RUNNING
        before = controller.engine.position
        qtbot.waitUntil(lambda: controller.engine.position > before + 2.0, timeout=10_000)
        ensure_devices(pulse)
        restored = True
        qtbot.waitUntil(lambda: controller.audio_playing, timeout=15_000)
        assert SOUND_BACK_NOTICE in app.window.notice.text()
        qtbot.waitUntil(lambda: controller.state is State.FINISHED, timeout=60_000)
    finally:
        if not restored:
            ensure_devices(pulse)
        app.shutdown()
