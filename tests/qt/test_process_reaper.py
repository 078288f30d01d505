"""Ended helper processes are reaped without a wait on the event loop."""

from __future__ import annotations

import subprocess
import sys

from coach.adapters.process_reaper import ProcessReaper

#: A helper that leaves a moment after its input ends, as the sound helper does.
LEAVES_AFTER_INPUT = "import sys, time; sys.stdin.read(); time.sleep(0.3)"
#: One that never leaves by itself.
STAYS = "import time; time.sleep(60)"


def _start(code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE if code == LEAVES_AFTER_INPUT else subprocess.DEVNULL,
    )


def test_a_process_is_reaped_once_it_leaves_without_waiting_for_it(qtbot) -> None:
    reaper = ProcessReaper()
    process = _start(LEAVES_AFTER_INPUT)
    try:
        assert process.stdin is not None
        process.stdin.close()
        reaper.reap(process)
        assert process.poll() is None and reaper.waiting == 1  # not waited for here
        qtbot.waitUntil(lambda: reaper.waiting == 0, timeout=5_000)
        assert process.returncode == 0  # it left by itself
    finally:
        process.kill()
        process.wait()


def test_a_process_that_does_not_leave_is_killed_after_its_grace(qtbot) -> None:
    reaper = ProcessReaper(grace=0.2)
    process = _start(STAYS)
    try:
        reaper.reap(process)
        qtbot.waitUntil(lambda: reaper.waiting == 0, timeout=5_000)
        assert process.returncode == -9
    finally:
        process.kill()
        process.wait()


def test_finish_waits_for_the_last_ones(qtbot) -> None:
    reaper = ProcessReaper(grace=1.5)
    leaving, staying = _start(LEAVES_AFTER_INPUT), _start(STAYS)
    try:
        assert leaving.stdin is not None
        leaving.stdin.close()
        reaper.reap(leaving)
        reaper.reap(staying)
        reaper.finish()  # at the app's end: nothing is left running
        assert reaper.waiting == 0
        assert leaving.returncode == 0 and staying.returncode == -9
    finally:
        for process in (leaving, staying):
            process.kill()
            process.wait()
