"""Run the real command line (``python -m coach``) in a home of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_coach(home: Path, *args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """``coach ARGS`` with WIND_DOWN_COACH_HOME=*home* (offscreen), under *umask* if given.

    The time limit makes a hang a failure, not a stuck test run.
    """
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        env={**os.environ, "WIND_DOWN_COACH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),
    )
