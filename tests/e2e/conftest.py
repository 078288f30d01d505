from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from support.leaks import qt_timers_checked
from support.pulse import PulseServer, reachable, start_private_server, stop_private_server


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseServer]:
    """The PulseAudio server scripts/test started, or a private one started here."""
    address = os.environ.get("PULSE_SERVER", "")
    sink = os.environ.get("COACH_TEST_SINK", "")
    if address and sink and reachable(address):
        yield PulseServer(address, sink)
        return
    server = start_private_server()
    try:
        yield server
    finally:
        stop_private_server(server)


@pytest.fixture(autouse=True)
def _no_timer_left_running(monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[None]:
    yield from qt_timers_checked(monkeypatch)
