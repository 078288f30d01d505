"""The session engine on a fake clock: exact cue times, pause, skip, stop. No sleeping."""

from __future__ import annotations

import pytest
from support.clocks import FakeClock, ManualScheduler

from coach.core.clock import MonotonicPosition
from coach.core.routine_format import load_routine, parse_routine
from coach.core.session import SessionEngine, State
from coach.core.timeline import Cue, compile_timeline
from coach.paths import assets_dir

from .test_routine_format import GOOD


class Recorder:
    """Builds an engine on a fake clock and records what it says, and when."""

    def __init__(self, text: str = GOOD, early: float = 0.0, timeline=None) -> None:
        self.clock = FakeClock()
        self.scheduler = ManualScheduler(self.clock, early=early)
        self.timeline = timeline or compile_timeline(parse_routine(text))
        self.engine = SessionEngine(self.timeline, MonotonicPosition(self.clock), self.scheduler)
        self.start_time = self.clock.now()
        self.said: list[tuple[float, Cue]] = []
        self.states: list[State] = []
        self.engine.on_cue.append(lambda cue: self.said.append((self.elapsed(), cue)))
        self.engine.on_state.append(self.states.append)

    def elapsed(self) -> float:
        return round(self.clock.now() - self.start_time, 9)

    def times(self) -> list[float]:
        return [t for t, _ in self.said]

    def texts(self) -> list[str]:
        return [c.text for _, c in self.said]


def test_cues_fire_at_their_exact_times() -> None:
    r = Recorder()
    r.engine.prepare()
    r.engine.start()
    r.scheduler.run_until_idle()
    assert r.times() == [c.at for c in r.timeline.cues]
    assert r.states == [State.PREPARING, State.RUNNING, State.FINISHED]
    assert r.elapsed() == r.timeline.duration
    assert r.engine.remaining == 0


def test_a_fifteen_minute_session_runs_in_milliseconds_even_with_early_timers() -> None:
    timeline = compile_timeline(load_routine(assets_dir() / "routines" / "body-scan.toml"))
    assert timeline.duration > 14 * 60
    # Every timer fires 5 % early, like Qt's coarse timers: nothing may be said early.
    r = Recorder(timeline=timeline, early=0.05)
    r.engine.start()
    r.scheduler.run_until_idle()
    assert r.texts() == [c.text for c in timeline.cues]
    for when, cue in r.said:
        assert when == pytest.approx(cue.at, abs=1e-3)
        assert when >= cue.at - 0.0005
    assert r.engine.state is State.FINISHED


def test_timer_is_rearmed_from_the_fixed_start_not_chained() -> None:
    """A late wake-up does not push later cues back."""
    r = Recorder()
    r.engine.start()
    # Simulate the event loop being blocked: the clock jumps past cue 1 without callbacks.
    r.clock.advance(5.3)
    r.scheduler.advance(0.0)  # the overdue timer runs now, 0.3 s late
    r.scheduler.run_until_idle()
    assert r.times()[1] == pytest.approx(5.3)
    assert r.times()[2:] == [12.0, 22.0, 32.0]  # unaffected by the late one


def test_pause_shifts_the_rest_by_the_paused_time() -> None:
    r = Recorder()
    r.engine.start()
    r.scheduler.advance(6.0)
    assert r.engine.pause()
    assert r.engine.state is State.PAUSED
    r.scheduler.advance(100.0)  # nothing happens while paused
    assert r.texts() == ["Hello.", "Make a fist. Now."]
    assert r.engine.position == pytest.approx(6.0)
    assert r.engine.resume()
    r.scheduler.run_until_idle()
    assert r.times()[2:] == [112.0, 122.0, 132.0]
    assert r.engine.state is State.FINISHED


def test_toggle_pause() -> None:
    r = Recorder()
    r.engine.start()
    assert r.engine.toggle_pause() and r.engine.state is State.PAUSED
    assert r.engine.toggle_pause() and r.engine.state is State.RUNNING


def test_next_and_previous_step() -> None:
    r = Recorder()
    r.engine.start()
    r.scheduler.advance(1.0)
    assert r.engine.next_step()  # intro -> step 1, at once
    assert r.said[-1] == (1.0, r.timeline.cues[1])
    assert r.engine.position == pytest.approx(5.0)
    r.scheduler.advance(1.0)
    assert r.engine.next_step()  # step 1 -> step 2, skipping its release and prompt
    assert r.texts()[-1] == "Rest."
    assert not r.engine.next_step()  # already at the last section
    r.scheduler.advance(1.0)
    assert r.engine.previous_step()  # < 3 s in: go to the previous step
    assert r.texts()[-1] == "Make a fist. Now."
    r.scheduler.advance(8.0)
    assert r.texts()[-1] == "Let go."  # the release still comes 7 s into the step
    assert r.engine.previous_step()  # > 3 s in: restart this step
    assert r.texts()[-1] == "Make a fist. Now."
    assert r.engine.position == pytest.approx(5.0)
    r.scheduler.run_until_idle()
    assert r.engine.state is State.FINISHED


def test_skip_while_paused_stays_paused_and_speaks_on_resume() -> None:
    r = Recorder()
    sections = []
    r.engine.on_section.append(sections.append)
    r.engine.start()
    r.engine.pause()
    assert r.engine.next_step()
    assert r.engine.state is State.PAUSED
    assert sections[-1].index == 1
    assert r.texts() == ["Hello."]
    r.engine.resume()
    assert r.texts() == ["Hello.", "Make a fist. Now."]


def test_jump_to_section() -> None:
    r = Recorder()
    r.engine.start()
    assert r.engine.jump_to_section(2)
    assert r.texts()[-1] == "Rest."
    assert not r.engine.jump_to_section(9)


def test_stop_ends_the_session_and_cancels_the_timer() -> None:
    r = Recorder()
    r.engine.start()
    r.scheduler.advance(3)
    assert r.engine.stop()
    assert r.engine.state is State.STOPPED
    assert r.scheduler.pending is None
    r.scheduler.advance(100)
    assert r.texts() == ["Hello."]
    assert not r.engine.stop()
    assert not r.engine.pause() and not r.engine.next_step()


def test_stop_while_preparing() -> None:
    r = Recorder()
    r.engine.prepare()
    assert r.engine.stop()
    assert r.states == [State.PREPARING, State.STOPPED]


def test_commands_in_the_wrong_state() -> None:
    r = Recorder()
    assert not r.engine.pause() and not r.engine.resume() and not r.engine.previous_step()
    r.engine.start()
    with pytest.raises(RuntimeError, match="session is running"):
        r.engine.start()


def test_switching_the_position_source_mid_session_keeps_the_place() -> None:
    """When audio goes away the session carries on from the same position."""
    r = Recorder()
    r.engine.start()
    r.scheduler.advance(10.0)
    r.engine.use_position(MonotonicPosition(r.clock))
    assert r.engine.position == pytest.approx(10.0)
    r.scheduler.run_until_idle()
    assert r.times() == [c.at for c in r.timeline.cues]


def test_audio_clock_drives_the_session() -> None:
    """With a position source that lags (like a device buffer), cues wait for it."""

    class LaggingAudio(MonotonicPosition):
        def position(self) -> float:
            return max(0.0, super().position() - 0.25)

    r = Recorder()
    r.engine.use_position(LaggingAudio(r.clock))
    r.engine.start()
    r.scheduler.run_until_idle()
    assert r.times()[1:] == pytest.approx([c.at + 0.25 for c in r.timeline.cues[1:]])


def test_sleep_watch_notices_a_suspend_but_not_normal_time() -> None:
    from coach.core.clock import SleepWatch

    mono = FakeClock(100.0)
    boot = FakeClock(130.0)
    watch = SleepWatch(mono.now, boot.now)
    mono.advance(5)
    boot.advance(5)
    assert not watch.check()
    boot.advance(3600)  # asleep for an hour: only the boot-time clock moved
    mono.advance(1)
    boot.advance(1)
    assert watch.check()
    assert not watch.check()
    mono.advance(5)
    boot.advance(5.5)  # the two clocks never quite agree: still no sleep
    assert not watch.check()


def test_suspend_is_told_by_the_boot_time_clock_never_the_wall_clock() -> None:
    import time

    from coach.core.clock import boot_clock

    boot = boot_clock()
    assert boot is not None  # Linux
    assert abs(boot() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1.0
    assert abs(boot() - time.time()) > 1e6  # not the wall clock, which a person can set


def test_a_wall_clock_change_does_not_disturb_a_running_session() -> None:
    import time as real_time

    r = Recorder()
    r.engine.start()
    before = real_time.time
    try:
        real_time.time = lambda: before() + 86_400  # type: ignore[assignment]
        r.scheduler.run_until_idle()
    finally:
        real_time.time = before  # type: ignore[assignment]
    assert r.times() == [c.at for c in r.timeline.cues]
