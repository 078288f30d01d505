"""The tray's diary entries on a real X screen with a real tray host: "I startled…" opens
the startle dialog and keeps what it says; "How did you sleep?…" is there beside it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.desktop import desktop

pytestmark = pytest.mark.e2e

#: Run inside the X session: the real app with its tray, the menu's action triggered the
#: way a click on it does, the dialog answered with Enter.
SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from coach.adapters.history import DiaryRecord
from coach.app import build
from coach.paths import UserDirs

qt = QApplication(sys.argv[:1])
home = Path(sys.argv[1])
dirs = UserDirs(home / "c", home / "d", home / "k", home / "s")
app = build(dirs=dirs, audio_output=lambda: None)
assert app.tray is not None and app.tray_menu is not None, "no tray"
names = [a.text() for a in app.tray_menu.actions()]
print("menu:", "|".join(names))
startle = next(a for a in app.tray_menu.actions() if a.text() == "I startled…")

def answer():
    dialog = app.startle_dialog
    print("dialog:", dialog is not None and dialog.isVisible())
    if dialog is not None:
        dialog.area.setCurrentIndex(dialog.area.findData("legs"))
        QTest.keyClick(dialog.area, Qt.Key.Key_Return)

QTimer.singleShot(200, answer)
startle.trigger()
from datetime import timedelta
night = app.evening.local_now().date()
kept = DiaryRecord(app.history).startles(night - timedelta(days=2), night + timedelta(days=1))
print("kept:", [(s.area, s.situation) for s in kept])
app.shutdown()
"""


def test_the_tray_logs_a_startle(tmp_path: Path) -> None:
    with desktop(tray=True) as screen:
        env = {**screen.env(), "PULSE_SERVER": "unix:/nonexistent"}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(tmp_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert lines["menu"].split("|") == [
        "Open",
        "Tonight",
        "Start relaxation",
        "I startled…",
        "How did you sleep?…",
        "Quit",
    ]
    assert lines["dialog"] == "True"
    assert lines["kept"].startswith("[('legs', ")
