"""Waits for ended helper processes without holding up the event loop.

A sound helper told to end (its input closed) takes a few tens of milliseconds to
close its stream and leave; waiting for that on the GUI thread froze the window at
every session's end.  The reaper looks at each process now and then until it has
gone, and kills one that has not within its grace time.
"""

from __future__ import annotations

import subprocess
import time

from PySide6.QtCore import QObject, QTimer

#: Seconds a process has to leave before it is killed.
GRACE_SECONDS = 2.0
#: How often the processes still running are looked at (ms).
LOOK_MS = 50


class ProcessReaper(QObject):
    """Reaps processes told to end; :meth:`finish` waits for the last ones (at exit)."""

    def __init__(self, parent: QObject | None = None, grace: float = GRACE_SECONDS) -> None:
        super().__init__(parent)
        self._grace = grace
        self._waiting: list[tuple[subprocess.Popen[bytes], float]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_MS)
        self._timer.timeout.connect(self._look)

    @property
    def waiting(self) -> int:
        """How many processes have not yet been reaped."""
        return len(self._waiting)

    def reap(self, process: subprocess.Popen[bytes]) -> None:
        """Reap *process* once it leaves (killed after the grace time)."""
        if process.poll() is not None:
            return
        self._waiting.append((process, time.monotonic() + self._grace))
        self._timer.start()

    def _look(self) -> None:
        now = time.monotonic()
        still = []
        for process, deadline in self._waiting:
            if process.poll() is not None:
                continue
            if now >= deadline:
                process.kill()
            still.append((process, deadline))
        self._waiting = still
        if not still:
            self._timer.stop()

    def finish(self) -> None:
        """Wait for every process still running (each killed after its grace time)."""
        self._timer.stop()
        waiting, self._waiting = self._waiting, []
        for process, deadline in waiting:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
