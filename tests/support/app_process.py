"""The real app in a child process (offscreen, no sound server), whose log can be waited on."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path


def app_env(home: Path) -> dict[str, str]:
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
                env=app_env(home),
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
        env=app_env(home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
