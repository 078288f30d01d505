"""Read and write 16-bit PCM WAV files as numpy arrays at the session rate."""

from __future__ import annotations

import os
import wave
from pathlib import Path

import numpy as np

#: The session stream's sample rate (eSpeak NG renders at this rate too).
RATE = 22050


class WavError(ValueError):
    """A WAV file could not be used."""


def read_wav(path: Path, rate: int = RATE) -> np.ndarray:
    """Mono int16 samples of *path*, resampled to *rate* if needed."""
    try:
        with wave.open(str(path), "rb") as wav:
            channels = wav.getnchannels()
            width = wav.getsampwidth()
            source_rate = wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise WavError(f"{path}: not a readable WAV file ({exc})") from None
    if width != 2:
        raise WavError(f"{path}: only 16-bit WAV files are supported, this one is {width * 8}-bit")
    if channels < 1 or source_rate <= 0:
        raise WavError(f"{path}: the WAV header is invalid")
    samples = np.frombuffer(frames[: len(frames) - len(frames) % (2 * channels)], dtype="<i2")
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1).astype(np.int16)
    if source_rate != rate and len(samples):
        samples = resample(samples, source_rate, rate)
    return samples.astype(np.int16, copy=False)


def resample(samples: np.ndarray, source_rate: int, rate: int) -> np.ndarray:
    """Linear-interpolation resampling (enough for speech prompts)."""
    count = max(1, round(len(samples) * rate / source_rate))
    positions = np.arange(count) * (source_rate / rate)
    out = np.interp(positions, np.arange(len(samples)), samples.astype(np.float32))
    return np.clip(np.round(out), -32768, 32767).astype(np.int16)


class WavWriter:
    """Streams mono int16 audio to a WAV file, written atomically on close."""

    def __init__(self, path: Path, rate: int = RATE) -> None:
        self.path = path
        self._tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
        # Readable only by the person (prompts can be their own recorded voice).
        fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._file = os.fdopen(fd, "wb")
        self._wav = wave.open(self._file, "wb")  # noqa: SIM115 - closed in close()
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(rate)

    def write(self, data: bytes) -> None:
        self._wav.writeframesraw(data)

    def close(self) -> None:
        self._wav.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        self._wav.close()
        self._file.close()
        self._tmp.unlink(missing_ok=True)


#: Below this level (about -58 dBFS) a prompt's edge counts as silence.
EDGE_THRESHOLD = 40
#: Kept before the first sound so a soft consonant is not clipped (seconds).
PRE_ROLL = 0.002


def trim_silence(samples: np.ndarray, rate: int = RATE) -> np.ndarray:
    """*samples* without the near-silence a speech engine puts before and after the words,
    so that speech begins exactly when its cue is due."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > EDGE_THRESHOLD)
    if not len(loud):
        return samples
    start = max(0, int(loud[0]) - round(PRE_ROLL * rate))
    return samples[start : int(loud[-1]) + 1]


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> None:
    """Write *samples* (mono int16) to *path* atomically."""
    writer = WavWriter(path, rate)
    try:
        writer.write(samples.astype("<i2").tobytes())
    except BaseException:
        writer.abort()
        raise
    writer.close()
