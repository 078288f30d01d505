"""Shared test set-up: offscreen Qt, a private app home, nothing left behind."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep Qt's multimedia back end quiet about optional libraries it probes for.
os.environ.setdefault(
    "QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false"
)

# The tests read the app's English words whatever this machine's language; a test of
# another language sets LANGUAGE itself.
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pytest  # noqa: E402
from support.leaks import nothing_outlives, pump_qt  # noqa: E402


@pytest.fixture(autouse=True)
def _nothing_outlives_the_test() -> Iterator[None]:
    """Fail a test that leaves a thread or a child process running."""
    with nothing_outlives(pump_qt) as problems:
        yield
    if problems:
        pytest.fail("the test left things running:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture(autouse=True)
def _a_qt_application_first(request: pytest.FixtureRequest) -> None:
    """Outside tests/core (which never import Qt), the QApplication is made before the
    test runs: the command line, run in the test's process, would otherwise make a plain
    QCoreApplication for its translations, and no window could follow it."""
    if "core" not in Path(str(request.node.path)).relative_to(ROOT / "tests").parts[:1]:
        request.getfixturevalue("qapp")


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private folder for the app's settings, data and caches."""
    home = tmp_path / "coach-home"
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(home))
    return home
