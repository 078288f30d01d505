"""A time field that takes typing right after a click (HH:mm).

A plain QTimeEdit puts the text cursor where it was clicked, so typing "20" was
refused: the digits went in before or after a full section. Here a click selects
the section under the pointer (the last one when the click is past the text), and
typing replaces it, as after Tab.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QTimeEdit, QWidget


class TimeField(QTimeEdit):
    def __init__(self, value: time, parent: QWidget | None = None) -> None:
        super().__init__(QTime(value.hour, value.minute), parent)
        self.setDisplayFormat("HH:mm")
        self.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self.lineEdit()
        if (
            watched is editor
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            editor.setCursorPosition(editor.cursorPositionAt(event.position().toPoint()))
            section = self.currentSection()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.setSelectedSection(section)
            return True
        return super().eventFilter(watched, event)
