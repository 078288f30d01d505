"""What a support request needs: versions, voice engine, audio device, folders — and nothing
personal (no routine names, no notes, no checklist)."""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import QCoreApplication

from coach import __version__
from coach.paths import UserDirs

translate = QCoreApplication.translate


def _version(package: str) -> str:
    from importlib import metadata  # slow to import: only when asked

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return translate("diagnostics", "not installed")


def diagnostics(dirs: UserDirs, voice_engine: str, audio_device: str) -> list[tuple[str, str]]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return [
        ("Wind-Down Coach", __version__),
        ("Python", f"{platform.python_version()} ({sys.platform}, {platform.machine()})"),
        ("Qt / PySide6", f"{qVersion()} / {pyside}"),
        ("pyttsx3", _version("pyttsx3")),
        (translate("diagnostics", "Voice engine"), voice_engine),
        (translate("diagnostics", "Audio output"), audio_device),
        (translate("diagnostics", "Settings folder"), str(dirs.config)),
        (translate("diagnostics", "Data folder"), str(dirs.data)),
        (translate("diagnostics", "Cache folder"), str(dirs.cache)),
        (translate("diagnostics", "Log folder"), str(dirs.state)),
    ]
