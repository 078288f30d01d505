"""What the window needs for its first paint, and nothing more: the settings, the
window's language and the home page with its routines.

The composition root (:mod:`coach.app`) builds the rest once this has been painted:
the session's pages and controller, the evening, the diary, the tray and the speech
helper.  Only Qt's widgets are loaded before the first paint (not its multimedia or
network modules).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

from coach.adapters.settings_store import SettingsStore
from coach.adapters.translations import install as install_translations
from coach.adapters.translations import window_language
from coach.adapters.window_geometry import WindowGeometry
from coach.core.library import list_routines, offered
from coach.core.problems import Problem
from coach.core.settings import Settings
from coach.paths import UserDirs, assets_dir
from coach.ui import plain_text
from coach.ui.main_window import MainWindow


@dataclass
class FirstWindow:
    """The window as first painted, and what was read to paint it."""

    window: MainWindow
    store: SettingsStore
    settings: Settings
    #: What in the settings file could not be used (said once the window is complete).
    problems: list[Problem]
    #: The window's language (its translations are installed).
    language: str
    geometry: WindowGeometry


def open_home(dirs: UserDirs) -> FirstWindow:
    """Read the settings, install the window's language and build the home page, its
    routines listed and the window where it was last time; a QApplication must exist."""
    store = SettingsStore(dirs.settings_file)
    settings, problems = store.load()
    language = window_language(settings.language, os.environ)
    qt_app = QApplication.instance()
    if isinstance(qt_app, QApplication):
        language = install_translations(qt_app, language)
    window = MainWindow()
    entries = list_routines(assets_dir() / "routines", dirs.user_routines, language)
    window.home.set_entries(entries, offered(settings.routine, entries, language))
    plain_text.make_plain(window)  # before the application's filter is there for later labels
    geometry = WindowGeometry(dirs.state / "window.ini")
    geometry.restore(window)
    return FirstWindow(window, store, settings, list(problems), language, geometry)
