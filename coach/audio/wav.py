"""Read and write 16-bit PCM WAV files as numpy arrays at the session rate."""

from __future__ import annotations

import io
import os
import struct
import wave
from pathlib import Path

import numpy as np

# The session stream's sample rate (eSpeak NG renders at this rate too).
from coach.audio.rate import RATE as RATE

#: Sample rates a WAV file may have (below is not speech, above is not needed).
MIN_RATE, MAX_RATE = 8_000, 96_000
#: The longest recorded prompt accepted (seconds).
MAX_RECORDING_SECONDS = 60.0
#: The longest WAV the app reads at all (seconds): nothing it plays is near this.
MAX_READ_SECONDS = 15 * 60.0


class WavError(ValueError):
    """A WAV file could not be used."""


def read_wav(path: Path, rate: int = RATE) -> np.ndarray:
    """Mono int16 samples of *path*, resampled to *rate* if needed."""
    try:
        with wave.open(str(path), "rb") as wav:
            return _decoded(wav, rate, MAX_READ_SECONDS)
    except (OSError, EOFError, wave.Error, struct.error) as exc:
        raise WavError(
            f"{path}: not a readable WAV file ({str(exc) or 'it is cut short'})"
        ) from None
    except WavError as exc:
        raise WavError(f"{path}: {exc}") from None


def decode_recording(data: bytes, rate: int = RATE) -> np.ndarray:
    """A recorded prompt's WAV bytes as mono int16 at *rate*, checked to the app's rules:
    16-bit PCM, mono or stereo, 8–96 kHz, at most a minute.  Raises :class:`WavError`
    whose message completes "the recording … " (e.g. "is not a WAV file")."""
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            return _decoded(wav, rate, MAX_RECORDING_SECONDS)
    except (EOFError, wave.Error, struct.error) as exc:
        raise WavError(f"is not a valid WAV file ({str(exc) or 'it is cut short'})") from None


def _decoded(wav: wave.Wave_read, rate: int, max_seconds: float) -> np.ndarray:
    channels, width, source_rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
    if width != 2:
        raise WavError(f"is {width * 8}-bit; only 16-bit WAV files are supported")
    if channels not in (1, 2):
        raise WavError(f"has {channels} channels; only mono or stereo is supported")
    if not MIN_RATE <= source_rate <= MAX_RATE:
        raise WavError(
            f"has a sample rate of {source_rate} Hz; it must be between "
            f"{MIN_RATE // 1000} and {MAX_RATE // 1000} kHz"
        )
    seconds = wav.getnframes() / source_rate
    if seconds > max_seconds:
        raise WavError(f"lasts {seconds:.0f} s; at most {max_seconds:.0f} s is accepted")
    frames = wav.readframes(wav.getnframes())
    samples = np.frombuffer(frames[: len(frames) - len(frames) % (2 * channels)], dtype="<i2")
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1).astype(np.int16)
    if source_rate != rate and len(samples):
        samples = resample(samples, source_rate, rate)
    return samples.astype(np.int16, copy=False)


def encode_wav(samples: np.ndarray, rate: int = RATE) -> bytes:
    """*samples* (mono int16) as the bytes of a WAV file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.astype("<i2").tobytes())
    return buffer.getvalue()


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
