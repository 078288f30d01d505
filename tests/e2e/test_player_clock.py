"""The audio clock at the end of a stream: it stays at the end, so a session can finish."""

from __future__ import annotations

import numpy as np
import pytest
from support.clocks import ManualScheduler
from support.pulse import PulseServer

from coach.audio.mixer import SessionMixer
from coach.audio.player import StreamPlayer, default_output
from coach.core.routine import Routine, Spoken, Step
from coach.core.session import SessionEngine, State
from coach.core.timeline import compile_timeline

pytestmark = pytest.mark.e2e


def test_after_the_stream_drains_the_clock_stays_at_the_end(
    pulse: PulseServer, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    device = default_output()
    assert device is not None
    tone = (np.sin(np.arange(2205) * 0.1) * 3000).astype(np.int16)
    player = StreamPlayer(SessionMixer([(0.2, tone)], 1.0), device)
    with qtbot.waitSignal(player.drained, timeout=10_000):
        player.start(0.0)
    assert player.position() == pytest.approx(1.0)


def test_a_session_whose_timer_comes_after_the_drain_still_finishes(
    pulse: PulseServer, qtbot, monkeypatch
) -> None:
    """The race the 15-minute benchmark found: the stream ends a moment before the engine's
    last timer; the session must still finish."""
    from support.clocks import FakeClock

    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    routine = Routine("tiny", (Step("neck", "x", relax=1.0),), intro=Spoken("y", 0.5))
    timeline = compile_timeline(routine)
    player = StreamPlayer(SessionMixer([], timeline.duration), default_output())
    scheduler = ManualScheduler(FakeClock())  # the engine's timer waits until we say so
    engine = SessionEngine(timeline, player, scheduler)
    engine.start()
    with qtbot.waitSignal(player.drained, timeout=10_000):
        pass
    scheduler.advance(scheduler.pending - scheduler.clock.now())  # the late timer fires
    assert engine.state is State.FINISHED
