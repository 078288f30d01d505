"""The caregiver's lock, simple mode and easier reading, joined to the app."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from coach.adapters.history import diary_export_text
from coach.adapters.lock_store import LockStore
from coach.adapters.setup_bundle import (
    BundleError,
    Change,
    apply_import,
    export_bundle,
    plan_import,
)
from coach.core.evening import greeting
from coach.core.lock import MIN_LENGTH, Attempts, SettingsLock, make_record
from coach.core.session import State
from coach.core.words import capitalised, marked
from coach.texts.said import in_words
from coach.ui import theme

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from coach.application import App
    from coach.evening_controller import EveningController
    from coach.ui.welcome_wizard import Choices


#: What the setup file dialogs show: the app's own files (`coach export` writes any name;
#: the README uses setup.coach), older .zip exports, and anything.
SETUP_FILTER = marked("caregiver_wiring", "Wind-Down Coach setup (*.coach *.zip);;All files (*)")


log = logging.getLogger(__name__)


def import_summary(changes: list[Change]) -> str:
    """The import's changes as a list: each file, and under it what exactly changes."""
    return "\n".join(
        f"    – {in_words(c.said)}" if c.detail else f"• {capitalised(in_words(c.said))}"
        for c in changes
    )


class Caregiving:
    """Simple mode, the settings lock, the first-run welcome and carrying the setup.

    It needs the evening (simple mode shows tonight's list): given explicitly, so the
    order things are built in can never silently leave simple mode without its list.
    """

    def __init__(self, app: App, evening: EveningController) -> None:
        self.app = app
        self.store = LockStore(app.dirs.config / "lock.toml")
        record, attempts = self.store.load()
        self.lock = SettingsLock(
            record, attempts, time.time, lambda a: self.store.save(self.lock.record, a)
        )
        window = app.window
        window.simple.start_requested.connect(lambda: app.start(app.settings.routine))
        window.simple.leave_requested.connect(self.leave_simple_mode)
        window.home.caregiver_requested.connect(self.open_dialog)
        window.simple.check_requested.connect(evening.check)
        evening.plan_changed.connect(window.simple.show_plan)
        evening.plan_changed.connect(
            lambda *_: window.simple.set_greeting(greeting(evening.local_now()))
        )
        evening.refresh()
        app.controller.state_changed.connect(self._after_session)
        self.apply()

    # -- the lock --------------------------------------------------------------------
    def tell(self, message: str) -> None:
        self.app.dialogs.tell(translate("Caregiving", "Wind-Down Coach"), message)

    def guard(self) -> bool:
        """True when the settings may be changed now (asking for the PIN if locked)."""
        if self.lock.is_open():
            return True
        pin = self.app.dialogs.ask_pin(
            translate("Caregiving", "These settings are locked. Enter the PIN:")
        )
        if pin is None:
            return False
        verdict = self.lock.try_pin(pin)
        if not verdict.ok and verdict.said is not None:
            self.tell(in_words(verdict.said))
        return verdict.ok

    # -- simple mode and reading -----------------------------------------------------------
    def apply(self) -> None:
        settings = self.app.settings
        window = self.app.window
        window.simple_mode = settings.simple_mode
        window.simple.set_name(settings.person_name)
        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication):
            theme.apply(qt_app, settings.high_contrast, settings.large_text)
        if settings.simple_mode and window.pages.currentWidget() is not window.session:
            window.show_home()

    def leave_simple_mode(self) -> None:
        if self.guard():
            self.app.save_settings(replace(self.app.settings, simple_mode=False))
            self.apply()
            self.app.window.show_home()

    def _after_session(self, state: State) -> None:
        if state is State.STOPPED and self.app.settings.simple_mode:
            self.app.window.show_home()

    def open_dialog(self) -> None:
        """ "For someone else…": Preferences, on the caregiver's page."""
        self.app.open_preferences(translate("Caregiving", "For someone else"))

    @property
    def locked(self) -> bool:
        return self.lock.enabled

    def changed_in_preferences(self, pin: str | None, remove_lock: bool) -> None:
        """After Preferences were saved: the new PIN or the lock removed, then the
        settings applied to the whole app (text size, contrast, simple mode)."""
        self._set_lock(pin, remove_lock)
        self.apply()

    def _set_lock(self, pin: str | None, remove_lock: bool) -> None:
        if remove_lock:
            self.lock.record = None
            self.store.save(None, Attempts())
        elif pin:
            self.lock.record = make_record(pin)
            self.lock.attempts = Attempts()
            self.store.save(self.lock.record, self.lock.attempts)
            self.lock.lock()

    # -- first run ------------------------------------------------------------------------
    def welcome(self) -> None:
        """Ask "Who will use this?" (first run only); the answers apply when it finishes.

        Never on a locked setup: settings that are missing or unreadable there do not
        make it a first run, and the wizard must not become a way round the PIN.
        """
        from coach.ui.welcome_wizard import WelcomeWizard

        if self.lock.enabled:
            log.info("a lock is set: no first-run wizard")
            return

        routines = [
            (e.id, e.routine.name) for e in self.app.window.home_entries() if e.routine is not None
        ]
        wizard = WelcomeWizard(routines, self.app.window)
        wizard.finished.connect(
            lambda result: self.apply_welcome(wizard.collect()) if result else None
        )
        self.wizard = wizard
        wizard.open()

    def apply_welcome(self, choices: Choices) -> None:
        if self.lock.enabled and not self.guard():
            return  # a locked setup changes only with its PIN
        settings = self.app.settings
        if not choices.for_someone_else:
            self.app.save_settings(settings)  # the file exists now: no welcome next time
            return
        settings = replace(
            settings, rate=choices.rate, routine=choices.routine, close_to_tray=choices.reminders
        )
        self.app.save_settings(settings)
        evening = self.app.evening
        if evening is not None:
            bedtimes = replace(
                evening.bedtimes, bedtime=choices.bedtime, wake=choices.wake, child=choices.child
            )
            items = tuple(
                replace(i, enabled=choices.items.get(i.id, i.enabled)) for i in evening.items
            )
            evening.set_plan(bedtimes, items)
        pin = choices.pin if len(choices.pin) >= MIN_LENGTH else None
        self.configure(
            choices.name,
            choices.simple_mode,
            settings.high_contrast,
            choices.large_text,
            pin,
            False,
        )
        self.app.reload_routines()

    # -- setup bundles -------------------------------------------------------------------
    def export_setup(self) -> None:
        dialogs = self.app.dialogs
        path = dialogs.ask_save_path(
            translate("Caregiving", "Export setup"),
            Path.home() / "setup.coach",
            translate("caregiver_wiring", SETUP_FILTER),
        )
        if path is None:
            return
        include_lock = self.lock.enabled and dialogs.confirm(
            translate("Caregiving", "Export setup"),
            translate(
                "Caregiving",
                "Include the PIN lock? The other computer will then ask for the same PIN.",
            ),
        )
        try:
            has_diary = diary_export_text(self.app.dirs.history_file) is not None
        except OSError:
            has_diary = False  # unreadable: the export says so if asked to include it
        include_diary = has_diary and dialogs.confirm(
            translate("Caregiving", "Export setup"),
            translate(
                "Caregiving",
                "Include the sleep diary and startle log? They are health information: include "
                "them only when the file goes somewhere you trust.",
            ),
        )
        try:
            export_bundle(self.app.dirs, path, include_lock, include_diary)
        except OSError as exc:
            self.tell(
                translate("Caregiving", "The setup could not be written: {exc}").format(
                    exc=exc.strerror or exc
                )
            )
            return
        extras = [
            w
            for w, on in (
                (translate("Caregiving", "the PIN lock"), include_lock),
                (translate("Caregiving", "the sleep diary"), include_diary),
            )
            if on
        ]
        also = (
            translate("Caregiving", " with {parts}").format(
                parts=translate("Caregiving", " and ").join(extras)
            )
            if extras
            else ""
        )
        self.tell(
            translate("Caregiving", "The setup was saved{also} to {path}.").format(
                also=also, path=path
            )
        )

    def import_setup(self) -> None:
        dialogs = self.app.dialogs
        path = dialogs.ask_open_path(
            translate("Caregiving", "Import setup"),
            Path.home(),
            translate("caregiver_wiring", SETUP_FILTER),
        )
        if path is None:
            return
        try:
            plan = plan_import(path, self.app.dirs)
        except BundleError as exc:
            self.tell(
                translate("Caregiving", "{name} was not imported: {exc}").format(
                    name=path.name, exc=in_words(exc.said)
                )
            )
            return
        if not dialogs.confirm(
            translate("Caregiving", "Import setup"),
            translate("Caregiving", "This setup will:\n\n") + import_summary(plan.changes),
        ):
            return
        try:
            apply_import(plan, self.app.dirs)
        except BundleError as exc:
            self.tell(
                translate("Caregiving", "{name} was not imported: {exc}").format(
                    name=path.name, exc=in_words(exc.said)
                )
            )
            return
        self.app.preferences.reload()
        record, attempts = self.store.load()
        self.lock.record, self.lock.attempts = record, attempts
        if self.app.evening is not None:
            evening = self.app.evening
            evening.bedtimes, evening.items, _p = evening.store.load()
            evening.refresh()
        self.app.reload_routines()
        self.apply()

    def configure(
        self,
        name: str,
        simple: bool,
        high_contrast: bool,
        large_text: bool,
        pin: str | None,
        remove_lock: bool,
    ) -> None:
        self._set_lock(pin, remove_lock)
        self.app.save_settings(
            replace(
                self.app.settings,
                person_name=name,
                simple_mode=simple,
                high_contrast=high_contrast,
                large_text=large_text,
            )
        )
        self.apply()
