"""The command line runs in the test's process: it speaks through Qt's translations, so a
QApplication is made first (the command line uses the one that exists)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _qt_app_first(qapp) -> Iterator[None]:
    yield
