"""Scripted answers to the app's questions (the window's :class:`~coach.ui.dialogs.Dialogs`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class ScriptedDialogs:
    """Answers as the test sets them (by default: cancel, no); records what was asked and
    told, in order."""

    def __init__(self) -> None:
        self.on_pin: Callable[[str], str | None] = lambda message: None
        self.on_text: Callable[[str, str, str], str | None] = lambda title, label, value: None
        self.on_open_path: Callable[[str], Path | None] = lambda title: None
        self.on_save_path: Callable[[str], Path | None] = lambda title: None
        self.on_confirm: Callable[[str, str], bool] = lambda title, question: False
        #: (kind, what was shown) for every question, in order.
        self.asked: list[tuple[str, str]] = []
        #: Every message told, in order.
        self.told: list[str] = []

    def ask_pin(self, message: str) -> str | None:
        self.asked.append(("pin", message))
        return self.on_pin(message)

    def ask_text(self, title: str, label: str, value: str) -> str | None:
        self.asked.append(("text", label))
        return self.on_text(title, label, value)

    def ask_open_path(self, title: str, folder: Path, filter: str) -> Path | None:
        self.asked.append(("open", title))
        return self.on_open_path(title)

    def ask_save_path(self, title: str, suggestion: Path, filter: str) -> Path | None:
        self.asked.append(("save", title))
        return self.on_save_path(title)

    def confirm(self, title: str, question: str) -> bool:
        self.asked.append(("confirm", question))
        return self.on_confirm(title, question)

    def tell(self, title: str, message: str) -> None:
        self.told.append(message)
