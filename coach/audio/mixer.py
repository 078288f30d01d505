"""The session mixer: the whole session as one audio stream, made on the fly.

Each prompt's samples are placed at the exact sample offset of its cue, with
silence between; nothing longer than one read is ever held beyond the prompts
themselves.  A playback device pulls from it, pause stops pulling, a skip moves
the read position, and the same mixer writes a session to a file.  A fade is a
gain ramp applied as samples are produced.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from coach.audio.encoded import AudioWriter
from coach.audio.wav import RATE


@dataclass(frozen=True)
class Placement:
    """Samples that start at frame *start* of the stream."""

    start: int
    samples: np.ndarray

    @property
    def end(self) -> int:
        return self.start + len(self.samples)


@dataclass(frozen=True)
class Background:
    """A sound looped under the whole session, faded in at the start and out at the end."""

    samples: np.ndarray
    gain: float
    fade_in: float = 10.0
    fade_out: float = 20.0


class SessionMixer:
    """Mixes placed sounds (and an optional looped background) into mono int16 PCM."""

    def __init__(
        self,
        placements: list[tuple[float, np.ndarray]],
        duration: float,
        rate: int = RATE,
        background: Background | None = None,
    ) -> None:
        self.rate = rate
        self.background = background if background is not None and len(background.samples) else None
        items = [Placement(round(at * rate), s) for at, s in placements if len(s)]
        self._placements = sorted(items, key=lambda p: p.start)
        self._starts = [p.start for p in self._placements]
        self._longest = max((len(p.samples) for p in self._placements), default=0)
        self.total_frames = round(duration * rate)
        self._session_frames = self.total_frames  # the background fades out by here
        self.frame = 0
        self.gain = 1.0
        #: start, end, from, to, and whether the ramp is even in loudness (in dB).
        self._ramp: tuple[int, int, float, float, bool] | None = None

    @property
    def position(self) -> float:
        """Read position in seconds."""
        return self.frame / self.rate

    @property
    def exhausted(self) -> bool:
        return self.frame >= self.total_frames

    def seek(self, seconds: float) -> None:
        self.frame = min(max(0, round(seconds * self.rate)), self.total_frames)
        self._ramp = None

    def fade_to(self, gain: float, seconds: float) -> None:
        """Ramp the gain from its current value to *gain* over *seconds* of stream."""
        end = self.frame + max(1, round(seconds * self.rate))
        self._ramp = (self.frame, end, self.gain, gain, False)

    def fade_out_and_end(self, seconds: float) -> None:
        """Fade to silence, evenly to the ear (the level falls by the same number of
        decibels each moment, down to -60 dB), then end the stream there."""
        end = self.frame + max(1, round(seconds * self.rate))
        self._ramp = (self.frame, end, self.gain, 0.0, True)
        self.total_frames = min(self.total_frames, end)

    def read_samples(self, count: int) -> np.ndarray:
        """The next *count* frames (fewer at the end) as int16; advances."""
        count = max(0, min(count, self.total_frames - self.frame))
        start, stop = self.frame, self.frame + count
        out = np.zeros(count, dtype=np.float32)
        first = bisect.bisect_left(self._starts, start - self._longest)
        for placement in self._placements[first:]:
            if placement.start >= stop:
                break
            if placement.end <= start:
                continue
            lo = max(start, placement.start)
            hi = min(stop, placement.end)
            out[lo - start : hi - start] += placement.samples[
                lo - placement.start : hi - placement.start
            ]
        if self.background is not None and count:
            self._add_background(out, start)
        self._apply_gain(out, start)
        self.frame = stop
        return np.clip(out, -32768, 32767).astype(np.int16)

    def read(self, count: int) -> bytes:
        """Like :meth:`read_samples`, as little-endian PCM bytes."""
        return self.read_samples(count).astype("<i2").tobytes()

    def _add_background(self, out: np.ndarray, start: int) -> None:
        bg = self.background
        assert bg is not None
        frames = np.arange(start, start + len(out))
        loop = bg.samples[frames % len(bg.samples)].astype(np.float32)
        end = self._session_frames
        fade_in = max(1.0, bg.fade_in * self.rate)
        fade_out = max(1.0, min(bg.fade_out * self.rate, end / 2))
        envelope = np.minimum(frames / fade_in, (end - frames) / fade_out)
        out += loop * (np.clip(envelope, 0.0, 1.0) * bg.gain).astype(np.float32)

    def _apply_gain(self, out: np.ndarray, start: int) -> None:
        if self._ramp is None:
            if self.gain != 1.0:
                out *= self.gain
            return
        ramp_start, ramp_end, g0, g1, even = self._ramp
        frames = np.arange(start, start + len(out), dtype=np.float64)
        t = np.clip((frames - ramp_start) / (ramp_end - ramp_start), 0.0, 1.0)
        # Even: 0 dB to -60 dB in a straight line, pulled down to exactly 0 at the end.
        gains = g0 * (10.0 ** (-3.0 * t) - 0.001 * t) if even else g0 + (g1 - g0) * t
        out *= gains.astype(np.float32)
        if start + len(out) >= ramp_end:
            self.gain = g1
            self._ramp = None
        elif len(out):
            self.gain = float(gains[-1])

    def write_wav(
        self,
        writer: AudioWriter,
        chunk: int = RATE * 10,
        progress: Callable[[float], None] | None = None,
    ) -> None:
        """Write the rest of the stream to *writer*, reporting progress 0..1."""
        while not self.exhausted:
            writer.write(self.read(chunk))
            if progress is not None:
                progress(self.frame / max(1, self.total_frames))
