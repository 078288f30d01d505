"""After the computer slept, a running session pauses where it was (and says so)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.session_controller import SLEPT_NOTICE

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_a_session_pauses_after_the_computer_slept(make_harness, qtbot, monkeypatch) -> None:
    h = make_harness(sleep_check_ms=20)
    checks: list[bool] = []
    real_check = h.app.controller.check_for_sleep

    def check(slept: bool) -> None:
        checks.append(slept)
        real_check(slept)

    monkeypatch.setattr(h.app.controller, "check_for_sleep", check)
    h.window.show()
    qtbot.waitExposed(h.window)
    h.app.controller.start(load_routine(SHORT))
    h.wait_running()
    qtbot.waitUntil(lambda: len(checks) >= 3, timeout=3000)  # several checks, no suspend
    assert checks == [False] * len(checks)
    assert h.app.controller.state is State.RUNNING
    h.suspended = 3600.0  # an hour asleep: the boot-time clock ran on, the monotonic stood
    qtbot.waitUntil(lambda: h.app.controller.state is State.PAUSED, timeout=3000)
    assert SLEPT_NOTICE in h.window.notice.text()
    qtbot.keyClick(h.window.focusWidget() or h.window, Qt.Key.Key_Space)
    assert h.app.controller.state is State.RUNNING  # Space goes on, as the notice says
    before = len(checks)
    qtbot.waitUntil(lambda: len(checks) >= before + 3, timeout=3000)
    assert h.app.controller.state is State.RUNNING  # the watch starts afresh on resume
    assert checks[before:] == [False] * (len(checks) - before)
    h.app.controller.stop()
