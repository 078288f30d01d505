"""The sound helper process: plays one session's stream, so the window never holds the
prompts, numpy or the mixer, and is not woken each time the sound server wants more.

Started by :mod:`coach.adapters.sound_helper` as ``python -m coach.audio.sound_helper``.
Protocol: JSON lines.  In (from the window): ``{"load": plan}`` first, then
``{"start": s}``, ``{"pause": true}``, ``{"resume": true}``, ``{"seek": s, "paused": b}``,
``{"stop": true}``; the end of the input closes everything.  Out: ``{"loaded": {...}}``
or ``{"error": why}`` to the load; then ``{"heard": s, "at": t, "running": b}`` (the
session's place heard at monotonic time *t*, now and then), ``{"drained": true}`` once
the end (or the stop fade) has been heard, ``{"failed": why}`` when the sound stopped.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from coach.audio.cuts import (
    CUT_FADE_IN_SECONDS,
    STOP_FADE_SECONDS,
    STOP_FADE_STEP_MS,
    ramp,
    stop_fade_gain,
)
from coach.audio.mix_plan import MixPlan
from coach.audio.mixer import SessionMixer
from coach.audio.pulse_stream import PulseStream, StreamError
from coach.audio.server_volume import ServerVolume, Stream, connect

#: Silence before the stream starts (a device just starting may drop its first few
#: tens of milliseconds), and after a skip (the device is already playing).
LEAD_IN_SECONDS = 0.3
SKIP_LEAD_IN_SECONDS = 0.02
#: When the heard place is told after a (re)start or resume (seconds), then every last
#: interval: between two, the window moves it on with the monotonic clock.
SAMPLE_AFTER = (0.03, 0.1, 0.3, 1.0, 10.0)
#: How often that is looked at while the stream has not begun to play.
NOT_BEGUN_LOOK = 0.05
#: Seconds without a request from the server, while there is sound left, that count as
#: a lost device; how often that is looked at.
STALL_SECONDS = 3.0
WATCH_SECONDS = 3.0
#: Waited past the heard end of the stream before it is closed (its last sound must play).
DRAIN_MARGIN = 0.06
#: How often the clock is looked at once everything is written (seconds).
DRAIN_LOOK = 0.1


class Player:
    """Plays *mixer* on streams of *server*; tells *send* what is heard."""

    def __init__(
        self, mixer: SessionMixer, server: ServerVolume, send: Callable[[dict[str, Any]], None]
    ) -> None:
        self.mixer = mixer
        self.server = server
        self.send = send
        self.stream: PulseStream | None = None
        self.base = 0.0
        self.lead_in = 0.0
        self._lead_bytes = 0
        self.paused = True
        self.stopping = False
        self.written_all = False
        self.last_request = time.monotonic()
        self._samples: list[float] = []
        self._next_sample = float("inf")
        self._next_watch = float("inf")
        self._ended = False
        self._drain_seen: tuple[float, float] | None = None
        self.wake = threading.Event()
        self.done = False
        #: The number of the window's last request (echoed, so it can tell old news).
        self.epoch = 0
        #: Held by each command and each tick (never by libpulse's thread).
        self.busy = threading.RLock()

    # -- commands (the input thread) ------------------------------------------
    def start(
        self,
        position: float,
        lead_in: float = LEAD_IN_SECONDS,
        corked: bool = False,
        fade_in: float = 0.0,
    ) -> None:
        self._close_stream()
        mixer = self.mixer
        mixer.seek(position)
        if fade_in:
            mixer.gain = 0.0
            mixer.fade_to(1.0, fade_in)
        self.base, self.lead_in = position, lead_in
        self._lead_bytes = round(lead_in * mixer.rate) * 2
        self.written_all = self.stopping = self._ended = False
        self._drain_seen = None
        self.last_request = time.monotonic()
        try:
            self.stream = PulseStream(self.server, mixer.rate, self._fill, self._on_end)
        except StreamError as exc:
            self._fail(str(exc))
            return
        self.paused = False
        self._tell()
        self._sample_soon()

    def pause(self) -> None:
        """Fade out what is heard (where the server mixes it), then end the stream and
        keep the place: :meth:`resume` plays on from there on a fresh stream."""
        stream = self.stream
        if stream is None or self.paused or self.stopping:
            return
        found = self.server.stream(stream.index)
        if found is not None:
            ramp(self.server, found, down=True)
        place, _running = self.heard()
        self._quiet(stream, found)
        self.base, self.lead_in = place, 0.0
        self._tell()

    def resume(self) -> None:
        if not self.paused or self.stopping:
            return
        self.start(self.base, SKIP_LEAD_IN_SECONDS, fade_in=CUT_FADE_IN_SECONDS)

    def seek(self, position: float, paused: bool) -> None:
        if self.stopping:
            return
        stream = self.stream
        found = None if stream is None else self.server.stream(stream.index)
        if found is not None:
            ramp(self.server, found, down=True)
        if paused:
            if stream is not None:
                self._quiet(stream, found)
            self.base, self.lead_in = position, 0.0
            self._tell()
            return
        if stream is not None:
            self._quiet(stream, found)
        self.start(position, SKIP_LEAD_IN_SECONDS, fade_in=CUT_FADE_IN_SECONDS)

    def _quiet(self, stream: PulseStream, found: Stream | None) -> None:
        """End a stream faded to silence: first stopped and its volume put back while
        nothing plays (a server that restores volumes gives the next stream the last one
        set: it must be the person's own, and this way it is not heard)."""
        if found is not None:
            stream.cork(True)
            if self.server.wait_corked(found):
                self.server.set_volume(found, found.volume, wait=True)
        self._close_stream()

    def stop(self) -> None:
        """Fade out from what is heard now (where the server mixes the stream), then end."""
        stream = self.stream
        if self.stopping:
            return
        self.stopping = True
        found = None if stream is None else self.server.stream(stream.index)
        if found is not None:
            began = time.monotonic()
            while (done := (time.monotonic() - began) / STOP_FADE_SECONDS) < 1.0:
                level = round(found.volume * stop_fade_gain(done) ** (1 / 3))
                self.server.set_volume(found, level)
                time.sleep(STOP_FADE_STEP_MS / 1000)
            self.server.set_volume(found, 0, wait=True)
        if stream is not None:
            self._quiet(stream, found)
        self.send({"drained": True})

    def close(self) -> None:
        with self.busy:
            self.done = True
            self._close_stream()
        self.wake.set()

    # -- libpulse's thread -----------------------------------------------------
    def _fill(self, nbytes: int) -> bytes:
        self.last_request = time.monotonic()
        lead = min(self._lead_bytes, nbytes - nbytes % 2)
        self._lead_bytes -= lead
        data = bytes(lead) + self.mixer.read((nbytes - lead) // 2)
        if not data and not self.written_all:
            self.written_all = True
            self.wake.set()
        return data

    def _on_end(self) -> None:
        self._ended = True
        self.wake.set()

    # -- the clock thread ---------------------------------------------------------
    def heard(self) -> tuple[float, bool]:
        """The session's place heard now, and whether it is moving on."""
        stream = self.stream
        played = None if stream is None else stream.time()
        if played is None:
            return self.base - self.lead_in, False
        return self.base - self.lead_in + played, not self.paused

    def _tell(self) -> bool:
        """Tell the window what is heard; whether the sound is playing."""
        place, running = self.heard()
        self.send({"heard": place, "at": time.monotonic(), "running": running, "n": self.epoch})
        return running

    def _sample_soon(self) -> None:
        self._samples = list(SAMPLE_AFTER)
        now = time.monotonic()
        self._next_sample = now + self._samples[0]
        self._next_watch = now + WATCH_SECONDS
        self.wake.set()

    def _fail(self, why: str) -> None:
        self._close_stream()
        self.send({"failed": why})

    def _close_stream(self) -> None:
        stream, self.stream = self.stream, None
        self.paused = True
        self._next_sample = self._next_watch = float("inf")
        if stream is not None:
            stream.close()

    def tick(self) -> float:
        """Do what is due; the seconds until the next thing is."""
        now = time.monotonic()
        stream = self.stream
        if stream is None or self.stopping:
            return 60.0
        if self._ended:
            self._fail(stream.failure() or "the sound server ended the stream")
            return 60.0
        if self.paused:
            return 60.0
        end = self.mixer.total_frames / self.mixer.rate
        # The server is asked where the stream is only when that is needed (a round
        # trip that wakes it): near the end, and when the window is to be told.
        place = self.heard()[0] if self.written_all else 0.0
        if self.written_all and self._heard_to_end(stream, place, end, now):
            self._close_stream()
            self.send({"drained": True})
            return 60.0
        if now >= self._next_sample:
            begun = self._tell()
            if begun and len(self._samples) > 1:
                self._samples.pop(0)
            # Until the sound has begun to play (a device waking, a sink that had
            # rendered ahead), looked at again soon.
            self._next_sample = now + (self._samples[0] if begun else NOT_BEGUN_LOOK)
        if now >= self._next_watch:
            self._next_watch = now + WATCH_SECONDS
            if not self.written_all and now - self.last_request > STALL_SECONDS:
                self._fail("it stopped playing")
                return 60.0
        due = min(self._next_sample, self._next_watch)
        if self.written_all:
            due = min(due, now + min(DRAIN_LOOK, max(0.0, end + DRAIN_MARGIN - place)))
        return max(0.0, due - now)

    def _heard_to_end(self, stream: PulseStream, place: float, end: float, now: float) -> bool:
        """Whether the last of the stream has been heard: its clock is past the end, or
        the server has played everything and the clock no longer moves (a stream that
        ran dry stops its clock a little short of what was written)."""
        last, self._drain_seen = self._drain_seen, (place, now)
        if place >= end + DRAIN_MARGIN:
            return True
        if not stream.played_out():
            return False
        return last is not None and place - last[0] < 0.5 * (now - last[1])


def _run_clock(player: Player) -> None:
    while not player.done:
        with player.busy:
            wait = player.tick()
        player.wake.wait(wait)
        player.wake.clear()


def _command(player: Player, request: dict[str, Any]) -> None:
    if "start" in request:
        player.start(float(request["start"]))
    elif "pause" in request:
        player.pause()
    elif "resume" in request:
        player.resume()
    elif "seek" in request:
        player.seek(float(request["seek"]), bool(request.get("paused")))
    elif "stop" in request:
        player.stop()


def serve(lines: IO[str], out: IO[str]) -> int:
    """Answer the window's requests on *lines* until they end."""
    writing = threading.Lock()

    def send(message: dict[str, Any]) -> None:
        with writing:
            out.write(json.dumps(message) + "\n")
            out.flush()

    player: Player | None = None
    clock: threading.Thread | None = None
    server: ServerVolume | None = None
    try:
        for line in lines:
            request = json.loads(line)
            if "load" in request:
                from coach.audio.session_audio import mix  # numpy: in this process only

                server = connect()
                if server is None:
                    send({"error": "there is no connection to the sound server"})
                    return 1
                mixer, failures = mix(MixPlan.from_json(request["load"]))
                player = Player(mixer, server, send)
                clock = threading.Thread(target=_run_clock, args=(player,), daemon=True)
                clock.start()
                send(
                    {
                        "loaded": {
                            "failures": failures,
                            "frames": mixer.total_frames,
                            "rate": mixer.rate,
                        }
                    }
                )
            elif player is None:
                send({"error": "nothing was loaded"})
            else:
                with player.busy:
                    player.epoch = int(request.get("n", player.epoch))
                    _command(player, request)
            if player is not None:
                player.wake.set()
    finally:
        if player is not None:
            player.close()
        if clock is not None:
            clock.join(timeout=2)
        if server is not None:
            server.close()
    return 0


def main() -> int:
    return serve(sys.stdin, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
