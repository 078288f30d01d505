"""A skip waiting for the event loop: presses in quick succession make one move."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class PendingSkip(QObject):
    """Where the last skip goes: a player's clock shows it at once, and the stream is
    moved there (*go*) once the event loop is back — once for several presses."""

    def __init__(self, go: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The place the last skip goes to (None: no skip is waiting).
        self.target: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(go)

    def request(self, position: float) -> None:
        """Skip to *position* once the event loop is back (replacing a waiting skip)."""
        self.target = position
        self._timer.start()

    def take(self) -> float | None:
        """The waiting skip's place, no longer waiting (None: there was none)."""
        self._timer.stop()
        target, self.target = self.target, None
        return target
