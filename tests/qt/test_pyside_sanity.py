"""Guards against Qt binding bugs that would crash a long night's session."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


class Painted(QWidget):
    def paintEvent(self, event) -> None:
        QPainter(self).end()


def test_overridden_paint_events_do_not_leak_none(qtbot) -> None:
    """PySide6 6.12.0 dropped a reference to None on every call of an overridden
    ``paintEvent``; after some thousands of repaints the process aborted
    ("none_dealloc").  pyproject.toml excludes it; this catches a repeat."""
    widget = Painted()
    qtbot.addWidget(widget)
    widget.resize(50, 50)
    widget.show()
    widget.repaint()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.repaint()
    assert sys.getrefcount(None) >= before - 50
