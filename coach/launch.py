"""Opening the window: the home page is painted first, then the composition root
(:mod:`coach.app`) builds the rest and the app runs until it is closed.

Before the first paint only what the home page needs is loaded; the rest of the app
(its multimedia, network and session modules) is imported once the window is up.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import signal
import sys
import time

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from coach import __version__
from coach.adapters.instance_lock import InstanceLock
from coach.adapters.process_memory import private_kb, rss_kb
from coach.first_paint import FirstWindow, open_home
from coach.paths import UserDirs
from coach.ui import theme

log = logging.getLogger("coach")
#: What is loaded only once the window has been painted (the start-up probe says which
#: of them were loaded before: none should be).
AFTER_FIRST_PAINT = (
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "coach.app",
    "coach.application",
    "coach.session_controller",
    "coach.ui.session_page",
    "coach.adapters.logs",
)


def run(args: argparse.Namespace) -> int:
    """Open the window (and maybe start a session) and run until it is closed."""
    dirs = UserDirs.default()
    early = EarlyRecords()  # the log file is opened once the window is up
    logging.getLogger().addHandler(early)
    logging.getLogger().setLevel(logging.DEBUG)  # the handlers choose what they keep
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("Wind-Down Coach")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("wind-down-coach")
    # For the benchmarks: report when the window is first painted (no lock, no server).
    probe = bool(os.environ.get("COACH_STARTUP_PROBE"))
    lock = InstanceLock(dirs.state / "instance.lock")
    if not probe and not lock.acquire():
        early.hand_over(dirs)
        gc.enable()
        from coach.app import refuse_second_launch

        return refuse_second_launch(qt_app, dirs)
    _quit_on_signals(qt_app)  # from the start: a logout may come at any moment
    theme.apply(qt_app)
    first_run = not dirs.settings_file.exists()
    try:
        first = open_home(dirs)
    except BaseException:
        early.hand_over(dirs)  # what was logged before goes to the log
        raise
    if probe:
        first.window.first_painted.connect(lambda: _report_startup(qt_app))
    held: list[object] = []  # the complete app, kept for as long as the loop runs
    first.window.first_painted.connect(
        lambda: held.append(_complete(qt_app, early, dirs, first, args, lock, probe, first_run))
    )
    first.window.show()
    return qt_app.exec()


def _complete(
    qt_app: QApplication,
    early: EarlyRecords,
    dirs: UserDirs,
    first: FirstWindow,
    args: argparse.Namespace,
    lock: InstanceLock,
    probe: bool,
    first_run: bool,
) -> object:
    """The rest of the app; should building it fail, the program ends with the error
    (as it did when everything was built before the window showed)."""
    try:
        early.hand_over(dirs)
        from coach.app import complete

        app = complete(qt_app, first, args, lock.release, probe=probe, first_run=first_run)
        collect_from_now_on()
        if probe:
            print(
                f"coach-complete collecting={int(gc.isenabled())} "
                f"set_aside={gc.get_freeze_count()}",
                flush=True,
            )
        return app
    except BaseException:
        collect_from_now_on()
        log.exception("the app could not be built")
        first.window.quitting = True
        qt_app.exit(1)
        raise


class EarlyRecords(logging.Handler):
    """What is logged before the log file is open (before the first paint), written
    to it once it is."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def hand_over(self, dirs: UserDirs) -> None:
        """Open the log (stderr and the rotating file) and give it what came before."""
        from coach.adapters.logs import setup_logging

        root = logging.getLogger()
        root.removeHandler(self)
        setup_logging(dirs.state, os.environ.get("COACH_LOG_LEVEL", "WARNING"))
        for record in self.records:
            for handler in root.handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)
        self.records.clear()


def collect_from_now_on() -> None:
    """Python's collector, off during start-up (``coach.main``), on again: one collection
    now, then what start-up made is set aside (``gc.freeze``), so that no later collection
    — on the window's thread, during a session — walks the app's whole object graph."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _quit_on_signals(qt_app: QApplication) -> None:
    """SIGTERM, SIGINT and SIGHUP (a logout, a kill, Ctrl+C) quit the way Quit does:
    the history is closed, the single-instance socket removed, status 0.

    Python runs signal handlers only when it gets control, and Qt's loop may sleep
    for long; the signal wakes it through a pipe the loop watches.
    """
    read, write = os.pipe()
    os.set_blocking(read, False)
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    quitting = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    for number in quitting:
        signal.signal(number, lambda _n, _f: None)  # the wake-up below does the work

    def wake() -> None:
        arrived = b""
        with contextlib.suppress(OSError):
            arrived = os.read(read, 64)  # the numbers of the signals that came
        if any(number in arrived for number in quitting):  # not another one a library handles
            log.info("quitting on a signal")
            qt_app.quit()

    # The pipe is open for as long as the app runs (the notifier is the app's child).
    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, qt_app)
    notifier.activated.connect(wake)


def _report_startup(qt_app: QApplication) -> None:
    too_soon = ",".join(m for m in AFTER_FIRST_PAINT if m in sys.modules) or "-"
    print(
        f"coach-startup painted={time.monotonic():.6f} rss_kb={rss_kb()} "
        f"private_kb={private_kb()} loaded_too_soon={too_soon}",
        flush=True,
    )
    qt_app.quit()
