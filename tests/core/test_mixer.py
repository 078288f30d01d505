"""The session mixer and onset detection (numpy, no Qt)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support.onsets import relative, speech_onsets

from coach.audio.mixer import SessionMixer
from coach.audio.wav import RATE, WavError, WavWriter, read_wav, write_wav


def tone(seconds: float, freq: float = 300.0, level: int = 6000) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (np.sin(2 * np.pi * freq * t) * level).astype(np.int16)


def test_prompts_land_on_their_exact_sample() -> None:
    mixer = SessionMixer([(1.0, tone(0.3)), (2.5, tone(0.2))], duration=4.0)
    out = np.concatenate([mixer.read_samples(997) for _ in range(100)])  # odd chunk size
    assert len(out) == 4 * RATE
    assert mixer.exhausted
    loud = np.flatnonzero(out)
    assert loud[0] == RATE + 1  # sin(0) == 0 at the first sample of the tone
    assert speech_onsets(out, RATE, threshold=10) == pytest.approx([1.0, 2.5], abs=2 / RATE)


def test_seek_moves_the_read_position() -> None:
    mixer = SessionMixer([(1.0, tone(0.5))], duration=3.0)
    mixer.seek(1.25)
    chunk = mixer.read_samples(RATE // 10)
    assert np.array_equal(chunk, tone(0.5)[RATE // 4 : RATE // 4 + RATE // 10])
    mixer.seek(99)
    assert mixer.exhausted and len(mixer.read(100)) == 0


def test_overlapping_sounds_are_mixed_and_clipped() -> None:
    loud = np.full(100, 30000, dtype=np.int16)
    mixer = SessionMixer([(0.0, loud), (0.0, loud)], duration=100 / RATE)
    assert mixer.read_samples(100).max() == 32767


def test_fade_out_reaches_silence_and_ends_the_stream() -> None:
    mixer = SessionMixer([(0.0, tone(5.0))], duration=5.0)
    mixer.read_samples(RATE)
    mixer.fade_out_and_end(1.0)
    rest = np.concatenate([mixer.read_samples(512) for _ in range(200)])
    assert len(rest) == RATE  # ended after the one-second fade
    assert np.abs(rest[-64:]).max() <= 20
    first, last = np.abs(rest[:2000]).max(), np.abs(rest[-3000:]).max()
    assert last < first / 5


def test_writes_a_session_to_a_file(tmp_path: Path) -> None:
    mixer = SessionMixer([(0.5, tone(0.2))], duration=1.0)
    path = tmp_path / "session.wav"
    seen: list[float] = []
    writer = WavWriter(path)
    mixer.write_wav(writer, chunk=1000, progress=seen.append)
    writer.close()
    samples = read_wav(path)
    assert len(samples) == RATE and seen[-1] == 1.0
    assert speech_onsets(samples, RATE, threshold=10) == pytest.approx([0.5], abs=2 / RATE)


def test_read_wav_resamples_and_mixes_down(tmp_path: Path) -> None:
    import wave

    path = tmp_path / "stereo.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(44100)
        wav.writeframes(np.zeros(44100 * 2, dtype="<i2").tobytes())
    assert len(read_wav(path)) == RATE
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF....")
    with pytest.raises(WavError, match="not a readable WAV"):
        read_wav(bad)


def test_write_wav_round_trip(tmp_path: Path) -> None:
    samples = tone(0.1)
    write_wav(tmp_path / "t.wav", samples)
    assert np.array_equal(read_wav(tmp_path / "t.wav"), samples)


def test_onsets_need_a_quiet_gap() -> None:
    audio = np.zeros(RATE * 3, dtype=np.int16)
    audio[RATE // 2 : RATE // 2 + 100] = 5000
    audio[RATE // 2 + 2000 : RATE // 2 + 2100] = 5000  # 90 ms later: same utterance
    audio[2 * RATE : 2 * RATE + 100] = 5000
    onsets = speech_onsets(audio, RATE)
    assert onsets == pytest.approx([0.5, 2.0])
    assert relative(onsets) == pytest.approx([0.0, 1.5])


def test_the_stop_fade_falls_evenly_to_the_ear() -> None:
    """Half way through, the level is about -30 dB (a straight gain ramp would still be at
    -6 dB and then drop away at the very end: heard as a short fade)."""
    mixer = SessionMixer([(0.0, tone(5.0))], duration=5.0)
    mixer.read_samples(RATE)
    before = np.sqrt(np.mean(mixer.read_samples(2205).astype(float) ** 2))
    mixer.fade_out_and_end(1.0)
    rest = np.concatenate([mixer.read_samples(512) for _ in range(50)]).astype(float)

    def level_at(seconds: float) -> float:
        i = round(seconds * RATE)
        rms = np.sqrt(np.mean(rest[i - 1102 : i + 1102] ** 2))
        return 20 * np.log10(rms / before)

    assert -36 < level_at(0.5) < -24
    assert -18 < level_at(0.25) < -10
    assert level_at(0.95) < -45
