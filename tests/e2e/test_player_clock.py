"""The audio clock at the end of a stream: it stays at the end, so a session can finish."""

from __future__ import annotations

import numpy as np
import pytest
from support.clocks import ManualScheduler
from support.players import KINDS, make_player
from support.pulse import PulseServer

from coach.core.routine import Routine, Spoken, Step
from coach.core.session import SessionEngine, State
from coach.core.timeline import compile_timeline

pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("kind", KINDS)]


def test_after_the_stream_drains_the_clock_stays_at_the_end(
    kind: str, pulse: PulseServer, qtbot, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    tone = np.sin(np.arange(2205) * 0.1) * 3000
    player = make_player(kind, [(0.2, tone)], 1.0, tmp_path).player
    try:
        with qtbot.waitSignal(player.drained, timeout=10_000):
            player.start(0.0)
        assert player.position() == pytest.approx(1.0)
    finally:
        player.close()


def test_a_session_whose_timer_comes_after_the_drain_still_finishes(
    kind: str, pulse: PulseServer, qtbot, monkeypatch, tmp_path
) -> None:
    """The race the 15-minute benchmark found: the stream ends a moment before the engine's
    last timer; the session must still finish."""
    from support.clocks import FakeClock

    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    routine = Routine("tiny", (Step("neck", "x", relax=1.0),), intro=Spoken("y", 0.5))
    timeline = compile_timeline(routine)
    player = make_player(kind, [], timeline.duration, tmp_path).player
    scheduler = ManualScheduler(FakeClock())  # the engine's timer waits until we say so
    engine = SessionEngine(timeline, player, scheduler)
    engine.start()
    with qtbot.waitSignal(player.drained, timeout=10_000):
        pass
    scheduler.advance(scheduler.pending - scheduler.clock.now())  # the late timer fires
    assert engine.state is State.FINISHED
    player.close()
