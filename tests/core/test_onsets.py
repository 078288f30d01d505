"""The measuring tools of the timing tests and benchmarks measure what they say."""

from __future__ import annotations

import numpy as np
from support.onsets import dropouts, speech_onsets

RATE = 22050


def _prompts() -> np.ndarray:
    """Two one-second tones, two seconds apart, in four seconds."""
    audio = np.zeros(RATE * 4, dtype=np.int16)
    tone = (np.sin(np.arange(RATE) * 0.2) * 8000).astype(np.int16)
    audio[RATE // 2 : RATE // 2 + RATE] = tone
    audio[RATE * 5 // 2 : RATE * 5 // 2 + RATE] = tone
    return audio


def test_a_late_but_whole_recording_has_no_dropouts() -> None:
    reference = _prompts()
    heard = np.concatenate([np.zeros(RATE // 3, dtype=np.int16), reference])
    found = dropouts(
        heard, reference, speech_onsets(heard, RATE), speech_onsets(reference, RATE), RATE
    )
    assert found == 0


def test_each_silent_break_inside_a_prompt_counts_once() -> None:
    reference = _prompts()
    heard = np.concatenate([np.zeros(RATE // 3, dtype=np.int16), reference])
    start = RATE // 3 + RATE // 2 + RATE // 4
    heard[start : start + RATE // 50] = 0  # 20 ms lost in the first prompt
    second = RATE // 3 + RATE * 5 // 2 + RATE // 2
    heard[second : second + RATE // 100] = 0  # and 10 ms in the second
    found = dropouts(
        heard, reference, speech_onsets(heard, RATE), speech_onsets(reference, RATE), RATE
    )
    assert found == 2
