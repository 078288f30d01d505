"""End to end, in the real window: the session's sound plays from a helper process; when
that process dies the session goes on with its words, and none outlives the app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from support.pulse import PulseServer

from bench.run import family
from coach.app import build
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.paths import UserDirs

pytestmark = pytest.mark.e2e
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def _sound_helpers() -> list[int]:
    """This process's children that are sound helpers (and still running)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if (
            int(fields[1]) == os.getpid()
            and fields[0] != "Z"
            and b"coach.audio.sound_helper" in command
        ):
            found.append(int(entry.name))
    return found


def _stream_owners(pulse: PulseServer) -> list[str]:
    inputs = json.loads(pulse.pactl("-f", "json", "list", "sink-inputs"))
    return [s["properties"].get("application.process.id", "") for s in inputs]


def _sink_latency(pulse: PulseServer) -> float:
    """Seconds the test's sink is set to render ahead (what its streams asked for)."""
    sinks = json.loads(pulse.pactl("-f", "json", "list", "sinks"))
    (sink,) = [s for s in sinks if s["name"] == pulse.sink]
    return float(sink["latency"]["configured"]) / 1e6


def test_the_stream_plays_from_a_helper_and_its_death_leaves_the_words(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    app = build(dirs=dirs)
    qtbot.addWidget(app.window)
    app.window.show()
    try:
        controller = app.controller
        controller.start(load_routine(SHORT))
        qtbot.waitUntil(lambda: controller.state is State.RUNNING, timeout=30_000)
        assert controller.audio_playing
        helpers = _sound_helpers()
        assert len(helpers) == 1, helpers
        # The server sees the helper's stream, not one of the window's.
        qtbot.waitUntil(lambda: str(helpers[0]) in _stream_owners(pulse), timeout=10_000)
        assert str(os.getpid()) not in _stream_owners(pulse)
        assert app.media_devices is None  # the helper finds its device: no watch needed
        # The stream leaves the sink a second or more to render ahead (the sink wakes
        # seldom all night); 1 s held with quarter-second requests left it half a second.
        assert _sink_latency(pulse) >= 0.9

        qtbot.waitUntil(lambda: controller.engine.position > 1.0, timeout=10_000)
        os.kill(helpers[0], signal.SIGKILL)
        qtbot.waitUntil(lambda: not controller.audio_playing, timeout=5_000)
        # Said in plain words; the session goes on, on the monotonic clock.
        assert "The session goes on with its words on screen" in app.window.notice.text()
        assert app.media_devices is not None  # now the window watches for a device
        assert controller.state is State.RUNNING
        before = controller.engine.position
        qtbot.waitUntil(lambda: controller.engine.position >= before + 0.4, timeout=3_000)
    finally:
        app.shutdown()
    assert _sound_helpers() == []


def test_no_helper_outlives_a_session_or_the_app(
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
        assert len(_sound_helpers()) == 1
        controller.stop()
        qtbot.waitUntil(lambda: not controller.holds_sound, timeout=10_000)
        qtbot.waitUntil(lambda: _sound_helpers() == [], timeout=5_000)
        # A second session has its own helper, and the app's end ends it.
        controller.start(load_routine(SHORT))
        qtbot.waitUntil(lambda: controller.state is State.RUNNING, timeout=30_000)
        assert len(_sound_helpers()) == 1
    finally:
        app.shutdown()
    assert _sound_helpers() == []


def test_the_window_never_loads_qts_multimedia_back_end_for_the_helper(
    pulse: PulseServer, tmp_path: Path
) -> None:
    """The app in a process of its own: while the helper plays, the window has not
    loaded the FFmpeg plugin (nor Qt Quick, which it brings: ~12 MiB in all)."""
    env = {
        **os.environ,
        **pulse.env(),
        "QT_QPA_PLATFORM": "offscreen",
        "WIND_DOWN_COACH_HOME": str(tmp_path),
        "COACH_LOG_LEVEL": "INFO",
    }
    command = [sys.executable, "-m", "coach", "--routine", str(SHORT), "--start"]
    with subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    ) as app:
        try:
            assert app.stderr is not None
            for line in app.stderr:  # the app logs each cue as it is heard
                if "cue at=" in line:
                    break
            maps = Path(f"/proc/{app.pid}/maps").read_text()
            helper_maps = [
                Path(f"/proc/{pid}/maps").read_text()
                for pid in family(app.pid)[1:]  # what the app started
                if b"coach.audio.sound_helper" in Path(f"/proc/{pid}/cmdline").read_bytes()
            ]
        finally:
            app.terminate()
            app.wait(timeout=30)
    assert len(helper_maps) == 1 and "libpulse" in helper_maps[0]  # the helper plays
    assert "libffmpegmediaplugin" not in maps
    assert "libQt6Quick" not in maps
