"""Closing the window keeps the app in the system tray; with no tray, closing quits.

The real app on a real X screen (Xvfb) with a real tray host (trayer), closed the way
a window manager closes it (WM_DELETE_WINDOW).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.desktop import Desktop, desktop, wait_until
from support.processes import stop

from coach.adapters.settings_store import SettingsStore
from coach.core.settings import Settings, parse_settings

pytestmark = pytest.mark.e2e
TITLE = "Wind-Down Coach"


def _launch(screen: Desktop, home: Path) -> subprocess.Popen[bytes]:
    SettingsStore(home / "config" / "settings.toml").save(Settings())  # not a first run
    env = {**screen.env(), "WIND_DOWN_COACH_HOME": str(home), "PULSE_SERVER": "unix:/nonexistent"}
    with (home / "stderr.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "coach"], env=env, stdout=subprocess.DEVNULL, stderr=log
        )


def _main_window(screen: Desktop, app: subprocess.Popen[bytes]) -> int:
    found: list[int] = []

    def shown() -> bool:
        window = screen.find_window(TITLE, app.pid)
        if window is not None and screen.viewable(window):
            found.append(window)
            return True
        assert app.poll() is None, "the app stopped"
        return False

    wait_until(shown, 60, "the main window")
    return found[-1]


def test_closing_the_window_keeps_the_app_in_the_tray(tmp_path: Path) -> None:
    with desktop(tray=True) as screen:
        app = _launch(screen, tmp_path / "home")
        try:
            window = _main_window(screen, app)
            screen.close_window(window)
            try:
                wait_until(lambda: not screen.viewable(window), 20, "the window to hide")
            except AssertionError:
                log = (tmp_path / "home" / "stderr.log").read_text(errors="replace")
                raise AssertionError(f"the window stayed open; the app said:\n{log}") from None
            with pytest.raises(subprocess.TimeoutExpired):
                app.wait(timeout=2)  # still running, in the tray
            text = (tmp_path / "home" / "config" / "settings.toml").read_text()
            settings, _ = parse_settings(text)
            assert settings.tray_hint_shown  # it said so, once
        finally:
            stop(app, 15)


def test_with_no_tray_closing_the_window_quits(tmp_path: Path) -> None:
    with desktop(tray=False) as screen:
        app = _launch(screen, tmp_path / "home")
        try:
            window = _main_window(screen, app)
            screen.close_window(window)
            try:
                status = app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                still = screen.viewable(window)
                raise AssertionError(
                    f"the app did not quit (window still shown: {still})"
                ) from None
            assert status == 0
        finally:
            stop(app, 15)
        log = (tmp_path / "home" / "stderr.log").read_text(errors="replace")
        assert "Traceback" not in log, log
        assert os.environ.get("DISPLAY") != screen.name  # the test's own screen only


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_quits_cleanly(tmp_path: Path, name: str) -> None:
    import signal

    home = tmp_path / "home"
    with desktop(tray=False) as screen:
        app = _launch(screen, home)
        try:
            _main_window(screen, app)
            app.send_signal(getattr(signal, name))
            status = app.wait(timeout=30)
        finally:
            stop(app, 15)
    assert status == 0  # quit the way Quit does, not killed (-15 / 143)
    assert not list((home / "data").glob("*-wal"))  # the history was closed
    log = (home / "stderr.log").read_text(errors="replace")
    assert "Traceback" not in log, log
