"""Joins the evening plan to the window, the tray and the session (called by the app)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coach.adapters import autostart
from coach.adapters.history import History
from coach.adapters.local_zone import local_zone
from coach.adapters.notifier import TrayNotifier, WindowNotifier
from coach.adapters.plan_store import PlanStore
from coach.adapters.qt_scheduler import QtScheduler
from coach.core.clock import Scheduler
from coach.core.reminders import Reminder
from coach.core.session import State
from coach.core.words import marked
from coach.evening_controller import BATH_WORDS, EveningController
from coach.paths import assets_dir
from coach.texts.reminders import in_words
from coach.texts.said import problem_in_words

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from coach.application import App

NO_TRAY_NOTICE = marked(
    "evening_wiring",
    "There is no system tray here, so reminders appear in this window; keep it open in the "
    "evening.",
)
TRAY_HINT = marked(
    "evening_wiring",
    "Wind-Down Coach is still running in the tray so it can remind you this "
    "evening. Choose Quit from its menu to close it completely.",
)


@dataclass(frozen=True)
class EveningParts:
    """What the evening's wiring made: the composition root keeps them in the App."""

    evening: EveningController
    history: History
    tray: QSystemTrayIcon | None
    tray_menu: QMenu | None
    #: Opens the bedtime and checklist editor.
    edit_plan: Callable[[], None]
    #: Tells the person something gently (the tray, else the window; held in a session).
    notify: Callable[[Reminder], None]


def wire_evening(
    app: App,
    now: Callable[[], datetime] | None = None,
    scheduler: Scheduler | None = None,
    tray_allowed: bool = True,
    zone: tzinfo | None = None,
    bath_scheduler: Scheduler | None = None,
) -> EveningParts:
    """The evening plan, its reminders and the tray, made and connected to the window;
    the composition root keeps what is returned."""
    window = app.window
    zone = zone or local_zone()
    clock = now or (lambda: datetime.now(zone))
    try:
        history = History(app.dirs.history_file)
    except Exception as exc:  # a broken database must not stop the app: keep this night in memory
        window.show_notice(
            translate(
                "evening_wiring",
                "The nights' record could not be opened ({exc}); tonight's ticks will not be kept.",
            ).format(exc=exc)
        )
        history = History(Path(":memory:"))
    if history.moved_aside is not None:
        window.add_notice(
            translate(
                "evening_wiring",
                "The record of past nights was damaged, so a new one was started; the old file is "
                "kept as {moved_aside}.",
            ).format(moved_aside=history.moved_aside)
        )
    tray: QSystemTrayIcon | None = None
    if tray_allowed and QSystemTrayIcon.isSystemTrayAvailable():
        tray = QSystemTrayIcon(QIcon(str(assets_dir() / "icons" / "wind-down-coach.svg")), window)
        tray.setToolTip(translate("evening_wiring", "Wind-Down Coach"))
        tray.show()
    window_notifier = WindowNotifier(window.add_notice)
    notifiers: list[TrayNotifier | WindowNotifier] = [window_notifier]
    if tray is not None:
        with contextlib.suppress(RuntimeError):
            notifiers.insert(0, TrayNotifier(tray))

    def deliver(reminder: Reminder) -> None:
        reminder = in_words(reminder)
        for notifier in notifiers:  # the first that works; the window always does
            try:
                notifier.notify(reminder)
            except Exception:
                continue
            return

    # Nothing pops up over a running session: what comes due waits, and is said after
    # a session that was stopped — or not at all once it ended in sleep.
    held: list[Reminder] = []

    def notify(reminder: Reminder) -> None:
        if app.controller.state in (State.PREPARING, State.RUNNING, State.PAUSED):
            held.append(reminder)
        else:
            deliver(reminder)

    def after_session(state: State) -> None:
        if state is State.FINISHED and not app.controller.preview:
            held.clear()  # ended in sleep
        elif state in (State.STOPPED, State.FINISHED) and held:
            deliver(_while_relaxing(held))
            held.clear()

    app.controller.state_changed.connect(after_session)

    evening = EveningController(
        history,
        PlanStore(app.dirs.plan_file),
        clock,
        zone,
        scheduler or QtScheduler(window),
        notify,
        bath_scheduler or QtScheduler(window),
        window,
    )
    page = window.tonight
    evening.plan_changed.connect(lambda plan, states: page.show_plan(plan, states, clock()))
    page.check_requested.connect(evening.check)
    page.start_requested.connect(lambda: app.start(app.settings.routine))
    page.bath_requested.connect(lambda: _start_bath(app, evening))
    page.bath_cancel_requested.connect(evening.cancel_bath)
    evening.bath_changed.connect(lambda: page.show_bath(evening.bath_minutes_left()))

    def edit_plan() -> None:
        _edit_plan(app, evening)

    page.plan_settings_requested.connect(edit_plan)
    evening.bath_finished.connect(lambda: _bath_cue(app))
    app.controller.state_changed.connect(
        lambda value: (
            evening.session_state(value, app.controller.routine.name)
            if app.controller.routine is not None
            and not app.controller.preview  # the editor's Play is not the night's relaxation
            else None
        )
    )
    refresh = QTimer(window)
    refresh.setInterval(60_000)
    refresh.setTimerType(Qt.TimerType.VeryCoarseTimer)
    refresh.timeout.connect(
        lambda: evening.refresh() if window.pages.currentWidget() is page else None
    )
    refresh.timeout.connect(lambda: page.show_bath(evening.bath_minutes_left()))
    refresh.start()
    window.pages.currentChanged.connect(
        lambda _i: evening.refresh() if window.pages.currentWidget() is page else None
    )
    if tray is None:
        window.add_notice(translate("evening_wiring", NO_TRAY_NOTICE))
    evening.refresh()
    if evening.problems:
        window.add_notice(
            translate(
                "evening_wiring",
                "The evening plan file could not be used, so the default plan is "
                "shown (the file is kept):\n",
            )
            + "\n".join(problem_in_words(p) for p in evening.problems)
        )
    menu = None
    if tray is not None:
        menu = _tray_menu(app, tray)
        window.close_requested_to_tray = lambda: _close_to_tray(app)
    return EveningParts(evening, history, tray, menu, edit_plan, notify)


def _tray_menu(app: App, tray: QSystemTrayIcon) -> QMenu:
    window = app.window
    menu = QMenu(window)

    def open_window() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def open_tonight() -> None:
        open_window()
        window.show_tonight()

    def start_relaxation() -> None:
        open_window()
        app.start(app.settings.routine)

    for label, action in (
        (translate("evening_wiring", "Open"), open_window),
        (translate("evening_wiring", "Tonight"), open_tonight),
        (translate("evening_wiring", "Start relaxation"), start_relaxation),
        (translate("evening_wiring", "Quit"), app.request_quit),
    ):
        item = QAction(label, menu)
        item.triggered.connect(action)
        menu.addAction(item)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: open_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
    )
    return menu


def _close_to_tray(app: App) -> bool:
    if app.tray is None or not app.settings.close_to_tray:
        return False
    if not app.settings.tray_hint_shown:
        app.tray.showMessage(
            translate("evening_wiring", "Still here"), translate("evening_wiring", TRAY_HINT)
        )
        app.save_settings(replace(app.settings, tray_hint_shown=True))
    return True


def _start_bath(app: App, evening: EveningController) -> None:
    page = app.window.tonight
    if evening.plan is None:
        return
    selected = page.selected_id()
    item = next((p.item for p in evening.plan.items if p.item.id == selected), None)
    minutes = item.duration if item is not None and item.duration else 20
    evening.start_bath(minutes)
    app.window.add_notice(
        translate(
            "evening_wiring",
            "Bath timer: {minutes} minutes. I will tell you when it is time to get out.",
        ).format(minutes=minutes)
    )


#: The bath cue is spoken at this share of the voice volume: a nudge, not an alarm.
BATH_CUE_VOLUME = 0.5


def _bath_cue(app: App) -> None:
    """Say it quietly, without a session: the evening goes on (a session never stops)."""
    if app.controller.state in (State.RUNNING, State.PAUSED, State.PREPARING):
        return  # its reminder waits for the session to end (see notify)
    voice = app.voice_settings(None)
    words = translate("evening_controller", BATH_WORDS)
    app.voice_preview.play(replace(voice, volume=voice.volume * BATH_CUE_VOLUME), words)


def _while_relaxing(held: list[Reminder]) -> Reminder:
    """One quiet note for what came due during a session."""
    if len(held) == 1:
        return held[0]
    items = tuple(i for r in held for i in r.items)
    said = [in_words(r) for r in held]
    return Reminder(
        translate("evening_wiring", "While you were relaxing"),
        "\n".join(f"{r.title}: {r.message}" for r in said),
        items,
    )


def _edit_plan(app: App, evening: EveningController) -> None:
    if not app.may_change_settings():
        return
    from coach.ui.plan_dialog import PlanDialog

    dialog = PlanDialog(evening.bedtimes, evening.items, autostart.is_enabled(), app.window)
    if dialog.exec() and dialog.result_plan is not None:
        bedtimes, items, start_at_login = dialog.result_plan
        try:
            evening.set_plan(bedtimes, items)
        except OSError as exc:
            app.window.add_notice(
                translate(
                    "evening_wiring",
                    "The evening plan could not be saved ({exc}); check that the settings folder "
                    "can be written to.",
                ).format(exc=exc.strerror or exc)
            )
            return
        if autostart.is_enabled() is not None:
            autostart.set_enabled(start_at_login)
