"""The window's language: Qt's translators for the app's catalogue and Qt's own.

The catalogues are ``assets/translations/coach_<language>.qm`` (compiled from the
``.ts`` files beside them by ``scripts/translations``); Qt's own (``qtbase_<language>``,
the standard dialogs' buttons) come with PySide6.  English is the source language; its
catalogue holds only the plural forms ("1 minute", "2 minutes").
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach.core.language import DEFAULT_LANGUAGE, preferred_language
from coach.paths import assets_dir

log = logging.getLogger(__name__)
#: The object name of the translators this module installs (to find and replace them).
MARK = "coach-translator"


def catalogue_dir() -> Path:
    return assets_dir() / "translations"


def languages() -> tuple[str, ...]:
    """The languages the window can be shown in: English, and each catalogue's."""
    found = {p.stem.removeprefix("coach_") for p in catalogue_dir().glob("coach_*.qm")}
    return tuple(sorted(found | {DEFAULT_LANGUAGE}))


def window_language(setting: str, environ: Mapping[str, str]) -> str:
    """The language chosen in Preferences, else the system's (where there is a
    catalogue for it), else English."""
    available = languages()
    if setting in available:
        return setting
    return preferred_language(environ, available)


def install(app: QCoreApplication, language: str) -> str:
    """Show the app in *language* from now on (replacing what was installed before);
    returns the language used (English when there is no catalogue for *language*)."""
    for old in app.findChildren(QTranslator, MARK):
        app.removeTranslator(old)
        old.deleteLater()
    used = language if language in languages() else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(used))
    own = _load(app, f"coach_{used}", str(catalogue_dir()))
    if own is None and used != DEFAULT_LANGUAGE:
        log.warning("no catalogue for %s; the window stays in English", used)
        return install(app, DEFAULT_LANGUAGE)
    if used != DEFAULT_LANGUAGE:
        _load(app, f"qtbase_{used}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return used


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    translator.setObjectName(MARK)
    if not translator.load(name, folder):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator
