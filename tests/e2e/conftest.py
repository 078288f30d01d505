from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from support.leaks import pump_qt, qt_timers_checked
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


@pytest.fixture(autouse=True)
def _no_sound_left_open(pulse: PulseServer) -> Iterator[None]:
    """Fail a test that leaves a stream open or a client (parec, a helper) connected."""
    yield
    deadline = time.monotonic() + 5
    while (left := pulse.leftovers()) and time.monotonic() < deadline:
        pump_qt()
        time.sleep(0.05)
    if left:
        pytest.fail("the test left sound connections open:\n" + "\n".join(left), pytrace=False)
