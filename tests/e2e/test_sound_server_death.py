"""End to end: the sound server dies mid-session; the app never aborts, and the voice
returns once the server is back (in the next session: the sound helper connects anew).

Qt aborts a process that makes an audio stream while its PulseAudio server is gone
(``Assertion 'c' failed … pa_context_get_state()``), so the app runs in a child
process here: an abort fails this test instead of ending the test run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.processes import stop
from support.pulse import restart_private_server, start_private_server, stop_private_server

pytestmark = pytest.mark.e2e
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"

CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from coach.app import build
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.paths import UserDirs

qt = QApplication(sys.argv[:1])
home, routine = Path(sys.argv[1]), load_routine(Path(sys.argv[2]))
app = build(dirs=UserDirs(home / "c", home / "d", home / "k", home / "s"), tray=False)
controller = app.controller

def wait(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(20)
    return condition()

def session():
    controller.start(routine)
    wait(lambda: controller.state is State.RUNNING, 30)
    QTest.qWait(500)
    return {"state": controller.state.value, "sound": controller.audio_playing,
            "notice": app.window.notice.text()}

def ask(line):
    print(line, flush=True)
    sys.stdin.readline()

report = {"first": session()}
print(json.dumps(report["first"]), flush=True)
ask("kill the server")
wait(lambda: not controller.audio_playing, 10)
report["lost"] = {"sound": controller.audio_playing, "state": controller.state.value}
report["while gone"] = session()
ask("start the server")
report["back"] = session()
controller.stop()
QTest.qWait(300)
app.shutdown()
print(json.dumps(report), flush=True)
"""


def _launch(server, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "-c", CHILD, str(home), str(SHORT)],
        env={**server.env(), "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _say(child: subprocess.Popen[str], line: str) -> None:
    assert child.stdin is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()


def _hear(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    return child.stdout.readline().strip()


def test_the_app_survives_the_sound_server_dying_and_the_voice_returns(tmp_path: Path) -> None:
    server = start_private_server()
    children: list[subprocess.Popen[str]] = []
    try:
        child = _launch(server, tmp_path / "home")
        children.append(child)
        json.loads(_hear(child))  # its first session
        assert _hear(child) == "kill the server"
        assert server.process is not None
        stop(server.process)  # it dies (SIGTERM, then SIGKILL if it must)
        server.process = None
        _say(child, "ok")
        assert _hear(child) == "start the server"
        restart_private_server(server)
        _say(child, "ok")
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err[-3000:]
        report = json.loads(out.strip().splitlines()[-1])
        again = _launch(server, tmp_path / "home")  # the app started again
        children.append(again)
        restarted = json.loads(_hear(again))  # its first session
    finally:
        for process in children:
            stop(process)
            process.communicate()  # drains and closes its pipes
        stop_private_server(server)
    assert report["first"]["sound"] and report["first"]["state"] == "running"
    assert not report["lost"]["sound"] and report["lost"]["state"] == "running"
    gone = report["while gone"]
    assert gone["state"] == "running" and not gone["sound"]  # captions, no crash
    assert "Once it runs again, the next session you start has its voice" in gone["notice"]
    # Once the server is back the next session has its voice in this same process: the
    # sound helper connects anew (Qt's own connection is dead, and the window never makes
    # a stream with it: that would abort the app); a new start of the app has it too.
    back = report["back"]
    assert back["state"] == "running" and back["sound"], back
    assert restarted["sound"], restarted
