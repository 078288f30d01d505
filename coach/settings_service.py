"""The settings in force: the one place they change, are saved, and are announced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from coach.adapters.settings_store import SettingsStore
from coach.audio.sound_choice import SoundChoice
from coach.core.problems import Problem
from coach.core.routine import Routine
from coach.core.settings import Settings
from coach.core.voice import VoiceSettings
from coach.services.session_audio import sounds_for
from coach.services.voice import voice_for

translate = QCoreApplication.translate


class SettingsService(QObject):
    """Holds the current :class:`Settings`; :meth:`save` is the only way to change them."""

    #: The new Settings, after every change (saved or not).
    changed = Signal(object)

    def __init__(
        self,
        store: SettingsStore,
        settings: Settings,
        sounds_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._current = settings
        self._sounds_dir = sounds_dir

    @property
    def current(self) -> Settings:
        return self._current

    def save(self, settings: Settings) -> str | None:
        """Use *settings* from now on and write them; returns why they could not be
        written (they still apply until the app quits), or None."""
        self._current = settings
        self.changed.emit(settings)
        try:
            self.store.save(settings)
        except OSError as exc:
            return translate(
                "SettingsService", "Your settings could not be saved to {path}: {exc}"
            ).format(path=self.store.path, exc=exc.strerror or exc)
        return None

    def reload(self) -> list[Problem]:
        """Read the file again (after an import wrote it) and use what it says."""
        self._current, problems = self.store.load()
        self.changed.emit(self._current)
        return problems

    def voice_for(self, routine: Routine | None = None, language: str = "en") -> VoiceSettings:
        """The voice for *routine*: its own where it has one, the settings' for the rest
        (without a routine: the voice for *language*, the window's)."""
        return voice_for(self._current, routine, language)

    def sounds_for(self, routine: Routine | None = None) -> SoundChoice:
        """The chime and background, with the routine's own chime choice if it has one."""
        return sounds_for(self._current, routine, self._sounds_dir)
