"""The fades that cut a stream short where the sound server mixes it (heard at once):
a pause's or a skip's few hundredths of a second, and a stop's gentle second."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # ctypes and libpulse load with the first stream, not at start-up
    from coach.audio.server_volume import ServerVolume, Stream

#: The fade applied when a session is stopped early, and how often its level moves
#: when the sound server applies it.
STOP_FADE_SECONDS = 1.2
STOP_FADE_STEP_MS = 10
#: A skip or a pause fades the words it cuts short where the sound server mixes them
#: (heard at once), in this many steps over this long.
CUT_FADE_STEPS = 24
CUT_FADE_SECONDS = 0.06
#: The restarted stream fades in over this long (a background must not start with a jump).
CUT_FADE_IN_SECONDS = 0.03


def stop_fade_gain(done: float) -> float:
    """The stop fade's linear gain *done* of the way through: evenly to the ear (the same
    number of decibels each moment, down to -60 dB), as the mixer's own fade."""
    t = min(1.0, max(0.0, done))
    return float(10.0 ** (-3.0 * t) - 0.001 * t)


def ramp(server: ServerVolume, stream: Stream, down: bool) -> None:
    """Move *stream* between its volume and silence along a raised cosine (gentle at both
    ends, so no step is a click), in :data:`CUT_FADE_STEPS` steps over
    :data:`CUT_FADE_SECONDS` (waiting that long).

    The steps keep their spacing even when the thread falls behind (a slow call, a busy
    machine): a late step is followed by a whole step's wait, never sent straight after
    it, so two steps cannot land in one block the server mixes (a click); the fade then
    takes a little longer instead."""
    spacing = CUT_FADE_SECONDS / CUT_FADE_STEPS
    began = time.monotonic()
    for step in range(1, CUT_FADE_STEPS + 1):
        done = step / CUT_FADE_STEPS
        level = 0.5 * (1 + math.cos(math.pi * (done if down else 1.0 - done)))
        # pa_volume_t is cubic: a linear gain g is the volume times g ** (1/3).
        server.set_volume(stream, round(stream.volume * level ** (1 / 3)))
        if step == CUT_FADE_STEPS:
            break
        sent = time.monotonic()
        pause = max(began + CUT_FADE_SECONDS * done, sent + spacing) - sent
        time.sleep(pause)
