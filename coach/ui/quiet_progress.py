"""A progress bar that repaints with the rest of the window, never on its own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QProgressBar


class QuietProgressBar(QProgressBar):
    """A :class:`QProgressBar` whose changes are painted in the window's next paint.

    ``QProgressBar.setValue`` (and ``setRange`` when it resets the bar) repaint it at
    once, inside the caller: a few milliseconds under the app's style sheet, in the
    middle of whatever the window thread was doing.  :meth:`show_value` and
    :meth:`show_steps` ask for an ordinary update instead, so that the bar is painted
    together with everything else that changed in that turn of the event loop.
    """

    def show_value(self, value: int) -> None:
        """Show *value* (painted with the window's next paint, not inside this call)."""
        if value != self.value():
            with self._quietly():
                self.setValue(value)

    def show_steps(self, steps: int) -> None:
        """Go from 0 to *steps* (painted with the window's next paint)."""
        if self.minimum() != 0 or self.maximum() != steps:
            with self._quietly():
                self.setRange(0, steps)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self.setUpdatesEnabled(False)  # QProgressBar's own repaint() does nothing now
        try:
            yield
        finally:
            self.setUpdatesEnabled(True)  # ... and this asks for an ordinary update
