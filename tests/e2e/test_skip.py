"""End to end: a skip moves the clock at once, and presses in quick succession make
one move (the stream restarts once, at the last place).

A stream of four tones, one per ten-second "section", played through the real sink
and recorded from its monitor.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support.players import KINDS, Made, make_player
from support.pulse import PulseServer, read_raw, recording

from coach.audio.wav import RATE

pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("kind", KINDS)]
TONES = (300.0, 500.0, 700.0, 900.0)  # Hz, one per 10 s
AMPLITUDE = 10_000
MS = RATE // 1000


def _tones(kind: str, folder: Path) -> Made:
    t = np.arange(RATE * 10) / RATE
    placements = [(10.0 * i, np.sin(2 * np.pi * f * t) * AMPLITUDE) for i, f in enumerate(TONES)]
    return make_player(kind, placements, 40.0, folder)


def _pitch(chunk: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(chunk * np.hanning(len(chunk))))
    return float(np.argmax(spectrum) * RATE / len(chunk))


def _play_and_skip(kind: str, pulse: PulseServer, tmp_path: Path, qtbot, targets: list[float]):
    raw = tmp_path / "skip.raw"
    with recording(pulse, raw, RATE):
        player = _tones(kind, tmp_path / "sounds").player
        try:
            player.start(0.0)
            qtbot.waitUntil(lambda: player.position() > 2.0, timeout=10_000)
            pressed_at = player.position()  # heard position of the first tone
            for target in targets:
                player.seek(target)
                assert player.position() == target  # the clock moves at once
            qtbot.waitUntil(lambda: player.position() > targets[-1] + 1.0, timeout=10_000)
        finally:
            player.close()
    return read_raw(raw).astype(np.float64), pressed_at


def _first_tone_start(audio: np.ndarray) -> int:
    return int(np.flatnonzero(np.abs(audio) > AMPLITUDE / 4)[0])


def test_presses_in_quick_succession_make_one_move(
    kind: str, pulse: PulseServer, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.address)
    audio, pressed_at = _play_and_skip(kind, pulse, tmp_path, qtbot, [10.0, 20.0, 30.0])
    start = _first_tone_start(audio)
    pressed = start + round(pressed_at * RATE)
    heard = [
        _pitch(audio[i : i + 50 * MS])
        for i in range(pressed, len(audio) - 50 * MS, 50 * MS)
        if np.abs(audio[i : i + 50 * MS]).max() > AMPLITUDE / 2
    ]
    # After the first tone, straight to the last place: neither 500 nor 700 Hz is heard.
    pitches = {round(p / 100) * 100 for p in heard}
    assert pitches <= {300, 900}, pitches
    assert 900 in pitches
