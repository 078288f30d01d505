"""What a test may not leave behind: threads, child processes, running Qt timers.

Like napari's conftest: each test records what exists before it, and fails if
something new is still alive afterwards (after a short grace for things that
are already ending).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

GRACE_S = 5.0


def child_processes() -> dict[int, str]:
    """Our live (not zombie) child processes: pid → command line."""
    me = os.getpid()
    found: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            # "pid (comm) state ppid ..." — comm may hold spaces and parentheses.
            state, ppid = stat[stat.rindex(")") + 2 :].split()[:2]
            if int(ppid) != me or state == "Z":
                continue
            found[int(entry.name)] = (
                (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            )
        except (OSError, ValueError):
            continue
    return found


def _wait_until(done: Callable[[], bool], pump: Callable[[], None]) -> bool:
    deadline = time.monotonic() + GRACE_S
    while True:
        pump()
        if done():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)


@contextmanager
def nothing_outlives(pump: Callable[[], None] = lambda: None) -> Iterator[list[str]]:
    """Yield a list that receives a line for each thread or process the block left."""
    threads = set(threading.enumerate())
    children = set(child_processes())
    problems: list[str] = []
    yield problems

    def new_threads() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t not in threads and t.is_alive()]

    def new_children() -> dict[int, str]:
        return {p: c for p, c in child_processes().items() if p not in children}

    if not _wait_until(lambda: not new_threads(), pump):
        problems += [f"thread left running: {t.name}" for t in new_threads()]
    if not _wait_until(lambda: not new_children(), pump):
        leftover = new_children()
        problems += [f"child process left running: {pid} {cmd}" for pid, cmd in leftover.items()]
        for pid in leftover:  # so the next test starts clean
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass


def pump_qt() -> None:
    """Let Qt deliver what ending things wait for, and delete what was deleted later."""
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return  # core tests never import Qt
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def qt_timers_checked(monkeypatch: Any) -> Iterator[None]:
    """A fixture body: fail the test if a QTimer it started is still running at its end."""
    import pytest

    watch = QtTimerWatch(monkeypatch)
    yield
    pump_qt()
    running = watch.running()
    if running:
        pytest.fail("the test left timers running:\n" + "\n".join(running), pytrace=False)


class QtTimerWatch:
    """Records every QTimer started (and single shots) so a test can check none runs on."""

    def __init__(self, monkeypatch: Any) -> None:
        from PySide6.QtCore import QObject, QTimer

        self._timers: list[tuple[Any, str]] = []
        base_start = QTimer.start
        timers = self._timers

        def start(timer: QTimer, *args: Any) -> None:
            timers.append((timer, _where()))
            base_start(timer, *args)

        def single_shot(msec: int, *args: Any) -> None:
            # singleShot(ms, callable) or singleShot(ms, context, callable); a timer
            # owned by the context dies with it, as Qt's own single shot does.
            context = args[0] if len(args) == 2 and isinstance(args[0], QObject) else None
            target = args[-1]
            timer = QTimer(context)
            timer.setSingleShot(True)
            timer.timeout.connect(target)
            timers.append((timer, _where()))
            base_start(timer, msec)

        monkeypatch.setattr(QTimer, "start", start)
        monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))

    def running(self) -> list[str]:
        import shiboken6

        found = []
        for timer, where in self._timers:
            if shiboken6.isValid(timer) and timer.isActive():
                found.append(f"a QTimer ({timer.interval()} ms) started at {where}")
                timer.stop()
        self._timers.clear()
        return found


def _where() -> str:
    import traceback

    for frame in reversed(traceback.extract_stack()[:-2]):
        if "/coach/" in frame.filename or "/tests/" in frame.filename:
            if frame.filename.endswith("leaks.py"):
                continue
            return f"{Path(frame.filename).name}:{frame.lineno}"
    return "?"
