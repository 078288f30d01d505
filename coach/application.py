"""The running application: its parts, and what the window's actions need from them.

Made and connected by the composition root (:mod:`coach.app`); the wiring modules
(caregiving, the evening, routine actions) receive it and never import the root.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from coach.adapters.history import History
from coach.adapters.recordings import Recordings
from coach.adapters.settings_store import SettingsStore
from coach.adapters.single_instance import InstanceServer
from coach.adapters.translations import languages
from coach.adapters.voice_worker import VoiceWorker
from coach.adapters.window_geometry import WindowGeometry
from coach.audio.player import default_output
from coach.audio.sound_choice import SoundChoice
from coach.core.clock import Scheduler
from coach.core.language import DEFAULT_LANGUAGE
from coach.core.language import VOICES as LANGUAGE_VOICES
from coach.core.library import DEFAULT_ROUTINE, list_routines, offered, resolve
from coach.core.routine import Routine
from coach.core.session import State
from coach.core.settings import Settings
from coach.core.voice import VoiceInfo, VoiceSettings
from coach.diagnostics import diagnostics
from coach.evening_controller import EveningController
from coach.paths import UserDirs, assets_dir
from coach.session_controller import SessionController
from coach.settings_service import SettingsService
from coach.ui.dialogs import Dialogs
from coach.ui.main_window import MainWindow
from coach.ui.session_page import Display
from coach.voice_preview import VoicePreview

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from coach.ui.checkin_dialog import CheckInDialog
    from coach.ui.history_window import HistoryWindow
    from coach.ui.preferences import PreferencesWindow
    from coach.ui.quick_checkin import QuickCheckInDialog
    from coach.ui.startle_dialog import StartleDialog


class CareGate(Protocol):
    """What the rest of the app asks of caregiving: may settings change now (the PIN),
    the first-run welcome, and the caregiver's page of Preferences."""

    @property
    def locked(self) -> bool: ...

    def guard(self) -> bool: ...

    def welcome(self) -> None: ...

    def changed_in_preferences(self, pin: str | None, remove_lock: bool) -> None: ...

    def export_setup(self) -> None: ...

    def import_setup(self) -> None: ...


def routine_id(routine: object) -> str:
    """How settings name a routine: the built-in file's stem, or ``user:<stem>``."""
    source = getattr(routine, "source", None)
    if source is None:
        return DEFAULT_ROUTINE
    return source.stem if source.parent == assets_dir() / "routines" else f"user:{source.stem}"


@dataclass
class App:
    """Everything the running app is made of, typed (tests reach in through this).

    Made by :func:`coach.app.build`; the wiring modules receive it.
    """

    window: MainWindow
    controller: SessionController
    worker: VoiceWorker
    #: The settings in force; they change only through :meth:`save_settings`.
    preferences: SettingsService
    dirs: UserDirs
    voice_preview: VoicePreview
    recordings: Recordings
    #: The questions asked of the person (Qt's dialogs; tests script the answers).
    dialogs: Dialogs
    care: CareGate | None = None
    routines: object | None = None  # RoutineActions: the composition root owns it
    diary: object | None = None  # Diary (diary_wiring): kept alive for its connections
    evening: EveningController | None = None
    history: History | None = None
    tray: QSystemTrayIcon | None = None
    tray_menu: QMenu | None = None
    instance_server: InstanceServer | None = None
    audio_output: Callable[[], QAudioDevice | None] = default_output
    media_devices: QMediaDevices | None = None
    #: The voices the speech engine offers (None until it has listed them).
    voices: list[VoiceInfo] | None = None
    #: Starts the speech helper a moment after the window is up.
    voice_warm_up: QTimer | None = None
    #: Quits a set time after a session (settings: quit_after_minutes).
    quit_later: Scheduler | None = None
    #: How the app quits (QApplication.quit; tests give their own).
    quit_app: Callable[[], None] = QApplication.quit
    #: The main window's place and size between runs.
    geometry: WindowGeometry | None = None
    #: Opens the bedtime and checklist editor (given by the evening's wiring).
    edit_plan: Callable[[], None] | None = None
    #: Preferences while they are open.
    preferences_window: PreferencesWindow | None = None
    #: The morning check-in (full, or simple mode's quick one) while it is open.
    checkin_dialog: CheckInDialog | QuickCheckInDialog | None = None
    #: "I startled" while it is open.
    startle_dialog: StartleDialog | None = None
    #: The sleep history page while it is open.
    history_window: HistoryWindow | None = None
    #: The window's language (Preferences → Language, else the system's); the routine
    #: list offers the built-in routines in it.
    language: str = DEFAULT_LANGUAGE
    #: The language the system asks for (where there is a catalogue for it).
    system_language: str = DEFAULT_LANGUAGE

    @property
    def settings(self) -> Settings:
        return self.preferences.current

    @property
    def settings_store(self) -> SettingsStore:
        return self.preferences.store

    def may_change_settings(self) -> bool:
        """Whether the settings may change now (asks for the PIN on a locked setup)."""
        return self.care is None or self.care.guard()

    def remember_voices(self, voices: list[VoiceInfo]) -> None:
        self.voices = list(voices)

    def sound_choice(self, routine: Routine | None = None) -> SoundChoice:
        """The app's sound settings, with the routine's own chime choice if it has one."""
        return self.preferences.sounds_for(routine)

    def display(self) -> Display:
        s = self.settings
        return Display(
            s.captions, s.screen_dark, s.text_size, s.body_map, s.breathing, s.breaths_per_minute
        )

    def diagnostics(self) -> list[tuple[str, str]]:
        choice = self.worker.choice
        if choice is None:
            engine = translate("App", "not started yet")
        elif choice.backend is None:
            engine = "none: " + "; ".join(choice.reasons)
        else:
            engine = choice.backend.name
        device = self.audio_output()
        audio = device.description() if device is not None else translate("App", "none found")
        return diagnostics(self.dirs, engine, audio)

    def open_about(self) -> None:
        from coach.ui.about_dialog import AboutDialog

        AboutDialog(self.diagnostics(), self.window).exec()

    def voice_settings(self, routine: Routine | None = None) -> VoiceSettings:
        """The app's voice settings, overridden by the routine's own where it has them
        (without a routine: the voice for the window's language)."""
        return self.preferences.voice_for(routine, self.language)

    def _default_voice(self) -> str | None:
        """The voice "the default" means for what the app itself says (its sample is in
        the window's language)."""
        return LANGUAGE_VOICES.get(self.language)

    def open_preferences(self, page: str | None = None) -> None:
        """Preferences (on *page*, by its title); saved when the person says Save."""
        if not self.may_change_settings():
            return
        from coach.ui.preferences import PreferencesWindow

        choice = self.worker.choice
        voices = None if choice is None else (self.voices or [])
        locked = self.care is not None and self.care.locked
        dialog = PreferencesWindow(
            self.settings,
            voices,
            self.window,
            page,
            locked,
            languages(),
            self.system_language,
        )
        voice = dialog.voice_page
        voice.preview_requested.connect(
            lambda voice_id, rate, volume: self.voice_preview.play(
                VoiceSettings(voice_id or self._default_voice(), rate, volume)
            )
        )
        self.voice_preview.status.connect(voice.show_preview_status)
        if self.edit_plan is not None:
            dialog.evening_page.plan_requested.connect(self.edit_plan)
        self.preferences_window = dialog
        try:
            accepted = dialog.exec()
        finally:
            self.voice_preview.status.disconnect(voice.show_preview_status)
            self.voice_preview.stop()
            self.preferences_window = None
        if accepted:
            before = self.settings.language
            self.save_settings(dialog.chosen())
            if self.settings.language != before:
                self.window.show_notice(
                    translate(
                        "App",
                        "The new language is used from the next start of Wind-Down Coach.",
                    )
                )
            if self.care is not None:
                carer = dialog.caregiver_page
                self.care.changed_in_preferences(carer.new_pin(), carer.remove_lock.isChecked())
        elif self.care is not None and dialog.then == "export":
            self.care.export_setup()
        elif self.care is not None and dialog.then == "import":
            self.care.import_setup()

    def save_settings(self, settings: Settings) -> None:
        problem = self.preferences.save(settings)
        if problem is not None:
            self.window.show_notice(problem)

    def request_quit(self) -> None:
        """Quit, at once (one click); first saying what it would cancel, if anything."""
        cancelled = []
        if self.controller.state in (State.PREPARING, State.RUNNING, State.PAUSED):
            cancelled.append(translate("App", "the relaxation session"))
        if self.evening is not None and self.evening.bath_running:
            cancelled.append(translate("App", "the bath timer"))
        if cancelled and not self.dialogs.confirm(
            translate("App", "Quit Wind-Down Coach"),
            translate("App", "Quitting now stops {join}. Quit anyway?").format(
                join=translate("App", " and ").join(cancelled)
            ),
        ):
            return
        self.window.quitting = True
        self.quit_app()

    def reload_routines(self, select: Routine | None = None) -> None:
        language = self.language
        entries = list_routines(assets_dir() / "routines", self.dirs.user_routines, language)
        wanted = routine_id(select) if select is not None else self.settings.routine
        if select is None:  # a built-in in the person's language where there is one
            wanted = offered(wanted, entries, language)
        self.window.home.set_entries(entries, wanted)

    def start(self, name_or_path: str) -> None:
        routine = resolve(name_or_path, assets_dir() / "routines", self.dirs.user_routines)
        self.controller.start(routine)

    def shutdown(self) -> None:
        if self.geometry is not None:
            self.geometry.save(self.window)
        if self.voice_warm_up is not None:
            self.voice_warm_up.stop()
        if self.quit_later is not None:
            self.quit_later.cancel()
        self.voice_preview.stop()
        self.controller.shutdown()
        self.worker.shutdown()
        if self.history is not None:
            self.history.close()
            self.history = None
        if self.tray is not None:
            self.tray.hide()
