"""The heard place in a stream the sound server holds a second of."""

from __future__ import annotations

import pytest

from coach.audio.heard_clock import HeardClock, Sample


def test_nothing_is_known_before_the_first_look() -> None:
    assert HeardClock().heard(10.0, written=1.0) is None


def test_what_is_heard_is_what_was_written_less_the_servers_delay_and_moves_on() -> None:
    clock = HeardClock()
    clock.sample(Sample(written=1.5, delay=0.9, at=100.0))
    assert clock.heard(100.0, written=1.5) == pytest.approx(0.6)
    assert clock.heard(100.25, written=1.5) == pytest.approx(0.85)


def test_a_stream_that_has_not_begun_to_play_stays_at_its_start() -> None:
    clock = HeardClock()
    clock.sample(Sample(written=0.5, delay=1.6, at=0.0))  # a waking device: 1.1 s to go
    assert clock.heard(0.5, written=0.5) == 0.0
    assert clock.heard(1.3, written=1.0) == pytest.approx(0.2)


def test_never_past_what_was_written_and_never_back() -> None:
    clock = HeardClock()
    clock.sample(Sample(written=1.0, delay=0.5, at=0.0))
    assert clock.heard(2.0, written=1.0) == pytest.approx(1.0)  # the rest never came
    clock.sample(Sample(written=1.0, delay=0.1, at=2.0))  # it says 0.9: the clock holds
    assert clock.heard(2.05, written=1.0) == pytest.approx(1.0)
    assert clock.heard(2.2, written=2.0) == pytest.approx(1.1)


def test_held_while_corked_and_carried_on_from_there() -> None:
    clock = HeardClock()
    clock.sample(Sample(written=2.0, delay=1.0, at=0.0))
    clock.hold(0.5, written=2.0)
    assert clock.heard(30.0, written=2.0) == pytest.approx(1.5)
    clock.carry_on(30.0)
    assert clock.heard(30.2, written=2.0) == pytest.approx(1.7)


def test_a_new_stream_starts_from_nothing() -> None:
    clock = HeardClock()
    clock.sample(Sample(written=5.0, delay=0.5, at=0.0))
    assert clock.heard(0.0, written=5.0) == pytest.approx(4.5)
    clock.reset()
    assert clock.heard(1.0, written=0.0) is None
    clock.sample(Sample(written=0.5, delay=0.4, at=1.0))
    assert clock.heard(1.0, written=0.5) == pytest.approx(0.1)
