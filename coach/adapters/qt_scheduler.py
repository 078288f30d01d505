"""The core's one-callback scheduler on Qt's event loop, with a precise timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer


class QtScheduler(QObject):
    """One single-shot ``PreciseTimer``; scheduling again replaces the pending call."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)
        self._callback: Callable[[], None] | None = None

    def call_later(self, delay: float, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._timer.start(max(0, round(delay * 1000)))

    def cancel(self) -> None:
        self._timer.stop()
        self._callback = None

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
