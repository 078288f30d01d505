"""The Opus export's stream resampler: block by block, the same as all at once."""

from __future__ import annotations

import numpy as np
from scipy.signal import resample_poly

from coach.audio.encoded import UnknownFormat, _Resampler, open_writer


def test_the_stream_is_resampled_without_seams() -> None:
    rng = np.random.default_rng(7)
    signal = (rng.standard_normal(22050 * 5) * 4000).clip(-32768, 32767).astype(np.int16)
    resampler = _Resampler(22050, 24000, periods=50)  # blocks of 7350 samples
    pieces = [resampler.feed(signal[i : i + 7777]) for i in range(0, len(signal), 7777)]
    out = np.concatenate([*pieces, resampler.finish()])
    whole = resample_poly(signal.astype(float), 160, 147)
    assert len(out) == len(whole)
    assert np.max(np.abs(out.astype(float) - whole.clip(-32768, 32767))) <= 1.0


def test_an_unknown_extension_is_named(tmp_path) -> None:
    try:
        open_writer(tmp_path / "night.mp3")
    except UnknownFormat as exc:
        assert "not “.mp3”" in str(exc)
    else:
        raise AssertionError("an .mp3 was accepted")
    assert list(tmp_path.iterdir()) == []
