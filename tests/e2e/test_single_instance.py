"""One instance: a second launch hands its arguments over; a stale socket never blocks."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "WIND_DOWN_COACH_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "COACH_LOG_LEVEL": "INFO",
        "PULSE_SERVER": "unix:/nonexistent",
    }


class Running:
    """The app in a subprocess, whose log can be waited on."""

    def __init__(self, home: Path) -> None:
        self.log_file = home.parent / f"{home.name}-{time.monotonic_ns()}.log"
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "coach"],
                env=_env(home),
                stderr=log,
                stdout=subprocess.DEVNULL,
            )

    def wait_for(self, text: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while text not in (log := self.log_file.read_text()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"never saw {text!r}:\n{log[-3000:]}")
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=0.05)  # a short wait on the process itself

    def kill(self) -> None:
        self.process.kill()  # like a crash: the socket file stays behind
        self.process.wait()


def launch(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_second_launch_hands_over_and_a_stale_socket_is_ignored(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = Running(home)
    try:
        first.wait_for("listening for other launches")
        second = launch(home, "--routine", "four-groups")
        assert second.returncode == 0
        assert "handed the arguments to the running app" in second.stderr, second.stderr
        first.wait_for("another launch: ['--routine', 'four-groups']")
    finally:
        first.kill()
    third = Running(home)
    try:
        third.wait_for("listening for other launches")  # the stale socket did not block it
        assert launch(home).returncode == 0
        third.wait_for("another launch: []")
    finally:
        third.kill()


def test_the_socket_is_private_and_launches_at_once_make_one_app(tmp_path: Path) -> None:
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**_env(home), "XDG_RUNTIME_DIR": str(runtime)}
    logs = [tmp_path / f"launch-{i}.log" for i in range(3)]
    launches = []
    try:
        for log in logs:  # three launches within a few milliseconds
            with log.open("w") as out:
                launches.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "coach"],
                        env=env,
                        stderr=out,
                        stdout=subprocess.DEVNULL,
                    )
                )
        deadline = time.monotonic() + 60
        while sum(p.poll() is None for p in launches) > 1 and time.monotonic() < deadline:
            with contextlib.suppress(subprocess.TimeoutExpired):
                launches[-1].wait(timeout=0.1)  # a short wait on a launch itself
        running = [p for p in launches if p.poll() is None]
        assert len(running) == 1, [log.read_text()[-500:] for log in logs]
        assert all(p.returncode == 0 for p in launches if p not in running)
        handed = sum("handed the arguments" in log.read_text() for log in logs)
        assert handed == 2
        sockets = [p for p in runtime.iterdir() if p.is_socket()]
        assert len(sockets) == 1 and sockets[0].name.startswith("wind-down-coach-")
        user = os.environ.get("USER") or "root"
        assert not Path(f"/tmp/wind-down-coach-{user}").exists()
    finally:
        for process in launches:
            process.kill()
            process.wait()
