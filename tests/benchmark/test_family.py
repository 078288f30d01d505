"""The benchmark's CPU figure counts the app with every process it started."""

from __future__ import annotations

import subprocess
import sys

from bench.run import family

# A stand-in app that starts a helper, which starts one of its own; each says who it
# started once it has.
APP = """
import subprocess, sys
grandchild = (
    "import subprocess; p = subprocess.Popen(['sleep', '30']); print(p.pid, flush=True); p.wait()"
)
helper = subprocess.Popen([sys.executable, "-c", grandchild])
print(helper.pid, flush=True)
helper.wait()
"""


def test_the_family_holds_children_and_their_children_but_not_strangers() -> None:
    app = subprocess.Popen([sys.executable, "-c", APP], stdout=subprocess.PIPE, text=True)
    stranger = subprocess.Popen(["sleep", "30"])
    try:
        assert app.stdout is not None
        helper = int(app.stdout.readline())
        grandchild = int(app.stdout.readline())
        members = family(app.pid)
        assert members[:2] == [app.pid, helper]
        assert members[2:] == [grandchild]
        assert stranger.pid not in members
    finally:
        for pid in family(app.pid)[::-1]:
            subprocess.run(["kill", str(pid)], check=False)
        stranger.kill()
        stranger.wait()
        app.wait()
        if app.stdout is not None:
            app.stdout.close()
