"""Shared test set-up: offscreen Qt, a private app home, no leaked timers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep Qt's multimedia back end quiet about optional libraries it probes for.
os.environ.setdefault(
    "QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false"
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pytest  # noqa: E402


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private folder for the app's settings, data and caches."""
    home = tmp_path / "coach-home"
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(home))
    return home
