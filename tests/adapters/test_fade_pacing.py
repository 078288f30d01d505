"""A fade made where the server mixes the stream keeps its steps apart even when the
thread sending them falls behind: late, it stretches; it never sends two at once."""

from __future__ import annotations

import itertools

import pytest

from coach.audio import cuts
from coach.audio.server_volume import Stream


class FakeTime:
    """A monotonic clock that moves only when slept on, or when a call takes long."""

    def __init__(self) -> None:
        self.now = 100.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


class SlowServer:
    """Records when each volume was sent; the calls in *slow* take 40 ms each (a busy
    machine), as long as most of the fade."""

    def __init__(self, clock: FakeTime, slow: set[int]) -> None:
        self.clock, self.slow, self.sent = clock, slow, []

    def set_volume(self, stream: Stream, volume: int, wait: bool = False) -> bool:
        if len(self.sent) in self.slow:
            self.clock.now += 0.040
        self.sent.append((self.clock.now, volume))
        return True


@pytest.mark.parametrize("slow", [set(), {2}, {0, 1, 2, 3}])
def test_steps_stay_a_step_apart_however_late_the_thread_is(monkeypatch, slow) -> None:
    clock = FakeTime()
    monkeypatch.setattr(cuts.time, "monotonic", clock.monotonic)
    monkeypatch.setattr(cuts.time, "sleep", clock.sleep)
    server = SlowServer(clock, slow)
    cuts.ramp(server, Stream(index=1, channels=1, volume=65536), down=True)  # type: ignore[arg-type]
    times = [at for at, _volume in server.sent]
    volumes = [volume for _at, volume in server.sent]
    spacing = cuts.CUT_FADE_SECONDS / cuts.CUT_FADE_STEPS
    assert len(times) == cuts.CUT_FADE_STEPS
    assert min(b - a for a, b in itertools.pairwise(times)) >= spacing - 1e-9
    assert volumes == sorted(volumes, reverse=True) and volumes[-1] == 0
    if not slow:  # on time: the fade takes just its length
        assert times[-1] - times[0] == pytest.approx(cuts.CUT_FADE_SECONDS - spacing)
