"""Record a prompt in someone's own voice with QtMultimedia, with a level meter."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices

from coach.audio.wav import RATE, trim_silence, write_wav


def default_input() -> QAudioDevice | None:
    device = QMediaDevices.defaultAudioInput()
    return None if device.isNull() else device


class VoiceRecorder(QObject):
    """Records mono 16-bit audio from *device*; ``level`` reports 0..1 as it comes in."""

    level = Signal(float)

    def __init__(self, device: QAudioDevice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
        self._format = fmt
        self._source = QAudioSource(device, fmt, self)
        self._io: QIODevice | None = None
        self._chunks: list[np.ndarray] = []

    @property
    def recording(self) -> bool:
        return self._io is not None

    def start(self) -> None:
        self._chunks = []
        self._io = self._source.start()
        self._io.readyRead.connect(self._read)

    def _read(self) -> None:
        if self._io is None:
            return
        data = bytes(self._io.readAll().data())
        if not data:
            return
        samples = self._to_mono(data)
        self._chunks.append(samples)
        rms = float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if len(samples) else 0.0
        # A meter in decibels reads naturally: -60 dBFS at the bottom, 0 at the top.
        db = 20 * math.log10(max(rms, 1.0) / 32768)
        self.level.emit(max(0.0, min(1.0, (db + 60) / 60)))

    def _to_mono(self, data: bytes) -> np.ndarray:
        fmt = self._format
        if fmt.sampleFormat() == QAudioFormat.SampleFormat.Float:
            samples = (np.frombuffer(data, dtype="<f4") * 32767).astype(np.int16)
        else:
            samples = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")
        channels = max(1, fmt.channelCount())
        if channels > 1:
            samples = samples[: len(samples) // channels * channels]
            samples = samples.reshape(-1, channels).mean(axis=1).astype(np.int16)
        if fmt.sampleRate() != RATE and len(samples):
            from coach.audio.wav import resample

            samples = resample(samples, fmt.sampleRate(), RATE)
        return samples

    def stop(self) -> np.ndarray:
        """Stop and return what was recorded (near-silent edges trimmed)."""
        if self._io is not None:
            self._read()
            self._source.stop()
            self._io = None
        samples = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int16)
        return trim_silence(samples) if len(samples) else samples

    @staticmethod
    def save(samples: np.ndarray, path: Path) -> None:
        """Keep a recording at the same loudness as the synthetic prompts."""
        from coach.audio.loudness import normalise

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_wav(path, normalise(samples, RATE))
