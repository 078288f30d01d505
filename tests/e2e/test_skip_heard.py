"""End to end: a skip is heard at once — the new words start within 150 ms of the key,
measured at the sink (the stream restarts at the new place; nothing buffered is waited
for).  The cut itself is not faded yet: see docs/reliability.md."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support.pulse import PulseServer, read_raw, recording

from coach.audio.mixer import SessionMixer
from coach.audio.player import StreamPlayer, default_output
from coach.audio.wav import RATE

pytestmark = pytest.mark.e2e
LOW, HIGH = 300.0, 900.0
AMPLITUDE = 12_000
MS = RATE // 1000


def _mixer() -> SessionMixer:
    """A 300 Hz tone for 10 s, then a 900 Hz tone: a skip to 10 s changes the pitch."""
    t = np.arange(RATE * 10) / RATE
    low = (np.sin(2 * np.pi * LOW * t) * AMPLITUDE).astype(np.float32)
    high = (np.sin(2 * np.pi * HIGH * t) * AMPLITUDE).astype(np.float32)
    return SessionMixer([(0.0, low), (10.0, high)], 20.0)


def _play_and_skip(pulse: PulseServer, tmp_path: Path, qtbot) -> tuple[np.ndarray, int]:
    """The recording, and the sample in it at which the key was pressed."""
    raw = tmp_path / "skip.raw"
    with recording(pulse, raw, RATE):
        device = default_output()
        assert device is not None, "Qt sees no audio output on the test server"
        player = StreamPlayer(_mixer(), device)
        try:
            player.start(0.0)
            qtbot.waitUntil(lambda: player.position() > 3.0, timeout=10_000)
            pressed_at = player.position()  # what is heard at the key
            player.seek(10.0)
            qtbot.waitUntil(lambda: player.position() > 11.5, timeout=10_000)
        finally:
            player.close()
    audio = read_raw(raw).astype(np.float64)
    start = int(np.flatnonzero(np.abs(audio) > AMPLITUDE / 4)[0])
    return audio, start + round(pressed_at * RATE)


def _pitch(chunk: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(chunk * np.hanning(len(chunk))))
    return float(np.argmax(spectrum) * RATE / len(chunk))


def test_a_skip_is_heard_within_150_ms(
    pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    audio, pressed = _play_and_skip(pulse, tmp_path, qtbot)
    window = 10 * MS
    new_words = next(
        i
        for i in range(pressed, len(audio) - window, MS)
        if np.abs(audio[i : i + window]).max() > AMPLITUDE / 2
        and abs(_pitch(audio[i : i + 4 * window]) - HIGH) < 60
    )
    latency = (new_words - pressed) / RATE
    print(f"skip heard after {latency * 1000:.0f} ms")
    assert latency <= 0.150, f"the new words started {latency * 1000:.0f} ms after the key"
