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
