"""Session audio as FLAC, Ogg Vorbis or Ogg Opus (libsndfile, through soundfile), chosen
by the file's extension; WAV stays :class:`coach.audio.wav.WavWriter`.

A 15-minute WAV is about 40 MB; FLAC keeps every sample in about half, Vorbis and Opus
keep the voice in a tenth.  Opus takes 8, 12, 16, 24 or 48 kHz only, so its stream is
resampled on the way (polyphase, in overlapping blocks: no seam between them).  Every
writer writes beside its target, readable only by the person, and moves into place
only when whole.
"""

from __future__ import annotations

import os
from math import gcd
from pathlib import Path
from typing import Protocol

import numpy as np

from coach.audio.wav import RATE, WavWriter

#: Extension → (libsndfile format, subtype), for what the export offers.
FORMATS = {
    ".flac": ("FLAC", "PCM_16"),
    ".ogg": ("OGG", "VORBIS"),
    ".opus": ("OGG", "OPUS"),
}
OPUS_RATE = 24_000  # enough for a voice, and one Opus accepts
#: What the save dialogs offer.
FILTER = "WAV audio (*.wav);;FLAC audio (*.flac);;Ogg Vorbis audio (*.ogg);;Opus audio (*.opus)"


class AudioWriter(Protocol):
    path: Path

    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


class UnknownFormat(ValueError):
    """The file's extension is not one the export writes."""


def open_writer(path: Path, rate: int = RATE) -> AudioWriter:
    """A writer for *path* by its extension (``.wav``, ``.flac``, ``.ogg``, ``.opus``)."""
    suffix = path.suffix.lower()
    if suffix == ".wav":
        return WavWriter(path, rate)
    if suffix in FORMATS:
        return EncodedWriter(path, rate)
    raise UnknownFormat(
        f"{path.name}: the audio is written as .wav, .flac, .ogg or .opus, not “{suffix}”"
    )


class EncodedWriter:
    """Streams mono int16 audio into a compressed file."""

    def __init__(self, path: Path, rate: int = RATE) -> None:
        import soundfile

        self.path = path
        kind, subtype = FORMATS[path.suffix.lower()]
        self._resampler = _Resampler(rate, OPUS_RATE) if subtype == "OPUS" else None
        out_rate = OPUS_RATE if subtype == "OPUS" else rate
        self._tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
        fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        try:
            self._file = soundfile.SoundFile(str(self._tmp), "w", out_rate, 1, subtype, format=kind)
        except (RuntimeError, soundfile.LibsndfileError) as exc:
            self._tmp.unlink(missing_ok=True)
            raise OSError(0, f"the {kind} encoder cannot start: {exc}", str(path)) from None

    def write(self, data: bytes) -> None:
        samples = np.frombuffer(data, dtype="<i2")
        if self._resampler is not None:
            samples = self._resampler.feed(samples)
        if len(samples):
            self._file.write(samples)

    def close(self) -> None:
        if self._resampler is not None:
            rest = self._resampler.finish()
            if len(rest):
                self._file.write(rest)
        self._file.close()
        with open(self._tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        try:
            self._file.close()
        finally:
            self._tmp.unlink(missing_ok=True)


class _Resampler:
    """A polyphase resampler for a stream: each block is resampled with context on both
    sides (a whole number of the ratio's periods), and only its middle is kept."""

    def __init__(self, rate_in: int, rate_out: int, periods: int = 2048) -> None:
        common = gcd(rate_in, rate_out)
        self.up, self.down = rate_out // common, rate_in // common
        self.context = self.down * 8  # input samples either side (a whole period)
        self._pending = np.zeros(0, dtype=np.int16)
        self._history = np.zeros(self.context, dtype=np.int16)  # silence before the start
        self._step = self.down * periods  # input samples per block

    def _run(self, block: np.ndarray) -> np.ndarray:
        from scipy.signal import resample_poly

        out = resample_poly(block.astype(np.float64), self.up, self.down)
        return np.asarray(out)

    def feed(self, samples: np.ndarray) -> np.ndarray:
        """Resampled output for what can be done so far (the rest waits for context)."""
        self._pending = np.concatenate([self._pending, samples])
        step = self._step
        done: list[np.ndarray] = []
        while len(self._pending) >= step + self.context:
            done.append(
                self._block(self._pending[:step], self._pending[step : step + self.context])
            )
            self._pending = self._pending[step:]
        return np.concatenate(done) if done else np.zeros(0, dtype=np.int16)

    def finish(self) -> np.ndarray:
        """The rest, with silence after the end as its context."""
        rest = self._pending
        if not len(rest):
            return np.zeros(0, dtype=np.int16)
        whole = -(-len(rest) // self.down) * self.down
        padded = np.concatenate([rest, np.zeros(whole - len(rest), dtype=np.int16)])
        out = self._block(padded, np.zeros(self.context, dtype=np.int16))
        self._pending = np.zeros(0, dtype=np.int16)
        return out[: round(len(rest) * self.up / self.down)]

    def _block(self, block: np.ndarray, after: np.ndarray) -> np.ndarray:
        window = np.concatenate([self._history, block, after])
        out = self._run(window)
        skip = self.context * self.up // self.down
        keep = len(block) * self.up // self.down
        self._history = block[-self.context :]
        middle = out[skip : skip + keep]
        return np.clip(np.round(middle), -32768, 32767).astype(np.int16)
