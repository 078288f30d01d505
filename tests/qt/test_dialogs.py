"""The real dialogs behind the Dialogs protocol: plain text, and the answer given."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coach.ui.dialogs import QtDialogs


def _answer(qtbot, button: QMessageBox.StandardButton, seen: list[QMessageBox]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        clicked = box.button(button)
        assert clicked is not None
        qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def test_confirm_shows_plain_text_and_returns_the_answer(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = QtDialogs(lambda: parent)
    seen: list[QMessageBox] = []
    _answer(qtbot, QMessageBox.StandardButton.Yes, seen)
    assert dialogs.confirm("Import setup", "Rename <b>Rose</b>?") is True
    _answer(qtbot, QMessageBox.StandardButton.No, seen)
    assert dialogs.confirm("Import setup", "Again?") is False
    assert seen[0].textFormat() == Qt.TextFormat.PlainText  # a name from a file is not markup
    assert seen[0].text() == "Rename <b>Rose</b>?" and seen[0].windowTitle() == "Import setup"


def test_tell_shows_plain_text(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QMessageBox] = []
    _answer(qtbot, QMessageBox.StandardButton.Ok, seen)
    QtDialogs(lambda: parent).tell("Not imported", "<img src='x'> was not imported")
    assert seen[0].textFormat() == Qt.TextFormat.PlainText
    assert seen[0].parent() is parent
