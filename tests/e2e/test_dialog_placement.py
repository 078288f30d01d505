"""On a real X screen, the app's dialogs open centred over its window.

(Qt alone guesses a window frame on X11 and places dialogs 10 and 40 px off; the
offscreen platform used by the other tests centres them exactly, so this runs on Xvfb.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.desktop import desktop

pytestmark = pytest.mark.e2e

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from PySide6.QtTest import QTest
from coach.app import build
from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.paths import UserDirs
from coach.ui.plan_dialog import PlanDialog

qt = QApplication(sys.argv[:1])
home = Path(sys.argv[1])
app = build(dirs=UserDirs(home / "c", home / "d", home / "k", home / "s"),
            audio_output=lambda: None, tray=False)
window = app.window
window.setGeometry(120, 60, 900, 660)
window.show()
QTest.qWaitForWindowExposed(window)
QTest.qWait(200)
found = {}
box = QMessageBox(QMessageBox.Icon.Question, "Import setup", "Go ahead?", parent=window)
for name, dialog in (("plan", PlanDialog(Bedtimes(), DEFAULT_ITEMS, False, window)),
                     ("question", box)):
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    QTest.qWait(200)
    offset = dialog.frameGeometry().center() - window.frameGeometry().center()
    found[name] = [offset.x(), offset.y()]
    dialog.close()
app.shutdown()
print(json.dumps(found))
"""


def test_dialogs_open_centred_over_the_window(tmp_path: Path) -> None:
    with desktop(tray=False) as screen:
        result = subprocess.run(
            [sys.executable, "-c", PROBE, str(tmp_path / "home")],
            env={**screen.env(), "PULSE_SERVER": "unix:/nonexistent"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    offsets = json.loads(result.stdout.strip().splitlines()[-1])
    for name, (dx, dy) in offsets.items():
        assert abs(dx) <= 2 and abs(dy) <= 2, (name, dx, dy)
