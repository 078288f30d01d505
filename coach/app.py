"""The composition root: builds the application and wires its pieces together."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtMultimedia import QAudioDevice
from PySide6.QtWidgets import QApplication, QMessageBox

from coach.adapters.leftovers import remove_leftovers
from coach.adapters.process_memory import private_kb, rss_kb
from coach.adapters.qt_scheduler import QtScheduler
from coach.adapters.recordings import Recordings
from coach.adapters.routine_library import RoutineLibrary
from coach.adapters.single_instance import (
    InstanceServer,
    hand_over_waiting,
    instance_address,
)
from coach.adapters.speech.chain import BACKENDS
from coach.adapters.speech.protocol import SpeechBackend
from coach.adapters.translations import install as install_translations
from coach.adapters.translations import window_language
from coach.adapters.voice_worker import VoiceWorker
from coach.application import App, routine_id
from coach.audio.player import SoundSystem, default_output
from coach.audio.sound_server import server_gone
from coach.caregiver_wiring import Caregiving
from coach.core.clock import Clock, MonotonicClock, Scheduler, SleepWatch, boot_clock
from coach.core.library import UnknownRoutine, resolve
from coach.core.night import night_seconds
from coach.core.reminders import Reminder
from coach.core.routine_format import RoutineError
from coach.core.session import ENDED, State
from coach.core.timeline import compile_timeline
from coach.diary_wiring import Diary
from coach.evening_controller import EveningController
from coach.evening_wiring import wire_evening
from coach.first_paint import FirstWindow, open_home
from coach.gui_arguments import build_gui_parser
from coach.paths import UserDirs, assets_dir
from coach.routine_actions import RoutineActions
from coach.session_controller import SessionController
from coach.settings_service import SettingsService
from coach.texts.said import error_in_words, problem_in_words
from coach.ui import plain_text
from coach.ui.dialogs import Dialogs, QtDialogs
from coach.ui.main_window import MainWindow
from coach.voice_preview import VoicePreview

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from coach.adapters.sound_helper import LoadedSound
    from coach.audio.mix_plan import MixPlan

log = logging.getLogger("coach")
#: Background work (the speech helper) waits this long after start-up (ms).
STARTUP_QUIET_MS = 2000
#: The memory probe waits at most this long after a session for its sound to be let go (s).
PROBE_WAIT_S = 30


def build(
    *,
    dirs: UserDirs | None = None,
    clock: Clock | None = None,
    scheduler: Scheduler | None = None,
    audio_output: Callable[[], QAudioDevice | None] = default_output,
    backends: tuple[Callable[[], SpeechBackend], ...] = BACKENDS,
    wall_clock: Callable[[], datetime] | None = None,
    reminder_scheduler: Scheduler | None = None,
    tray: bool = True,
    zone: tzinfo | None = None,
    bath_scheduler: Scheduler | None = None,
    sleep_clocks: tuple[Callable[[], float], Callable[[], float]] | None = None,
    sleep_check_ms: int = 5000,
    quit_scheduler: Scheduler | None = None,
    quit_app: Callable[[], None] = QApplication.quit,
    dialogs: Dialogs | None = None,
    morning_scheduler: Scheduler | None = None,
    first: FirstWindow | None = None,
) -> App:
    """Create the window and everything behind it, or complete the *first* window
    painted (:mod:`coach.first_paint`); a QApplication must exist."""
    dirs = dirs or UserDirs.default()
    qt_app = QApplication.instance()
    if isinstance(qt_app, QApplication):
        plain_text.install(qt_app)  # every label made from now on
    first = first or open_home(dirs)
    store, settings, problems = first.store, first.settings, first.problems
    worker = VoiceWorker(dirs.voice_cache, backends)
    preferences = SettingsService(store, settings, assets_dir() / "sounds")
    real_audio = audio_output is default_output
    sound = SoundSystem() if real_audio else None
    if sound is not None:
        # Every stream of the app asks the one SoundSystem, which never hands out an
        # output once Qt's sound connection is dead (Qt would abort the app).
        audio_output = sound.output
    controller = SessionController(
        worker,
        preferences.voice_for,
        audio_output,
        clock or MonotonicClock(),
        scheduler or QtScheduler(),
        sounds=preferences.sounds_for,
        no_output_notice=sound.notice if sound is not None else lambda: None,
        # The real sound plays from a helper process (numpy and the prompts stay there).
        sound_helper=launch_sound_helper if real_audio else None,
        # The helper finds the device itself: Qt's multimedia back end (the FFmpeg
        # plugin, Qt Quick and more: ~12 MiB) is not loaded for it.
        sound_server_up=(lambda: not server_gone()) if real_audio else None,
    )
    language = first.language
    window = first.window
    window.add_pages(assets_dir() / "body" / "body-map.svg")
    plain_text.make_plain(window)
    _connect_session(window, controller)
    recordings = Recordings(dirs.recordings)
    app = App(
        window,
        controller,
        worker,
        preferences,
        dirs,
        VoicePreview(worker, audio_output, window),
        recordings,
        dialogs or QtDialogs(lambda: QApplication.activeModalWidget() or window),
    )
    app.language = language
    app.system_language = window_language("", os.environ)
    preferences.changed.connect(lambda _settings: window.session.apply_display(app.display()))
    app.audio_output = audio_output
    worker.voices_listed.connect(app.remember_voices)
    # The speech helper starts a moment after the window is up, not before.
    warm_up = QTimer(window)
    warm_up.setSingleShot(True)
    warm_up.timeout.connect(worker.list_voices)
    if not real_audio:  # (with real sound, the helper process mixes)
        warm_up.timeout.connect(_load_the_mixer_while_idle)
    warm_up.start(STARTUP_QUIET_MS)
    app.voice_warm_up = warm_up
    window.preferences_requested.connect(app.open_preferences)
    window.home.about_requested.connect(app.open_about)
    window.session.apply_display(app.display())
    window.home.start_requested.connect(
        lambda routine: (
            app.save_settings(replace(app.settings, routine=routine_id(routine)))
            if routine_id(routine) != app.settings.routine
            else None
        )
    )
    app.routines = RoutineActions(
        app,
        RoutineLibrary(assets_dir() / "routines", dirs.user_routines, app.language),
    )
    parts = wire_evening(app, wall_clock, reminder_scheduler, tray, zone, bath_scheduler)
    evening = parts.evening
    app.evening, app.history, app.edit_plan = evening, parts.history, parts.edit_plan
    app.tray, app.tray_menu = parts.tray, parts.tray_menu
    app.diary = _wire_diary(app, evening, parts.notify, morning_scheduler or QtScheduler(window))
    _watch_devices_and_sleep(app, real_audio, sleep_clocks, sleep_check_ms)
    app.quit_app = quit_app
    _quit_after_sessions(app, quit_scheduler or QtScheduler(window), quit_app)
    app.care = Caregiving(app, evening)
    controller.recordings = lambda routine: recordings.existing(
        routine.source, compile_timeline(routine).texts()
    )
    _wire_night(app, evening)
    app.geometry = first.geometry
    if problems:
        window.show_notice(
            translate(
                "app", "Some settings could not be used and were set back to their defaults:\n"
            )
            + "\n".join(problem_in_words(p) for p in problems)
        )
    return app


def _connect_session(window: MainWindow, controller: SessionController) -> None:
    """The window shows what the session controller says and forwards what is asked."""
    window.home.start_requested.connect(controller.start)
    window.pause_requested.connect(controller.toggle_pause)
    window.previous_requested.connect(controller.previous_step)
    window.next_requested.connect(controller.next_step)
    window.stop_requested.connect(controller.stop)
    window.region_chosen.connect(controller.jump_to_region)
    window.progress = controller.progress
    window.previewing = lambda: controller.preview
    controller.state_changed.connect(window.show_state)
    controller.cue_changed.connect(window.session.show_cue)
    controller.body_changed.connect(window.session.show_body)
    controller.jumped.connect(window.show_jump)
    controller.section_changed.connect(window.session.show_section)
    controller.preparing.connect(window.session.show_preparing)
    controller.notice_changed.connect(window.show_session_notice)


def _wire_night(app: App, evening: EveningController) -> None:
    """The background through the night: how long it plays on (the setting, from the
    clock and the plan's get-up time) and what the session page says meanwhile."""
    ends: list[datetime] = []  # when tonight's background fades away

    def night(session_seconds: float) -> float:
        session_ends = evening.local_now() + timedelta(seconds=session_seconds)
        seconds = night_seconds(
            app.settings.background_until, session_ends, evening.bedtimes.wake, evening.zone
        )
        ends[:] = [session_ends + timedelta(seconds=seconds)]
        return seconds

    def show(seconds: float) -> None:
        text = ""
        if seconds > 0 and ends:
            text = translate(
                "app",
                "The background sound plays on until {time}, then fades away. Escape stops it.",
            ).format(time=f"{ends[0]:%H:%M}")
        app.window.session.show_night(text)

    app.controller.night = night
    app.controller.night_changed.connect(show)


def launch_sound_helper(plan: MixPlan) -> LoadedSound:
    """A sound helper process playing *plan* (loaded with the first session)."""
    from coach.adapters.sound_helper import launch

    return launch(plan)


def _load_the_mixer_while_idle() -> None:
    """numpy and the mixer load on a thread once the window has been up a moment, so
    neither start-up nor the first session's "Preparing" waits for them."""

    def load() -> None:
        import coach.audio.session_audio  # noqa: F401 - the import is the point

    threading.Thread(target=load, name="coach-preload", daemon=True).start()


def _wire_diary(
    app: App,
    evening: EveningController,
    notify: Callable[[Reminder], None],
    morning: Scheduler,
) -> Diary:
    """The diary joined to the home page, simple mode, the session screen and the tray."""
    diary = Diary(app, evening, notify, morning)
    window = app.window
    window.home.diary_requested.connect(lambda: diary.check_in())
    window.home.history_requested.connect(diary.open_history)
    window.simple.diary_requested.connect(diary.quick_check_in)
    window.startle_requested.connect(lambda: diary.log_startle())
    if app.tray is not None and app.tray_menu is not None:
        startle = QAction(translate("app", "I startled…"), app.tray_menu)
        startle.triggered.connect(lambda: diary.log_startle())
        checkin = QAction(translate("app", "How did you sleep?…"), app.tray_menu)
        checkin.triggered.connect(lambda: diary.check_in())
        quit_action = app.tray_menu.actions()[-1]
        app.tray_menu.insertAction(quit_action, startle)
        app.tray_menu.insertAction(quit_action, checkin)
        app.tray.messageClicked.connect(
            lambda: diary.check_in() if not diary.record_has_last_night() else None
        )
    diary.offer()
    diary.schedule_morning()
    return diary


def _quit_after_sessions(app: App, scheduler: Scheduler, quit_app: Callable[[], None]) -> None:
    """Close the app a set time after a session ends in sleep (if the setting asks)."""

    def follow(state: State) -> None:
        minutes = app.settings.quit_after_minutes
        if state is State.FINISHED and minutes and not app.controller.preview:
            log.info("quitting in %d minutes", minutes)
            scheduler.call_later(minutes * 60.0, quit_app)
        elif state in (State.PREPARING, State.RUNNING):
            scheduler.cancel()  # another session: stay

    def night(seconds: float) -> None:
        # The background through the night: the minutes count from its end instead.
        if seconds > 0:
            scheduler.cancel()
        elif app.controller.state is State.FINISHED:
            follow(State.FINISHED)

    app.controller.state_changed.connect(follow)
    app.controller.night_changed.connect(night)
    app.quit_later = scheduler


def _watch_devices_and_sleep(
    app: App,
    real_audio: bool,
    sleep_clocks: tuple[Callable[[], float], Callable[[], float]] | None,
    interval_ms: int,
) -> None:
    """Bring the voice back when a sound device returns; pause a session after a suspend.

    *sleep_clocks* is (monotonic, boot time); by default the system's, where it has a
    boot-time clock (Linux), and no suspend check elsewhere.
    """
    import time

    def watch_devices() -> None:
        # Only when the voice needs a device it lacks, or plays in this process: the
        # multimedia back end is not loaded at start-up, nor for the sound helper.
        if real_audio and app.media_devices is None:
            from PySide6.QtMultimedia import QMediaDevices

            app.media_devices = QMediaDevices(app.window)
            app.media_devices.audioOutputsChanged.connect(app.controller.devices_changed)

    app.controller.devices_wanted.connect(watch_devices)
    if sleep_clocks is None:
        boot = boot_clock()
        if boot is None:
            return
        sleep_clocks = (time.monotonic, boot)
    monotonic, boot_time = sleep_clocks
    timer = QTimer(app.window)
    timer.setInterval(interval_ms)
    timer.setTimerType(Qt.TimerType.CoarseTimer)
    watch: list[SleepWatch] = []

    def check() -> None:
        if watch:
            app.controller.check_for_sleep(watch[0].check())

    def follow(state: State) -> None:
        if state is State.RUNNING:
            watch[:] = [SleepWatch(monotonic, boot_time)]  # from the moment it runs
            timer.start()
        else:
            timer.stop()

    timer.timeout.connect(check)
    app.controller.state_changed.connect(follow)


def _probe_memory_after_session(app: App, qt_app: QApplication) -> None:
    """For the benchmarks: once a session has ended and let go of its sound, report the
    memory this process holds, then leave."""
    watch = QTimer(app.window)
    watch.setInterval(100)
    looks = [0]

    def look() -> None:
        looks[0] += 1
        released = not app.controller.audio_playing
        # Never wait for ever: a stream the sound server never reports idle (seen twice in
        # CI) is reported as not let go after PROBE_WAIT_S, rather than hanging the bench.
        if app.controller.state in ENDED and (released or looks[0] * 0.1 >= PROBE_WAIT_S):
            watch.stop()
            print(
                f"coach-after-session rss_kb={rss_kb()} private_kb={private_kb()} "
                f"released={int(released)}",
                flush=True,
            )
            qt_app.quit()

    watch.timeout.connect(look)
    app.controller.state_changed.connect(lambda state: watch.start() if state in ENDED else None)


def _open(app: App, args: argparse.Namespace) -> None:
    """Do what the command line asked: select a routine, or start it at once."""
    if not args.routine:
        return
    try:
        if args.start:
            app.start(args.routine)
        else:
            routine = resolve(args.routine, assets_dir() / "routines", app.dirs.user_routines)
            app.reload_routines(routine)
    except (RoutineError, UnknownRoutine) as exc:
        QMessageBox.warning(app.window, translate("app", "Routine not found"), error_in_words(exc))


def _another_launch(app: App, argv: list[str]) -> None:
    """A second launch: bring the window forward and do what it asked."""
    log.info("another launch: %s", argv)
    window = app.window
    window.showNormal()
    window.raise_()
    window.activateWindow()
    try:
        args = build_gui_parser().parse_args(argv)
    except SystemExit:
        return
    _open(app, args)


def refuse_second_launch(qt_app: QApplication, dirs: UserDirs) -> int:
    """Another app holds the lock: hand it this launch's arguments, or say it does not
    answer (no window)."""
    if hand_over_waiting(sys.argv[1:], instance_address(dirs.state, dirs.config)):
        log.info("handed the arguments to the running app")
        return 0
    install_translations(qt_app, window_language("", os.environ))  # no window to wait for
    print(
        translate(
            "app",
            "Wind-Down Coach seems to be running already, but it does not answer. "
            "Close it (or end it in the system monitor) and start it again.",
        ),
        file=sys.stderr,
    )
    return 1


def complete(
    qt_app: QApplication,
    first: FirstWindow,
    args: argparse.Namespace,
    release_lock: Callable[[], None],
    *,
    probe: bool = False,
    first_run: bool = False,
) -> App:
    """Once the home page has been painted: build everything behind it, then do what
    the command line asked (a routine, a session at once, the first-run welcome)."""
    dirs = UserDirs.default()
    if not probe:
        remove_leftovers(dirs)  # only now: another instance may be mid-write until we hold the lock
    app = build(dirs=dirs, first=first)
    if not probe:
        app.instance_server = InstanceServer(
            lambda argv: _another_launch(app, argv),
            instance_address(dirs.state, dirs.config),
            app.window,
        )
    _open(app, args)
    if first_run and not probe and not args.start and app.care is not None:
        app.care.welcome()
    if os.environ.get("COACH_MEMORY_PROBE"):
        _probe_memory_after_session(app, qt_app)
    if args.quit_when_done:

        def quit_if_ended(state: State) -> None:
            if state in ENDED:
                # Let the last words and the fade-out finish playing first.
                QTimer.singleShot(1500, qt_app.quit)

        app.controller.state_changed.connect(quit_if_ended)
    qt_app.aboutToQuit.connect(app.shutdown)
    qt_app.aboutToQuit.connect(release_lock)
    return app
