"""The session state machine: which cue is due, pause, skip and stop.

Time comes from an injected :class:`~coach.core.clock.PositionSource` (the
audio stream while sound plays, a monotonic clock otherwise).  The single
pending timer is always computed from the session position — that is, from the
session's fixed start — and re-armed after every wake-up, so a timer that fires
early or late never shifts later cues.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from coach.core.clock import PositionSource, Scheduler

if TYPE_CHECKING:
    from coach.core.timeline import Cue, Section, Timeline

#: A cue this close to being due counts as due (seconds).
DUE_TOLERANCE = 0.0005
#: Going "previous" this far into a step restarts it instead.
RESTART_THRESHOLD = 3.0


class State(StrEnum):
    IDLE = "idle"
    PREPARING = "preparing"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


ENDED = (State.FINISHED, State.STOPPED)


class SessionEngine:
    """Drives one session over a compiled :class:`Timeline`.

    Listeners are plain callables: ``on_state(State)``, ``on_cue(Cue)`` and
    ``on_section(Section)``.
    """

    def __init__(self, timeline: Timeline, position: PositionSource, scheduler: Scheduler) -> None:
        if not timeline.cues:
            raise ValueError("a session needs at least one cue")
        self.timeline = timeline
        self._position = position
        self._scheduler = scheduler
        self.state = State.IDLE
        self._next = 0
        self.current_cue: Cue | None = None
        self.current_section: Section | None = None
        self.on_state: list[Callable[[State], None]] = []
        self.on_cue: list[Callable[[Cue], None]] = []
        self.on_section: list[Callable[[Section], None]] = []

    # -- queries -------------------------------------------------------------
    @property
    def position(self) -> float:
        if self.state in (State.IDLE, State.PREPARING):
            return 0.0
        if self.state is State.FINISHED:
            return self.timeline.duration
        return min(max(0.0, self._position.position()), self.timeline.duration)

    @property
    def remaining(self) -> float:
        return self.timeline.duration - self.position

    @property
    def active(self) -> bool:
        return self.state in (State.RUNNING, State.PAUSED)

    # -- commands ------------------------------------------------------------
    def use_position(self, source: PositionSource) -> None:
        """Take time from *source* from now on, carrying the current position over.

        Before the start this picks the clock (audio or monotonic); during a
        session it lets the session go on when the audio device goes away.
        """
        if self.state in (State.RUNNING, State.PAUSED):
            position = self._position.position()
            source.start(position)
            if self.state is State.PAUSED:
                source.pause()
        self._position = source
        if self.state is State.RUNNING:
            self._tick()

    def prepare(self) -> None:
        """Mark the session as getting ready (voice being rendered)."""
        self._require(State.IDLE)
        self._set_state(State.PREPARING)

    def start(self) -> None:
        self._require(State.IDLE, State.PREPARING)
        self._next = 0
        self._position.start(0.0)
        self._set_state(State.RUNNING)
        self._tick()

    def pause(self) -> bool:
        if self.state is not State.RUNNING:
            return False
        self._scheduler.cancel()
        self._position.pause()
        self._set_state(State.PAUSED)
        return True

    def resume(self) -> bool:
        if self.state is not State.PAUSED:
            return False
        self._position.resume()
        self._set_state(State.RUNNING)
        self._tick()
        return True

    def toggle_pause(self) -> bool:
        return self.pause() or self.resume()

    def next_step(self) -> bool:
        if not self.active:
            return False
        index = self.timeline.section_at(self.position).index + 1
        if index >= len(self.timeline.sections):
            return False
        return self._jump(index)

    def previous_step(self) -> bool:
        if not self.active:
            return False
        section = self.timeline.section_at(self.position)
        index = section.index
        if self.position - section.start < RESTART_THRESHOLD and index > 0:
            index -= 1
        return self._jump(index)

    def jump_to_section(self, index: int) -> bool:
        """Go to the start of section *index* (e.g. a body-map click)."""
        if not self.active or not 0 <= index < len(self.timeline.sections):
            return False
        return self._jump(index)

    def stop(self) -> bool:
        if self.state in ENDED:
            return False
        self._scheduler.cancel()
        if self.state is not State.IDLE:
            self._position.stop()
        self._set_state(State.STOPPED)
        return True

    # -- internals -----------------------------------------------------------
    def _require(self, *states: State) -> None:
        if self.state not in states:
            allowed = ", ".join(s.value for s in states)
            raise RuntimeError(f"session is {self.state.value}; expected {allowed}")

    def _set_state(self, state: State) -> None:
        self.state = state
        for listener in list(self.on_state):
            listener(state)

    def _jump(self, index: int) -> bool:
        section = self.timeline.sections[index]
        self._scheduler.cancel()
        self._position.seek(section.start)
        self._next = next(
            (i for i, cue in enumerate(self.timeline.cues) if cue.at >= section.start - 1e-9),
            len(self.timeline.cues),
        )
        self._enter_section(section)
        if self.state is State.RUNNING:
            self._tick()
        return True

    def _enter_section(self, section: Section) -> None:
        if section is not self.current_section:
            self.current_section = section
            for listener in list(self.on_section):
                listener(section)

    def _tick(self) -> None:
        if self.state is not State.RUNNING:
            return
        now = self._position.position()
        cues = self.timeline.cues
        due: Cue | None = None
        # After a jump in time several cues may be due; say only the latest.
        while self._next < len(cues) and cues[self._next].at <= now + DUE_TOLERANCE:
            due = cues[self._next]
            self._next += 1
        if due is not None:
            self.current_cue = due
            self._enter_section(self.timeline.sections[due.section])
            for listener in list(self.on_cue):
                listener(due)
        if now >= self.timeline.duration - DUE_TOLERANCE:
            self._scheduler.cancel()
            self._position.stop()
            self._set_state(State.FINISHED)
            return
        target = cues[self._next].at if self._next < len(cues) else self.timeline.duration
        self._scheduler.call_later(target - now, self._tick)
