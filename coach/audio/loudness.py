"""Even loudness for every prompt: synthetic voices and own recordings alike.

Each prompt is brought to one calm integrated loudness (ITU-R BS.1770, measured
with pyloudnorm) with a peak ceiling, before the volume setting applies, so no
engine or recording is suddenly louder than another.
"""

from __future__ import annotations

import numpy as np

#: The integrated loudness every prompt is brought to (LUFS), at volume 1.0: about
#: where eSpeak NG spoke before, so the voice is as loud as people are used to.
TARGET_LUFS = -21.0
#: The true peak (between samples, found 4× oversampled) never goes above this (dBTP).
PEAK_CEILING_DB = -1.0
#: BS.1770 needs 400 ms blocks: shorter prompts are measured with silence after them
#: (the gate leaves the silence out of the figure).
_MIN_SECONDS = 0.5


def loudness(samples: np.ndarray, rate: int) -> float:
    """Integrated loudness of int16 *samples* in LUFS (-inf for silence)."""
    import pyloudnorm

    audio = samples.astype(np.float64) / 32768.0
    if len(audio) < rate * _MIN_SECONDS:
        audio = np.concatenate([audio, np.zeros(int(rate * _MIN_SECONDS) - len(audio))])
    with np.errstate(divide="ignore"):
        return float(pyloudnorm.Meter(rate).integrated_loudness(audio))


def peak_db(samples: np.ndarray) -> float:
    """The sample peak in dBFS."""
    peak = float(np.max(np.abs(samples.astype(np.int32)))) if len(samples) else 0.0
    return 20 * np.log10(peak / 32768.0) if peak > 0 else -np.inf


def true_peak_db(samples: np.ndarray) -> float:
    """The true peak in dBTP: the sample peak of the signal oversampled 4× (BS.1770)."""
    from scipy.signal import resample_poly

    if len(samples) == 0:
        return -np.inf
    over = resample_poly(samples.astype(np.float64) / 32768.0, 4, 1)
    peak = float(np.max(np.abs(over)))
    return 20 * np.log10(peak) if peak > 0 else -np.inf


def normalise(samples: np.ndarray, rate: int, volume: float = 1.0) -> np.ndarray:
    """*samples* at :data:`TARGET_LUFS` (times *volume*), never above the peak ceiling."""
    measured = loudness(samples, rate)
    if not np.isfinite(measured) or len(samples) == 0:
        return samples
    gain_db = TARGET_LUFS - measured + 20 * np.log10(max(volume, 1e-4))
    gain_db = min(gain_db, PEAK_CEILING_DB - true_peak_db(samples))
    out = samples.astype(np.float64) * 10 ** (gain_db / 20)
    return np.clip(np.round(out), -32768, 32767).astype(np.int16)


def finish_prompt(source: object, target: object, volume: float) -> None:
    """A rendered prompt made ready to play: silence trimmed, loudness even, then *volume*.

    Runs where the prompt was rendered (the speech helper process), so the app itself
    never loads the loudness meter and its filters.
    """
    from pathlib import Path

    from coach.audio.wav import RATE, read_wav, trim_silence, write_wav

    samples = read_wav(Path(str(source)))  # refuses what could not be played
    write_wav(Path(str(target)), normalise(trim_silence(samples), RATE, volume))
