"""The app's own gentle sounds: a soft low chime and loopable brown or pink noise.

They are generated here (``scripts/make-sounds`` writes them to
``assets/sounds/``) and kept deliberately quiet: the chime peaks at -20 dBFS,
the noise at about -22 dBFS, before the user's volume settings.
"""

from __future__ import annotations

import numpy as np

from coach.audio.mix_plan import CHIME_LEAD as CHIME_LEAD  # how far before a step its chime starts
from coach.audio.wav import RATE

#: Loudest sample of each sound, as a fraction of full scale.
CHIME_PEAK = 10 ** (-20 / 20)
NOISE_PEAK = 10 ** (-22 / 20)


def _to_int16(signal: np.ndarray, peak: float) -> np.ndarray:
    signal = signal / np.max(np.abs(signal)) * peak * 32767
    return np.round(signal).astype(np.int16)


def chime(rate: int = RATE) -> np.ndarray:
    """A soft, low bell: G3 with two quiet partials, a gentle attack and a long decay."""
    seconds = 2.2
    t = np.arange(round(seconds * rate)) / rate
    base = 196.0
    tone = (
        np.sin(2 * np.pi * base * t)
        + 0.35 * np.sin(2 * np.pi * base * 2.0 * t) * np.exp(-t)
        + 0.12 * np.sin(2 * np.pi * base * 3.01 * t) * np.exp(-2 * t)
    )
    envelope = np.minimum(1.0, t / 0.03) * np.exp(-t / 0.55)
    tail = np.clip((seconds - t) / 0.3, 0.0, 1.0)  # end at exactly zero
    return _to_int16(tone * envelope * tail, CHIME_PEAK)


def noise(colour: str, seconds: float = 12.0, rate: int = RATE, seed: int = 7) -> np.ndarray:
    """Brown or pink noise made in the frequency domain, so it loops without a seam."""
    count = round(seconds * rate)
    rng = np.random.default_rng(seed)
    spectrum = rng.normal(size=count // 2 + 1) + 1j * rng.normal(size=count // 2 + 1)
    freqs = np.fft.rfftfreq(count, 1 / rate)
    freqs[0] = freqs[1]
    if colour == "brown":
        shape = 1 / freqs
    elif colour == "pink":
        shape = 1 / np.sqrt(freqs)
    else:
        raise ValueError(f"unknown noise colour {colour!r}; use brown or pink")
    # Roll off the highs so nothing hisses, and the lowest rumble for small speakers.
    shape = shape / (1 + (freqs / 1800.0) ** 2) / (1 + (40.0 / freqs) ** 2)
    signal = np.fft.irfft(spectrum * shape, n=count)
    return _to_int16(signal, NOISE_PEAK)


def levels(samples: np.ndarray) -> tuple[float, float]:
    """(peak, RMS) in dBFS."""
    x = samples.astype(np.float64) / 32768
    peak = float(np.max(np.abs(x))) if len(x) else 0.0
    rms = float(np.sqrt(np.mean(x**2))) if len(x) else 0.0
    return 20 * np.log10(max(peak, 1e-9)), 20 * np.log10(max(rms, 1e-9))
