"""Where the main window was, and how big: kept between runs (QSettings, an INI file).

Restoring clamps to the screens there are now (Qt moves a window that would land
off screen), and a size larger than the screen is shrunk to fit it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
KEY = "main_window/geometry"


class WindowGeometry:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _settings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore(self, window: QWidget) -> bool:
        """Put *window* where it was last time (False when nothing was kept)."""
        if not self.path.exists():
            return False
        value = self._settings().value(KEY)
        if not isinstance(value, QByteArray) or not window.restoreGeometry(value):
            log.info("no usable window geometry in %s", self.path)
            return False
        screen = window.screen().availableGeometry()
        if window.width() > screen.width() or window.height() > screen.height():
            window.resize(
                min(window.width(), screen.width()), min(window.height(), screen.height())
            )
        return True

    def save(self, window: QWidget) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        settings = self._settings()
        settings.setValue(KEY, window.saveGeometry())
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("could not keep the window's place in %s", self.path)
            return
        try:
            os.chmod(self.path, 0o600)
        except OSError as exc:
            log.warning("could not restrict %s: %s", self.path, exc)
