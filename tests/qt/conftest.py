from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.clocks import FakeClock, ManualScheduler
from support.dialogs import ScriptedDialogs
from support.fakes import ToneBackend
from support.leaks import qt_timers_checked

from coach.adapters.translations import install as install_translations
from coach.app import App, build
from coach.paths import UserDirs

BERLIN = ZoneInfo("Europe/Berlin")


class Harness:
    """The real window and controller on a fake clock, with injectable voice and audio."""

    def __init__(
        self,
        qtbot,
        home: Path,
        backends=(ToneBackend,),
        audio_output=lambda: None,
        wall: datetime | None = None,
        **build_options,
    ):
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.scheduler = ManualScheduler(self.clock)
        # The evening's wall clock moves with the same fake clock (Berlin time).
        self.wall_start = wall or datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN)
        self.mono_start = self.clock.now()
        self.reminders = ManualScheduler(self.clock)
        self.bath = ManualScheduler(self.clock)
        #: The morning's "how did you sleep?" at the get-up time.
        self.morning = ManualScheduler(self.clock)
        build_options.setdefault("morning_scheduler", self.morning)
        #: The boot-time clock: the fake clock plus any time spent in a (pretend) suspend.
        self.suspended = 0.0
        build_options.setdefault("sleep_clocks", (self.clock.now, self.boot_time))
        #: What "quit a set time after a session" waits on, and each time the app quit.
        self.later = ManualScheduler(self.clock)
        self.quits: list[float] = []
        build_options.setdefault("quit_scheduler", self.later)
        build_options.setdefault("quit_app", lambda: self.quits.append(self.clock.now()))
        #: The answers to the app's questions, and what it asked and told.
        self.dialogs = build_options.setdefault("dialogs", ScriptedDialogs())
        dirs = UserDirs(home / "config", home / "data", home / "cache", home / "state")
        self.app: App = build(
            dirs=dirs,
            clock=self.clock,
            scheduler=self.scheduler,
            audio_output=audio_output,
            backends=backends,
            wall_clock=self.wall_now,
            reminder_scheduler=self.reminders,
            bath_scheduler=self.bath,
            zone=BERLIN,
            **build_options,
        )
        self.window = self.app.window
        qtbot.addWidget(self.window)

    def wait_running(self) -> None:
        controller = self.app.controller
        self.qtbot.waitUntil(lambda: controller.state.value == "running", timeout=20000)

    def boot_time(self) -> float:
        return self.clock.now() + self.suspended

    def wall_now(self) -> datetime:
        return self.wall_start + timedelta(seconds=self.clock.now() - self.mono_start)

    def advance(self, seconds: float) -> None:
        self.scheduler.advance(seconds)

    def close(self) -> None:
        self.app.shutdown()


@pytest.fixture
def harness(qtbot, tmp_path: Path) -> Iterator[Harness]:
    h = Harness(qtbot, tmp_path)
    yield h
    h.close()


@pytest.fixture
def make_harness(qtbot, tmp_path: Path) -> Iterator:
    made: list[Harness] = []

    def make(**kwargs) -> Harness:
        h = Harness(qtbot, tmp_path / f"h{len(made)}", **kwargs)
        made.append(h)
        return h

    yield make
    for h in made:
        h.close()


@pytest.fixture(autouse=True)
def _english_again_after_the_test(qapp) -> Iterator[None]:
    """Every test starts in English (its plurals come from the English catalogue), and a
    test that showed the app in another language leaves English behind it."""
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "en")


@pytest.fixture(params=["en", "ru", "pseudo"])
def language(request, qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The test's windows in English, in Russian, and in a pseudo-language 40 % longer
    than English (list it before ``harness``: the app is built in it)."""
    from support.languages import show_pseudo

    pseudo = None
    if request.param == "ru":
        monkeypatch.setenv("LANGUAGE", "ru")
        install_translations(qapp, "ru")
    elif request.param == "pseudo":
        pseudo = show_pseudo(qapp)
    try:
        yield request.param
    finally:
        if pseudo is not None:
            qapp.removeTranslator(pseudo)
            pseudo.deleteLater()


@pytest.fixture(autouse=True)
def _no_timer_left_running(monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[None]:
    yield from qt_timers_checked(monkeypatch)


@pytest.fixture(params=[False, True], ids=["normal-text", "large-text"])
def large_text(request, qapp) -> Iterator[bool]:
    """The app's theme at normal and at large text (restored afterwards)."""
    from coach.ui import theme

    theme.apply(qapp, large_text=request.param)
    try:
        yield request.param
    finally:
        theme.apply(qapp)
