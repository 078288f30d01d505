"""One instance: a second launch hands its arguments over; a stale socket never blocks."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.app_process import Running, app_env, launch

pytestmark = pytest.mark.e2e


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
    env = {**app_env(home), "XDG_RUNTIME_DIR": str(runtime)}
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
