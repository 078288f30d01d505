"""Measure the app beside its baselines in one run; print a table, write bench/results.json."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.onsets import dropouts, relative, speech_onsets  # noqa: E402
from support.pulse import (  # noqa: E402
    PulseServer,
    reachable,
    read_raw,
    recording,
    start_private_server,
    stop_private_server,
)

from coach.audio.wav import RATE  # noqa: E402

GOALS = {
    "onset_max_ms": 10.0,
    "drift_ms": 5.0,
    "startup_ratio": 1.5,
    "memory_ratio": 1.4,
    "memory_after_ratio": 1.3,  # beside a bare window that has played sound
    "cpu_rest_percent": 0.3,  # the app and its sound server together
    "loop_gap_ms": 16.0,
    "export_speed": 100.0,
}
#: Seconds of quiet before a sound that make it an onset in the recording (0.4 in the file).
FINER_GAP = 0.3
#: Busy processes in the hardest timing case (with the window resized meanwhile).
HOGS = 8


@dataclass
class Results:
    figures: dict[str, Any] = field(default_factory=dict)
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, name: str, value: str, goal: str = "", met: bool | None = None) -> None:
        verdict = "" if met is None else ("met" if met else "NOT met")
        self.rows.append((name, value, goal, verdict))
        print(
            f"  {name}: {value} {('(goal ' + goal + ', ' + verdict + ')') if goal else ''}",
            flush=True,
        )


# -- the audio server ---------------------------------------------------------------
def pulse_server() -> tuple[PulseServer, bool]:
    address, sink = os.environ.get("PULSE_SERVER", ""), os.environ.get("COACH_TEST_SINK", "")
    if address and sink and reachable(address):
        return PulseServer(address, sink), False
    return start_private_server(), True


def server_pid(pulse: PulseServer) -> int | None:
    """The sound server's PID: ours, or the one whose configuration opens this socket."""
    if pulse.process is not None:
        return pulse.process.pid
    socket = pulse.address.removeprefix("unix:")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if not args or not args[0].endswith(b"pulseaudio") or b"-F" not in args:
            continue
        try:
            config = Path(args[args.index(b"-F") + 1].decode()).read_text()
        except (IndexError, OSError, UnicodeDecodeError):
            continue
        if socket in config:
            return int(entry.name)
    return None


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU time of *pid* so far, from /proc (None: not readable)."""
    if pid is None:
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _app_env(pulse: PulseServer, home: Path, **extra: str) -> dict[str, str]:
    """The environment of an app started by the bench: its own home, offscreen."""
    return {
        **os.environ,
        **pulse.env(),
        "QT_QPA_PLATFORM": "offscreen",
        "WIND_DOWN_COACH_HOME": str(home),
        **extra,
    }


def _render_voice(routine: Path, env: dict[str, str], home: Path) -> None:
    """Render *routine*'s voice first (``coach render``), so a session starts at once."""
    subprocess.run(
        [sys.executable, "-m", "coach", "render", str(routine), "-o", str(home / "warm.wav")],
        env=env,
        capture_output=True,
        timeout=600,
        check=True,
    )


def family(pid: int) -> list[int]:
    """*pid* and every process it started (the app's sound and speech helpers), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
    found = [pid]
    for member in found:
        found += [child for child, parent in parents.items() if parent == member]
    return found


def _family_cpu(pids: list[int]) -> float:
    return sum(cpu_seconds(pid) or 0.0 for pid in pids)


def _cpu_while(pid: int | None, server: int | None, seconds: float) -> tuple[float, float | None]:
    """% of a core *pid* (with the processes it started: the app's sound helper plays its
    stream) and the sound *server* use over the next *seconds* (from /proc)."""
    members = family(pid) if pid is not None else []
    mine, theirs, wall = _family_cpu(members), cpu_seconds(server), time.monotonic()
    time.sleep(seconds)
    mine_end, theirs_end = _family_cpu(members), cpu_seconds(server)
    elapsed = time.monotonic() - wall
    app = 100 * (mine_end - mine) / elapsed
    if theirs is None or theirs_end is None:
        return app, None
    return app, 100 * (theirs_end - theirs) / elapsed


def rest_cpu(pulse: PulseServer, home: Path, seconds: float) -> dict[str, float | None]:
    """CPU of the app (a process of its own, nothing recording) and of its sound server,
    from /proc, over *seconds* of the long rest in ``bench/rest.toml`` — from 8 s after
    the rest's words began, so that only the quiet stream is measured."""
    routine = ROOT / "bench" / "rest.toml"
    env = _app_env(pulse, home, COACH_LOG_LEVEL="INFO")
    _render_voice(routine, env, home)
    server = server_pid(pulse)
    with subprocess.Popen(
        [sys.executable, "-m", "coach", "--routine", str(routine), "--start"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        try:
            assert app.stderr is not None
            cues = 0
            for line in app.stderr:  # the app logs each cue as it is heard
                cues += "cue at=" in line
                if cues == 2:  # the rest's words
                    break
            time.sleep(8.0)
            mine, theirs = _cpu_while(app.pid, server, seconds)
        finally:
            app.terminate()
            app.wait(timeout=30)
    return {"app_percent": mine, "server_percent": theirs, "seconds": seconds}


def pacat_cpu(pulse: PulseServer, seconds: float) -> tuple[float, float | None]:
    """The floor of the floor: ``pacat`` (a plain PulseAudio client) playing silence —
    its CPU and the server's, in % of a core, measured from outside."""
    server = server_pid(pulse)
    command = [
        "pacat",
        "--playback",
        "--rate=22050",
        "--channels=1",
        "--format=s16le",
        "--client-name=coach-bench-pacat",
    ]
    with (
        open("/dev/zero", "rb") as zeros,
        subprocess.Popen(
            command, env=pulse.env(), stdin=zeros, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as player,
    ):  # fmt: skip
        try:
            time.sleep(1.0)
            return _cpu_while(player.pid, server, seconds)
        finally:
            player.kill()
            player.wait()


# -- 1, 4, 5: a session played through the real app, recorded at the sink ----------------
def bare_ticks_figures(output: str) -> dict[str, float]:
    """The figures of bench/bare_ticks.py's line (``bare-ticks gap_ms=… work_ms=…``)."""
    for line in output.splitlines():
        if line.startswith("bare-ticks "):
            return {
                key: float(value)
                for key, _, value in (part.partition("=") for part in line.split()[1:])
            }
    return {}


def play_session(routine_path: Path, pulse: PulseServer, stress: str, home: Path) -> dict:
    """Play *routine_path* in this process's app and record it; *stress*: none, cpu, resize,
    or hogs (eight busy processes while the window is resized)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from coach.adapters.process_memory import private_kb, rss_kb
    from coach.app import build
    from coach.audio.session_audio import build_mixer
    from coach.core.routine_format import load_routine
    from coach.core.session import State
    from coach.launch import collect_from_now_on
    from coach.paths import UserDirs

    qt_app = QApplication.instance() or QApplication([])
    home.mkdir(parents=True, exist_ok=True)
    dirs = UserDirs(home / "c", home / "d", home / "k", home / "s")
    app = build(dirs=dirs)
    # As a person sees it: the window has painted before Start is pressed (its first
    # paint, several milliseconds at once, is start-up's, not preparing the voice's).
    painted, patience = QEventLoop(), QTimer()
    patience.setSingleShot(True)
    patience.timeout.connect(painted.quit)
    app.window.first_painted.connect(painted.quit)
    app.window.show()
    patience.start(5000)
    painted.exec()
    patience.stop()
    # As the app's own start does (coach.launch): the collector sets start-up's objects
    # aside, so a collection on the window's thread does not walk them.
    collect_from_now_on()
    routine = load_routine(routine_path)

    ticks: list[float] = []
    # The window thread's CPU time at each tick: how much of a gap it spent working.
    works: list[float] = []
    clock = QElapsedTimer()
    clock.start()

    def tick() -> None:
        ticks.append(clock.nsecsElapsed() / 1e9)
        works.append(time.thread_time())

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    phase_marks: dict[str, float] = {}

    burners: list[subprocess.Popen[bytes]] = []
    resizer = QTimer()
    sizes = [(820, 560), (1100, 720)]
    resizer.timeout.connect(lambda: (app.window.resize(*sizes[0]), sizes.reverse()))
    cpu_window: dict[str, float] = {}

    server = server_pid(pulse)
    raw = home / f"{stress}.raw"
    recorder = contextlib.ExitStack()
    recorder.enter_context(recording(pulse, raw, RATE))

    # The longest quiet stretch of the session, for CPU at rest (no ticker running then).
    from coach.core.timeline import compile_timeline

    timeline = compile_timeline(routine)
    gaps = [
        (b.at - a.at, a.at, b.at) for a, b in zip(timeline.cues, timeline.cues[1:], strict=False)
    ]
    _, quiet_from, quiet_to = max(gaps)
    quiet_from += min(8.0, (quiet_to - quiet_from) / 2)  # let the words finish first
    quiet_to -= 0.5

    def watch_position() -> None:
        engine = app.controller.engine
        if engine is None or engine.state is not State.RUNNING:
            return
        position = engine.position
        if "cpu_start" not in cpu_window and position >= quiet_from:
            ticker.stop()
            cpu_window["tick_off"] = clock.nsecsElapsed() / 1e9
            cpu_window["cpu_start"], cpu_window["wall_start"] = time.process_time(), position
            cpu_window["server_start"] = cpu_seconds(server) or -1.0
        elif "cpu_end" not in cpu_window and "cpu_start" in cpu_window and position >= quiet_to:
            cpu_window["cpu_end"], cpu_window["wall_end"] = time.process_time(), position
            cpu_window["server_end"] = cpu_seconds(server) or -1.0
            cpu_window["tick_on"] = clock.nsecsElapsed() / 1e9
            ticker.start(1)

    watcher = QTimer()
    watcher.setTimerType(Qt.TimerType.PreciseTimer)
    watcher.timeout.connect(watch_position)

    def on_state(value: str) -> None:
        phase_marks[value] = clock.nsecsElapsed() / 1e9
        if State(value) in (State.FINISHED, State.STOPPED):
            QTimer.singleShot(2500, qt_app.quit)  # let the last words and the fade play

    app.controller.state_changed.connect(on_state)
    # The machine's own stalls in the same seconds: a bare window ticking beside this one.
    bare: subprocess.Popen[str] | None = None
    bare_out = ""
    try:
        if stress == "none":
            bare = subprocess.Popen(
                [sys.executable, str(ROOT / "bench" / "bare_ticks.py")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            time.sleep(1.5)  # its first second is not counted; let it tick first
        if stress in ("cpu", "hogs"):
            burners.extend(
                subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(HOGS if stress == "hogs" else os.cpu_count() or 2)
            )
        if stress in ("resize", "hogs"):
            resizer.start(16)
        ticker.start(1)
        watcher.start(1000)
        phase_marks["start"] = clock.nsecsElapsed() / 1e9
        app.controller.start(routine)
        qt_app.exec()
    finally:
        ticker.stop()
        watcher.stop()
        resizer.stop()
        for burner in burners:
            burner.kill()
            burner.wait()
        if bare is not None:
            try:
                bare_out, _ = bare.communicate(timeout=30)
            finally:
                if bare.poll() is None:
                    bare.kill()
                    bare.wait()
        recorder.close()
    rss_after, private_after = rss_kb(), private_kb()
    player_used = app.controller.notices == []
    files = {}
    from coach.adapters.voice_cache import VoiceCache

    cache = VoiceCache(dirs.voice_cache, app.worker.choice.backend)
    for text in timeline.texts():
        files[text] = cache.path(text, app.voice_settings(routine))
    mixer, _ = build_mixer(timeline, files, sounds=app.sound_choice(routine))
    reference = mixer.read_samples(mixer.total_frames)
    app.shutdown()
    app.window.close()
    app.window.deleteLater()

    heard = read_raw(raw)
    # The recording is looked at more finely (0.3 s of quiet) than the reference (0.4 s):
    # the server resamples the stream twice on its way to the recorder, and a pause just
    # over 0.4 s in the file may come out just under it (the body scan has one of 0.404 s).
    want = speech_onsets(reference, RATE)
    got = speech_onsets(heard, RATE, min_gap=FINER_GAP)
    errors: list[float] = []
    if got and want:
        rel_got, rel_want = relative(got), relative(want)
        for w in rel_want:  # nearest heard onset for each expected one
            errors.append(min((g - w for g in rel_got), key=abs))
    running_at = phase_marks.get("running", phase_marks["start"])

    def longest_gap(a: float, b: float) -> tuple[float, float, float, float]:
        """The longest gap between ticks from *a* to *b*, when it began (seconds after
        *a*) and the window thread's CPU time in it; and the most CPU time the thread
        spent in any one gap (its longest own work without coming back to the loop)."""
        at = np.array(ticks)
        cpu = np.array(works)
        chosen = (at >= a) & (at <= b)
        inside, spent = at[chosen], cpu[chosen]
        if len(inside) < 2:
            return 0.0, 0.0, 0.0, 0.0
        gaps, work = np.diff(inside), np.diff(spent)
        # The ticker is off while CPU at rest is measured: that hole is not a stall.
        hole = (cpu_window.get("tick_off", -1.0), cpu_window.get("tick_on", -1.0))
        keep = ~((inside[:-1] <= hole[0] + 0.002) & (inside[1:] >= hole[1] - 0.002))
        if not keep.any():
            return 0.0, 0.0, 0.0, 0.0
        gaps[~keep] = 0.0
        work[~keep] = 0.0
        where = int(gaps.argmax())
        return float(gaps[where]), float(inside[where] - a), float(work[where]), float(work.max())

    preparing_gap, _, preparing_work, preparing_busy = longest_gap(phase_marks["start"], running_at)
    playing_gap, playing_gap_at, playing_work, playing_busy = longest_gap(
        running_at, max(ticks, default=running_at)
    )
    bare_figures = bare_ticks_figures(bare_out)

    return {
        "stress": stress,
        "audio": player_used,
        "onsets_expected": len(want),
        # Expected onsets with a heard one within 0.1 s (the rest were not heard as such).
        "onsets_heard": sum(1 for e in errors if abs(e) <= 0.1),
        "errors_ms": [e * 1000 for e in errors],
        "dropouts": dropouts(heard, reference, got, want, RATE) if got and want else None,
        "drift_ms": (errors[-1] - errors[0]) * 1000 if errors else None,
        "gap_preparing_ms": preparing_gap * 1000,
        "gap_playing_ms": playing_gap * 1000,
        # The window thread's CPU time inside each longest gap, and its longest own work
        # (CPU time) in any gap: the rest of a gap it waited (for the machine, a lock).
        "gap_preparing_work_ms": preparing_work * 1000,
        "gap_playing_work_ms": playing_work * 1000,
        "busy_preparing_ms": preparing_busy * 1000,
        "busy_playing_ms": playing_busy * 1000,
        # A bare window ticking beside it in the same seconds (stress "none" only).
        "bare_gap_ms": bare_figures.get("gap_ms"),
        "bare_gap_work_ms": bare_figures.get("work_ms"),
        "bare_busy_ms": bare_figures.get("longest_work_ms"),
        # When the longest gap during playback began (s after the session began playing).
        "gap_playing_at_s": playing_gap_at,
        "finished_at_s": phase_marks.get("finished", running_at) - running_at,
        "cpu_rest_percent": (
            100
            * (cpu_window["cpu_end"] - cpu_window["cpu_start"])
            / max(1e-9, cpu_window["wall_end"] - cpu_window["wall_start"])
            if "cpu_end" in cpu_window
            else None
        ),
        "server_rest_percent": (
            100
            * (cpu_window["server_end"] - cpu_window["server_start"])
            / max(1e-9, cpu_window["wall_end"] - cpu_window["wall_start"])
            if cpu_window.get("server_start", -1.0) >= 0 and cpu_window.get("server_end", -1.0) >= 0
            else None
        ),
        "rest_seconds": (
            cpu_window["wall_end"] - cpu_window["wall_start"] if "cpu_end" in cpu_window else None
        ),
        "rss_after_kb": rss_after,
        "private_after_kb": private_after,
    }


def bare_sink_cpu(pulse: PulseServer, seconds: float) -> tuple[float, float | None]:
    """CPU use of Qt's own audio output playing silence (the floor for CPU at rest), and
    the sound server's meanwhile, in % of a core."""
    server = server_pid(pulse)
    before, wall = cpu_seconds(server), time.monotonic()
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bare_sink.py"), str(seconds)],
        env=pulse.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    after, elapsed = cpu_seconds(server), time.monotonic() - wall
    line = next(x for x in result.stdout.splitlines() if x.startswith("coach-bare-sink"))
    srv = 100 * (after - before) / elapsed if before is not None and after is not None else None
    return float(line.split("=")[1]), srv


# -- 2, 3: start-up and memory against the bare window ----------------------------------
def memory_after_session(routine: Path, pulse: PulseServer, home: Path) -> tuple[int, int]:
    """RSS and private memory (KiB) of the app, in a process of its own, once a session of
    *routine* has ended and let go of its sound (the voice rendered beforehand)."""
    env = _app_env(pulse, home, COACH_MEMORY_PROBE="1")
    _render_voice(routine, env, home)
    coach = [sys.executable, "-m", "coach"]
    out = subprocess.run(
        [*coach, "--routine", str(routine), "--start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("coach-after-session "))
    fields = dict(part.split("=") for part in line.split()[1:])
    if fields.get("released") == "0":
        print("  (the session's sound was not let go within 30 s: memory read anyway)")
    return int(fields["rss_kb"]), int(fields["private_kb"])


def bare_played_memory(pulse: PulseServer) -> tuple[int, int]:
    """RSS and private memory (KiB) of a bare window that has played sound (median of 3)."""
    env = {**os.environ, **pulse.env(), "QT_QPA_PLATFORM": "offscreen"}
    rss, private = [], []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "bare_played.py")],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("coach-bare-played "))
        fields = dict(part.split("=") for part in line.split()[1:])
        rss.append(int(fields["rss_kb"]))
        private.append(int(fields["private_kb"]))
    return int(statistics.median(rss)), int(statistics.median(private))


def startup_once(
    command: list[str], env: dict[str, str], private: list[int] | None = None
) -> tuple[float, int]:
    private = private if private is not None else []
    begin = time.monotonic()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    for line in result.stdout.splitlines():
        if line.startswith("coach-startup "):
            fields = dict(part.split("=") for part in line.split()[1:])
            private.append(int(fields.get("private_kb", 0)))
            return (float(fields["painted"]) - begin) * 1000, int(fields["rss_kb"])
    raise RuntimeError(f"{command} did not report its first paint:\n{result.stderr[-2000:]}")


def startup(runs: int, home: Path) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "COACH_STARTUP_PROBE": "1",
        "WIND_DOWN_COACH_HOME": str(home),
    }
    app_cmd = [sys.executable, "-m", "coach"]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    startup_once(app_cmd, env)  # warm the disk cache for both, then alternate
    startup_once(bare_cmd, env)
    app_ms, bare_ms, app_rss, bare_rss = [], [], [], []
    app_private: list[int] = []
    bare_private: list[int] = []
    for _ in range(runs):
        ms, rss = startup_once(app_cmd, env, app_private)
        app_ms.append(ms)
        app_rss.append(rss)
        ms, rss = startup_once(bare_cmd, env, bare_private)
        bare_ms.append(ms)
        bare_rss.append(rss)
    return {
        "app_ms": statistics.median(app_ms),
        "bare_ms": statistics.median(bare_ms),
        "app_rss_kb": statistics.median(app_rss),
        "bare_rss_kb": statistics.median(bare_rss),
        "app_private_kb": statistics.median(app_private) if app_private else 0,
        "bare_private_kb": statistics.median(bare_private) if bare_private else 0,
    }


# -- 6, 7: voice preparation and audio export ----------------------------------------------
def voice_preparation(home: Path) -> dict:
    from coach.adapters.speech.chain import BACKENDS, VoiceChain
    from coach.adapters.speech.protocol import find_backend
    from coach.adapters.voice_cache import VoiceCache
    from coach.core.routine_format import load_routine
    from coach.core.settings import Settings
    from coach.core.timeline import compile_timeline
    from coach.paths import assets_dir
    from coach.services.voice import voice_for

    figures: dict[str, dict[str, Any]] = {}
    for path in sorted((assets_dir() / "routines").glob("*.toml")):
        routine = load_routine(path)
        texts = compile_timeline(routine).texts()
        voice = voice_for(Settings(), routine)  # the natural voice, or the language's
        choice = find_backend(BACKENDS)
        backend = choice.backend
        assert isinstance(backend, VoiceChain), choice.reasons
        cache = VoiceCache(home / f"voice-{path.stem}", backend)
        begin = time.perf_counter()
        cache.render_all(texts, voice)
        cold = time.perf_counter() - begin
        helper = _helper_memory(backend)  # the natural voice's helper, before it is let go
        backend.release()
        after = _helper_memory(backend)
        begin = time.perf_counter()
        cache.render_all(texts, voice)
        warm = time.perf_counter() - begin
        backend.close()
        figures[path.stem] = {
            "prompts": len(texts),
            "engine": backend.engine_for(voice)[0].name,
            "cold_s": cold,
            "warm_ms": warm * 1000,
            "helper_peak_mib": helper[0],
            "helper_rss_mib": helper[1],
            "helper_after_release_mib": after[1],
        }
    return figures


def _helper_memory(backend: Any) -> tuple[float, float]:
    """Peak and current RSS (MiB) of the natural voice's helper process (0 if none runs)."""
    child = getattr(backend.natural, "_child", None)
    if child is None or child.process.poll() is not None:
        return 0.0, 0.0
    fields = {}
    for line in Path(f"/proc/{child.process.pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmHWM"].split()[0]) / 1024, int(fields["VmRSS"].split()[0]) / 1024


def intelligibility(home: Path, prompts: int) -> dict:
    """Word error rate of an offline recogniser (pocketsphinx, its model in the wheel) on
    the built-in prompts, for the natural voice and for eSpeak NG: lower is clearer."""
    import re

    from pocketsphinx import Decoder

    from coach.adapters.speech.chain import voice_chain
    from coach.adapters.voice_cache import VoiceCache
    from coach.audio.wav import read_wav, resample
    from coach.core.routine_format import load_routine
    from coach.core.timeline import compile_timeline
    from coach.core.voice import VoiceSettings
    from coach.paths import assets_dir

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z']+", text.lower())

    def distance(ref: list[str], hyp: list[str]) -> int:
        row = list(range(len(hyp) + 1))
        for i, r in enumerate(ref, start=1):
            prev, row[0] = row[0], i
            for j, h in enumerate(hyp, start=1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
        return row[-1]

    texts: list[str] = []
    for path in sorted((assets_dir() / "routines").glob("*.toml")):
        routine = load_routine(path)
        if routine.language == "en":  # the recogniser's model is English
            texts += compile_timeline(routine).texts()[: max(1, prompts // 4)]
    decoder = Decoder(samprate=16000, logfn=os.devnull)
    chain = voice_chain()
    figures = {}
    try:
        cache = VoiceCache(home, chain)
        for label, voice in (("natural", None), ("espeak", "gmw/en-us")):
            errors = total = 0
            for text in texts:
                path = cache.render_all([text], VoiceSettings(voice)).files[text]
                samples = resample(read_wav(path), RATE, 16000)
                decoder.start_utt()
                decoder.process_raw(samples.tobytes(), full_utt=True)
                decoder.end_utt()
                hyp = decoder.hyp()
                errors += distance(words(text), words(hyp.hypstr if hyp else ""))
                total += len(words(text))
            figures[label] = {"wer": errors / total, "words": total, "prompts": len(texts)}
    finally:
        chain.close()
    return figures


def export_speed(home: Path) -> dict:
    env = {**os.environ, "WIND_DOWN_COACH_HOME": str(home)}
    out = home / "export.wav"
    command = [sys.executable, "-m", "coach", "render", "body-scan", "-o", str(out)]
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)  # warm cache
    begin = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)
    elapsed = time.perf_counter() - begin
    from coach.audio.wav import read_wav

    seconds = len(read_wav(out)) / RATE
    return {"audio_s": seconds, "elapsed_s": elapsed, "speed": seconds / elapsed}


# -- the run ---------------------------------------------------------------------------
def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def summarise(results: Results, name: str, run: dict) -> None:
    errors = [abs(e) for e in run["errors_ms"]]
    label = {
        "none": "",
        "cpu": " (both cores busy)",
        "resize": " (window resizing)",
        "hogs": f" ({HOGS} busy processes + resizing)",
    }[run["stress"]]
    if not errors or run["onsets_heard"] != run["onsets_expected"]:
        results.add(
            f"cue onsets{label}",
            f"heard {run['onsets_heard']} of {run['onsets_expected']} prompts",
            "all",
            False,
        )
    if errors:
        p50, p95 = np.percentile(errors, 50), np.percentile(errors, 95)
        worst = max(errors)
        results.add(
            f"onset error{label} p50/p95/max",
            f"{p50:.2f} / {p95:.2f} / {worst:.2f} ms",
            f"max ≤ {GOALS['onset_max_ms']:g} ms",
            worst <= GOALS["onset_max_ms"],
        )
        if run.get("dropouts") is not None:
            results.add(
                f"dropouts inside prompts{label}",
                str(run["dropouts"]),
                "0",
                run["dropouts"] == 0,
            )
        drift = abs(run["drift_ms"])
        results.add(
            f"drift first→last cue{label}",
            f"{drift:.2f} ms",
            f"≤ {GOALS['drift_ms']:g} ms",
            drift <= GOALS["drift_ms"],
        )
    results.figures[f"timing_{run['stress']}"] = run


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="a 12-second routine and fewer start-up runs (for CI)"
    )
    parser.add_argument("--runs", type=int, default=None, help="start-up runs for each side")
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="default: bench/results.json (bench/results-quick.json with --quick)",
    )
    args = parser.parse_args(argv)
    if args.output is None:
        args.output = ROOT / "bench" / ("results-quick.json" if args.quick else "results.json")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    routine = (
        ROOT / "bench" / "quick.toml"
        if args.quick
        else ROOT / "assets" / "routines" / "body-scan.toml"
    )
    runs = args.runs or (3 if args.quick else 15)
    results = Results()
    results.figures["machine"] = machine()
    results.figures["mode"] = "quick" if args.quick else "full"
    print(f"Wind-Down Coach benchmarks ({results.figures['mode']}) on {machine()}", flush=True)
    pulse, own = pulse_server()
    os.environ["PULSE_SERVER"] = pulse.address
    try:
        with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
            home = Path(tmp)
            print("1. cue timing at the speaker", flush=True)
            # Under stress a shorter routine in the full run (four sessions of the
            # 14.5-minute body scan would take an hour): 4.7 minutes, 10 prompts.
            stressed = routine if args.quick else ROOT / "assets" / "routines" / "four-groups.toml"
            timing = [
                play_session(
                    routine if stress == "none" else stressed, pulse, stress, home / stress
                )
                for stress in ("none", "cpu", "resize", "hogs")
            ]
            for run in timing:
                summarise(results, routine.stem, run)
            print("2-3. start-up and memory", flush=True)
            start = startup(runs, home / "startup")
            results.figures["startup"] = start
            ratio = start["app_ms"] / start["bare_ms"]
            results.add(
                "start-up to first paint (median)",
                f"{start['app_ms']:.0f} ms vs bare {start['bare_ms']:.0f} ms = {ratio:.2f}×",
                f"≤ {GOALS['startup_ratio']:g}×",
                ratio <= GOALS["startup_ratio"],
            )
            mem = start["app_rss_kb"] / start["bare_rss_kb"]
            results.add(
                "memory after start",
                f"{start['app_rss_kb'] / 1024:.0f} MiB vs bare "
                f"{start['bare_rss_kb'] / 1024:.0f} MiB = {mem:.2f}× (private "
                f"{start['app_private_kb'] / 1024:.0f} vs "
                f"{start['bare_private_kb'] / 1024:.0f} MiB)",
                f"≤ {GOALS['memory_ratio']:g}×",
                mem <= GOALS["memory_ratio"],
            )
            played, played_private = bare_played_memory(pulse)
            # The app alone, in its own process (not this one, which also holds the bench).
            memory_routine = stressed
            app_after, app_after_private = memory_after_session(
                memory_routine, pulse, home / "memory"
            )
            results.figures["memory_after_session"] = {
                "routine": memory_routine.stem,
                "app_rss_kb": app_after,
                "app_private_kb": app_after_private,
                "bare_played_rss_kb": played,
                "bare_played_private_kb": played_private,
            }
            after = app_after / played
            results.add(
                f"memory after a whole session ({memory_routine.stem})",
                f"{app_after / 1024:.0f} MiB vs a bare window that played "
                f"sound {played / 1024:.0f} MiB = {after:.2f}× (private "
                f"{app_after_private / 1024:.0f} vs {played_private / 1024:.0f} MiB)",
                f"≤ {GOALS['memory_after_ratio']:g}×",
                after <= GOALS["memory_after_ratio"],
            )
            print("4-5. CPU at rest and responsiveness", flush=True)
            # The app in a process of its own, nothing recording the sink meanwhile (a
            # recorder costs the server more than the app does), during a 75-second rest.
            rest = 20.0 if args.quick else 60.0
            resting = rest_cpu(pulse, home / "rest", rest)
            results.figures["rest_session"] = resting
            cpu = resting["app_percent"]
            srv = resting["server_percent"]
            floor, floor_srv = bare_sink_cpu(pulse, rest)
            pacat, pacat_srv = pacat_cpu(pulse, rest)
            results.figures["cpu_rest"] = {
                "app_percent": cpu,
                "server_percent": srv,
                "bare_sink_percent": floor,
                "bare_sink_server_percent": floor_srv,
                "pacat_percent": pacat,
                "pacat_server_percent": pacat_srv,
                "measured_s": resting["seconds"],
            }

            def both(app: float, server: float | None) -> str:
                if server is None:
                    return f"{app:.2f} % (server not measured)"
                return f"{app + server:.2f} % ({app:.2f} + server {server:.2f})"

            if cpu is not None:
                total = cpu + (srv or 0.0)
                results.add(
                    f"CPU during {resting['seconds'] or 0:.0f} s of a long rest, "
                    "app + sound server",
                    f"{both(cpu, srv)} of a core; bare QAudioSink {both(floor, floor_srv)}; "
                    f"pacat {both(pacat, pacat_srv)}",
                    f"≤ {GOALS['cpu_rest_percent']:g} %",
                    total <= GOALS["cpu_rest_percent"] and srv is not None,
                )
            first = timing[0]
            bare_gap = first.get("bare_gap_ms")
            beside = (
                f"; a bare window ticking beside it: longest gap {bare_gap:.1f} ms"
                if bare_gap is not None
                else ""
            )
            for phase, label in (
                ("preparing", "while preparing the voice"),
                ("playing", "during playback"),
            ):
                busy = first[f"busy_{phase}_ms"]
                where = (
                    f" at {first['gap_playing_at_s']:.1f} s, the session finished at "
                    f"{first['finished_at_s']:.1f} s"
                    if phase == "playing"
                    else ""
                )
                results.add(
                    f"the window's longest own work between two turns of its event loop {label}",
                    f"{busy:.1f} ms; longest gap {first[f'gap_{phase}_ms']:.1f} ms{where}, "
                    f"{first[f'gap_{phase}_work_ms']:.1f} ms of it working{beside}",
                    f"≤ {GOALS['loop_gap_ms']:g} ms",
                    busy <= GOALS["loop_gap_ms"],
                )
            print("6. voice preparation", flush=True)
            voice = voice_preparation(home / "voice")
            results.figures["voice"] = voice
            for name, v in voice.items():
                results.add(
                    f"voice for {name} ({v['prompts']} prompts, {v['engine']})",
                    f"cold {v['cold_s']:.2f} s, warm {v['warm_ms']:.1f} ms; helper "
                    f"{v['helper_peak_mib']:.0f} MiB peak, "
                    f"{v['helper_after_release_mib']:.0f} MiB after the prompts",
                )
            print("6b. intelligibility (pocketsphinx word error rate)", flush=True)
            clarity = intelligibility(home / "clarity", 8 if args.quick else 40)
            results.figures["intelligibility"] = clarity
            results.add(
                f"word error rate, natural voice vs eSpeak ({clarity['natural']['prompts']} "
                "built-in prompts)",
                f"{clarity['natural']['wer']:.2f} vs {clarity['espeak']['wer']:.2f}",
                "natural lower",
                clarity["natural"]["wer"] < clarity["espeak"]["wer"],
            )
            print("7. audio export", flush=True)
            export = export_speed(home / "export")
            results.figures["export"] = export
            results.add(
                "audio export (body scan)",
                f"{export['speed']:.0f}× real time ({export['audio_s'] / 60:.1f} min "
                f"in {export['elapsed_s']:.2f} s)",
                f"≥ {GOALS['export_speed']:g}×",
                export["speed"] >= GOALS["export_speed"],
            )
    finally:
        if own:
            stop_private_server(pulse)
    results.figures["table"] = results.rows
    args.output.write_text(json.dumps(results.figures, indent=2, default=float) + "\n")
    print()
    print(table(results.rows))
    print(f"\nwritten to {args.output}")
    return 0


def table(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["| measure | result | goal | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)
