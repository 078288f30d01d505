"""Hostile setup files, built byte by byte: damaged zips, odd WAVs, nested and long names."""

from __future__ import annotations

import io
import json
import struct
import wave
import zipfile
from collections.abc import Callable

import numpy as np

from coach.paths import assets_dir

GOOD_ROUTINE = (assets_dir() / "routines" / "four-groups.toml").read_bytes()
FORMAT = "wind-down-coach-setup"


def zipped(
    entries: dict[str, bytes],
    manifest: object = None,
    method: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A zip with *entries* and a manifest listing them (or *manifest* as given)."""
    if manifest is None:
        manifest = {
            "format": FORMAT,
            "version": 1,
            "entries": [{"path": name, "kind": kind_of(name)} for name in entries],
        }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr(
            "manifest.json", manifest if isinstance(manifest, str) else json.dumps(manifest)
        )
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def kind_of(name: str) -> str:
    if name.endswith(".wav"):
        return "recording"
    return {"settings.toml": "settings", "evening.toml": "plan", "lock.toml": "lock"}.get(
        name, "routine"
    )


def patched(
    data: bytes,
    name: str,
    *,
    flags: int | None = None,
    method: int | None = None,
    corrupt: bool = False,
) -> bytes:
    """*data* with the headers of entry *name* changed (both the local and the central one),
    or its stored bytes scrambled."""
    out = bytearray(data)
    wanted = name.encode()
    at = out.find(b"PK\x03\x04")
    while at >= 0:
        name_len, extra_len = struct.unpack_from("<HH", out, at + 26)
        if out[at + 30 : at + 30 + name_len] == wanted:
            if flags is not None:
                struct.pack_into("<H", out, at + 6, flags)
            if method is not None:
                struct.pack_into("<H", out, at + 8, method)
            if corrupt:  # inside the entry's own bytes only
                start = at + 30 + name_len + extra_len
                size = struct.unpack_from("<I", out, at + 18)[0]
                for k in range(start + 2, min(start + 40, start + size)):
                    out[k] ^= 0x5A
        at = out.find(b"PK\x03\x04", at + 4)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == wanted:
            if flags is not None:
                struct.pack_into("<H", out, at + 8, flags)
            if method is not None:
                struct.pack_into("<H", out, at + 10, method)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def wav_bytes(samples: np.ndarray, rate: int = 22050, channels: int = 1, width: int = 2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())
    return buffer.getvalue()


def noise(seconds: float, rate: int = 22050, level: float = 1.0, seed: int = 1) -> np.ndarray:
    """Full-scale (by default) white noise: the loudest a recording can be."""
    rng = np.random.default_rng(seed)
    return (rng.uniform(-1, 1, int(seconds * rate)) * 32767 * level).astype("<i2")


def _rate_header(rate: int) -> bytes:
    """A WAV header claiming *rate* Hz with no samples (the 1 Hz attack)."""
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return b"RIFF" + struct.pack("<I", 36) + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", 0)


ROUTINE = "routines/a.toml"
RECORDING = "recordings/a/b.wav"

#: name → (bundle bytes, words the refusal must contain)
HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "bad CRC": (
        lambda: patched(
            zipped({ROUTINE: GOOD_ROUTINE}, method=zipfile.ZIP_STORED), ROUTINE, corrupt=True
        ),
        "damaged (its checksum does not match)",
    ),
    "corrupt deflate": (
        lambda: patched(zipped({ROUTINE: GOOD_ROUTINE}), ROUTINE, corrupt=True),
        "damaged",
    ),
    "encrypted flag": (
        lambda: patched(zipped({ROUTINE: GOOD_ROUTINE}), ROUTINE, flags=1),
        "is encrypted",
    ),
    "compression 99": (
        lambda: patched(zipped({ROUTINE: GOOD_ROUTINE}), ROUTINE, method=99),
        "compressed in a way this app does not read",
    ),
    "WAV header only": (lambda: zipped({RECORDING: b"RIFF\0\0\0\0WAVE"}), "not a valid WAV"),
    "WAV cut short": (
        lambda: zipped({RECORDING: wav_bytes(noise(0.1))[:30]}),
        "not a valid WAV file (it is cut short)",
    ),
    "WAV at 1 Hz": (lambda: zipped({RECORDING: _rate_header(1)}), "sample rate of 1 Hz"),
    "WAV at 50 Hz": (
        lambda: zipped({RECORDING: wav_bytes(noise(2, rate=50), rate=50)}),
        "sample rate of 50 Hz",
    ),
    "WAV of 61 s": (
        lambda: zipped({RECORDING: wav_bytes(noise(61, rate=8000), rate=8000)}),
        "lasts 61 s; at most 60 s",
    ),
    "WAV 8-bit": (
        lambda: zipped({RECORDING: wav_bytes(np.zeros(800, np.uint8), width=1)}),
        "only 16-bit",
    ),
    "nested JSON manifest": (lambda: zipped({}, "[" * 30000 + "]" * 30000), "nested too deeply"),
    "nested TOML routine": (
        lambda: zipped({ROUTINE: b"a = " + b"[" * 20000 + b"]" * 20000}),
        "nested too deeply",
    ),
    "255-character name": (
        lambda: zipped({"routines/" + "x" * 250 + ".toml": GOOD_ROUTINE}),
        "name longer than 120 characters",
    ),
    "version true": (
        lambda: zipped({}, {"format": FORMAT, "version": True, "entries": []}),
        "version must be a whole number",
    ),
    "version -7": (
        lambda: zipped({}, {"format": FORMAT, "version": -7, "entries": []}),
        "version must be a whole number",
    ),
    "listed twice": (
        lambda: zipped(
            {ROUTINE: GOOD_ROUTINE},
            {"format": FORMAT, "version": 1, "entries": [{"path": ROUTINE, "kind": "routine"}] * 2},
        ),
        "twice",
    ),
}
