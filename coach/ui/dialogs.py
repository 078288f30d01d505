"""The questions the app asks the person, behind one protocol: the window uses
:class:`QtDialogs`; tests give scripted answers (``tests/support/dialogs.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

translate = QCoreApplication.translate


class Dialogs(Protocol):
    """Ask and tell; every text shown is plain text (names come from files)."""

    def ask_pin(self, message: str) -> str | None:
        """The PIN typed (hidden as it is typed), or None when the person cancels."""
        ...

    def ask_text(self, title: str, label: str, value: str) -> str | None: ...

    def ask_open_path(self, title: str, folder: Path, filter: str) -> Path | None: ...

    def ask_save_path(self, title: str, suggestion: Path, filter: str) -> Path | None: ...

    def confirm(self, title: str, question: str) -> bool:
        """True when the person says yes."""
        ...

    def tell(self, title: str, message: str) -> None: ...


class QtDialogs:
    """The standard Qt dialogs, over the window *parent* gives."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent

    def ask_pin(self, message: str) -> str | None:
        pin, ok = QInputDialog.getText(
            self._parent(), translate("QtDialogs", "Locked"), message, QLineEdit.EchoMode.Password
        )
        return pin if ok else None

    def ask_text(self, title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getText(self._parent(), title, label, text=value)
        return text if ok else None

    def ask_open_path(self, title: str, folder: Path, filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent(), title, str(folder), filter)
        return Path(name) if name else None

    def ask_save_path(self, title: str, suggestion: Path, filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent(), title, str(suggestion), filter)
        return Path(name) if name else None

    def confirm(self, title: str, question: str) -> bool:
        box = self._box(title, QMessageBox.Icon.Question, question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def tell(self, title: str, message: str) -> None:
        self._box(title, QMessageBox.Icon.Information, message).exec()

    def _box(self, title: str, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(self._parent())
        box.setWindowTitle(title)
        box.setIcon(icon)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names come from files: never markup
        box.setText(text)
        return box
