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
