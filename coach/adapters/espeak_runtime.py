"""Make the eSpeak NG library from the ``espeakng-loader`` wheel visible to pyttsx3.

pyttsx3 opens ``libespeak-ng.so.1`` by name.  Loading the wheel's copy first
with ``RTLD_GLOBAL`` makes that name resolve to it, so no system eSpeak is
needed; ``ESPEAK_DATA_PATH`` points the library at the wheel's voice data.
"""

from __future__ import annotations

import ctypes
import os
import sys

_prepared: str | None = None


def prepare() -> str:
    """Load the bundled library once; return a short description of what was done."""
    global _prepared
    if _prepared is not None:
        return _prepared
    if not sys.platform.startswith("linux"):
        _prepared = "system eSpeak"
        return _prepared
    try:
        import espeakng_loader
    except ImportError:
        _prepared = "system eSpeak (espeakng-loader not installed)"
        return _prepared
    try:
        ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
        os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
        _prepared = "bundled eSpeak NG"
    except (OSError, RuntimeError) as exc:
        _prepared = f"system eSpeak (bundled library failed to load: {exc})"
    return _prepared
