"""Dialogs open centred over the window they belong to, and on the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialog


def centre_over_parent(dialog: QDialog) -> None:
    """Move *dialog* (once laid out) so its centre is its parent window's centre."""
    parent = dialog.parentWidget()
    if parent is None or not parent.window().isVisible():
        return
    owner = parent.window().frameGeometry()
    frame = dialog.frameGeometry()
    target = owner.center() - QPoint(frame.width() // 2, frame.height() // 2)
    screen = (dialog.screen() or parent.screen()).availableGeometry()
    x = min(max(target.x(), screen.left()), max(screen.left(), screen.right() - frame.width()))
    y = min(max(target.y(), screen.top()), max(screen.top(), screen.bottom() - frame.height()))
    dialog.move(x, y)
