"""Reminders reach the user through the first notifier that works: tray, else the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSystemTrayIcon

from coach.core.reminders import Reminder


class TrayNotifier:
    name = "system tray"

    def __init__(self, tray: QSystemTrayIcon) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            raise RuntimeError("no system tray is available here")
        self._tray = tray

    def notify(self, reminder: Reminder) -> None:
        self._tray.showMessage(
            reminder.title, reminder.message, QSystemTrayIcon.MessageIcon.Information, 15_000
        )


class WindowNotifier:
    """Always works: the reminder appears in the window's notice area."""

    name = "window"

    def __init__(self, show: Callable[[str], None]) -> None:
        self._show = show

    def notify(self, reminder: Reminder) -> None:
        self._show(f"{reminder.title}: {reminder.message}")
