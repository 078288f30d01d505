"""Find where speech starts in a recording: for timing tests and benchmarks."""

from __future__ import annotations

import numpy as np

#: About -40 dBFS: quiet enough to catch soft starts, far above digital silence.
DEFAULT_THRESHOLD = 330


def speech_onsets(
    samples: np.ndarray, rate: int, *, threshold: int = DEFAULT_THRESHOLD, min_gap: float = 0.4
) -> list[float]:
    """Seconds at which sound starts after at least *min_gap* seconds of quiet."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > threshold)
    if not len(loud):
        return []
    gaps = np.diff(loud) > round(min_gap * rate)
    starts = np.concatenate(([loud[0]], loud[1:][gaps]))
    return [float(s) / rate for s in starts]


def relative(onsets: list[float]) -> list[float]:
    """Each onset relative to the first."""
    return [t - onsets[0] for t in onsets] if onsets else []


def dropouts(
    heard: np.ndarray,
    reference: np.ndarray,
    heard_onsets: list[float],
    expected_onsets: list[float],
    rate: int,
    *,
    window: float = 0.005,
) -> int:
    """How many times the sound went silent inside a prompt where the reference sounds.

    Each prompt (from its onset to the next) is lined up by its own onset, so a late
    prompt counts only if it also breaks up; a run of quiet windows counts once."""
    size = max(1, round(window * rate))
    count = 0
    ends = [*expected_onsets[1:], len(reference) / rate]
    for want, end in zip(expected_onsets, ends, strict=True):
        got = min(heard_onsets, key=lambda g: abs(g - want - heard_onsets[0] + expected_onsets[0]))
        shift = round((got - want) * rate)
        quiet = False
        for at in range(round(want * rate), round(end * rate) - size, size):
            ref = reference[at : at + size].astype(np.float64)
            if at + shift < 0 or at + shift + size > len(heard):
                break
            here = heard[at + shift : at + shift + size].astype(np.float64)
            gap = np.sqrt(np.mean(ref**2)) > 300 and np.abs(here).max() < 5
            count += gap and not quiet
            quiet = gap
    return count
