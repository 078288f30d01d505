"""No network, private files, diagnostics without personal notes, a log for support."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from coach.adapters.logs import setup_logging
from coach.core.formatting import as_text
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.ui.about_dialog import AboutDialog

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_a_session_and_the_evening_plan_open_no_network_connection(
    make_harness, monkeypatch
) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the app tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    h = make_harness()
    h.window.home.tonight_button.click()
    h.app.evening.check("screens-off", "done")
    h.app.controller.start(load_routine(SHORT))
    h.wait_running()
    h.scheduler.run_until_idle()
    assert h.app.controller.state is State.FINISHED


def test_user_files_are_private(harness) -> None:
    harness.app.evening.check("screens-off", "done")
    harness.app.save_settings(harness.app.settings)
    harness.app.evening.set_plan(harness.app.evening.bedtimes, harness.app.evening.items)
    dirs = harness.app.dirs
    for path in (dirs.settings_file, dirs.plan_file, dirs.history_file):
        assert (path.stat().st_mode & 0o777) == 0o600, path
    for folder in (dirs.config, dirs.data):
        assert (folder.stat().st_mode & 0o777) == 0o700, folder


def test_about_shows_versions_and_copies_diagnostics_without_personal_notes(harness, qtbot) -> None:
    actions = harness.app.routines
    from dataclasses import replace

    copy = actions.library.duplicate(load_routine(SHORT))
    actions.library.save(replace(copy, name="Grandma's own words"), copy.source)
    rows = dict(harness.app.diagnostics())
    assert rows["Wind-Down Coach"] and rows["Audio output"] == "none found"
    assert rows["Data folder"] == str(harness.app.dirs.data)
    dialog = AboutDialog(harness.app.diagnostics(), harness.window)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    from PySide6.QtWidgets import QApplication

    text = QApplication.clipboard().text()
    assert text == as_text(harness.app.diagnostics())
    assert "Grandma" not in text and "Voice engine" in text


def test_log_file_rotates_and_is_private(tmp_path: Path) -> None:
    import logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging(tmp_path / "state", "CRITICAL")
        assert path is not None and (path.stat().st_mode & 0o777) == 0o600
        logging.getLogger("coach.test").info("hello from the test")
        for handler in root.handlers:
            handler.flush()
        assert "hello from the test" in path.read_text()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


@pytest.mark.parametrize("bad", ["rate = [", "version = 9\n"])
def test_broken_settings_are_moved_aside_and_the_user_told(
    make_harness, tmp_path: Path, bad: str
) -> None:
    home = tmp_path / "h0"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.toml").write_text(bad)
    h = make_harness()
    assert "kept as" in h.window.notice.text()
    assert list((home / "config").glob("settings.toml.broken-*"))
