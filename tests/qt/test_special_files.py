"""The window starts, and says why, when its files are FIFOs (it used to hang)."""

from __future__ import annotations

import os

from .conftest import Harness


def test_the_window_starts_with_fifos_for_its_files(qtbot, tmp_path) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    for name in ("settings.toml", "evening.toml", "lock.toml"):
        os.mkfifo(home / "config" / name)
    routines = home / "data" / "routines"
    routines.mkdir(parents=True)
    os.mkfifo(routines / "fifo.toml")
    h = Harness(qtbot, home)
    try:
        text = h.window.notice.text()
        assert "not a regular file" in text  # said, not hung
        entries = h.window.home_entries()
        assert any(e.routine is None and "not a regular file" in str(e.error) for e in entries)
    finally:
        h.close()
